import Foundation
import Testing

/// Memory and time: a run that does not fit `--memory` streams or stops before allocating, and Ctrl-C
/// stops a long run promptly without leaving a partial file.
@Suite struct ResourceLimitTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let standard = root.appendingPathComponent("scenarios/standard-uncertainty.yaml").path

  /// A fresh temporary folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-limits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func aRunThatDoesNotFitTheMemoryFlagStreams() throws {
    // Exact statistics need 200 000 draws × 26 kommuner × 8 bytes ≈ 40 MiB, more than 16M; streaming
    // about 10 MiB (MonteCarloEngine.streamingMemory).
    let outcome = CLIHarness.run(
      ["run", Self.standard, "--draws", "200000", "--memory", "16M", "--format", "json", "--threads", "2"])
    #expect(outcome.status == 0, "\(outcome.err)")
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    #expect(doc["statistics_mode"] as? String == "streaming")
  }

  @Test func aRunThatDoesNotFitEvenStreamingStopsBeforeAllocating() throws {
    // 10^12 draws would take days and need ≈ 70 GiB even streaming: the estimate stops it at once.
    let started = ContinuousClock.now
    let outcome = CLIHarness.run(["run", Self.standard, "--draws", "1000000000000", "--memory", "1G"])
    #expect(ContinuousClock.now - started < .seconds(5))
    #expect(outcome.status == 2)
    #expect(outcome.err.hasPrefix("fordela: error: the run needs at least ") && outcome.err.contains("(--memory)"))
  }

  @Test func ctrlCStopsALongRunPromptlySaysSoAndLeavesNoFile() throws {
    // The result is only ever written after the run, through a temporary file and a rename (AtomicFile),
    // so there is nothing partial to clean up; fordela says so and exits 130.
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("result.json")
    let errors = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-ctrl-c-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: errors) }
    let child = try SignalledProcess(
      executable: CLIHarness.executable.path,
      arguments: ["run", Self.standard, "--draws", "200000000", "--output", output.path, "--quiet"],
      errorPath: errors.path)
    Thread.sleep(forTimeInterval: 1)
    #expect(child.wait(timeout: .zero) == nil, "200 million draws take minutes; the run must still be going")
    let interrupted = ContinuousClock.now
    child.send(SIGINT)
    let status = child.wait(timeout: .seconds(5))
    if status == nil { child.killAndReap() }
    #expect(status != nil, "fordela did not stop within 5 s of SIGINT")
    #expect(ContinuousClock.now - interrupted < .seconds(5))
    #expect(status.flatMap(SignalledProcess.exitStatus) == 130)
    #expect(try String(contentsOf: errors, encoding: .utf8) == "fordela: interrupted: nothing written\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
