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

  private static let font = "font-family=\"system-ui, sans-serif\" font-size=\"11\""

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

  /// A small histogram of one kommun's change, with the zero line marked.
  public static func histogram(title: String, edges: [Double], counts: [Int]) -> String {
    let width = 230.0
    let height = 96.0
    let plotTop = 18.0
    let plotBottom = height - 16
    guard edges.count == counts.count + 1, !counts.isEmpty, let low = edges.first, let high = edges.last else {
      return svgOpen(width: width, height: height, title: title) + "<text x=\"8\" y=\"40\" \(font)>no data</text></svg>"
    }
    let x = LinearScale(covering: [low, high], range: 6...(width - 6), includeZero: false)
    let peak = Double(counts.max() ?? 1)
    let c = HTMLText.coordinate
    var svg = svgOpen(width: width, height: height, title: title)
    svg += "<text x=\"6\" y=\"12\" \(font) font-weight=\"600\">\(HTMLText.escape(title))</text>"
    for (i, count) in counts.enumerated() where count > 0 {
      let left = x(edges[i])
      let h = (plotBottom - plotTop) * Double(count) / max(peak, 1)
      let colour = edges[i + 1] <= 0 ? "#c0392b" : "#2471a3"
      svg += "<rect x=\"\(c(left))\" y=\"\(c(plotBottom - h))\" width=\"\(c(max(0.8, x(edges[i + 1]) - left - 0.3)))\" "
      svg += "height=\"\(c(h))\" fill=\"\(colour)\" fill-opacity=\"0.75\"/>"
    }
    if low <= 0 && high >= 0 {
      svg += "<line x1=\"\(c(x(0)))\" x2=\"\(c(x(0)))\" y1=\"\(c(plotTop - 2))\" y2=\"\(c(plotBottom))\" "
      svg += "stroke=\"#17202a\" stroke-dasharray=\"3 2\"/>"
    }
    svg += "<line x1=\"6\" x2=\"\(c(width - 6))\" y1=\"\(c(plotBottom))\" y2=\"\(c(plotBottom))\" stroke=\"#7f8c8d\"/>"
    svg += "<text x=\"6\" y=\"\(c(height - 3))\" \(font)>\(SwedishNumber.signedTkr(low))</text>"
    svg += "<text x=\"\(c(width - 6))\" y=\"\(c(height - 3))\" text-anchor=\"end\" \(font)>"
    svg += "\(SwedishNumber.signedTkr(high))</text>"
    return svg + "</svg>"
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

  private static func svgOpen(width: Double, height: Double, title: String) -> String {
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
