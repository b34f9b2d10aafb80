import AllocationModel
import ArgumentParser
import Foundation
import Reports
import ScenarioFormat

/// `fordela sweep [FILE.yaml]`: every single change to the list or a population, tried one at a time (and with
/// `--pairs` two at a time), and each kommun's change under each.
struct SweepCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "Try every single list change (and pairs) on a base: which moves each kommun's money most?",
    discussion: """
      The base is a grant year (--year) or a scenario file's resolved scenario. fordela tries each listed \
      area at each other class and delisted, each delisted area relisted at each class, a new area of \
      each class in each eligible kommun (and in --new-kommuner), and each kommun's population ×0.95, \
      ×0.99, ×1.01 and ×1.05; a file's 'sweep:' section narrows or extends the set. Each row's steps are \
      'changes:' entries that 'fordela run' replays.

      Examples:
        fordela sweep --year 2022 --kommun Örebro
        fordela sweep scenarios/sweep-example.yaml --format json --output sweep.json
        fordela sweep --year 2021 --pairs --delisted drop --report sweep.html
      """)

  @Argument(help: "A scenario file (YAML) whose resolved scenario is the base; without it, --year.")
  var file: String?

  @Option(help: "Grant year preset of the base: 2021, 2022 or 2023 (default 2021 without a file).")
  var year: Int?

  @Option(help: "Delisted areas: persist (the rule) or drop (default: the file's, else persist).")
  var delisted: DelistedPolicy?

  @Flag(help: "Also try every pair of single list changes on different areas.")
  var pairs = false

  @Option(
    help: ArgumentHelp(
      "Kommuner not yet eligible in which to try a new area of each class, e.g. Lund,Växjö.",
      valueName: "kommun,…"))
  var newKommuner: String?

  @Option(
    name: .customLong("kommun"),
    help: "Table: rank the changes by their effect on this kommun, largest loss and gain first.")
  var kommun: String?

  @Option(help: "Table with --kommun: how many losses and gains to show.")
  var top: Int = 15

  @Option(help: "Output format: table, csv (long: change, kommun, change_kr) or json (default: table).")
  var format: OutputFormat?

  @Option(help: "CSV flavour: plain, or excel-sv (';', decimal comma, UTF-8 with BOM) for Swedish Excel.")
  var csvDialect: CSVDialect = .plain

  @Option(help: "Write the result to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "Also write the result as CSV to this file (atomically).")
  var csv: String?

  @Option(help: "Also write an HTML report (heatmap and tornado charts) to this file (atomically).")
  var report: String?

  @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
  var threads: Int?

  @Option(
    name: .customLong("population"),
    help: ArgumentHelp(
      "A kommun's population at the base's population date, over the embedded figure (repeatable), "
        + "e.g. --population Botkyrka=94000.",
      valueName: "kommun=N"))
  var populations: [String] = []

  func validate() throws {
    if let threads, !(1...1024).contains(threads) {
      throw ValidationError("--threads must be from 1 to 1024, got \(threads)")
    }
    if !(1...100_000).contains(top) { throw ValidationError("--top must be from 1 to 100000, got \(top)") }
  }

  func run(console: Console) throws {
    let started = Date()
    let population = try BaselineOptions.parsePopulations(populations)
    var (base, spec, record) = try file.map { try fromFile($0, population: population) } ?? fromYear(population)
    if let delisted { base.delisted = delisted }
    record.settings.delisted = base.delisted
    if pairs { spec.pairs = true }
    for kommun in newKommuner.map(BaselineOptions.list) ?? [] {
      guard BaselineResolver.knownKommun(kommun) else {
        throw CLIError(
          "--new-kommuner: unknown kommun '\(kommun)'\n  hint: " + BaselineResolver.unknownKommunHint(for: kommun))
      }
      if !spec.newKommuner.contains(kommun) { spec.newKommuner.append(kommun) }
    }
    let model = try SweepModel(base: base, changes: try spec.changes(for: base))
    if let kommun, !model.kommuner.contains(kommun) {
      throw CLIError(
        "--kommun: \(kommun) is not among the sweep's kommuner\n  hint: "
          + (NameSuggestion.hint(for: kommun, among: model.kommuner) ?? "the eligible kommuner: "
            + model.kommuner.joined(separator: ", ")))
    }
    let threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
    let compiled = Date()
    let rows = model.rows(threads: threads)
    let evaluated = Date()
    record.kommuner = model.kommuner.indices.map { k in
      SweepDocument.BaseKommun(
        kommun: model.kommuner[k], amountKr: model.baseAmount[k], weight: model.weight(of: k),
        population: model.population(of: k))
    }
    let doc = SweepDocument(
      base: record, model: model, rows: rows,
      timing: .init(
        changes: model.count, kommuner: model.kommuner.count, threads: threads,
        compileSeconds: compiled.timeIntervalSince(started), evaluateSeconds: evaluated.timeIntervalSince(compiled)))
    let text: String
    switch format ?? .table {
    case .table: text = doc.table(kommun: kommun, top: top)
    case .csv: text = doc.csv(dialect: csvDialect)
    case .json: text = try JSONText.encode(doc)
    }
    if let report {
      try AtomicFile.write(HTMLReport.render(doc), to: report)
      console.err("fordela: wrote \(report)\n")
    }
    if let csv {
      try AtomicFile.write(doc.csv(dialect: csvDialect), to: csv)
      console.err("fordela: wrote \(csv)\n")
    }
    if let output {
      try AtomicFile.write(text, to: output)
      console.err("fordela: wrote \(output)\n")
    } else {
      console.out(text)
    }
  }

  /// The base, spec and record of a scenario file: its resolved scenario and its `sweep:` section.
  private func fromFile(_ path: String, population: UserPopulation?) throws -> (
    SweepBase, SweepSpec, SweepDocument.Base
  ) {
    if year != nil {
      throw CLIError("give either a scenario file or --year: the file's 'baseline:' already names its year")
    }
    let s = try ScenarioFileReader.load(path, population: population)
    let base = SweepBase(
      basis: s.scenarioBasis, population: s.scenarioPopulation, key: s.key, delisted: s.delisted, splits: s.splits)
    let record = SweepDocument.Base(
      scenario: s.name, file: path,
      baseline: BaselineRecord(
        year: s.baseline.year, editions: s.baseline.editions, populationDate: s.baseline.populationDate,
        populationFile: s.baseline.populationFile,
        settings: KeySettings(key: s.baselineAllocation.key, delisted: .persist, splits: .literal),
        payment: s.baseline.payment),
      settings: KeySettings(key: s.key, delisted: s.delisted, splits: s.splits),
      changes: s.changes.map(SweepStep.init), kommuner: [])
    return (base, s.sweep ?? SweepSpec(), record)
  }

  /// The base, spec and record of a grant year.
  private func fromYear(_ population: UserPopulation?) throws -> (SweepBase, SweepSpec, SweepDocument.Base) {
    let request = BaselineRequest(
      year: year, fallbackYear: BaselineOptions.defaultYear, delisted: delisted ?? .persist,
      populationFile: population)
    let resolution = BaselineResolver.resolve(request)
    guard resolution.diagnostics.isEmpty, let b = resolution.baseline, b.allocation != nil else {
      throw BaselineOptions.error(resolution.diagnostics)
    }
    let base = SweepBase(basis: b.basis, population: b.population, key: b.key, delisted: b.delisted, splits: b.splits)
    let record = SweepDocument.Base(
      scenario: nil, file: nil,
      baseline: BaselineRecord(
        year: b.settings.year, editions: b.settings.editions, populationDate: b.settings.populationDate,
        populationFile: b.settings.populationFile,
        settings: KeySettings(key: b.key, delisted: .persist, splits: .literal), payment: b.settings.payment),
      settings: KeySettings(key: b.key, delisted: b.delisted, splits: b.splits), changes: [], kommuner: [])
    return (base, SweepSpec(), record)
  }
}
