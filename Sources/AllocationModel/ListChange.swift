/// One change to the police list, as a scenario describes it.
///
/// Changes apply in order on top of a ``Basis``; see ``Basis/apply(_:)-(ListChange)``.
public enum ListChange: Sendable, Hashable, Codable {
  /// A listed area moves to another class.
  case reclassify(area: String, to: AreaClass)
  /// A new area enters the list.
  case add(area: String, kommun: String, areaClass: AreaClass)
  /// A listed area leaves the list; under `persist` it keeps counting at its last class.
  case delist(area: String)
  /// A delisted area returns to the list, at a class or (when `nil`) at its last class.
  case relist(area: String, areaClass: AreaClass?)
  /// An area gets a new name; it stays the same area.
  case rename(area: String, to: String)
  /// An area is split into parts, each a listed area of its own kommun.
  case split(area: String, into: [SplitPart])

  /// The area the change refers to (the parent of a split).
  public var area: String {
    switch self {
    case .reclassify(let area, _), .add(let area, _, _), .delist(let area), .relist(let area, _),
      .rename(let area, _), .split(let area, _):
      area
    }
  }

  /// The area names the change brings into the basis.
  public var introducedNames: [String] {
    switch self {
    case .add(let area, _, _): [area]
    case .rename(_, let to): [to]
    case .split(_, let parts): parts.map(\.name)
    case .reclassify, .delist, .relist: []
    }
  }
}

/// One part of a split area: its name and class.
public struct SplitPart: Sendable, Hashable, Codable {
  /// The part's name.
  public var name: String
  /// The part's class.
  public var areaClass: AreaClass

  /// Creates a split part.
  public init(name: String, areaClass: AreaClass) {
    self.name = name
    self.areaClass = areaClass
  }
}
