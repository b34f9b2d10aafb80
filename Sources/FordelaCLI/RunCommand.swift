import AllocationModel
import ArgumentParser
import Reports
import ScenarioFormat

/// `fordela run FILE.yaml`: a scenario against its baseline, kommun by kommun.
struct RunCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario file: each kommun's baseline amount, scenario amount and change.",
    discussion: """
      The baseline is the file's 'baseline:' under the official key; everything else in the file makes
      the scenario. Errors in the file are reported with file:line:column. See scenarios/ for examples.
      """)

  @Argument(help: "The scenario file (YAML).")
  var file: String

  @Option(help: "Output format: table, csv or json.")
  var format: OutputFormat = .table

  @Option(help: "CSV flavour: plain, or excel-sv (';', decimal comma, UTF-8 with BOM) for Swedish Excel.")
  var csvDialect: CSVDialect = .plain

  @Option(help: "Write the result to this file (atomically) instead of standard output.")
  var output: String?

  func run(console: Console) throws {
    let scenario = try ScenarioFileReader.load(file)
    if scenario.uncertainty != nil {
      // MONTE CARLO HOOK: the engine (issue 4) takes `scenario` (its scenario basis, key, population and
      // `uncertainty`) from here. Until it is wired in, a file with an `uncertainty:` section stops cleanly.
      throw CLIError(
        "Monte Carlo runs are not available yet: \(file) has an 'uncertainty:' section. "
          + "Remove it to run the deterministic scenario, or check it with 'fordela validate \(file)'.")
    }
    let report = ScenarioFileReader.report(scenario)
    let text: String
    switch format {
    case .table: text = report.table()
    case .csv: text = report.csv(dialect: csvDialect)
    case .json: text = try report.json()
    }
    if let output {
      try AtomicFile.write(text, to: output)
      console.err("fordela: wrote \(output)\n")
    } else {
      console.out(text)
    }
  }
}
