import Foundation
import Testing

/// `fordela run` on scenarios with a `districts:` section, end to end.
@Suite struct DistrictCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let shipped = root.appendingPathComponent("scenarios/stockholm-districts.yaml")

  /// The `districts` object of a JSON output.
  static func districts(_ json: String) throws -> [String: Any] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    return try #require(object["districts"] as? [String: Any])
  }

  @Test func aDeterministicRunSplitsTheKommunsAmount() throws {
    let outcome = CLIHarness.run(["run", Self.shipped.path, "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.err)")
    let rows = try #require(try Self.districts(outcome.out)["rows"] as? [[String: Any]])
    #expect(rows.count == 6)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    let kommuner = try #require(object["kommuner"] as? [[String: Any]])
    let stockholm = try #require(kommuner.first { $0["kommun"] as? String == "Stockholm" })
    let sum = rows.compactMap { $0["scenario_kr_rounded"] as? Int64 }.reduce(0, +)
    #expect(sum == stockholm["scenario_kr_rounded"] as? Int64)
  }

  @Test func aMonteCarloRunsDistrictsDoNotDependOnTheThreads() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-districts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("mc.yaml")
    let text =
      try String(contentsOf: Self.shipped, encoding: .utf8) + """
        uncertainty:
          draws: 20000
          seed: 2027
          reclassification: {probability: 0.2, up: 0.5}
          new_areas: {mean: 1, class_mix: {UO: 0.7, RO: 0.2, SUO: 0.1}, kommuner: population}

        """
    try text.write(to: file, atomically: true, encoding: .utf8)
    let one = CLIHarness.run(["run", file.path, "--format", "json", "--threads", "1"])
    let three = CLIHarness.run(["run", file.path, "--format", "json", "--threads", "3"])
    #expect(one.status == 0 && three.status == 0, "\(one.err)")
    let a = try Self.districts(one.out)
    let b = try Self.districts(three.out)
    #expect(NSDictionary(dictionary: a).isEqual(to: b))
    let rows = try #require(a["rows"] as? [[String: Any]])
    #expect(rows.count == 6 && rows.allSatisfy { $0["p05_change_kr"] is Double })
    let table = CLIHarness.run(["run", file.path, "--threads", "2"])
    #expect(table.out.contains("Districts of Stockholm:"))
  }
}
