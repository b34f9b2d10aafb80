import ArgumentParser
import Foundation
import Reports

/// `fordela report RESULT.json -o report.html`: the HTML report of a saved result.
struct ReportCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the self-contained HTML report of a saved JSON result (from 'fordela run ... --format json').")

  @Argument(help: "The saved result (JSON), of a Monte Carlo or a deterministic run.")
  var result: String

  @Option(name: [.short, .customLong("output")], help: "The HTML file to write (atomically).")
  var output: String

  func run(console: Console) throws {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: result))
    } catch {
      throw CLIError("cannot read the result file \(result): no such file or not readable")
    }
    let html: String
    if let doc = try? JSONDecoder().decode(MonteCarloDocument.self, from: data) {
      html = HTMLReport.render(doc)
    } else if let summary = try? DeterministicSummary(
      json: data,
      engine: .init(
        version: FordelaVersion.string, dataHash: "not recorded in the result", scenarioHash: "not recorded",
        runDate: nil))
    {
      html = HTMLReport.render(summary)
    } else {
      throw CLIError(
        "\(result): not a fordela result; expected the JSON of 'fordela run FILE.yaml --format json' "
          + "(a Monte Carlo result has \"draws\" and \"kommuner\" with \"p05_change_kr\")")
    }
    try AtomicFile.write(html, to: output)
    console.err("fordela: wrote \(output)\n")
  }
}
