import AllocationModel
import FordelaGSL

extension MonteCarloEngine {
  /// Each district's distribution of change: the same draws as ``run(_:options:)`` (the same seed, chunks
  /// and streams), each split over the districts by ``DistrictPlan/amounts(kommunAmount:partClass:into:)``
  /// from the classes its areas drew.
  ///
  /// A new area that arrives in the kommun raises the kommun's amount but belongs to no district. Run
  /// only for a scenario with districts, so a run without them costs nothing more. Every change is stored
  /// (`draws × districts` numbers) and the quantiles are exact; the result does not depend on the threads.
  ///
  /// - Throws: ``MonteCarloError`` when the changes do not fit the memory budget, or a draw leaves the
  ///   kommun less than its earmarks.
  public static func runDistricts(
    _ input: SimulationInput, districts: DistrictRun, options: EngineOptions = .init()
  ) throws(MonteCarloError) -> DistrictDistributions {
    guard input.uncertainty.updates == 1 else {
      throw .invalidParameter("districts: a run with districts draws one list update; set 'updates' to 1")
    }
    let model = try CompiledModel(input)
    let plan = districts.plan
    let d = plan.districts.count
    let draws = input.uncertainty.draws
    let needed = saturatingProduct(draws, max(d, 1), MemoryLayout<Double>.size)
    guard needed <= options.memoryBudget else {
      throw .memoryBudgetTooSmall(needed: needed, budget: options.memoryBudget)
    }
    let threads = max(1, options.threads)
    let kernels = try makeKernels(model: model, seed: input.uncertainty.seed, count: threads)
    let classes = DistrictClasses(plan: plan, basis: input.basis, delisted: input.delisted, model: model)
    let kommun = model.names.firstIndex(of: plan.kommun)
    let baseline = districts.baseline
    let chunks = draws / chunkSize + (draws % chunkSize == 0 ? 0 : 1)
    // `changes[district · draws + draw]`; the first failing draw of each chunk, reported in chunk order.
    let changes = SharedBuffer<Double>(repeating: 0, count: draws * d)
    let failures = SharedBuffer<DistrictError?>(repeating: nil, count: chunks)
    forEachChunk(0..<chunks, draws: draws, threads: threads) { worker, chunk, first, n in
      var i = first
      withUnsafeTemporaryAllocation(of: Double.self, capacity: d) { amounts in
        kernels[worker].value.forEachDraw(chunk: chunk, draws: n) { view in
          defer { i += 1 }
          guard failures[chunk] == nil else { return }
          do throws(DistrictError) {
            try plan.amounts(
              kommunAmount: kommun.map { view.amount[$0] } ?? 0,
              partClass: { classes.areaClass($0, after: view.unitClassAfter) }, into: amounts)
          } catch {
            failures[chunk] = error
            return
          }
          for j in 0..<d { changes[j * draws + i] = amounts[j] - baseline[j] }
        }
      }
    }
    for chunk in 0..<chunks {
      if let failure = failures[chunk] { throw .invalidParameter("districts: in a draw, \(failure.description)") }
    }
    let rows = try parallelMap(count: d, threads: threads) { j throws(GSLError) in
      try ExactStatistics.kommun(
        name: plan.districts[j], baseline: baseline[j], column: changes.slice(j * draws, draws),
        histogramBins: options.histogramBins, extraLevels: options.extraQuantileLevels)
    }
    return DistrictDistributions(kommun: plan.kommun, districts: rows)
  }
}
