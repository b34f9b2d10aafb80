import Foundation
import Testing

/// `--kommun`, `--sort` and `--explain` on `allocate`, a deterministic `run` and a Monte Carlo `run`, in every
/// format; `--csv` for a deterministic run; the population footnote.
@Suite struct RowSelectionCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static func scenario(_ name: String) -> String { root.appendingPathComponent("scenarios/\(name)").path }
  static let standard = scenario("standard-uncertainty.yaml")
  static let monteCarlo = ["--draws", "2000", "--threads", "2", "--quiet"]

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func rows(_ doc: [String: Any]) throws -> [[String: Any]] {
    try #require(doc["kommuner"] as? [[String: Any]])
  }

  /// The first field of each CSV data line.
  static func csvKommuner(_ text: String) -> [String] {
    text.split(separator: "\n").dropFirst().map { String($0.split(separator: ",").first ?? "") }
  }

  static func temporaryFile(_ name: String, _ text: String? = nil) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-rows-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    if let text { try text.write(to: url, atomically: true, encoding: .utf8) }
    return url
  }

  // MARK: allocate

  @Test func allocateFiltersAndSortsInEveryFormat() throws {
    let args = ["allocate", "--year", "2021", "--kommun", "Malmö", "--kommun", "Göteborg", "--kommun", "Örebro"]
    let csv = CLIHarness.run(args + ["--format", "csv"])
    #expect(csv.status == 0, "\(csv.err)")
    #expect(Self.csvKommuner(csv.out) == ["Göteborg", "Malmö", "Örebro"], "Swedish name order by default")

    let json = CLIHarness.run(args + ["--sort", "amount", "--format", "json"])
    #expect(json.status == 0, "\(json.err)")
    let doc = try Self.json(json.out)
    let rows = try Self.rows(doc)
    let amounts = rows.compactMap { $0["amount_kr"] as? Double }
    #expect(rows.map { $0["kommun"] as? String } == ["Göteborg", "Malmö", "Örebro"])
    #expect(amounts == amounts.sorted(by: >) && amounts.count == 3)
    let selection = try #require(doc["selection"] as? [String: Any])
    #expect(selection["kommuner"] as? [String] == ["Malmö", "Göteborg", "Örebro"])
    #expect(selection["sort"] as? String == "amount")
    #expect(selection["total_kommuner"] as? Int == 26)
    #expect(doc["total_kr"] as? Int == 243_500_000, "the totals stay those of every kommun")

    let table = CLIHarness.run(args + ["--sort", "amount"])
    #expect(table.status == 0, "\(table.err)")
    #expect(table.out.contains("Showing 3 of 26 kommuner (--kommun), sorted by amount"))
    #expect(table.out.contains("Totals over all 26 kommuner: 243 500 000 kr."))
    let names = table.out.split(separator: "\n").compactMap { line in
      ["Göteborg", "Malmö", "Örebro"].first { line.hasPrefix($0 + " ") }
    }
    #expect(names == ["Göteborg", "Malmö", "Örebro"])
  }

  @Test func anUnfilteredAllocationRecordsNoSelection() throws {
    let doc = try Self.json(CLIHarness.run(["allocate", "--format", "json"]).out)
    #expect(doc["selection"] == nil)
    #expect(try Self.rows(doc).count == 26)
  }

  @Test func allocateExplainShowsTheTwoPartsOfEachAmount() throws {
    let doc = try Self.json(CLIHarness.run(["allocate", "--kommun", "Malmö", "--format", "json"]).out)
    let malmö = try #require(try Self.rows(doc).first)
    let area = try #require(malmö["area_part_kr"] as? Double)
    let population = try #require(malmö["population_part_kr"] as? Double)
    let table = CLIHarness.run(["allocate", "--explain"])
    #expect(table.status == 0, "\(table.err)")
    let lines = table.out.split(separator: "\n").map(String.init)
    let header = try #require(lines.first { $0.hasPrefix("Kommun") })
    #expect(header.contains("Area part kr") && header.contains("Pop. part kr") && header.contains("Source"))
    let row = try #require(lines.first { $0.hasPrefix("Malmö ") })
    let cells = row.split(separator: "  ", omittingEmptySubsequences: true).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    #expect(cells.contains(Self.grouped(area.rounded())), "\(row)")
    #expect(cells.contains(Self.grouped(population.rounded())), "\(row)")
    #expect(cells.contains("SCB"))
    #expect(lines.contains { $0.hasPrefix("Total ") })
    #expect(table.out.contains("Population: SCB 2019-12-31 for every kommun shown."))
  }

  /// Whole kronor grouped as the tables write them: `17 621 711`.
  static func grouped(_ value: Double) -> String {
    let digits = String(Int64(abs(value)))
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += " " }
      out.append(ch)
    }
    return (value < 0 ? "−" : "") + out
  }

  @Test func theFootnoteNeverSaysSCBOverTheUsersFigure() throws {
    let file = try Self.temporaryFile("my.csv", "kommun,population\nMalmö,350000\n")
    let table = CLIHarness.run(["allocate", "--population-file", file.path, "--explain"])
    #expect(table.status == 0, "\(table.err)")
    let footnote = table.out.replacing(/\n +/, with: " ")
    #expect(footnote.contains("your file \(file.path) for Malmö"), "\(table.out)")
    #expect(footnote.contains("SCB 2019-12-31 for 25 kommuner"), "\(table.out)")
    let malmö = try #require(table.out.split(separator: "\n").first { $0.hasPrefix("Malmö ") })
    #expect(!malmö.contains("SCB") && malmö.contains(" file "), "\(malmö)")
    #expect(malmö.contains("350 000"))
    let only = CLIHarness.run(["allocate", "--population-file", file.path, "--kommun", "Malmö"])
    #expect(
      only.out.replacing(/\n +/, with: " ").contains("Population: your file \(file.path) for every kommun shown."),
      "\(only.out)")
    #expect(!only.out.contains("Population: SCB"))
  }

  @Test func anUnknownKommunIsAUserErrorWithADidYouMean() {
    let allocate = CLIHarness.run(["allocate", "--kommun", "Malmo"])
    #expect(allocate.status == 2)
    #expect(allocate.out.isEmpty)
    #expect(allocate.err.contains("--kommun 'Malmo'") && allocate.err.contains("did you mean 'Malmö'?"))
    let run = CLIHarness.run(["run", Self.scenario("add.yaml"), "--kommun", "Goteborg", "--format", "json"])
    #expect(run.status == 2 && run.out.isEmpty)
    #expect(run.err.contains("did you mean 'Göteborg'?"), "\(run.err)")
    let outside = CLIHarness.run(["allocate", "--kommun", "Kiruna"])
    #expect(outside.status == 2 && outside.err.contains("no such kommun in this result (26 kommuner)"))
  }

  @Test func aSortThatDoesNotFitIsAUserError() {
    let allocate = CLIHarness.run(["allocate", "--sort", "p5"])
    #expect(allocate.status == 2 && allocate.err.contains("use name or amount"), "\(allocate.err)")
    let run = CLIHarness.run(["run", Self.scenario("add.yaml"), "--sort", "amount"])
    #expect(run.status == 2 && run.err.contains("use name or change"), "\(run.err)")
    let unknown = CLIHarness.run(["allocate", "--sort", "size"])
    #expect(unknown.status == 2)
  }

  // MARK: deterministic run

  @Test func aDeterministicRunFiltersAndSortsInEveryFormat() throws {
    let args = ["run", Self.scenario("add.yaml"), "--kommun", "Nacka", "--kommun", "Göteborg", "--kommun", "Malmö"]
    let json = CLIHarness.run(args + ["--sort", "change", "--format", "json"])
    #expect(json.status == 0, "\(json.err)")
    let doc = try Self.json(json.out)
    let rows = try Self.rows(doc)
    let changes = rows.compactMap { $0["change_kr"] as? Double }
    #expect(changes.count == 3 && changes == changes.sorted(), "the largest loss first")
    #expect(rows.last?["kommun"] as? String == "Nacka", "the new kommun gains")
    #expect((doc["selection"] as? [String: Any])?["sort"] as? String == "change")
    #expect((doc["selection"] as? [String: Any])?["total_kommuner"] as? Int == 27)
    for row in rows {
      let area = try #require(row["scenario_area_part_kr"] as? Double)
      let population = try #require(row["scenario_population_part_kr"] as? Double)
      let amount = try #require(row["scenario_kr"] as? Double)
      #expect(abs(area + population - amount) < 1e-6)
    }

    let csv = CLIHarness.run(args + ["--sort", "change", "--format", "csv"])
    #expect(Self.csvKommuner(csv.out) == rows.compactMap { $0["kommun"] as? String })
    let byName = CLIHarness.run(args + ["--format", "csv"])
    #expect(Self.csvKommuner(byName.out) == ["Göteborg", "Malmö", "Nacka"])

    let table = CLIHarness.run(args + ["--sort", "change", "--explain"])
    #expect(table.status == 0, "\(table.err)")
    #expect(table.out.contains("Showing 3 of 27 kommuner (--kommun), sorted by change, the largest loss first"))
    #expect(table.out.contains("Area part kr") && table.out.contains("Pop. part kr"))
    #expect(table.out.contains("Population: SCB 2019-12-31 for every kommun shown."))
    let order = table.out.split(separator: "\n").compactMap { line in
      ["Göteborg", "Malmö", "Nacka"].first { line.hasPrefix($0 + " ") }
    }
    #expect(order == rows.compactMap { $0["kommun"] as? String })
  }

  @Test func aPopulationChangeIsFootnotedAsDerived() throws {
    let table = CLIHarness.run(["run", Self.scenario("population.yaml"), "--explain"])
    #expect(table.status == 0, "\(table.err)")
    let doc = try Self.json(CLIHarness.run(["run", Self.scenario("population.yaml"), "--format", "json"]).out)
    let derived = try #require(doc["populations"] as? [[String: Any]]).filter { $0["source"] as? String == "scenario" }
      .compactMap { $0["kommun"] as? String }
    #expect(!derived.isEmpty)
    for kommun in derived {
      let row = try #require(table.out.split(separator: "\n").first { $0.hasPrefix(kommun + " ") })
      #expect(row.contains(" derived "), "\(row)")
    }
    #expect(table.out.contains("derived (the scenario's population"), "\(table.out)")
  }

  @Test func csvWorksForADeterministicRun() throws {
    let file = try Self.temporaryFile("result.csv")
    let outcome = CLIHarness.run(["run", Self.scenario("add.yaml"), "--csv", file.path])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.out.contains("Scenario kr"), "the table still goes to standard output")
    let written = try String(contentsOf: file, encoding: .utf8)
    #expect(written == CLIHarness.run(["run", Self.scenario("add.yaml"), "--format", "csv"]).out)
    #expect(written.hasPrefix("kommun,status,"))
  }

  @Test func tablesSpeakEnglish() {
    let outputs = [
      CLIHarness.run(["allocate"]).out, CLIHarness.run(["allocate", "--explain"]).out,
      CLIHarness.run(["run", Self.scenario("add.yaml")]).out,
      CLIHarness.run(["run", Self.scenario("add.yaml"), "--explain"]).out, CLIHarness.run(["history"]).out,
      CLIHarness.run(["validate", Self.scenario("add.yaml")]).out,
    ]
    for out in outputs {
      for word in ["Vikt", "Baslinje", "Ändring", "Folkmängd", "Belopp", "Summa", "Källa"] {
        #expect(!out.contains(word), "\(word) in \(out.prefix(200))")
      }
    }
  }

  // MARK: Monte Carlo run

  @Test func aMonteCarloRunFiltersAndSortsInEveryFormat() throws {
    let args =
      ["run", Self.standard, "--kommun", "Malmö", "--kommun", "Göteborg", "--kommun", "Borås"] + Self.monteCarlo
    let json = CLIHarness.run(args + ["--sort", "p5", "--format", "json"])
    #expect(json.status == 0, "\(json.err)")
    let doc = try Self.json(json.out)
    let rows = try Self.rows(doc)
    let p5 = rows.compactMap { $0["p05_change_kr"] as? Double }
    #expect(p5.count == 3 && p5 == p5.sorted())
    let selection = try #require(doc["selection"] as? [String: Any])
    #expect(selection["sort"] as? String == "p5" && selection["total_kommuner"] as? Int == 26)

    let byChange = try Self.json(CLIHarness.run(args + ["--sort", "change", "--format", "json"]).out)
    let means = try Self.rows(byChange).compactMap { $0["mean_change_kr"] as? Double }
    #expect(means.count == 3 && means == means.sorted())

    let csv = CLIHarness.run(args + ["--format", "csv"])
    #expect(Self.csvKommuner(csv.out) == ["Borås", "Göteborg", "Malmö"])
    let csvByP5 = CLIHarness.run(args + ["--sort", "p5", "--format", "csv"])
    #expect(Self.csvKommuner(csvByP5.out) == rows.compactMap { $0["kommun"] as? String })

    let table = CLIHarness.run(args + ["--sort", "change"])
    #expect(table.status == 0, "\(table.err)")
    #expect(table.out.contains("sorted by change, the largest loss first"))
    #expect(table.out.contains("Showing 3 of 26 kommuner (--kommun)."))
    #expect(table.out.contains("Population: SCB 2019-12-31 for every kommun shown."))
    let order = table.out.split(separator: "\n").compactMap { line in
      ["Borås", "Göteborg", "Malmö"].first { line.hasPrefix($0 + " ") }
    }
    #expect(order == (try Self.rows(byChange)).compactMap { $0["kommun"] as? String })
  }

  @Test func aMonteCarloRunChecksItsFilterBeforeDrawing() {
    let outcome = CLIHarness.run(["run", Self.standard, "--kommun", "Malmo", "--draws", "20000000", "--quiet"])
    #expect(outcome.status == 2 && outcome.out.isEmpty)
    #expect(outcome.err.contains("did you mean 'Malmö'?"), "\(outcome.err)")
    let explain = CLIHarness.run(["run", Self.standard, "--explain"] + Self.monteCarlo)
    #expect(explain.status == 2 && explain.err.contains("--explain applies to allocate and deterministic runs"))
  }
}
