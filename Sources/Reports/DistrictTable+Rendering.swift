import AllocationModel

extension DistrictTable {
  /// The text table: a heading naming the kommun, one line per district and the total, ending in a newline.
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
    return "Districts of \(kommun):\n" + t.render()
  }

  /// CSV lines with their own header, one per district: amounts unrounded and in whole kronor.
  public func csv(dialect: CSVDialect) -> String {
    var out = dialect.line([
      "kommun", "district", "baseline_kr", "scenario_kr", "change_kr", "baseline_kr_rounded", "scenario_kr_rounded",
      "change_kr_rounded",
    ])
    for row in rows {
      out += dialect.line([
        kommun, row.district, dialect.number(row.baselineKr), dialect.number(row.scenarioKr),
        dialect.number(row.changeKr), dialect.number(row.baselineKrRounded), dialect.number(row.scenarioKrRounded),
        dialect.number(row.changeKrRounded),
      ])
    }
    return out
  }

  /// A whole-krona change with its sign, or 0.
  private static func change(_ value: Int64) -> String { value == 0 ? "0" : Kronor.signed(Double(value)) }
}
