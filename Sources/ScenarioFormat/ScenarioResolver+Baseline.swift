import AllocationModel
import EmbeddedData
import Yams

extension ScenarioResolver {
  /// The resolved `baseline:` section: settings, basis, populations and the baseline allocation.
  struct ResolvedBaseline {
    var settings: BaselineSettings
    var basis: Basis
    var transitions: [EditionTransition]
    var population: [String: Double]
    var populationStatus: [String: String]
    /// `nil` when populations are missing (reported as a diagnostic).
    var allocation: Allocation?
    /// Kommuner the data knows: embedded ones and those in the user's population file.
    var knownKommuner: Set<String>
  }

  static let baselineKeys = ["year", "editions", "population_date", "population_file"]

  /// Resolves `baseline:`; `nil` when the basis cannot be built.
  mutating func resolveBaseline(_ node: Node, keyNode: Node?) -> ResolvedBaseline? {
    guard let fields = reader.fields(node, "'baseline'", allowed: Self.baselineKeys) else { return nil }
    var preset: GrantYear?
    var failed = false
    if let yearNode = fields["year"] {
      if let year = reader.integer(yearNode, "'year'", in: 1900...2100) {
        preset = GrantYear.preset(Int(year))
        if preset == nil {
          let known = GrantYear.all.map { String($0.year) }.joined(separator: ", ")
          reader.error(
            yearNode, "no grant-year preset for \(year); the presets are \(known)",
            hint: "or give 'editions' and 'population_date' explicitly")
        }
      }
      failed = preset == nil
    }
    var editions = preset?.editions
    if let editionsNode = fields["editions"] {
      editions = readEditions(editionsNode)
      failed = failed || editions == nil
    }
    var date = preset?.populationDate
    if let dateNode = fields["population_date"] {
      date = readDate(dateNode)
      failed = failed || date == nil
    }
    if fields["year"] == nil && (fields["editions"] == nil || fields["population_date"] == nil) {
      reader.error(
        node, "'baseline' needs either 'year' (a grant-year preset) or both 'editions' and 'population_date'",
        hint: "e.g. 'year: 2021', or 'editions: [2019, 2021]' with 'population_date: 2021-12-31'")
      return nil
    }
    guard !failed, let editions, let date else { return nil }

    var table = PopulationTable.embedded
    var known = Self.embeddedKommuner
    var populationFile: String?
    if let fileNode = fields["population_file"], let path = reader.string(fileNode, "'population_file'") {
      populationFile = path
      guard let figures = readPopulationFile(path, node: fileNode) else { return nil }
      for (kommun, figure) in figures {
        table.insert(PopulationRecord(kommun: kommun, date: date, population: figure, status: "user", source: path))
        known.insert(kommun)
      }
    }
    let built: (basis: Basis, transitions: [EditionTransition])
    do {
      built = try Basis.build(chain: editions.compactMap(PoliceLists.edition))
    } catch {
      reader.error(fields.keyNode("editions") ?? node, error.description)
      return nil
    }
    var population: [String: Double] = [:]
    var status: [String: String] = [:]
    for record in table.records where record.date == date {
      population[record.kommun] = Double(record.population)
      status[record.kommun] = record.status
    }
    let settings = BaselineSettings(
      year: preset?.year, editions: editions, populationDate: date, budget: preset?.budget ?? Self.presetBudget,
      populationFile: populationFile)
    var allocation: Allocation?
    do {
      allocation = try Allocation(
        key: settings.officialKey, basis: built.basis, delisted: .persist, splits: .literal,
        population: { population[$0] })
    } catch .missingPopulation(let kommuner) {
      let anchor = fields.keyNode("population_date") ?? fields.keyNode("year") ?? keyNode ?? node
      let dates = table.dates.filter { d in kommuner.allSatisfy { table.record(kommun: $0, date: d) != nil } }
      var hint = "add them to a population_file (CSV with the header kommun,population)"
      if !dates.isEmpty {
        hint += ", or choose a population_date with figures for them: \(dates.joined(separator: ", "))"
      }
      reader.error(
        anchor,
        "no SCB population at \(date) for \(kommuner.joined(separator: ", ")): the embedded data has gaps, "
          + "and fordela never substitutes another date",
        hint: hint)
    } catch {
      reader.error(keyNode ?? node, "the baseline cannot be allocated: \(error.description)")
    }
    return ResolvedBaseline(
      settings: settings, basis: built.basis, transitions: built.transitions, population: population,
      populationStatus: status, allocation: allocation, knownKommuner: known)
  }

  /// A chain of embedded edition ids, oldest first.
  private mutating func readEditions(_ node: Node) -> [String]? {
    guard let items = reader.sequence(node, "'editions'") else { return nil }
    guard !items.isEmpty else {
      reader.error(node, "'editions' cannot be empty; name at least one police list, e.g. [2019]")
      return nil
    }
    var ids: [String] = []
    var ok = true
    for item in items {
      guard let id = reader.string(item, "an edition") else {
        ok = false
        continue
      }
      guard PoliceLists.edition(id) != nil else {
        reader.error(
          item, "unknown police list edition '\(id)'",
          hint: "the embedded editions are \(PoliceLists.editionIDs.joined(separator: ", "))")
        ok = false
        continue
      }
      if let last = ids.last, let a = PoliceLists.editionIDs.firstIndex(of: last),
        let b = PoliceLists.editionIDs.firstIndex(of: id), b <= a
      {
        reader.error(item, "the editions must be in order, oldest first, each once; '\(id)' comes after '\(last)'")
        ok = false
        continue
      }
      ids.append(id)
    }
    return ok ? ids : nil
  }

  /// A date `YYYY-MM-DD` that exists in the calendar.
  private mutating func readDate(_ node: Node) -> String? {
    guard let text = reader.string(node, "'population_date'") else { return nil }
    guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/), let month = Int(match.2), let day = Int(match.3),
      let year = Int(match.1), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
    else {
      reader.error(node, "'population_date' must be a date like 2019-12-31, got '\(text)'")
      return nil
    }
    return text
  }

  private static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The figures of the user's population file, or `nil` after recording why not.
  private mutating func readPopulationFile(_ path: String, node: Node) -> [String: Int]? {
    let resolved = ScenarioLoader.resolve(path, relativeTo: file)
    let bytes: [UInt8]
    do {
      bytes = try readFile(resolved)
    } catch {
      reader.error(node, "cannot read the population file '\(resolved)': \(error)")
      return nil
    }
    let parsed = SourceText.decode(bytes, file: resolved, what: "population file").flatMap { text in
      PopulationFile.parse(text, file: resolved, knownKommuner: Self.embeddedKommuner)
    }
    switch parsed {
    case .success(let figures): return figures
    case .failure(let error):
      reader.diagnostics += error.diagnostics
      return nil
    }
  }
}
