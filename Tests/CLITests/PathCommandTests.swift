import Foundation
import Testing

/// `fordela run` on the shipped multi-year paths example (`uncertainty.updates: 3`), end to end.
@Suite struct PathCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let example = root.appendingPathComponent("scenarios/paths-example.yaml").path

  @Test func jsonHasEveryUpdateAndIsTheSameForAnyThreadCount() throws {
    let runs = [1, 2].map { threads in
      CLIHarness.run(["run", Self.example, "--draws", "9000", "--format", "json", "--threads", "\(threads)"])
    }
    for run in runs { #expect(run.status == 0, "\(run.err)") }
    let docs = try runs.map { run in
      try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    }
    let updates = try #require(docs[0]["updates"] as? [[String: Any]])
    #expect(updates.map { $0["update"] as? Int } == [1, 2, 3])
    #expect((updates[2]["kommuner"] as? [[String: Any]])?.count == 26)
    #expect((docs[0]["uncertainty"] as? [String: Any])?["updates"] as? Int == 3)
    for doc in docs {
      let last = try JSONSerialization.data(withJSONObject: updates[2]["kommuner"] ?? [], options: .sortedKeys)
      let top = try JSONSerialization.data(withJSONObject: doc["kommuner"] ?? [], options: .sortedKeys)
      #expect(last == top)
      let own = try JSONSerialization.data(withJSONObject: doc["updates"] ?? [], options: .sortedKeys)
      #expect(own == (try JSONSerialization.data(withJSONObject: updates, options: .sortedKeys)))
    }
  }

  @Test func theTableShowsTheUpdateAsked() {
    let last = CLIHarness.run(["run", Self.example, "--draws", "2000", "--kommun", "Örebro"])
    #expect(last.status == 0, "\(last.err)")
    #expect(last.out.contains("Each draw is a path of 3 list updates; the rows show update 3"))
    let first = CLIHarness.run(["run", Self.example, "--draws", "2000", "--kommun", "Örebro", "--update", "1"])
    #expect(first.status == 0, "\(first.err)")
    #expect(first.out.contains("the rows show update 1 (--update 1)"))
    #expect(first.out != last.out)
  }

  @Test func updateOutsideThePathOrOnADeterministicRunIsRefused() {
    let beyond = CLIHarness.run(["run", Self.example, "--draws", "100", "--update", "0"])
    #expect(beyond.status == 2 && beyond.err.contains("--update must be from 1 to 3, the run's list updates per draw"))
    let deterministic = CLIHarness.run([
      "run", Self.root.appendingPathComponent("scenarios/reclassify.yaml").path, "--update", "1",
    ])
    #expect(deterministic.status == 2 && deterministic.err.contains("--update"))
  }
}
