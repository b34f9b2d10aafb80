import AllocationModel

/// A baseline resolved from a ``BaselineRequest``: its lists, populations, key and allocation.
public struct ResolvedBaseline: Sendable {
  /// The settings: preset, editions, population date, budget and population file.
  public var settings: BaselineSettings
  /// The key: the budget with the request's area share and weights.
  public var key: DistributionKey
  /// The policy for delisted areas.
  public var delisted: DelistedPolicy
  /// The reading of splits.
  public var splits: SplitReading
  /// The basis of the editions.
  public var basis: Basis
  /// What changed between the editions.
  public var transitions: [EditionTransition]
  /// Every population figure at the population date: the embedded data overlaid with the user's file, and for a
  /// kommun new to the grant the register's figure when the date is 2021-12-31.
  public var population: [String: Double]
  /// Where each figure in ``population`` comes from.
  public var populationSources: [String: PopulationSource]
  /// The kommuner a scenario may name: Sweden's 290 kommuner.
  public var knownKommuner: Set<String>
  /// The allocation; `nil` when a figure is missing (then the resolution has a diagnostic saying so).
  public var allocation: Allocation?
  /// Notes on how the user's population file was read (e.g. its encoding), for standard error.
  public var notes: [String] = []

  /// The status of each figure in ``population`` (`official`, `secondary`, …, or `user`).
  public var populationStatus: [String: String] { populationSources.mapValues(\.status) }

  /// The tallies (areas by class, delisted areas) per eligible kommun.
  public var tallies: [KommunTally] { basis.tallies(delisted: delisted, splits: splits, weights: key.weights) }
}
