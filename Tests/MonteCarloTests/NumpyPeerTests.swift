import Foundation
import MonteCarlo
import TestSupport
import Testing

/// The standard workload against the numpy peer (`../shared/peers/numpy_mc.py`): different random
/// streams, so the statistics must agree within Monte Carlo error.
@Suite struct NumpyPeerTests {
  /// `../shared/peers` beside the package root, found from this file's path.
  static let peers: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/peers")

  static var available: Bool {
    guard FileManager.default.fileExists(atPath: peers.appendingPathComponent("numpy_mc.py").path) else {
      print("NumpyPeerTests: skipped, \(peers.path)/numpy_mc.py is absent")
      return false
    }
    guard (try? python(["-c", "import numpy"])) != nil else {
      print("NumpyPeerTests: skipped, python3 with numpy is not available")
      return false
    }
    return true
  }

  @discardableResult
  static func python(_ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    return data
  }

  @Test(.enabled(if: available, "needs ../shared/peers/numpy_mc.py and python3 with numpy"))
  func agreesWithNumpyWithinMonteCarloError() throws {
    let draws = 200_000
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-peer-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let areas = folder.appendingPathComponent("areas.tsv").path
    let population = folder.appendingPathComponent("pop.tsv").path
    try Self.python([Self.peers.appendingPathComponent("make_inputs.py").path, areas, population])
    let json = try Self.python([
      Self.peers.appendingPathComponent("numpy_mc.py").path, areas, population, "\(draws)", "7",
    ])
    let peer = try JSONDecoder().decode(PeerResult.self, from: json)

    // A quantile is compared through its level: the peer's p05 must lie between our quantiles at
    // 5 % ± 5σ of the difference of two empirical CDFs (σ = √(2·q(1−q)/n)), widened by 1 kr. This
    // stays valid where the distribution has gaps (Landskrona's one SUO area downgrades with
    // probability exactly 0.05, so its p05 sits on a jump).
    let delta = 5 * (2 * 0.05 * 0.95 / Double(draws)).squareRoot()
    var options = EngineOptions(threads: 2)
    options.extraQuantileLevels = [0.05 - delta, 0.05 + delta, 0.95 - delta, 0.95 + delta]
    let ours = try MonteCarloEngine.run(StandardWorkload.input(draws: draws), options: options)
    #expect(ours.kommuner.count == peer.kommuner.count)
    for k in ours.kommuner {
      let p = try #require(peer.kommuner[k.kommun], "\(k.kommun) missing in the peer")
      // Two independent estimates: the difference has √2 times each one's standard error.
      let meanTolerance = 5 * 2.0.squareRoot() * k.sd / Double(draws).squareRoot()
      #expect(abs(k.mean - p.mean) <= meanTolerance, "\(k.kommun) mean \(k.mean) vs \(p.mean)")
      #expect(abs(k.sd / p.sd - 1) < 0.02, "\(k.kommun) sd")
      let q = k.extraQuantiles
      #expect(q[0] - 1 <= p.p05 && p.p05 <= q[1] + 1, "\(k.kommun) p05 \(p.p05) outside [\(q[0]), \(q[1])]")
      #expect(q[2] - 1 <= p.p95 && p.p95 <= q[3] + 1, "\(k.kommun) p95 \(p.p95) outside [\(q[2]), \(q[3])]")
      #expect(abs(k.pLoss - p.p_loss) <= 5 * (2 * 0.25 / Double(draws)).squareRoot(), "\(k.kommun) P(loss)")
    }
  }

  struct PeerResult: Decodable {
    struct Kommun: Decodable {
      var mean: Double
      var sd: Double
      var p05: Double
      var p50: Double
      var p95: Double
      var p_loss: Double
    }
    var kommuner: [String: Kommun]
  }
}
