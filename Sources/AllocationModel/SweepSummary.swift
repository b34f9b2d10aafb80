/// What a sweep keeps when it does not keep every row: for each kommun, the changes with the lowest and the
/// highest effect on it (its largest losses and gains), a fixed number of each.
///
/// Changes are named by an id that orders them (a row's index, or a combination's rank); equal effects go to the
/// smaller id, so a summary does not depend on the order changes are recorded in, and summaries of the parts of a
/// sweep merge into the summary of the whole. Recording a change allocates nothing.
public struct SweepSummary: Sendable, Hashable {
  /// One kept change: its id and its effect in kronor.
  public struct Entry: Sendable, Hashable {
    /// The change's id.
    public var id: Int64
    /// Its effect on the kommun, unrounded kronor.
    public var changeKr: Double
  }

  /// The kommuner, in the model's order.
  public let kommuner: [String]
  /// How many changes are kept per kommun and direction.
  public let depth: Int
  /// How many changes were recorded.
  public internal(set) var recorded: Int = 0
  /// How many combinations were skipped because they leave a total weight of zero.
  public internal(set) var skipped: Int = 0
  /// `depth` entries per kommun, lowest change first; `count` says how many are set.
  var lows: [Entry]
  /// `depth` entries per kommun, highest change first.
  var highs: [Entry]
  /// How many entries of each kommun are set.
  var lowCount: [Int]
  var highCount: [Int]
  /// The change a new entry must beat: the last kept one, or ±∞ while there is room.
  var lowBar: [Double]
  var highBar: [Double]

  /// An empty summary.
  public init(kommuner: [String], depth: Int) {
    precondition(depth >= 1, "a summary keeps at least one change per kommun")
    self.kommuner = kommuner
    self.depth = depth
    let empty = Entry(id: .max, changeKr: 0)
    lows = [Entry](repeating: empty, count: kommuner.count * depth)
    highs = lows
    lowCount = [Int](repeating: 0, count: kommuner.count)
    highCount = lowCount
    lowBar = [Double](repeating: .infinity, count: kommuner.count)
    highBar = [Double](repeating: -.infinity, count: kommuner.count)
  }

  /// The summary of rows: each row's index is its id.
  public init(rows: SweepRows, depth: Int) {
    self.init(kommuner: rows.kommuner, depth: depth)
    for r in 0..<rows.count {
      rows.values.withUnsafeBufferPointer { values in
        let n = kommuner.count
        record(UnsafeBufferPointer(rebasing: values[(r * n)..<(r * n + n)]), id: Int64(rows.range.lowerBound + r))
      }
    }
  }

  /// The kept changes with the lowest effect on a kommun (its largest losses), lowest first.
  public func lowest(_ kommun: Int) -> ArraySlice<Entry> {
    lows[(kommun * depth)..<(kommun * depth + lowCount[kommun])]
  }

  /// The kept changes with the highest effect on a kommun (its largest gains), highest first.
  public func highest(_ kommun: Int) -> ArraySlice<Entry> {
    highs[(kommun * depth)..<(kommun * depth + highCount[kommun])]
  }

  /// Records one change's effect on every kommun.
  @inline(__always)
  public mutating func record(_ changes: UnsafeBufferPointer<Double>, id: Int64) {
    recorded += 1
    // Most changes beat no kept one: a pass without branches finds out, and only then are entries placed.
    var beats = 0
    lowBar.withUnsafeBufferPointer { low in
      highBar.withUnsafeBufferPointer { high in
        for k in 0..<changes.count {
          beats |= (changes[k] <= low[k] ? 1 : 0) | (changes[k] >= high[k] ? 1 : 0)
        }
      }
    }
    guard beats != 0 else { return }
    for k in 0..<changes.count {
      let v = changes[k]
      if v <= lowBar[k] { insert(Entry(id: id, changeKr: v), kommun: k, low: true) }
      if v >= highBar[k] { insert(Entry(id: id, changeKr: v), kommun: k, low: false) }
    }
  }

  /// Merges another summary of the same kommuner and depth, as if its changes had been recorded here.
  public mutating func merge(_ other: SweepSummary) {
    precondition(other.kommuner == kommuner && other.depth == depth, "summaries of one sweep")
    recorded += other.recorded
    skipped += other.skipped
    for k in kommuner.indices {
      for e in other.lowest(k) where e.changeKr <= lowBar[k] { insert(e, kommun: k, low: true) }
      for e in other.highest(k) where e.changeKr >= highBar[k] { insert(e, kommun: k, low: false) }
    }
  }

  /// Whether `a` ranks before `b`: the more extreme change, then the smaller id.
  @inline(__always)
  static func before(_ a: Entry, _ b: Entry, low: Bool) -> Bool {
    if a.changeKr != b.changeKr { return low ? a.changeKr < b.changeKr : a.changeKr > b.changeKr }
    return a.id < b.id
  }

  /// Puts an entry into a kommun's kept list if it ranks among the first `depth`.
  mutating func insert(_ entry: Entry, kommun k: Int, low: Bool) {
    let base = k * depth
    var count = low ? lowCount[k] : highCount[k]
    if count == depth {
      let last = low ? lows[base + depth - 1] : highs[base + depth - 1]
      guard Self.before(entry, last, low: low) else { return }
      count -= 1
    }
    var j = base + count
    if low {
      while j > base && Self.before(entry, lows[j - 1], low: true) {
        lows[j] = lows[j - 1]
        j -= 1
      }
      lows[j] = entry
      lowCount[k] = count + 1
      if count + 1 == depth { lowBar[k] = lows[base + depth - 1].changeKr }
    } else {
      while j > base && Self.before(entry, highs[j - 1], low: false) {
        highs[j] = highs[j - 1]
        j -= 1
      }
      highs[j] = entry
      highCount[k] = count + 1
      if count + 1 == depth { highBar[k] = highs[base + depth - 1].changeKr }
    }
  }
}
