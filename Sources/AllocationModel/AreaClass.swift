/// The police's three classes of vulnerable area.
///
/// The raw values are the abbreviations used in the data files and scenario files.
/// Classes are ordered by severity: `UO < RO < SUO`.
public enum AreaClass: String, CaseIterable, Sendable, Hashable, Codable {
  /// *Utsatt område*: a vulnerable area.
  case uo = "UO"
  /// *Riskområde*: a risk area, at risk of becoming particularly vulnerable.
  case ro = "RO"
  /// *Särskilt utsatt område*: a particularly vulnerable area.
  case suo = "SUO"

  /// The class's position in the order of severity (UO 0, RO 1, SUO 2).
  public var rank: Int {
    switch self {
    case .uo: 0
    case .ro: 1
    case .suo: 2
    }
  }

  /// The next more severe class, or `nil` for SUO.
  public var upgraded: AreaClass? {
    switch self {
    case .uo: .ro
    case .ro: .suo
    case .suo: nil
    }
  }

  /// The next less severe class, or `nil` for UO (a UO that goes down leaves the list).
  public var downgraded: AreaClass? {
    switch self {
    case .uo: nil
    case .ro: .uo
    case .suo: .ro
    }
  }

  /// The Swedish name of the class.
  public var swedishName: String {
    switch self {
    case .uo: "utsatt område"
    case .ro: "riskområde"
    case .suo: "särskilt utsatt område"
    }
  }
}

extension AreaClass: Comparable {
  public static func < (lhs: AreaClass, rhs: AreaClass) -> Bool { lhs.rank < rhs.rank }
}
