import AllocationModel

/// An area off the police list that still counts in the basis, at its last class.
///
/// JSON: `{"area", "kommun", "class": "UO" | "RO" | "SUO", "last_listed"}`.
public struct DelistedAreaRecord: Codable, Sendable, Hashable, CustomStringConvertible {
  /// The area's name.
  public var area: String
  /// Its kommun.
  public var kommun: String
  /// The class it counts at.
  public var areaClass: AreaClass
  /// The last edition that listed it.
  public var lastListed: String

  /// Creates a record.
  public init(area: String, kommun: String, areaClass: AreaClass, lastListed: String) {
    self.area = area
    self.kommun = kommun
    self.areaClass = areaClass
    self.lastListed = lastListed
  }

  /// The areas of a basis that are delisted and count under `policy`, in Swedish name order.
  public static func persisting(in basis: Basis, under policy: DelistedPolicy) -> [DelistedAreaRecord] {
    basis.areas.filter { !$0.isListed && $0.counts(under: policy) }
      .sorted { SwedishCollation.precedes($0.name, $1.name) }
      .map {
        DelistedAreaRecord(area: $0.name, kommun: $0.kommun, areaClass: $0.areaClass, lastListed: $0.lastListedIn)
      }
  }

  /// `Rannebergen (Göteborg, UO, last listed 2019)`.
  public var description: String { "\(area) (\(kommun), \(areaClass.rawValue), last listed \(lastListed))" }

  enum CodingKeys: String, CodingKey {
    case area, kommun, areaClass = "class", lastListed = "last_listed"
  }
}
