import AllocationModel

/// A self-contained HTML report: inline CSS and SVG, no scripts, fonts or links to fetch.
public enum HTMLReport {
  /// The report of a Monte Carlo run: risk chart, table and histograms, then the assumptions in words.
  public static func render(_ doc: MonteCarloDocument) -> String {
    let byRisk = MonteCarloReport.byRisk(doc)
    var body = header(
      doc.setup, engine: doc.engine,
      extra: [
        ("Draws", SwedishNumber.grouped(Double(doc.draws))), ("Seed", String(doc.seed)),
        (
          "Statistics",
          doc.statisticsMode == .exact
            ? "exact quantiles from every draw"
            : "streaming, quantiles to \(SwedishNumber.kronor(doc.quantileResolutionKr))"
        ),
      ] + (doc.precision.map { [("Precision", HTMLText.escape($0.sentence))] } ?? []))
    body += selectionNote(doc.selection)
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
        "Kommun", "Baseline", "Baseline tkr", "Mean change", "p5", "p5, 95 % interval", "p50", "p95", "P(loss)",
        "P(loss > 10 %)",
      ],
      rows: byRisk.map { k in
        [
          HTMLText.escape(k.kommun), SwedishNumber.kronor(Double(k.baselineKrRounded)),
          SwedishNumber.tkr(k.baselineKr), SwedishNumber.signedKronor(k.meanChangeKr),
          SwedishNumber.signedKronor(k.p05ChangeKr),
          k.ci95Kr?.p05.map { SwedishNumber.signedKronor($0[0]) + " … " + SwedishNumber.signedKronor($0[1]) } ?? "–",
          SwedishNumber.signedKronor(k.p50ChangeKr),
          SwedishNumber.signedKronor(k.p95ChangeKr), SwedishNumber.percent(k.pLoss),
          SwedishNumber.percent(k.pLoss10pct),
        ]
      })
    if let districts = doc.districts { body += districtSection(districts) }
    body += pathSection(doc)
    body += decompositionSection(doc.varianceDecomposition)
    body += "<h2>Distributions</h2><p class=\"note\">The change of each kommun: the share of draws per bar, "
    body += "on the range that holds all but the most extreme 0,5 % of draws at each end; the grey end bars count "
    body += "the draws beyond it. The dashed orange lines mark the 5th and 95th percentiles (p5, p95), the black "
    body += "line no change. The bars are re-binned from the run's histogram and quantiles, exact at those points "
    body += "and interpolated between them.</p><div class=\"multiples\">"
    for k in doc.kommuner {
      body += "<figure>"
      body += SVGCharts.histogram(
        title: k.kommun, edges: k.histogram.edgesKr, counts: k.histogram.counts,
        quantiles: [
          (0.01, k.p01ChangeKr), (0.05, k.p05ChangeKr), (0.25, k.p25ChangeKr), (0.5, k.p50ChangeKr),
          (0.75, k.p75ChangeKr), (0.95, k.p95ChangeKr), (0.99, k.p99ChangeKr),
        ])
      body += "</figure>"
    }
    body += "</div>"
    body += assumptions(doc.setup)
    body += "<h3>The uncertainty model</h3>"
    body += "<p>\(SwedishNumber.grouped(Double(doc.draws))) hypothetical lists drawn with seed \(doc.seed); each "
    body += "draw applies the changes above, then these random changes.</p>"
    body += list(doc.uncertainty.sentences())
    return page(title: doc.setup.scenario, body: body)
  }

  /// The report of a deterministic scenario: the change chart and table, then the assumptions in words.
  public static func render(_ doc: ScenarioDocument) -> String {
    var body = header(doc.setup, engine: doc.engine, extra: [])
    body += selectionNote(doc.selection)
    let sorted = doc.kommuner.sorted { ($0.changeKrRounded, $0.kommun) < ($1.changeKrRounded, $1.kommun) }
    body += "<h2>Change by kommun</h2><div class=\"chart\">"
    body += SVGCharts.divergingBars(sorted.map { ($0.kommun, Double($0.changeKrRounded)) })
    body += "</div><h2>Per kommun</h2>"
    body += table(
      headers: ["Kommun", "Baseline", "Scenario", "Change", "Change tkr", "Change %", "Status"],
      rows: doc.kommuner.map { r in
        let change = Double(r.changeKrRounded)
        return [
          HTMLText.escape(r.kommun), SwedishNumber.kronor(Double(r.baselineKrRounded)),
          SwedishNumber.kronor(Double(r.scenarioKrRounded)), SwedishNumber.signedKronor(change),
          SwedishNumber.signedTkr(change),
          r.baselineKrRounded > 0 ? SwedishNumber.percent(change / Double(r.baselineKrRounded)) : "–",
          HTMLText.escape(r.status.rawValue),
        ]
      })
    body += claimsSection(doc)
    if let districts = doc.districts { body += districtSection(districts) }
    body += assumptions(doc.setup)
    return page(title: doc.setup.scenario, body: body)
  }

  /// A kommun's districts: their baseline, scenario and change in whole kronor.
  private static func districtSection(_ districts: DistrictTable) -> String {
    "<h2>Per district of \(HTMLText.escape(districts.kommun))</h2>"
      + "<p class=\"note\">\(HTMLText.escape(districts.rule.prefix(1).uppercased() + districts.rule.dropFirst()))</p>"
      + table(
        headers: ["District", "Baseline", "Scenario", "Change", "Change tkr"],
        rows: districts.rows.map { r in
          let change = Double(r.changeKrRounded)
          return [
            HTMLText.escape(r.district), SwedishNumber.kronor(Double(r.baselineKrRounded)),
            SwedishNumber.kronor(Double(r.scenarioKrRounded)), SwedishNumber.signedKronor(change),
            SwedishNumber.signedTkr(change),
          ]
        })
  }

  /// A kommun's districts in a Monte Carlo run: each one's distribution of change.
  private static func districtSection(_ districts: DistrictDistributionTable) -> String {
    "<h2>Per district of \(HTMLText.escape(districts.kommun))</h2>"
      + table(
        headers: ["District", "Baseline", "Mean change", "p5", "p50", "p95", "P(loss)"],
        rows: districts.rows.map { r in
          [
            HTMLText.escape(r.district), SwedishNumber.kronor(r.baselineKr), SwedishNumber.signedKronor(r.meanChangeKr),
            SwedishNumber.signedKronor(r.p05ChangeKr), SwedishNumber.signedKronor(r.p50ChangeKr),
            SwedishNumber.signedKronor(r.p95ChangeKr), SwedishNumber.percent(r.pLoss),
          ]
        })
  }

  /// A note that rows were left out or reordered, or nothing.
  private static func selectionNote(_ selection: RowSelection?) -> String {
    guard let selection else { return "" }
    var parts: [String] = []
    if let kommuner = selection.kommuner {
      parts.append("Showing \(kommuner.count) of \(selection.totalKommuner) kommuner, as chosen with --kommun")
    }
    if let sort = selection.sort { parts.append("rows sorted by \(sort.description)") }
    return "<p class=\"note\">" + HTMLText.escape(parts.joined(separator: "; ")) + ".</p>"
  }

  private static func keyText(_ k: KeySettings) -> String {
    "\(SwedishNumber.percent(k.areaShare, decimals: 0)) by area, weights "
      + AreaClass.allCases.map { "\($0.rawValue) \(Kronor.plain(k.weights[$0]).replacing(".", with: ","))" }
      .joined(separator: ", ")
  }

  private static func roundingText(_ k: KeySettings) -> String {
    k.roundingKr == 1 ? "whole kronor" : "multiples of \(SwedishNumber.kronor(Double(k.roundingKr)))"
  }

  private static func header(_ s: RunSetup, engine: EngineStamp, extra: [(String, String)]) -> String {
    var html = "<header><h1>\(HTMLText.escape(s.scenario))</h1>"
    if let description = s.description, !description.isEmpty { html += "<p>\(HTMLText.escape(description))</p>" }
    var facts: [(String, String)] = []
    if let year = s.baseline.year {
      let payment = s.baseline.payment.flatMap { $0 == "ordinary" ? nil : " (\(HTMLText.escape($0)))" } ?? ""
      facts.append(("Grant year", String(year) + payment))
    }
    var population = "SCB \(HTMLText.escape(s.baseline.populationDate))"
    if let file = s.baseline.populationFile { population += " and the file \(HTMLText.escape(file))" }
    facts += [
      ("Police lists", HTMLText.escape(s.baseline.editions.joined(separator: " → "))), ("Population", population),
      ("Baseline budget", SwedishNumber.kronor(Double(s.baseline.settings.budgetKr))),
      ("Scenario budget", SwedishNumber.kronor(Double(s.settings.budgetKr))), ("Key", keyText(s.settings)),
      (
        "Rounding",
        "baseline \(roundingText(s.baseline.settings)), scenario \(roundingText(s.settings)), by largest remainder"
      ),
      ("Delisted areas", s.settings.delisted == .persist ? "persist (the rule)" : "dropped"),
      ("Splits", s.settings.splits == .technical ? "technical: parts count as one area" : "literal: every part counts"),
    ]
    facts += extra
    facts += [
      ("Engine", "fordela \(HTMLText.escape(engine.version))"),
      ("Data SHA-256", "<code>\(HTMLText.escape(engine.dataHash))</code>"),
      ("Scenario SHA-256", "<code>\(HTMLText.escape(engine.scenarioHash ?? "none: no scenario file"))</code>"),
    ]
    if let date = engine.runDate { facts.append(("Run", HTMLText.escape(date))) }
    html += "<dl>" + facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl></header>"
    return html
  }

  /// The baseline, the populations, the changes and the delisted areas that persist, in words.
  private static func assumptions(_ s: RunSetup) -> String {
    var html = "<h2>What the run assumed</h2><h3>The baseline</h3><p>"
    html += s.baseline.year.map { "The grant year \($0): " } ?? ""
    html += "the police lists \(HTMLText.escape(s.baseline.editions.joined(separator: " → "))) with SCB populations "
    html += "at \(HTMLText.escape(s.baseline.populationDate))"
    html += s.baseline.populationFile.map { " overlaid with the file \(HTMLText.escape($0))" } ?? ""
    html += ", under the official key: \(SwedishNumber.kronor(Double(s.baseline.settings.budgetKr))), "
    html += "\(keyText(s.baseline.settings)); delisted areas persist, every split part counts.</p>"
    html += "<h3>Populations</h3>"
    html += table(
      headers: ["Kommun", "Baseline", "Scenario", "Source"],
      rows: s.populations.map { p in
        [
          HTMLText.escape(p.kommun), p.baselinePopulation.map(SwedishNumber.grouped) ?? "–",
          p.scenarioPopulation.map(SwedishNumber.grouped) ?? "–",
          HTMLText.escape(sourceText(p, file: s.baseline.populationFile)),
        ]
      })
    html += "<h3>Changes applied</h3>"
    html += s.changes.isEmpty ? "<p>None: the scenario's list and populations are the baseline's.</p>" : list(s.changes)
    html += "<h3>Delisted areas that persist in the basis</h3>"
    if s.persistingDelisted.isEmpty {
      html += s.settings.delisted == .drop ? "<p>None: delisted areas are dropped.</p>" : "<p>None.</p>"
    } else {
      html += list(s.persistingDelisted.map(\.description))
    }
    return html
  }

  private static func sourceText(_ p: KommunPopulation, file: String?) -> String {
    switch p.source {
    case .scb: "SCB (embedded, \(p.status ?? "no status"))"
    case .userFile: "your file \(file ?? "(population file)")"
    case .scenario: "derived: the scenario's population change"
    }
  }

  private static func list(_ items: [String]) -> String {
    "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
  }

  static func table(headers: [String], rows: [[String]]) -> String {
    var html = "<table><thead><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
    for row in rows {
      html += "<tr>" + row.enumerated().map { $0 == 0 ? "<th scope=\"row\">\($1)</th>" : "<td>\($1)</td>" }.joined()
      html += "</tr>"
    }
    return html + "</tbody></table>"
  }

  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
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
