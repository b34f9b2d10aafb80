import AllocationModel
import Yams

extension ScenarioResolver {
  /// A `districts:` section read from the file, with the nodes its errors point at.
  struct ParsedDistricts {
    /// The plan as written.
    var plan: DistrictPlan
    /// The section itself.
    var node: Node
    /// The node of the kommun's name.
    var kommunNode: Node
    /// The node of `earmarks_kr`, if given.
    var earmarksNode: Node?
    /// The node of `areas`.
    var areasNode: Node
    /// The node of each part's area name, in the order of ``DistrictPlan/parts``.
    var partNodes: [Node]
  }

  /// The keys of a `districts:` section.
  static let districtKeys = ["kommun", "earmarks_kr", "class_weights", "areas"]

  /// Reads `districts:`; `nil` after recording every problem found.
  mutating func parseDistricts(_ node: Node) -> ParsedDistricts? {
    guard let f = reader.fields(node, "'districts'", allowed: Self.districtKeys, required: ["kommun", "areas"]),
      let kommunNode = f["kommun"], let areasNode = f["areas"]
    else { return nil }
    var ok = true
    let kommun = reader.string(kommunNode, "'kommun' in 'districts'")
    if let kommun, !checkKommun(kommun, node: kommunNode) { ok = false }
    var earmarks: [String: Double] = [:]
    if let earmarksNode = f["earmarks_kr"] {
      ok = readEarmarks(earmarksNode, into: &earmarks) && ok
    }
    var weights = ClassWeights(uo: 1, ro: 1, suo: 1)
    if let weightsNode = f["class_weights"] {
      ok = readDistrictWeights(weightsNode, into: &weights) && ok
    }
    var parts: [DistrictPlan.Part] = []
    var partNodes: [Node] = []
    if let items = reader.sequence(areasNode, "'areas' in 'districts'") {
      var seen = Set<[String]>()
      for item in items {
        guard
          let pf = reader.fields(
            item, "an entry of 'areas'", allowed: ["area", "district", "population"],
            required: ["area", "district", "population"]),
          let areaNode = pf["area"], let districtNode = pf["district"], let populationNode = pf["population"]
        else {
          ok = false
          continue
        }
        let area = reader.string(areaNode, "'area' in an entry of 'areas'")
        let district = reader.string(districtNode, "'district' in an entry of 'areas'")
        let population = reader.number(populationNode, "'population' of an area's part", in: 0...1e8)
        guard let area, let district, let population else {
          ok = false
          continue
        }
        guard seen.insert([area, district]).inserted else {
          reader.error(
            areaNode, "the area \(area) has two entries for the district \(district)",
            hint: "give one entry per district the area spans, with the population of its part there")
          ok = false
          continue
        }
        parts.append(DistrictPlan.Part(area: area, district: district, population: population))
        partNodes.append(areaNode)
      }
    } else {
      ok = false
    }
    guard ok, let kommun else { return nil }
    return ParsedDistricts(
      plan: DistrictPlan(kommun: kommun, earmarks: earmarks, classWeights: weights, parts: parts), node: node,
      kommunNode: kommunNode, earmarksNode: f["earmarks_kr"], areasNode: areasNode, partNodes: partNodes)
  }

  /// Reads `earmarks_kr: {district: kronor}`; `true` when every entry is valid.
  private mutating func readEarmarks(_ node: Node, into earmarks: inout [String: Double]) -> Bool {
    guard reader.visit(node) else { return false }
    guard case .mapping(let mapping) = node else {
      reader.error(
        node, "'earmarks_kr' must be a mapping of districts to kronor, got \(NodeReader.kind(node))",
        hint: "e.g. {Rinkeby-Kista: 1605000}")
      return false
    }
    var ok = true
    for (keyNode, value) in mapping {
      guard let district = reader.string(keyNode, "a district in 'earmarks_kr'") else {
        ok = false
        continue
      }
      guard earmarks[district] == nil else {
        reader.error(keyNode, "the district \(district) has two earmarks")
        ok = false
        continue
      }
      guard let kronor = reader.number(value, "the earmark of \(district)", in: 0...1e12) else {
        ok = false
        continue
      }
      earmarks[district] = kronor
    }
    return ok
  }

  /// Reads `class_weights: {UO: …, RO: …, SUO: …}`; `true` when valid.
  private mutating func readDistrictWeights(_ node: Node, into weights: inout ClassWeights) -> Bool {
    let classes = AreaClass.allCases.map(\.rawValue)
    guard let f = reader.fields(node, "'class_weights'", allowed: classes, required: classes) else { return false }
    var ok = true
    for areaClass in AreaClass.allCases {
      guard let value = f[areaClass.rawValue],
        let w = reader.number(value, "the weight per inhabitant of \(areaClass.rawValue)", in: 0...1_000_000)
      else {
        ok = false
        continue
      }
      weights[areaClass] = w
    }
    if ok, !AreaClass.allCases.contains(where: { weights[$0] > 0 }) {
      reader.error(node, "every class weight is zero: the money after the earmarks would have nothing to go by")
      ok = false
    }
    return ok
  }

  /// Checks a plan against both bases and splits the kommun's baseline and scenario amounts.
  ///
  /// Records an error for an area of another kommun, an unknown area, a kommun that is eligible in neither
  /// basis, and an area that counts in a basis without an entry; `nil` after any error.
  mutating func resolveDistricts(
    _ parsed: ParsedDistricts, baselineBasis: Basis, baselineAllocation: Allocation, scenarioBasis: Basis,
    scenarioAllocation: Allocation, delisted: DelistedPolicy
  ) -> (baseline: DistrictSplit, scenario: DistrictSplit)? {
    let plan = parsed.plan
    let kommun = plan.kommun
    let baselineKommun = baselineAllocation[kommun]
    let scenarioKommun = scenarioAllocation[kommun]
    guard baselineKommun != nil || scenarioKommun != nil else {
      reader.error(
        parsed.kommunNode,
        "\(kommun) has no area that counts in the baseline or the scenario, so it has no money "
          + "to split over districts",
        hint: "list the kommuner and their areas with '\(areasCommand)'")
      return nil
    }
    var ok = true
    let inBaseline = plan.areaIndices(in: baselineBasis)
    let inScenario = plan.areaIndices(in: scenarioBasis)
    for (p, part) in plan.parts.enumerated() where inBaseline[p] == nil && inScenario[p] == nil {
      ok = false
      let node = parsed.partNodes[p]
      let elsewhere = (scenarioBasis.areas + baselineBasis.areas).first {
        $0.name == part.area || $0.formerNames.contains(part.area)
      }
      if let elsewhere {
        reader.error(
          node, "the area \(part.area) lies in \(elsewhere.kommun), not in \(kommun)",
          hint: "'districts' splits the amount of one kommun; leave out the areas of others")
      } else {
        reader.error(
          node, ListChangeError.unknownArea(part.area).description,
          hint: unknownAreaHint(part.area, basis: scenarioBasis))
      }
    }
    var missing: [String] = []
    for (basis, indices, policy) in [
      (baselineBasis, inBaseline, DelistedPolicy.persist), (scenarioBasis, inScenario, delisted),
    ] {
      let covered = Set(indices.compactMap { $0 })
      for (i, area) in basis.areas.enumerated()
      where area.kommun == kommun && area.counts(under: policy) && !covered.contains(i) && !missing.contains(area.name)
      {
        missing.append(area.name)
      }
    }
    for area in missing {
      ok = false
      reader.error(
        parsed.areasNode, "the area \(area) of \(kommun) counts in the key but has no entry in 'areas'",
        hint: "add '- {area: \(area), district: …, population: N}', one entry per district the area spans")
    }
    guard ok else { return nil }
    do {
      let baseline = try DistrictSplit(
        plan: plan, basis: baselineBasis, delisted: .persist, kommunAmount: baselineKommun?.amount ?? 0,
        kommunRounded: baselineKommun?.rounded ?? 0)
      do {
        let scenario = try DistrictSplit(
          plan: plan, basis: scenarioBasis, delisted: delisted, kommunAmount: scenarioKommun?.amount ?? 0,
          kommunRounded: scenarioKommun?.rounded ?? 0)
        return (baseline, scenario)
      } catch {
        report(error, in: "the scenario", parsed)
      }
    } catch {
      report(error, in: "the baseline", parsed)
    }
    return nil
  }

  /// Records a rule's error at the part of the section it is about.
  private mutating func report(_ error: DistrictError, in basis: String, _ parsed: ParsedDistricts) {
    switch error {
    case .earmarksExceedAmount:
      reader.error(
        parsed.earmarksNode ?? parsed.node, "in \(basis), \(error.description)",
        hint: "the earmarks are paid out of the kommun's amount; lower them")
    case .nothingToShareBy:
      reader.error(
        parsed.areasNode, "in \(basis), \(error.description)",
        hint: "give the areas' parts their populations, or weights above zero for their classes")
    }
  }
}
