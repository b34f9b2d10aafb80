import AllocationModel

/// The result of `fordela sweep`: the base, every change tried with its effect on each kommun, each kommun's
/// extremes, and how long it took.
///
/// JSON (``JSONText``): `{"kind": "sweep", "base": {"scenario", "file", "baseline": BaselineRecord, "settings":
/// KeySettings, "changes": [SweepStep], "kommuner": [{"kommun", "amount_kr", "weight", "population"}]},
/// "changes": [{"id", "kind", "steps": [SweepStep], "kommuner": [{"kommun", "change_kr", "change_pct"}]}],
/// "extremes": [{"kommun", "base_kr", "largest_loss": {"id", "change_kr"}, "largest_gain": {…}}], "timing":
/// {"changes", "kommuner", "threads", "compile_s", "evaluate_s", "changes_per_s"}}`. `scenario` and `file` are
/// absent for a base given by `--year`; `base.changes` are the file's own changes, on which the sweep's apply.
/// A row lists every kommun eligible in the base or after the change; `change_kr` is unrounded, `change_pct` its
/// share of the base amount in percent (`null` for a kommun not eligible in the base). `extremes` is computed
/// from the rows (``SweepSummary``), so the rows of several parts of a sweep give the whole's.
public struct SweepDocument: Codable, Sendable, Hashable {
  /// A kommun of the base.
  public struct BaseKommun: Codable, Sendable, Hashable {
    /// The kommun.
    public var kommun: String
    /// Its unrounded amount in the base (0 when it is not eligible).
    public var amountKr: Double
    /// Its weighted area count.
    public var weight: Double
    /// Its population figure (0 when unknown).
    public var population: Double

    /// Creates a base kommun.
    public init(kommun: String, amountKr: Double, weight: Double, population: Double) {
      self.kommun = kommun
      self.amountKr = amountKr
      self.weight = weight
      self.population = population
    }

    enum CodingKeys: String, CodingKey { case kommun, amountKr = "amount_kr", weight, population }
  }

  /// What the sweep started from.
  public struct Base: Codable, Sendable, Hashable {
    /// The scenario's name, for a base given by a file.
    public var scenario: String?
    /// The scenario file, as named.
    public var file: String?
    /// The resolved baseline: year, editions, population date and file, official key.
    public var baseline: BaselineRecord
    /// The key, policy and reading the sweep evaluates with.
    public var settings: KeySettings
    /// The file's own changes, which the sweep's changes come after.
    public var changes: [SweepStep]
    /// The kommuner the sweep can touch, in Swedish order.
    public var kommuner: [BaseKommun]

    /// Creates a base record.
    public init(
      scenario: String?, file: String?, baseline: BaselineRecord, settings: KeySettings, changes: [SweepStep],
      kommuner: [BaseKommun]
    ) {
      self.scenario = scenario
      self.file = file
      self.baseline = baseline
      self.settings = settings
      self.changes = changes
      self.kommuner = kommuner
    }
  }

  /// One kommun's change under one change of the sweep.
  public struct Effect: Codable, Sendable, Hashable {
    /// The kommun.
    public var kommun: String
    /// The change of its unrounded amount, kronor.
    public var changeKr: Double
    /// The change in percent of its base amount; `nil` when it was not eligible.
    public var changePct: Double?

    enum CodingKeys: String, CodingKey { case kommun, changeKr = "change_kr", changePct = "change_pct" }

    /// Writes `change_pct` as `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(kommun, forKey: .kommun)
      try c.encode(changeKr, forKey: .changeKr)
      try c.encode(changePct, forKey: .changePct)
    }
  }

  /// One change tried.
  public struct Row: Codable, Sendable, Hashable {
    /// Its id.
    public var id: String
    /// Its kind.
    public var kind: SweepChange.Kind
    /// Its steps, as `changes:` entries.
    public var steps: [SweepStep]
    /// Its effect on each kommun.
    public var kommuner: [Effect]
  }

  /// A change named by its id with its effect on one kommun.
  public struct Extreme: Codable, Sendable, Hashable {
    /// The change's id.
    public var id: String
    /// Its effect, kronor.
    public var changeKr: Double

    enum CodingKeys: String, CodingKey { case id, changeKr = "change_kr" }
  }

  /// A kommun's largest loss and largest gain over the sweep.
  public struct Extremes: Codable, Sendable, Hashable {
    /// The kommun.
    public var kommun: String
    /// Its base amount.
    public var baseKr: Double
    /// The change that lowers its amount most.
    public var largestLoss: Extreme?
    /// The change that raises its amount most.
    public var largestGain: Extreme?

    enum CodingKeys: String, CodingKey {
      case kommun, baseKr = "base_kr", largestLoss = "largest_loss", largestGain = "largest_gain"
    }
  }

  /// How the sweep ran.
  public struct Timing: Codable, Sendable, Hashable {
    /// The number of changes evaluated.
    public var changes: Int
    /// The number of kommuner per change.
    public var kommuner: Int
    /// The worker threads.
    public var threads: Int
    /// Seconds spent enumerating and compiling.
    public var compileSeconds: Double
    /// Seconds spent evaluating.
    public var evaluateSeconds: Double

    /// Changes evaluated per second.
    public var changesPerSecond: Double { evaluateSeconds > 0 ? Double(changes) / evaluateSeconds : 0 }

    /// Creates a timing record.
    public init(changes: Int, kommuner: Int, threads: Int, compileSeconds: Double, evaluateSeconds: Double) {
      self.changes = changes
      self.kommuner = kommuner
      self.threads = threads
      self.compileSeconds = compileSeconds
      self.evaluateSeconds = evaluateSeconds
    }

    enum CodingKeys: String, CodingKey {
      case changes, kommuner, threads, compileSeconds = "compile_s", evaluateSeconds = "evaluate_s"
      case changesPerSecond = "changes_per_s"
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      changes = try c.decode(Int.self, forKey: .changes)
      kommuner = try c.decode(Int.self, forKey: .kommuner)
      threads = try c.decode(Int.self, forKey: .threads)
      compileSeconds = try c.decode(Double.self, forKey: .compileSeconds)
      evaluateSeconds = try c.decode(Double.self, forKey: .evaluateSeconds)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(changes, forKey: .changes)
      try c.encode(kommuner, forKey: .kommuner)
      try c.encode(threads, forKey: .threads)
      try c.encode(compileSeconds, forKey: .compileSeconds)
      try c.encode(evaluateSeconds, forKey: .evaluateSeconds)
      try c.encode(changesPerSecond, forKey: .changesPerSecond)
    }
  }

  /// Always `"sweep"`.
  public var kind = "sweep"
  /// The base.
  public var base: Base
  /// The changes, in the sweep's order.
  public var changes: [Row]
  /// Each kommun's extremes, in Swedish order.
  public var extremes: [Extremes]
  /// How the sweep ran.
  public var timing: Timing

  /// The document of a sweep's rows.
  public init(base: Base, model: SweepModel, rows: SweepRows, timing: Timing) {
    self.base = base
    let baseAmount = model.baseAmount
    changes = rows.range.map { c in
      let change = model.changes[c]
      let effects = model.kommuner.indices.compactMap { k -> Effect? in
        let v = rows[c, k]
        guard baseAmount[k] > 0 || v != 0 else { return nil }
        return Effect(
          kommun: model.kommuner[k], changeKr: v, changePct: baseAmount[k] > 0 ? v / baseAmount[k] * 100 : nil)
      }
      return Row(id: change.id, kind: change.kind, steps: change.steps.map(SweepStep.init), kommuner: effects)
    }
    let summary = SweepSummary(rows: rows, depth: 1)
    extremes = model.kommuner.indices.map { k in
      func extreme(_ e: SweepSummary.Entry?) -> Extreme? {
        e.map { Extreme(id: model.changes[Int($0.id)].id, changeKr: $0.changeKr) }
      }
      return Extremes(
        kommun: model.kommuner[k], baseKr: baseAmount[k],
        largestLoss: extreme(summary.lowest(k).first.flatMap { $0.changeKr < 0 ? $0 : nil }),
        largestGain: extreme(summary.highest(k).first.flatMap { $0.changeKr > 0 ? $0 : nil }))
    }
    self.timing = timing
  }

  /// The effect of every row on one kommun, as (row, change) pairs; rows that do not list it count as 0.
  public func effects(on kommun: String) -> [(row: Int, changeKr: Double)] {
    changes.indices.map { r in (r, changes[r].kommuner.first { $0.kommun == kommun }?.changeKr ?? 0) }
  }
}
