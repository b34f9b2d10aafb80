extension UncertaintySpec {
  /// Checks that the model can be run: every value within ``Limits``, every row and mix summing as it must.
  ///
  /// The number of draws must be positive; its upper limit is the scenario file's and the command line's,
  /// while the engine takes any count its memory budget allows.
  ///
  /// Throws the first problem found; ``validationErrors()`` lists them all.
  public func validate() throws(UncertaintyError) {
    if let first = validationErrors().first { throw first }
  }

  /// Every problem of the model, each with the path of the part at fault, in a fixed order.
  public func validationErrors() -> [UncertaintyError] {
    var errors: [UncertaintyError] = []
    if draws < Limits.draws.lowerBound {
      errors.append(.init(path: ["draws"], problem: .wholeNumberOutOfRange(draws, Limits.draws)))
    }
    if !Limits.updates.contains(updates) {
      errors.append(.init(path: ["updates"], problem: .wholeNumberOutOfRange(updates, Limits.updates)))
    }
    errors += reclassification?.validationErrors() ?? []
    errors += newAreas?.validationErrors() ?? []
    errors += populationGrowth?.validationErrors() ?? []
    errors += claims?.validationErrors() ?? []
    errors += precisionErrors()
    errors += decompositionErrors()
    return errors
  }

  /// The problems of ``precisionKr``: a half-width within ``Limits/precisionKr`` (above 0), and enough
  /// ``draws`` for the p5 interval it is checked on.
  public func precisionErrors() -> [UncertaintyError] {
    guard let target = precisionKr else { return [] }
    let range = Limits.precisionKr
    guard target.isFinite, target > range.lowerBound, target <= range.upperBound else {
      return [.init(path: ["precision_kr"], problem: .notAboveLowerBound(target, range))]
    }
    guard draws >= Limits.precisionMinimumDraws else {
      return [
        .init(path: ["precision_kr"], problem: .tooFewDrawsForPrecision(draws, minimum: Limits.precisionMinimumDraws))
      ]
    }
    return []
  }
}

extension UncertaintySpec.Claiming {
  /// Every problem of the claims part, with paths from the spec's root: each probability in [0, 1].
  public func validationErrors() -> [UncertaintyError] {
    let limits = UncertaintySpec.Limits.self
    return UncertaintyError.range(declineProbability, limits.probability, ["claims", "decline_probability"])
      + UncertaintyError.range(wantsMoreProbability, limits.probability, ["claims", "wants_more_probability"])
  }
}

extension UncertaintySpec.Reclassification {
  /// Every problem of the reclassification part, with paths from the spec's root.
  public func validationErrors() -> [UncertaintyError] {
    let limits = UncertaintySpec.Limits.self
    let base = ["reclassification"]
    var errors: [UncertaintyError] = []
    switch self {
    case .simple(let p, let up):
      errors += UncertaintyError.range(p, limits.probability, base + ["probability"])
      errors += UncertaintyError.range(up, limits.probability, base + ["up"])
    case .matrix(let m):
      for from in AreaClass.allCases {
        guard let row = m[from] else { continue }
        let rowPath = base + ["matrix", from.rawValue]
        let targets: [ReclassificationTarget] = AreaClass.allCases.map { .areaClass($0) } + [.delisted]
        var rowValid = true
        for target in targets {
          guard let p = row[target] else { continue }
          let found = UncertaintyError.range(p, limits.probability, rowPath + [target.name])
          rowValid = rowValid && found.isEmpty
          errors += found
        }
        let moved = row.filter { $0.key != .areaClass(from) }.values.reduce(0, +)
        if rowValid && moved > 1 + limits.probabilityTolerance {
          errors.append(.init(path: rowPath, problem: .rowSumAboveOne(moved)))
        }
      }
    }
    return errors
  }
}

extension UncertaintySpec.NewAreas {
  /// Every problem of the new-areas part, with paths from the spec's root.
  public func validationErrors() -> [UncertaintyError] {
    let limits = UncertaintySpec.Limits.self
    let base = ["new_areas"]
    var errors = UncertaintyError.range(mean, limits.newAreaMean, base + ["mean"])
    var mixValid = true
    for areaClass in AreaClass.allCases {
      guard let p = classMix[areaClass] else { continue }
      let found = UncertaintyError.range(p, limits.probability, base + ["class_mix", areaClass.rawValue])
      mixValid = mixValid && found.isEmpty
      errors += found
    }
    let total = classMix.values.reduce(0, +)
    if mixValid && !(abs(total - 1) <= limits.probabilityTolerance) {
      errors.append(.init(path: base + ["class_mix"], problem: .classMixSum(total)))
    }
    if case .table(let candidates) = kommuner {
      let path = base + ["kommuner"]
      guard !candidates.isEmpty else { return errors + [.init(path: path, problem: .emptyLandingTable)] }
      var weightsValid = true
      for candidate in candidates {
        let found = UncertaintyError.range(candidate.weight, limits.landingWeight, path + [candidate.kommun, "weight"])
        weightsValid = weightsValid && found.isEmpty
        errors += found
        if let figure = candidate.population,
          !(figure.isFinite && figure > limits.landingPopulation.lowerBound
            && figure <= limits.landingPopulation.upperBound)
        {
          errors.append(
            .init(
              path: path + [candidate.kommun, "population"],
              problem: .notAboveLowerBound(figure, limits.landingPopulation)))
        }
      }
      if weightsValid && !candidates.contains(where: { $0.weight > 0 }) {
        errors.append(.init(path: path, problem: .noLandingWeight))
      }
    }
    return errors
  }
}

extension UncertaintySpec.PopulationGrowth {
  /// Every problem of the growth part, with paths from the spec's root; overrides in name order.
  public func validationErrors() -> [UncertaintyError] {
    let base = ["population_growth"]
    var errors = Self.errors(Rate(mean: mean, sd: sd), path: base)
    for kommun in overrides.keys.sorted() {
      guard let rate = overrides[kommun] else { continue }
      errors += Self.errors(rate, path: base + ["overrides", kommun])
    }
    return errors
  }

  private static func errors(_ rate: Rate, path: [String]) -> [UncertaintyError] {
    let limits = UncertaintySpec.Limits.self
    return UncertaintyError.range(rate.mean, limits.growthMean, path + ["mean"])
      + UncertaintyError.range(rate.sd, limits.growthSD, path + ["sd"])
  }
}

extension ReclassificationTarget {
  /// The name a scenario file gives the target: a class, or `delisted`.
  public var name: String {
    switch self {
    case .areaClass(let c): c.rawValue
    case .delisted: "delisted"
    }
  }
}

extension UncertaintyError {
  /// No error when `value` is finite and in `range`, else one at `path`.
  fileprivate static func range(_ value: Double, _ range: ClosedRange<Double>, _ path: [String]) -> [UncertaintyError] {
    value.isFinite && range.contains(value) ? [] : [.init(path: path, problem: .outOfRange(value, range))]
  }
}
