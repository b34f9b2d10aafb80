import AllocationModel

extension DistrictTable {
  /// The text table: a heading naming the kommun and the rule, one line per district and the total, ending in a
  /// newline; at most 80 columns wide.
  public func table() -> String {
    var t = TextTable(
      headers: ["District", "Baseline kr", "Scenario kr", "Change kr"], alignments: [.left, .right, .right, .right])
    for row in rows {
      t.append([
        row.district, Kronor.grouped(row.baselineKrRounded), Kronor.grouped(row.scenarioKrRounded),
        Self.change(row.changeKrRounded),
      ])
    }
    t.appendRule()
    let baseline = rows.reduce(0) { $0 + $1.baselineKrRounded }
    let scenario = rows.reduce(0) { $0 + $1.scenarioKrRounded }
    t.append(["Total", Kronor.grouped(baseline), Kronor.grouped(scenario), Self.change(scenario - baseline)])
    let words = rule.split(separator: " ").map(String.init)
    return HistoryReport.wrap("Districts of \(kommun):", words, indent: "") + t.render()
  }

  /// How the money was split, in one sentence.
  public var rule: String {
    let earmarks = rows.reduce(0) { $0 + $1.earmarkKr }
    let weights = AreaClass.allCases.map { "\($0.rawValue) \(Kronor.plain(classWeights[$0]))" }
    var text = earmarks > 0 ? "earmarks of \(Kronor.grouped(Int64(earmarks.rounded()))) kr first, then the rest" : "all"
    text += " by the inhabitants of the listed areas, weighted \(weights.joined(separator: ", ")) per inhabitant."
    return text
  }

  /// CSV lines with their own header, one per district: amounts unrounded and in whole kronor.
  public func csv(dialect: CSVDialect) -> String {
    var out = dialect.line([
      "kommun", "district", "earmark_kr", "baseline_kr", "scenario_kr", "change_kr", "baseline_kr_rounded",
      "scenario_kr_rounded",
      "change_kr_rounded",
    ])
    for row in rows {
      out += dialect.line([
        kommun, row.district, dialect.number(row.earmarkKr), dialect.number(row.baselineKr),
        dialect.number(row.scenarioKr),
        dialect.number(row.changeKr), dialect.number(row.baselineKrRounded), dialect.number(row.scenarioKrRounded),
        dialect.number(row.changeKrRounded),
      ])
    }
    return out
  }

  /// A whole-krona change with its sign, or 0.
  private static func change(_ value: Int64) -> String { value == 0 ? "0" : Kronor.signed(Double(value)) }
}
