import Foundation
import TestSupport
import Testing

/// `fordela run FILE --decompose` and `decompose: true`, end to end: the stated cost, the JSON, table, CSV and
/// HTML, and `fordela report` of the saved result.
@Suite struct DecomposeCommandTests {
  static let root = MonteCarloCommandTests.root
  static let example = root.appendingPathComponent("scenarios/decompose-example.yaml").path

  @Test func theFlagStatesTheCostAndTheJSONHasTheDocumentedShape() throws {
    let outcome = CLIHarness.run([
      "run", MonteCarloCommandTests.standard, "--draws", "1000", "--decompose", "--format", "json", "--threads", "2",
      "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.err.contains("(3 + 2) × 1 000 = 5 000 evaluations"), "\(outcome.err)")
    let doc = try MonteCarloCommandTests.json(outcome.out)
    let d = try #require(doc["variance_decomposition"] as? [String: Any])
    let sources = ["reclassification", "new_areas", "population_growth"]
    #expect(d["sources"] as? [String] == sources)
    #expect(d["draws_per_matrix"] as? Int == 1_000)
    #expect(d["evaluations"] as? Int == 5_000)
    let kommuner = try #require(d["kommuner"] as? [[String: Any]])
    #expect(kommuner.count == 26)
    for k in kommuner {
      #expect(k["kommun"] is String)
      for key in ["first_order", "total"] {
        #expect((k[key] as? [String: Double]).map { Set($0.keys) } == Set(sources), "\(key)")
      }
      for key in ["first_order_ci95", "total_ci95"] {
        let intervals = try #require(k[key] as? [String: [Double]])
        #expect(Set(intervals.keys) == Set(sources))
        #expect(intervals.values.allSatisfy { $0.count == 2 && $0[0] <= $0[1] })
      }
    }
  }

  @Test func theClaimsExampleDecomposesTheFinalAmountsOverReclassificationAndClaims() throws {
    let example = Self.root.appendingPathComponent("scenarios/decompose-claims-example.yaml").path
    let outcome = CLIHarness.run([
      "run", example, "--draws", "1000", "--format", "json", "--threads", "2", "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.err.contains("(2 + 2) × 1 000 = 4 000 evaluations"), "\(outcome.err)")
    let doc = try MonteCarloCommandTests.json(outcome.out)
    let d = try #require(doc["variance_decomposition"] as? [String: Any])
    #expect(d["sources"] as? [String] == ["reclassification", "claims"])
    let kommuner = try #require(d["kommuner"] as? [[String: Any]])
    let first = try #require(kommuner.first?["first_order"] as? [String: Double])
    #expect(Set(first.keys) == ["reclassification", "claims"])
    let table = CLIHarness.run(["run", example, "--draws", "1000", "--threads", "2", "--quiet"])
    #expect(table.status == 0 && table.out.contains("S claims"), "\(table.err)")
  }

  @Test func theExampleFileDecomposesAndTheReportCommandRereadsIt() throws {
    let folder = try MonteCarloCommandTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("result.json").path
    let csv = folder.appendingPathComponent("result.csv").path
    let html = folder.appendingPathComponent("report.html").path
    let outcome = CLIHarness.run([
      "run", Self.example, "--draws", "500", "--output", json, "--csv", csv, "--report", html, "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.err.contains("(3 + 2) × 500 = 2 500 evaluations"))
    let saved = try MonteCarloCommandTests.json(String(contentsOfFile: json, encoding: .utf8))
    #expect((saved["variance_decomposition"] as? [String: Any])?["draws_per_matrix"] as? Int == 500)
    let csvText = try String(contentsOfFile: csv, encoding: .utf8)
    #expect(csvText.contains("kommun,source,first_order,first_order_ci95_lo"))
    #expect(csvText.contains("Örebro,population_growth,"))
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("What drives the variance") && page.contains("interactions and noise"))
    #expect(!page.contains("http"))
    let again = folder.appendingPathComponent("again.html").path
    let report = CLIHarness.run(["report", json, "-o", again])
    #expect(report.status == 0, "\(report.err)")
    #expect(try String(contentsOfFile: again, encoding: .utf8) == page, "the report of the saved result is the same")
    // The table shows one row per kommun of the decomposition; --kommun narrows it.
    let table = CLIHarness.run(["run", Self.example, "--draws", "500", "--kommun", "Örebro", "--quiet"])
    #expect(table.status == 0, "\(table.err)")
    #expect(table.out.contains("S reclass") && table.out.contains("ST growth"))
    let rows = table.out.split(separator: "\n").filter { $0.hasPrefix("Örebro") }
    #expect(rows.count == 2, "the distribution's row and the decomposition's: \(table.out)")
  }

  @Test func theDecompositionIsTheSameForOneAndTwoThreads() throws {
    func decomposition(_ threads: String) throws -> String {
      let outcome = CLIHarness.run([
        "run", Self.example, "--draws", "300", "--format", "json", "--threads", threads, "--quiet",
      ])
      #expect(outcome.status == 0, "\(outcome.err)")
      var d = try #require(MonteCarloCommandTests.json(outcome.out)["variance_decomposition"] as? [String: Any])
      d["timing"] = nil
      return String(
        decoding: try JSONSerialization.data(withJSONObject: d, options: [.sortedKeys]), as: UTF8.self)
    }
    #expect(try decomposition("1") == decomposition("2"))
  }

  @Test func aDeterministicScenarioOrDrawnClaimsAreRefused() {
    let deterministic = CLIHarness.run([
      "run", Self.root.appendingPathComponent("scenarios/reclassify.yaml").path, "--decompose",
    ])
    #expect(deterministic.status == 2)
    #expect(deterministic.err.contains("--decompose splits the variance of a Monte Carlo run"))
    let few = CLIHarness.run(["run", MonteCarloCommandTests.standard, "--draws", "50", "--decompose"])
    #expect(few.status == 2)
    #expect(few.err.contains("--decompose needs at least 100 draws per matrix"), "\(few.err)")
  }
}
