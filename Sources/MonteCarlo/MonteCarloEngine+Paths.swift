import AllocationModel
import FordelaGSL
import Synchronization

extension MonteCarloEngine {
  /// Runs a simulation whose draws are paths of ``UncertaintySpec/updates`` list updates (more than one):
  /// each kommun's distribution of change after every update, the last update's as the result's kommuner.
  ///
  /// The same chunks and streams as ``run(_:options:)`` (chunk `c` uses the stream (seed, c)), each path
  /// drawn by a ``PathKernel``, so the result is bit-identical for any number of threads. Every change is
  /// stored (`draws × kommuner × updates` numbers, within the memory budget) and the quantiles are exact.
  /// Drawn claims are for one update only.
  ///
  /// - Throws: ``MonteCarloError`` for an invalid model, drawn claims, a budget too small for the changes,
  ///   or an update without weight.
  static func runPaths(_ input: SimulationInput, options: EngineOptions) throws(MonteCarloError) -> MonteCarloResult {
    let model = try CompiledModel(input)
    let spec = input.uncertainty
    guard spec.claims == nil else {
      throw .invalidParameter(
        "updates: claims are drawn for one list update only; leave out 'claims' or set 'updates' to 1")
    }
    let updates = spec.updates
    let draws = spec.draws
    let threads = max(1, options.threads)
    let k = model.names.count
    let chunks = draws / chunkSize + (draws % chunkSize == 0 ? 0 : 1)
    let needed = exactMemory(draws: draws, k: k * updates, threads: threads, chunks: chunks)
    guard needed <= options.memoryBudget else {
      throw .memoryBudgetTooSmall(needed: needed, budget: options.memoryBudget)
    }
    let clock = ContinuousClock()
    let start = clock.now
    let kernels: [Unchecked<PathKernel>]
    do {
      kernels = try (0..<threads).map { _ throws(GSLError) in
        Unchecked(
          try PathKernel(
            model: model, reclassifies: spec.reclassification != nil, updates: updates, seed: spec.seed))
      }
    } catch {
      throw .gsl(error)
    }
    // `changes[(update · k + kommun) · draws + draw]`: the engine's exact statistics over `updates · k`
    // columns, each update's kommuner one after the other, tallied while the chunks are simulated.
    let columns = updates * k
    let changes = SharedBuffer<Double>(uninitializedCount: draws * columns)
    changes.prefault(threads: threads)
    let done = Atomic<Int>(0)
    let emptyUpdates = Atomic<Int>(0)
    let progress = options.progress
    func simulate(worker: Int, chunk: Int, first: Int, n: Int, afterBlock: (UnsafePointer<Double>, Int, Int) -> Void) {
      let empty = kernels[worker].value.simulate(
        chunk: chunk, draws: n, out: changes.pointer + first, stride: draws, afterBlock: afterBlock)
      if empty > 0 { emptyUpdates.add(empty, ordering: .relaxed) }
      let total = done.add(n, ordering: .relaxed).newValue
      progress?(total)
    }
    // The first chunk first: its changes fix each column's fine bins, as in the one-update run.
    let firstDraws = min(chunkSize, draws)
    simulate(worker: 0, chunk: 0, first: 0, n: firstDraws) { _, _, _ in }
    let fine = (0..<columns).map { ExactStatistics.fineBins(firstChunk: changes.slice($0 * draws, firstDraws)) }
    let baseline = (0..<updates).flatMap { _ in model.baseline }
    let moments = SharedBuffer(repeating: Moments(), count: chunks * columns)
    let accumulators = (0..<threads).map { _ in
      StreamingStatistics.Accumulator(baseline: baseline, fineBins: ExactStatistics.fineBins)
    }
    let sums = SharedBuffer(repeating: ChangeTally.BlockSums(first: 0), count: threads * columns)
    forEachChunk(0..<chunks, draws: draws, threads: threads) { worker, chunk, first, n in
      let accumulator = accumulators[worker]
      guard chunk > 0 else {
        accumulator.add(
          changes.pointer + first, stride: draws, count: n, fine: fine, moments: moments.pointer + chunk * columns)
        return
      }
      let chunkSums = sums.pointer + worker * columns
      var starts = true
      simulate(worker: worker, chunk: chunk, first: first, n: n) {
        accumulator.add(part: $0, stride: $1, count: $2, fine: fine, sums: chunkSums, starts: starts)
        starts = false
      }
      for c in 0..<columns { moments[chunk * columns + c] = chunkSums[c].moments }
    }
    let simulated = clock.now
    let empty = emptyUpdates.load(ordering: .relaxed)
    if empty > 0 { throw .noWeightInDraws(empty) }
    let names = model.names
    let intervals: [(lower: Int, upper: Int)?]
    do { intervals = try QuantileInterval.ranks(levels: Quantiles.levels, n: draws) } catch { throw .gsl(error) }
    let rows = try parallelMap(count: columns, threads: threads) { c throws(GSLError) in
      let summary = ExactStatistics.summary(
        kommun: c, fine: fine[c], baseline: baseline[c], accumulators: accumulators, chunks: chunks
      ) { moments[$0 * columns + c] }
      return try ExactStatistics.kommun(
        name: names[c % k], baseline: baseline[c], column: changes.slice(c * draws, draws), summary: summary,
        histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels, intervals: intervals)
    }
    let byUpdate = (0..<updates).map { Array(rows[$0 * k..<($0 + 1) * k]) }
    let end = clock.now
    var result = MonteCarloResult(
      draws: draws, seed: spec.seed, threads: threads, chunkSize: chunkSize, mode: .exact,
      kommuner: byUpdate[updates - 1], simulateSeconds: elapsed(simulated - start),
      statisticsSeconds: elapsed(end - simulated))
    result.updates = byUpdate
    return result
  }

  /// A duration in seconds.
  private static func elapsed(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}
