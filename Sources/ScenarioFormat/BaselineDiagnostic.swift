import AllocationModel
import EmbeddedData

/// A problem with a ``BaselineRequest``, naming the field it concerns so that each front end can point at it:
/// the YAML reader at the node's file:line:column, the command line at the flag.
public struct BaselineDiagnostic: Error, Sendable, Hashable {
  /// The field of the request at fault.
  public var field: Field
  /// For a list field (`editions`), the position of the item at fault.
  public var index: Int?
  /// What is wrong.
  public var problem: Problem

  /// Creates a diagnostic.
  public init(field: Field, index: Int? = nil, problem: Problem) {
    self.field = field
    self.index = index
    self.problem = problem
  }

  /// A field of a ``BaselineRequest``.
  public enum Field: String, Sendable, Hashable, CaseIterable {
    /// ``BaselineRequest/year``.
    case year
    /// ``BaselineRequest/editions``.
    case editions
    /// ``BaselineRequest/populationDate``.
    case populationDate
    /// ``BaselineRequest/payment``.
    case payment
    /// ``BaselineRequest/budget``.
    case budget
    /// ``BaselineRequest/roundingUnit``.
    case roundingUnit
    /// ``BaselineRequest/areaShare``.
    case areaShare
    /// ``BaselineRequest/weights``.
    case weights
    /// ``BaselineRequest/delisted``.
    case delisted
    /// ``BaselineRequest/populationFile``.
    case populationFile
    /// The user's figures given one kommun at a time (`--population K=N`); no field of a scenario's baseline.
    case population
    /// The request as a whole.
    case request
  }

  /// The name of a field in the messages about a scenario file: `'population_date'`, or for ``Field/population``
  /// the option of `fordela run` that gives figures.
  public static func yamlName(_ field: Field) -> String {
    switch field {
    case .year: "'year'"
    case .editions: "'editions'"
    case .populationDate: "'population_date'"
    case .populationFile: "'population_file'"
    case .payment: "'payment'"
    case .budget: "'budget_kr'"
    case .roundingUnit: "'rounding_kr'"
    case .areaShare: "'area_share'"
    case .weights: "'weights'"
    case .delisted: "'delisted'"
    case .population: "fordela run --population"
    case .request: "'baseline'"
    }
  }

  /// What can be wrong with a baseline request.
  public enum Problem: Sendable, Hashable {
    /// No grant-year preset for the year.
    case unknownPreset(Int)
    /// A payment the grant year does not have, with the payments it has.
    case unknownPayment(String, year: Int, known: [String])
    /// A payment asked for without a grant year.
    case paymentWithoutYear(String)
    /// Neither a preset nor both editions and a population date.
    case incomplete
    /// An empty chain of editions.
    case noEditions
    /// An edition that is not embedded.
    case unknownEdition(String)
    /// An edition out of order or repeated.
    case editionOutOfOrder(String, after: String)
    /// A population date that is not a calendar date `YYYY-MM-DD`.
    case invalidDate(String)
    /// A budget, area share or weights the key refuses.
    case invalidKey(AllocationError)
    /// The chain of editions cannot be replayed.
    case invalidChain(String)
    /// Eligible kommuner without a figure at the date, and the dates at which all of them have one.
    case missingPopulation(kommuner: [String], date: String, datesWithFigures: [String])
    /// The baseline cannot be allocated for another reason.
    case unallocatable(AllocationError)
  }

  /// The message, naming fields as `name` gives them: `'population_date'` in a file, `--population-date` on
  /// the command line.
  public func message(naming name: (Field) -> String) -> String {
    switch problem {
    case .unknownPreset(let year):
      let known = GrantYear.all.map { String($0.year) }.joined(separator: ", ")
      return "no grant-year preset for \(year); the presets are \(known)"
    case .unknownPayment(let payment, let year, let known):
      return "grant year \(year) has no payment '\(payment)'; its payments are \(known.joined(separator: ", "))"
    case .paymentWithoutYear(let payment):
      return "the payment '\(payment)' is a payment of a grant year, so it needs \(name(.year))"
    case .incomplete:
      return "\(name(.request)) needs either \(name(.year)) (a grant-year preset) or both \(name(.editions)) and "
        + "\(name(.populationDate))"
    case .noEditions:
      return "\(name(.editions)) cannot be empty; name at least one police list, e.g. 2019"
    case .unknownEdition(let id):
      return "unknown police list edition '\(id)'"
    case .editionOutOfOrder(let id, let last):
      return "the editions must be in order, oldest first, each once; '\(id)' comes after '\(last)'"
    case .invalidDate(let text):
      return "\(name(.populationDate)) must be a date like 2019-12-31, got '\(text)'"
    case .invalidKey(let error):
      return error.description
    case .invalidChain(let text):
      return text
    case .missingPopulation(let kommuner, let date, _):
      return "no SCB population at \(date) for \(kommuner.joined(separator: ", ")): the embedded data has gaps, "
        + "and fordela never substitutes another date"
    case .unallocatable(let error):
      return "the baseline cannot be allocated: \(error.description)"
    }
  }

  /// How to fix it, naming fields as in ``message(naming:)``; `nil` when there is nothing useful to add.
  public func hint(naming name: (Field) -> String) -> String? {
    switch problem {
    case .unknownPreset:
      return "or give \(name(.editions)) and \(name(.populationDate)) explicitly"
    case .incomplete:
      return "e.g. \(name(.year)) 2021, or \(name(.editions)) 2019 and 2021 with \(name(.populationDate)) 2021-12-31"
    case .unknownEdition:
      return "the embedded editions are \(PoliceLists.editionIDs.joined(separator: ", "))"
    case .unknownPayment, .paymentWithoutYear:
      let withPayments = GrantYear.all.filter { $0.payments.count > 1 }
      let others = withPayments.flatMap { year in
        year.payments.filter { $0.name != GrantYear.Payment.ordinary }.map {
          "\($0.name) for \(year.year) (\(name(.year)) \(year.year) with \(name(.payment)) \($0.name))"
        }
      }
      return "the payments are \(GrantYear.Payment.ordinary) for every grant year"
        + others.map { ", " + $0 }.joined()
    case .invalidKey(.budgetNotMultipleOfRoundingUnit(_, let unit)):
      return "choose a budget that is a multiple of \(unit) kr, or set \(name(.roundingUnit)) to 1 for whole kronor"
    case .missingPopulation(let kommuner, let date, let dates):
      let flags =
        kommuner.prefix(3).map { "--population \($0)=N" }.joined(separator: " ") + (kommuner.count > 3 ? " …" : "")
      var hint =
        "give SCB's figures at \(date) with \(name(.population)) (e.g. \(flags)) or in a \(name(.populationFile)) "
        + "(CSV with the header kommun,population)"
      if !dates.isEmpty {
        hint += ", or choose a \(name(.populationDate)) with figures for them: \(dates.joined(separator: ", "))"
      }
      return hint
    default:
      return nil
    }
  }
}
