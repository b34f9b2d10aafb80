extension Kronor {
  /// The sentence that states a result's rounding unit: `Amounts in multiples of 250 kr (largest remainder,
  /// summing to the budget).`; with a unit of 1 kr, `Amounts in whole kronor (…)`.
  ///
  /// Every output of rounded amounts states its unit (`docs/domain.md`, "Money in whole kronor").
  public static func roundingNote(_ unit: Int64) -> String {
    let rounded = unit == 1 ? "whole kronor" : "multiples of \(grouped(unit)) kr"
    return "Amounts in \(rounded) (largest remainder, summing to the budget)."
  }
}
