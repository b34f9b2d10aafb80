import AllocationModel
import MonteCarlo
import ScenarioFormat

extension MonteCarloDocument {
  /// The document of an engine result on a resolved scenario: the distributions, the setup, the
  /// uncertainty model the run used (the scenario's, with the result's draws and seed) and the stamp.
  public init(scenario s: ResolvedScenario, result: MonteCarloResult, engine: EngineStamp) {
    self.init(frame: Frame(scenario: s, draws: result.draws, seed: result.seed), result: result, engine: engine)
  }

  /// The document of an engine result in a frame: the one place a result's statistics become rows.
  public init(frame: Frame, result: MonteCarloResult, engine: EngineStamp) {
    func row(_ k: MonteCarloResult.Kommun) -> Kommun {
      var row = Kommun(
        kommun: k.kommun, baselineKr: k.baselineAmount,
        baselineKrRounded: frame.baselineKrRounded[k.kommun] ?? 0, meanChangeKr: k.mean, sdChangeKr: k.sd,
        seMeanKr: k.standardError, minChangeKr: k.min, p01ChangeKr: k.p01, p05ChangeKr: k.p05,
        p25ChangeKr: k.p25, p50ChangeKr: k.p50, p75ChangeKr: k.p75, p95ChangeKr: k.p95, p99ChangeKr: k.p99,
        maxChangeKr: k.max, pLoss: k.pLoss, pLoss10pct: k.pLoss10pct,
        histogram: Histogram(edgesKr: k.histogramEdges, counts: k.histogramCounts))
      let half = PrecisionOutcome.z975 * k.standardError
      row.ci95Kr = QuantileIntervals(mean: (k.mean - half)...(k.mean + half), quantiles: k.quantileIntervals)
      return row
    }
    let resolution: Double
    let mode: StatisticsMode
    switch result.mode {
    case .exact:
      mode = .exact
      resolution = 0
    case .streaming(let r):
      mode = .streaming
      resolution = r
    }
    self.init(
      setup: frame.setup, engine: engine, draws: result.draws, seed: result.seed, threads: result.threads,
      uncertainty: frame.uncertainty, statisticsMode: mode, quantileResolutionKr: resolution,
      kommuner: result.kommuner.map(row),
      timing: Timing(
        simulateS: result.simulateSeconds, statisticsS: result.statisticsSeconds,
        drawsPerSecond: result.drawsPerSecond))
    updates = Self.pathUpdates(result, row: row)
    precision = result.precision.map { p in
      PrecisionRecord(
        targetKr: p.targetKr, maxDraws: p.maximumDraws, drawsUsed: result.draws,
        stoppedBy: p.reached ? .precision : .maxDraws,
        checks: p.checks, meanHalfWidthKr: p.meanHalfWidthKr, meanWidestKommun: p.meanKommun,
        p05HalfWidthKr: p.p05HalfWidthKr, p05WidestKommun: p.p05Kommun)
    }
    if frame.drawsClaims {
      for i in kommuner.indices { kommuner[i].finalKr = FinalAmountDistribution(kommuner[i]) }
      meanReturnedKr = result.meanReturnedKr
    }
  }
}
