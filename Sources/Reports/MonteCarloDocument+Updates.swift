import AllocationModel
import MonteCarlo

extension MonteCarloDocument {
  /// Every kommun's distribution of change after one list update of a run whose draws are paths
  /// (`uncertainty.updates` above 1).
  ///
  /// JSON: `{"update": 1, "kommuner": [ …the rows of the document's "kommuner"… ]}`.
  public struct PathUpdate: Codable, Sendable, Hashable {
    /// The update, from 1.
    public var update: Int
    /// Each kommun's change distribution after it, in the document's row order.
    public var kommuner: [Kommun]

    /// Creates an update's rows.
    public init(update: Int, kommuner: [Kommun]) {
      self.update = update
      self.kommuner = kommuner
    }

    /// The rows the document's selection keeps, in its order.
    func selecting(kommuner names: [String]?, sort: RowSelection.Order?) throws(SelectionError) -> Self {
      let (rows, _) = try RowSelection.apply(
        kommuner, kommuner: names, sort: sort, allowed: MonteCarloDocument.orders, kind: "a Monte Carlo run",
        name: \.kommun, before: MonteCarloDocument.ordering)
      return PathUpdate(update: update, kommuner: rows)
    }
  }

  /// The list update the document's ``kommuner`` show: the last of a path, or the one chosen with
  /// ``showing(update:)``; `nil` for a run of one update.
  public var shownUpdate: Int? {
    guard let updates, let last = updates.last?.update else { return nil }
    return shownUpdateChoice ?? last
  }

  /// The document with the rows of list update `update` (from 1) as its ``kommuner``: what the table and
  /// CSV show with `--update N`. The document's own update when it has no paths and `update` is 1.
  ///
  /// - Throws: ``UpdateChoiceError`` when the run has no such update.
  public func showing(update: Int) throws(UpdateChoiceError) -> Self {
    let count = updates?.count ?? 1
    guard (1...count).contains(update) else { throw UpdateChoiceError(asked: update, updates: count) }
    guard let updates else { return self }
    var copy = self
    copy.kommuner = updates[update - 1].kommuner
    copy.shownUpdateChoice = update
    return copy
  }

  /// The line a table prints above its rows for a run of paths, or nothing for one update.
  func pathNote() -> String {
    guard let shown = shownUpdate, let count = updates?.count else { return "" }
    return "Each draw is a path of \(count) list updates; the rows show update \(shown)"
      + (shown == count ? " (the last; --update N for another).\n" : " (--update \(shown)).\n")
  }

  /// The rows of every update from an engine result's ``MonteCarloResult/updates``, `nil` when it has one.
  static func pathUpdates(_ result: MonteCarloResult, row: (MonteCarloResult.Kommun) -> Kommun) -> [PathUpdate]? {
    guard !result.updates.isEmpty else { return nil }
    return result.updates.enumerated().map { PathUpdate(update: $0.offset + 1, kommuner: $0.element.map(row)) }
  }
}

/// `--update N` asked for a list update the run does not have.
public struct UpdateChoiceError: UserFacingError, Equatable {
  /// The update asked for.
  public var asked: Int
  /// The run's list updates per draw.
  public var updates: Int

  /// Creates an error.
  public init(asked: Int, updates: Int) {
    self.asked = asked
    self.updates = updates
  }

  /// Checks `--update N` against a run of `updates` list updates per draw before the run.
  ///
  /// - Returns: `update`.
  public static func check(_ update: Int, updates: Int) throws(UpdateChoiceError) -> Int {
    guard (1...max(updates, 1)).contains(update) else { throw UpdateChoiceError(asked: update, updates: updates) }
    return update
  }

  /// The message.
  public var description: String {
    updates == 1
      ? "--update \(asked): each draw of this run is one list update (uncertainty.updates is 1)"
      : "--update must be from 1 to \(updates), the run's list updates per draw, got \(asked)"
  }
}
