import AllocationModel

/// Everything a Monte Carlo run needs, resolved: the scenario's basis, key and populations, the
/// baseline to measure change against, and the uncertainty to draw.
public struct SimulationInput: Sendable {
  /// The scenario basis, after its deterministic changes.
  public var basis: Basis
  /// The scenario key.
  public var key: DistributionKey
  /// Whether delisted areas count.
  public var delisted: DelistedPolicy
  /// How split parts count.
  public var splits: SplitReading
  /// Populations of every kommun that is eligible in the scenario or can become so.
  public var population: [String: Double]
  /// The baseline allocation: change = a draw's amount − the baseline amount (0 if not in it).
  public var baseline: Allocation
  /// The uncertainty drawn on top of the scenario.
  public var uncertainty: UncertaintySpec
  /// How the money that draws leave unclaimed is shared (``UncertaintySpec/claims``): the scenario's
  /// `claims:` rule, or the key.
  public var redistribution: Claims.Redistribution = .key

  /// Creates an input.
  public init(
    basis: Basis, key: DistributionKey, delisted: DelistedPolicy, splits: SplitReading,
    population: [String: Double], baseline: Allocation, uncertainty: UncertaintySpec
  ) {
    self.basis = basis
    self.key = key
    self.delisted = delisted
    self.splits = splits
    self.population = population
    self.baseline = baseline
    self.uncertainty = uncertainty
  }
}
