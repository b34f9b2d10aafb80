import ArgumentParser

/// The `fordela` command: scenario simulation for the grant to kommuner with vulnerable areas.
public struct FordelaCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "fordela",
    abstract: "What happens to each kommun's money if the police list changes?",
    discussion: """
      The grant for social interventions in vulnerable areas (government decision A2020/02651) is \
      distributed by a key: 75 % by weighted area count (UO 1, RO 2, SUO 3) and 25 % by population. \
      Areas that leave the list keep counting. fordela computes the key on the embedded police lists and \
      SCB populations, and runs what-if scenarios, deterministic or Monte Carlo.

      Examples:
        fordela allocate --year 2021
        fordela areas --year 2022 --kommun Örebro
        fordela run scenarios/reclassify.yaml
        fordela sweep --year 2022 --kommun Örebro
        fordela help run
      """,
    version: FordelaVersion.string,
    subcommands: [
      AllocateCommand.self, RunCommand.self, ValidateCommand.self, HistoryCommand.self, ReportCommand.self,
      AreasCommand.self, SweepCommand.self, MergeCommand.self,
    ]
  )

  public init() {}
}

/// The version of fordela, reported by `--version` and stamped into results.
public enum FordelaVersion {
  /// The version string.
  public static let string = "0.1.0"
}

/// A subcommand that runs against a ``Console`` instead of the process's streams.
protocol ConsoleCommand: ParsableCommand {
  /// Runs the command, writing through `console`.
  func run(console: Console) throws
}
