import Benchmark
import Foundation

/// How long and how often the benchmarks run: full local runs, or short ones for CI.
///
/// `CI=true` or `FORDELA_BENCH_QUICK=1` in the environment selects the quick mode used by
/// `check-thresholds.sh`: a malloc count per iteration does not depend on how many iterations run,
/// so one or a few iterations are enough to check it.
public struct RunMode: Sendable {
  /// Whether the short CI runs are wanted.
  public var quick: Bool

  /// The mode the environment asks for.
  public static var current: RunMode {
    let environment = ProcessInfo.processInfo.environment
    return RunMode(quick: environment["CI"] == "true" || environment["FORDELA_BENCH_QUICK"] == "1")
  }

  /// A configuration with this mode's iteration limits and the malloc-count tolerance.
  ///
  /// - Parameters:
  ///   - unitsPerIteration: the units of work (allocations, scenarios, bases) in one iteration,
  ///     the scaling factor included; the malloc-count check fails from one more malloc per unit.
  ///   - heavy: a benchmark whose iteration takes seconds: one iteration, no warm-up, in quick mode.
  ///   - mallocTolerance: the allowed excess of mallocs per iteration, when half a malloc per unit of
  ///     work is not the right measure (the Monte Carlo hot loop must not allocate at all).
  public func configuration(
    metrics: [BenchmarkMetric], scalingFactor: BenchmarkScalingFactor = .one, timeUnits: BenchmarkTimeUnits,
    unitsPerIteration: Int, heavy: Bool = false, mallocTolerance: Int? = nil
  ) -> Benchmark.Configuration {
    .init(
      metrics: metrics,
      timeUnits: timeUnits,
      warmupIterations: heavy ? (quick ? 0 : 1) : (quick ? 1 : 3),
      scalingFactor: scalingFactor,
      maxDuration: quick ? .milliseconds(200) : (heavy ? .seconds(30) : .seconds(3)),
      maxIterations: heavy ? (quick ? 1 : 5) : (quick ? 3 : 10_000),
      thresholds: [
        .mallocCountTotal: Tolerance.mallocCount(allowed: mallocTolerance ?? unitsPerIteration / 2)
      ]
    )
  }
}

/// The tolerances of the threshold check; only deterministic metrics (malloc counts) are checked.
public enum Tolerance {
  /// Malloc counts are deterministic: by default the check allows less than half a malloc per unit
  /// of work, so one more malloc per allocation, scenario or basis is a regression and noise is not.
  public static func mallocCount(allowed: Int) -> BenchmarkThresholds {
    BenchmarkThresholds(relative: [:], absolute: [.p90: allowed])
  }
}

/// Events per second from a count and a duration.
public func perSecond(_ count: Int, _ elapsed: Duration) -> Int {
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  return seconds > 0 ? Int((Double(count) / seconds).rounded()) : 0
}
