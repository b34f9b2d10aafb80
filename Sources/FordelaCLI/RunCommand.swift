import AllocationModel
import ArgumentParser
import Foundation
import MonteCarlo
import Reports
import ScenarioFormat

/// `fordela run FILE.yaml`: a scenario against its baseline, deterministic or Monte Carlo.
struct RunCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario file: each kommun's change against the baseline, or its distribution.",
    discussion: """
      The baseline is the file's 'baseline:' under the official key; everything else in the file makes \
      the scenario. A file with an 'uncertainty:' section is a Monte Carlo run: fordela draws that many \
      hypothetical lists and reports each kommun's distribution of change. Errors in the file are reported \
      with file:line:column. The schema and shipped examples are in scenarios/.

      Examples:
        fordela run scenarios/reclassify.yaml
        fordela run scenarios/reclassify.yaml --explain --kommun Uppsala
        fordela run scenarios/standard-uncertainty.yaml --report report.html
        fordela run scenarios/standard-uncertainty.yaml --draws 100000000 --memory 1G
      """)

  @Argument(help: "The scenario file (YAML).")
  var file: String

  @Option(help: "Output format: table, csv or json (default: table; json for a Monte Carlo --output file).")
  var format: OutputFormat?

  @Option(help: "CSV flavour: plain, or excel-sv (';', decimal comma, UTF-8 with BOM) for Swedish Excel.")
  var csvDialect: CSVDialect = .plain

  @Option(help: "Write the result to this file (atomically) instead of standard output; JSON for Monte Carlo runs.")
  var output: String?

  @Option(help: "Also write the result as CSV to this file (atomically), e.g. --csv result.csv.")
  var csv: String?

  @Option(help: "Also write a self-contained HTML report to this file (atomically).")
  var report: String?

  @Option(help: "Monte Carlo: the number of draws (overrides the file).")
  var draws: Int?

  @Option(help: "Monte Carlo: the seed, 0 to 18446744073709551615 (overrides the file).")
  var seed: UInt64?

  @Option(
    help: ArgumentHelp(
      "Monte Carlo: draw until every kommun's mean and p5 are known to within this many kronor at 95 % "
        + "(overrides the file's precision_kr); the draws are then the most.", valueName: "kr"))
  var precision: Double?

  @Option(help: "Monte Carlo: worker threads (default: all cores). Results do not depend on it.")
  var threads: Int?

  @Option(
    help: "Monte Carlo with uncertainty.updates above 1: the table and CSV after list update N (default: the last).")
  var update: Int?

  @Option(help: "Monte Carlo: memory for stored changes, e.g. 2G or 512M; beyond it statistics stream.")
  var memory: String = "2G"

  @Option(
    help: ArgumentHelp(
      "Monte Carlo statistics: exact (every change stored, exact quantiles), streaming (bounded memory, "
        + "quantiles from fine bins, the mode sharded runs merge to) or auto (exact when it fits --memory)."))
  var statistics: EngineOptions.StatisticsMode = .auto

  @Option(
    help: ArgumentHelp(
      "Monte Carlo: compute only shard I of N (chunk c of 8192 draws belongs to shard c mod N) in streaming "
        + "mode and write its mergeable part to --output; 'fordela merge' combines the N parts.",
      valueName: "I/N"))
  var shard: String?

  @Option(
    name: .customLong("kommun"),
    help: "Show only this kommun (repeat for more), e.g. --kommun Malmö --kommun Göteborg; in every output.")
  var kommuner: [String] = []

  @Option(
    help: ArgumentHelp(
      "Order of the rows: name (Swedish order), change (the largest loss first; Monte Carlo: the mean change) "
        + "or p5 (Monte Carlo: the largest downside first). Default: name; a Monte Carlo table by p5."))
  var sort: RowSelection.Order?

  @Flag(
    help: ArgumentHelp(
      "Deterministic table: show each kommun's population and its source and the area part and population "
        + "part of its amount (CSV and JSON always carry the parts). The footnote on where each population came "
        + "from is always shown."))
  var explain = false

  @Option(
    name: .customLong("population"),
    help: ArgumentHelp(
      "A kommun's population at the baseline's population date, over the embedded figure and the baseline's "
        + "population_file (repeatable), e.g. --population Botkyrka=94000.",
      valueName: "kommun=N"))
  var populations: [String] = []

  @Flag(
    help: ArgumentHelp(
      "Monte Carlo: also estimate each kommun's variance decomposition, the Sobol indices of each source of "
        + "uncertainty (as 'decompose: true' in 'uncertainty:'); costs (sources + 2) × draws evaluations."))
  var decompose = false

  @Flag(help: "No progress bar.")
  var quiet = false

  @Flag(help: .hidden)
  var internalChecks = false

  func validate() throws {
    if let draws, !(1...1_000_000_000_000).contains(draws) {
      throw ValidationError("--draws must be from 1 to 1000000000000, got \(draws)")
    }
    if let precision,
      !(precision.isFinite && precision > 0 && precision <= UncertaintySpec.Limits.precisionKr.upperBound)
    {
      throw ValidationError(
        "--precision must be a number of kronor above 0 and at most 1000000000000, got \(UncertaintyError.plain(precision))"
      )
    }
    if let threads, !(1...1024).contains(threads) {
      throw ValidationError("--threads must be from 1 to 1024, got \(threads)")
    }
    _ = try Self.bytes(memory)
    if let shard { _ = try Self.shard(shard) }
  }

  func run(console: Console) throws {
    let scenario = try ScenarioFileReader.load(file, population: try BaselineOptions.parsePopulations(populations))
    console.notes(scenario.notes)
    let stamp = EngineStamp(
      version: FordelaVersion.string, scenarioHash: scenario.sourceSHA256,
      runDate: ISO8601DateFormatter().string(from: Date()))
    if InternalChecks.enabled(flag: internalChecks) {
      try InternalChecks.require(scenario.baselineAllocation.invariantViolations, in: "the baseline allocation")
      try InternalChecks.require(scenario.scenarioAllocation.invariantViolations, in: "the scenario allocation")
    }
    if var uncertainty = scenario.uncertainty {
      if explain {
        throw CLIError(
          "--explain applies to allocate and deterministic runs; a Monte Carlo run's JSON and CSV carry every "
            + "statistic and the setup")
      }
      // The filter is checked before the draws, so that a misspelt name does not cost a whole run.
      var names = scenario.comparison.rows.map(\.kommun)
      if case .table(let candidates)? = uncertainty.newAreas?.kommuner { names += candidates.map(\.kommun) }
      try RowSelection.check(
        kommuner: kommuner.kommunFilter, sort: sort, against: names, allowed: MonteCarloDocument.orders,
        kind: "a Monte Carlo run")
      if let draws { uncertainty.draws = draws }
      if let update { _ = try UpdateChoiceError.check(update, updates: uncertainty.updates) }
      if let seed { uncertainty.seed = seed }
      if let precision {
        guard uncertainty.updates == 1 else {
          throw CLIError(
            "--precision applies to one-update runs; \(file) draws paths of \(uncertainty.updates) updates")
        }
        uncertainty.precisionKr = precision
      }
      try checkDecomposition(&uncertainty, console: console)
      if let shard {
        try runShard(
          try Self.shard(shard), scenario: scenario, uncertainty: uncertainty, stamp: stamp, console: console)
        return
      }
      try runMonteCarlo(scenario, uncertainty: uncertainty, stamp: stamp, console: console)
      return
    }
    if shard != nil {
      throw CLIError(
        "\(file) has no 'uncertainty:' section, so it is a deterministic scenario: --shard applies to "
          + "Monte Carlo runs only")
    }
    if decompose {
      throw CLIError(
        "\(file) has no 'uncertainty:' section, so it is a deterministic scenario: --decompose splits the variance "
          + "of a Monte Carlo run")
    }
    if draws != nil || seed != nil || update != nil || precision != nil {
      throw CLIError(
        "\(file) has no 'uncertainty:' section, so it is a deterministic scenario: --draws, --seed, --update and "
          + "--precision apply to Monte Carlo runs only")
    }
    let doc = try ScenarioDocument(scenario: scenario, engine: stamp).selecting(
      kommuner: kommuner.kommunFilter, sort: sort)
    let text: String
    switch format ?? .table {
    case .table: text = doc.table(explain: explain)
    case .csv: text = doc.csv(dialect: csvDialect)
    case .json: text = try doc.json()
    }
    try deliver(
      text, html: report.map { _ in HTMLReport.render(doc) }, csvText: csv.map { _ in doc.csv(dialect: csvDialect) },
      console: console)
  }

  private func runMonteCarlo(
    _ scenario: ResolvedScenario, uncertainty: UncertaintySpec, stamp: EngineStamp, console: Console
  ) throws {
    var input = SimulationInput(
      basis: scenario.scenarioBasis, key: scenario.key, delisted: scenario.delisted, splits: scenario.splits,
      population: scenario.scenarioPopulation, baseline: scenario.baselineAllocation, uncertainty: uncertainty)
    input.redistribution = scenario.claims?.claims.redistribution ?? .key
    let bar = ProgressBar(total: uncertainty.draws, unit: "draws", console: console, quiet: quiet)
    let options = EngineOptions(
      threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, memoryBudget: try Self.bytes(memory),
      mode: statistics, progress: { bar.update($0) })
    let result = try MonteCarloEngine.run(input, options: options)
    bar.finish()
    if InternalChecks.enabled(flag: internalChecks) {
      try InternalChecks.require(result.invariantViolations(budget: scenario.key.budget), in: "the Monte Carlo result")
    }
    var doc = try MonteCarloDocument(scenario: scenario, result: result, engine: stamp).selecting(
      kommuner: kommuner.kommunFilter, sort: sort)
    if let plan = scenario.districts, let baseline = scenario.baselineDistricts {
      // The districts' own pass over the same draws: a run without districts does not pay for it.
      var districtOptions = options
      districtOptions.progress = nil
      // The same draws as the result's: with a precision target, the draws it stopped at.
      input.uncertainty.draws = result.draws
      input.uncertainty.precisionKr = nil
      let districts = try MonteCarloEngine.runDistricts(
        input, districts: DistrictRun(plan: plan, baseline: baseline.rows.map(\.amount)), options: districtOptions)
      doc.districts = DistrictDistributionTable(districts)
    }
    if uncertainty.decompose {
      doc.varianceDecomposition = try decomposition(input, options: options, console: console).selecting(
        doc.kommuner.map(\.kommun))
    }
    // The table and CSV show one list update of a path (the last unless --update); JSON and HTML show them all.
    let shown = try update.map { n throws(UpdateChoiceError) in try doc.showing(update: n) } ?? doc
    let text: String
    // A Monte Carlo result saved with --output is JSON unless another format is asked for, so that
    // `fordela report` can read it back.
    switch format ?? (output == nil ? .table : .json) {
    case .table: text = MonteCarloReport.table(shown)
    case .csv: text = MonteCarloReport.csv(shown, dialect: csvDialect)
    case .json: text = try JSONText.encode(doc)
    }
    try deliver(
      text, html: report.map { _ in HTMLReport.render(doc) },
      csvText: csv.map { _ in MonteCarloReport.csv(shown, dialect: csvDialect) }, console: console)
  }

  /// Writes every requested file atomically, then the main result to its file or standard output.
  private func deliver(_ text: String, html: String?, csvText: String?, console: Console) throws {
    if let report, let html {
      try AtomicFile.write(html, to: report)
      console.err("fordela: wrote \(report)\n")
    }
    if let csv, let csvText {
      try AtomicFile.write(csvText, to: csv)
      console.err("fordela: wrote \(csv)\n")
    }
    if let output {
      try AtomicFile.write(text, to: output)
      console.err("fordela: wrote \(output)\n")
    } else {
      console.out(text)
    }
  }

  /// Parses a memory size: a number of bytes, or with a K, M or G suffix (powers of 1024).
  static func bytes(_ text: String) throws -> Int {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    var digits = text.uppercased()
    var scale = 1
    if let last = digits.last, let unit = units[last] {
      scale = unit
      digits.removeLast()
    }
    guard let value = Double(digits), value.isFinite, value > 0, value * Double(scale) < 1e15 else {
      throw ValidationError("--memory '\(text)': expected a size such as 2G, 512M or 1073741824")
    }
    return Int(value * Double(scale))
  }
}

extension EngineOptions.StatisticsMode: ExpressibleByArgument {}
