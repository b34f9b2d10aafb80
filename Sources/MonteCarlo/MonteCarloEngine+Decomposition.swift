import AllocationModel
import FordelaGSL
import Synchronization

extension MonteCarloEngine {
  /// Bootstrap resamples behind each 95 % interval of a variance decomposition.
  public static let decompositionResamples = 200

  /// The first stream index of the bootstrap's resamples (resample b uses this + b).
  static let bootstrapStreamBase: UInt64 = 0xB007_0000_0000_0000

  /// Each kommun's variance decomposition: first-order (Saltelli 2010) and total-effect (Jansen 1999) Sobol
  /// indices of each source of uncertainty the model draws, with percentile-bootstrap 95 % intervals.
  /// The value split is each kommun's change against the baseline: of its amount, or with drawn claims of
  /// its final amount by the claims rule (the change a claims run reports), claims being a source.
  ///
  /// The design has (sources + 2) × N evaluations, N the spec's draws: the matrices A and B and, for each
  /// source i, A_B^(i) (``DecompositionKernel``). Every change is stored (`(sources + 2) × N × kommuner`
  /// numbers, and a resample's counts per thread, within the memory budget); the resamples draw their
  /// rows from streams of their own and are estimated in one pass over the design
  /// (``SobolEstimator/estimates(values:rows:groups:inputs:counts:centres:)``). The result
  /// depends on the seed only, not on the threads. Runs only when asked for: a run without it pays nothing.
  ///
  /// - Throws: ``MonteCarloError`` when the model cannot be decomposed (no source, too few draws, a path;
  ///   ``UncertaintySpec/decompositionErrors()``), the design does not fit the memory budget, or a
  ///   draw leaves no area counting.
  public static func decompose(_ input: SimulationInput, options: EngineOptions = .init()) throws(MonteCarloError)
    -> VarianceDecomposition
  {
    try decompose(input, options: options, resamples: decompositionResamples)
  }

  /// ``decompose(_:options:)`` with `resamples` bootstrap resamples (tests use fewer).
  static func decompose(_ input: SimulationInput, options: EngineOptions, resamples: Int) throws(MonteCarloError)
    -> VarianceDecomposition
  {
    var spec = input.uncertainty
    spec.decompose = true
    if let problem = spec.decompositionErrors().first {
      throw .invalidParameter(problem.message(subject: "decompose"))
    }
    let model = try CompiledModel(input)
    let sources = spec.decompositionSources
    let n = spec.draws
    let k = model.names.count
    let e = sources.count + 2
    let threads = max(1, options.threads)
    let needed = saturatingSum(
      saturatingProduct(e, k, n, MemoryLayout<Double>.size),
      saturatingProduct(threads, n, MemoryLayout<Int32>.size))
    guard needed <= options.memoryBudget else {
      throw .invalidParameter(
        "the variance decomposition stores (\(sources.count) + 2) × \(n) draws × \(k) kommuner changes, "
          + "\(needed / (1 << 20) + 1) MiB, more than the memory budget of \(options.memoryBudget / (1 << 20)) MiB "
          + "(--memory); give more memory or fewer draws")
    }
    let clock = ContinuousClock()
    let start = clock.now
    let kernels: [Unchecked<DecompositionKernel>]
    do {
      kernels = try (0..<threads).map { _ throws(GSLError) in
        var claims: ClaimsKernel?
        if let claiming = spec.claims {
          claims = try ClaimsKernel(
            spec: claiming, rule: input.redistribution, areaShare: input.key.areaShare, seed: spec.seed, kommuner: k)
        }
        return Unchecked(try DecompositionKernel(model: model, seed: spec.seed, sources: sources, claims: claims))
      }
    } catch {
      throw .gsl(error)
    }
    // `values[(draw · e + evaluation) · k + kommun]`: evaluation 0 is A, 1 is B, 2 + i is A_B^(i).
    let values = SharedBuffer<Double>(uninitializedCount: e * k * n)
    let chunks = n / chunkSize + (n % chunkSize == 0 ? 0 : 1)
    let emptyByChunk = SharedBuffer<Int>(repeating: 0, count: chunks)
    let done = Atomic<Int>(0)
    forEachChunk(0..<chunks, draws: n, threads: threads) { worker, chunk, first, count in
      emptyByChunk[chunk] = kernels[worker].value.simulate(first: first, count: count, out: values.pointer)
      options.progress?(done.add(count, ordering: .relaxed).newValue)
    }
    var empty = 0
    for chunk in 0..<chunks { empty += emptyByChunk[chunk] }
    if empty > 0 { throw .noWeightInDraws(empty) }
    let simulated = clock.now
    // Kommun j's value of evaluation c, draw d: `values + j + c · k + d · e · k`.
    let estimates = try parallelMap(count: k, threads: threads) { j throws(GSLError) in
      SobolEstimator.estimate(
        columns: values.pointer + j, stride: k, rowStride: e * k, n: n, inputs: sources.count)
    }
    // Each kommun's mean over A and B, the shift that keeps the resamples' sums precise.
    let centres = estimates.indices.map { j in
      var sum = 0.0
      for d in 0..<n { sum += values[d * e * k + j] + values[d * e * k + k + j] }
      return sum / Double(2 * n)
    }
    // Resample b draws N rows from its own stream, as counts, and estimates every kommun on them.
    let replicates = try parallelMap(count: resamples, threads: threads) { b throws(GSLError) in
      let stream = try RandomStream(seed: spec.seed, stream: bootstrapStreamBase + UInt64(b))
      var counts = [Int32](repeating: 0, count: n)
      for _ in 0..<n { counts[Int(stream.next().multipliedFullWidth(by: UInt64(n)).high)] += 1 }
      return counts.withUnsafeBufferPointer { counts in
        SobolEstimator.estimates(
          values: values.pointer, rows: n, groups: k, inputs: sources.count, counts: counts, centres: centres)
      }
    }
    let kommuner = (0..<k).map { j in
      let estimate = estimates[j]
      func interval(_ pick: (SobolEstimator.Estimate) -> Double) -> VarianceDecomposition.Interval {
        let sorted = replicates.map { pick($0[j]) }.sorted()
        return .init(lower: percentile(sorted, 0.025), upper: percentile(sorted, 0.975))
      }
      return VarianceDecomposition.Kommun(
        kommun: model.names[j], variance: estimate.variance, firstOrder: estimate.firstOrder, total: estimate.total,
        firstOrderCI95: sources.indices.map { i in interval { $0.firstOrder[i] } },
        totalCI95: sources.indices.map { i in interval { $0.total[i] } })
    }
    let end = clock.now
    return VarianceDecomposition(
      sources: sources, drawsPerMatrix: n, bootstrapResamples: resamples, kommuner: kommuner,
      simulateSeconds: seconds(simulated - start), statisticsSeconds: seconds(end - simulated))
  }

  /// A quantile of sorted values, by the interpolation of every other quantile fordela reports.
  private static func percentile(_ sorted: [Double], _ level: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let (lower, frac) = Quantiles.position(level, n: sorted.count)
    return frac == 0 ? sorted[lower] : (1 - frac) * sorted[lower] + frac * sorted[lower + 1]
  }
}
