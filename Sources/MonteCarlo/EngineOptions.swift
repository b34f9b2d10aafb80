import Foundation

/// How a Monte Carlo run is carried out; none of these changes its results.
public struct EngineOptions: Sendable {
  /// How the statistics are computed.
  public enum StatisticsMode: String, Sendable {
    /// Exact when the changes fit the memory budget, streaming otherwise.
    case auto
    /// Store every change and compute exact quantiles.
    case exact
    /// Bounded memory: moments and fine fixed-bin histograms.
    case streaming
  }

  /// The number of worker threads (default: all active processors).
  public var threads: Int
  /// The most memory the run may use for stored changes, in bytes (default 2 GiB).
  public var memoryBudget: Int
  /// The number of bins of each kommun's reported histogram.
  public var histogramBins: Int
  /// Exact, streaming or automatic statistics.
  public var mode: StatisticsMode
  /// Quantile levels to compute besides 1, 5, 25, 50, 75, 95 and 99 %, each in [0, 1].
  public var extraQuantileLevels: [Double] = []
  /// Called now and then from worker threads with the number of draws done.
  public var progress: (@Sendable (Int) -> Void)?

  /// Creates options.
  public init(
    threads: Int = ProcessInfo.processInfo.activeProcessorCount, memoryBudget: Int = 2 << 30,
    histogramBins: Int = 40, mode: StatisticsMode = .auto, progress: (@Sendable (Int) -> Void)? = nil
  ) {
    self.threads = threads
    self.memoryBudget = memoryBudget
    self.histogramBins = histogramBins
    self.mode = mode
    self.progress = progress
  }
}
