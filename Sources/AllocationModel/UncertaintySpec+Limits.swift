extension UncertaintySpec {
  /// The bounds an uncertainty model must respect, defined once for the scenario reader and the engine.
  public enum Limits {
    /// The numbers of draws a scenario file or the command line may ask for (the engine itself takes any
    /// positive count that fits its memory budget).
    public static let draws: ClosedRange<Int> = 1...1_000_000_000_000
    /// The list updates of a draw's path (`uncertainty.updates`).
    public static let updates: ClosedRange<Int> = 1...100
    /// How far a sum of probabilities may stray from its target by rounding: a transition row's sum
    /// above 1, a class mix's sum from 1.
    ///
    /// Tight enough that a row written to sum to 1.0000000001 is refused, loose enough for the
    /// rounding of a few decimal probabilities (0.1 + 0.2 + 0.7 = 1.0000000000000002).
    public static let probabilityTolerance = 1e-12
    /// A probability.
    public static let probability: ClosedRange<Double> = 0...1
    /// The mean number of new areas per draw.
    public static let newAreaMean: ClosedRange<Double> = 0...1_000
    /// A landing kommun's relative weight.
    public static let landingWeight: ClosedRange<Double> = 0...1e9
    /// A landing kommun's population, when given; it must be above the lower bound.
    public static let landingPopulation: ClosedRange<Double> = 0...1e8
    /// The mean growth rate of a kommun's population per draw.
    ///
    /// The lower bound keeps the Normal draw of population × (1 + g) well away from zero.
    public static let growthMean: ClosedRange<Double> = -0.5...1
    /// The standard deviation of a growth rate.
    public static let growthSD: ClosedRange<Double> = 0...1
    /// A precision target's half-width in kronor (``UncertaintySpec/precisionKr``); it must be above the lower bound.
    public static let precisionKr: ClosedRange<Double> = 0...1e12
    /// The fewest draws with a distribution-free 95 % interval of p5 (each tail at most 2.5 %): the
    /// smallest n with 0.95ⁿ ≤ 0.025, 72. A precision target needs at least this many.
    public static let precisionMinimumDraws: Int = {
      var n = 1
      var below = 0.95
      while below > 0.025 {
        below *= 0.95
        n += 1
      }
      return n
    }()
  }
}
