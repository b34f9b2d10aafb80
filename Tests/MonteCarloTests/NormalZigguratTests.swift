import FordelaGSL
import Foundation
import Testing

@testable import MonteCarlo

/// The inline ziggurat against the Normal distribution and against GSL's own ziggurat.
@Suite struct NormalZigguratTests {
  @Test func momentsAndTailsAreNormal() throws {
    let stream = try RandomStream(seed: 99, stream: 0)
    let normal = NormalZiggurat()
    let n = 400_000
    var ours: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<n {
      ours.append(normal.next(stream))
      theirs.append(stream.gaussian(sd: 1))
    }
    for sample in [ours, theirs] {
      let mean = sample.reduce(0, +) / Double(n)
      let variance = sample.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
      let kurtosis = sample.reduce(0) { $0 + pow($1 - mean, 4) } / Double(n) / (variance * variance)
      #expect(abs(mean) < 5 / Double(n).squareRoot())
      #expect(abs(variance - 1) < 5 * (2 / Double(n)).squareRoot())
      #expect(abs(kurtosis - 3) < 5 * (24 / Double(n)).squareRoot())
      // Two-sided tail probabilities: erfc(t/√2).
      for t in [1.0, 2.0, 3.0, 3.5] {
        let expected = erfc(t / 2.0.squareRoot())
        let observed = Double(sample.filter { abs($0) > t }.count) / Double(n)
        #expect(
          abs(observed - expected) < 5 * (expected * (1 - expected) / Double(n)).squareRoot() + 1e-6, "|z| > \(t)")
      }
    }
  }
}

/// The exact mode's first pass against GSL's `gsl_stats_mean` and `gsl_stats_sd_m`.
@Suite struct StandardDeviationTests {
  @Test func agreesWithGSL() throws {
    let stream = try RandomStream(seed: 5, stream: 5)
    let data = (0..<100_000).map { _ in 1_000_000 + 50_000 * stream.gaussian(sd: 1) }
    let ours = data.withUnsafeBufferPointer { ExactStatistics.summarize($0.baseAddress!, n: $0.count, baseline: 0) }
    let gslMean = data.withUnsafeBufferPointer { Statistics.mean($0) }
    let gsl = data.withUnsafeBufferPointer { Statistics.standardDeviation($0, mean: gslMean) }
    #expect(abs(ours.mean - gslMean) < 1e-9)
    #expect(abs(ours.sd / gsl - 1) < 1e-12)
    #expect(ours.counts.reduce(0, +) == data.count)
    #expect(ours.tally.minimum == data.min() && ours.tally.maximum == data.max())
  }
}
