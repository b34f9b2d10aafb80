import AllocationModel
import MonteCarlo
import Reports
import Testing

/// A Monte Carlo document with a variance decomposition: it reads back as itself, keeps only the selected
/// kommuner, and its table, CSV and HTML show one row per kommun.
@Suite struct VarianceDecompositionRecordTests {
  static func document() throws -> MonteCarloDocument {
    let s = try ReportsFixtures.load(ReportsFixtures.monteCarloYAML)
    let result = try ReportsFixtures.run(s)
    var doc = MonteCarloDocument(scenario: s, result: result, engine: ReportsFixtures.engine)
    let spec = try #require(s.uncertainty)
    let input = SimulationInput(
      basis: s.scenarioBasis, key: s.key, delisted: s.delisted, splits: s.splits, population: s.scenarioPopulation,
      baseline: s.baselineAllocation, uncertainty: spec)
    doc.varianceDecomposition = VarianceDecompositionRecord(
      try MonteCarloEngine.decompose(input, options: EngineOptions(threads: 2)))
    return doc
  }

  @Test func theDocumentReadsBackAsItself() throws {
    let doc = try Self.document()
    let record = try #require(doc.varianceDecomposition)
    #expect(record.sources == ["reclassification", "new_areas", "population_growth"])
    #expect(record.kommuner.map(\.kommun) == doc.kommuner.map(\.kommun))
    try DocumentRoundTripTests.roundTrip(doc)
  }

  @Test func aSelectionKeepsTheSelectedKommunerInItsOrder() throws {
    let doc = try Self.document().selecting(kommuner: ["Uppsala", "Malmö"], sort: nil)
    #expect(doc.varianceDecomposition?.kommuner.map(\.kommun) == doc.kommuner.map(\.kommun))
    #expect(doc.varianceDecomposition?.kommuner.count == 2)
  }

  @Test func theTableCSVAndHTMLHaveARowPerKommun() throws {
    let doc = try Self.document()
    let record = try #require(doc.varianceDecomposition)
    let table = MonteCarloReport.table(doc)
    #expect(table.contains("Variance decomposition") && table.contains("S reclass") && table.contains("ST growth"))
    let csv = record.csv()
    #expect(csv.split(separator: "\n").count == 1 + 3 * record.kommuner.count)
    #expect(MonteCarloReport.csv(doc).hasSuffix(csv))
    let html = HTMLReport.render(doc)
    #expect(html.contains("What drives the variance"))
    for k in record.kommuner { #expect(html.contains("<title>\(k.kommun): ")) }
  }
}
