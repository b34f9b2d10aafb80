/// A grant year's documented defaults: which lists, which population date, which budget.
///
/// See `docs/domain.md`, "Grant years". Only 2021 is published to the krona (seed `000`); the
/// 2022 and 2023 rows are the reading that fits the published amounts.
public struct GrantYear: Sendable, Hashable, Codable {
  /// The grant year.
  public var year: Int
  /// The chain of police lists, oldest first.
  public var editions: [String]
  /// The SCB population date.
  public var populationDate: String
  /// The money distributed, in kronor.
  public var budget: Int64
  /// What the preset rests on.
  public var note: String

  /// The presets, by year.
  public static let all: [GrantYear] = [
    GrantYear(
      year: 2021, editions: ["2019"], populationDate: "2019-12-31", budget: standardBudget,
      note: "June 2019 list, SCB 2019-12-31: reproduces the official 2021 table (seed 000)"),
    GrantYear(
      year: 2022, editions: ["2019", "2021"], populationDate: "2021-12-31", budget: standardBudget,
      note:
        "December 2021 list on the 2019 basis, delisted areas persist (inferred); the 216.8 MSEK top-up used the same key"
    ),
    GrantYear(
      year: 2023, editions: ["2019", "2021"], populationDate: "2022-12-31", budget: standardBudget,
      note: "no new list until December 2023, so the 2022 basis (inferred)"),
  ]

  /// The budget of every preset, 243.5 MSEK; the budget of a baseline that names editions rather than a year.
  public static let standardBudget: Int64 = 243_500_000

  /// The preset for a year, if there is one.
  public static func preset(_ year: Int) -> GrantYear? {
    all.first { $0.year == year }
  }
}
