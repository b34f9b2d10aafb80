import Foundation
import Testing

@testable import FordelaCLI

/// Every shipped scenario under `--internal-checks`, and the JSON it writes: only finite numbers,
/// no negative amount, and whole kronor that sum to the budget.
@Suite struct InternalChecksTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The shipped scenarios, `scenarios/*.yaml`.
  static let shipped: [String] = {
    let folder = root.appendingPathComponent("scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
  }()

  /// Every number in a JSON value (booleans count as 0 and 1), with its path.
  static func numbers(_ value: Any, path: String = "") -> [(String, Double)] {
    switch value {
    case let n as NSNumber: [(path, n.doubleValue)]
    case let a as [Any]: a.enumerated().flatMap { numbers($1, path: "\(path)[\($0)]") }
    case let d as [String: Any]: d.flatMap { numbers($1, path: "\(path).\($0)") }
    default: []
    }
  }

  @Test func thereAreShippedScenariosOfBothKinds() throws {
    #expect(Self.shipped.count >= 10)
    let texts = try Self.shipped.map { try String(contentsOfFile: $0, encoding: .utf8) }
    #expect(texts.contains { $0.contains("\nuncertainty:") })
  }

  @Test(arguments: shipped)
  func everyShippedScenarioPassesTheChecksAndWritesOnlyFiniteNumbers(path: String) throws {
    let monteCarlo = try String(contentsOfFile: path, encoding: .utf8).contains("\nuncertainty:")
    let outcome = CLIHarness.run(
      ["run", path, "--format", "json", "--internal-checks", "--quiet"] + (monteCarlo ? ["--draws", "2000"] : []))
    #expect(outcome.status == 0, "\(outcome.err)")
    let json = try JSONSerialization.jsonObject(with: Data(outcome.out.utf8))
    let numbers = Self.numbers(json)
    #expect(numbers.count > 50)
    for (where_, value) in numbers { #expect(value.isFinite, "\(where_)") }
    let doc = try #require(json as? [String: Any])
    let rows = try #require(doc["kommuner"] as? [[String: Any]])
    if monteCarlo {
      for row in rows {
        let baseline = try #require(row["baseline_kr"] as? Double)
        let minimum = try #require(row["min_change_kr"] as? Double)
        #expect(baseline >= 0 && baseline + minimum >= -1e-6, "\(row["kommun"] ?? "")")
      }
    } else {
      let scenario = rows.compactMap { $0["scenario_kr_rounded"] as? Int64 }
      let baseline = rows.compactMap { $0["baseline_kr_rounded"] as? Int64 }
      #expect(scenario.count == rows.count && baseline.count == rows.count)
      #expect(scenario.allSatisfy { $0 >= 0 } && baseline.allSatisfy { $0 >= 0 })
      #expect(scenario.reduce(0, +) == doc["total_kr"] as? Int64)
      #expect(baseline.reduce(0, +) == doc["baseline_total_kr"] as? Int64)
    }
  }

  @Test func theEnvironmentVariableTurnsTheChecksOnInTheBuiltBinary() throws {
    let outcome = try CLIHarness.spawn(["allocate", "--year", "2021"], environment: ["FORDELA_INTERNAL_CHECKS": "1"])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.out.contains("Göteborg"))
  }

  @Test func aFailedCheckIsAnInternalErrorInOneParagraph() {
    #expect(throws: Never.self) { try InternalChecks.require([], in: "nothing") }
    let violations = (1...7).map { "problem \($0)" }
    #expect(throws: InternalCheckFailure(what: "the result", violations: violations)) {
      try InternalChecks.require(violations, in: "the result")
    }
    let text = InternalCheckFailure(what: "the result", violations: violations).description
    #expect(text.hasPrefix("internal check failed for the result: problem 1; problem 2;"))
    #expect(text.contains("(and 2 more); nothing was written") && !text.contains("\n"))
  }
}
