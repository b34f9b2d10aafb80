import AllocationModel

/// What `fordela history` prints: the real lists replayed under the rule, and the allocation of each grant year.
public struct HistoryReport: Sendable {
  /// One grant year's allocation, or why it cannot be computed.
  public struct Year: Sendable {
    /// A heading, e.g. `2022: lists 2019→2021, SCB 2021-12-31`.
    public var title: String
    /// The allocation, when every population is known.
    public var allocation: Allocation?
    /// Why there is no allocation (e.g. missing populations), when there is none.
    public var problem: String?

    /// Creates a year's entry.
    public init(title: String, allocation: Allocation?, problem: String?) {
      self.title = title
      self.allocation = allocation
      self.problem = problem
    }
  }

  /// The editions replayed, oldest first.
  public var editions: [String]
  /// The steps between consecutive editions.
  public var transitions: [EditionTransition]
  /// The policy for delisted areas.
  public var delisted: DelistedPolicy
  /// Σ weight of the basis after each edition, under the policy.
  public var weightAfter: [String: Double]
  /// The grant years.
  public var years: [Year]

  /// Creates a history report.
  public init(
    editions: [String], transitions: [EditionTransition], delisted: DelistedPolicy, weightAfter: [String: Double],
    years: [Year]
  ) {
    self.editions = editions
    self.transitions = transitions
    self.delisted = delisted
    self.weightAfter = weightAfter
    self.years = years
  }

  /// The printout.
  public func text() -> String {
    var out = "Police lists \(editions.joined(separator: " → ")) under the rule (delisted: \(delisted.rawValue))\n"
    if let first = editions.first {
      out += "\n\(first): the first list; Σ weight \(Kronor.plain(weightAfter[first] ?? 0))\n"
    }
    let leftVerb = delisted == .persist ? "persist at their last class" : "dropped"
    for step in transitions {
      out += "\n\(step.from) → \(step.to):\n"
      out += Self.line("entered", step.entered)
      out += Self.line("left (\(leftVerb))", step.left)
      out += Self.line("relisted", step.relisted)
      out += Self.line(
        "changed class", step.reclassified.map { "\($0.area) \($0.from.rawValue)→\($0.to.rawValue)" })
      out += Self.line("renamed", step.renamed.map { "\($0.from) → \($0.to)" })
      out += "  Σ weight after: \(Kronor.plain(weightAfter[step.to] ?? 0))\n"
    }
    for year in years {
      out += "\n\(year.title)\n"
      if let allocation = year.allocation {
        var t = TextTable(
          headers: ["Kommun", "Weight", "Population", "Amount kr"], alignments: [.left, .right, .right, .right])
        for k in allocation.kommuner {
          t.append([
            k.kommun, Kronor.plain(k.weight), Kronor.grouped(Int64(k.population.rounded())), Kronor.grouped(k.rounded),
          ])
        }
        t.appendRule()
        t.append([
          "Total", Kronor.plain(allocation.totalWeight), Kronor.grouped(Int64(allocation.totalPopulation.rounded())),
          Kronor.grouped(allocation.totalRounded),
        ])
        out += t.render()
        out += Kronor.roundingNote(allocation.key.roundingUnit) + "\n"
      } else {
        let words = (year.problem ?? "unknown reason").split(separator: " ").map(String.init)
        out += Self.wrap("  not computed:", words, indent: "    ")
      }
    }
    return out
  }

  /// `  label: a, b, c`, wrapped to 80 columns with continuation lines indented under the items.
  private static func line(_ label: String, _ items: [String]) -> String {
    guard !items.isEmpty else { return "  \(label): none\n" }
    let pieces = items.enumerated().map { i, item in item + (i < items.count - 1 ? "," : "") }
    return wrap("  \(label):", pieces, indent: "    ")
  }

  /// Words joined by spaces after a head, wrapped to 80 columns (Unicode characters), with an indent.
  static func wrap(_ head: String, _ words: [String], indent: String) -> String {
    var out = head
    var column = head.count
    for word in words {
      if column + 1 + word.count > 80 && column > indent.count {
        out += "\n" + indent + word
        column = indent.count + word.count
      } else {
        out += " " + word
        column += 1 + word.count
      }
    }
    return out + "\n"
  }
}
