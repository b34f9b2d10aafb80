import Dispatch
import FordelaGSL
import Synchronization

/// Draws hypothetical police lists in parallel and summarises every kommun's change.
///
/// Draws are cut into fixed-size chunks; chunk `c` always uses the random stream (seed, c), and
/// every statistic is computed in an order that does not depend on which thread ran which chunk,
/// so the result is bit-identical for any number of threads.
public enum MonteCarloEngine {
  /// Draws per chunk: each chunk has its own random stream.
  public static let chunkSize = 8192

  /// Chunks simulated first in streaming mode to fix each kommun's bin range.
  static let pilotChunkCount = 4

  /// Runs the simulation and its statistics.
  public static func run(_ input: SimulationInput, options: EngineOptions = .init()) throws(MonteCarloError)
    -> MonteCarloResult
  {
    // Paths of several list updates have their own kernel, so that the one-update loop below stays as it is.
    if input.uncertainty.updates > 1 { return try runPaths(input, options: options) }
    if let target = input.uncertainty.precisionKr { return try run(input, options: options, precisionKr: target) }
    switch try execute(input, options: options, shard: nil) {
    case .result(let result): return result
    case .part: preconditionFailure("a run without a shard gives a result")
    }
  }

  /// What ``execute(_:options:shard:)`` gives: the whole result, or one shard's mergeable state.
  enum Outcome {
    case result(MonteCarloResult)
    case part(StreamingPart)
  }

  /// Runs the simulation: every chunk into the result, or (with `shard`) only the shard's chunks, in
  /// streaming mode, into its mergeable state. A shard's chunks go through exactly the code a one-process
  /// streaming run uses for them.
  static func execute(_ input: SimulationInput, options: EngineOptions, shard: Shard?) throws(MonteCarloError)
    -> Outcome
  {
    if shard != nil, options.mode == .exact {
      throw .invalidParameter("a shard keeps mergeable streaming statistics: it cannot use exact statistics")
    }
    let model = try CompiledModel(input)
    let draws = input.uncertainty.draws
    let seed = input.uncertainty.seed
    let threads = max(1, options.threads)
    let k = model.names.count
    // Sizes saturate instead of overflowing: a huge --draws is a memory-budget error, not a trap.
    let chunks = draws / chunkSize + (draws % chunkSize == 0 ? 0 : 1)
    // The chunks this process computes: every chunk, or a shard's.
    let own = (shard ?? .whole).chunks(of: chunks)
    let exactBytes = exactMemory(draws: draws, k: k, threads: threads, chunks: chunks)
    let streamingBytes = streamingMemory(k: k, threads: threads, chunks: chunks, ownChunks: own.count)
    let exact: Bool
    switch options.mode {
    case .exact: exact = true
    case .streaming: exact = false
    case .auto: exact = shard == nil && exactBytes <= options.memoryBudget
    }
    let needed = exact ? exactBytes : streamingBytes
    guard needed <= options.memoryBudget else {
      throw .memoryBudgetTooSmall(needed: streamingBytes, budget: options.memoryBudget)
    }

    let intervals: [(lower: Int, upper: Int)?]
    do { intervals = try QuantileInterval.ranks(levels: Quantiles.levels, n: draws) } catch { throw .gsl(error) }

    let clock = ContinuousClock()
    let start = clock.now
    let kernels = try makeKernels(model: model, seed: seed, count: threads)
    // Chosen once per run: without claims the kernel's own loop runs, untouched.
    let claimsKernels = try makeClaimsKernels(input, kommuner: k, count: threads)
    let returnedByChunk = SharedBuffer<Double>(repeating: 0, count: claimsKernels.isEmpty ? 0 : chunks)
    let done = Atomic<Int>(0)
    let emptyDraws = Atomic<Int>(0)
    let progress = options.progress
    @Sendable func report(_ n: Int) {
      let total = done.add(n, ordering: .relaxed).newValue
      progress?(total)
    }

    /// Simulates one chunk on a worker's kernel into `out` (`out[kommun · stride + i]`).
    func simulate(
      worker: Int, chunk: Int, draws n: Int, out: UnsafeMutablePointer<Double>, stride: Int,
      afterBlock: (UnsafePointer<Double>, Int, Int) -> Void = { _, _, _ in }
    ) {
      let empty: Int
      if claimsKernels.isEmpty {
        empty = kernels[worker].value.simulate(chunk: chunk, draws: n, out: out, stride: stride, afterBlock: afterBlock)
      } else {
        let outcome = model.baseline.withUnsafeBufferPointer { baseline in
          claimsKernels[worker].value.simulate(
            on: kernels[worker].value, chunk: chunk, draws: n, baseline: baseline, out: out, stride: stride)
        }
        empty = outcome.emptyDraws
        returnedByChunk[chunk] = outcome.returned
        // The chunk's changes as one block: the tallies add values in order, so one part or many give the same sums.
        afterBlock(out, stride, n)
      }
      if empty > 0 { emptyDraws.add(empty, ordering: .relaxed) }
    }

    var result: [MonteCarloResult.Kommun]
    var simulateSeconds: Double
    var mode: MonteCarloResult.Mode
    let names = model.names
    if exact {
      // Every change stored, kommun by kommun: `changes[kommun · draws + draw]`.
      let changes = SharedBuffer<Double>(uninitializedCount: draws * k)
      changes.prefault(threads: threads)
      // The first chunk before the others: its changes fix each kommun's fine bins, so that pass 1
      // of the exact statistics tallies every other chunk while it is simulated, a block of draws
      // at a time while the block is in cache, instead of reading all the columns again afterwards.
      let firstDraws = min(chunkSize, draws)
      simulate(worker: 0, chunk: 0, draws: firstDraws, out: changes.pointer, stride: draws)
      report(firstDraws)
      let fine = (0..<k).map { ExactStatistics.fineBins(firstChunk: changes.slice($0 * draws, firstDraws)) }
      let moments = SharedBuffer(repeating: Moments(), count: chunks * k)
      let accumulators = (0..<threads).map { _ in
        StreamingStatistics.Accumulator(baseline: model.baseline, fineBins: ExactStatistics.fineBins)
      }
      let sums = SharedBuffer(repeating: ChangeTally.BlockSums(first: 0), count: threads * k)
      forEachChunk(0..<chunks, draws: draws, threads: threads) { worker, chunk, first, n in
        let accumulator = accumulators[worker]
        guard chunk > 0 else {
          accumulator.add(
            changes.pointer + first, stride: draws, count: n, fine: fine, moments: moments.pointer + chunk * k)
          return
        }
        let chunkSums = sums.pointer + worker * k
        var starts = true
        simulate(worker: worker, chunk: chunk, draws: n, out: changes.pointer + first, stride: draws) {
          accumulator.add(part: $0, stride: $1, count: $2, fine: fine, sums: chunkSums, starts: starts)
          starts = false
        }
        for j in 0..<k { moments[chunk * k + j] = chunkSums[j].moments }
        report(n)
      }
      simulateSeconds = seconds(clock.now - start)
      try checkEmpty(emptyDraws)
      let baseline = model.baseline
      result = try parallelMap(count: k, threads: threads) { j throws(GSLError) in
        let summary = ExactStatistics.summary(
          kommun: j, fine: fine[j], baseline: baseline[j], accumulators: accumulators, chunks: chunks
        ) { moments[$0 * k + j] }
        return try ExactStatistics.kommun(
          name: names[j], baseline: baseline[j], column: changes.slice(j * draws, draws), summary: summary,
          histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels, intervals: intervals)
      }
      mode = .exact
    } else {
      // The pilot: the first chunks, simulated once, fix each kommun's bin range.
      let pilotChunks = min(chunks, pilotChunkCount)
      let pilotDraws = min(draws, pilotChunks * chunkSize)
      let pilot = SharedBuffer<Double>(repeating: 0, count: pilotDraws * k)
      forEachChunk(0..<pilotChunks, draws: draws, threads: threads) { worker, chunk, first, n in
        simulate(worker: worker, chunk: chunk, draws: n, out: pilot.pointer + first, stride: pilotDraws)
      }
      let statistics = StreamingStatistics(
        pilot: pilot.slice(0, pilotDraws * k), pilotDraws: pilotDraws, baseline: model.baseline)
      // `moments[position · k + kommun]`, the position among `own` (the chunk itself in a whole run).
      let moments = SharedBuffer(repeating: Moments(), count: own.count * k)
      let accumulators = (0..<threads).map { _ in StreamingStatistics.Accumulator(baseline: model.baseline) }
      let scratch = (0..<threads).map { _ in SharedBuffer<Double>(repeating: 0, count: chunkSize * k) }
      forEachChunk(own, draws: draws, threads: threads) { worker, position, chunk, first, n in
        let out = scratch[worker].pointer
        if chunk < pilotChunks {
          for j in 0..<k { (out + j * n).update(from: pilot.pointer + j * pilotDraws + first, count: n) }
        } else {
          simulate(worker: worker, chunk: chunk, draws: n, out: out, stride: n)
        }
        statistics.add(out, draws: n, to: accumulators[worker], moments: moments.pointer + position * k)
        report(n)
      }
      simulateSeconds = seconds(clock.now - start)
      try checkEmpty(emptyDraws)
      if let shard {
        return .part(
          part(
            statistics: statistics, accumulators: accumulators, moments: moments, returnedByChunk: returnedByChunk,
            own: own, names: names, input: input, shard: shard, threads: threads, simulateSeconds: simulateSeconds))
      }
      result = try parallelMap(count: k, threads: threads) { j throws(GSLError) in
        var merged = Moments()
        for chunk in 0..<chunks { merged.merge(moments[chunk * k + j]) }
        return try statistics.kommun(
          j, name: names[j], accumulators: accumulators, moments: merged, draws: draws,
          histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels, intervals: intervals)
      }
      mode = .streaming(resolution: statistics.resolution)
    }
    let total = seconds(clock.now - start)
    var returned = 0.0
    for chunk in 0..<returnedByChunk.count { returned += returnedByChunk[chunk] }
    var outcome = MonteCarloResult(
      draws: draws, seed: seed, threads: threads, chunkSize: chunkSize, mode: mode, kommuner: result,
      simulateSeconds: simulateSeconds, statisticsSeconds: total - simulateSeconds)
    outcome.meanReturnedKr = returned / Double(draws)
    return .result(outcome)
  }

  /// One claims kernel per worker when the model draws claims, else none.
  private static func makeClaimsKernels(_ input: SimulationInput, kommuner k: Int, count: Int) throws(MonteCarloError)
    -> [Unchecked<ClaimsKernel>]
  {
    guard let spec = input.uncertainty.claims else { return [] }
    do {
      return try (0..<count).map { _ throws(GSLError) in
        Unchecked(
          try ClaimsKernel(
            spec: spec, rule: input.redistribution, areaShare: input.key.areaShare, seed: input.uncertainty.seed,
            kommuner: k))
      }
    } catch {
      throw .gsl(error)
    }
  }

  /// The memory exact statistics need, in bytes: every change, and the tallies each worker makes
  /// while it simulates (fine-bin counts per kommun, moments per kommun and chunk).
  static func exactMemory(draws: Int, k: Int, threads: Int, chunks: Int) -> Int {
    saturatingSum(
      saturatingProduct(draws, k, MemoryLayout<Double>.size),
      saturatingProduct(threads, k, ExactStatistics.fineBins + 2, MemoryLayout<UInt32>.size),
      saturatingProduct(chunks, k, MemoryLayout<Moments>.stride))
  }

  /// The memory streaming statistics need, in bytes, computing `ownChunks` of the `chunks` (all by default).
  static func streamingMemory(k: Int, threads: Int, chunks: Int, ownChunks: Int? = nil) -> Int {
    let perWorker = k * (StreamingStatistics.fineBins + 2) * MemoryLayout<UInt32>.size + chunkSize * k * 8
    let pilot = min(chunks, pilotChunkCount) * chunkSize * k * 8
    let moments = saturatingProduct(ownChunks ?? chunks, k, MemoryLayout<Moments>.stride)
    return saturatingSum(saturatingProduct(threads, perWorker), pilot, moments)
  }

  /// The sum of non-negative sizes, or `Int.max` when it does not fit.
  static func saturatingSum(_ terms: Int...) -> Int {
    var sum = 0
    for term in terms {
      let (s, overflow) = sum.addingReportingOverflow(term)
      if overflow { return Int.max }
      sum = s
    }
    return sum
  }

  /// The product of non-negative sizes, or `Int.max` when it does not fit.
  static func saturatingProduct(_ factors: Int...) -> Int {
    var product = 1
    for factor in factors {
      let (p, overflow) = product.multipliedReportingOverflow(by: factor)
      if overflow { return Int.max }
      product = p
    }
    return product
  }

  /// The one chunk loop: runs `body(worker, chunk, first draw, draws)` for every chunk in `chunks`
  /// on `threads` workers, worker `w` taking chunks `w`, `w + threads`, … in order.
  ///
  /// Which worker runs a chunk never changes what the chunk computes: its stream is (seed, chunk).
  static func forEachChunk(
    _ chunks: Range<Int>, draws: Int, threads: Int, _ body: (Int, Int, Int, Int) -> Void
  ) {
    let list = ChunkList(start: chunks.lowerBound, step: 1, count: chunks.count)
    forEachChunk(list, draws: draws, threads: threads) { worker, _, chunk, first, n in body(worker, chunk, first, n) }
  }

  /// The chunk loop over a list of chunks: runs `body(worker, position, chunk, first draw, draws)` for the
  /// chunk at every position of `chunks`, worker `w` taking positions `w`, `w + threads`, … in order.
  static func forEachChunk(
    _ chunks: ChunkList, draws: Int, threads: Int, _ body: (Int, Int, Int, Int, Int) -> Void
  ) {
    withoutActuallyEscaping(body) { body in
      let box = Unchecked(body)
      DispatchQueue.concurrentPerform(iterations: threads) { worker in
        for position in stride(from: worker, to: chunks.count, by: threads) {
          let chunk = chunks[position]
          let first = chunk * chunkSize
          box.value(worker, position, chunk, first, min(chunkSize, draws - first))
        }
      }
    }
  }

  static func makeKernels(model: CompiledModel, seed: UInt64, count: Int) throws(MonteCarloError)
    -> [Unchecked<DrawKernel>]
  {
    do {
      return try (0..<count).map { _ throws(GSLError) in Unchecked(try DrawKernel(model: model, seed: seed)) }
    } catch {
      throw .gsl(error)
    }
  }

  private static func checkEmpty(_ emptyDraws: borrowing Atomic<Int>) throws(MonteCarloError) {
    let empty = emptyDraws.load(ordering: .relaxed)
    if empty > 0 { throw .noWeightInDraws(empty) }
  }

  /// Computes `body(i)` for `0..<count` on up to `threads` workers, results in index order.
  static func parallelMap<T>(count: Int, threads: Int, _ body: (Int) throws(GSLError) -> T)
    throws(MonteCarloError) -> [T]
  {
    let results = SharedBuffer<Result<T, GSLError>?>(repeating: nil, count: count)
    withoutActuallyEscaping(body) { body in
      let box = Unchecked(body)
      DispatchQueue.concurrentPerform(iterations: min(threads, max(count, 1))) { worker in
        for i in stride(from: worker, to: count, by: min(threads, max(count, 1))) {
          results[i] = Result { () throws(GSLError) in try box.value(i) }
        }
      }
    }
    var out: [T] = []
    for i in 0..<count {
      switch results[i] {
      case .success(let value)?: out.append(value)
      case .failure(let error)?: throw .gsl(error)
      case nil: preconditionFailure("every index \(i) < \(count) was computed")
      }
    }
    return out
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}

/// A value handed to worker threads that each use it alone or only read it.
struct Unchecked<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
