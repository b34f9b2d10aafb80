import Foundation
import Reports
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML report: well-formed, self-contained, complete and faithful to the result.
@Suite struct HTMLReportTests {
  static let kommuner = ["Borlänge", "Göteborg", "Malmö", "Örebro", "A & B <test>"]

  static func document() -> MonteCarloDocument {
    let rows = kommuner.enumerated().map { i, name in
      let shift = Double(i) * 10_000 - 20_000
      return MonteCarloDocument.Kommun(
        kommun: name, baselineKr: 1_000_000 * Double(i + 1), meanChangeKr: shift + 1, sdChangeKr: 5_000,
        seMeanKr: 5, minChangeKr: shift - 20_000, p01ChangeKr: shift - 12_000, p05ChangeKr: shift - 8_000,
        p25ChangeKr: shift - 3_000, p50ChangeKr: shift, p75ChangeKr: shift + 3_000, p95ChangeKr: shift + 8_000,
        p99ChangeKr: shift + 12_000, maxChangeKr: shift + 20_000, pLoss: 0.25 * Double(i % 3),
        pLoss10pct: 0.01, histogram: .init(edgesKr: [shift - 20_000, shift, shift + 20_000], counts: [40, 60]))
    }
    return MonteCarloDocument(
      scenario: "Test <scenario>", description: "Beskrivning med å, ä och ö", draws: 100, seed: 7, threads: 2,
      engine: .init(version: "0.1.0", dataHash: "abc", scenarioHash: "def", runDate: "2026-11-23T00:00:00Z"),
      settings: RunSettings(
        editions: ["2019"], populationDate: "2019-12-31", baselineBudgetKr: 243_500_000, budgetKr: 243_500_000,
        areaShare: 0.75, weights: ["UO": 1, "RO": 2, "SUO": 3], delisted: "persist", splits: "literal",
        changes: ["reclassify Gottsunda/Valsätra to RO"], persistingDelisted: ["Rannebergen (Göteborg)"]),
      statisticsMode: "exact", quantileResolutionKr: 0, kommuner: rows,
      timing: .init(simulateS: 0.1, statisticsS: 0.1, drawsPerSecond: 1000))
  }

  @Test func isWellFormedXML() throws {
    let html = HTMLReport.render(Self.document())
    let parser = XMLParser(data: Data(html.utf8))
    #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
  }

  @Test func isSelfContained() {
    let html = HTMLReport.render(Self.document())
    #expect(!html.contains("http"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    #expect(html.contains("<svg"))
  }

  @Test func containsEveryKommunAndItsNumbers() {
    let doc = Self.document()
    let html = HTMLReport.render(doc)
    for k in doc.kommuner {
      #expect(html.contains(HTMLText.escape(k.kommun)))
      #expect(html.contains(SwedishNumber.kronor(k.baselineKr)), "\(k.kommun) baseline")
      #expect(html.contains(SwedishNumber.signedKronor(k.p05ChangeKr)), "\(k.kommun) p5")
      #expect(html.contains(SwedishNumber.signedKronor(k.p95ChangeKr)), "\(k.kommun) p95")
      #expect(html.contains(SwedishNumber.percent(k.pLoss)), "\(k.kommun) P(loss)")
    }
    #expect(html.contains("Rannebergen (Göteborg)"))
    #expect(html.contains("reclassify Gottsunda/Valsätra to RO"))
  }

  @Test func escapesNamesAndText() {
    let html = HTMLReport.render(Self.document())
    #expect(html.contains("A &amp; B &lt;test&gt;"))
    #expect(!html.contains("<test>"))
    #expect(!html.contains("<scenario>"))
  }

  @Test func deterministicReportHasADivergingChart() throws {
    let summary = DeterministicSummary(
      scenario: "Nedgradering", description: nil, settings: nil,
      engine: .init(version: "0.1.0", dataHash: "a", scenarioHash: "b", runDate: nil),
      rows: [
        .init(kommun: "Uppsala", baselineKr: 8_052_031, scenarioKr: 7_000_000, status: "changed"),
        .init(kommun: "Nacka", baselineKr: 0, scenarioKr: 2_000_000, status: "new"),
      ])
    let html = HTMLReport.render(summary)
    #expect(XMLParser(data: Data(html.utf8)).parse())
    #expect(html.contains("Uppsala"))
    #expect(html.contains(SwedishNumber.signedKronor(-1_052_031)))
    #expect(html.contains("<rect"))
  }
}

/// Swedish number formatting.
@Suite struct SwedishNumberTests {
  @Test func groupsThousandsWithThinSpaces() {
    #expect(SwedishNumber.kronor(32_926_000) == "32\u{202F}926\u{202F}000\u{00A0}kr")
    #expect(SwedishNumber.grouped(-4_000.4) == "−4\u{202F}000")
    #expect(SwedishNumber.tkr(32_926_000) == "32\u{202F}926\u{00A0}tkr")
    #expect(SwedishNumber.percent(0.125) == "12,5\u{00A0}%")
    #expect(SwedishNumber.decimal(-0.04, decimals: 1) == "0,0")
  }
}
