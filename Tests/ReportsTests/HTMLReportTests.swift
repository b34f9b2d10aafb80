import AllocationModel
import Foundation
import Reports
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML report: well-formed, self-contained, complete and faithful to the result.
@Suite struct HTMLReportTests {
  static let kommuner = ["Borlänge", "Göteborg", "Malmö", "Örebro", "A & B <test>"]

  static let setup = RunSetup(
    scenario: "Test <scenario>", description: "Beskrivning med å, ä och ö",
    baseline: BaselineRecord(
      year: 2021, editions: ["2019"], populationDate: "2019-12-31", populationFile: nil,
      settings: KeySettings(key: .official(budget: 243_500_000), delisted: .persist, splits: .literal)),
    settings: KeySettings(key: .official(budget: 243_500_000), delisted: .persist, splits: .literal),
    changes: ["reclassify Gottsunda/Valsätra to RO"],
    persistingDelisted: [.init(area: "Rannebergen", kommun: "Göteborg", areaClass: .uo, lastListed: "2019")],
    populations: kommuner.map {
      KommunPopulation(
        kommun: $0, baselinePopulation: 100_000, scenarioPopulation: 100_000, source: .scb, status: "official")
    })

  static func document() -> MonteCarloDocument {
    let rows = kommuner.enumerated().map { i, name in
      let shift = Double(i) * 10_000 - 20_000
      return MonteCarloDocument.Kommun(
        kommun: name, baselineKr: 1_000_000 * Double(i + 1) + 0.25, baselineKrRounded: 1_000_000 * Int64(i + 1),
        meanChangeKr: shift + 1, sdChangeKr: 5_000,
        seMeanKr: 5, minChangeKr: shift - 20_000, p01ChangeKr: shift - 12_000, p05ChangeKr: shift - 8_000,
        p25ChangeKr: shift - 3_000, p50ChangeKr: shift, p75ChangeKr: shift + 3_000, p95ChangeKr: shift + 8_000,
        p99ChangeKr: shift + 12_000, maxChangeKr: shift + 20_000, pLoss: 0.25 * Double(i % 3),
        pLoss10pct: 0.01, histogram: .init(edgesKr: [shift - 20_000, shift, shift + 20_000], counts: [40, 60]))
    }
    return MonteCarloDocument(
      setup: setup,
      engine: .init(version: "0.1.0", dataHash: "abc", scenarioHash: "def", runDate: "2026-11-23T00:00:00Z"),
      draws: 100, seed: 7, threads: 2,
      uncertainty: UncertaintyRecord(
        UncertaintySpec(
          draws: 100, seed: 7, reclassification: .simple(probability: 0.1, up: 0.5),
          newAreas: .init(mean: 2, classMix: [.uo: 0.7, .ro: 0.2, .suo: 0.1], kommuner: .population),
          populationGrowth: .init(mean: 0.01, sd: 0.01, overrides: ["Uppsala": .init(mean: 0.02, sd: 0)]))),
      statisticsMode: .exact, quantileResolutionKr: 0, kommuner: rows,
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
      #expect(html.contains(SwedishNumber.kronor(Double(k.baselineKrRounded))), "\(k.kommun) baseline")
      #expect(html.contains(SwedishNumber.signedKronor(k.p05ChangeKr)), "\(k.kommun) p5")
      #expect(html.contains(SwedishNumber.signedKronor(k.p95ChangeKr)), "\(k.kommun) p95")
      #expect(html.contains(SwedishNumber.percent(k.pLoss)), "\(k.kommun) P(loss)")
    }
    #expect(html.contains("Rannebergen (Göteborg, UO, last listed 2019)"))
    #expect(html.contains("reclassify Gottsunda/Valsätra to RO"))
  }

  @Test func statesTheUncertaintyModelAndTheChangesInWords() {
    let html = HTMLReport.render(Self.document())
    #expect(html.contains("<h3>The uncertainty model</h3>"))
    #expect(html.contains("changes class with probability 10,00\u{00A0}%"))
    #expect(html.contains("mean 2,00; class mix UO 70,00\u{00A0}%, RO 20,00\u{00A0}%, SUO 10,00\u{00A0}%"))
    #expect(html.contains("in proportion to population"))
    #expect(html.contains("overrides: Uppsala (mean 2,00\u{00A0}%, sd 0,00\u{00A0}%)"))
    #expect(html.contains("<h3>Changes applied</h3><ul><li>reclassify Gottsunda/Valsätra to RO</li></ul>"))
    #expect(!html.contains("<h3>Changes applied</h3><p>None"))
    #expect(html.contains("SCB (embedded, official)"))
    #expect(html.contains("<dt>Grant year</dt><dd>2021</dd>"))
  }

  @Test func theFirstDivIsTheChartForTheBrowserCheck() {
    // scripts/check-report-in-browser.sh shows only body>div.chart:first-of-type.
    for html in [HTMLReport.render(Self.document()), HTMLReport.render(HTMLReportTests.scenarioDocument())] {
      let firstDiv = html.range(of: "<div").map { String(html[$0.lowerBound...].prefix(18)) }
      #expect(firstDiv == "<div class=\"chart\"")
    }
  }

  @Test func escapesNamesAndText() {
    let html = HTMLReport.render(Self.document())
    #expect(html.contains("A &amp; B &lt;test&gt;"))
    #expect(!html.contains("<test>"))
    #expect(!html.contains("<scenario>"))
  }

  static func scenarioDocument() -> ScenarioDocument {
    ScenarioDocument(
      setup: setup, engine: .init(version: "0.1.0", dataHash: "a", scenarioHash: "b", runDate: nil),
      kommuner: [
        .init(
          kommun: "Uppsala", status: .changed, baselineKr: 8_052_031.4, scenarioKr: 7_000_000.2,
          baselineKrRounded: 8_052_031, scenarioKrRounded: 7_000_000, changePct: -13.066, baselineWeight: 4,
          scenarioWeight: 3),
        .init(
          kommun: "Nacka", status: .new, baselineKr: 0, scenarioKr: 1_999_999.6, baselineKrRounded: 0,
          scenarioKrRounded: 2_000_000, changePct: nil, baselineWeight: 0, scenarioWeight: 1),
      ],
      baselineTotalKr: 8_052_031, totalKr: 9_000_000)
  }

  @Test func deterministicReportHasADivergingChartAndTheAssumptions() throws {
    let html = HTMLReport.render(Self.scenarioDocument())
    #expect(XMLParser(data: Data(html.utf8)).parse())
    #expect(html.contains("Uppsala"))
    #expect(html.contains(SwedishNumber.signedKronor(-1_052_031)))
    #expect(html.contains("<rect"))
    #expect(html.contains("Rannebergen (Göteborg, UO, last listed 2019)"))
    #expect(html.contains("reclassify Gottsunda/Valsätra to RO"))
    #expect(!html.contains("uncertainty model"))
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
