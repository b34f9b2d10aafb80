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
    let model = try CompiledModel(input)
    let draws = input.uncertainty.draws
    let seed = input.uncertainty.seed
    let threads = max(1, options.threads)
    let k = model.names.count
    // Sizes saturate instead of overflowing: a huge --draws is a memory-budget error, not a trap.
    let chunks = draws / chunkSize + (draws % chunkSize == 0 ? 0 : 1)
    let exactBytes = saturatingProduct(draws, k, MemoryLayout<Double>.size)
    let streamingBytes = streamingMemory(k: k, threads: threads, chunks: chunks)
    let exact: Bool
    switch options.mode {
    case .exact: exact = true
    case .streaming: exact = false
    case .auto: exact = exactBytes <= options.memoryBudget
    }
    let needed = exact ? exactBytes : streamingBytes
    guard needed <= options.memoryBudget else {
      throw .memoryBudgetTooSmall(needed: streamingBytes, budget: options.memoryBudget)
    }

    let clock = ContinuousClock()
    let start = clock.now
    let kernels = try makeKernels(model: model, seed: seed, count: threads)
    let done = Atomic<Int>(0)
    let emptyDraws = Atomic<Int>(0)
    let progress = options.progress
    @Sendable func report(_ n: Int) {
      let total = done.add(n, ordering: .relaxed).newValue
      progress?(total)
    }

    var result: [MonteCarloResult.Kommun]
    var simulateSeconds: Double
    var mode: MonteCarloResult.Mode
    if exact {
      let changes = SharedBuffer<Double>(uninitializedCount: draws * k)
      changes.prefault(threads: threads)
      DispatchQueue.concurrentPerform(iterations: threads) { worker in
        let kernel = kernels[worker].value
        for chunk in stride(from: worker, to: chunks, by: threads) {
          let first = chunk * chunkSize
          let n = min(chunkSize, draws - first)
          let empty = kernel.simulate(chunk: chunk, draws: n, out: changes.pointer + first, stride: draws)
          if empty > 0 { emptyDraws.add(empty, ordering: .relaxed) }
          report(n)
        }
      }
      simulateSeconds = seconds(clock.now - start)
      try checkEmpty(emptyDraws)
      let names = model.names
      let baseline = model.baseline
      result = try parallelMap(count: k, threads: threads) { j throws(GSLError) in
        try ExactStatistics.kommun(
          name: names[j], baseline: baseline[j], column: changes.slice(j * draws, draws),
          histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels)
      }
      mode = .exact
    } else {
      // The pilot: the first chunks, simulated once, fix each kommun's bin range.
      let pilotChunks = min(chunks, pilotChunkCount)
      let pilotDraws = min(draws, pilotChunks * chunkSize)
      let pilot = SharedBuffer<Double>(repeating: 0, count: pilotDraws * k)
      DispatchQueue.concurrentPerform(iterations: threads) { worker in
        for chunk in stride(from: worker, to: pilotChunks, by: threads) {
          let first = chunk * chunkSize
          let n = min(chunkSize, draws - first)
          let empty = kernels[worker].value.simulate(
            chunk: chunk, draws: n, out: pilot.pointer + first, stride: pilotDraws)
          if empty > 0 { emptyDraws.add(empty, ordering: .relaxed) }
        }
      }
      let statistics = StreamingStatistics(
        pilot: pilot.slice(0, pilotDraws * k), pilotDraws: pilotDraws, baseline: model.baseline)
      let moments = SharedBuffer(repeating: StreamingStatistics.Moments(), count: chunks * k)
      let accumulators = (0..<threads).map { _ in StreamingStatistics.Accumulator(k: k) }
      let boxes = accumulators.map(Unchecked.init)
      DispatchQueue.concurrentPerform(iterations: threads) { worker in
        let kernel = kernels[worker].value
        let acc = boxes[worker].value
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: chunkSize * k)
        defer { scratch.deallocate() }
        for chunk in stride(from: worker, to: chunks, by: threads) {
          let first = chunk * chunkSize
          let n = min(chunkSize, draws - first)
          if chunk < pilotChunks {
            for j in 0..<k { (scratch + j * n).update(from: pilot.pointer + j * pilotDraws + first, count: n) }
          } else {
            let empty = kernel.simulate(chunk: chunk, draws: n, out: scratch, stride: n)
            if empty > 0 { emptyDraws.add(empty, ordering: .relaxed) }
          }
          statistics.add(scratch, draws: n, to: acc, moments: moments.pointer + chunk * k)
          report(n)
        }
      }
      simulateSeconds = seconds(clock.now - start)
      try checkEmpty(emptyDraws)
      let names = model.names
      result = try parallelMap(count: k, threads: threads) { j throws(GSLError) in
        var merged = StreamingStatistics.Moments()
        for chunk in 0..<chunks { merged.merge(moments[chunk * k + j]) }
        return try statistics.kommun(
          j, name: names[j], accumulators: accumulators, moments: merged, draws: draws,
          histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels)
      }
      mode = .streaming(resolution: statistics.resolution)
    }
    let total = seconds(clock.now - start)
    return MonteCarloResult(
      draws: draws, seed: seed, threads: threads, chunkSize: chunkSize, mode: mode, kommuner: result,
      simulateSeconds: simulateSeconds, statisticsSeconds: total - simulateSeconds)
  }

  /// The memory streaming statistics need, in bytes.
  static func streamingMemory(k: Int, threads: Int, chunks: Int) -> Int {
    let perWorker = k * StreamingStatistics.fineBins * MemoryLayout<UInt32>.size + chunkSize * k * 8
    let pilot = min(chunks, pilotChunkCount) * chunkSize * k * 8
    let moments = saturatingProduct(chunks, k, MemoryLayout<StreamingStatistics.Moments>.stride)
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

  private static func makeKernels(model: CompiledModel, seed: UInt64, count: Int) throws(MonteCarloError)
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
  private static func parallelMap<T>(count: Int, threads: Int, _ body: (Int) throws(GSLError) -> T)
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
      switch results[i]! {
      case .success(let value): out.append(value)
      case .failure(let error): throw .gsl(error)
      }
    }
    return out
  }

  private static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}

/// A value handed to worker threads that each use it alone or only read it.
struct Unchecked<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
