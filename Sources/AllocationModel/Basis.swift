/// The set of areas the key counts: every area listed since the first edition of a chain.
///
/// The update rule of Bilaga 1 ("Uppdatering", `docs/domain.md`): a listed area counts with its current class,
/// and an area that left the list keeps counting with the class it last had. Whether delisted
/// areas count is decided later, by a ``DelistedPolicy``, so the basis keeps them either way.
public struct Basis: Sendable, Hashable, Codable {
  /// The areas, in the order they entered the basis.
  public var areas: [BasisArea]
  /// The ids of the editions the basis was built from, oldest first.
  public var editions: [String]

  /// Creates a basis from areas.
  public init(areas: [BasisArea], editions: [String]) {
    self.areas = areas
    self.editions = editions
  }

  /// The index of the area with a current name, if any.
  public func index(of name: String) -> Int? {
    areas.firstIndex { $0.name == name }
  }

  /// The area with a current name, if any.
  public subscript(name: String) -> BasisArea? {
    index(of: name).map { areas[$0] }
  }

  /// The names of the kommuner that have at least one area in the basis, whatever the policy.
  public var kommuner: Set<String> { Set(areas.map(\.kommun)) }
}

extension Basis {
  /// Builds the basis of a chain of editions, oldest first, and the transitions between them.
  ///
  /// Areas are identified across editions by name, and `formerly` marks a rename. An area missing
  /// from a later edition is kept as delisted, at its last listed class.
  public static func build(chain: [Edition]) throws(BasisError) -> (basis: Basis, transitions: [EditionTransition]) {
    guard let first = chain.first else { throw .emptyChain }
    var basis = Basis(areas: [], editions: [])
    var transitions: [EditionTransition] = []
    for (position, edition) in chain.enumerated() {
      var seen = Set<String>()
      for row in edition.areas {
        guard seen.insert(row.name).inserted else {
          throw .duplicateArea(edition: edition.id, area: row.name)
        }
      }
      if position == 0 {
        basis.areas = first.areas.map {
          BasisArea(name: $0.name, kommun: $0.kommun, areaClass: $0.areaClass, enteredIn: first.id)
        }
        basis.editions = [first.id]
        continue
      }
      var step = EditionTransition(from: basis.editions.last ?? "", to: edition.id)
      var stillListed = Set<String>()
      for row in edition.areas {
        var existing = basis.index(of: row.name)
        if existing == nil, let old = row.formerly, let renamed = basis.index(of: old) {
          existing = renamed
          basis.areas[renamed].formerNames.append(old)
          basis.areas[renamed].name = row.name
          step.renamed.append(.init(from: old, to: row.name))
        }
        if let i = existing {
          let before = basis.areas[i]
          guard before.kommun == row.kommun else {
            throw .kommunChanged(area: row.name, from: before.kommun, to: row.kommun, edition: edition.id)
          }
          if !before.isListed {
            step.relisted.append(row.name)
          } else if before.areaClass != row.areaClass {
            step.reclassified.append(.init(area: row.name, from: before.areaClass, to: row.areaClass))
          }
          basis.areas[i].areaClass = row.areaClass
          basis.areas[i].isListed = true
          basis.areas[i].lastListedIn = edition.id
        } else {
          basis.areas.append(
            BasisArea(name: row.name, kommun: row.kommun, areaClass: row.areaClass, enteredIn: edition.id))
          step.entered.append(row.name)
        }
        stillListed.insert(row.name)
      }
      for i in basis.areas.indices where basis.areas[i].isListed && !stillListed.contains(basis.areas[i].name) {
        basis.areas[i].isListed = false
        step.left.append(basis.areas[i].name)
      }
      basis.editions.append(edition.id)
      transitions.append(step)
    }
    return (basis, transitions)
  }
}

/// Why a chain of editions cannot form a basis.
public enum BasisError: Error, Sendable, Hashable {
  /// The chain holds no edition.
  case emptyChain
  /// An edition lists the same area twice.
  case duplicateArea(edition: String, area: String)
  /// An area moved to another kommun between editions.
  case kommunChanged(area: String, from: String, to: String, edition: String)
}

extension BasisError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .emptyChain: "no edition was given: a basis needs at least one police list"
    case .duplicateArea(let edition, let area): "edition \(edition) lists the area \(area) twice"
    case .kommunChanged(let area, let from, let to, let edition):
      "the area \(area) lies in \(from) but edition \(edition) places it in \(to)"
    }
  }
}
