import Foundation
import Testing

/// Each subcommand's help is its own: `fordela X --help` and `fordela help X` list X's options, each with a
/// one-line explanation, and an example; the texts are snapshots in `Tests/Fixtures/help`, reviewed by eye
/// when written (run with `FORDELA_UPDATE_SNAPSHOTS=1` to rewrite them, then review the diff).
@Suite struct HelpTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/help")
  static let commands = ["allocate", "run", "validate", "history", "report", "areas", "sweep", "merge"]

  @Test(arguments: [""] + commands)
  func helpMatchesItsSnapshot(command: String) throws {
    let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
    let outcome = CLIHarness.run(arguments)
    #expect(outcome.status == 0, "\(arguments): \(outcome.err)")
    let file = Self.folder.appendingPathComponent("\(command.isEmpty ? "fordela" : command).txt")
    if ProcessInfo.processInfo.environment["FORDELA_UPDATE_SNAPSHOTS"] == "1" {
      try outcome.out.write(to: file, atomically: true, encoding: .utf8)
    }
    #expect(outcome.out == (try String(contentsOf: file, encoding: .utf8)), "run with FORDELA_UPDATE_SNAPSHOTS=1")
    if !command.isEmpty {
      #expect(CLIHarness.run(["help", command]).out == outcome.out, "'fordela help \(command)' is the same text")
      #expect(outcome.out.contains("USAGE: fordela \(command)"))
      #expect(outcome.out.contains("Example"), "\(command) --help shows an example")
    }
    // ArgumentParser writes the usage line whole; everything else fits a terminal of 80 columns.
    for line in outcome.out.split(separator: "\n") where !line.hasPrefix("USAGE:") {
      #expect(line.count <= 80, "\(command): a line over 80 columns: \(line)")
    }
  }

  @Test(arguments: [
    ("allocate", "--population-file"), ("run", "--draws"), ("run", "--threads"), ("run", "--memory"),
    ("run", "--quiet"), ("history", "--population-file"), ("report", "--output"), ("areas", "--kommun"),
    ("run", "--shard"),
    ("run", "--statistics"), ("merge", "--output"),
  ])
  func subcommandHelpListsItsOwnOptions(command: String, option: String) {
    #expect(CLIHarness.run([command, "--help"]).out.contains(option))
  }

  @Test func theOverviewIsTheSameEveryWay() {
    let overview = CLIHarness.run(["--help"])
    #expect(overview.out.contains("USAGE: fordela <subcommand>") && overview.out.contains("areas"))
    #expect(CLIHarness.run([]).out == overview.out)
    #expect(CLIHarness.run(["help"]).out == overview.out)
  }
}
