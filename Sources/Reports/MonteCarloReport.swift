import Foundation

/// Tables and CSV of a Monte Carlo result; JSON is the ``MonteCarloDocument`` itself.
public enum MonteCarloReport {
  /// The kommuner sorted by the size of the risk: the most negative 5th percentile first.
  public static func byRisk(_ doc: MonteCarloDocument) -> [MonteCarloDocument.Kommun] {
    doc.kommuner.sorted { ($0.p05ChangeKr, $0.kommun) < ($1.p05ChangeKr, $1.kommun) }
  }

  /// A summary table for an 80-column terminal, in thousands of kronor: by risk (``byRisk(_:)``) unless the
  /// document's rows were sorted with `--sort`, then in their order; a footnote says where the populations
  /// came from.
  public static func table(_ doc: MonteCarloDocument) -> String {
    var t = TextTable(
      headers: ["Kommun", "Base tkr", "Mean Δ tkr", "p5 Δ tkr", "p95 Δ tkr", "P(loss)", "P(loss>10%)"],
      alignments: [.left, .right, .right, .right, .right, .right, .right])
    func tkr(_ x: Double) -> String { Kronor.signed(x / 1000) }
    let rows = doc.selection?.sort == nil ? byRisk(doc) : doc.kommuner
    for k in rows {
      t.append([
        k.kommun, Kronor.grouped(Int64((k.baselineKr / 1000).rounded())), tkr(k.meanChangeKr), tkr(k.p05ChangeKr),
        tkr(k.p95ChangeKr), percent(k.pLoss), percent(k.pLoss10pct),
      ])
    }
    var out = "\(doc.setup.scenario)\n"
    out += "\(Kronor.grouped(Int64(doc.draws))) draws · seed \(doc.seed) · \(doc.threads) threads · "
    out +=
      doc.statisticsMode == .exact
      ? "exact quantiles\n"
      : "streaming quantiles (±\(Kronor.grouped(Int64(doc.quantileResolutionKr.rounded(.up)))) kr)\n"
    out += precisionLines(doc)
    out += "Change against the baseline (Δ), "
    out += doc.selection?.sort.map { "sorted by \($0.description)" } ?? "the largest downside (p5) first"
    out += ".\n"
    if let returned = doc.meanReturnedKr {
      out += "Claims are drawn: Δ is the change of each kommun's final amount.\n"
      out += "On average \(Kronor.grouped(Int64(returned.rounded()))) kr a draw goes back to the state.\n"
    }
    out += doc.pathNote()
    if let selection = doc.selection, let kommuner = selection.kommuner {
      out += "Showing \(kommuner.count) of \(selection.totalKommuner) kommuner (--kommun).\n"
    }
    out += "\n" + t.render()
    let unit = doc.setup.baseline.settings.roundingKr
    out += "Rounding: the baseline in \(unit == 1 ? "whole kronor" : "multiples of \(Kronor.grouped(unit)) kr"); "
    out += "the statistics of change are unrounded.\n"
    let populations = Dictionary(doc.setup.populations.map { ($0.kommun, $0) }, uniquingKeysWith: { a, _ in a })
    out += PopulationFootnote.text(
      rows.compactMap { k in
        populations[k.kommun].map { .init(kommun: k.kommun, source: $0.source) }
      }, date: doc.setup.baseline.populationDate, file: doc.setup.baseline.populationFile)
    if let districts = doc.districts { out += "\n" + districts.table() }
    if let decomposition = doc.varianceDecomposition { out += "\n" + decomposition.table() }
    let seconds = doc.timing.simulateS + doc.timing.statisticsS
    out += String(
      format: "\nsimulate %.2f s, statistics %.2f s, %.0f draws/s\n", doc.timing.simulateS, doc.timing.statisticsS,
      Double(doc.draws) / max(seconds, 1e-9))
    return out
  }

  /// CSV of every statistic, one row per kommun in the document's order (Swedish name order unless sorted);
  /// the 95 % intervals (``intervalHeaders``) follow the baseline's rounding unit; a run that draws claims adds
  /// the final amounts' mean, p5, median and p95; with districts, a blank line and the
  /// districts' own table (``DistrictDistributionTable/csv(dialect:)``) follow, and with a variance decomposition its
  /// long table (``VarianceDecompositionRecord/csv(dialect:)``).
  public static func csv(_ doc: MonteCarloDocument, dialect: CSVDialect = .plain) -> String {
    let claims = doc.meanReturnedKr != nil
    var out = dialect.preamble
    out += dialect.line(
      [
        "kommun", "baseline_kr", "baseline_kr_rounded", "mean_change_kr", "sd_change_kr", "se_mean_kr", "min_change_kr",
        "p01_change_kr",
        "p05_change_kr", "p25_change_kr", "p50_change_kr", "p75_change_kr", "p95_change_kr", "p99_change_kr",
        "max_change_kr", "p_loss", "p_loss_10pct", "baseline_rounding_kr",
      ] + intervalHeaders + (claims ? ["mean_final_kr", "p05_final_kr", "p50_final_kr", "p95_final_kr"] : []))
    for k in doc.kommuner {
      out += dialect.line(
        [k.kommun, dialect.number(k.baselineKr), dialect.number(k.baselineKrRounded)]
          + [
            k.meanChangeKr, k.sdChangeKr, k.seMeanKr, k.minChangeKr, k.p01ChangeKr, k.p05ChangeKr,
            k.p25ChangeKr, k.p50ChangeKr, k.p75ChangeKr, k.p95ChangeKr, k.p99ChangeKr, k.maxChangeKr, k.pLoss,
            k.pLoss10pct,
          ].map(dialect.number) + [dialect.number(doc.setup.baseline.settings.roundingKr)]
          + intervalCells(k, dialect: dialect)
          + (claims ? [k.finalKr?.mean ?? 0, k.finalKr?.p05 ?? 0, k.finalKr?.p50 ?? 0, k.finalKr?.p95 ?? 0] : []).map(
            dialect.number))
    }
    if let districts = doc.districts { out += "\n" + districts.csv(dialect: dialect) }
    if let decomposition = doc.varianceDecomposition { out += "\n" + decomposition.csv(dialect: dialect) }
    return out
  }

  private static func percent(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }
}
