import AllocationModel
import ScenarioFormat

extension RunSetup {
  /// The setup of a resolved scenario.
  public init(scenario s: ResolvedScenario) {
    let kommuner = s.comparison.rows.map(\.kommun)
    self.init(
      scenario: s.name, description: s.description,
      baseline: BaselineRecord(
        year: s.baseline.year, editions: s.baseline.editions, populationDate: s.baseline.populationDate,
        populationFile: s.baseline.populationFile,
        settings: KeySettings(key: s.baselineAllocation.key, delisted: .persist, splits: .literal),
        payment: s.baseline.payment),
      settings: KeySettings(key: s.key, delisted: s.delisted, splits: s.splits),
      changes: s.changes.map(\.description),
      persistingDelisted: DelistedAreaRecord.persisting(in: s.scenarioBasis, under: s.delisted),
      populations: kommuner.map { k in
        KommunPopulation(
          kommun: k, baselinePopulation: s.baselinePopulation[k],
          scenarioPopulation: s.scenarioAllocation[k]?.population,
          status: s.populationStatus[k])
      })
  }
}
