import Foundation
import TestSupport
import Testing

/// `fordela run` on a file with an `uncertainty:` section, and `fordela report`, end to end.
@Suite struct MonteCarloCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let standard = root.appendingPathComponent("scenarios/standard-uncertainty.yaml").path

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-mc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func jsonHasTheDocumentedShape() throws {
    let outcome = CLIHarness.run(["run", Self.standard, "--draws", "20000", "--format", "json", "--threads", "2"])
    #expect(outcome.status == 0, "\(outcome.err)")
    let doc = try Self.json(outcome.out)
    #expect(doc["draws"] as? Int == 20_000)
    #expect(doc["seed"] as? Int == 20_211_231)
    #expect(doc["threads"] as? Int == 2)
    #expect(doc["kind"] as? String == "monte_carlo")
    #expect(doc["statistics_mode"] as? String == "exact")
    // The resolved model and setup travel with the result.
    let uncertainty = try #require(doc["uncertainty"] as? [String: Any])
    let reclassification = try #require(uncertainty["reclassification"] as? [String: Any])
    #expect(reclassification["kind"] as? String == "simple" && reclassification["probability"] as? Double == 0.1)
    #expect((uncertainty["new_areas"] as? [String: Any])?["landing"] as? String == "population")
    #expect((uncertainty["population_growth"] as? [String: Any])?["sd"] as? Double == 0.01)
    #expect((doc["baseline"] as? [String: Any])?["year"] as? Int == 2021)
    #expect((doc["populations"] as? [Any])?.count == 26)
    let engine = try #require(doc["engine"] as? [String: Any])
    for key in ["version", "data_hash", "scenario_hash"] { #expect((engine[key] as? String)?.isEmpty == false) }
    #expect((engine["scenario_hash"] as? String)?.count == 64)
    let timing = try #require(doc["timing"] as? [String: Any])
    for key in ["simulate_s", "statistics_s", "draws_per_second"] { #expect(timing[key] is Double) }
    let kommuner = try #require(doc["kommuner"] as? [[String: Any]])
    #expect(kommuner.count == 26)
    let keys = [
      "kommun", "baseline_kr", "baseline_kr_rounded", "mean_change_kr", "sd_change_kr", "se_mean_kr", "min_change_kr",
      "p01_change_kr",
      "p05_change_kr", "p25_change_kr", "p50_change_kr", "p75_change_kr", "p95_change_kr", "p99_change_kr",
      "max_change_kr", "p_loss", "p_loss_10pct", "histogram",
    ]
    for k in kommuner {
      for key in keys { #expect(k[key] != nil, "\(key)") }
      let histogram = try #require(k["histogram"] as? [String: Any])
      #expect((histogram["counts"] as? [Int])?.reduce(0, +) == 20_000)
      #expect((histogram["edges_kr"] as? [Double])?.count == 41)
    }
    // The baseline is the official 2021 allocation.
    let baseline = Fixtures.allocation2021()
    for (k, b) in zip(kommuner, baseline.kommuner) {
      #expect(k["kommun"] as? String == b.kommun)
      #expect(abs((k["baseline_kr"] as? Double ?? 0) - b.amount) < 1e-6)
      #expect(k["baseline_kr_rounded"] as? Int64 == b.rounded)
    }
  }

  @Test func resultsDoNotDependOnThreadsAndTheSeedOptionOverridesTheFile() throws {
    func kommuner(_ extra: [String]) throws -> [NSDictionary] {
      let outcome = CLIHarness.run(["run", Self.standard, "--draws", "10000", "--format", "json"] + extra)
      #expect(outcome.status == 0, "\(outcome.err)")
      return try #require(try Self.json(outcome.out)["kommuner"] as? [NSDictionary])
    }
    let one = try kommuner(["--threads", "1"])
    #expect(one == (try kommuner(["--threads", "3"])))
    #expect(one != (try kommuner(["--threads", "1", "--seed", "1"])))
  }

  @Test func theTableIsSortedByRiskAndFitsEightyColumns() {
    let outcome = CLIHarness.run(["run", Self.standard, "--draws", "5000", "--quiet"])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.out.contains("P(loss)"))
    #expect(outcome.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let first = outcome.out.split(separator: "\n").first { $0.hasPrefix("Göteborg") || $0.hasPrefix("Borlänge") }
    #expect(first?.hasPrefix("Göteborg") == true, "largest downside first")
  }

  @Test func outputCsvAndReportAreWrittenAndTheReportCommandRereadsTheResult() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("result.json").path
    let csv = folder.appendingPathComponent("summary.csv").path
    let html = folder.appendingPathComponent("report.html").path
    let outcome = CLIHarness.run([
      "run", Self.standard, "--draws", "5000", "--output", json, "--csv", csv, "--report", html,
      "--csv-dialect", "excel-sv",
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.out.isEmpty)
    let saved = try Self.json(String(contentsOfFile: json, encoding: .utf8))
    #expect(saved["draws"] as? Int == 5_000)
    let csvBytes = try Data(contentsOf: URL(fileURLWithPath: csv))
    #expect(csvBytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 byte-order mark")
    let csvText = String(decoding: csvBytes, as: UTF8.self)
    #expect(csvText.hasPrefix("\u{FEFF}kommun;baseline_kr;"))
    #expect(CSVReader.rows(csvText, separator: ";").count == 27)
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("<svg") && !page.contains("http"))
    let again = folder.appendingPathComponent("again.html").path
    let report = CLIHarness.run(["report", json, "-o", again])
    #expect(report.status == 0, "\(report.err)")
    let rendered = try String(contentsOfFile: again, encoding: .utf8)
    for name in ["Göteborg", "Upplands-Bro", "Örebro"] { #expect(rendered.contains(name)) }
  }

  @Test func theDeterministicRunWritesAReportWithADivergingChart() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = folder.appendingPathComponent("d.html").path
    let outcome = CLIHarness.run(
      ["run", Self.root.appendingPathComponent("scenarios/reclassify.yaml").path, "--report", html])
    #expect(outcome.status == 0, "\(outcome.err)")
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("Change by kommun") && page.contains("<rect"))
  }

  @Test(arguments: [
    (["--draws", "0"], "--draws must be from 1 to 1000000000000"),
    (["--draws", "1000000000001"], "--draws must be from 1"),
    (["--threads", "0"], "--threads must be from 1 to 1024"),
    (["--threads", "100000"], "--threads must be from 1 to 1024"),
    (["--memory", "lots"], "--memory 'lots'"),
    (["--seed", "-3"], "--seed"),
    (["--memory", "1K"], "memory budget"),
  ])
  func badOptionsGiveStatusTwo(extra: [String], message: String) {
    let outcome = CLIHarness.run(["run", Self.standard, "--draws", "1000"] + extra)
    #expect(outcome.status == 2)
    #expect(outcome.err.contains(message), "\(outcome.err)")
  }

  @Test func aFailedRunLeavesNoOutputFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("result.json").path
    let outcome = CLIHarness.run(["run", Self.standard, "--draws", "1000", "--memory", "1K", "--output", json])
    #expect(outcome.status == 2)
    #expect(!FileManager.default.fileExists(atPath: json))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func reportRejectsAFileThatIsNotAResult() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bogus = folder.appendingPathComponent("x.json")
    try "{\"hello\": 1}".write(to: bogus, atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["report", bogus.path, "-o", folder.appendingPathComponent("r.html").path])
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("not a fordela result"))
  }
}

/// The format of a saved Monte Carlo result: JSON by default, the asked-for format otherwise.
@Suite struct MonteCarloOutputFormatTests {
  @Test func outputIsJSONUnlessAnotherFormatIsAsked() throws {
    let folder = try MonteCarloCommandTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("a.json").path
    let table = folder.appendingPathComponent("a.txt").path
    #expect(CLIHarness.run(["run", MonteCarloCommandTests.standard, "--draws", "2000", "--output", json]).status == 0)
    #expect(try String(contentsOfFile: json, encoding: .utf8).hasPrefix("{"))
    let asked = ["run", MonteCarloCommandTests.standard, "--draws", "2000", "--output", table, "--format", "table"]
    #expect(CLIHarness.run(asked).status == 0)
    #expect(try String(contentsOfFile: table, encoding: .utf8).hasPrefix("Standard uncertainty workload"))
  }
}
