import AllocationModel

/// A scenario file read, checked and computed: the baseline and the scenario, ready to report.
///
/// The baseline is the allocation of the resolved `baseline:` under the official key (the preset's
/// budget, 0.75, weights 1/2/3, `persist`, `literal`). Everything else in the file makes the scenario.
public struct ResolvedScenario: Sendable {
  /// The scenario file, as the user named it.
  public var file: String
  /// The SHA-256 of the bytes the loader parsed, as 64 lowercase hexadecimal digits.
  public var sourceSHA256 = ""
  /// The scenario's name.
  public var name: String
  /// The scenario's description, if any.
  public var description: String?
  /// The resolved baseline settings.
  public var baseline: BaselineSettings
  /// The basis of the baseline's editions.
  public var baselineBasis: Basis
  /// What changed between the baseline's editions.
  public var baselineTransitions: [EditionTransition]
  /// Every population figure at the population date (embedded data overlaid with the user's file).
  public var baselinePopulation: [String: Double]
  /// Where each figure in ``baselinePopulation`` comes from: the embedded status (`official`,
  /// `secondary`, …) or `user`.
  public var populationStatus: [String: String]
  /// Where each figure in ``baselinePopulation`` comes from: the embedded SCB data with its status, or the
  /// user's population file.
  public var baselinePopulationSources: [String: PopulationSource]
  /// The baseline allocation (official key, `persist`, `literal`).
  public var baselineAllocation: Allocation
  /// The scenario's key.
  public var key: DistributionKey
  /// The scenario's policy for delisted areas.
  public var delisted: DelistedPolicy
  /// The scenario's reading of splits.
  public var splits: SplitReading
  /// The changes, in the order they were applied.
  public var changes: [ScenarioChange]
  /// The basis after the changes.
  public var scenarioBasis: Basis
  /// The population figures after the changes (population changes set figures marked `scenario`).
  public var scenarioPopulation: [String: Double]
  /// The scenario allocation.
  public var scenarioAllocation: Allocation
  /// The `uncertainty:` section, if any; then the run is a Monte Carlo run on top of the scenario.
  public var uncertainty: UncertaintySpec?
  /// Notes on how the files the scenario names were read (e.g. a population file's encoding).
  public var notes: [String] = []
  /// The `claims:` section applied to the scenario allocation, if the scenario has one: what each kommun
  /// claims, receives of the unclaimed money and finally gets.
  public var claims: ClaimsOutcome? = nil
  /// The `districts:` section, if any: how the kommun splits its amount over its districts.
  public var districts: DistrictPlan?
  /// The kommun's baseline amount split over its districts, when there is a `districts:` section.
  public var baselineDistricts: DistrictSplit?
  /// The kommun's scenario amount split over its districts, when there is a `districts:` section.
  public var scenarioDistricts: DistrictSplit?
  /// The `sweep:` section, if any: which changes `fordela sweep` tries on this scenario.
  public var sweep: SweepSpec? = nil

  /// Every kommun's baseline and scenario amounts and the change.
  public var comparison: ScenarioComparison {
    ScenarioComparison(baseline: baselineAllocation, scenario: scenarioAllocation)
  }

  /// The scenario's tallies (areas by class, delisted areas) per eligible kommun.
  public var scenarioTallies: [KommunTally] {
    scenarioBasis.tallies(delisted: delisted, splits: splits, weights: key.weights)
  }

  /// The baseline's tallies per eligible kommun.
  public var baselineTallies: [KommunTally] {
    baselineBasis.tallies(delisted: .persist, splits: .literal, weights: .official)
  }
}
