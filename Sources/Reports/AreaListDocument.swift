import AllocationModel

/// The areas of a police list or of the basis of a chain of lists: what `fordela areas` prints.
///
/// JSON: `{"editions": ["2019", "2021"], "delisted": "persist", "kommuner": […], "areas": [{"area": …,
/// "kommun": …, "class": "UO|RO|SUO", "listed": true|false, "since": "2019", "last_listed": "2021",
/// "persists": true|false|null, "formerly": […]}]}`. For a delisted area, `class` is the class it last
/// had and `persists` says whether it still counts in the key (it does under the `persist` rule).
public struct AreaListDocument: Codable, Sendable, Hashable {
  /// One area of the basis.
  public struct Area: Codable, Sendable, Hashable {
    /// The area's current name.
    public var area: String
    /// The kommun the area lies in.
    public var kommun: String
    /// Its class on the latest list, or the class it last had when delisted.
    public var areaClass: AreaClass
    /// Whether the area is on the latest list of the chain.
    public var listed: Bool
    /// The edition in which the area entered the basis.
    public var since: String
    /// The last edition that listed the area.
    public var lastListed: String
    /// For a delisted area, whether it still counts in the key; `nil` for a listed area.
    public var persists: Bool?
    /// The names the area had in earlier editions, oldest first.
    public var formerly: [String]

    /// Creates a row.
    public init(
      area: String, kommun: String, areaClass: AreaClass, listed: Bool, since: String, lastListed: String,
      persists: Bool?, formerly: [String]
    ) {
      self.area = area
      self.kommun = kommun
      self.areaClass = areaClass
      self.listed = listed
      self.since = since
      self.lastListed = lastListed
      self.persists = persists
      self.formerly = formerly
    }

    enum CodingKeys: String, CodingKey {
      case area, kommun, areaClass = "class", listed, since, lastListed = "last_listed", persists, formerly
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(area, forKey: .area)
      try c.encode(kommun, forKey: .kommun)
      try c.encode(areaClass, forKey: .areaClass)
      try c.encode(listed, forKey: .listed)
      try c.encode(since, forKey: .since)
      try c.encode(lastListed, forKey: .lastListed)
      try c.encode(persists, forKey: .persists)  // null for a listed area
      try c.encode(formerly, forKey: .formerly)
    }
  }

  /// The police lists of the chain, oldest first.
  public var editions: [String]
  /// The policy for delisted areas the `persists` column follows.
  public var delisted: DelistedPolicy
  /// The kommuner the list was narrowed to; empty for every kommun.
  public var kommuner: [String]
  /// The areas, by kommun and then by name, in Swedish order.
  public var areas: [Area]

  /// Creates a document.
  public init(editions: [String], delisted: DelistedPolicy, kommuner: [String], areas: [Area]) {
    self.editions = editions
    self.delisted = delisted
    self.kommuner = kommuner
    self.areas = areas
  }

  /// The areas of a basis, optionally narrowed to some kommuner.
  public init(basis: Basis, delisted: DelistedPolicy, kommuner: [String] = []) {
    let wanted = Set(kommuner)
    let rows = basis.areas.filter { wanted.isEmpty || wanted.contains($0.kommun) }.map { a in
      Area(
        area: a.name, kommun: a.kommun, areaClass: a.areaClass, listed: a.isListed, since: a.enteredIn,
        lastListed: a.lastListedIn, persists: a.isListed ? nil : a.counts(under: delisted), formerly: a.formerNames)
    }
    self.init(
      editions: basis.editions, delisted: delisted, kommuner: kommuner,
      areas: rows.sorted {
        $0.kommun != $1.kommun
          ? SwedishCollation.precedes($0.kommun, $1.kommun) : SwedishCollation.precedes($0.area, $1.area)
      })
  }

  enum CodingKeys: String, CodingKey {
    case editions, delisted, kommuner, areas
  }
}
