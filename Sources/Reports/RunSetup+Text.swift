extension RunSetup {
  /// A one-line description of a key: `243 500 000 kr, 75 % by area (UO 1, RO 2, SUO 3)`.
  static func describe(_ key: KeySettings) -> String {
    "\(Kronor.grouped(key.budgetKr)) kr, \(Kronor.plain(key.areaShare * 100)) % by area "
      + "(UO \(Kronor.plain(key.weights.uo)), RO \(Kronor.plain(key.weights.ro)), SUO \(Kronor.plain(key.weights.suo)))"
  }

  /// The rounding units of the baseline and the scenario: `amounts in multiples of 250 kr, by largest remainder`.
  func roundingText() -> String {
    func unit(_ kr: Int64) -> String { kr == 1 ? "whole kronor" : "multiples of \(Kronor.grouped(kr)) kr" }
    let (before, after) = (baseline.settings.roundingKr, settings.roundingKr)
    return before == after
      ? "amounts in \(unit(before)), by largest remainder"
      : "baseline in \(unit(before)), scenario in \(unit(after)), by largest remainder"
  }

  /// The baseline, the scenario's key and the changes, for an 80-column terminal.
  public func settingsText() -> String {
    let payment = baseline.payment.flatMap { $0 == "ordinary" ? nil : " \($0)" } ?? ""
    let year = baseline.year.map { "grant year \($0)\(payment), " } ?? ""
    var out = "Baseline: \(year)lists \(baseline.editions.joined(separator: "→")), SCB \(baseline.populationDate)"
    out += baseline.populationFile.map { " (+ \($0))" } ?? ""
    out += "\n          \(Self.describe(baseline.settings)), delisted \(baseline.settings.delisted.rawValue)\n"
    out += "Scenario: \(Self.describe(settings)),\n          delisted \(settings.delisted.rawValue), "
    out += "splits \(settings.splits.rawValue)\n"
    out += "Rounding: \(roundingText())\n"
    if changes.isEmpty {
      out += "Changes:  none\n"
    } else {
      out += "Changes:\n"
      for (i, change) in changes.enumerated() { out += "  \(i + 1). \(change)\n" }
    }
    return out
  }
}
