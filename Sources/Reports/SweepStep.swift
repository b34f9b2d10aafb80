import AllocationModel

/// One step of a sweep's change, written as an entry of a scenario file's `changes:`, e.g.
/// `{"reclassify": {"area": "Vivalla", "to": "RO"}}`, so a row can be replayed with `fordela run`.
public struct SweepStep: Codable, Sendable, Hashable {
  /// The change.
  public var change: ScenarioChange

  /// Wraps a change.
  public init(_ change: ScenarioChange) { self.change = change }

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// One part of a split, as `changes:` writes it.
  struct Part: Codable, Hashable {
    var area: String
    var `class`: AreaClass
  }

  /// Writes the step as `{kind: {fields}}`.
  public func encode(to encoder: any Encoder) throws {
    var outer = encoder.container(keyedBy: Key.self)
    switch change {
    case .list(.reclassify(let area, let to)):
      var c = outer.nestedContainer(keyedBy: Key.self, forKey: Key("reclassify"))
      try c.encode(area, forKey: Key("area"))
      try c.encode(to, forKey: Key("to"))
    case .list(.add(let area, let kommun, let areaClass)):
      var c = outer.nestedContainer(keyedBy: Key.self, forKey: Key("add"))
      try c.encode(area, forKey: Key("area"))
      try c.encode(kommun, forKey: Key("kommun"))
      try c.encode(areaClass, forKey: Key("class"))
    case .list(.delist(let area)):
      var c = outer.nestedContainer(keyedBy: Key.self, forKey: Key("delist"))
      try c.encode(area, forKey: Key("area"))
    case .list(.relist(let area, let areaClass)):
      var c = outer.nestedContainer(keyedBy: Key.self, forKey: Key("relist"))
      try c.encode(area, forKey: Key("area"))
      try c.encodeIfPresent(areaClass, forKey: Key("class"))
    case .list(.rename(let area, let to)):
      var c = outer.nestedContainer(keyedBy: Key.self, forKey: Key("rename"))
      try c.encode(area, forKey: Key("area"))
      try c.encode(to, forKey: Key("to"))
    case .list(.split(let area, let parts)):
      var c = outer.nestedContainer(keyedBy: Key.self, forKey: Key("split"))
      try c.encode(area, forKey: Key("area"))
      try c.encode(parts.map { Part(area: $0.name, class: $0.areaClass) }, forKey: Key("into"))
    case .population(let p):
      var c = outer.nestedContainer(keyedBy: Key.self, forKey: Key("population"))
      try c.encode(p.kommun, forKey: Key("kommun"))
      switch p.operation {
      case .factor(let f): try c.encode(f, forKey: Key("factor"))
      case .set(let v): try c.encode(v, forKey: Key("set"))
      case .add(let v): try c.encode(v, forKey: Key("add"))
      }
    }
  }

  /// Reads a step written by ``encode(to:)``.
  public init(from decoder: any Decoder) throws {
    let outer = try decoder.container(keyedBy: Key.self)
    guard let kind = outer.allKeys.first, outer.allKeys.count == 1 else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "one kind per step"))
    }
    let c = try outer.nestedContainer(keyedBy: Key.self, forKey: kind)
    func text(_ key: String) throws -> String { try c.decode(String.self, forKey: Key(key)) }
    switch kind.stringValue {
    case "reclassify":
      change = .list(.reclassify(area: try text("area"), to: try c.decode(AreaClass.self, forKey: Key("to"))))
    case "add":
      change = .list(
        .add(
          area: try text("area"), kommun: try text("kommun"),
          areaClass: try c.decode(AreaClass.self, forKey: Key("class"))))
    case "delist": change = .list(.delist(area: try text("area")))
    case "relist":
      change = .list(
        .relist(area: try text("area"), areaClass: try c.decodeIfPresent(AreaClass.self, forKey: Key("class"))))
    case "rename": change = .list(.rename(area: try text("area"), to: try text("to")))
    case "split":
      let parts = try c.decode([Part].self, forKey: Key("into"))
      change = .list(.split(area: try text("area"), into: parts.map { SplitPart(name: $0.area, areaClass: $0.class) }))
    case "population":
      let kommun = try text("kommun")
      let operation: PopulationChange.Operation
      if let f = try c.decodeIfPresent(Double.self, forKey: Key("factor")) {
        operation = .factor(f)
      } else if let v = try c.decodeIfPresent(Double.self, forKey: Key("set")) {
        operation = .set(v)
      } else {
        operation = .add(try c.decode(Double.self, forKey: Key("add")))
      }
      change = .population(PopulationChange(kommun: kommun, operation: operation))
    default:
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown change '\(kind.stringValue)'"))
    }
  }
}
