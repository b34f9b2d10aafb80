extension Basis {
  /// The name given to where scenario changes happen, in ``BasisArea/enteredIn`` and ``BasisArea/lastListedIn``.
  public static let scenarioEdition = "scenario"

  /// Applies one change to the basis, or throws without changing it.
  ///
  /// - `reclassify` needs a listed area and a different class.
  /// - `add` needs a name no area has; the area enters as listed.
  /// - `delist` needs a listed area; it stays in the basis at its last class (the update rule).
  /// - `relist` needs a delisted area; without a class it returns at its last class.
  /// - `rename` keeps the area and records its old name.
  /// - `split` removes a listed area and adds its parts, listed, in the same kommun, with
  ///   ``BasisArea/splitGroup`` set to the parent's name (or the parent's own group, for a part split again).
  public mutating func apply(_ change: ListChange) throws(ListChangeError) {
    switch change {
    case .reclassify(let name, let to):
      let i = try existing(name)
      guard areas[i].isListed else { throw .notListed(name, change: "reclassify") }
      guard areas[i].areaClass != to else { throw .alreadyClass(name, to) }
      areas[i].areaClass = to
      areas[i].lastListedIn = Self.scenarioEdition
    case .add(let name, let kommun, let areaClass):
      try checkFree(name)
      guard !kommun.allSatisfy(\.isWhitespace) else { throw .emptyName }
      areas.append(BasisArea(name: name, kommun: kommun, areaClass: areaClass, enteredIn: Self.scenarioEdition))
    case .delist(let name):
      let i = try existing(name)
      guard areas[i].isListed else { throw .alreadyDelisted(name) }
      areas[i].isListed = false
    case .relist(let name, let areaClass):
      let i = try existing(name)
      guard !areas[i].isListed else { throw .alreadyListed(name) }
      areas[i].isListed = true
      areas[i].areaClass = areaClass ?? areas[i].areaClass
      areas[i].lastListedIn = Self.scenarioEdition
    case .rename(let name, let to):
      let i = try existing(name)
      guard name != to else { throw .renameToSameName(name) }
      try checkFree(to)
      areas[i].formerNames.append(name)
      areas[i].name = to
    case .split(let name, let parts):
      let i = try existing(name)
      guard areas[i].isListed else { throw .notListed(name, change: "split") }
      guard parts.count >= 2 else { throw .tooFewParts(name, count: parts.count) }
      var seen = Set<String>()
      for part in parts {
        guard seen.insert(part.name).inserted else { throw .duplicatePart(part.name) }
        if part.name != name { try checkFree(part.name) }
        guard !part.name.allSatisfy(\.isWhitespace) else { throw .emptyName }
      }
      let parent = areas[i]
      let group = parent.splitGroup ?? parent.name
      let newAreas = parts.map {
        BasisArea(
          name: $0.name, kommun: parent.kommun, areaClass: $0.areaClass, enteredIn: Self.scenarioEdition,
          splitGroup: group)
      }
      areas.replaceSubrange(i...i, with: newAreas)
    }
  }

  /// Applies changes in order; the first that fails throws, with its position.
  public mutating func apply(_ changes: [ListChange]) throws(IndexedListChangeError) {
    for (index, change) in changes.enumerated() {
      do { try apply(change) } catch { throw IndexedListChangeError(index: index, error: error) }
    }
  }

  /// The index of the area with a current name, or the most precise error for a name that is not current.
  private func existing(_ name: String) throws(ListChangeError) -> Int {
    guard !name.allSatisfy(\.isWhitespace) else { throw .emptyName }
    if let i = index(of: name) { return i }
    if let renamed = areas.first(where: { $0.formerNames.contains(name) }) {
      throw .renamedArea(name, now: renamed.name)
    }
    let parts = areas.filter { $0.splitGroup == name }.map(\.name)
    if !parts.isEmpty { throw .splitParent(name, parts: parts) }
    throw .unknownArea(name)
  }

  /// Throws unless no area has the name, now or as a former name.
  private func checkFree(_ name: String) throws(ListChangeError) {
    guard !name.allSatisfy(\.isWhitespace) else { throw .emptyName }
    if let area = self[name] ?? areas.first(where: { $0.formerNames.contains(name) }) {
      throw .nameTaken(name, kommun: area.kommun)
    }
  }
}

/// A change that failed, with its position in the list of changes.
public struct IndexedListChangeError: Error, Sendable, Hashable {
  /// The position of the change, from 0.
  public var index: Int
  /// Why it failed.
  public var error: ListChangeError

  /// Creates an indexed error.
  public init(index: Int, error: ListChangeError) {
    self.index = index
    self.error = error
  }
}
