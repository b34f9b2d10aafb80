import AllocationModel
import EmbeddedData
import Yams

/// Walks a scenario's YAML tree: checks it against the schema, resolves the baseline, applies the
/// changes and computes both allocations, recording every problem in ``reader``.
struct ScenarioResolver {
  /// The keys a scenario file may have at the top level.
  static let topKeys = [
    "name", "description", "baseline", "budget_kr", "rounding_kr", "area_share", "weights", "delisted", "splits",
    "changes", "uncertainty", "claims", "districts", "sweep",
  ]

  var reader: NodeReader
  let file: String
  let readFile: (String) throws -> [UInt8]
  /// The `fordela areas` command that lists the baseline's areas, for hints about area names.
  var areasCommand = "fordela areas"
  /// Population figures given on the command line (`fordela run --population K=N`), over the baseline's file.
  var commandLinePopulation: UserPopulation?

  init(file: String, readFile: @escaping (String) throws -> [UInt8]) {
    self.file = file
    self.reader = NodeReader(file: file)
    self.readFile = readFile
  }

  /// Every kommun the embedded data knows: on any police list or in the SCB table.
  static var embeddedKommuner: Set<String> { BaselineResolver.embeddedKommuner }

  /// The resolved scenario, or `nil` when a problem prevents computing it (see `reader.diagnostics`).
  mutating func resolve(_ root: Node) -> ResolvedScenario? {
    // Required keys are checked here rather than by `fields`, so a file without them still gets every other check.
    guard let top = reader.fields(root, "the scenario", allowed: Self.topKeys) else { return nil }
    for key in ["name", "baseline"] where top[key] == nil {
      reader.error(root, "the scenario needs the key '\(key)'")
    }
    let name = top["name"].flatMap { reader.string($0, "'name'") }
    let description = top["description"].flatMap { reader.string($0, "'description'", allowEmpty: true) }
    let baseline = top["baseline"].flatMap { resolveBaseline($0, keyNode: top.keyNode("baseline")) }
    if let settings = baseline?.settings {
      areasCommand = Self.areasCommand(year: settings.year, editions: settings.editions)
    }
    var key = baseline?.settings.officialKey ?? .official(budget: GrantYear.standardBudget)
    readKeyOverrides(top, into: &key)
    let delisted =
      top["delisted"].flatMap { reader.word($0, "'delisted'", among: ["persist", "drop"]) }
      .flatMap(DelistedPolicy.init(rawValue:)) ?? .persist
    let splits =
      top["splits"].flatMap { reader.word($0, "'splits'", among: ["literal", "technical"]) }
      .flatMap(SplitReading.init(rawValue:)) ?? .literal
    let parsedChanges = top["changes"].map { parseChanges($0) } ?? []

    var scenarioBasis = baseline?.basis
    var scenarioPopulation = baseline?.population ?? [:]
    var enteringKommuner: [String: Node] = [:]
    if let basis = scenarioBasis {
      var working = basis
      applyChanges(
        parsedChanges, basis: &working, population: &scenarioPopulation,
        entering: &enteringKommuner, populationDate: baseline?.settings.populationDate ?? "")
      scenarioBasis = working
    }

    var scenarioAllocation: Allocation?
    if let basis = scenarioBasis, let baseline {
      scenarioAllocation = allocateScenario(
        basis: basis, key: key, delisted: delisted, splits: splits, population: scenarioPopulation,
        entering: enteringKommuner, baselineMissing: baseline.allocation == nil, top: top,
        populationDate: baseline.settings.populationDate)
    }
    let claims = top["claims"].flatMap {
      resolveClaims($0, allocation: scenarioAllocation, monteCarlo: top["uncertainty"] != nil)
    }
    let eligible = Set(scenarioAllocation?.kommuner.map(\.kommun) ?? [])
    let uncertainty = top["uncertainty"].flatMap {
      parseUncertainty(
        $0, eligible: eligible, population: scenarioPopulation,
        populationDate: baseline?.settings.populationDate ?? "")
    }
    let sweep = top["sweep"].flatMap {
      parseSweep(
        $0, basis: scenarioBasis, eligible: eligible, population: scenarioPopulation,
        populationDate: baseline?.settings.populationDate ?? "")
    }
    let parsedDistricts = top["districts"].flatMap { parseDistricts($0) }
    checkPathsBesideDistricts(uncertainty: top["uncertainty"], districts: top["districts"], spec: uncertainty)
    var districtSplits: (baseline: DistrictSplit, scenario: DistrictSplit)?
    if let parsedDistricts, let baseline, let baselineAllocation = baseline.allocation, let scenarioBasis,
      let scenarioAllocation
    {
      districtSplits = resolveDistricts(
        parsedDistricts, baselineBasis: baseline.basis, baselineAllocation: baselineAllocation,
        scenarioBasis: scenarioBasis, scenarioAllocation: scenarioAllocation, delisted: delisted)
    }
    guard let name, let baseline, let baselineAllocation = baseline.allocation, let scenarioBasis,
      let scenarioAllocation, reader.diagnostics.isEmpty
    else { return nil }
    return ResolvedScenario(
      file: file, name: name, description: description, baseline: baseline.settings, baselineBasis: baseline.basis,
      baselineTransitions: baseline.transitions, baselinePopulation: baseline.population,
      populationStatus: baseline.populationStatus, baselinePopulationSources: baseline.populationSources,
      baselineAllocation: baselineAllocation, key: key,
      delisted: delisted, splits: splits, changes: parsedChanges.map(\.change), scenarioBasis: scenarioBasis,
      scenarioPopulation: scenarioPopulation, scenarioAllocation: scenarioAllocation, uncertainty: uncertainty,
      notes: baseline.notes, claims: claims, districts: parsedDistricts?.plan,
      baselineDistricts: districtSplits?.baseline, scenarioDistricts: districtSplits?.scenario, sweep: sweep)
  }

  /// Reads `budget_kr`, `rounding_kr`, `area_share` and `weights` into the scenario's key.
  private mutating func readKeyOverrides(_ top: Fields, into key: inout DistributionKey) {
    if let node = top["budget_kr"],
      let budget = reader.integer(node, "'budget_kr'", in: 1...DistributionKey.maximumBudget)
    {
      key.budget = budget
    }
    if let node = top["rounding_kr"],
      let unit = reader.integer(node, "'rounding_kr'", in: 1...DistributionKey.maximumBudget)
    {
      key.roundingUnit = unit
    }
    if key.budget % key.roundingUnit != 0, let node = top["rounding_kr"] ?? top["budget_kr"] {
      reader.error(
        node, AllocationError.budgetNotMultipleOfRoundingUnit(budget: key.budget, unit: key.roundingUnit).description,
        hint: "choose a budget that is a multiple of \(key.roundingUnit) kr, or set 'rounding_kr' to 1 for whole kronor"
      )
      key.roundingUnit = 1  // reported once, here, rather than again when the scenario is allocated
    }
    if let node = top["area_share"], let share = reader.number(node, "'area_share'", in: 0...1) {
      key.areaShare = share
    }
    if let node = top["weights"],
      let fields = reader.fields(node, "'weights'", allowed: AreaClass.allCases.map(\.rawValue))
    {
      var weights = ClassWeights.official
      var valid = true
      for areaClass in AreaClass.allCases {
        guard let value = fields[areaClass.rawValue] else { continue }
        if let w = reader.number(value, "the weight of \(areaClass.rawValue)", in: 0...1_000_000) {
          weights[areaClass] = w
        } else {
          valid = false
        }
      }
      if valid, !AreaClass.allCases.contains(where: { weights[$0] > 0 }) {
        reader.error(node, "every class weight is zero: step 1 of the key would divide by zero")
        valid = false
      }
      if valid { key.weights = weights }
    }
  }

  /// Allocates the scenario, turning missing populations and empty bases into diagnostics.
  private mutating func allocateScenario(
    basis: Basis, key: DistributionKey, delisted: DelistedPolicy, splits: SplitReading, population: [String: Double],
    entering: [String: Node], baselineMissing: Bool, top: Fields, populationDate: String
  ) -> Allocation? {
    do {
      return try Allocation(
        key: key, basis: basis, delisted: delisted, splits: splits, population: { population[$0] })
    } catch .missingPopulation(let kommuner) {
      for kommun in kommuner {
        guard let node = entering[kommun] else { continue }  // a baseline gap, reported at the baseline
        reader.error(
          node, "\(kommun) enters the scenario but has no population at \(populationDate) in the embedded SCB data",
          hint:
            "add '- population: {kommun: \(kommun), set: N}' to changes, or a row '\(kommun),N' to a population_file")
      }
      let others = kommuner.filter { entering[$0] == nil }
      if !others.isEmpty && !baselineMissing {
        reader.error(top.node, AllocationError.missingPopulation(others).description)
      }
    } catch {
      let anchor = top.keyNode("delisted") ?? top.keyNode("weights") ?? top.keyNode("changes") ?? top.node
      reader.error(anchor, "the scenario cannot be allocated: \(error.description)")
    }
    return nil
  }
}
