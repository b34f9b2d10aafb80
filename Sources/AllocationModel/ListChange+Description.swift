extension ListChange: CustomStringConvertible {
  /// The change in words, e.g. `reclassify Gottsunda/Valsätra → RO`.
  public var description: String {
    switch self {
    case .reclassify(let area, let to): "reclassify \(area) → \(to.rawValue)"
    case .add(let area, let kommun, let c): "add \(area) (\(kommun), \(c.rawValue))"
    case .delist(let area): "delist \(area)"
    case .relist(let area, let c): "relist \(area)" + (c.map { " as \($0.rawValue)" } ?? " at its last class")
    case .rename(let area, let to): "rename \(area) → \(to)"
    case .split(let area, let parts):
      "split \(area) into " + parts.map { "\($0.name) (\($0.areaClass.rawValue))" }.joined(separator: ", ")
    }
  }
}
