import ArgumentParser
import Foundation
import Reports

/// `fordela report RESULT.json -o report.html`: the HTML report of a saved result.
struct ReportCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the self-contained HTML report of a saved JSON result (from 'fordela run ... --format json').",
    discussion: """
      The report is the same as the one 'fordela run ... --report' writes for that run.

      Example:
        fordela run scenarios/standard-uncertainty.yaml --output result.json
        fordela report result.json -o report.html
      """)

  @Argument(help: "The saved result (JSON), of a Monte Carlo or a deterministic run.")
  var result: String

  @Option(name: [.short, .customLong("output")], help: "The HTML file to write (atomically).")
  var output: String

  func run(console: Console) throws {
    let bytes = try InputFile.bytes(result, what: "result file")
    let html: String
    do {
      switch RunKind.of(json: bytes) {
      case .monteCarlo?: html = HTMLReport.render(try JSONText.decode(MonteCarloDocument.self, from: bytes))
      case .scenario?: html = HTMLReport.render(try JSONText.decode(ScenarioDocument.self, from: bytes))
      case .allocation?:
        throw CLIError(
          "\(result): the result of 'fordela allocate' has no HTML report; 'fordela report' reads the JSON of "
            + "'fordela run FILE.yaml --format json'")
      case nil:
        throw CLIError(
          "\(result): not a fordela result; expected the JSON of 'fordela run FILE.yaml --format json' "
            + "(with \"kind\": \"scenario\" or \"monte_carlo\")")
      }
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError("\(result): not a complete fordela result: \(DecodingProblem.describe(error))")
    }
    try AtomicFile.write(html, to: output)
    console.err("fordela: wrote \(output)\n")
  }
}
