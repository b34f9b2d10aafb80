extension HTMLReport {
  /// The colours of the sources' segments, in the record's source order, and of the rest.
  static let decompositionColours = ["#2e86c1", "#e67e22", "#27ae60", "#8e44ad"]
  static let decompositionRest = "#d5d8dc"

  /// A run's variance decomposition: one stacked bar per kommun of the first-order indices (what each
  /// source explains alone; the grey rest is interactions and noise), then the indices with their
  /// intervals; empty without a decomposition.
  static func decompositionSection(_ d: VarianceDecompositionRecord?) -> String {
    guard let d else { return "" }
    var html = "<h2>What drives the variance</h2><p class=\"note\">For each kommun, the share of the variance "
    html += "of its change that each source of uncertainty explains alone (first-order Sobol index, Saltelli 2010); "
    html += "the grey rest is what the sources explain only together, plus estimation noise. Total-effect indices "
    html += "(Jansen 1999) and bootstrap 95 % intervals are in the table. "
    html += "(\(d.sources.count) + 2) × \(SwedishNumber.grouped(Double(d.drawsPerMatrix))) = "
    html += "\(SwedishNumber.grouped(Double(d.evaluations))) evaluations.</p>"
    html +=
      "<p>"
      + d.sources.enumerated().map { i, source in
        "<span style=\"display:inline-block;width:.9em;height:.9em;background:\(colour(i))\"></span> "
          + HTMLText.escape(source)
      }.joined(separator: " &nbsp; ")
    html += " &nbsp; <span style=\"display:inline-block;width:.9em;height:.9em;background:\(decompositionRest)\">"
    html += "</span> interactions and noise</p>"
    html += "<div class=\"chart\">" + stackedBars(d) + "</div>"
    func cell(_ value: Double?, _ interval: [Double]?) -> String {
      let v = SwedishNumber.decimal(value ?? 0, decimals: 2)
      guard let interval, interval.count == 2 else { return v }
      return v + " (" + SwedishNumber.decimal(interval[0], decimals: 2) + "–"
        + SwedishNumber.decimal(interval[1], decimals: 2) + ")"
    }
    html += table(
      headers: ["Kommun"] + d.sources.map { "S \(HTMLText.escape($0))" }
        + d.sources.map { "ST \(HTMLText.escape($0))" },
      rows: d.kommuner.map { k in
        [HTMLText.escape(k.kommun)] + d.sources.map { cell(k.firstOrder[$0], k.firstOrderCI95[$0]) }
          + d.sources.map { cell(k.total[$0], k.totalCI95[$0]) }
      })
    return html
  }

  private static func colour(_ i: Int) -> String { decompositionColours[i % decompositionColours.count] }

  /// One horizontal bar per kommun, 0 to 1: each source's first-order index (negative estimates as 0), then
  /// the rest up to 1 in grey.
  static func stackedBars(_ d: VarianceDecompositionRecord) -> String {
    let labelWidth = 150.0
    let barWidth = 500.0
    let row = 18.0
    let height = row * Double(d.kommuner.count) + 24
    let c = HTMLText.coordinate
    let width = labelWidth + barWidth + 20
    var svg = "<svg viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" "
    svg += "height=\"\(c(height))\" role=\"img\" aria-label=\"First-order indices per kommun\" "
    svg += "font-family=\"system-ui,sans-serif\" font-size=\"11\">"
    for (r, k) in d.kommuner.enumerated() {
      let y = Double(r) * row
      svg +=
        "<text x=\"\(c(labelWidth - 6))\" y=\"\(c(y + 12))\" text-anchor=\"end\">\(HTMLText.escape(k.kommun))</text>"
      var x = 0.0
      for (i, source) in d.sources.enumerated() {
        let share = min(max(k.firstOrder[source] ?? 0, 0), 1 - x)
        guard share > 0 else { continue }
        let title =
          "\(k.kommun): \(source) \(SwedishNumber.decimal(k.firstOrder[source] ?? 0, decimals: 2))"
        svg += rect(
          x: labelWidth + x * barWidth, y: y + 2, width: share * barWidth, height: row - 4, fill: colour(i),
          title: title)
        x += share
      }
      if x < 1 {
        svg += rect(
          x: labelWidth + x * barWidth, y: y + 2, width: (1 - x) * barWidth, height: row - 4, fill: decompositionRest,
          title: "\(k.kommun): interactions and noise")
      }
    }
    let axis = row * Double(d.kommuner.count) + 14
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
      svg += "<text x=\"\(c(labelWidth + tick * barWidth))\" y=\"\(c(axis))\" text-anchor=\"middle\">"
      svg += "\(SwedishNumber.decimal(tick, decimals: 2))</text>"
    }
    return svg + "</svg>"
  }

  private static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String)
    -> String
  {
    let c = HTMLText.coordinate
    return "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(width))\" height=\"\(c(height))\" fill=\"\(fill)\">"
      + "<title>\(HTMLText.escape(title))</title></rect>"
  }
}
