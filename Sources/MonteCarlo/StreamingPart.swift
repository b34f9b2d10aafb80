/// The mergeable streaming state of one shard of a Monte Carlo run (``MonteCarloEngine/runShard(_:shard:options:)``):
/// everything ``MonteCarloEngine/merge(_:options:)`` needs to give the result of the whole run, bit for bit.
///
/// Per kommun: the pilot's extremes (which fix the fine bins; every shard derives them from the same
/// pilot chunks of the seed), the integer fine-bin counts, extremes and loss counts of the shard's draws;
/// per chunk of the shard, in chunk order: each kommun's moments and, when the run draws claims, the money
/// the chunk returned to the state. Counts and extremes add in any order; moments and returned money are
/// merged in chunk order, as a one-process run merges them.
public struct StreamingPart: Sendable, Hashable {
  /// The draws of the whole run.
  public var draws: Int
  /// The seed of the whole run.
  public var seed: UInt64
  /// Draws per chunk.
  public var chunkSize: Int
  /// Which shard this is.
  public var shard: Shard
  /// The worker threads the shard used (results do not depend on it).
  public var threads: Int
  /// The kommuner, in the engine's (Swedish name) order.
  public var kommuner: [String]
  /// Each kommun's baseline amount.
  public var baseline: [Double]
  /// Inner fine bins per kommun.
  public var fineBins: Int
  /// Each kommun's smallest change in the pilot chunks.
  public var pilotLow: [Double]
  /// Each kommun's largest change in the pilot chunks.
  public var pilotHigh: [Double]
  /// Fine-bin counts, `counts[kommun · (fineBins + 2) + bin]` (bin 0 below the range, `fineBins + 1` above).
  public var counts: [Int]
  /// Each kommun's smallest change in the shard's draws (+∞ without draws).
  public var minimum: [Double]
  /// Each kommun's largest change in the shard's draws (−∞ without draws).
  public var maximum: [Double]
  /// Each kommun's draws with a negative change.
  public var losses: [Int]
  /// Each kommun's draws losing more than 10 % of its baseline amount.
  public var bigLosses: [Int]
  /// The moments of each of the shard's chunks, in chunk order: `moments[position · kommuner + kommun]`.
  public var moments: [Moments]
  /// Whether the run draws claims.
  public var drawsClaims: Bool
  /// The money each of the shard's chunks returned to the state, in chunk order (empty without claims).
  public var returned: [Double]
  /// Seconds the shard spent drawing and tallying.
  public var simulateSeconds: Double

  /// Creates a part.
  public init(
    draws: Int, seed: UInt64, chunkSize: Int, shard: Shard, threads: Int, kommuner: [String], baseline: [Double],
    fineBins: Int, pilotLow: [Double], pilotHigh: [Double], counts: [Int], minimum: [Double], maximum: [Double],
    losses: [Int], bigLosses: [Int], moments: [Moments], drawsClaims: Bool, returned: [Double],
    simulateSeconds: Double
  ) {
    self.draws = draws
    self.seed = seed
    self.chunkSize = chunkSize
    self.shard = shard
    self.threads = threads
    self.kommuner = kommuner
    self.baseline = baseline
    self.fineBins = fineBins
    self.pilotLow = pilotLow
    self.pilotHigh = pilotHigh
    self.counts = counts
    self.minimum = minimum
    self.maximum = maximum
    self.losses = losses
    self.bigLosses = bigLosses
    self.moments = moments
    self.drawsClaims = drawsClaims
    self.returned = returned
    self.simulateSeconds = simulateSeconds
  }

  /// The number of chunks of the whole run.
  public var chunks: Int { draws / chunkSize + (draws % chunkSize == 0 ? 0 : 1) }

  /// The shard's chunks.
  public var chunkList: ChunkList { shard.chunks(of: chunks) }

  /// What is wrong with the part's own shape, or `nil`: array sizes that do not fit its kommuner and chunks.
  public var shapeProblem: String? {
    let k = kommuner.count
    let perKommun: [(String, Int)] = [
      ("baseline", baseline.count), ("pilot_low", pilotLow.count), ("pilot_high", pilotHigh.count),
      ("minimum", minimum.count), ("maximum", maximum.count), ("losses", losses.count),
      ("big_losses", bigLosses.count),
    ]
    for (name, count) in perKommun where count != k { return "\(name) has \(count) values for \(k) kommuner" }
    if counts.count != k * (fineBins + 2) {
      return "counts has \(counts.count) values, not \(k) kommuner × \(fineBins + 2) bins"
    }
    let own = chunkList.count
    if moments.count != own * k { return "moments has \(moments.count) values, not \(own) chunks × \(k) kommuner" }
    if returned.count != (drawsClaims ? own : 0) { return "returned has \(returned.count) values for \(own) chunks" }
    if counts.contains(where: { $0 < 0 }) || losses.contains(where: { $0 < 0 }) {
      return "negative counts"
    }
    return nil
  }
}
