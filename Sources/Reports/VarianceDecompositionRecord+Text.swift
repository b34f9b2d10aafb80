import Foundation

extension VarianceDecompositionRecord {
  /// A short label of a source for narrow tables.
  static func label(_ source: String) -> String {
    switch source {
    case "reclassification": "reclass"
    case "new_areas": "new"
    case "population_growth": "growth"
    default: source
    }
  }

  /// One row per kommun: the first-order (S) and total-effect (ST) index of each source, with a note on
  /// the design, the widest interval and where the intervals are.
  public func table() -> String {
    var t = TextTable(
      headers: ["Kommun"] + sources.map { "S \(Self.label($0))" } + sources.map { "ST \(Self.label($0))" },
      alignments: [.left] + [TextTable.Alignment](repeating: .right, count: 2 * sources.count))
    var widest = 0.0
    for k in kommuner {
      t.append(
        [k.kommun] + sources.map { Self.index(k.firstOrder[$0]) } + sources.map { Self.index(k.total[$0]) })
      for source in sources {
        for interval in [k.firstOrderCI95[source], k.totalCI95[source]] {
          if let interval, interval.count == 2 { widest = max(widest, (interval[1] - interval[0]) / 2) }
        }
      }
    }
    var out = "Variance decomposition: the share of each kommun's variance of change due to each source\n"
    out += "alone (S, first order) and with its interactions (ST, total effect).\n"
    out += "(\(sources.count) + 2) × \(Kronor.grouped(Int64(drawsPerMatrix))) = "
    out += "\(Kronor.grouped(Int64(evaluations))) evaluations; sources: \(sources.joined(separator: ", ")).\n\n"
    out += t.render()
    out += String(
      format: "95 %% intervals (bootstrap, %d resamples) are in the JSON, CSV and HTML; the widest is ±%.3f.\n",
      bootstrapResamples, widest)
    out += String(
      format: "Decomposition: evaluate %.2f s, indices and intervals %.2f s.\n", timing.simulateS, timing.statisticsS)
    return out
  }

  /// Long CSV: one row per kommun and source, each index with its 95 % interval.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.line([
      "kommun", "source", "first_order", "first_order_ci95_lo", "first_order_ci95_hi", "total", "total_ci95_lo",
      "total_ci95_hi", "variance_kr2",
    ])
    for k in kommuner {
      for source in sources {
        let first = k.firstOrderCI95[source] ?? [0, 0]
        let total = k.totalCI95[source] ?? [0, 0]
        out += dialect.line(
          [k.kommun, source]
            + [
              k.firstOrder[source] ?? 0, first.first ?? 0, first.last ?? 0, k.total[source] ?? 0, total.first ?? 0,
              total.last ?? 0, k.varianceKr2,
            ].map(dialect.number))
      }
    }
    return out
  }

  private static func index(_ value: Double?) -> String { String(format: "%.2f", value ?? 0) }
}
