extension RunSetup {
  /// A one-line description of a key: `243 500 000 kr, 75 % by area (UO 1, RO 2, SUO 3)`; a rounding unit
  /// other than 1 kr follows the budget: `243 500 000 kr in 250 kr units, …`.
  static func describe(_ key: KeySettings) -> String {
    let unit = key.roundingKr == 1 ? "" : " in \(Kronor.grouped(key.roundingKr)) kr units"
    return "\(Kronor.grouped(key.budgetKr)) kr\(unit), \(Kronor.plain(key.areaShare * 100)) % by area "
      + "(UO \(Kronor.plain(key.weights.uo)), RO \(Kronor.plain(key.weights.ro)), SUO \(Kronor.plain(key.weights.suo)))"
  }

  /// The baseline, the scenario's key and the changes, for an 80-column terminal.
  public func settingsText() -> String {
    let year = baseline.year.map { "grant year \($0), " } ?? ""
    var out = "Baseline: \(year)lists \(baseline.editions.joined(separator: "→")), SCB \(baseline.populationDate)"
    out += baseline.populationFile.map { " (+ \($0))" } ?? ""
    out += "\n          \(Self.describe(baseline.settings)), delisted \(baseline.settings.delisted.rawValue)\n"
    out += "Scenario: \(Self.describe(settings)),\n          delisted \(settings.delisted.rawValue), "
    out += "splits \(settings.splits.rawValue)\n"
    if changes.isEmpty {
      out += "Changes:  none\n"
    } else {
      out += "Changes:\n"
      for (i, change) in changes.enumerated() { out += "  \(i + 1). \(change)\n" }
    }
    return out
  }
}
