import Testing

/// Each subcommand's help is its own: `fordela X --help` and `fordela help X` list X's options.
@Suite struct HelpTests {
  @Test(arguments: [
    ("allocate", "--population-file"), ("run", "--draws"), ("run", "--threads"), ("run", "--memory"),
    ("run", "--quiet"), ("validate", "<file>"), ("history", "--editions"), ("report", "--output"),
    ("areas", "--kommun"),
  ])
  func subcommandHelpListsItsOwnOptions(command: String, option: String) {
    for arguments in [[command, "--help"], ["help", command]] {
      let outcome = CLIHarness.run(arguments)
      #expect(outcome.status == 0, "\(arguments)")
      #expect(outcome.out.contains("USAGE: fordela \(command)"), "\(arguments): \(outcome.out)")
      #expect(outcome.out.contains(option), "\(arguments)")
    }
  }

  @Test func theOverviewListsTheSubcommands() {
    for arguments in [[], ["--help"], ["help"]] {
      let outcome = CLIHarness.run(arguments)
      #expect(outcome.status == 0, "\(arguments)")
      #expect(outcome.out.contains("USAGE: fordela <subcommand>"), "\(arguments)")
      #expect(outcome.out.contains("areas"), "\(arguments)")
    }
  }
}
