import Foundation
import MonteCarlo

/// Each district's distribution of change in a Monte Carlo run, in kronor.
///
/// JSON: `{"kommun", "rows": [{"district", "baseline_kr", "mean_change_kr", "sd_change_kr", "min_change_kr",
/// "p05_change_kr", "p25_change_kr", "p50_change_kr", "p75_change_kr", "p95_change_kr", "max_change_kr",
/// "p_loss"}]}`; changes are unrounded kronor against the district's unrounded baseline amount.
public struct DistrictDistributionTable: Codable, Sendable, Hashable {
  /// One district's distribution.
  public struct Row: Codable, Sendable, Hashable {
    public var district: String
    public var baselineKr: Double
    public var meanChangeKr: Double
    public var sdChangeKr: Double
    public var minChangeKr: Double
    public var p05ChangeKr: Double
    public var p25ChangeKr: Double
    public var p50ChangeKr: Double
    public var p75ChangeKr: Double
    public var p95ChangeKr: Double
    public var maxChangeKr: Double
    /// The share of draws in which the district gets less than in the baseline.
    public var pLoss: Double

    enum CodingKeys: String, CodingKey {
      case district, baselineKr = "baseline_kr", meanChangeKr = "mean_change_kr", sdChangeKr = "sd_change_kr"
      case minChangeKr = "min_change_kr", p05ChangeKr = "p05_change_kr", p25ChangeKr = "p25_change_kr"
      case p50ChangeKr = "p50_change_kr", p75ChangeKr = "p75_change_kr", p95ChangeKr = "p95_change_kr"
      case maxChangeKr = "max_change_kr", pLoss = "p_loss"
    }
  }

  /// The kommun whose amount is split.
  public var kommun: String
  /// The districts, in Swedish name order.
  public var rows: [Row]

  /// The table of an engine result.
  public init(_ result: DistrictDistributions) {
    kommun = result.kommun
    rows = result.districts.map { r in
      Row(
        district: r.kommun, baselineKr: r.baselineAmount, meanChangeKr: r.mean, sdChangeKr: r.sd, minChangeKr: r.min,
        p05ChangeKr: r.p05, p25ChangeKr: r.p25, p50ChangeKr: r.p50, p75ChangeKr: r.p75, p95ChangeKr: r.p95,
        maxChangeKr: r.max, pLoss: r.pLoss)
    }
  }

  /// A table for an 80-column terminal, in thousands of kronor, ending in a newline.
  public func table() -> String {
    var t = TextTable(
      headers: ["District", "Base tkr", "Mean Δ tkr", "p5 Δ tkr", "p95 Δ tkr", "P(loss)"],
      alignments: [.left, .right, .right, .right, .right, .right])
    func tkr(_ x: Double) -> String { Kronor.signed(x / 1000) }
    for r in rows {
      t.append([
        r.district, Kronor.grouped(Int64((r.baselineKr / 1000).rounded())), tkr(r.meanChangeKr), tkr(r.p05ChangeKr),
        tkr(r.p95ChangeKr), String(format: "%.1f %%", r.pLoss * 100),
      ])
    }
    return "Districts of \(kommun):\n" + t.render()
  }

  /// CSV lines with their own header, one per district.
  public func csv(dialect: CSVDialect) -> String {
    var out = dialect.line([
      "kommun", "district", "baseline_kr", "mean_change_kr", "sd_change_kr", "min_change_kr", "p05_change_kr",
      "p25_change_kr", "p50_change_kr", "p75_change_kr", "p95_change_kr", "max_change_kr", "p_loss",
    ])
    for r in rows {
      out += dialect.line(
        [kommun, r.district]
          + [
            r.baselineKr, r.meanChangeKr, r.sdChangeKr, r.minChangeKr, r.p05ChangeKr, r.p25ChangeKr, r.p50ChangeKr,
            r.p75ChangeKr, r.p95ChangeKr, r.maxChangeKr, r.pLoss,
          ].map(dialect.number))
    }
    return out
  }
}
