import AllocationModel
import Yams

extension ScenarioResolver {
  /// Where each part of an uncertainty section is written, by its path in ``UncertaintyError``, and how a
  /// message names it.
  typealias UncertaintyPlaces = [[String]: (node: Node, subject: String)]

  /// Reads `uncertainty:` into an ``UncertaintySpec``.
  ///
  /// The reader checks what only a file has (types, keys, names, eligibility); the values are checked by
  /// ``UncertaintySpec/validationErrors()``, the engine's own validation, whose errors land on their nodes.
  mutating func parseUncertainty(
    _ node: Node, eligible: Set<String>, population: [String: Double], populationDate: String
  ) -> UncertaintySpec? {
    guard
      let f = reader.fields(
        node, "'uncertainty'",
        allowed: [
          "draws", "seed", "reclassification", "new_areas", "population_growth", "claims", "updates", "precision_kr",
          "decompose",
        ],
        required: ["draws", "seed"])
    else { return nil }
    let limits = UncertaintySpec.Limits.draws
    let draws = f["draws"].flatMap {
      reader.integer($0, "'draws'", in: Int64(limits.lowerBound)...Int64(limits.upperBound))
    }
    let seed = f["seed"].flatMap { reader.unsigned($0, "'seed'") }
    let updates = parseUpdates(f)
    var ok = updates != nil
    var reclassification: UncertaintySpec.Reclassification?
    if let n = f["reclassification"] {
      var places: UncertaintyPlaces = [:]
      reclassification = parseReclassification(n, places: &places)
      if let part = reclassification { ok = report(part.validationErrors(), places: places, section: n) && ok }
      ok = ok && reclassification != nil
    }
    var newAreas: UncertaintySpec.NewAreas?
    if let n = f["new_areas"] {
      var places: UncertaintyPlaces = [:]
      newAreas = parseNewAreas(
        n, eligible: eligible, population: population, date: populationDate, places: &places)
      if let part = newAreas { ok = report(part.validationErrors(), places: places, section: n) && ok }
      ok = ok && newAreas != nil
    }
    var growth: UncertaintySpec.PopulationGrowth?
    if let n = f["population_growth"] {
      var places: UncertaintyPlaces = [:]
      growth = parseGrowth(n, eligible: eligible, places: &places)
      if let part = growth { ok = report(part.validationErrors(), places: places, section: n) && ok }
      ok = ok && growth != nil
    }
    var claims: UncertaintySpec.Claiming?
    if let n = f["claims"] {
      var places: UncertaintyPlaces = [:]
      claims = parseClaiming(n, places: &places)
      if let part = claims { ok = report(part.validationErrors(), places: places, section: n) && ok }
      ok = ok && claims != nil
    }
    var precisionKr: Double?
    if let n = f["precision_kr"] {
      precisionKr = parsePrecision(n, draws: draws.map { Int($0) })
      ok = ok && precisionKr != nil
    }
    guard ok, let draws, let seed, let updates else { return nil }
    var spec = UncertaintySpec(
      draws: Int(draws), seed: seed, reclassification: reclassification, newAreas: newAreas, populationGrowth: growth,
      claims: claims, precisionKr: precisionKr)
    spec.updates = updates
    if let n = f["decompose"], !parseDecompose(n, into: &spec) { return nil }
    return spec
  }

  /// Reads `uncertainty.claims`: `{decline_probability: p, wants_more_probability: q}`.
  private mutating func parseClaiming(
    _ node: Node, places: inout UncertaintyPlaces
  ) -> UncertaintySpec.Claiming? {
    let keys = ["decline_probability", "wants_more_probability"]
    guard let f = reader.fields(node, "'claims'", allowed: keys, required: keys) else { return nil }
    var values: [Double] = []
    for key in keys {
      guard let n = f[key] else { return nil }
      places[["claims", key]] = (n, "'\(key)'")
      guard let p = reader.numeral(n, "'\(key)'") else { continue }
      values.append(p)
    }
    guard values.count == 2 else { return nil }
    return UncertaintySpec.Claiming(declineProbability: values[0], wantsMoreProbability: values[1])
  }

  /// Records each validation error at the node of its path (or the section's); `true` when there are none.
  mutating func report(_ errors: [UncertaintyError], places: UncertaintyPlaces, section: Node) -> Bool {
    for error in errors {
      let place = places[error.path]
      let value = place.flatMap { NodeReader.text($0.node) }
      reader.error(
        place?.node ?? section,
        error.message(subject: place?.subject ?? error.pathText, value: value, format: NodeReader.format),
        hint: error.hint)
    }
    return errors.isEmpty
  }

  private mutating func parseReclassification(
    _ node: Node, places: inout UncertaintyPlaces
  ) -> UncertaintySpec.Reclassification? {
    guard let f = reader.fields(node, "'reclassification'", allowed: ["probability", "up", "matrix"]) else {
      return nil
    }
    if let matrixNode = f["matrix"] {
      guard f["probability"] == nil, f["up"] == nil else {
        reader.error(node, "'reclassification' takes either 'probability' and 'up', or 'matrix', not both")
        return nil
      }
      return parseMatrix(matrixNode, places: &places)
    }
    guard let pNode = f["probability"], let upNode = f["up"] else {
      reader.error(node, "'reclassification' needs 'probability' and 'up' (or a 'matrix')")
      return nil
    }
    places[["reclassification", "probability"]] = (pNode, "'probability'")
    places[["reclassification", "up"]] = (upNode, "'up'")
    let p = reader.numeral(pNode, "'probability'")
    let up = reader.numeral(upNode, "'up'")
    guard let p, let up else { return nil }
    return .simple(probability: p, up: up)
  }

  private mutating func parseMatrix(
    _ node: Node, places: inout UncertaintyPlaces
  ) -> UncertaintySpec.Reclassification? {
    let classes = AreaClass.allCases.map(\.rawValue)
    guard let rows = reader.fields(node, "'matrix'", allowed: classes) else { return nil }
    var matrix: [AreaClass: [ReclassificationTarget: Double]] = [:]
    var ok = true
    for from in AreaClass.allCases {
      guard let rowNode = rows[from.rawValue] else { continue }
      let targets: [ReclassificationTarget] =
        AreaClass.allCases.filter { $0 != from }.map { .areaClass($0) } + [.delisted]
      guard let row = reader.fields(rowNode, "the \(from.rawValue) row of 'matrix'", allowed: targets.map(\.name))
      else {
        if case .mapping(let m) = rowNode, m.contains(where: { $0.key.string == from.rawValue }) {
          reader.diagnostics.removeLast()
          reader.error(
            rowNode, "\(from.rawValue) → \(from.rawValue) is no change; leave it out (the rest of a row is no change)")
        }
        ok = false
        continue
      }
      let rowPath = ["reclassification", "matrix", from.rawValue]
      places[rowPath] = (rowNode, "the \(from.rawValue) row")
      var entries: [ReclassificationTarget: Double] = [:]
      for target in targets {
        guard let n = row[target.name] else { continue }
        let subject = "'\(from.rawValue) → \(target.name)'"
        places[rowPath + [target.name]] = (n, subject)
        guard let p = reader.numeral(n, subject) else {
          ok = false
          continue
        }
        entries[target] = p
      }
      matrix[from] = entries
    }
    return ok ? .matrix(matrix) : nil
  }

  private mutating func parseNewAreas(
    _ node: Node, eligible: Set<String>, population: [String: Double], date: String,
    places: inout UncertaintyPlaces
  ) -> UncertaintySpec.NewAreas? {
    guard
      let f = reader.fields(
        node, "'new_areas'", allowed: ["mean", "class_mix", "kommuner"], required: ["mean", "class_mix"])
    else { return nil }
    if let n = f["mean"] { places[["new_areas", "mean"]] = (n, "'mean'") }
    let mean = f["mean"].flatMap { reader.numeral($0, "'mean'") }
    var mix: [AreaClass: Double]?
    if let mixNode = f["class_mix"],
      let m = reader.fields(mixNode, "'class_mix'", allowed: AreaClass.allCases.map(\.rawValue))
    {
      places[["new_areas", "class_mix"]] = (mixNode, "'class_mix'")
      var values: [AreaClass: Double] = [:]
      var ok = true
      for c in AreaClass.allCases {
        guard let n = m[c.rawValue] else { continue }
        places[["new_areas", "class_mix", c.rawValue]] = (n, "the share of \(c.rawValue)")
        if let p = reader.numeral(n, "the share of \(c.rawValue)") { values[c] = p } else { ok = false }
      }
      if ok { mix = values }
    }
    var landing: UncertaintySpec.NewAreas.Landing? = .population
    if let kommunerNode = f["kommuner"] {
      landing = parseLanding(
        kommunerNode, eligible: eligible, population: population, date: date, places: &places)
    }
    guard let mean, let mix, let landing else { return nil }
    return UncertaintySpec.NewAreas(mean: mean, classMix: mix, kommuner: landing)
  }

  private mutating func parseLanding(
    _ node: Node, eligible: Set<String>, population: [String: Double], date: String,
    places: inout UncertaintyPlaces
  ) -> UncertaintySpec.NewAreas.Landing? {
    if case .scalar = node {
      return reader.word(node, "'kommuner'", among: ["population"]).map { _ in .population }
    }
    guard let items = reader.sequence(node, "'kommuner'") else { return nil }
    let path = ["new_areas", "kommuner"]
    places[path] = (node, "'kommuner'")
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
      let weight = f["weight"].flatMap { reader.numeral($0, "'weight'") }
      var figure: Double?
      if let popNode = f["population"] {
        figure = reader.numeral(popNode, "'population'")
        if figure == nil { ok = false }
      }
      guard let weight else {
        ok = false
        continue
      }
      guard checkKommun(kommun, node: kommunNode) else {
        ok = false
        continue
      }
      guard seen.insert(kommun).inserted else {
        reader.error(kommunNode, "\(kommun) appears twice in 'kommuner'")
        ok = false
        continue
      }
      if let n = f["weight"] { places[path + [kommun, "weight"]] = (n, "'weight'") }
      if let n = f["population"] { places[path + [kommun, "population"]] = (n, "'population'") }
      if !eligible.contains(kommun) && figure == nil && population[kommun] == nil {
        reader.error(
          kommunNode, "\(kommun) is not eligible in the scenario and has no population at \(date)",
          hint: "give it one: {kommun: \(kommun), weight: \(NodeReader.format(weight)), population: N}")
        ok = false
        continue
      }
      candidates.append(.init(kommun: kommun, weight: weight, population: figure))
    }
    return ok ? .table(candidates) : nil
  }

  private mutating func parseGrowth(
    _ node: Node, eligible: Set<String>, places: inout UncertaintyPlaces
  ) -> UncertaintySpec.PopulationGrowth? {
    guard
      let f = reader.fields(
        node, "'population_growth'", allowed: ["mean", "sd", "overrides"], required: ["mean", "sd"])
    else { return nil }
    let base = ["population_growth"]
    let (mean, sd) = readRate(f, path: base, places: &places)
    var overrides: [String: UncertaintySpec.PopulationGrowth.Rate] = [:]
    var ok = true
    if let overridesNode = f["overrides"] {
      if case .mapping(let mapping) = overridesNode {
        for (keyNode, value) in mapping {
          guard let kommun = reader.string(keyNode, "a kommun in 'overrides'") else {
            ok = false
            continue
          }
          guard checkKommun(kommun, node: keyNode) else {
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
              value, "the override for \(kommun)", allowed: ["mean", "sd"], required: ["mean", "sd"])
          else {
            ok = false
            continue
          }
          let (m, s) = readRate(rf, path: base + ["overrides", kommun], places: &places)
          guard let m, let s else {
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

  /// The `mean` and `sd` of a growth rate, each recorded at its path.
  private mutating func readRate(
    _ f: Fields, path: [String], places: inout UncertaintyPlaces
  ) -> (mean: Double?, sd: Double?) {
    var values: [Double?] = []
    for key in ["mean", "sd"] {
      guard let n = f[key] else {
        values.append(nil)
        continue
      }
      places[path + [key]] = (n, "'\(key)'")
      values.append(reader.numeral(n, "'\(key)'"))
    }
    return (values[0], values[1])
  }
}
