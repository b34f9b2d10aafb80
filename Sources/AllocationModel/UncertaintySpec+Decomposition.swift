extension UncertaintySpec {
  /// A source of uncertainty that a variance decomposition gives its own Sobol indices: one part of the
  /// `uncertainty:` section, drawn from its own random stream.
  public enum DecompositionSource: String, CaseIterable, Sendable, Hashable, Codable {
    /// Class changes of listed areas.
    case reclassification
    /// New areas arriving.
    case newAreas = "new_areas"
    /// Population growth.
    case populationGrowth = "population_growth"
    /// Drawn claims: which kommuner claim nothing and which ask for the unclaimed money.
    case claims
  }

  /// The fewest draws per matrix a variance decomposition takes: fewer give bootstrap intervals that say little.
  public static let decompositionMinimumDraws = 100

  /// The sources of uncertainty this model draws, in a fixed order (reclassification, new areas, growth,
  /// claims): those a variance decomposition splits the variance over.
  public var decompositionSources: [DecompositionSource] {
    var sources: [DecompositionSource] = []
    if reclassification != nil { sources.append(.reclassification) }
    if newAreas != nil { sources.append(.newAreas) }
    if populationGrowth != nil { sources.append(.populationGrowth) }
    if claims != nil { sources.append(.claims) }
    return sources
  }

  /// Every problem of asking for a variance decomposition of this model, at the path `decompose`: none
  /// when ``decompose`` is off. A model without a source has nothing to split, fewer than
  /// ``decompositionMinimumDraws`` draws are too few, and paths of several list updates (``updates`` above 1)
  /// are not decomposed. Drawn claims are a source like the others.
  public func decompositionErrors() -> [UncertaintyError] {
    guard decompose else { return [] }
    var errors: [UncertaintyError] = []
    if decompositionSources.isEmpty { errors.append(.init(path: ["decompose"], problem: .decompositionWithoutSources)) }
    if draws >= Limits.draws.lowerBound && draws < Self.decompositionMinimumDraws {
      errors.append(
        .init(path: ["decompose"], problem: .decompositionTooFewDraws(draws, minimum: Self.decompositionMinimumDraws)))
    }
    if updates > 1 { errors.append(.init(path: ["decompose"], problem: .decompositionOfPaths(updates))) }
    return errors
  }
}
