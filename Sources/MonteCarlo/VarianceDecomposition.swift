import AllocationModel

/// Each kommun's variance decomposition: first-order and total-effect Sobol indices of each source of
/// uncertainty, with bootstrap 95 % intervals (``MonteCarloEngine/decompose(_:options:)``).
public struct VarianceDecomposition: Sendable, Hashable {
  /// A 95 % interval.
  public struct Interval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double

    /// Creates an interval.
    public init(lower: Double, upper: Double) {
      self.lower = lower
      self.upper = upper
    }
  }

  /// One kommun's indices, each array in the order of ``VarianceDecomposition/sources``.
  public struct Kommun: Sendable, Hashable {
    public var kommun: String
    /// The variance of its change over the draws of A and B, in kronor².
    public var variance: Double
    public var firstOrder: [Double]
    public var total: [Double]
    public var firstOrderCI95: [Interval]
    public var totalCI95: [Interval]
  }

  /// The sources of uncertainty, in the run's order.
  public var sources: [UncertaintySpec.DecompositionSource]
  /// N, the draws of each matrix (A, B and each A_B^(i)).
  public var drawsPerMatrix: Int
  /// The bootstrap resamples behind each interval.
  public var bootstrapResamples: Int
  /// Every kommun, in Swedish name order.
  public var kommuner: [Kommun]
  /// Seconds spent evaluating the design, and on the indices and their intervals.
  public var simulateSeconds: Double
  public var statisticsSeconds: Double

  /// The evaluations of the design: (sources + 2) × N.
  public var evaluations: Int { (sources.count + 2) * drawsPerMatrix }
}
