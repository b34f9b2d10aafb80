import Foundation
import Testing

/// Grant years out of the box: `fordela allocate --year 2022` on the embedded data alone, its top-up, and 2023
/// completed with `--population`.
@Suite struct GrantYearCommandTests {
  /// The JSON object of a successful run.
  static func json(_ arguments: [String]) throws -> [String: Any] {
    let outcome = CLIHarness.run(arguments + ["--format", "json"])
    try #require(outcome.status == 0, "\(outcome.err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
  }

  /// Each kommun's row, by name.
  static func rows(_ object: [String: Any]) throws -> [String: [String: Any]] {
    let rows = try #require(object["kommuner"] as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["kommun"] as? String).map { ($0, row) } })
  }

  @Test func golden2022OrdinaryMoney() throws {
    // Golden figures: the 2022 grant was paid on SCB 2021-12-31 over the 2021 list with the persisting 2019
    // areas, Σ weight 115 in 28 kommuner, 243 500 000 kr (the decision A2020/02651's 250 MSEK less
    // Socialstyrelsen's 6.5 MSEK; docs/domain.md, "Grant years"; Sources/EmbeddedData/Resources/SOURCES.md,
    // "Completeness"), and Socialstyrelsen's published 2022 ordinary amounts are all multiples of 250 kr.
    let object = try Self.json(["allocate", "--year", "2022"])
    let rows = try Self.rows(object)
    #expect(rows.count == 28)
    #expect(object["total_weight"] as? Double == 115)
    #expect(object["total_kr"] as? Int == 243_500_000)
    #expect(object["rounding_kr"] as? Int == 250)
    #expect(object["payment"] as? String == "ordinary")
    #expect(object["population_date"] as? String == "2021-12-31")
    #expect(rows.values.compactMap { $0["amount_kr_rounded"] as? Int }.reduce(0, +) == 243_500_000)
    for (kommun, row) in rows {
      let rounded = try #require(row["amount_kr_rounded"] as? Int)
      #expect(rounded % 250 == 0, "\(kommun): \(rounded)")
      #expect(row["population_status"] as? String != "user", "\(kommun): embedded data only")
    }
  }

  @Test func the2022TopUpUsesTheSameKeyInWholeKronor() throws {
    // The 2022 top-up (påfyllnadsmedel): 216 800 000 kr by the 2022 key (SOURCES.md, "Completeness").
    let ordinary = try Self.rows(try Self.json(["allocate", "--year", "2022"]))
    let object = try Self.json(["allocate", "--year", "2022", "--payment", "top-up"])
    let topUp = try Self.rows(object)
    #expect(object["total_kr"] as? Int == 216_800_000)
    #expect(object["budget_kr"] as? Int == 216_800_000)
    #expect(object["rounding_kr"] as? Int == 1)
    #expect(object["payment"] as? String == "top-up")
    #expect(topUp.values.compactMap { $0["amount_kr_rounded"] as? Int }.reduce(0, +) == 216_800_000)
    #expect(Set(topUp.keys) == Set(ordinary.keys))
    for (kommun, row) in topUp {
      let amount = try #require(row["amount_kr"] as? Double)
      let base = try #require(ordinary[kommun]?["amount_kr"] as? Double)
      #expect(abs(amount - base * 216_800_000 / 243_500_000) < 1e-6 * base, "\(kommun): the same key")
    }
    let table = CLIHarness.run(["allocate", "--year", "2022", "--payment", "top-up"])
    #expect(table.out.contains("Budget 216 800 000 kr (top-up) · lists 2019→2021"), "\(table.out)")
    #expect(table.out.contains("Amounts in whole kronor (largest remainder, summing to the budget)."))
  }

  @Test func theUnitIsStatedInTheTableAndTheCSV() throws {
    let table = CLIHarness.run(["allocate", "--year", "2022"])
    #expect(table.out.contains("Amounts in multiples of 250 kr (largest remainder, summing to the budget)."))
    let csv = CLIHarness.run(["allocate", "--year", "2022", "--format", "csv"])
    let lines = csv.out.split(separator: "\n")
    #expect(lines.first?.hasSuffix(",amount_kr_rounded,rounding_kr") == true)
    #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",250") })
    let explicit = try Self.json(["allocate", "--year", "2021", "--round-to", "1000"])
    #expect(explicit["rounding_kr"] as? Int == 1000)
    #expect(try Self.rows(explicit).values.allSatisfy { ($0["amount_kr_rounded"] as? Int ?? 1) % 1000 == 0 })
  }

  @Test func historyShowsTheTopUpAfterTheOrdinaryMoney() {
    let outcome = CLIHarness.run(["history"])
    #expect(outcome.status == 0, "\(outcome.err)")
    let lines = outcome.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let ordinary = lines.firstIndex { $0.hasPrefix("Grant year 2022 · lists 2019→2021 · SCB 2021-12-31") }
    let topUp = lines.firstIndex { $0.hasPrefix("Grant year 2022 top-up · lists 2019→2021 · SCB 2021-12-31") }
    #expect(ordinary != nil && topUp != nil && ordinary ?? 0 < topUp ?? 0, "\(outcome.out)")
    #expect(lines.contains { $0.hasPrefix("Total ") && $0.hasSuffix("216 800 000") })
    #expect(lines.contains("Amounts in multiples of 250 kr (largest remainder, summing to the budget)."))
  }

  @Test func the2023YearWorksWithTheThreeMissingFiguresGiven() throws {
    // Illustrative figures for the kommuner SCB 2022-12-31 lacks in the embedded data (SOURCES.md).
    let flags = [
      "--population", "Botkyrka=94000", "--population", "Järfälla=84000", "--population", "Sundbyberg=54000",
    ]
    let object = try Self.json(["allocate", "--year", "2023"] + flags)
    #expect(object["total_kr"] as? Int == 243_500_000)
    #expect(object["population_file"] as? String == "command line")
    let rows = try Self.rows(object)
    #expect(rows["Järfälla"]?["population"] as? Double == 84_000)
    #expect(rows["Järfälla"]?["population_status"] as? String == "user")
    #expect(rows["Malmö"]?["population_status"] as? String != "user")
    // Two of three are not enough, and the message names the one left.
    let short = CLIHarness.run(["allocate", "--year", "2023"] + flags.prefix(4))
    #expect(short.status == 2)
    #expect(short.err.contains("no SCB population at 2022-12-31 for Sundbyberg:"), "\(short.err)")
    #expect(short.err.contains("--population Sundbyberg=N"))
    let history = CLIHarness.run(["history"] + flags)
    #expect(history.status == 0, "\(history.err)")
    #expect(!history.out.contains("not computed"), "\(history.out)")
    #expect(history.out.contains("Grant year 2023 · lists 2019→2021 · SCB 2022-12-31 + command line"))
  }

  @Test func theCommandLineOverlaysAPopulationFile() throws {
    let csv = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-pop-\(UUID().uuidString).csv")
    try "kommun,population\nBotkyrka,90000\nJärfälla,80000\nSundbyberg,50000\n".write(
      to: csv, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: csv) }
    let object = try Self.json([
      "allocate", "--year", "2023", "--population-file", csv.path, "--population", "Sundbyberg=54000",
    ])
    let rows = try Self.rows(object)
    #expect(rows["Sundbyberg"]?["population"] as? Double == 54_000, "the command line wins")
    #expect(rows["Botkyrka"]?["population"] as? Double == 90_000)
    #expect(object["population_file"] as? String == "\(csv.path) + command line")
    let table = CLIHarness.run([
      "allocate", "--year", "2023", "--population-file", csv.path, "--population", "Sundbyberg=54000", "--explain",
    ])
    #expect(table.out.contains("command line"), "\(table.out)")
  }

  @Test func runTakesPopulationsForTheScenariosBaseline() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-gy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("s.yaml")
    try "name: t\nbaseline: {year: 2023}\nchanges:\n  - delist: {area: Araby}\n".write(
      to: file, atomically: true, encoding: .utf8)
    let without = CLIHarness.run(["run", file.path])
    #expect(without.status == 2)
    #expect(without.err.contains("fordela run --population (e.g. --population Botkyrka=N"), "\(without.err)")
    let with = CLIHarness.run([
      "run", file.path, "--population", "Botkyrka=94000", "--population", "Järfälla=84000", "--population",
      "Sundbyberg=54000", "--format", "json",
    ])
    #expect(with.status == 0, "\(with.err)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(with.out.utf8)) as? [String: Any])
    let baseline = try #require(object["baseline"] as? [String: Any])
    #expect(baseline["population_file"] as? String == "command line")
    #expect(baseline["rounding_kr"] as? Int == 250)
    // validate takes the same figures, so a 2023 scenario can be checked before it is run.
    #expect(CLIHarness.run(["validate", file.path]).status == 2)
    let validated = CLIHarness.run([
      "validate", file.path, "--population", "Botkyrka=94000", "--population", "Järfälla=84000", "--population",
      "Sundbyberg=54000",
    ])
    #expect(validated.status == 0, "\(validated.err)")
    #expect(validated.out.contains("command line"), "\(validated.out)")
  }

  @Test func scenarioOutputsStateTheUnit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-gy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("s.yaml")
    try "name: t\nbaseline: {year: 2022}\nrounding_kr: 1\nchanges:\n  - delist: {area: Araby}\n".write(
      to: file, atomically: true, encoding: .utf8)
    let html = dir.appendingPathComponent("r.html")
    let outcome = CLIHarness.run(["run", file.path, "--report", html.path])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.out.contains("Rounding: baseline in multiples of 250 kr, scenario in whole kronor"))
    let report = try String(contentsOf: html, encoding: .utf8)
    #expect(report.contains("baseline multiples of 250"), "the HTML report states both units")
    let csv = CLIHarness.run(["run", file.path, "--format", "csv"])
    #expect(csv.out.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",250,1") })
  }
}
