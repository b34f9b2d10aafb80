import AllocationModel
import Yams

extension ScenarioResolver {
  /// The most draws a file may ask for.
  static let maximumDraws: Int64 = 1_000_000_000_000
  /// The largest mean number of new areas per draw.
  static let maximumNewAreaMean = 1_000.0
  /// How far a row of probabilities may sum above 1 by rounding.
  static let probabilityTolerance = 1e-9

  /// Reads `uncertainty:` (issue 4) into an ``UncertaintySpec``.
  mutating func parseUncertainty(
    _ node: Node, eligible: Set<String>, population: [String: Double], known: Set<String>, populationDate: String
  ) -> UncertaintySpec? {
    guard
      let f = reader.fields(
        node, "'uncertainty'", allowed: ["draws", "seed", "reclassification", "new_areas", "population_growth"],
        required: ["draws", "seed"])
    else { return nil }
    let draws = f["draws"].flatMap { reader.integer($0, "'draws'", in: 1...Self.maximumDraws) }
    let seed = f["seed"].flatMap { reader.unsigned($0, "'seed'") }
    var ok = true
    var reclassification: UncertaintySpec.Reclassification?
    if let n = f["reclassification"] {
      reclassification = parseReclassification(n)
      ok = ok && reclassification != nil
    }
    var newAreas: UncertaintySpec.NewAreas?
    if let n = f["new_areas"] {
      newAreas = parseNewAreas(n, eligible: eligible, population: population, known: known, date: populationDate)
      ok = ok && newAreas != nil
    }
    var growth: UncertaintySpec.PopulationGrowth?
    if let n = f["population_growth"] {
      growth = parseGrowth(n, eligible: eligible)
      ok = ok && growth != nil
    }
    guard ok, let draws, let seed else { return nil }
    return UncertaintySpec(
      draws: Int(draws), seed: seed, reclassification: reclassification, newAreas: newAreas, populationGrowth: growth)
  }

  private mutating func probability(_ node: Node, _ what: String) -> Double? {
    reader.number(node, what, in: 0...1)
  }

  private mutating func parseReclassification(_ node: Node) -> UncertaintySpec.Reclassification? {
    guard let f = reader.fields(node, "'reclassification'", allowed: ["probability", "up", "matrix"]) else {
      return nil
    }
    if let matrixNode = f["matrix"] {
      guard f["probability"] == nil, f["up"] == nil else {
        reader.error(node, "'reclassification' takes either 'probability' and 'up', or 'matrix', not both")
        return nil
      }
      return parseMatrix(matrixNode)
    }
    guard let pNode = f["probability"], let upNode = f["up"] else {
      reader.error(node, "'reclassification' needs 'probability' and 'up' (or a 'matrix')")
      return nil
    }
    let p = probability(pNode, "'probability'")
    let up = probability(upNode, "'up'")
    guard let p, let up else { return nil }
    return .simple(probability: p, up: up)
  }

  private mutating func parseMatrix(_ node: Node) -> UncertaintySpec.Reclassification? {
    let classes = AreaClass.allCases.map(\.rawValue)
    guard let rows = reader.fields(node, "'matrix'", allowed: classes) else { return nil }
    var matrix: [AreaClass: [ReclassificationTarget: Double]] = [:]
    var ok = true
    for from in AreaClass.allCases {
      guard let rowNode = rows[from.rawValue] else { continue }
      let targets = AreaClass.allCases.filter { $0 != from }.map(\.rawValue) + ["delisted"]
      guard let row = reader.fields(rowNode, "the \(from.rawValue) row of 'matrix'", allowed: targets) else {
        if case .mapping(let m) = rowNode, m.contains(where: { $0.key.string == from.rawValue }) {
          reader.diagnostics.removeLast()
          reader.error(
            rowNode, "\(from.rawValue) → \(from.rawValue) is no change; leave it out (the rest of a row is no change)")
        }
        ok = false
        continue
      }
      var entries: [ReclassificationTarget: Double] = [:]
      var sum = 0.0
      for target in targets {
        guard let n = row[target] else { continue }
        guard let p = probability(n, "'\(from.rawValue) → \(target)'") else {
          ok = false
          continue
        }
        entries[target == "delisted" ? .delisted : .areaClass(AreaClass(rawValue: target)!)] = p
        sum += p
      }
      if sum > 1 + Self.probabilityTolerance {
        reader.error(
          rowNode,
          "the probabilities of the \(from.rawValue) row sum to \(NodeReader.format(sum)); they must sum to at most 1",
          hint: "the rest of a row, 1 − the sum, is the probability of no change")
        ok = false
      }
      matrix[from] = entries
    }
    return ok ? .matrix(matrix) : nil
  }

  private mutating func parseNewAreas(
    _ node: Node, eligible: Set<String>, population: [String: Double], known: Set<String>, date: String
  ) -> UncertaintySpec.NewAreas? {
    guard
      let f = reader.fields(
        node, "'new_areas'", allowed: ["mean", "class_mix", "kommuner"], required: ["mean", "class_mix"])
    else { return nil }
    let mean = f["mean"].flatMap { reader.number($0, "'mean'", in: 0...Self.maximumNewAreaMean) }
    var mix: [AreaClass: Double]?
    if let mixNode = f["class_mix"],
      let m = reader.fields(mixNode, "'class_mix'", allowed: AreaClass.allCases.map(\.rawValue))
    {
      var values: [AreaClass: Double] = [:]
      var ok = true
      for c in AreaClass.allCases {
        guard let n = m[c.rawValue] else { continue }
        if let p = probability(n, "the share of \(c.rawValue)") { values[c] = p } else { ok = false }
      }
      let sum = values.values.reduce(0, +)
      if ok && abs(sum - 1) > Self.probabilityTolerance {
        reader.error(mixNode, "the shares of 'class_mix' sum to \(NodeReader.format(sum)); they must sum to 1")
        ok = false
      }
      if ok { mix = values }
    }
    var landing: UncertaintySpec.NewAreas.Landing? = .population
    if let kommunerNode = f["kommuner"] {
      landing = parseLanding(kommunerNode, eligible: eligible, population: population, known: known, date: date)
    }
    guard let mean, let mix, let landing else { return nil }
    return UncertaintySpec.NewAreas(mean: mean, classMix: mix, kommuner: landing)
  }

  private mutating func parseLanding(
    _ node: Node, eligible: Set<String>, population: [String: Double], known: Set<String>, date: String
  ) -> UncertaintySpec.NewAreas.Landing? {
    if case .scalar = node {
      return reader.word(node, "'kommuner'", among: ["population"]).map { _ in .population }
    }
    guard let items = reader.sequence(node, "'kommuner'") else { return nil }
    guard !items.isEmpty else {
      reader.error(node, "'kommuner' cannot be an empty list; use 'population' to land among the eligible kommuner")
      return nil
    }
    var candidates: [UncertaintySpec.NewAreas.Candidate] = []
    var seen = Set<String>()
    var ok = true
    for item in items {
      guard
        let f = reader.fields(
          item, "a landing kommun", allowed: ["kommun", "weight", "population"], required: ["kommun", "weight"]),
        let kommunNode = f["kommun"], let kommun = reader.string(kommunNode, "'kommun'")
      else {
        ok = false
        continue
      }
      let weight = f["weight"].flatMap { reader.number($0, "'weight'", in: 0...1e9) }
      var figure: Double?
      if let popNode = f["population"] {
        figure = reader.number(popNode, "'population'", in: 0...1e8, excludingLower: true)
        if figure == nil { ok = false }
      }
      guard let weight else {
        ok = false
        continue
      }
      if !known.contains(kommun), figure == nil, let hint = NameSuggestion.hint(for: kommun, among: known) {
        reader.error(kommunNode, "unknown kommun '\(kommun)'", hint: hint)
        ok = false
        continue
      }
      guard seen.insert(kommun).inserted else {
        reader.error(kommunNode, "\(kommun) appears twice in 'kommuner'")
        ok = false
        continue
      }
      if !eligible.contains(kommun) && figure == nil && population[kommun] == nil {
        reader.error(
          kommunNode, "\(kommun) is not eligible in the scenario and has no population at \(date)",
          hint: "give it one: {kommun: \(kommun), weight: \(NodeReader.format(weight)), population: N}")
        ok = false
        continue
      }
      candidates.append(.init(kommun: kommun, weight: weight, population: figure))
    }
    if ok && !candidates.contains(where: { $0.weight > 0 }) {
      reader.error(node, "every landing weight is zero, so no new area could land anywhere")
      ok = false
    }
    return ok ? .table(candidates) : nil
  }

  private mutating func parseGrowth(_ node: Node, eligible: Set<String>) -> UncertaintySpec.PopulationGrowth? {
    guard
      let f = reader.fields(
        node, "'population_growth'", allowed: ["mean", "sd", "overrides"], required: ["mean", "sd"])
    else { return nil }
    let mean = f["mean"].flatMap { reader.number($0, "'mean'", in: -0.5...1) }
    let sd = f["sd"].flatMap { reader.number($0, "'sd'", in: 0...1) }
    var overrides: [String: UncertaintySpec.PopulationGrowth.Rate] = [:]
    var ok = true
    if let overridesNode = f["overrides"] {
      if case .mapping(let mapping) = overridesNode {
        for (keyNode, value) in mapping {
          guard let kommun = reader.string(keyNode, "a kommun in 'overrides'") else {
            ok = false
            continue
          }
          guard eligible.contains(kommun) else {
            let hint = NameSuggestion.hint(for: kommun, among: eligible)
            reader.error(keyNode, "'overrides' names \(kommun), which is not eligible in the scenario", hint: hint)
            ok = false
            continue
          }
          guard
            let rf = reader.fields(
              value, "the override for \(kommun)", allowed: ["mean", "sd"], required: ["mean", "sd"]),
            let m = rf["mean"].flatMap({ reader.number($0, "'mean'", in: -0.5...1) }),
            let s = rf["sd"].flatMap({ reader.number($0, "'sd'", in: 0...1) })
          else {
            ok = false
            continue
          }
          overrides[kommun] = .init(mean: m, sd: s)
        }
      } else {
        reader.error(
          overridesNode,
          "'overrides' must be a mapping from kommun to {mean, sd}, got \(NodeReader.kind(overridesNode))")
        ok = false
      }
    }
    guard ok, let mean, let sd else { return nil }
    return UncertaintySpec.PopulationGrowth(mean: mean, sd: sd, overrides: overrides)
  }
}
