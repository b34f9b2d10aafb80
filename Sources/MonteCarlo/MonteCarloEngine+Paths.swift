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
    let needed = saturatingProduct(draws, k, updates, MemoryLayout<Double>.size)
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
    // `changes[(update · k + kommun) · draws + draw]`.
    let changes = SharedBuffer<Double>(uninitializedCount: draws * k * updates)
    changes.prefault(threads: threads)
    let done = Atomic<Int>(0)
    let emptyUpdates = Atomic<Int>(0)
    let progress = options.progress
    forEachChunk(0..<chunks, draws: draws, threads: threads) { worker, chunk, first, n in
      let empty = kernels[worker].value.simulate(chunk: chunk, draws: n, out: changes.pointer + first, stride: draws)
      if empty > 0 { emptyUpdates.add(empty, ordering: .relaxed) }
      let total = done.add(n, ordering: .relaxed).newValue
      progress?(total)
    }
    let simulated = clock.now
    let empty = emptyUpdates.load(ordering: .relaxed)
    if empty > 0 { throw .noWeightInDraws(empty) }
    let names = model.names
    let baseline = model.baseline
    let columns = try parallelMap(count: updates * k, threads: threads) { c throws(GSLError) in
      try ExactStatistics.kommun(
        name: names[c % k], baseline: baseline[c % k], column: changes.slice(c * draws, draws),
        histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels)
    }
    let byUpdate = (0..<updates).map { Array(columns[$0 * k..<($0 + 1) * k]) }
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
