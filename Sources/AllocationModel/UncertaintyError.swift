/// Why an uncertainty model cannot be run, and which part of it is at fault.
public struct UncertaintyError: Error, Sendable, Hashable {
  /// The part of the spec at fault, outermost first, as the scenario file names it: e.g.
  /// `["reclassification", "matrix", "UO"]` or `["population_growth", "overrides", "Malmö", "mean"]`.
  public var path: [String]
  /// What is wrong there.
  public var problem: Problem

  /// Creates an error.
  public init(path: [String], problem: Problem) {
    self.path = path
    self.problem = problem
  }

  /// What is wrong with one part of an uncertainty model.
  public enum Problem: Sendable, Hashable {
    /// A whole number outside its range.
    case wholeNumberOutOfRange(Int, ClosedRange<Int>)
    /// A number outside its range (or not finite).
    case outOfRange(Double, ClosedRange<Double>)
    /// A number that must lie above the range's lower bound and at most its upper bound.
    case notAboveLowerBound(Double, ClosedRange<Double>)
    /// The probabilities of change of a transition-matrix row sum to more than 1.
    case rowSumAboveOne(Double)
    /// The shares of a class mix do not sum to 1.
    case classMixSum(Double)
    /// A landing table without kommuner.
    case emptyLandingTable
    /// A landing table whose weights are all zero.
    case noLandingWeight
    /// A precision target with fewer draws than the p5 interval it is checked on needs.
    case tooFewDrawsForPrecision(Int, minimum: Int)
    /// A variance decomposition asked for in a run that draws nothing it could split the variance over.
    case decompositionWithoutSources
    /// A variance decomposition with fewer draws per matrix than its minimum.
    case decompositionTooFewDraws(Int, minimum: Int)
    /// A variance decomposition asked for in a run whose draws are paths of several list updates.
    case decompositionOfPaths(Int)
  }

  /// The path joined with dots: `reclassification.matrix.UO`.
  public var pathText: String { path.joined(separator: ".") }

  /// The message, with the part at fault called `subject` and the offending value written as `value`
  /// (its source text, say) when given.
  ///
  /// - Parameters:
  ///   - subject: how to name the part at fault, e.g. `'mean'`.
  ///   - value: the offending value as the user wrote it; otherwise it is formatted with `format`.
  ///   - format: how to write a computed number such as a sum.
  /// - Returns: one sentence, without location.
  public func message(subject: String, value: String? = nil, format: (Double) -> String = plain) -> String {
    switch problem {
    case .wholeNumberOutOfRange(let n, let range):
      return "\(subject) must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(value ?? "\(n)")"
    case .outOfRange(let x, let range):
      return "\(subject) must be a number from \(format(range.lowerBound)) to \(format(range.upperBound)), "
        + "got \(value ?? format(x))"
    case .notAboveLowerBound(let x, let range):
      return "\(subject) must be a number above \(format(range.lowerBound)) and at most \(format(range.upperBound)), "
        + "got \(value ?? format(x))"
    case .rowSumAboveOne(let sum):
      let row = path.last ?? "matrix"
      return "the probabilities of the \(row) row sum to \(Self.sum(sum, format)); they must sum to at most 1"
    case .classMixSum(let sum):
      return "the shares of \(subject) sum to \(Self.sum(sum, format)); they must sum to 1"
    case .emptyLandingTable:
      return "\(subject) cannot be an empty list; use 'population' to land among the eligible kommuner"
    case .noLandingWeight:
      return "every landing weight is zero, so no new area could land anywhere"
    case .tooFewDrawsForPrecision(let draws, let minimum):
      return "\(subject) needs at least \(minimum) draws, the fewest with a 95 % interval of p5, "
        + "but 'draws' is \(draws)"
    case .decompositionWithoutSources:
      return "\(subject) needs a source of uncertainty to split the variance over: 'uncertainty' has no "
        + "reclassification, new_areas, population_growth or claims"
    case .decompositionTooFewDraws(let n, let minimum):
      return "\(subject) needs at least \(minimum) draws per matrix for its bootstrap intervals, got 'draws: \(n)'"
    case .decompositionOfPaths(let updates):
      return "\(subject) splits the variance of one list update; this run draws paths of \(updates) updates"
    }
  }

  /// A number as Swift writes it, whole numbers without decimals.
  public static func plain(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
  }

  /// A sum that misses 1 as `format` writes it, or in full when `format` would show 1.
  private static func sum(_ value: Double, _ format: (Double) -> String) -> String {
    format(value) == format(1) ? "\(value)" : format(value)
  }

  /// How to fix it, when there is something useful to say.
  public var hint: String? {
    switch problem {
    case .rowSumAboveOne: "the rest of a row, 1 − the sum, is the probability of no change"
    case .tooFewDrawsForPrecision:
      "with 'precision_kr', 'draws' is the most the run may draw; it stops early once the precision is reached"
    case .decompositionWithoutSources: "add one of them, or leave 'decompose' out"
    case .decompositionOfPaths: "leave 'decompose' out, or decompose a copy of the scenario with 'updates: 1'"
    case .decompositionTooFewDraws(_, let minimum):
      "set 'draws' to \(minimum) or more; the intervals narrow as 1/√draws"
    default: nil
    }
  }
}

extension UncertaintyError: CustomStringConvertible {
  /// The message with the path as its subject, e.g. `population_growth.sd must be a number from 0 to 1, got nan`.
  public var description: String {
    switch problem {
    case .rowSumAboveOne: "\(pathText): \(message(subject: pathText))"
    default: message(subject: pathText)
    }
  }
}
