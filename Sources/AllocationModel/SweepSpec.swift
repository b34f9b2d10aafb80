/// Which hypothetical changes a sweep tries: by default every single change, narrowed or extended by a
/// scenario file's `sweep:` section and the command's flags.
public struct SweepSpec: Sendable, Hashable, Codable {
  /// The kinds of single change to enumerate (all five by default).
  public var kinds: Set<SweepChange.Kind>
  /// Only changes that concern these kommuner (an area's kommun, an added area's, a population's); all when `nil`.
  public var kommuner: Set<String>?
  /// Only reclassify, delist and relist changes of these areas; all when `nil`.
  public var areas: Set<String>?
  /// Kommuner not yet eligible in which a new area of each class is tried too.
  public var newKommuner: [String]
  /// The factors each eligible kommun's population is multiplied by.
  public var populationFactors: [Double]
  /// Whether every pair of single list changes on different areas is tried too.
  public var pairs: Bool
  /// Changes tried besides the enumerated ones, each a single step.
  public var extra: [ScenarioChange]

  /// The population factors of the default sweep.
  public static let defaultPopulationFactors = [0.95, 0.99, 1.01, 1.05]

  /// Creates a spec; the defaults enumerate every single change and no pairs.
  public init(
    kinds: Set<SweepChange.Kind> = Set(SweepChange.Kind.singles), kommuner: Set<String>? = nil,
    areas: Set<String>? = nil, newKommuner: [String] = [], populationFactors: [Double] = defaultPopulationFactors,
    pairs: Bool = false, extra: [ScenarioChange] = []
  ) {
    self.kinds = kinds
    self.kommuner = kommuner
    self.areas = areas
    self.newKommuner = newKommuner
    self.populationFactors = populationFactors
    self.pairs = pairs
    self.extra = extra
  }
}
