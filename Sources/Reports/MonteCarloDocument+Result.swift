import MonteCarlo

extension MonteCarloDocument {
  /// The document of an engine result, with the scenario's name, stamp and settings.
  public init(
    result: MonteCarloResult, scenario: String, description: String?, engine: Engine, settings: RunSettings?
  ) {
    let resolution: Double
    let mode: String
    switch result.mode {
    case .exact:
      mode = "exact"
      resolution = 0
    case .streaming(let r):
      mode = "streaming"
      resolution = r
    }
    self.init(
      scenario: scenario, description: description, draws: result.draws, seed: result.seed, threads: result.threads,
      engine: engine, settings: settings, statisticsMode: mode, quantileResolutionKr: resolution,
      kommuner: result.kommuner.map { k in
        Kommun(
          kommun: k.kommun, baselineKr: k.baselineAmount, meanChangeKr: k.mean, sdChangeKr: k.sd,
          seMeanKr: k.standardError, minChangeKr: k.min, p01ChangeKr: k.p01, p05ChangeKr: k.p05,
          p25ChangeKr: k.p25, p50ChangeKr: k.p50, p75ChangeKr: k.p75, p95ChangeKr: k.p95, p99ChangeKr: k.p99,
          maxChangeKr: k.max, pLoss: k.pLoss, pLoss10pct: k.pLoss10pct,
          histogram: Histogram(edgesKr: k.histogramEdges, counts: k.histogramCounts))
      },
      timing: Timing(
        simulateS: result.simulateSeconds, statisticsS: result.statisticsSeconds,
        drawsPerSecond: result.drawsPerSecond))
  }
}
