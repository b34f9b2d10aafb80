import AllocationModel
import EmbeddedData

/// Random valid scenario files on the 2021 baseline (June 2019 list, SCB 2019-12-31), as YAML text.
///
/// Every change touches its own area or kommun, so the changes are independent of each other and any
/// order of them is valid and means the same. Population changes go to kommuner no list change touches.
public struct RandomScenario: Sendable {
  /// The header lines: name, baseline and key.
  public var header: String
  /// One YAML list item per change, e.g. `  - delist: {area: "Alby"}`.
  public var changes: [String]
  /// The `uncertainty:` section, if any.
  public var uncertainty: String?

  /// The scenario file with its changes in the given order.
  public func yaml(changes order: [String]? = nil) -> String {
    let list = order ?? changes
    return header + (list.isEmpty ? "" : "changes:\n" + list.map { $0 + "\n" }.joined()) + (uncertainty ?? "")
  }

  /// The areas of the June 2019 list, the 2021 baseline.
  public static let areas = PoliceLists.edition("2019")?.areas ?? []

  /// A random key (budget, area share, positive weights, policy) and up to `maximumChanges` independent changes.
  public static func make(using rng: inout some RandomNumberGenerator, maximumChanges: Int = 8) -> RandomScenario {
    var header = "name: Random\nbaseline:\n  year: 2021\n"
    header += "budget_kr: \(Int64.random(in: 1_000...1_000_000_000_000, using: &rng))\n"
    header += "area_share: \(Double(Int.random(in: 0...100, using: &rng)) / 100)\n"
    let weights = (0..<3).map { _ in Int.random(in: 1...6, using: &rng) }
    header += "weights: {UO: \(weights[0]), RO: \(weights[1]), SUO: \(weights[2])}\n"
    header += "delisted: \(Bool.random(using: &rng) ? "persist" : "drop")\n"
    header += "splits: \(Bool.random(using: &rng) ? "literal" : "technical")\n"
    let chosen = areas.shuffled(using: &rng).prefix(Int.random(in: 0...maximumChanges, using: &rng))
    var changes: [String] = []
    for (i, area) in chosen.enumerated() {
      let others = AreaClass.allCases.filter { $0 != area.areaClass }
      let name = "\"\(area.name)\""
      switch Int.random(in: 0..<5, using: &rng) {
      case 0:
        changes.append(
          "  - reclassify: {area: \(name), to: \(others[Int.random(in: 0..<others.count, using: &rng)].rawValue)}")
      case 1: changes.append("  - delist: {area: \(name)}")
      case 2: changes.append("  - rename: {area: \(name), to: \"Nytt namn \(i)\"}")
      case 3:
        let classes = (0..<2).map { _ in AreaClass.allCases[Int.random(in: 0..<3, using: &rng)].rawValue }
        changes.append(
          "  - split: {area: \(name), into: [{area: \"Del \(i)a\", class: \(classes[0])}, "
            + "{area: \"Del \(i)b\", class: \(classes[1])}]}")
      default:
        let areaClass = AreaClass.allCases[Int.random(in: 0..<3, using: &rng)].rawValue
        changes.append("  - add: {area: \"Nytt område \(i)\", kommun: \(area.kommun), class: \(areaClass)}")
      }
    }
    let touched = Set(chosen.map(\.kommun))
    let untouched = Set(areas.map(\.kommun)).subtracting(touched).sorted()
    for kommun in untouched.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)) {
      switch Int.random(in: 0..<3, using: &rng) {
      case 0:
        changes.append(
          "  - population: {kommun: \(kommun), factor: \(Double(Int.random(in: 80...120, using: &rng)) / 100)}")
      case 1: changes.append("  - population: {kommun: \(kommun), add: \(Int.random(in: -5_000...5_000, using: &rng))}")
      default:
        changes.append("  - population: {kommun: \(kommun), set: \(Int.random(in: 20_000...900_000, using: &rng))}")
      }
    }
    return RandomScenario(header: header, changes: changes, uncertainty: nil)
  }

  /// A random valid `uncertainty:` section with `draws` draws: any mix of reclassification (simple or by
  /// matrix), Poisson new areas and population growth.
  public static func uncertainty(draws: Int, using rng: inout some RandomNumberGenerator) -> String {
    func p(_ range: ClosedRange<Int>) -> Double { Double(Int.random(in: range, using: &rng)) / 100 }
    var text = "uncertainty:\n  draws: \(draws)\n  seed: \(UInt64.random(in: 0...UInt64.max, using: &rng))\n"
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: text += "  reclassification: {probability: \(p(0...30)), up: \(p(0...100))}\n"
    case 1:
      text += "  reclassification:\n    matrix:\n"
      text += "      UO: {RO: \(p(0...20)), delisted: \(p(0...20))}\n"
      text += "      RO: {UO: \(p(0...20)), SUO: \(p(0...20)), delisted: \(p(0...10))}\n"
      text += "      SUO: {RO: \(p(0...30))}\n"
    default: break
    }
    if Bool.random(using: &rng) {
      let uo = p(0...100)
      let ro = Double(Int.random(in: 0...Int((1 - uo) * 100 + 0.5), using: &rng)) / 100
      let suo = (1 - uo - ro) * 100
      text += "  new_areas: {mean: \(p(0...300)), class_mix: {UO: \(uo), RO: \(ro), SUO: \(suo.rounded() / 100)}}\n"
    }
    if Bool.random(using: &rng) {
      text += "  population_growth: {mean: \(p(-5...5)), sd: \(p(0...5))}\n"
    }
    return text
  }
}
