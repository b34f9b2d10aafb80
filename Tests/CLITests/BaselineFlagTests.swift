import Foundation
import Testing

/// The baseline flags of `fordela allocate` and `fordela history`: the resolver's checks, named by flag.
@Suite struct BaselineFlagTests {
  static func file(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-flags-\(UUID().uuidString).csv")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test(arguments: [
    (
      ["allocate", "--population-date", "2019-02-30"],
      "--population-date must be a date like 2019-12-31, got '2019-02-30'"
    ),
    (
      ["allocate", "--population-date", "2019-13-01"],
      "--population-date must be a date like 2019-12-31, got '2019-13-01'"
    ),
    (["allocate", "--editions", "2021,2019"], "--editions: the editions must be in order, oldest first, each once"),
    (["allocate", "--editions", ","], "--editions cannot be empty"),
    (["allocate", "--edition", "2019", "--editions", "2019"], "give either --edition or --editions, not both"),
    (["allocate", "--budget", "0"], "--budget: the budget must be a positive number of kronor, got 0"),
    (["allocate", "--area-share=-0.1"], "--area-share: the area share must be a number from 0 to 1"),
    (["allocate", "--weights", "UO=0,RO=0,SUO=0"], "--weights: every class weight is zero"),
    (
      ["allocate", "--year", "2023"],
      "hint: give SCB's figures at 2022-12-31 with --population (e.g. --population Botkyrka=N --population "
        + "Järfälla=N --population Sundbyberg=N) or in a --population-file (CSV with the header kommun,population)"
    ),
    (["allocate", "--year", "2021", "--payment", "top-up"], "--payment: grant year 2021 has no payment 'top-up'"),
    (["allocate", "--year", "2022", "--payment", "topup"], "its payments are ordinary, top-up"),
    (["allocate", "--round-to", "0"], "--round-to: the rounding unit must be a whole number of kronor ≥ 1, got 0"),
    (["allocate", "--round-to", "7"], "--round-to: the budget 243500000 kr is not a multiple of the rounding unit 7"),
    (["allocate", "--year", "2022", "--budget", "1001"], "--budget: the budget 1001 kr is not a multiple of"),
    (["allocate", "--population", "Goteborg=5"], "unknown kommun 'Goteborg'\n  hint: did you mean 'Göteborg'?"),
    (["allocate", "--population", "Botkyrka=x"], "the population of Botkyrka must be a positive whole number"),
    (["history", "--population", "Botkyrka"], "--population 'Botkyrka': expected KOMMUN=N"),
    (["history", "--round-to", "7"], "--round-to: the budget 243500000 kr is not a multiple of the rounding unit 7"),
    (
      ["allocate", "--population-date", "2022-12-31"], "--population-date: no SCB population at 2022-12-31 for Botkyrka"
    ),
    (
      ["history", "--population-date", "2019-02-29"],
      "--population-date must be a date like 2019-12-31, got '2019-02-29'"
    ),
    (["history", "--editions", "2023,2021"], "--editions: the editions must be in order"),
    (["history", "--editions", "2019,2020"], "--editions: unknown police list edition '2020'"),
    (["history", "--budget", "0"], "--budget: the budget must be a positive number of kronor"),
  ])
  func badFlagsNameTheFlag(arguments: [String], message: String) {
    let outcome = CLIHarness.run(arguments)
    #expect(outcome.status == 2)
    #expect(outcome.err.contains(message), "\(outcome.err)")
    #expect(outcome.out.isEmpty)
  }

  @Test func aLeapDayIsADate() {
    let outcome = CLIHarness.run(["allocate", "--population-date", "2020-02-29"])
    #expect(outcome.err.contains("no SCB population at 2020-02-29"), "\(outcome.err)")
    #expect(!outcome.err.contains("must be a date"))
  }

  @Test func explicitEditionsTakeThePresetsBudget() throws {
    let outcome = CLIHarness.run([
      "allocate", "--editions", "2019,2021", "--population-date", "2019-12-31", "--format", "json",
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    #expect(object["budget_kr"] as? Int == 243_500_000)
    #expect(object["editions"] as? [String] == ["2019", "2021"])
  }

  @Test func historyTakesAPopulationFileAtEveryGrantYearsDate() throws {
    // Illustrative figures, among them those the embedded 2022-12-31 data lacks (see SOURCES.md).
    let csv = try Self.file(
      """
      kommun,population
      Botkyrka,95000
      Huddinge,113000
      Södertälje,100000
      Upplands-Bro,30000
      Borlänge,52000
      Järfälla,80000
      Sundbyberg,53000

      """)
    defer { try? FileManager.default.removeItem(at: csv) }
    let without = CLIHarness.run(["history"])
    #expect(without.out.contains("not computed"))
    let with = CLIHarness.run(["history", "--population-file", csv.path])
    #expect(with.status == 0, "\(with.err)")
    #expect(!with.out.contains("not computed"), "\(with.out)")
    #expect(with.out.contains("SCB 2021-12-31 + \(csv.path)"))
    #expect(with.out.contains("SCB 2022-12-31 + \(csv.path)"))
    #expect(with.out.contains("Grant year 2021 · lists 2019 · SCB 2019-12-31 + \(csv.path)"))
  }

  @Test func historyReportsABadPopulationFileAtItsLine() throws {
    let csv = try Self.file("kommun,population\nGoteborg,12\n")
    defer { try? FileManager.default.removeItem(at: csv) }
    let outcome = CLIHarness.run(["history", "--population-file", csv.path])
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("\(csv.path):2:1"), "\(outcome.err)")
  }
}
