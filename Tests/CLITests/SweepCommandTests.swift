import Foundation
import TestSupport
import Testing

/// `fordela sweep` end to end: every sampled row replays through `fordela run` (the scenario path) to within
/// 1e-6 kr, under `persist` and `drop`, and the table, CSV, HTML and errors say what they should.
@Suite struct SweepCommandTests {
  /// The package root, where `scenarios/` lives.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-sweep-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The JSON document of a sweep.
  static func sweep(_ arguments: [String]) throws -> [String: Any] {
    let outcome = CLIHarness.run(["sweep"] + arguments + ["--format", "json"])
    try #require(outcome.status == 0, "\(outcome.err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
  }

  /// Each kommun's unrounded scenario amount from `fordela run` of a scenario file's text.
  static func runAmounts(_ yaml: String, in folder: URL) throws -> [String: Double] {
    let file = folder.appendingPathComponent("replay-\(UUID().uuidString).yaml")
    try yaml.write(to: file, atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["run", file.path, "--format", "json"])
    try #require(outcome.status == 0, "\(outcome.err)\n\(yaml)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    let rows = try #require(object["kommuner"] as? [[String: Any]])
    var out: [String: Double] = [:]
    for row in rows {
      out[try #require(row["kommun"] as? String)] = try #require(row["scenario_kr"] as? Double)
    }
    return out
  }

  /// A scenario file: a header, then `changes:` with each step as a JSON line (JSON is YAML).
  static func yaml(header: String, steps: [Any]) throws -> String {
    var text = header + "changes:\n"
    for step in steps {
      let data = try JSONSerialization.data(withJSONObject: step, options: [.sortedKeys])
      text += "  - " + String(decoding: data, as: UTF8.self) + "\n"
    }
    return steps.isEmpty ? header : text
  }

  /// Replays sampled rows of a sweep document and compares every kommun's change.
  static func replay(
    _ doc: [String: Any], header: String, baseSteps: [Any], sample: Int, seed: UInt64, in folder: URL
  ) throws {
    let rows = try #require(doc["changes"] as? [[String: Any]])
    let base = try runAmounts(try yaml(header: header, steps: baseSteps), in: folder)
    var rng = SplitMix64(state: seed)
    // The first row of each kind, then random rows (pairs among them, as they are most of the list).
    var kinds: [String: Int] = [:]
    for (i, row) in rows.enumerated() { if let kind = row["kind"] as? String, kinds[kind] == nil { kinds[kind] = i } }
    let picks = Array(kinds.values) + (0..<sample).map { _ in Int(rng.next() % UInt64(rows.count)) }
    for r in picks {
      let row = rows[r]
      let steps = try #require(row["steps"] as? [Any])
      let after = try runAmounts(try yaml(header: header, steps: baseSteps + steps), in: folder)
      var listed: [String: Double] = [:]
      for effect in try #require(row["kommuner"] as? [[String: Any]]) {
        listed[try #require(effect["kommun"] as? String)] = try #require(effect["change_kr"] as? Double)
      }
      for kommun in Set(base.keys).union(after.keys).union(listed.keys) {
        let expected = (after[kommun] ?? 0) - (base[kommun] ?? 0)
        #expect(abs((listed[kommun] ?? 0) - expected) <= 1e-6, "\(row["id"] ?? r), \(kommun)")
      }
    }
  }

  @Test(arguments: ["persist", "drop"])
  func sampledRowsAndPairsReplayWithRun(policy: String) throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Göteborg and Norrköping have a delisted area each in 2022; Lund is not yet eligible.
    let header = "name: Replay\nbaseline:\n  year: 2022\ndelisted: \(policy)\n"
    let file = folder.appendingPathComponent("sweep.yaml")
    try (header + "sweep:\n  kommuner: [Göteborg, Norrköping, Örebro]\n  new_kommuner: [Lund]\n  pairs: true\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let doc = try Self.sweep([file.path])
    let kinds = Set((try #require(doc["changes"] as? [[String: Any]])).compactMap { $0["kind"] as? String })
    #expect(kinds == ["reclassify", "delist", "relist", "add", "population", "pair"])
    try Self.replay(doc, header: header, baseSteps: [], sample: 30, seed: policy == "drop" ? 2 : 1, in: folder)
  }

  @Test func aFileBaseKeepsItsOwnChangesAndSweepSection() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let doc = try Self.sweep([Self.root.appendingPathComponent("scenarios/sweep-example.yaml").path])
    let base = try #require(doc["base"] as? [String: Any])
    #expect(base["scenario"] as? String == "Vad flyttar Örebros pengar?")
    let rows = try #require(doc["changes"] as? [[String: Any]])
    let ids = rows.compactMap { $0["id"] as? String }
    #expect(ids.contains("add:Lund:SUO") && ids.contains("add:Örebro:RO:Brickebacken"))
    #expect(!ids.contains { $0.hasPrefix("reclassify:") && !$0.contains("Vivalla") && !$0.contains("Oxhagen") })
    try Self.replay(
      doc, header: "name: Replay\nbaseline:\n  year: 2022\n", baseSteps: [], sample: 10, seed: 3, in: folder)
    // A file with its own changes: the sweep starts after them.
    let reclassify = try Self.sweep([Self.root.appendingPathComponent("scenarios/reclassify.yaml").path])
    let own = try #require((reclassify["base"] as? [String: Any])?["changes"] as? [Any])
    #expect(own.count == 1)
    try Self.replay(
      reclassify, header: "name: Replay\nbaseline:\n  year: 2021\n", baseSteps: own, sample: 10, seed: 4, in: folder)
  }

  @Test func theTableRanksTheChangesByTheirEffectOnAKommun() throws {
    let doc = try Self.sweep(["--year", "2021"])
    let rows = try #require(doc["changes"] as? [[String: Any]])
    let effects = rows.map { row -> (String, Double) in
      let effect = (row["kommuner"] as? [[String: Any]])?.first { $0["kommun"] as? String == "Örebro" }
      return (row["id"] as? String ?? "", effect?["change_kr"] as? Double ?? 0)
    }
    let worst = try #require(effects.min { $0.1 < $1.1 })
    let best = try #require(effects.max { $0.1 < $1.1 })
    let table = CLIHarness.run(["sweep", "--year", "2021", "--kommun", "Örebro", "--top", "3"]).out
    let lines = table.split(separator: "\n").map(String.init)
    let losses = try #require(lines.firstIndex { $0.hasPrefix("Largest losses") })
    let gains = try #require(lines.firstIndex { $0.hasPrefix("Largest gains") })
    #expect(lines[losses + 3].contains(worst.0), "the largest loss first: \(worst.0)")
    #expect(lines[gains + 3].contains(best.0), "the largest gain first: \(best.0)")
    #expect(gains - losses == 6, "the title, a header, a rule and three losses")
    // Without --kommun: each kommun's extremes, the same as the JSON's.
    let overview = CLIHarness.run(["sweep", "--year", "2021"]).out
    let extremes = try #require(doc["extremes"] as? [[String: Any]])
    let orebro = try #require(extremes.first { $0["kommun"] as? String == "Örebro" })
    #expect((orebro["largest_loss"] as? [String: Any])?["id"] as? String == worst.0)
    let line = try #require(overview.split(separator: "\n").first { $0.hasPrefix("Örebro") })
    #expect(line.contains(worst.0) && line.contains(best.0))
  }

  @Test func csvIsLongAndHTMLHasTheHeatmapAndTornadoes() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("sweep.csv")
    let html = folder.appendingPathComponent("sweep.html")
    let outcome = CLIHarness.run([
      "sweep", "--year", "2021", "--format", "json", "--csv", csv.path, "--report", html.path,
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    let rows = try #require(doc["changes"] as? [[String: Any]])
    let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n")
    #expect(lines.first == "change,kind,kommun,change_kr,change_pct")
    #expect(lines.count == 1 + rows.reduce(0) { $0 + (($1["kommuner"] as? [Any])?.count ?? 0) })
    let page = try String(contentsOf: html, encoding: .utf8)
    #expect(page.contains("Heatmap") && page.contains("Tornado per kommun"))
    #expect(
      page.components(separatedBy: "<figure>").count - 1
        == (doc["base"] as? [String: Any]).flatMap {
          ($0["kommuner"] as? [Any])?.count
        })
  }

  @Test func rowsDoNotDependOnTheThreadCount() throws {
    let file = Self.root.appendingPathComponent("scenarios/sweep-example.yaml").path
    let one = try Self.sweep([file, "--threads", "1"])
    let two = try Self.sweep([file, "--threads", "2"])
    let a = try JSONSerialization.data(withJSONObject: one["changes"] as Any, options: [.sortedKeys])
    let b = try JSONSerialization.data(withJSONObject: two["changes"] as Any, options: [.sortedKeys])
    #expect(a == b)
  }

  @Test(arguments: [
    (["--year", "2021", "--kommun", "Orebro"], "did you mean 'Örebro'?"),
    (["--year", "2021", "--new-kommuner", "Örebro"], "Örebro is already eligible"),
    (["--year", "2021", "--new-kommuner", "Goteborg"], "unknown kommun 'Goteborg'"),
    (["scenarios/reclassify.yaml", "--year", "2021"], "either a scenario file or --year"),
  ])
  func badFlagsAreClearErrors(arguments: [String], message: String) {
    let outcome = CLIHarness.run(
      ["sweep"] + arguments.map { $0.hasPrefix("scenarios/") ? Self.root.appendingPathComponent($0).path : $0 })
    #expect(outcome.status == 2)
    #expect(outcome.err.contains(message), "\(outcome.err)")
    #expect(outcome.out.isEmpty)
  }
}
