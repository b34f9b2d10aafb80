import Foundation
import ScenarioFormat
import Testing

/// A seeded random mutator over the shipped scenarios: the reader must never crash or hang, and every
/// failure must carry at least one diagnostic with a location.
@Suite struct MutationFuzzTests {
  /// SplitMix64, so the mutations are the same on every run.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Bytes that make interesting YAML: structure, quotes, Swedish letters, Latin-1, tabs.
  private static let alphabet: [[UInt8]] = [
    Array(":".utf8), Array("- ".utf8), Array("[".utf8), Array("]".utf8), Array("{".utf8), Array("}".utf8),
    Array(",".utf8), Array("\"".utf8), Array("'".utf8), Array("\n".utf8), Array("  ".utf8), Array("\t".utf8),
    Array("#".utf8), Array("&a".utf8), Array("*a".utf8), Array("ö".utf8), [0xF6], Array("-1".utf8),
    Array("1e308".utf8), Array("99999999999999999999".utf8), Array("null".utf8), Array("~".utf8),
  ]

  @Test func mutatedScenariosNeverCrash() throws {
    var rng = SplitMix64(state: 20_211_231)
    let sources = try ScenarioTestSupport.shipped.map { try [UInt8](Data(contentsOf: $0)) }
    var failures = 0
    for iteration in 0..<1500 {
      var bytes = sources[iteration % sources.count]
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
      do {
        _ = try ScenarioLoader.load(file: "fuzz.yaml", bytes: bytes)
      } catch {
        failures += 1
        #expect(!error.diagnostics.isEmpty)
        #expect(error.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
      }
    }
    #expect(failures > 0, "the mutator should break most files")
  }
}
