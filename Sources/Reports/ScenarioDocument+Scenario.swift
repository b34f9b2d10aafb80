import AllocationModel
import ScenarioFormat

extension ScenarioDocument {
  /// The document of a resolved scenario: its comparison, setup and stamp.
  public init(scenario s: ResolvedScenario, engine: EngineStamp) {
    let comparison = s.comparison
    self.init(
      setup: RunSetup(scenario: s), engine: engine,
      kommuner: comparison.rows.map { row in
        Kommun(
          kommun: row.kommun, status: row.status, baselineKr: s.baselineAllocation[row.kommun]?.amount ?? 0,
          scenarioKr: s.scenarioAllocation[row.kommun]?.amount ?? 0, baselineKrRounded: row.baselineKr,
          scenarioKrRounded: row.scenarioKr, changePct: row.changePercent.map { ($0 * 1000).rounded() / 1000 },
          baselineWeight: row.baselineWeight, scenarioWeight: row.scenarioWeight,
          baselineAreaPartKr: s.baselineAllocation[row.kommun]?.areaPart ?? 0,
          baselinePopulationPartKr: s.baselineAllocation[row.kommun]?.populationPart ?? 0,
          scenarioAreaPartKr: s.scenarioAllocation[row.kommun]?.areaPart ?? 0,
          scenarioPopulationPartKr: s.scenarioAllocation[row.kommun]?.populationPart ?? 0)
      },
      baselineTotalKr: comparison.baselineTotalKr, totalKr: comparison.scenarioTotalKr)
    if let outcome = s.claims {
      for i in kommuner.indices {
        kommuner[i].claims = outcome[kommuner[i].kommun].map(KommunClaims.init) ?? KommunClaims.none
      }
      claims = ClaimsRecord(outcome)
      returnedKr = outcome.returnedKr
      returnedKrRounded = outcome.returnedKrRounded
    }
    if let plan = s.districts, let baseline = s.baselineDistricts, let scenario = s.scenarioDistricts {
      districts = DistrictTable(plan: plan, baseline: baseline, scenario: scenario)
    }
  }
}
