/// One hypothetical change of a sweep: a single change to the list or a population, or a pair of list changes.
///
/// Its ``steps`` are ordinary scenario changes, so the row can be replayed by writing them under `changes:`
/// and running `fordela run`.
public struct SweepChange: Sendable, Hashable, Codable {
  /// What kind of change it is.
  public enum Kind: String, CaseIterable, Sendable, Hashable, Codable {
    /// A listed area moves to another class.
    case reclassify
    /// A listed area leaves the list.
    case delist
    /// A delisted area returns to the list at a class.
    case relist
    /// A new area enters the list.
    case add
    /// A kommun's population is multiplied by a factor.
    case population
    /// Two list changes on different areas, applied together.
    case pair

    /// The kinds of single change a sweep enumerates.
    public static let singles: [Kind] = [.reclassify, .delist, .relist, .add, .population]
  }

  /// A stable identifier, e.g. `reclassify:Vivalla:RO` or, for a pair, its two ids joined by `+`.
  public var id: String
  /// The kind.
  public var kind: Kind
  /// The changes, in the scenario file's change syntax and the order they apply.
  public var steps: [ScenarioChange]

  /// Creates a change.
  public init(id: String, kind: Kind, steps: [ScenarioChange]) {
    self.id = id
    self.kind = kind
    self.steps = steps
  }

  /// The single change of one step, with its id and kind; `nil` for a rename or a split, which a sweep does not use.
  public init?(single step: ScenarioChange) {
    switch step {
    case .list(.reclassify(let area, let to)):
      self.init(id: "reclassify:\(area):\(to.rawValue)", kind: .reclassify, steps: [step])
    case .list(.delist(let area)):
      self.init(id: "delist:\(area)", kind: .delist, steps: [step])
    case .list(.relist(let area, let c)):
      self.init(id: "relist:\(area):\(c?.rawValue ?? "last")", kind: .relist, steps: [step])
    case .list(.add(let area, let kommun, let c)):
      let generated = area == SweepBase.newAreaStem(kommun: kommun, areaClass: c)
      self.init(id: "add:\(kommun):\(c.rawValue)" + (generated ? "" : ":\(area)"), kind: .add, steps: [step])
    case .population(let p):
      let value: String =
        switch p.operation {
        case .factor(let f): "×\(f)"
        case .set(let v): "=\(v)"
        case .add(let v): "+\(v)"
        }
      self.init(id: "population:\(p.kommun):\(value)", kind: .population, steps: [step])
    case .list(.rename), .list(.split):
      return nil
    }
  }

  /// The pair of two single list changes, `first` applied first.
  public init(pair first: SweepChange, _ second: SweepChange) {
    self.init(id: first.id + "+" + second.id, kind: .pair, steps: first.steps + second.steps)
  }
}
