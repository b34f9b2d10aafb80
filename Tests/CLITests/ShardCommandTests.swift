import Foundation
import Reports
import Testing

/// `fordela run FILE --shard I/N` and `fordela merge` through the built executable: the merged result is the
/// one-process streaming run's, and bad parts or flags are refused with exit 2, one paragraph and nothing
/// written. The messages are in `Tests/Fixtures/merge/messages.txt` (cases 140–149 are the merge refusals),
/// reviewed by eye: run with `FORDELA_UPDATE_SNAPSHOTS=1` to rewrite it, then review the diff.
@Suite(.serialized) struct ShardCommandTests {
  /// The standard workload of `scenarios/standard-uncertainty.yaml`, written here so that the scenario hash
  /// in the messages does not change when the shipped file does; 20 000 draws make three chunks.
  static let scenario = """
    name: Sharded standard workload
    baseline:
      year: 2021
    uncertainty:
      draws: 20000
      seed: 20211231
      reclassification:
        probability: 0.10
        up: 0.5
      new_areas:
        mean: 2
        class_mix: {UO: 0.7, RO: 0.2, SUO: 0.1}
        kommuner: population
      population_growth: {mean: 0.01, sd: 0.01}

    """

  static let snapshot = BadInputCorpusTests.root.appendingPathComponent("Tests/Fixtures/merge/messages.txt")

  /// A scratch folder holding `s.yaml`, removed at the end.
  static func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-shard-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    try scenario.write(to: folder.appendingPathComponent("s.yaml"), atomically: false, encoding: .utf8)
    return folder
  }

  /// Runs `fordela` in `folder`, requiring success.
  @discardableResult
  static func fordela(_ arguments: [String], in folder: URL) throws -> CLIHarness.Outcome {
    let outcome = try CLIHarness.spawn(arguments + ["--quiet"].filter { _ in arguments.first == "run" }, in: folder)
    #expect(outcome.status == 0, "\(arguments): \(outcome.err)")
    return outcome
  }

  /// A saved Monte Carlo document with what may differ between runs (timings, threads, run date) blanked.
  static func statistics(_ path: URL) throws -> MonteCarloDocument {
    var doc = try JSONText.decode(MonteCarloDocument.self, from: Array(Data(contentsOf: path)))
    doc.timing = .init(simulateS: 0, statisticsS: 0, drawsPerSecond: 0)
    doc.threads = 0
    doc.engine.runDate = nil
    return doc
  }

  @Test(arguments: [(3, "2"), (5, "1")])
  func mergedPartsAreTheOneProcessStreamingResult(shards: Int, threads: String) throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.fordela(
      ["run", "s.yaml", "--statistics", "streaming", "--threads", "2", "--output", "one.json", "--csv", "one.csv"],
      in: folder)
    for i in 0..<shards {
      try Self.fordela(
        ["run", "s.yaml", "--shard", "\(i)/\(shards)", "--threads", threads, "--output", "part-\(i).json"], in: folder)
    }
    // In reverse order: the order of the files does not matter.
    let parts = (0..<shards).reversed().map { "part-\($0).json" }
    try Self.fordela(
      ["merge"] + parts + ["--output", "merged.json", "--csv", "merged.csv", "--report", "merged.html"], in: folder)
    let one = try Self.statistics(folder.appendingPathComponent("one.json"))
    let merged = try Self.statistics(folder.appendingPathComponent("merged.json"))
    #expect(merged == one)
    #expect(merged.statisticsMode == .streaming && merged.draws == 20000)
    let csv = { (name: String) in try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
    #expect(try csv("merged.csv") == csv("one.csv"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("merged.html").path))
    let table = try Self.fordela(["merge"] + parts + ["--kommun", "Malmö"], in: folder)
    #expect(table.out.contains("Malmö") && !table.out.contains("Göteborg"))
  }

  /// A refused command: its name, arguments, and how to make the files it reads from the good parts.
  struct Refusal: Sendable {
    var name: String
    var arguments: [String]
  }

  static let refusals: [Refusal] = [
    Refusal(name: "140-missing-shard", arguments: ["merge", "part-0.json", "part-1.json"]),
    Refusal(
      name: "141-duplicate-shard", arguments: ["merge", "part-0.json", "part-1.json", "copy-1.json", "part-2.json"]),
    Refusal(name: "142-other-seed", arguments: ["merge", "part-0.json", "part-1.json", "seed7-2.json"]),
    Refusal(name: "143-other-draws", arguments: ["merge", "part-0.json", "part-1.json", "draws-2.json"]),
    Refusal(name: "144-other-scenario", arguments: ["merge", "part-0.json", "part-1.json", "other-2.json"]),
    Refusal(
      name: "145-other-shard-count", arguments: ["merge", "part-0.json", "part-1.json", "part-2.json", "n4-1.json"]),
    Refusal(name: "146-truncated-part", arguments: ["merge", "part-0.json", "part-1.json", "cut-2.json"]),
    Refusal(name: "147-bad-json", arguments: ["merge", "part-0.json", "part-1.json", "bad-2.json"]),
    Refusal(name: "148-a-result-not-a-part", arguments: ["merge", "part-0.json", "part-1.json", "result.json"]),
    Refusal(name: "149-other-engine-version", arguments: ["merge", "part-0.json", "part-1.json", "old-2.json"]),
    Refusal(name: "merge-other-population", arguments: ["merge", "part-0.json", "part-1.json", "pop-2.json"]),
    Refusal(name: "merge-damaged-counts", arguments: ["merge", "part-0.json", "part-1.json", "counts-2.json"]),
    Refusal(name: "merge-no-parts", arguments: ["merge"]),
    Refusal(name: "merge-no-such-file", arguments: ["merge", "part-0.json", "part-9.json"]),
    Refusal(name: "shard-out-of-range", arguments: ["run", "s.yaml", "--shard", "3/3", "--output", "out/p.json"]),
    Refusal(name: "shard-without-output", arguments: ["run", "s.yaml", "--shard", "0/3"]),
    Refusal(
      name: "shard-with-report",
      arguments: ["run", "s.yaml", "--shard", "0/3", "--output", "out/p.json", "--report", "out/r.html"]),
    Refusal(
      name: "shard-exact",
      arguments: ["run", "s.yaml", "--shard", "0/3", "--statistics", "exact", "--output", "out/p.json"]),
    Refusal(name: "shard-deterministic", arguments: ["run", "d.yaml", "--shard", "0/3", "--output", "out/p.json"]),
    Refusal(
      name: "shard-with-precision",
      arguments: ["run", "s.yaml", "--shard", "0/3", "--precision", "50000", "--output", "out/p.json"]),
    Refusal(
      name: "shard-with-decompose",
      arguments: ["run", "s.yaml", "--shard", "0/3", "--decompose", "--output", "out/p.json"]
    ),
    Refusal(name: "shard-with-paths", arguments: ["run", "paths.yaml", "--shard", "0/3", "--output", "out/p.json"]),
  ]

  /// Writes the good parts and the bad files the refusals read.
  static func prepare(_ folder: URL) throws {
    let file = { (name: String) in folder.appendingPathComponent(name) }
    for i in 0..<3 { try fordela(["run", "s.yaml", "--shard", "\(i)/3", "--output", "part-\(i).json"], in: folder) }
    try fordela(["run", "s.yaml", "--shard", "2/3", "--seed", "7", "--output", "seed7-2.json"], in: folder)
    try fordela(["run", "s.yaml", "--shard", "2/3", "--draws", "30000", "--output", "draws-2.json"], in: folder)
    try fordela(["run", "s.yaml", "--shard", "1/4", "--output", "n4-1.json"], in: folder)
    try fordela(
      ["run", "s.yaml", "--shard", "2/3", "--population", "Botkyrka=94000", "--output", "pop-2.json"], in: folder)
    try (scenario + "# another file\n").write(to: file("other.yaml"), atomically: false, encoding: .utf8)
    try fordela(["run", "other.yaml", "--shard", "2/3", "--output", "other-2.json"], in: folder)
    try fordela(["run", "s.yaml", "--draws", "1000", "--output", "result.json"], in: folder)
    try (scenario.replacingOccurrences(of: "  seed: 20211231\n", with: "  seed: 20211231\n  updates: 3\n")).write(
      to: file("paths.yaml"), atomically: false, encoding: .utf8)
    try "name: Deterministic\nbaseline:\n  year: 2021\n".write(to: file("d.yaml"), atomically: false, encoding: .utf8)
    let good = try String(contentsOf: file("part-2.json"), encoding: .utf8)
    try FileManager.default.copyItem(at: file("part-1.json"), to: file("copy-1.json"))
    try String(good.prefix(700)).write(to: file("cut-2.json"), atomically: false, encoding: .utf8)
    let firstComma = try #require(good.firstIndex(of: ","))
    try good.replacingCharacters(in: firstComma...firstComma, with: ";").write(
      to: file("bad-2.json"), atomically: false, encoding: .utf8)
    try good.replacingOccurrences(of: #""version" : "0.1.0""#, with: #""version" : "0.0.9""#).write(
      to: file("old-2.json"), atomically: false, encoding: .utf8)
    let counts = try #require(good.firstMatch(of: /"counts" : "[A-Za-z0-9+\/]{8}/))
    try good.replacingCharacters(in: counts.range, with: #""counts" : "!!!!!!!!"#).write(
      to: file("counts-2.json"), atomically: false, encoding: .utf8)
  }

  @Test func badPartsAndFlagsAreRefusedWithNothingWritten() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.prepare(folder)
    var entries: [String] = []
    for refusal in Self.refusals {
      var arguments = refusal.arguments
      if arguments.first == "merge" && arguments.count > 1 {
        arguments += ["--output", "out/result.json", "--report", "out/report.html", "--csv", "out/result.csv"]
      }
      let outcome = try CLIHarness.spawn(arguments, in: folder)
      #expect(outcome.status == 2, "\(refusal.name): \(outcome.err)")
      #expect(outcome.out.isEmpty, "\(refusal.name)")
      #expect(BadInputCorpusTests.isOneParagraph(outcome.err), "\(refusal.name): \(outcome.err)")
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
      #expect(left.isEmpty, "\(refusal.name) left \(left)")
      entries.append("=== \(refusal.name): fordela \(refusal.arguments.joined(separator: " "))\n\(outcome.err)")
    }
    if ProcessInfo.processInfo.environment["FORDELA_UPDATE_SNAPSHOTS"] == "1" {
      try entries.joined().write(to: Self.snapshot, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: Self.snapshot, encoding: .utf8).components(separatedBy: "=== ").dropFirst()
      .map { "=== " + $0 }
    #expect(entries.count == expected.count, "run with FORDELA_UPDATE_SNAPSHOTS=1 to rewrite the snapshot")
    for (actual, wanted) in zip(entries, expected) {
      #expect(actual == wanted, "run with FORDELA_UPDATE_SNAPSHOTS=1 to rewrite Tests/Fixtures/merge/messages.txt")
    }
  }
}
