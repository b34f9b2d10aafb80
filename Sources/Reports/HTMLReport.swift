/// A self-contained HTML report: inline CSS and SVG, no scripts, fonts or links to fetch.
public enum HTMLReport {
  /// The report of a Monte Carlo run.
  public static func render(_ doc: MonteCarloDocument) -> String {
    let byRisk = doc.kommuner.sorted { ($0.p05ChangeKr, $0.kommun) < ($1.p05ChangeKr, $1.kommun) }
    var body = header(
      title: doc.scenario, description: doc.description, settings: doc.settings, engine: doc.engine,
      extra: [
        ("Draws", SwedishNumber.grouped(Double(doc.draws))), ("Seed", String(doc.seed)),
        (
          "Statistics",
          doc.statisticsMode == "exact"
            ? "exact quantiles from every draw"
            : "streaming, quantiles to \(SwedishNumber.kronor(doc.quantileResolutionKr))"
        ),
      ])
    body += "<h2>Risk at a glance</h2>"
    body += "<p class=\"note\">Each row is a kommun's change against the baseline: the line spans the 5th to the "
    body += "95th percentile, the box the 25th to the 75th, the black tick is the median. Sorted by the 5th "
    body += "percentile, the largest downside first. Red: the median is a loss.</p>"
    body += "<div class=\"chart\">"
    body += SVGCharts.fanChart(
      byRisk.map {
        .init(
          label: $0.kommun, p05: $0.p05ChangeKr, p25: $0.p25ChangeKr, p50: $0.p50ChangeKr, p75: $0.p75ChangeKr,
          p95: $0.p95ChangeKr, mean: $0.meanChangeKr)
      })
    body += "</div>"
    body += "<h2>Per kommun</h2>"
    body += table(
      headers: [
        "Kommun", "Baseline", "Baseline tkr", "Mean change", "p5", "p50", "p95", "P(loss)", "P(loss > 10 %)",
      ],
      rows: byRisk.map { k in
        [
          HTMLText.escape(k.kommun), SwedishNumber.kronor(k.baselineKr), SwedishNumber.tkr(k.baselineKr),
          SwedishNumber.signedKronor(k.meanChangeKr), SwedishNumber.signedKronor(k.p05ChangeKr),
          SwedishNumber.signedKronor(k.p50ChangeKr), SwedishNumber.signedKronor(k.p95ChangeKr),
          SwedishNumber.percent(k.pLoss), SwedishNumber.percent(k.pLoss10pct),
        ]
      })
    body += "<h2>Distributions</h2><p class=\"note\">The change of each kommun over all draws; the dashed line "
    body += "is no change.</p><div class=\"multiples\">"
    for k in doc.kommuner {
      body += "<figure>" + SVGCharts.histogram(title: k.kommun, edges: k.histogram.edgesKr, counts: k.histogram.counts)
      body += "</figure>"
    }
    body += "</div>"
    body += listSection(doc.settings)
    return page(title: doc.scenario, body: body)
  }

  /// The report of a deterministic scenario.
  public static func render(_ summary: DeterministicSummary) -> String {
    var body = header(
      title: summary.scenario, description: summary.description, settings: summary.settings,
      engine: summary.engine, extra: [])
    let sorted = summary.rows.sorted { ($0.changeKr, $0.kommun) < ($1.changeKr, $1.kommun) }
    body += "<h2>Change by kommun</h2><div class=\"chart\">"
    body += SVGCharts.divergingBars(sorted.map { ($0.kommun, $0.changeKr) })
    body += "</div><h2>Per kommun</h2>"
    body += table(
      headers: ["Kommun", "Baseline", "Scenario", "Change", "Change tkr", "Change %", "Status"],
      rows: summary.rows.map { r in
        [
          HTMLText.escape(r.kommun), SwedishNumber.kronor(r.baselineKr), SwedishNumber.kronor(r.scenarioKr),
          SwedishNumber.signedKronor(r.changeKr), SwedishNumber.signedTkr(r.changeKr),
          r.baselineKr > 0 ? SwedishNumber.percent(r.changeKr / r.baselineKr) : "–", HTMLText.escape(r.status),
        ]
      })
    body += listSection(summary.settings)
    return page(title: summary.scenario, body: body)
  }

  private static func header(
    title: String, description: String?, settings: RunSettings?, engine: MonteCarloDocument.Engine,
    extra: [(String, String)]
  ) -> String {
    var html = "<header><h1>\(HTMLText.escape(title))</h1>"
    if let description, !description.isEmpty { html += "<p>\(HTMLText.escape(description))</p>" }
    var facts: [(String, String)] = []
    if let s = settings {
      facts += [
        ("Police lists", s.editions.joined(separator: " → ")), ("Population", "SCB \(s.populationDate)"),
        ("Baseline budget", SwedishNumber.kronor(Double(s.baselineBudgetKr))),
        ("Scenario budget", SwedishNumber.kronor(Double(s.budgetKr))),
        (
          "Key",
          "\(SwedishNumber.percent(s.areaShare, decimals: 0)) by area, weights "
            + ["UO", "RO", "SUO"].map { "\($0) \(SwedishNumber.decimal(s.weights[$0] ?? 0, decimals: 0))" }
            .joined(separator: ", ")
        ),
        ("Delisted areas", s.delisted == "persist" ? "persist (the rule)" : "dropped"),
        ("Splits", s.splits == "technical" ? "technical: parts count as one area" : "literal: every part counts"),
      ]
    }
    facts += extra
    facts += [
      ("Engine", "fordela \(engine.version)"), ("Data SHA-256", "<code>\(engine.dataHash)</code>"),
      ("Scenario SHA-256", "<code>\(engine.scenarioHash)</code>"),
    ]
    if let date = engine.runDate { facts.append(("Run", HTMLText.escape(date))) }
    html += "<dl>" + facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl></header>"
    return html
  }

  private static func listSection(_ settings: RunSettings?) -> String {
    guard let s = settings else { return "" }
    var html = "<h2>The list in this scenario</h2><h3>Changes applied</h3>"
    html += s.changes.isEmpty ? "<p>None: the scenario changes only the key or the policy.</p>" : list(s.changes)
    html += "<h3>Delisted areas that persist in the basis</h3>"
    html += s.persistingDelisted.isEmpty ? "<p>None.</p>" : list(s.persistingDelisted)
    return html
  }

  private static func list(_ items: [String]) -> String {
    "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
  }

  private static func table(headers: [String], rows: [[String]]) -> String {
    var html = "<table><thead><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
    for row in rows {
      html += "<tr>" + row.enumerated().map { $0 == 0 ? "<th scope=\"row\">\($1)</th>" : "<td>\($1)</td>" }.joined()
      html += "</tr>"
    }
    return html + "</tbody></table>"
  }

  private static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="sv">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>\(HTMLText.escape(title)) – fordela</title>
    <style>
    body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#17202a;max-width:1000px;margin:2em auto;\
    padding:0 1em;line-height:1.45}
    h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #d5d8dc;padding-bottom:.2em}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;font-size:.9em}dt{color:#566573}dd{margin:0}
    code{font-size:.85em;word-break:break-all}.note{color:#566573;font-size:.9em}
    table{border-collapse:collapse;width:100%;font-size:.88em}th,td{padding:.25em .5em;border-bottom:1px solid #eaecee}
    td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th{text-align:left}
    thead th{background:#f4f6f8;position:sticky;top:0}
    .chart{overflow-x:auto}.multiples{display:flex;flex-wrap:wrap;gap:.5em}figure{margin:0}
    @media print{thead th{position:static}}
    </style>
    </head>
    <body>
    \(body)
    <footer class="note"><p>Made by fordela. The key: 75 % by weighted area count (UO 1, RO 2, SUO 3), 25 % by \
    population; delisted areas keep counting (A2020/02651, Bilaga 1).</p></footer>
    </body>
    </html>

    """
  }
}
