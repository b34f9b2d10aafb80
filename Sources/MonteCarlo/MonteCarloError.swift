import AllocationModel
import FordelaGSL

/// Why a Monte Carlo run cannot be made.
public enum MonteCarloError: UserFacingError, Equatable {
  /// The number of draws is not positive.
  case noDraws(Int)
  /// A probability or rate is outside its range.
  case invalidParameter(String)
  /// A landing kommun is not eligible in the scenario and has no population.
  case missingPopulation(String)
  /// Even streaming statistics do not fit the memory budget.
  case memoryBudgetTooSmall(needed: Int, budget: Int)
  /// In some draws no area counted, so step 1 of the key could not be divided.
  case noWeightInDraws(Int)
  /// GSL reported a failure.
  case gsl(GSLError)
  /// The run was cancelled.
  case cancelled

  public var description: String {
    switch self {
    case .noDraws(let n): "the number of draws must be at least 1, got \(n)"
    case .invalidParameter(let text): text
    case .missingPopulation(let kommun):
      "new areas can land in \(kommun), which is not eligible in the scenario: give its population"
    case .memoryBudgetTooSmall(let needed, let budget):
      "the run needs at least \(needed / (1 << 20) + 1) MiB even in streaming mode, more than the memory budget "
        + "of \(budget / (1 << 20)) MiB (--memory)"
    case .noWeightInDraws(let n):
      "in \(n) draws no area counted any more (every area delisted under 'drop'), so step 1 of the key cannot be "
        + "divided; use 'persist' or lower the probability of leaving the list"
    case .gsl(let error): error.description
    case .cancelled: "the run was interrupted"
    }
  }
}
