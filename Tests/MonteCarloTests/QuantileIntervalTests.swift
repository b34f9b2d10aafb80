import AllocationModel
import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import MonteCarlo

/// The distribution-free 95 % intervals of quantiles: their ranks against the binomial distribution summed
/// by hand, and their coverage on samples of known distributions through the engine's exact statistics.
@Suite struct QuantileIntervalTests {
  /// P(B ≤ j) for j in 0..<n and B ~ Binomial(n, p), each term from log-gamma (no GSL), summed in order.
  static func binomialCDF(n: Int, p: Double) -> [Double] {
    var sum = 0.0
    return (0..<n).map { i in
      let logTerm =
        lgamma(Double(n) + 1) - lgamma(Double(i) + 1) - lgamma(Double(n - i) + 1) + Double(i) * log(p)
        + Double(n - i) * log1p(-p)
      sum += exp(logTerm)
      return sum
    }
  }

  /// The ranks by the definition: the last j with F(j) ≤ 0.025 and the first with F(j) ≥ 0.975.
  static func ranksByHand(level: Double, n: Int) -> (lower: Int, upper: Int)? {
    let cdf = binomialCDF(n: n, p: level)
    guard cdf[0] <= 0.025, let upper = cdf.firstIndex(where: { $0 >= 0.975 }) else { return nil }
    let lower = cdf.lastIndex(where: { $0 <= 0.025 }) ?? 0
    return (lower, upper)
  }

  @Test func theMedianOfAHundredIsBetweenTheFortiethAndTheSixtyFirst() throws {
    // The textbook interval (e.g. Conover, Practical Nonparametric Statistics, 3rd ed., section 3.2):
    // x₍₄₀₎ … x₍₆₁₎ (1-based), coverage P(40 ≤ B ≤ 60) = 0.9648 for B ~ Binomial(100, 0.5).
    let ranks = try #require(try QuantileInterval.ranks(level: 0.5, n: 100))
    #expect(ranks.lower == 39 && ranks.upper == 60)
    let coverage = try QuantileInterval.coverage(level: 0.5, n: 100, ranks: ranks)
    #expect(abs(coverage - 0.9648) < 5e-5)
  }

  @Test func ranksAreThoseOfTheBinomialSummedByHand() async {
    let cases = zip(Gen.int(in: 1...400), Gen.int(in: 1...99))
    await propertyCheck(count: 200, input: cases) { n, percent in
      let level = Double(percent) / 100
      let expected = Self.ranksByHand(level: level, n: n)
      let got = try QuantileInterval.ranks(level: level, n: n)
      #expect(got?.lower == expected?.lower && got?.upper == expected?.upper, "n \(n), level \(level)")
      if let got { #expect(try QuantileInterval.coverage(level: level, n: n, ranks: got) >= 0.95) }
    }
  }

  @Test func p5NeedsSeventyTwoDraws() throws {
    #expect(try QuantileInterval.ranks(level: 0.05, n: 71) == nil)
    #expect(try QuantileInterval.ranks(level: 0.05, n: 72) != nil)
    #expect(UncertaintySpec.Limits.precisionMinimumDraws == 72)
    // Levels 0 and 1 have no interval at any size; large runs have one (n beyond 32 bits included).
    #expect(try QuantileInterval.ranks(level: 0, n: 1_000) == nil)
    #expect(try QuantileInterval.ranks(level: 1, n: 1_000) == nil)
    let huge = try #require(try QuantileInterval.ranks(level: 0.05, n: 10_000_000_000))
    #expect(huge.lower < 500_000_000 && huge.upper > 500_000_000 && huge.upper - huge.lower < 100_000)
  }

  /// The share of `replications` samples of `n` whose exact-mode interval holds the true quantile, per level.
  static func coverage(
    replications: Int, n: Int, seed: UInt64, truth: [Double], draw: (inout SplitMix64) -> Double
  ) throws -> [Double] {
    var rng = SplitMix64(state: seed)
    var covered = [Int](repeating: 0, count: truth.count)
    for _ in 0..<replications {
      let values = (0..<n).map { _ in draw(&rng) }
      let k = try values.withUnsafeBufferPointer {
        try ExactStatistics.kommun(name: "K", baseline: 0, column: $0, histogramBins: 10, extraLevels: [])
      }
      for (i, interval) in k.quantileIntervals.enumerated() where interval?.contains(truth[i]) == true {
        covered[i] += 1
      }
    }
    return covered.map { Double($0) / Double(replications) }
  }

  static func uniform(_ rng: inout SplitMix64) -> Double { Double(rng.next() >> 11) * 0x1.0p-53 }

  @Test func uniformSamplesAreCoveredNinetyFivePercentOfTheTime() throws {
    // Uniform(0, 1): the quantile at level q is q. 2 000 samples of 400 (p01 and p99 have intervals from 367).
    let got = try Self.coverage(replications: 2_000, n: 400, seed: 11, truth: Quantiles.levels, draw: Self.uniform)
    for (level, share) in zip(Quantiles.levels, got) { #expect(share >= 0.93, "level \(level)") }
    // With 300 draws, p01 and p99 have none, the others still do.
    let few = try Self.coverage(replications: 1, n: 300, seed: 11, truth: Quantiles.levels, draw: Self.uniform)
    #expect(few[0] == 0 && few[6] == 0)
    let k = try [Double](repeating: 1, count: 300).withUnsafeBufferPointer {
      try ExactStatistics.kommun(name: "K", baseline: 0, column: $0, histogramBins: 10, extraLevels: [])
    }
    #expect(k.quantileIntervals.map { $0 == nil } == [true, false, false, false, false, false, true])
  }

  @Test func normalSamplesAreCoveredNinetyFivePercentOfTheTime() throws {
    // Normal(10, 3) by Box–Muller; its quantiles from the standard Normal's (z of 1, 5, 25 … 99 %).
    let z = [-2.326_347_874_040_841, -1.644_853_626_951_472, -0.674_489_750_196_081_7, 0]
    let truth = (z + z.dropLast().reversed().map { -$0 }).map { 10 + 3 * $0 }
    let got = try Self.coverage(replications: 1_500, n: 1_000, seed: 12, truth: truth) { rng in
      let u = 1 - Self.uniform(&rng)
      return 10 + 3 * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * Self.uniform(&rng))
    }
    for (level, share) in zip(Quantiles.levels, got) { #expect(share >= 0.93, "level \(level)") }
  }

  @Test func lumpySamplesAreStillCovered() throws {
    // Atoms: 0 with probability 0.9, −100 with 0.05, 50 with 0.05, so p5 lies at the edge of the atom −100.
    // The closed interval of order statistics covers for any distribution, atoms included.
    let truth = [-100.0, -100, 0, 0, 0, 0, 50]
    let got = try Self.coverage(replications: 1_500, n: 400, seed: 13, truth: truth) { rng in
      let u = Self.uniform(&rng)
      return u < 0.05 ? -100 : (u < 0.95 ? 0 : 50)
    }
    for (level, share) in zip(Quantiles.levels, got) { #expect(share >= 0.93, "level \(level)") }
  }

  @Test func streamingIntervalsHoldTheExactOnes() throws {
    let input = StandardWorkload.input(draws: 3 * MonteCarloEngine.chunkSize + 99)
    let exact = try MonteCarloEngine.run(input, options: .init(threads: 2, mode: .exact))
    let streaming = try MonteCarloEngine.run(input, options: .init(threads: 2, mode: .streaming))
    guard case .streaming(let resolution) = streaming.mode else {
      Issue.record("not a streaming run")
      return
    }
    for (e, s) in zip(exact.kommuner, streaming.kommuner) {
      #expect(e.quantileIntervals.count == 7 && s.quantileIntervals.count == 7)
      for (a, b) in zip(e.quantileIntervals, s.quantileIntervals) {
        let a = try #require(a)
        let b = try #require(b)
        // Widened to the edges of their fine bins: no narrower, and at most a bin wider at each end.
        let slack = 1e-9 * max(1, abs(a.lowerBound), abs(a.upperBound))
        #expect(b.lowerBound <= a.lowerBound + slack && b.upperBound >= a.upperBound - slack, "\(e.kommun)")
        #expect(a.lowerBound - b.lowerBound <= resolution + slack && b.upperBound - a.upperBound <= resolution + slack)
      }
    }
  }

  @Test func everyIntervalHoldsItsQuantile() throws {
    let result = try MonteCarloEngine.run(StandardWorkload.input(draws: 20_000), options: .init(threads: 2))
    for k in result.kommuner {
      let quantiles = [k.p01, k.p05, k.p25, k.p50, k.p75, k.p95, k.p99]
      for (q, interval) in zip(quantiles, k.quantileIntervals) {
        let interval = try #require(interval)
        #expect(interval.contains(q) && interval.lowerBound >= k.min && interval.upperBound <= k.max)
      }
    }
  }
}
