import AllocationModel
import TestSupport
import Testing

@testable import MonteCarlo

/// A precision target: chunks are added until every kommun's mean and p5 are known to within it at 95 %.
@Suite struct PrecisionTests {
  /// The standard workload's population growth alone (smooth changes), at most `draws` draws.
  static func input(precisionKr: Double, draws: Int = 300_000) -> SimulationInput {
    StandardWorkload.input(
      UncertaintySpec(
        draws: draws, seed: 20_211_231, populationGrowth: .init(mean: 0.01, sd: 0.01), precisionKr: precisionKr))
  }

  @Test func stopsAtTheSameDrawsWithTheSameResultsForAnyThreadCount() throws {
    let one = try MonteCarloEngine.run(Self.input(precisionKr: 1_500), options: .init(threads: 1))
    let two = try MonteCarloEngine.run(Self.input(precisionKr: 1_500), options: .init(threads: 2))
    let precision = try #require(one.precision)
    #expect(precision.reached && precision.maximumDraws == 300_000)
    // More than the first check, fewer than the maximum, whole chunks.
    #expect(one.draws > MonteCarloEngine.precisionFirstDraws && one.draws < 300_000)
    #expect(one.draws % MonteCarloEngine.chunkSize == 0 && precision.checks.last == one.draws)
    #expect(two.draws == one.draws && two.precision == one.precision && two.kommuner == one.kommuner)
  }

  @Test func aRunStoppedByPrecisionIsAPlainRunOfThoseDraws() throws {
    let stopped = try MonteCarloEngine.run(Self.input(precisionKr: 1_500), options: .init(threads: 2))
    var plain = Self.input(precisionKr: 1_500)
    plain.uncertainty.precisionKr = nil
    plain.uncertainty.draws = stopped.draws
    let reference = try MonteCarloEngine.run(plain, options: .init(threads: 2))
    #expect(reference.precision == nil && reference.draws == stopped.draws)
    #expect(reference.kommuner == stopped.kommuner)
  }

  @Test func theAchievedHalfWidthsAreWithinTheTarget() throws {
    for target in [1_500.0, 4_000] {
      let result = try MonteCarloEngine.run(Self.input(precisionKr: target), options: .init(threads: 2))
      let precision = try #require(result.precision)
      #expect(precision.reached && precision.meanHalfWidthKr <= target && precision.p05HalfWidthKr <= target)
      for k in result.kommuner {
        #expect(PrecisionOutcome.z975 * k.standardError <= target, "\(k.kommun)")
        let p05 = try #require(k.quantileIntervals[1])
        #expect(k.p05 - p05.lowerBound <= target && p05.upperBound - k.p05 <= target, "\(k.kommun)")
      }
      // Reached at the first check that had it: the check before did not.
      if precision.checks.count > 1 {
        var before = Self.input(precisionKr: target)
        before.uncertainty.precisionKr = nil
        before.uncertainty.draws = precision.checks[precision.checks.count - 2]
        let widest = PrecisionOutcome.widest(try MonteCarloEngine.run(before, options: .init(threads: 2)).kommuner)
        #expect(max(widest.mean, widest.p05) > target)
      }
    }
  }

  @Test func theMaximumWithoutThePrecisionIsSaid() throws {
    let result = try MonteCarloEngine.run(Self.input(precisionKr: 100, draws: 40_000), options: .init(threads: 2))
    let precision = try #require(result.precision)
    #expect(!precision.reached && result.draws == 40_000)
    #expect(precision.checks == [MonteCarloEngine.precisionFirstDraws, 40_000])
    #expect(precision.meanHalfWidthKr > 100 || precision.p05HalfWidthKr > 100)
  }

  @Test func checksGrowByWholeChunksWithinBounds() {
    let chunk = MonteCarloEngine.chunkSize
    for (n, ratio) in [(32_768, 1.01), (32_768, 1.9), (32_768, 50), (100_000, 3), (65_536, .infinity)] {
      let next = MonteCarloEngine.nextCheck(after: n, ratio: ratio, maximum: 10_000_000)
      #expect(next % chunk == 0 && next >= n + n / 4 && next < 4 * n + chunk, "\(n) \(ratio)")
    }
    #expect(MonteCarloEngine.nextCheck(after: 32_768, ratio: 2, maximum: 50_000) == 50_000)
  }

  @Test func aTargetWithTooFewDrawsIsRefused() {
    #expect(throws: MonteCarloError.self) {
      try MonteCarloEngine.run(Self.input(precisionKr: 1_000, draws: 50), options: .init(threads: 1))
    }
  }
}
