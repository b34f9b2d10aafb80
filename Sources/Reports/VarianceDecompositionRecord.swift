import AllocationModel
import MonteCarlo

/// A Monte Carlo run's variance decomposition, as its result records it (`--decompose` or `decompose: true`).
///
/// JSON: `{"sources": ["reclassification", "new_areas", "population_growth"], "draws_per_matrix": N,
/// "evaluations": (sources + 2) × N, "bootstrap_resamples", "kommuner": [{"kommun", "variance_kr2",
/// "first_order": {source: S_i}, "total": {source: S_Ti}, "first_order_ci95": {source: [lo, hi]},
/// "total_ci95": {source: [lo, hi]}}], "timing": {"simulate_s", "statistics_s"}}`: first-order indices by
/// Saltelli (2010), total-effect by Jansen (1999), percentile-bootstrap 95 % intervals; every index is 0 for a
/// kommun whose change does not vary (`variance_kr2` 0). `sources` lists only the sources the run draws.
public struct VarianceDecompositionRecord: Codable, Sendable, Hashable {
  /// One kommun's indices, by source name.
  public struct Kommun: Codable, Sendable, Hashable {
    public var kommun: String
    /// The variance of its change, in kronor².
    public var varianceKr2: Double
    public var firstOrder: [String: Double]
    public var total: [String: Double]
    /// `[lower, upper]` of each first-order index.
    public var firstOrderCI95: [String: [Double]]
    /// `[lower, upper]` of each total-effect index.
    public var totalCI95: [String: [Double]]

    enum CodingKeys: String, CodingKey {
      case kommun, varianceKr2 = "variance_kr2", firstOrder = "first_order", total
      case firstOrderCI95 = "first_order_ci95", totalCI95 = "total_ci95"
    }
  }

  /// Wall-clock times of the decomposition's phases.
  public struct Timing: Codable, Sendable, Hashable {
    public var simulateS: Double
    public var statisticsS: Double

    enum CodingKeys: String, CodingKey {
      case simulateS = "simulate_s", statisticsS = "statistics_s"
    }
  }

  /// The sources of uncertainty, by their names in the scenario file, in the run's order.
  public var sources: [String]
  /// N: the draws of each matrix.
  public var drawsPerMatrix: Int
  /// (sources + 2) × N.
  public var evaluations: Int
  /// The bootstrap resamples behind each interval.
  public var bootstrapResamples: Int
  /// Every kommun (those the document shows, in its order).
  public var kommuner: [Kommun]
  public var timing: Timing

  enum CodingKeys: String, CodingKey {
    case sources, drawsPerMatrix = "draws_per_matrix", evaluations, bootstrapResamples = "bootstrap_resamples"
    case kommuner, timing
  }

  /// The record of an engine result.
  public init(_ d: VarianceDecomposition) {
    let names = d.sources.map(\.rawValue)
    sources = names
    drawsPerMatrix = d.drawsPerMatrix
    evaluations = d.evaluations
    bootstrapResamples = d.bootstrapResamples
    func named<T>(_ values: [T]) -> [String: T] { Dictionary(uniqueKeysWithValues: zip(names, values)) }
    kommuner = d.kommuner.map { k in
      Kommun(
        kommun: k.kommun, varianceKr2: k.variance, firstOrder: named(k.firstOrder), total: named(k.total),
        firstOrderCI95: named(k.firstOrderCI95.map { [$0.lower, $0.upper] }),
        totalCI95: named(k.totalCI95.map { [$0.lower, $0.upper] }))
    }
    timing = Timing(simulateS: d.simulateSeconds, statisticsS: d.statisticsSeconds)
  }

  /// The record with only the named kommuner, in that order (those it has).
  public func selecting(_ names: [String]) -> Self {
    let byName = Dictionary(kommuner.map { ($0.kommun, $0) }, uniquingKeysWith: { a, _ in a })
    var copy = self
    copy.kommuner = names.compactMap { byName[$0] }
    return copy
  }
}
