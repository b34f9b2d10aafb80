import AllocationModel
import ArgumentParser
import EmbeddedData
import Reports
import ScenarioFormat

/// `fordela areas`: the areas of a police list, or of the basis of a chain of lists.
struct AreasCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "areas",
    abstract: "List the areas of a police list, or of a grant year's basis, with kommun and class.",
    discussion: """
      With one edition, the areas on that list. With a chain (--editions or --year), every area listed \
      since the first edition: listed areas at their current class, delisted areas at the class they last \
      had and whether they still count in the key. Use these names in scenario files.

      Examples:
        fordela areas --edition 2023
        fordela areas --year 2022 --kommun Örebro
        fordela areas --editions 2019,2021,2023 --format csv
      """)

  @Option(help: "A single police list edition: 2019, 2021 or 2023.")
  var edition: String?

  @Option(help: "A chain of police lists, oldest first, e.g. 2019,2021,2023.")
  var editions: String?

  @Option(help: "The police lists of a grant year's preset: 2021, 2022 or 2023 (default 2021).")
  var year: Int?

  @Option(help: "Only the areas of this kommun (repeatable).")
  var kommun: [String] = []

  @Option(help: "Delisted areas: persist (the rule) or drop; decides the 'persists' column.")
  var delisted: DelistedPolicy = .persist

  @Option(help: "Output format: table, csv or json.")
  var format: OutputFormat = .table

  @Option(help: "CSV flavour: plain, or excel-sv (';', UTF-8 with BOM) for Swedish Excel.")
  var csvDialect: CSVDialect = .plain

  func run(console: Console) throws {
    let chain = try chainIDs()
    let basis = try Basis.build(chain: chain.compactMap(PoliceLists.edition)).basis
    for name in kommun where !BaselineResolver.knownKommun(name) {
      throw CLIError("--kommun \(name): unknown kommun; \(BaselineResolver.unknownKommunHint(for: name))")
    }
    for name in kommun where !basis.kommuner.contains(name) {
      let known = basis.kommuner.sorted(by: SwedishCollation.precedes)
      throw CLIError(
        "--kommun \(name): no area of the lists \(chain.joined(separator: "→")) lies in \(name); "
          + "the kommuner with areas are \(known.joined(separator: ", "))")
    }
    let document = AreaListDocument(basis: basis, delisted: delisted, kommuner: kommun)
    switch format {
    case .table: console.out(document.table())
    case .csv: console.out(document.csv(dialect: csvDialect))
    case .json: console.out(try JSONText.encode(document))
    }
  }

  /// The chain of edition ids the options name, checked by the baseline resolver's checks.
  private func chainIDs() throws(CLIError) -> [String] {
    let given = [edition != nil, editions != nil, year != nil].filter { $0 }.count
    guard given <= 1 else { throw CLIError("give one of --edition, --editions and --year") }
    let ids: [String]
    if let edition {
      ids = [edition]
    } else if let editions {
      ids = BaselineOptions.list(editions)
    } else {
      let wanted = year ?? 2021
      guard let preset = GrantYear.preset(wanted) else {
        throw BaselineOptions.error([.init(field: .year, problem: .unknownPreset(wanted))])
      }
      ids = preset.editions
    }
    let problems = BaselineResolver.checkEditions(ids)
    guard problems.isEmpty else { throw BaselineOptions.error(problems) }
    return ids
  }
}
