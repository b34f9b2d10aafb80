import AllocationModel
import Yams

extension ScenarioResolver {
  /// Reads `uncertainty.precision_kr`, a half-width in kronor, checked by the uncertainty model's own
  /// validation (``UncertaintySpec/precisionErrors()``) against the section's `draws` (when they are valid).
  mutating func parsePrecision(_ node: Node, draws: Int?) -> Double? {
    guard let value = reader.numeral(node, "'precision_kr'") else { return nil }
    let spec = UncertaintySpec(
      draws: draws ?? UncertaintySpec.Limits.precisionMinimumDraws, seed: 0, precisionKr: value)
    let places: UncertaintyPlaces = [["precision_kr"]: (node, "'precision_kr'")]
    return report(spec.precisionErrors(), places: places, section: node) ? value : nil
  }
}
