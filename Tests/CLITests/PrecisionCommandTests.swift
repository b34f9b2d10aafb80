import Foundation
import TestSupport
import Testing

/// `fordela run --precision` and the 95 % intervals, end to end: JSON, CSV, table and report.
@Suite struct PrecisionCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let standard = root.appendingPathComponent("scenarios/standard-uncertainty.yaml").path

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func everyRowHasItsIntervals() throws {
    let outcome = CLIHarness.run(["run", Self.standard, "--draws", "20000", "--format", "json", "--threads", "2"])
    #expect(outcome.status == 0, "\(outcome.err)")
    let doc = try Self.json(outcome.out)
    #expect(doc["precision"] == nil)
    let kommuner = try #require(doc["kommuner"] as? [[String: Any]])
    for row in kommuner {
      let ci = try #require(row["ci95_kr"] as? [String: [Double]])
      #expect(Set(ci.keys) == ["mean", "p01", "p05", "p25", "p50", "p75", "p95", "p99"])
      let p05 = try #require(row["p05_change_kr"] as? Double)
      let interval = try #require(ci["p05"])
      #expect(interval.count == 2 && interval[0] <= p05 && p05 <= interval[1])
    }
  }

  @Test func aTargetStopsTheRunAndSaysSoEverywhere() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-p-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let csv = folder.appendingPathComponent("r.csv").path
    let html = folder.appendingPathComponent("r.html").path
    // At most 60 000 draws: the target of 5 000 000 kr is met at the first check (32 768).
    let outcome = CLIHarness.run([
      "run", Self.standard, "--draws", "60000", "--precision", "5000000", "--format", "json", "--threads", "2",
      "--csv", csv, "--report", html,
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    let doc = try Self.json(outcome.out)
    #expect(doc["draws"] as? Int == 32_768)
    let precision = try #require(doc["precision"] as? [String: Any])
    #expect(precision["stopped_by"] as? String == "precision" && precision["target_kr"] as? Double == 5_000_000)
    #expect(precision["max_draws"] as? Int == 60_000 && precision["draws_used"] as? Int == 32_768)
    #expect(precision["checks"] as? [Int] == [32_768])
    #expect((precision["p05_half_width_kr"] as? Double).map { $0 <= 5_000_000 } == true)
    let csvText = try String(contentsOfFile: csv, encoding: .utf8)
    #expect(csvText.hasPrefix("kommun,") && csvText.contains(",p05_ci95_low_kr,p05_ci95_high_kr,"))
    let report = try String(contentsOfFile: html, encoding: .utf8)
    #expect(report.contains("Stopped by the precision at 32 768 of at most 60 000 draws"))
    #expect(report.contains("p5, 95 % interval"))

    let table = CLIHarness.run(["run", Self.standard, "--draws", "40000", "--precision", "10", "--quiet"])
    #expect(table.status == 0, "\(table.err)")
    #expect(table.out.contains("The maximum of 40 000 draws was reached WITHOUT the precision of ±10 kr at 95 %"))
    #expect(table.out.contains("95 % intervals: each mean within ±"))
    #expect(table.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func validateSaysTheTarget() {
    let example = Self.root.appendingPathComponent("scenarios/precision-example.yaml").path
    let outcome = CLIHarness.run(["validate", example])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.out.contains("stops once every kommun's mean and p5 are known to ±25 000 kr at 95 %"))
  }

  @Test func theFlagNeedsAMonteCarloRunAndAPositiveTarget() {
    let deterministic = Self.root.appendingPathComponent("scenarios/reclassify.yaml").path
    let outcome = CLIHarness.run(["run", deterministic, "--precision", "5000"])
    #expect(outcome.status == 2 && outcome.err.contains("--precision apply to Monte Carlo runs only"))
    let zero = CLIHarness.run(["run", Self.standard, "--precision", "0"])
    #expect(zero.status == 2 && zero.err.contains("--precision must be a number of kronor above 0"))
    let few = CLIHarness.run(["run", Self.standard, "--precision", "5000", "--draws", "50"])
    #expect(few.status == 2 && few.err.contains("needs at least 72 draws"), "\(few.err)")
  }
}
