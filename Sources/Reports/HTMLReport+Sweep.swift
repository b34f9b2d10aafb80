import AllocationModel

extension HTMLReport {
  /// The most changes the heatmap shows: those with the largest effect on any kommun.
  static let sweepHeatmapRows = 150
  /// The changes each kommun's tornado shows in each direction.
  static let sweepTornadoDepth = 8

  /// The report of a sweep: a heatmap of changes × kommuner, then a tornado chart per kommun.
  public static func render(_ doc: SweepDocument) -> String {
    var body = "<h1>\(HTMLText.escape(doc.headline))</h1>"
    body += "<p class=\"note\">Each change is applied alone (or as a pair) to the base; the amounts are "
    body += "unrounded kronor, the change is against the base. Replay any change by writing its steps under "
    body += "<code>changes:</code> and running <code>fordela run</code>.</p>"
    let kommuner = doc.base.kommuner.map(\.kommun)
    var effect: [[Double]] = doc.changes.map { row in
      var values = [Double](repeating: 0, count: kommuner.count)
      for e in row.kommuner { if let k = kommuner.firstIndex(of: e.kommun) { values[k] = e.changeKr } }
      return values
    }
    let strongest = effect.indices.sorted {
      let a = effect[$0].map(abs).max() ?? 0
      let b = effect[$1].map(abs).max() ?? 0
      return a != b ? a > b : $0 < $1
    }.prefix(sweepHeatmapRows).sorted()
    effect = strongest.map { effect[$0] }
    body += "<h2>Heatmap: changes × kommuner</h2>"
    if strongest.count < doc.changes.count {
      body += "<p class=\"note\">The \(strongest.count) changes with the largest effect on any kommun, "
      body += "of \(doc.changes.count).</p>"
    }
    body += "<div class=\"chart\">"
    body += heatmap(rows: strongest.map { doc.changes[$0].id }, columns: kommuner, values: effect)
    body += "</div><h2>Tornado per kommun</h2><div class=\"multiples\">"
    for kommun in kommuner {
      let effects = doc.effects(on: kommun)
      let losses = effects.filter { $0.changeKr < 0 }.sorted { ($0.changeKr, $0.row) < ($1.changeKr, $1.row) }
      let gains = effects.filter { $0.changeKr > 0 }.sorted { ($1.changeKr, $0.row) < ($0.changeKr, $1.row) }
      let bars = (losses.prefix(sweepTornadoDepth) + gains.prefix(sweepTornadoDepth)).sorted {
        abs($0.changeKr) != abs($1.changeKr) ? abs($0.changeKr) > abs($1.changeKr) : $0.row < $1.row
      }
      body += "<figure><figcaption>\(HTMLText.escape(kommun))</figcaption>"
      body += tornado(bars.map { (doc.changes[$0.row].id, $0.changeKr) }, title: "Largest effects on \(kommun)")
      body += "</figure>"
    }
    body += "</div>"
    return page(title: doc.headline, body: body)
  }

  /// A grid of coloured cells, red for a loss and blue for a gain, darker for larger amounts.
  static func heatmap(rows: [String], columns: [String], values: [[Double]]) -> String {
    let c = HTMLText.coordinate
    let labelWidth = 300.0
    let cell = 14.0
    let top = 110.0
    let width = labelWidth + cell * Double(columns.count) + 10
    let height = top + cell * Double(rows.count) + 10
    let scale = values.flatMap { $0.map(abs) }.max() ?? 0
    var svg = "<svg viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" "
    svg += "role=\"img\" aria-label=\"Heatmap of changes by kommun\"><title>Heatmap of changes by kommun</title>"
    for (j, kommun) in columns.enumerated() {
      let x = labelWidth + cell * Double(j) + cell / 2
      svg += "<text transform=\"translate(\(c(x)),\(c(top - 4))) rotate(-60)\" font-family=\"system-ui, sans-serif\" "
      svg += "font-size=\"10\">\(HTMLText.escape(kommun))</text>"
    }
    for (i, row) in rows.enumerated() {
      let y = top + cell * Double(i)
      svg += "<text x=\"\(c(labelWidth - 4))\" y=\"\(c(y + 10))\" text-anchor=\"end\" "
      svg += "font-family=\"system-ui, sans-serif\" font-size=\"9\">\(HTMLText.escape(row))</text>"
      for (j, v) in values[i].enumerated() {
        let strength = scale > 0 ? (abs(v) / scale).squareRoot() : 0
        let colour = v < 0 ? "192,57,43" : "36,113,163"
        svg += "<rect x=\"\(c(labelWidth + cell * Double(j)))\" y=\"\(c(y))\" width=\"\(c(cell - 1))\" "
        svg += "height=\"\(c(cell - 1))\" fill=\"rgba(\(colour),\(c(strength)))\"><title>"
        svg +=
          "\(HTMLText.escape(row)) · \(HTMLText.escape(columns[j])): \(SwedishNumber.signedKronor(v))</title></rect>"
      }
    }
    return svg + "</svg>"
  }

  /// Horizontal bars of changes, largest first, around a zero line: a tornado chart.
  static func tornado(_ bars: [(label: String, change: Double)], title: String) -> String {
    let c = HTMLText.coordinate
    let labelWidth = 260.0
    let width = 480.0
    let rowHeight = 14.0
    let height = rowHeight * Double(max(bars.count, 1)) + 8
    let scale = bars.map { abs($0.change) }.max() ?? 0
    let half = (width - labelWidth - 10) / 2
    let zero = labelWidth + 5 + half
    var svg = "<svg viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" "
    svg += "role=\"img\" aria-label=\"\(HTMLText.escape(title))\"><title>\(HTMLText.escape(title))</title>"
    svg += "<line x1=\"\(c(zero))\" x2=\"\(c(zero))\" y1=\"0\" y2=\"\(c(height))\" stroke=\"#17202a\"/>"
    for (i, bar) in bars.enumerated() {
      let y = rowHeight * Double(i) + 4
      let length = scale > 0 ? abs(bar.change) / scale * half : 0
      let x = bar.change < 0 ? zero - length : zero
      svg += "<text x=\"\(c(labelWidth))\" y=\"\(c(y + 9))\" text-anchor=\"end\" "
      svg += "font-family=\"system-ui, sans-serif\" font-size=\"9\">\(HTMLText.escape(bar.label))</text>"
      svg += "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(max(length, 0.5)))\" height=\"10\" "
      svg += "fill=\"\(bar.change < 0 ? "#c0392b" : "#2471a3")\"><title>\(HTMLText.escape(bar.label)): "
      svg += "\(SwedishNumber.signedKronor(bar.change))</title></rect>"
    }
    return svg + "</svg>"
  }
}
