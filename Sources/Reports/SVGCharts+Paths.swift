extension SVGCharts {
  /// The quantiles of a kommun's change after one list update of the paths.
  public struct PathPoint: Sendable {
    public var p05: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double

    /// Creates a point.
    public init(p05: Double, p25: Double, p50: Double, p75: Double, p95: Double) {
      self.p05 = p05
      self.p25 = p25
      self.p50 = p50
      self.p75 = p75
      self.p95 = p95
    }
  }

  /// A small fan chart of one kommun's change over the list updates of the paths: update 0 (no change)
  /// to the last on the x axis, the p5–p95 band light, the p25–p75 band darker, the median a line.
  ///
  /// - Parameters:
  ///   - title: the kommun.
  ///   - points: the quantiles after each update, update 1 first.
  /// - Returns: an `<svg>` element.
  public static func pathFan(title: String, points: [PathPoint]) -> String {
    let width = 240.0
    let height = 162.0
    let left = 8.0
    let right = width - 8
    let top = 34.0
    let bottom = height - 20
    let c = HTMLText.coordinate
    let start = PathPoint(p05: 0, p25: 0, p50: 0, p75: 0, p95: 0)
    let all = [start] + points
    // The y scale runs bottom to top: a LinearScale over the changes onto the reversed pixel range.
    let y = LinearScale(covering: all.flatMap { [$0.p05, $0.p95] }, range: top...bottom)
    func py(_ v: Double) -> Double { top + bottom - y(v) }
    func px(_ t: Int) -> Double { left + (right - left) * Double(t) / Double(max(all.count - 1, 1)) }
    func band(_ low: KeyPath<PathPoint, Double>, _ high: KeyPath<PathPoint, Double>) -> String {
      let upper = all.indices.map { "\(c(px($0))),\(c(py(all[$0][keyPath: high])))" }
      let lower = all.indices.reversed().map { "\(c(px($0))),\(c(py(all[$0][keyPath: low])))" }
      return (upper + lower).joined(separator: " ")
    }
    var svg = svgOpen(width: width, height: height, title: "\(title): change over the list updates, p5–p95")
    svg += "<text x=\"\(c(left))\" y=\"14\" \(font) font-weight=\"600\">\(HTMLText.escape(title))</text>"
    svg += "<line x1=\"\(c(left))\" x2=\"\(c(right))\" y1=\"\(c(py(0)))\" y2=\"\(c(py(0)))\" stroke=\"#17202a\"/>"
    svg += "<polygon points=\"\(band(\.p05, \.p95))\" fill=\"#2471a3\" fill-opacity=\"0.18\"/>"
    svg += "<polygon points=\"\(band(\.p25, \.p75))\" fill=\"#2471a3\" fill-opacity=\"0.35\"/>"
    let median = all.indices.map { "\(c(px($0))),\(c(py(all[$0].p50)))" }.joined(separator: " ")
    svg += "<polyline points=\"\(median)\" fill=\"none\" stroke=\"#17202a\" stroke-width=\"1.5\"/>"
    for (t, point) in all.enumerated() {
      svg += "<text x=\"\(c(px(t)))\" y=\"\(c(height - 6))\" text-anchor=\"middle\" \(font) fill=\"#566573\">"
      svg += "\(t)</text>"
      guard t > 0 else { continue }
      svg += "<circle cx=\"\(c(px(t)))\" cy=\"\(c(py(point.p50)))\" r=\"2\" fill=\"#17202a\"><title>"
      svg += "\(HTMLText.escape(title)), update \(t): median \(SwedishNumber.signedKronor(point.p50)), "
      svg += "p5 \(SwedishNumber.signedKronor(point.p05)), p95 \(SwedishNumber.signedKronor(point.p95))"
      svg += "</title></circle>"
    }
    let last = points.last ?? start
    svg += "<text x=\"\(c(right))\" y=\"27\" text-anchor=\"end\" \(font) fill=\"#566573\">"
    svg +=
      "update \(points.count): p5 \(SwedishNumber.signedTkr(last.p05)) · p95 \(SwedishNumber.signedTkr(last.p95))</text>"
    return svg + "</svg>"
  }
}
