import AllocationModel
import EmbeddedData
import Foundation
import ScenarioFormat
import Testing

/// `scenarios/2025-known-facts.yaml` and its technical twin: the 2023 list and the known facts of the December
/// 2025 edition (SOURCES.md, "December 2025 edition") on the 2022 grant year.
@Suite struct KnownFacts2025Tests {
  @Test func bothReadingsRunAndHalmstadLoses() throws {
    let literal = try ScenarioTestSupport.shipped("2025-known-facts.yaml")
    let technical = try ScenarioTestSupport.shipped("2025-known-facts-technical.yaml")
    for scenario in [literal, technical] {
      #expect(scenario.baseline.year == 2022 && scenario.baseline.roundingUnit == 250)
      #expect(scenario.scenarioAllocation.totalRounded == 243_500_000)
      // Andersberg persists, yet Halmstad's share falls as the other kommuner gain areas.
      let halmstad = try #require(scenario.comparison.rows.first { $0.kommun == "Halmstad" })
      #expect(halmstad.scenarioKr < halmstad.baselineKr)
      #expect(scenario.scenarioAllocation["Halmstad"]?.weight == 1)
    }
    #expect(literal.splits == .literal && technical.splits == .technical)
    // The split of Oxhagen/Varberga (RO) into two RO parts adds one RO area under the literal reading only.
    #expect(literal.scenarioAllocation.totalWeight == technical.scenarioAllocation.totalWeight + 2)
    #expect(literal.scenarioAllocation["Örebro"]?.weight == 7)
    #expect(technical.scenarioAllocation["Örebro"]?.weight == 5)
  }

  @Test func tyresoEntersWithTheRegistersPopulation() throws {
    let scenario = try ScenarioTestSupport.shipped("2025-known-facts.yaml")
    let tyreso = try #require(scenario.scenarioAllocation["Tyresö"])
    // SCB 2021-12-31, from the embedded register of all 290 kommuner (SOURCES.md, "kommuner_2021.tsv").
    #expect(tyreso.population == 49_062)
    #expect(tyreso.weight == 1)
    #expect(scenario.baselineAllocation["Tyresö"] == nil)
  }

  @Test func theFirstChangesAreThe2023List() throws {
    // With the 2023 list as the baseline's last edition instead, the 2025 changes alone give the same basis.
    // Solna is then a baseline kommun, which the register does not fill in: its register figure comes in a file.
    let onChain = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {editions: [2019, 2021, 2023], population_date: 2021-12-31, rounding_kr: 250, population_file: p.csv}
      changes:
        - delist: {area: Andersberg}
        - add: {area: Granängsringen, kommun: Tyresö, class: UO}
        - split: {area: Oxhagen/Varberga, into: [{area: Oxhagen, class: RO}, {area: Varberga, class: RO}]}

      """,
      files: [
        "p.csv": "kommun,population\nSolna,\(try #require(KommunRegister.kommun(named: "Solna")).population2021)\n"
      ])
    let shipped = try ScenarioTestSupport.shipped("2025-known-facts.yaml")
    #expect(onChain.scenarioAllocation == shipped.scenarioAllocation)
  }
}
