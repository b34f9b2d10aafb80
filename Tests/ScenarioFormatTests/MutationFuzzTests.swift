import Foundation
import ScenarioFormat
import TestSupport
import Testing

/// A seeded random mutator over the shipped scenarios and the bad-input corpus: the reader must never
/// crash or hang, and every failure must carry at least one diagnostic with a location.
///
/// The run is bounded twice: by a number of iterations and by wall-clock time, whichever comes first,
/// so CI stays fast on a slow machine and the same seed always tries the same inputs in the same order.
/// Environment: `FORDELA_FUZZ_ITERATIONS` (default 10 000), `FORDELA_FUZZ_SECONDS` (default 10),
/// `FORDELA_FUZZ_SEED` (default 20211231), and `FORDELA_FUZZ_LAST_INPUT=path`, which writes each input
/// there before reading it, so that after a crash the file holds the input that caused it: add it to
/// `Tests/Fixtures/bad/` and fix the reader.
@Suite struct MutationFuzzTests {
  /// Bytes that make interesting YAML: structure, quotes, Swedish letters, Latin-1, tabs.
  private static let alphabet: [[UInt8]] = [
    Array(":".utf8), Array("- ".utf8), Array("[".utf8), Array("]".utf8), Array("{".utf8), Array("}".utf8),
    Array(",".utf8), Array("\"".utf8), Array("'".utf8), Array("\n".utf8), Array("  ".utf8), Array("\t".utf8),
    Array("#".utf8), Array("&a".utf8), Array("*a".utf8), Array("ö".utf8), [0xF6], Array("-1".utf8),
    Array("1e308".utf8), Array("99999999999999999999".utf8), Array("null".utf8), Array("~".utf8),
  ]

  /// The fewest iterations a run must complete; below it the time bound has hidden the fuzzer.
  static let minimumIterations = 1_000

  /// An integer setting from the environment, or its default.
  private static func setting(_ name: String, _ fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
  }

  /// The seed inputs: every shipped scenario and every YAML file of the bad-input corpus.
  private static func sources() throws -> [[UInt8]] {
    let bad = ScenarioTestSupport.root.appendingPathComponent("Tests/Fixtures/bad")
    let corpus = try FileManager.default.contentsOfDirectory(atPath: bad.path).filter { $0.hasSuffix(".yaml") }
      .sorted().map { bad.appendingPathComponent($0) }
    return try (ScenarioTestSupport.shipped + corpus).map { try [UInt8](Data(contentsOf: $0)) }
  }

  @Test func mutatedScenariosNeverCrash() throws {
    let iterations = Self.setting("FORDELA_FUZZ_ITERATIONS", 10_000)
    let deadline = ContinuousClock.now + .seconds(Self.setting("FORDELA_FUZZ_SECONDS", 10))
    let lastInput = ProcessInfo.processInfo.environment["FORDELA_FUZZ_LAST_INPUT"].map(URL.init(fileURLWithPath:))
    var rng = SplitMix64(state: UInt64(Self.setting("FORDELA_FUZZ_SEED", 20_211_231)))
    let sources = try Self.sources()
    var failures = 0
    var done = 0
    var slowest: (time: Duration, input: Int) = (.zero, 0)
    while done < iterations && (done < Self.minimumIterations || ContinuousClock.now < deadline) {
      var bytes = sources[done % sources.count]
      for _ in 0..<Int.random(in: 1...4, using: &rng) {
        let position = Int.random(in: 0...bytes.count, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0 where position < bytes.count:
          bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &rng)))
        case 1: bytes.insert(contentsOf: Self.alphabet.randomElement(using: &rng)!, at: position)
        default:
          if position < bytes.count { bytes[position] = Self.alphabet.randomElement(using: &rng)!.first! }
        }
      }
      if let lastInput { try Data(bytes).write(to: lastInput) }
      let started = ContinuousClock.now
      defer {
        let took = ContinuousClock.now - started
        if took > slowest.time { slowest = (took, done - 1) }
      }
      do {
        _ = try ScenarioLoader.load(file: "fuzz.yaml", bytes: bytes)
      } catch {
        failures += 1
        #expect(!error.diagnostics.isEmpty)
        #expect(error.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
      }
      done += 1
    }
    print(
      "MutationFuzzTests: \(done) inputs tried, \(failures) rejected with located diagnostics; "
        + "the slowest, number \(slowest.input), took \(slowest.time)")
    #expect(done >= min(iterations, Self.minimumIterations))
    #expect(slowest.time < .seconds(2), "input \(slowest.input) took \(slowest.time): a hang in the making")
    #expect(failures > done / 2, "the mutator should break most files")
  }
}
