/// Inline SVG charts for reports, drawn by fordela itself (no scripts, no fonts, no network).
public enum SVGCharts {
  /// One row of a fan chart: the quantiles of a kommun's change.
  public struct FanRow: Sendable {
    public var label: String
    public var p05: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double
    public var mean: Double

    /// Creates a fan row.
    public init(label: String, p05: Double, p25: Double, p50: Double, p75: Double, p95: Double, mean: Double) {
      self.label = label
      self.p05 = p05
      self.p25 = p25
      self.p50 = p50
      self.p75 = p75
      self.p95 = p95
      self.mean = mean
    }
  }

  static let font = "font-family=\"system-ui, sans-serif\" font-size=\"11\""

  /// A box/fan plot, one row per kommun in the given order: p5–p95 bar, p25–p75 box, median tick.
  public static func fanChart(_ rows: [FanRow]) -> String {
    let labelWidth = 130.0
    let width = 760.0
    let rowHeight = 20.0
    let top = 28.0
    let height = top + rowHeight * Double(rows.count) + 24
    let x = LinearScale(
      covering: rows.flatMap { [$0.p05, $0.p95] }, range: (labelWidth + 10)...(width - 12))
    var svg = svgOpen(width: width, height: height, title: "Change against the baseline, p5–p95 by kommun")
    svg += axis(x, top: top - 6, bottom: height - 22, labelY: 14)
    for (i, row) in rows.enumerated() {
      let y = top + rowHeight * Double(i) + rowHeight / 2
      let c = HTMLText.coordinate
      if i % 2 == 1 {
        svg += "<rect x=\"0\" y=\"\(c(y - rowHeight / 2))\" width=\"\(c(width))\" height=\"\(c(rowHeight))\" "
        svg += "fill=\"#f4f6f8\"/>"
      }
      svg += "<text x=\"\(c(labelWidth))\" y=\"\(c(y + 4))\" text-anchor=\"end\" \(font)>"
      svg += "\(HTMLText.escape(row.label))</text>"
      let colour = row.p50 < 0 ? "#c0392b" : "#2471a3"
      svg += "<line x1=\"\(c(x(row.p05)))\" x2=\"\(c(x(row.p95)))\" y1=\"\(c(y))\" y2=\"\(c(y))\" "
      svg += "stroke=\"\(colour)\" stroke-width=\"2\"/>"
      let boxLeft = x(row.p25)
      svg += "<rect x=\"\(c(boxLeft))\" y=\"\(c(y - 6))\" width=\"\(c(max(1, x(row.p75) - boxLeft)))\" "
      svg += "height=\"12\" fill=\"\(colour)\" fill-opacity=\"0.35\" stroke=\"\(colour)\"/>"
      svg += "<line x1=\"\(c(x(row.p50)))\" x2=\"\(c(x(row.p50)))\" y1=\"\(c(y - 8))\" y2=\"\(c(y + 8))\" "
      svg += "stroke=\"#17202a\" stroke-width=\"2\"><title>\(HTMLText.escape(row.label)): median "
      svg += "\(SwedishNumber.signedKronor(row.p50)), p5 \(SwedishNumber.signedKronor(row.p05)), "
      svg += "p95 \(SwedishNumber.signedKronor(row.p95))</title></line>"
    }
    return svg + "</svg>"
  }

  /// A small histogram of one kommun's change on a readable range (``HistogramView``): the share of draws per
  /// bar on a labelled axis, grey end bars counting the draws beyond the range, p5 and p95 marked with dashed
  /// lines and zero with a solid one (or an arrow at the edge when zero lies outside the range).
  ///
  /// - Parameters:
  ///   - title: the kommun.
  ///   - edges: the run's histogram edges, kronor.
  ///   - counts: the run's histogram counts.
  ///   - quantiles: known points of the distribution, (level, change); p5 and p95 (levels 0.05 and 0.95) are
  ///     marked.
  /// - Returns: an `<svg>` element.
  public static func histogram(
    title: String, edges: [Double], counts: [Int], quantiles: [(level: Double, value: Double)]
  ) -> String {
    let width = 320.0
    let height = 152.0
    let c = HTMLText.coordinate
    guard let view = HistogramView(edges: edges, counts: counts, quantiles: quantiles) else {
      return svgOpen(width: width, height: height, title: title) + "<text x=\"8\" y=\"40\" \(font)>no data</text></svg>"
    }
    let small = "font-family=\"system-ui, sans-serif\" font-size=\"9\" fill=\"#566573\""
    let plotTop = 30.0
    let plotBottom = 112.0
    let tailWidth = 10.0
    let axisX = 40.0
    let left = axisX + 4 + tailWidth + 4
    let right = width - 6 - tailWidth - 4
    func x(_ v: Double) -> Double { left + (v - view.low) / (view.high - view.low) * (right - left) }
    let peak = max(view.bins.map(\.share).max() ?? 0, 1e-9)
    let top = Self.niceCeiling(peak)
    func h(_ share: Double) -> Double { min(1, share / top) * (plotBottom - plotTop) }
    func money(_ v: Double) -> String {
      view.high - view.low >= 20_000 ? SwedishNumber.signedTkr(v) : SwedishNumber.signedKronor(v)
    }

    var svg = svgOpen(width: width, height: height, title: "\(title): share of draws by change against the baseline")
    svg += "<text x=\"6\" y=\"12\" \(font) font-weight=\"600\">\(HTMLText.escape(title))</text>"
    // The share axis.
    svg +=
      "<line x1=\"\(c(axisX))\" x2=\"\(c(axisX))\" y1=\"\(c(plotTop))\" y2=\"\(c(plotBottom))\" stroke=\"#7f8c8d\"/>"
    for (share, y) in [(0.0, plotBottom), (top, plotTop)] {
      svg += "<line x1=\"\(c(axisX - 3))\" x2=\"\(c(axisX))\" y1=\"\(c(y))\" y2=\"\(c(y))\" stroke=\"#7f8c8d\"/>"
      svg += "<text x=\"\(c(axisX - 5))\" y=\"\(c(y + 3))\" text-anchor=\"end\" \(small)>"
      svg += "\(SwedishNumber.percent(share, decimals: share > 0 && share < 0.01 ? 1 : 0))</text>"
    }
    let middle = (plotTop + plotBottom) / 2
    svg += "<text class=\"axis-label\" x=\"9\" y=\"\(c(middle))\" text-anchor=\"middle\" "
    svg += "transform=\"rotate(-90 9 \(c(middle)))\" \(small)>share of draws</text>"
    // The bars.
    for bin in view.bins where bin.share > 0 {
      let a = x(bin.lower)
      let colour = bin.upper <= 0 ? "#c0392b" : "#2471a3"
      svg += "<rect x=\"\(c(a))\" y=\"\(c(plotBottom - h(bin.share)))\" "
      svg += "width=\"\(c(max(0.8, x(bin.upper) - a - 0.3)))\" height=\"\(c(h(bin.share)))\" fill=\"\(colour)\" "
      svg += "fill-opacity=\"0.75\"><title>\(money(bin.lower)) to \(money(bin.upper)): "
      svg += "\(SwedishNumber.percent(bin.share)) of draws</title></rect>"
    }
    // The end bars: the draws beyond the range.
    let tails = [
      (view.belowDraws, view.belowShare, axisX + 4, "≤ \(money(view.low))", "start", axisX + 4),
      (view.aboveDraws, view.aboveShare, width - 6 - tailWidth, "≥ \(money(view.high))", "end", width - 6),
    ]
    for (draws, share, tx, label, anchor, labelX) in tails where draws > 0 {
      let text = "\(label): \(SwedishNumber.grouped(Double(draws))) draws"
      svg += "<rect class=\"tail\" x=\"\(c(tx))\" y=\"\(c(plotBottom - max(1.5, h(share))))\" "
      svg += "width=\"\(c(tailWidth))\" height=\"\(c(max(1.5, h(share))))\" fill=\"#95a5a6\">"
      svg += "<title>\(HTMLText.escape(text))</title></rect>"
      svg += "<text x=\"\(c(labelX))\" y=\"\(c(height - 4))\" text-anchor=\"\(anchor)\" \(small)>"
      svg += "\(HTMLText.escape(text))</text>"
    }
    // The change axis.
    svg += "<line x1=\"\(c(axisX))\" x2=\"\(c(width - 6))\" y1=\"\(c(plotBottom))\" y2=\"\(c(plotBottom))\" "
    svg += "stroke=\"#7f8c8d\"/>"
    let zeroShown = view.low <= 0 && view.high >= 0
    for (v, anchor) in [(view.low, "start"), (view.high, "end")] where !zeroShown || abs(x(v) - x(0)) > 40 {
      svg += "<text x=\"\(c(x(v)))\" y=\"\(c(plotBottom + 12))\" text-anchor=\"\(anchor)\" \(small)>"
      svg += "\(money(v))</text>"
    }
    // The marks: p5, p95 and zero.
    for (level, name) in [(0.05, "p5"), (0.95, "p95")] {
      guard let q = quantiles.first(where: { $0.level == level })?.value, q >= view.low, q <= view.high else {
        continue
      }
      svg += "<line class=\"\(name)\" x1=\"\(c(x(q)))\" x2=\"\(c(x(q)))\" y1=\"\(c(plotTop - 6))\" "
      svg += "y2=\"\(c(plotBottom))\" stroke=\"#d35400\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\">"
      svg += "<title>\(name): \(SwedishNumber.signedKronor(q))</title></line>"
      svg += "<text x=\"\(c(x(q)))\" y=\"\(c(plotTop - 8))\" text-anchor=\"middle\" \(small)>\(name)</text>"
    }
    if zeroShown {
      svg += "<line class=\"zero\" x1=\"\(c(x(0)))\" x2=\"\(c(x(0)))\" y1=\"\(c(plotTop - 2))\" "
      svg += "y2=\"\(c(plotBottom + 3))\" stroke=\"#17202a\" stroke-width=\"1.2\"><title>no change</title></line>"
      svg += "<text x=\"\(c(x(0)))\" y=\"\(c(plotBottom + 12))\" text-anchor=\"middle\" \(small)>0</text>"
    } else {
      let atLeft = view.low > 0
      svg += "<text class=\"zero\" x=\"\(c(atLeft ? left : right))\" y=\"\(c(plotTop - 18))\" "
      svg +=
        "text-anchor=\"\(atLeft ? "start" : "end")\" \(small)>\(atLeft ? "← 0 (no change)" : "0 (no change) →")</text>"
    }
    return svg + "</svg>"
  }

  /// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten at or above a share.
  static func niceCeiling(_ share: Double) -> Double {
    var magnitude = 1.0
    while magnitude > share { magnitude /= 10 }
    while magnitude * 10 < share { magnitude *= 10 }
    return [1.0, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map { $0 * magnitude }.first { $0 >= share } ?? magnitude * 10
  }

  /// A diverging bar chart of each kommun's change, in the given order.
  public static func divergingBars(_ rows: [(label: String, change: Double)]) -> String {
    let labelWidth = 130.0
    let width = 760.0
    let rowHeight = 18.0
    let top = 28.0
    let height = top + rowHeight * Double(rows.count) + 24
    let x = LinearScale(covering: rows.map(\.change), range: (labelWidth + 10)...(width - 70))
    let c = HTMLText.coordinate
    var svg = svgOpen(width: width, height: height, title: "Change against the baseline by kommun")
    svg += axis(x, top: top - 6, bottom: height - 22, labelY: 14)
    for (i, row) in rows.enumerated() {
      let y = top + rowHeight * Double(i)
      svg += "<text x=\"\(c(labelWidth))\" y=\"\(c(y + 13))\" text-anchor=\"end\" \(font)>"
      svg += "\(HTMLText.escape(row.label))</text>"
      let a = x(min(0, row.change))
      let b = x(max(0, row.change))
      let colour = row.change < 0 ? "#c0392b" : "#2471a3"
      svg += "<rect x=\"\(c(a))\" y=\"\(c(y + 3))\" width=\"\(c(max(b - a, row.change == 0 ? 0 : 1)))\" height=\"12\" "
      svg += "fill=\"\(colour)\"><title>\(HTMLText.escape(row.label)): "
      svg += "\(SwedishNumber.signedKronor(row.change))</title></rect>"
      svg += "<text x=\"\(c(b + 4))\" y=\"\(c(y + 13))\" \(font) fill=\"#566573\">"
      svg += "\(SwedishNumber.signedTkr(row.change))</text>"
    }
    return svg + "</svg>"
  }

  static func svgOpen(width: Double, height: Double, title: String) -> String {
    let c = HTMLText.coordinate
    return "<svg viewBox=\"0 0 \(c(width)) \(c(height))\" "
      + "width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
      + "<title>\(HTMLText.escape(title))</title>"
  }

  private static func axis(_ x: LinearScale, top: Double, bottom: Double, labelY: Double) -> String {
    let c = HTMLText.coordinate
    var svg = ""
    for tick in x.ticks() {
      let px = x(tick)
      svg += "<line x1=\"\(c(px))\" x2=\"\(c(px))\" y1=\"\(c(top))\" y2=\"\(c(bottom))\" "
      svg += tick == 0 ? "stroke=\"#17202a\" stroke-width=\"1.2\"/>" : "stroke=\"#d5d8dc\"/>"
      svg += "<text x=\"\(c(px))\" y=\"\(c(labelY))\" text-anchor=\"middle\" \(font) fill=\"#566573\">"
      svg += "\(SwedishNumber.signedTkr(tick))</text>"
    }
    return svg
  }
}
