/// An area in the basis of the key: listed now, or delisted and (under `persist`) still counting.
public struct BasisArea: Sendable, Hashable, Codable {
  /// The area's current name.
  public var name: String
  /// The kommun the area lies in.
  public var kommun: String
  /// The current class if listed, the last listed class if delisted.
  public var areaClass: AreaClass
  /// Whether the area is on the latest list.
  public var isListed: Bool
  /// Names the area had before, oldest first.
  public var formerNames: [String]
  /// Where the area first entered the basis: an edition id, or `"scenario"`.
  public var enteredIn: String
  /// Where the area was last on the list: an edition id, or `"scenario"`.
  public var lastListedIn: String
  /// The parent area when the area is a part of a split; parts of one parent form a group.
  public var splitGroup: String?

  /// Creates a basis area.
  public init(
    name: String, kommun: String, areaClass: AreaClass, isListed: Bool = true,
    formerNames: [String] = [], enteredIn: String, lastListedIn: String? = nil,
    splitGroup: String? = nil
  ) {
    self.name = name
    self.kommun = kommun
    self.areaClass = areaClass
    self.isListed = isListed
    self.formerNames = formerNames
    self.enteredIn = enteredIn
    self.lastListedIn = lastListedIn ?? enteredIn
    self.splitGroup = splitGroup
  }

  /// Whether the area counts in the key under a policy for delisted areas.
  public func counts(under policy: DelistedPolicy) -> Bool {
    isListed || policy == .persist
  }
}
