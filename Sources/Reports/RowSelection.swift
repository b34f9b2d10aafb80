import AllocationModel
import ScenarioFormat

/// Which kommuner a result shows and in which order, recorded in the document so that a reader knows
/// when rows are missing.
///
/// JSON: `{"kommuner": [String] | null, "sort": "name" | "amount" | "change" | "p5" | null,
/// "total_kommuner": Int}`; `kommuner` is the filter (`null`: every kommun), `sort` the order asked for
/// (`null`: the document's default) and `total_kommuner` the number of rows before filtering.
public struct RowSelection: Codable, Sendable, Hashable {
  /// An order of rows.
  public enum Order: String, Codable, Sendable, Hashable, CaseIterable {
    /// Swedish name order.
    case name
    /// The largest amount first (allocations).
    case amount
    /// The largest loss first: the change of the amount, or the mean change of a Monte Carlo run.
    case change
    /// The most negative 5th percentile of the change first (Monte Carlo runs).
    case p5
  }

  /// The kommuner shown, as asked for; `nil` shows every kommun.
  public var kommuner: [String]?
  /// The order asked for; `nil` keeps the document's default.
  public var sort: Order?
  /// The number of kommuner in the result before filtering.
  public var totalKommuner: Int

  /// Creates a selection.
  public init(kommuner: [String]?, sort: Order?, totalKommuner: Int) {
    self.kommuner = kommuner
    self.sort = sort
    self.totalKommuner = totalKommuner
  }

  /// Whether rows were left out.
  public var isFiltered: Bool { kommuner != nil }

  enum CodingKeys: String, CodingKey {
    case kommuner, sort, totalKommuner = "total_kommuner"
  }

  /// Writes the selection with explicit `null`s, so that a reader sees both fields.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kommuner, forKey: .kommuner)
    try c.encode(sort, forKey: .sort)
    try c.encode(totalKommuner, forKey: .totalKommuner)
  }

  /// Filters rows to the named kommuner and orders them.
  ///
  /// - Parameters:
  ///   - rows: the rows in Swedish name order.
  ///   - kommuner: the kommuner to keep, `nil` for every one.
  ///   - sort: the order asked for, `nil` for the rows' own.
  ///   - allowed: the orders this kind of result supports.
  ///   - kind: this kind of result in words, for the message when `sort` is not allowed.
  ///   - name: a row's kommun.
  ///   - before: the order for `sort`, ties kept in name order; `nil` for `.name`.
  /// - Returns: the rows shown and the selection to record; `nil` when neither a filter nor an order was given.
  /// - Throws: ``SelectionError`` for a kommun not in the rows or an order not allowed.
  static func apply<Row>(
    _ rows: [Row], kommuner: [String]?, sort: Order?, allowed: [Order], kind: String, name: (Row) -> String,
    before: (Order) -> ((Row, Row) -> Bool)?
  ) throws(SelectionError) -> (rows: [Row], selection: RowSelection?) {
    if let sort, !allowed.contains(sort) {
      throw SelectionError(
        "--sort \(sort.rawValue) does not apply to \(kind); use "
          + allowed.map(\.rawValue).joined(separator: ", ", lastSeparator: " or "))
    }
    guard kommuner != nil || sort != nil else { return (rows, nil) }
    let known = rows.map(name)
    var wanted: [String]?
    if let kommuner {
      var seen: Set<String> = []
      wanted = []
      for k in kommuner where seen.insert(k).inserted {
        guard known.contains(k) else {
          let hint = NameSuggestion.hint(for: k, among: known).map { "; \($0)" } ?? ""
          throw SelectionError(
            "--kommun '\(k)': no such kommun in this result (\(known.count) kommuner)\(hint)")
        }
        wanted?.append(k)
      }
    }
    var indexed = Array(rows.enumerated())
    if let wanted {
      let set = Set(wanted)
      indexed = indexed.filter { set.contains(name($0.element)) }
    }
    if let sort, let before = before(sort) {
      indexed.sort { a, b in
        if before(a.element, b.element) { return true }
        if before(b.element, a.element) { return false }
        return a.offset < b.offset
      }
    }
    return (indexed.map(\.element), RowSelection(kommuner: wanted, sort: sort, totalKommuner: rows.count))
  }

  /// Checks a filter and an order against the kommuner a result will have, before it is computed.
  ///
  /// - Throws: ``SelectionError`` as ``MonteCarloDocument/selecting(kommuner:sort:)`` would.
  public static func check(
    kommuner: [String]?, sort: Order?, against names: [String], allowed: [Order], kind: String
  ) throws(SelectionError) {
    _ = try apply(names, kommuner: kommuner, sort: sort, allowed: allowed, kind: kind, name: { $0 }) { _ in nil }
  }

  /// One line for a text table: how many rows are shown and in which order; `nil` without a filter or order.
  func note(noun: String = "kommuner") -> String? {
    var parts: [String] = []
    if let kommuner { parts.append("showing \(kommuner.count) of \(totalKommuner) \(noun) (--kommun)") }
    if let sort { parts.append("sorted by \(sort.description)") }
    guard !parts.isEmpty else { return nil }
    let text = parts.joined(separator: ", ")
    return text.prefix(1).uppercased() + text.dropFirst() + "\n"
  }
}

extension RowSelection.Order: CustomStringConvertible {
  /// The order in words.
  public var description: String {
    switch self {
    case .name: "name"
    case .amount: "amount, the largest first"
    case .change: "change, the largest loss first"
    case .p5: "the 5th percentile of the change, the largest downside first"
    }
  }
}

/// A `--kommun` or `--sort` that does not fit the result.
public struct SelectionError: UserFacingError, Equatable {
  /// The message.
  public var description: String

  /// Creates an error.
  public init(_ description: String) { self.description = description }
}

extension Array where Element == String {
  /// The strings joined, the last two by `lastSeparator`.
  fileprivate func joined(separator: String, lastSeparator: String) -> String {
    guard count > 1, let last else { return joined() }
    return dropLast().joined(separator: separator) + lastSeparator + last
  }
}
