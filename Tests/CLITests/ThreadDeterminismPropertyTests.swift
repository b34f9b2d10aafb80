import Foundation
import MonteCarlo
import TestSupport
import Testing

/// Random valid Monte Carlo scenarios (`RandomScenario`, fixed seed) give the same statistics, to the bit,
/// with 1, 2 and 3 threads, through `fordela run`.
///
/// The engine's own test on the standard workload is `ReproducibilityTests.bitIdenticalAcrossThreadCounts`.
@Suite struct ThreadDeterminismPropertyTests {
  /// Draws over three chunks, the last one short, so that threads really split the work.
  static let draws = 2 * MonteCarloEngine.chunkSize + 77

  @Test func randomScenariosDoNotDependOnTheThreadCount() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-threads-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var rng = SplitMix64(state: 7_004)
    for i in 0..<4 {
      var random = RandomScenario.make(using: &rng, maximumChanges: 4)
      random.uncertainty = RandomScenario.uncertainty(draws: Self.draws, using: &rng)
      let file = folder.appendingPathComponent("random-\(i).yaml")
      try random.yaml().write(to: file, atomically: true, encoding: .utf8)
      func kommuner(threads: Int) throws -> NSArray {
        let outcome = CLIHarness.run(
          ["run", file.path, "--format", "json", "--threads", "\(threads)", "--internal-checks", "--quiet"])
        #expect(outcome.status == 0, "\(outcome.err)\n\(random.yaml())")
        let doc = try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any]
        return try #require(doc?["kommuner"] as? NSArray)
      }
      let one = try kommuner(threads: 1)
      #expect(one.count > 0)
      for threads in [2, 3] { #expect(try kommuner(threads: threads) == one, "\(threads) threads\n\(random.yaml())") }
    }
  }
}
