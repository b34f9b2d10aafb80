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
    /// ``BaselineRequest/budget``.
    case budget
    /// ``BaselineRequest/areaShare``.
    case areaShare
    /// ``BaselineRequest/weights``.
    case weights
    /// ``BaselineRequest/delisted``.
    case delisted
    /// ``BaselineRequest/populationFile``.
    case populationFile
    /// The request as a whole.
    case request
  }

  /// What can be wrong with a baseline request.
  public enum Problem: Sendable, Hashable {
    /// No grant-year preset for the year.
    case unknownPreset(Int)
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
    case .missingPopulation(_, _, let dates):
      var hint = "add them to a \(name(.populationFile)) (CSV with the header kommun,population)"
      if !dates.isEmpty {
        hint += ", or choose a \(name(.populationDate)) with figures for them: \(dates.joined(separator: ", "))"
      }
      return hint
    default:
      return nil
    }
  }
}
