extension HTMLReport {
  /// For a run whose draws are paths of several list updates, a fan chart per kommun of its change over the
  /// updates; nothing for a run of one update.
  static func pathSection(_ doc: MonteCarloDocument) -> String {
    guard let updates = doc.updates, updates.count > 1 else { return "" }
    var body = "<h2>Over the list updates</h2><p class=\"note\">Each draw is a path of \(updates.count) list "
    body += "updates. Each chart is a kommun's change against the baseline after each update (0: the baseline): "
    body += "the light band spans the 5th to the 95th percentile, the darker band the 25th to the 75th, the line "
    body += "is the median. The tables and histograms above and below show the last update.</p>"
    body += "<div class=\"multiples\">"
    let names = doc.kommuner.map(\.kommun)
    for name in names {
      let points = updates.map { update in
        update.kommuner.first { $0.kommun == name }.map {
          SVGCharts.PathPoint(
            p05: $0.p05ChangeKr, p25: $0.p25ChangeKr, p50: $0.p50ChangeKr, p75: $0.p75ChangeKr, p95: $0.p95ChangeKr)
        } ?? SVGCharts.PathPoint(p05: 0, p25: 0, p50: 0, p75: 0, p95: 0)
      }
      body += "<figure>" + SVGCharts.pathFan(title: name, points: points) + "</figure>"
    }
    return body + "</div>"
  }
}
