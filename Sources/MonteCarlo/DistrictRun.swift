import AllocationModel

/// A kommun's districts in a Monte Carlo run: how the kommun splits its amount, and each district's
/// baseline amount that a draw's change is measured against.
public struct DistrictRun: Sendable {
  /// The districts, earmarks, class weights and parts.
  public var plan: DistrictPlan
  /// The unrounded baseline amount of each district of ``DistrictPlan/districts``, in that order.
  public var baseline: [Double]

  /// Creates a run's districts.
  public init(plan: DistrictPlan, baseline: [Double]) {
    precondition(baseline.count == plan.districts.count, "one baseline amount per district")
    self.plan = plan
    self.baseline = baseline
  }
}

/// Each district's distribution of change over the draws of a Monte Carlo run.
public struct DistrictDistributions: Sendable, Hashable {
  /// The kommun whose amount is split.
  public var kommun: String
  /// One distribution per district, in the order of ``DistrictPlan/districts``; each row's
  /// ``MonteCarloResult/Kommun/kommun`` holds the district's name.
  public var districts: [MonteCarloResult.Kommun]
}
