import AllocationModel
import EmbeddedData

/// Resolves a ``BaselineRequest`` into a ``ResolvedBaseline``: the one place where a preset, editions, a
/// population date, a population file and a key become a basis, populations and an allocation.
///
/// Scenario files, the flags of `fordela allocate` and each grant year of `fordela history` all resolve their
/// baseline here, with one set of checks. The resolver does no I/O: the embedded data is compiled in and the
/// user's population figures come in already parsed.
public enum BaselineResolver {
  /// The outcome of a resolution: the baseline when it could be built, and every problem found.
  ///
  /// A baseline without an ``ResolvedBaseline/allocation`` comes with the diagnostic that says why.
  public struct Resolution: Sendable {
    /// The resolved baseline; `nil` when the basis could not be built.
    public var baseline: ResolvedBaseline?
    /// The problems, in the order of the request's fields.
    public var diagnostics: [BaselineDiagnostic]
  }

  /// Every kommun fordela knows: Sweden's 290 kommuner, ``kommunNames``.
  public static var embeddedKommuner: Set<String> { kommunNames }

  /// Resolves a request against a population table (the embedded SCB data unless told otherwise).
  public static func resolve(_ request: BaselineRequest, populations: PopulationTable = .embedded) -> Resolution {
    var diagnostics: [BaselineDiagnostic] = []
    var preset: GrantYear?
    var failed = false
    if let year = request.year {
      preset = GrantYear.preset(year)
      if preset == nil {
        diagnostics.append(.init(field: .year, problem: .unknownPreset(year)))
        failed = true
      }
    } else if let fallback = request.fallbackYear {
      preset = GrantYear.preset(fallback)
    }
    let editions = request.editions ?? preset?.editions
    if let given = request.editions {
      let found = checkEditions(given)
      diagnostics += found
      failed = failed || !found.isEmpty
    }
    let date = request.populationDate ?? preset?.populationDate
    if let given = request.populationDate, !isCalendarDate(given) {
      diagnostics.append(.init(field: .populationDate, problem: .invalidDate(given)))
      failed = true
    }
    if request.year == nil && preset == nil && (request.editions == nil || request.populationDate == nil) {
      diagnostics.append(.init(field: .request, problem: .incomplete))
      return Resolution(baseline: nil, diagnostics: diagnostics)
    }
    var payment = preset?.ordinary
    if let name = request.payment {
      if let preset {
        payment = preset.payment(name)
        if payment == nil {
          diagnostics.append(
            .init(
              field: .payment, problem: .unknownPayment(name, year: preset.year, known: preset.payments.map(\.name))))
          failed = true
        }
      } else {
        diagnostics.append(.init(field: .payment, problem: .paymentWithoutYear(name)))
        failed = true
      }
    }
    let key = DistributionKey(
      budget: request.budget ?? payment?.budget ?? GrantYear.standardBudget, areaShare: request.areaShare ?? 0.75,
      weights: request.weights ?? .official, roundingUnit: request.roundingUnit ?? payment?.roundingUnit ?? 1)
    do {
      try key.validate()
    } catch {
      diagnostics.append(.init(field: field(of: error, in: request), problem: .invalidKey(error)))
      failed = true
    }
    guard !failed, let editions, let date else { return Resolution(baseline: nil, diagnostics: diagnostics) }

    let built: (basis: Basis, transitions: [EditionTransition])
    do {
      built = try Basis.build(chain: editions.compactMap(PoliceLists.edition))
    } catch {
      diagnostics.append(.init(field: .editions, problem: .invalidChain(error.description)))
      return Resolution(baseline: nil, diagnostics: diagnostics)
    }

    var table = populations
    if let file = request.populationFile {
      for (kommun, figure) in file.figures {
        table.insert(
          PopulationRecord(
            kommun: kommun, date: date, population: figure, status: "user", source: file.source(of: kommun)))
      }
    }
    var population: [String: Double] = [:]
    var sources: [String: PopulationSource] = [:]
    for record in table.records where record.date == date {
      population[record.kommun] = Double(record.population)
      sources[record.kommun] =
        request.populationFile?.figures[record.kommun] != nil
        ? .userFile(record.source) : .embedded(status: record.status, source: record.source)
    }
    // A kommun new to the grant may enter in a scenario: it takes the embedded figure of the date, if any.
    for kommun in kommunNames where population[kommun] == nil && !built.basis.kommuner.contains(kommun) {
      guard let (figure, source) = embeddedPopulation(of: kommun, at: date, in: table) else { continue }
      population[kommun] = Double(figure)
      sources[kommun] = source
    }

    var allocation: Allocation?
    do {
      allocation = try Allocation(
        key: key, basis: built.basis, delisted: request.delisted, splits: request.splits,
        population: { population[$0] })
    } catch .missingPopulation(let kommuner) {
      let dates = table.dates.filter { d in kommuner.allSatisfy { table.record(kommun: $0, date: d) != nil } }
      let field: BaselineDiagnostic.Field =
        request.populationDate != nil ? .populationDate : request.year != nil ? .year : .request
      diagnostics.append(
        .init(
          field: field, problem: .missingPopulation(kommuner: kommuner, date: date, datesWithFigures: dates)))
    } catch {
      diagnostics.append(.init(field: .request, problem: .unallocatable(error)))
    }
    let settings = BaselineSettings(
      year: preset?.year, editions: editions, populationDate: date, budget: key.budget,
      populationFile: request.populationFile?.source, payment: payment?.name, roundingUnit: key.roundingUnit)
    let baseline = ResolvedBaseline(
      settings: settings, key: key, delisted: request.delisted, splits: request.splits, basis: built.basis,
      transitions: built.transitions, population: population, populationSources: sources, knownKommuner: kommunNames,
      allocation: allocation, notes: request.populationFile?.notes ?? [])
    return Resolution(baseline: baseline, diagnostics: diagnostics)
  }

  /// The problems of a chain of edition ids: empty, unknown, out of order or repeated; each names its position.
  public static func checkEditions(_ ids: [String]) -> [BaselineDiagnostic] {
    guard !ids.isEmpty else { return [.init(field: .editions, problem: .noEditions)] }
    var diagnostics: [BaselineDiagnostic] = []
    var accepted: [String] = []
    for (index, id) in ids.enumerated() {
      guard PoliceLists.edition(id) != nil else {
        diagnostics.append(.init(field: .editions, index: index, problem: .unknownEdition(id)))
        continue
      }
      if let last = accepted.last, let a = PoliceLists.editionIDs.firstIndex(of: last),
        let b = PoliceLists.editionIDs.firstIndex(of: id), b <= a
      {
        diagnostics.append(.init(field: .editions, index: index, problem: .editionOutOfOrder(id, after: last)))
        continue
      }
      accepted.append(id)
    }
    return diagnostics
  }

  /// Whether a text is a date `YYYY-MM-DD` that exists in the (Gregorian) calendar.
  public static func isCalendarDate(_ text: String) -> Bool {
    guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/), let year = Int(match.1),
      let month = Int(match.2), let day = Int(match.3), (1...12).contains(month)
    else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let days =
      switch month {
      case 2: leap ? 29 : 28
      case 4, 6, 9, 11: 30
      default: 31
      }
    return (1...days).contains(day)
  }

  /// The request field a key error concerns.
  private static func field(of error: AllocationError, in request: BaselineRequest) -> BaselineDiagnostic.Field {
    switch error {
    case .nonPositiveBudget, .budgetTooLarge: .budget
    case .invalidRoundingUnit: .roundingUnit
    case .budgetNotMultipleOfRoundingUnit:
      request.roundingUnit != nil
        ? .roundingUnit : request.budget != nil ? .budget : request.year != nil ? .year : .request
    case .areaShareOutOfRange: .areaShare
    case .invalidWeight, .allWeightsZero: .weights
    default: .request
    }
  }
}
