import FordelaGSL

/// Sharded runs: one shard's chunks into a ``StreamingPart``, and the parts merged into the result that a
/// one-process streaming run gives, bit for bit.
extension MonteCarloEngine {
  /// Runs only the chunks of `shard` (chunk `c` belongs to shard `c mod shard.count`) in streaming mode
  /// and returns their mergeable state.
  ///
  /// Every shard simulates the pilot chunks (the first 4 chunks of the seed) to fix the same
  /// fine bins; it keeps the statistics of its own chunks only.
  ///
  /// - Throws: ``MonteCarloError`` as ``run(_:options:)`` does, and when `options.mode` is exact.
  public static func runShard(_ input: SimulationInput, shard: Shard, options: EngineOptions = .init())
    throws(MonteCarloError) -> StreamingPart
  {
    switch try execute(input, options: options, shard: shard) {
    case .part(let part): return part
    case .result: preconditionFailure("a shard gives a part")
    }
  }

  /// The result of the whole run from the parts of all its shards, in any order: the same statistics as
  /// ``run(_:options:)`` in streaming mode with the same input, whatever the threads of either.
  ///
  /// Fine-bin counts, extremes and loss counts are summed over the parts; each kommun's moments and the
  /// returned money are merged in chunk order, as a one-process run merges them. The result's `threads`
  /// is the parts' total; its simulation time is the slowest part's.
  ///
  /// - Throws: ``MonteCarloError/invalidParameter(_:)`` when the parts are not exactly one of each shard of
  ///   one run (callers that read parts from files check this first, naming the files).
  public static func merge(_ parts: [StreamingPart], options: EngineOptions = .init()) throws(MonteCarloError)
    -> MonteCarloResult
  {
    let clock = ContinuousClock()
    let start = clock.now
    if let problem = mergeProblem(parts) { throw .invalidParameter("cannot merge the parts: \(problem)") }
    let shards = parts.sorted { $0.shard.index < $1.shard.index }
    let first = shards[0]
    let k = first.kommuner.count
    let chunks = first.chunks
    let statistics = StreamingStatistics(
      pilotLow: first.pilotLow, pilotHigh: first.pilotHigh, baseline: first.baseline)
    let bins = first.fineBins + 2
    let whole = first.shard.count
    let intervals: [(lower: Int, upper: Int)?]
    do { intervals = try QuantileInterval.ranks(levels: Quantiles.levels, n: first.draws) } catch { throw .gsl(error) }
    let kommuner = try parallelMap(count: k, threads: max(1, options.threads)) { j throws(GSLError) in
      var counts = [Int](repeating: 0, count: bins)
      var tally = ChangeTally(baseline: first.baseline[j])
      for part in shards {
        for b in 0..<bins { counts[b] += part.counts[j * bins + b] }
        tally.merge(part.tally(j))
      }
      var moments = Moments()
      for chunk in 0..<chunks { moments.merge(shards[chunk % whole].moments[(chunk / whole) * k + j]) }
      return try statistics.kommun(
        j, name: first.kommuner[j], counts: counts, tally: tally, moments: moments, draws: first.draws,
        histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels, intervals: intervals)
    }
    var returned = 0.0
    if first.drawsClaims {
      for chunk in 0..<chunks { returned += shards[chunk % whole].returned[chunk / whole] }
    }
    let simulateSeconds = shards.map(\.simulateSeconds).max() ?? 0
    var result = MonteCarloResult(
      draws: first.draws, seed: first.seed, threads: shards.map(\.threads).reduce(0, +), chunkSize: first.chunkSize,
      mode: .streaming(resolution: statistics.resolution), kommuner: kommuner, simulateSeconds: simulateSeconds,
      statisticsSeconds: seconds(clock.now - start))
    result.meanReturnedKr = returned / Double(first.draws)
    return result
  }

  /// Why `parts` cannot be merged, or `nil`: they must be one part of each shard of one run, each of
  /// a consistent shape, with the same pilot.
  public static func mergeProblem(_ parts: [StreamingPart]) -> String? {
    guard let first = parts.first else { return "no parts" }
    let n = first.shard.count
    var seen = [Bool](repeating: false, count: n)
    for part in parts {
      if let problem = part.shapeProblem { return "shard \(part.shard.index): \(problem)" }
      guard part.shard.count == n else { return "shards of \(n) and of \(part.shard.count)" }
      guard !seen[part.shard.index] else { return "shard \(part.shard.index) twice" }
      seen[part.shard.index] = true
      guard part.draws == first.draws, part.seed == first.seed, part.chunkSize == first.chunkSize,
        part.kommuner == first.kommuner, part.baseline == first.baseline, part.fineBins == first.fineBins,
        part.drawsClaims == first.drawsClaims
      else { return "shards \(first.shard.index) and \(part.shard.index) are of different runs" }
      guard part.pilotLow == first.pilotLow, part.pilotHigh == first.pilotHigh else {
        return "shards \(first.shard.index) and \(part.shard.index) drew different pilots"
      }
    }
    if let missing = seen.firstIndex(of: false) { return "shard \(missing) of \(n) is missing" }
    guard first.draws >= 1, first.chunkSize == chunkSize else { return "not parts of this engine's runs" }
    guard first.fineBins == StreamingStatistics.fineBins else {
      return "\(first.fineBins) fine bins per kommun, not this engine's \(StreamingStatistics.fineBins)"
    }
    return nil
  }

  /// A shard's mergeable state from its pass over its chunks.
  static func part(
    statistics: StreamingStatistics, accumulators: [StreamingStatistics.Accumulator], moments: SharedBuffer<Moments>,
    returnedByChunk: SharedBuffer<Double>, own: ChunkList, names: [String], input: SimulationInput, shard: Shard,
    threads: Int, simulateSeconds: Double
  ) -> StreamingPart {
    let k = names.count
    let bins = StreamingStatistics.fineBins + 2
    var counts = [Int](repeating: 0, count: k * bins)
    var tallies: [ChangeTally] = []
    for j in 0..<k {
      let (c, tally) = statistics.merged(j, accumulators: accumulators)
      counts.replaceSubrange((j * bins)..<((j + 1) * bins), with: c)
      tallies.append(tally)
    }
    let drawsClaims = returnedByChunk.count > 0
    return StreamingPart(
      draws: input.uncertainty.draws, seed: input.uncertainty.seed, chunkSize: chunkSize, shard: shard,
      threads: threads, kommuner: names, baseline: statistics.baseline, fineBins: StreamingStatistics.fineBins,
      pilotLow: statistics.pilotLow, pilotHigh: statistics.pilotHigh, counts: counts,
      minimum: tallies.map(\.minimum), maximum: tallies.map(\.maximum), losses: tallies.map(\.losses.losses),
      bigLosses: tallies.map(\.losses.bigLosses), moments: (0..<(own.count * k)).map { moments[$0] },
      drawsClaims: drawsClaims, returned: drawsClaims ? own.map { returnedByChunk[$0] } : [],
      simulateSeconds: simulateSeconds)
  }
}

extension StreamingPart {
  /// The shard's tally of kommun `j`.
  func tally(_ j: Int) -> ChangeTally {
    var tally = ChangeTally(baseline: baseline[j])
    tally.minimum = minimum[j]
    tally.maximum = maximum[j]
    tally.losses.losses = losses[j]
    tally.losses.bigLosses = bigLosses[j]
    return tally
  }
}
