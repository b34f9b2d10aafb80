/// The distribution of every kommun's change over the draws of a Monte Carlo run.
public struct MonteCarloResult: Sendable, Hashable {
  /// How the statistics were computed.
  public enum Mode: Sendable, Hashable {
    /// Quantiles from every stored change, with GSL's (and numpy's default) interpolation.
    case exact
    /// Quantiles from fine fixed-width bins, exact to `resolution` kronor.
    case streaming(resolution: Double)
  }

  /// One kommun's change distribution, in kronor.
  public struct Kommun: Sendable, Hashable {
    public var kommun: String
    public var baselineAmount: Double
    public var mean: Double
    public var sd: Double
    public var standardError: Double
    public var min: Double
    public var p01: Double
    public var p05: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double
    public var p99: Double
    public var max: Double
    /// The share of draws with a negative change.
    public var pLoss: Double
    /// The share of draws losing more than 10 % of the baseline amount.
    public var pLoss10pct: Double
    /// Histogram edges in kronor (one more than the counts).
    public var histogramEdges: [Double]
    /// Draws per histogram bin.
    public var histogramCounts: [Int]
    /// The quantiles at ``EngineOptions/extraQuantileLevels``, in that order.
    public var extraQuantiles: [Double] = []
    /// The distribution-free 95 % interval (``QuantileInterval``) of each of p01 … p99, in that order; `nil`
    /// where the draws are too few. Streaming mode widens each bound to the edge of its fine bin.
    public var quantileIntervals: [ClosedRange<Double>?] = []
  }

  /// The number of draws.
  public var draws: Int
  /// The seed.
  public var seed: UInt64
  /// The number of threads used.
  public var threads: Int
  /// Draws per chunk (each chunk has its own random stream).
  public var chunkSize: Int
  /// Exact or streaming statistics.
  public var mode: Mode
  /// Every kommun, in Swedish name order.
  public var kommuner: [Kommun]
  /// Seconds spent drawing and allocating.
  public var simulateSeconds: Double
  /// Seconds spent on statistics.
  public var statisticsSeconds: Double
  /// The mean money per draw that drawn claims leave unclaimed with no kommun asking for it, which goes back
  /// to the state (0 without `uncertainty.claims`).
  public var meanReturnedKr: Double = 0
  /// With ``AllocationModel/UncertaintySpec/updates`` above 1, every kommun's distribution after each list
  /// update of the paths, update 1 first (``kommuner`` is the last); empty for a one-update run.
  public var updates: [[Kommun]] = []
  /// How a run with a precision target (``AllocationModel/UncertaintySpec/precisionKr``) stopped; `nil` without one.
  public var precision: PrecisionOutcome?

  /// Draws per second, statistics included.
  public var drawsPerSecond: Double { Double(draws) / max(simulateSeconds + statisticsSeconds, 1e-9) }
}
