import AllocationModel
import Testing

/// A scenario's `sweep:` section becomes the ``SweepSpec`` that `fordela sweep` enumerates.
@Suite struct SweepSectionTests {
  @Test func aSectionNarrowsAndExtendsTheDefaultSpec() throws {
    let s = try ScenarioTestSupport.load(
      """
      name: Sweep
      baseline:
        year: 2022
      changes:
        - reclassify: {area: Vivalla, to: RO}
      sweep:
        kinds: [reclassify, add]
        kommuner: [Örebro, Uppsala]
        areas: [Vivalla]
        new_kommuner: [Lund]
        population_factors: [0.9]
        pairs: true
        extra:
          - reclassify: {area: Vivalla, to: UO}
          - population: {kommun: Örebro, factor: 1.1}
      """, files: [:])
    let spec = try #require(s.sweep)
    #expect(spec.kinds == [.reclassify, .add])
    #expect(spec.kommuner == ["Örebro", "Uppsala"])
    #expect(spec.areas == ["Vivalla"])
    #expect(spec.newKommuner == ["Lund"])
    #expect(spec.populationFactors == [0.9])
    #expect(spec.pairs)
    #expect(
      spec.extra == [
        .list(.reclassify(area: "Vivalla", to: .uo)),
        .population(PopulationChange(kommun: "Örebro", operation: .factor(1.1))),
      ])
  }

  @Test func aFileWithoutASectionHasNoSpec() throws {
    #expect(try ScenarioTestSupport.load("name: S\nbaseline:\n  year: 2021\n").sweep == nil)
  }

  @Test func extraChangesApplyToTheScenarioNotTheBaseline() {
    // Vivalla is RO after the file's own change, so reclassifying it to RO again is the error.
    let error = ScenarioTestSupport.error(
      """
      name: Sweep
      baseline:
        year: 2021
      changes:
        - reclassify: {area: Vivalla, to: RO}
      sweep:
        extra:
          - reclassify: {area: Vivalla, to: RO}
      """)
    #expect(error?.description.contains("test.yaml:8:") == true, "\(String(describing: error))")
    #expect(error?.description.contains("already is RO") == true)
  }
}
