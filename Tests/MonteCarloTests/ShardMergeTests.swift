import AllocationModel
import PropertyBased
import TestSupport
import Testing

@testable import MonteCarlo

/// Sharded runs (``MonteCarloEngine/runShard(_:shard:options:)``) merged (``MonteCarloEngine/merge(_:options:)``):
/// bit-identical to one process in streaming mode, for any number of shards and threads.
@Suite struct ShardMergeTests {
  /// Six chunks, the last one short.
  static let draws = 5 * MonteCarloEngine.chunkSize + 1234

  /// The statistics a merge must reproduce exactly: every kommun, the returned money, the mode and draws.
  static func same(_ a: MonteCarloResult, _ b: MonteCarloResult) -> Bool {
    a.kommuner == b.kommuner && a.meanReturnedKr == b.meanReturnedKr && a.mode == b.mode && a.draws == b.draws
      && a.seed == b.seed && a.chunkSize == b.chunkSize
  }

  /// The parts of every shard of `n`, each run with `threads`, in a scrambled order.
  static func parts(_ input: SimulationInput, shards n: Int, threads: Int) throws -> [StreamingPart] {
    let parts = try (0..<n).map { i in
      try MonteCarloEngine.runShard(
        input, shard: try #require(Shard(index: i, count: n)), options: .init(threads: threads))
    }
    return parts.enumerated().sorted { ($0.offset * 7) % n < ($1.offset * 7) % n }.map(\.element)
  }

  @Test(arguments: [1, 2])
  func mergedShardsEqualOneStreamingProcess(threads: Int) throws {
    let input = StandardWorkload.input(draws: Self.draws)
    let one = try MonteCarloEngine.run(input, options: .init(threads: 3 - threads, mode: .streaming))
    // 6 and 7 shards: one chunk each, then a shard with none; 11: five shards without a chunk.
    for n in [1, 2, 3, 4, 6, 7, 11] {
      let merged = try MonteCarloEngine.merge(try Self.parts(input, shards: n, threads: threads))
      #expect(Self.same(merged, one), "\(n) shards of \(threads) threads")
      #expect(merged.threads == n * threads)
    }
  }

  @Test func aRunShorterThanThePilotMergesToo() throws {
    // One short chunk: the pilot is the whole run, and every shard but the first holds nothing.
    let input = StandardWorkload.input(draws: 1000)
    let one = try MonteCarloEngine.run(input, options: .init(threads: 1, mode: .streaming))
    let merged = try MonteCarloEngine.merge(try Self.parts(input, shards: 3, threads: 2))
    #expect(Self.same(merged, one))
  }

  @Test func claimsAndTheirReturnedMoneyMergeInChunkOrder() throws {
    var spec = StandardWorkload.uncertainty(draws: Self.draws)
    spec.claims = .init(declineProbability: 0.2, wantsMoreProbability: 0.3)
    let input = StandardWorkload.input(spec)
    let one = try MonteCarloEngine.run(input, options: .init(threads: 2, mode: .streaming))
    #expect(one.meanReturnedKr > 0)
    for n in [2, 5] {
      let merged = try MonteCarloEngine.merge(try Self.parts(input, shards: n, threads: 1))
      #expect(Self.same(merged, one), "\(n) shards")
    }
  }

  @Test func aShardIsStreamingOnly() throws {
    #expect(throws: MonteCarloError.self) {
      try MonteCarloEngine.runShard(
        StandardWorkload.input(draws: 100), shard: .whole, options: .init(mode: .exact))
    }
  }

  @Test func partsOfOneRunAreRequiredOnceEach() throws {
    let input = StandardWorkload.input(draws: 3 * MonteCarloEngine.chunkSize)
    let parts = try Self.parts(input, shards: 3, threads: 1).sorted { $0.shard.index < $1.shard.index }
    #expect(MonteCarloEngine.mergeProblem(parts) == nil)
    #expect(MonteCarloEngine.mergeProblem([]) == "no parts")
    #expect(MonteCarloEngine.mergeProblem(Array(parts.prefix(2))) == "shard 2 of 3 is missing")
    #expect(MonteCarloEngine.mergeProblem(parts + [parts[1]]) == "shard 1 twice")
    let otherSeed = try MonteCarloEngine.runShard(
      StandardWorkload.input(draws: 3 * MonteCarloEngine.chunkSize, seed: 5), shard: parts[2].shard,
      options: .init(threads: 1))
    #expect(MonteCarloEngine.mergeProblem([parts[0], parts[1], otherSeed]) != nil)
    var damaged = parts[1]
    damaged.moments.removeLast()
    #expect(MonteCarloEngine.mergeProblem([parts[0], damaged, parts[2]])?.hasPrefix("shard 1: moments has") == true)
    #expect(throws: MonteCarloError.self) { try MonteCarloEngine.merge(Array(parts.prefix(2))) }
  }

  @Test func everyChunkBelongsToExactlyOneShard() async {
    await propertyCheck(count: 300, input: Gen.int(in: 0...500), Gen.int(in: 1...40)) { chunks, n in
      var owners = [Int](repeating: 0, count: chunks)
      for i in 0..<n {
        guard let shard = Shard(index: i, count: n) else { return }
        let list = shard.chunks(of: chunks)
        #expect(list.count == chunks / n + (i < chunks % n ? 1 : 0))
        for (position, chunk) in list.enumerated() {
          owners[chunk] += 1
          #expect(shard.owner(ofChunk: chunk) == (i, position))
          if position > 0 { #expect(chunk > list[position - 1]) }
        }
      }
      #expect(owners.allSatisfy { $0 == 1 })
    }
  }

  @Test func shardsOutsideTheirCountDoNotExist() {
    #expect(Shard(index: 0, count: 0) == nil)
    #expect(Shard(index: 2, count: 2) == nil)
    #expect(Shard(index: -1, count: 2) == nil)
    #expect(Shard(index: 1, count: 2) != nil)
  }
}
