import AllocationModel
import Yams

extension ScenarioResolver {
  /// Reads `uncertainty.updates`, the list updates of each draw's path: 1 (the default) to
  /// ``UncertaintySpec/Limits/updates``. More than one is refused beside drawn `claims`, which are drawn
  /// for one update only, and beside `precision_kr`, which stops one-update runs. `nil` after an error.
  mutating func parseUpdates(_ f: Fields) -> Int? {
    guard let node = f["updates"] else { return 1 }
    let limits = UncertaintySpec.Limits.updates
    guard let updates = reader.integer(node, "'updates'", in: Int64(limits.lowerBound)...Int64(limits.upperBound))
    else { return nil }
    if updates > 1, f["claims"] != nil {
      reader.error(
        node, "'updates' above 1 cannot be combined with drawn 'claims': claims are drawn for one list update",
        hint: "leave out 'claims', or set 'updates' to 1")
      return nil
    }
    if updates > 1, f["precision_kr"] != nil {
      reader.error(
        node, "'updates' above 1 cannot be combined with 'precision_kr': a precision target stops one-update runs",
        hint: "leave out 'precision_kr', or set 'updates' to 1")
      return nil
    }
    return Int(updates)
  }

  /// Refuses a scenario with `districts:` whose draws are paths of more than one list update, at the
  /// `updates` key.
  mutating func checkPathsBesideDistricts(uncertainty: Node?, districts: Node?, spec: UncertaintySpec?) {
    guard let spec, spec.updates > 1, districts != nil, case .mapping(let mapping)? = uncertainty,
      let node = mapping.first(where: { $0.key.string == "updates" })?.value
    else { return }
    reader.error(
      node, "'updates' above 1 cannot be combined with 'districts': districts are split for one list update",
      hint: "set 'updates' to 1, or leave out 'districts'")
  }
}
