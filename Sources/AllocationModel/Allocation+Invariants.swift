extension Allocation {
  /// The guarantees this allocation breaks, one sentence each; empty when it keeps them all.
  ///
  /// Checked after the fact, for `--internal-checks`: every amount and part is finite and ≥ 0, every
  /// rounded amount is ≥ 0 and a multiple of the rounding unit, and the rounded amounts sum exactly to the budget.
  public var invariantViolations: [String] {
    var violations: [String] = []
    for k in kommuner {
      for (what, value) in [
        ("weight", k.weight), ("population", k.population), ("area part", k.areaPart),
        ("population part", k.populationPart), ("amount", k.amount),
      ]
      where !value.isFinite || value < 0 {
        violations.append("the \(what) of \(k.kommun) is \(value)")
      }
      if k.rounded < 0 { violations.append("the rounded amount of \(k.kommun) is \(k.rounded)") }
      if key.roundingUnit > 0, k.rounded % key.roundingUnit != 0 {
        violations.append(
          "the rounded amount of \(k.kommun), \(k.rounded), is not a multiple of \(key.roundingUnit) kr")
      }
    }
    let (total, overflow) = kommuner.reduce((Int64(0), false)) { sum, k in
      let (s, o) = sum.0.addingReportingOverflow(k.rounded)
      return (s, sum.1 || o)
    }
    if overflow || total != key.budget {
      violations.append(
        "the rounded amounts sum to \(overflow ? "more than Int64.max" : "\(total)"), not the budget \(key.budget)")
    }
    return violations
  }
}
