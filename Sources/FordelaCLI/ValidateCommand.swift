import ArgumentParser
import Reports

/// `fordela validate FILE.yaml`: checks a scenario and prints what it resolves to.
struct ValidateCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a scenario file and print the resolved scenario: its basis and which areas persist.",
    discussion: """
      Exits 0 when the file is valid, 2 with every problem (file:line:column) when it is not.

      Example:
        fordela validate scenarios/split-technical.yaml
      """)

  @Argument(help: "The scenario file (YAML).")
  var file: String

  func run(console: Console) throws {
    let scenario = try ScenarioFileReader.load(file)
    console.notes(scenario.notes)
    console.out(ScenarioValidationReport(scenario: scenario).text())
  }
}
