/// One row of a police list: an area, its kommun and its class in that edition.
public struct ListedArea: Sendable, Hashable, Codable {
  /// The area's name in this edition; areas are identified across editions by name.
  public var name: String
  /// The kommun the area lies in.
  public var kommun: String
  /// The area's class in this edition.
  public var areaClass: AreaClass
  /// The area's name in the previous edition, when the police renamed it.
  public var formerly: String?

  /// Creates a row of a police list.
  public init(name: String, kommun: String, areaClass: AreaClass, formerly: String? = nil) {
    self.name = name
    self.kommun = kommun
    self.areaClass = areaClass
    self.formerly = formerly
  }
}
