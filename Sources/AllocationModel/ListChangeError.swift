/// Why a change cannot be applied to the basis as it stands at that point of the scenario.
public enum ListChangeError: Error, Sendable, Hashable {
  /// No area has that name.
  case unknownArea(String)
  /// The name is a former name: the area was renamed (by the police or an earlier change).
  case renamedArea(String, now: String)
  /// The area was split by an earlier change; its parts are areas of their own.
  case splitParent(String, parts: [String])
  /// The area is delisted, so it has no current class to change.
  case notListed(String, change: String)
  /// The area is already delisted.
  case alreadyDelisted(String)
  /// The area is on the list, so it cannot be relisted.
  case alreadyListed(String)
  /// The area already has the class it is reclassified to.
  case alreadyClass(String, AreaClass)
  /// An area with that name already exists (new area, rename target or split part).
  case nameTaken(String, kommun: String)
  /// A rename to the name the area already has.
  case renameToSameName(String)
  /// A split needs at least two parts.
  case tooFewParts(String, count: Int)
  /// Two parts of a split have the same name.
  case duplicatePart(String)
  /// A name that is empty or only spaces.
  case emptyName
}

extension ListChangeError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unknownArea(let a): "no area named '\(a)' in the basis"
    case .renamedArea(let a, let now): "'\(a)' was renamed; it is now called '\(now)'"
    case .splitParent(let a, let parts):
      "'\(a)' was split into \(parts.map { "'\($0)'" }.joined(separator: ", ")) by an earlier change; "
        + "change the parts instead"
    case .notListed(let a, let change):
      "cannot \(change) '\(a)': it is delisted (it persists at its last class); relist it with a class instead"
    case .alreadyDelisted(let a): "cannot delist '\(a)': it is already delisted"
    case .alreadyListed(let a): "cannot relist '\(a)': it is on the list"
    case .alreadyClass(let a, let c): "cannot reclassify '\(a)' to \(c.rawValue): it already is \(c.rawValue)"
    case .nameTaken(let a, let kommun): "an area named '\(a)' already exists (in \(kommun))"
    case .renameToSameName(let a): "cannot rename '\(a)' to its own name"
    case .tooFewParts(let a, let n): "a split of '\(a)' needs at least two parts, got \(n)"
    case .duplicatePart(let a): "the split names the part '\(a)' twice"
    case .emptyName: "an area name cannot be empty"
    }
  }
}

extension ListChangeError: UserFacingError {}
