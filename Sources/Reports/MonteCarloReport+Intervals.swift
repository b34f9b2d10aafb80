/// The 95 % intervals and the precision target of a Monte Carlo result in its table, CSV and HTML report.
extension MonteCarloReport {
  /// The CSV columns of ``QuantileIntervals``: `mean_ci95_low_kr`, `mean_ci95_high_kr`, then the same for
  /// p01 … p99; a quantile without an interval (too few draws) leaves its cells empty.
  static let intervalHeaders: [String] = ["mean", "p01", "p05", "p25", "p50", "p75", "p95", "p99"].flatMap {
    ["\($0)_ci95_low_kr", "\($0)_ci95_high_kr"]
  }

  /// A row's cells under ``intervalHeaders``.
  static func intervalCells(_ k: MonteCarloDocument.Kommun, dialect: CSVDialect) -> [String] {
    guard let ci = k.ci95Kr else { return Array(repeating: "", count: intervalHeaders.count) }
    return ([ci.mean] + ci.quantiles.map(\.interval)).flatMap { pair in
      pair.map { $0.map(dialect.number) } ?? ["", ""]
    }
  }

  /// The widest 95 % half-widths of the rows' means and 5th percentiles, with their kommuner; `nil` for
  /// documents without intervals.
  static func widestHalfWidths(_ rows: [MonteCarloDocument.Kommun]) -> (
    mean: Double, meanKommun: String, p05: Double?, p05Kommun: String
  )? {
    var widest: (mean: Double, meanKommun: String, p05: Double?, p05Kommun: String)?
    for k in rows {
      guard let ci = k.ci95Kr else { continue }
      var w = widest ?? (0, k.kommun, 0, k.kommun)
      let mean = (ci.mean[1] - ci.mean[0]) / 2
      if mean > w.mean { (w.mean, w.meanKommun) = (mean, k.kommun) }
      if let p05 = ci.p05, let known = w.p05 {
        let half = max(k.p05ChangeKr - p05[0], p05[1] - k.p05ChangeKr)
        if half > known { (w.p05, w.p05Kommun) = (half, k.kommun) }
      } else {
        w.p05 = nil
      }
      widest = w
    }
    return widest
  }

  /// The table's lines on precision: the precision target's outcome when the run had one, and the widest
  /// 95 % half-widths of the shown means and p5s.
  static func precisionLines(_ doc: MonteCarloDocument) -> String {
    var out = doc.precision.map { wrap($0.sentence) } ?? ""
    if let w = widestHalfWidths(doc.kommuner) {
      var text = "95 % intervals: each mean within ±\(kr(w.mean)) kr (widest: \(w.meanKommun)), "
      text +=
        w.p05.map { "each p5 within ±\(kr($0)) kr (widest: \(w.p05Kommun))" }
        ?? "too few draws for an interval of every p5"
      out += wrap(text + "; every quantile's interval is in the CSV and JSON (ci95_kr).")
    }
    return out
  }

  /// A sentence broken between words into lines of at most `width` characters, each ending in a newline.
  static func wrap(_ text: String, width: Int = 80) -> String {
    var out = ""
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !line.isEmpty && line.count + 1 + word.count > width {
        out += line + "\n"
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    return out + line + "\n"
  }

  /// Whole kronor rounded up, grouped.
  private static func kr(_ value: Double) -> String { Kronor.grouped(Int64(value.rounded(.up))) }
}
