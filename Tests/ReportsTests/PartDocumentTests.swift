import AllocationModel
import MonteCarlo
import Reports
import ScenarioFormat
import TestSupport
import Testing

/// Shard parts as JSON (``MonteCarloPartDocument``, ``PackedNumbers``): every number back bit for bit, and
/// a merge of parts read back from JSON gives the document of the one-process streaming run.
@Suite struct PartDocumentTests {
  @Test func packedDoublesComeBackBitForBit() {
    var rng = SplitMix64(state: 14)
    for length in [0, 1, 2, 3, 17, 1000] {
      var values = (0..<length).map { _ in Double(bitPattern: rng.next()) }
      values += [0, -0.0, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude, .nan]
      let back = PackedNumbers.decodeDoubles(PackedNumbers.encode(doubles: values))
      #expect(back?.map(\.bitPattern) == values.map(\.bitPattern))
    }
  }

  @Test func packedCountsComeBackWithTheirRunsOfZeros() {
    var rng = SplitMix64(state: 15)
    for _ in 0..<200 {
      let length = Int(rng.next() % 300)
      let counts = (0..<length).map { _ -> Int in
        switch rng.next() % 4 {
        case 0, 1: 0
        case 2: Int(rng.next() % 200)
        default: Int(rng.next() >> 2)
        }
      }
      #expect(PackedNumbers.decodeCounts(PackedNumbers.encode(counts: counts)) == counts)
    }
    #expect(PackedNumbers.decodeCounts(PackedNumbers.encode(counts: [Int](repeating: 0, count: 16386))) != nil)
  }

  @Test func damagedPackingIsRefused() {
    #expect(PackedNumbers.decodeDoubles("not base64!") == nil)
    #expect(PackedNumbers.decodeDoubles("AAAA") == nil)  // three bytes: not a whole double
    #expect(PackedNumbers.decodeCounts("gA==") == nil)  // a varint cut short
    #expect(PackedNumbers.decodeCounts("AAA=") == nil)  // a run of zero zeros
  }

  @Test func aMergeOfPartsReadBackIsTheOneProcessDocument() throws {
    let s = try ReportsFixtures.load(ReportsFixtures.monteCarloYAML)
    let spec = try #require(s.uncertainty)
    let input = SimulationInput(
      basis: s.scenarioBasis, key: s.key, delisted: s.delisted, splits: s.splits, population: s.scenarioPopulation,
      baseline: s.baselineAllocation, uncertainty: spec)
    let one = try MonteCarloEngine.run(input, options: EngineOptions(threads: 2, mode: .streaming))
    let frame = MonteCarloDocument.Frame(scenario: s, draws: spec.draws, seed: spec.seed)
    let parts = try (0..<3).map { i in
      let state = try MonteCarloEngine.runShard(
        input, shard: try #require(Shard(index: i, count: 3)), options: .init(threads: 1))
      let doc = MonteCarloPartDocument(engine: ReportsFixtures.engine, frame: frame, state: state)
      let back = try JSONText.decode(MonteCarloPartDocument.self, from: Array(try JSONText.encode(doc).utf8))
      #expect(back == doc)
      return back
    }
    let merged = try MonteCarloEngine.merge(parts.map(\.state))
    var expected = MonteCarloDocument(scenario: s, result: one, engine: ReportsFixtures.engine)
    var actual = MonteCarloDocument(frame: parts[0].frame, result: merged, engine: ReportsFixtures.engine)
    expected.timing = actual.timing
    expected.threads = actual.threads
    #expect(actual == expected)
    actual.kommuner.removeAll()
    #expect(actual != expected)
  }

  @Test func aPartOfAnotherKindIsRefused() throws {
    let text = #"{"kind": "sweep_part", "part": {}}"#
    #expect(PartKind.of(json: Array(text.utf8)) == nil)
    #expect(throws: DecodingError.self) { try JSONText.decode(MonteCarloPartDocument.self, from: Array(text.utf8)) }
  }
}
