import Foundation
import Testing

@testable import Reports

/// The HTML report's histograms: a readable range with the tails counted in end bars, p5, p95 and zero
/// marked, and a labelled share axis.
@Suite struct HistogramChartTests {
  /// 1 000 draws: 994 within ±10 000 kr and 3 extreme draws at each end, near ±1 000 000 kr, in 40 bins over
  /// the whole span, as the engine reports them.
  static func extreme() -> (edges: [Double], counts: [Int], quantiles: [(level: Double, value: Double)]) {
    let edges = (0...40).map { -1_000_000 + Double($0) * 50_000 }
    var counts = [Int](repeating: 0, count: 40)
    counts[0] = 3
    counts[19] = 500
    counts[20] = 494
    counts[39] = 3
    let quantiles: [(level: Double, value: Double)] = [
      (0.01, -9_000), (0.05, -7_000), (0.25, -3_000), (0.5, 0), (0.75, 3_000), (0.95, 7_000), (0.99, 9_000),
    ]
    return (edges, counts, quantiles)
  }

  @Test func rareExtremeDrawsDoNotSqueezeTheRange() throws {
    let h = Self.extreme()
    let view = try #require(HistogramView(edges: h.edges, counts: h.counts, quantiles: h.quantiles))
    #expect(view.low > -50_000 && view.high < 50_000, "\(view.low)…\(view.high)")
    #expect(view.low <= -9_000 && view.high >= 9_000, "p1 to p99 stay inside")
    #expect(view.belowDraws >= 3 && view.aboveDraws >= 3, "the extreme draws are counted in the end bars")
    let inside = view.bins.reduce(0) { $0 + $1.share }
    #expect(abs(inside + view.belowShare + view.aboveShare - 1) < 1e-9, "every draw is in a bar or an end bar")
    let busy = view.bins.filter { $0.share > 0.01 }.count
    #expect(busy >= 5, "the mass spreads over several bars, not one or two: \(busy)")
  }

  @Test func aDistributionWithoutSpreadStillDraws() throws {
    let view = try #require(
      HistogramView(edges: [-0.5, 0.5], counts: [100], quantiles: [(0.05, 0), (0.5, 0), (0.95, 0)]))
    #expect(view.high > view.low)
    #expect(view.bins.contains { $0.share >= 0.9 }, "the draws at zero stay in one bar")
    #expect(abs(view.bins.reduce(0) { $0 + $1.share } - 1) < 1e-9)
  }

  @Test func noDrawsIsNoView() {
    #expect(HistogramView(edges: [0, 1], counts: [0], quantiles: []) == nil)
    #expect(HistogramView(edges: [0, 1, 2], counts: [1], quantiles: []) == nil)
  }

  @Test func theChartMarksP5P95AndZeroAndLabelsItsAxes() {
    let h = Self.extreme()
    let svg = SVGCharts.histogram(title: "Malmö", edges: h.edges, counts: h.counts, quantiles: h.quantiles)
    #expect(svg.contains("class=\"p5\"") && svg.contains("class=\"p95\"") && svg.contains("class=\"zero\""))
    #expect(svg.contains(">share of draws</text>"))
    #expect(svg.contains("class=\"tail\""))
    #expect(svg.contains("≤ −"), "the lower end bar says what it counts")
    #expect(svg.contains("draws</text>"))
  }

  @Test func zeroOutsideTheRangeIsPointedTo() {
    let edges = (0...40).map { 1_000_000 + Double($0) * 1_000 }
    let counts = [Int](repeating: 25, count: 40)
    let svg = SVGCharts.histogram(
      title: "Gains", edges: edges, counts: counts, quantiles: [(0.05, 1_002_000), (0.95, 1_038_000)])
    #expect(svg.contains("class=\"zero\"") && svg.contains("← 0 (no change)"))
  }

  @Test func everyHistogramOfTheReportHasItsMarks() {
    let doc = HTMLReportTests.document()
    let html = HTMLReport.render(doc)
    let n = doc.kommuner.count
    #expect(html.components(separatedBy: "class=\"p5\"").count - 1 == n)
    #expect(html.components(separatedBy: "class=\"p95\"").count - 1 == n)
    #expect(html.components(separatedBy: "class=\"zero\"").count - 1 == n)
    #expect(html.components(separatedBy: ">share of draws</text>").count - 1 == n)
  }

  @Test func aFilteredReportSaysSo() throws {
    let doc = try HTMLReportTests.document().selecting(kommuner: ["Malmö"], sort: nil)
    let html = HTMLReport.render(doc)
    #expect(html.contains("Showing 1 of 5 kommuner, as chosen with --kommun."))
    #expect(html.components(separatedBy: "class=\"p5\"").count - 1 == 1)
  }

  @Test func niceCeilingsAreRoundShares() {
    #expect(abs(SVGCharts.niceCeiling(0.628) - 0.8) < 1e-12)
    #expect(abs(SVGCharts.niceCeiling(0.11) - 0.15) < 1e-12)
    #expect(abs(SVGCharts.niceCeiling(0.004) - 0.004) < 1e-12)
  }
}
