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

  @Option(
    name: .customLong("population"),
    help: ArgumentHelp(
      "A kommun's population at the baseline's population date, over the embedded figure and the baseline's "
        + "population_file (repeatable), e.g. --population Botkyrka=94000; as for 'fordela run'.",
      valueName: "kommun=N"))
  var populations: [String] = []

  func run(console: Console) throws {
    let scenario = try ScenarioFileReader.load(file, population: try BaselineOptions.parsePopulations(populations))
    console.notes(scenario.notes)
    console.out(ScenarioValidationReport(scenario: scenario).text())
  }
}
