import AllocationModel
import Reports
import Testing

/// Every result document reads back as itself: encode → decode gives an equal document, and the JSON of the
/// decoded document is the same text.
@Suite struct DocumentRoundTripTests {
  static func roundTrip<D: Codable & Equatable>(_ doc: D) throws {
    let text = try JSONText.encode(doc)
    let back = try JSONText.decode(D.self, from: Array(text.utf8))
    #expect(back == doc)
    #expect(try JSONText.encode(back) == text)
  }

  @Test func scenarioDocument() throws {
    let s = try ReportsFixtures.load(ReportsFixtures.deterministicYAML)
    let doc = ScenarioDocument(scenario: s, engine: ReportsFixtures.engine)
    #expect(!doc.setup.persistingDelisted.isEmpty && !doc.setup.changes.isEmpty)
    try Self.roundTrip(doc)
  }

  @Test(arguments: [true, false])
  func monteCarloDocument(streaming: Bool) throws {
    let s = try ReportsFixtures.load(ReportsFixtures.monteCarloYAML)
    let result = try ReportsFixtures.run(s, mode: streaming ? .streaming : .exact)
    let doc = MonteCarloDocument(scenario: s, result: result, engine: ReportsFixtures.engine)
    #expect(doc.statisticsMode == (streaming ? .streaming : .exact))
    #expect(doc.seed == UInt64.max, "the full 64 bits of the seed survive JSON")
    try Self.roundTrip(doc)
  }

  @Test func allocationDocument() throws {
    try Self.roundTrip(ReportsFixtures.allocationReport().document)
  }

  @Test func selectedDocumentsKeepTheirSelection() throws {
    let allocation = ReportsFixtures.allocationReport().document
    let first = try #require(allocation.kommuner.first?.kommun)
    let selected = try allocation.selecting(kommuner: [first], sort: .amount)
    #expect(selected.kommuner.map(\.kommun) == [first])
    #expect(
      selected.selection == RowSelection(kommuner: [first], sort: .amount, totalKommuner: allocation.kommuner.count))
    try Self.roundTrip(selected)
    let s = try ReportsFixtures.load(ReportsFixtures.deterministicYAML)
    let scenario = try ScenarioDocument(scenario: s, engine: ReportsFixtures.engine).selecting(
      kommuner: nil, sort: .change)
    #expect(scenario.selection?.sort == .change && scenario.selection?.kommuner == nil)
    let changes = scenario.kommuner.map(\.changeKr)
    #expect(changes == changes.sorted())
    try Self.roundTrip(scenario)
    #expect(throws: SelectionError.self) { try scenario.selecting(kommuner: nil, sort: .p5) }
  }

  @Test func aDocumentOfAnotherKindIsNotRead() throws {
    let allocation = try ReportsFixtures.allocationReport().json()
    #expect(RunKind.of(json: Array(allocation.utf8)) == .allocation)
    #expect(throws: DecodingError.self) { try JSONText.decode(ScenarioDocument.self, from: Array(allocation.utf8)) }
    #expect(throws: DecodingError.self) {
      try JSONText.decode(MonteCarloDocument.self, from: Array(allocation.utf8))
    }
    #expect(RunKind.of(json: Array("{\"hello\": 1}".utf8)) == nil)
  }
}
