/// A grant year's documented defaults: which lists, which population date, and the payments of the year.
///
/// See `docs/domain.md`, "Grant years". Only 2021 is published to the krona (the table of Bilaga 1 to the
/// decision A2020/02651); the 2022 and 2023 rows are the reading that fits the published amounts.
public struct GrantYear: Sendable, Hashable, Codable {
  /// The grant year.
  public var year: Int
  /// The chain of police lists, oldest first.
  public var editions: [String]
  /// The SCB population date.
  public var populationDate: String
  /// The money of the year by the same key: the ordinary payment first, then any other (the 2022 top-up).
  public var payments: [Payment]
  /// What the preset rests on.
  public var note: String

  /// One payment of a grant year: a budget distributed by the year's key, rounded to a unit.
  public struct Payment: Sendable, Hashable, Codable {
    /// The payment's name: ``ordinary`` or ``topUp``.
    public var name: String
    /// The money distributed, in kronor.
    public var budget: Int64
    /// The unit, in kronor, that the published amounts are multiples of.
    public var roundingUnit: Int64

    /// Creates a payment.
    public init(name: String, budget: Int64, roundingUnit: Int64) {
      self.name = name
      self.budget = budget
      self.roundingUnit = roundingUnit
    }

    /// The name of the yearly payment of 243.5 MSEK.
    public static let ordinary = "ordinary"
    /// The name of a top-up (*påfyllnadsmedel*) distributed by the same key.
    public static let topUp = "top-up"
  }

  /// The presets, by year.
  ///
  /// The published ordinary amounts of 2022 and 2023 are all multiples of 250 kr, the 2021 table and the
  /// 2022 top-up amounts whole kronor (`docs/domain.md`, "Grant years").
  public static let all: [GrantYear] = [
    GrantYear(
      year: 2021, editions: ["2019"], populationDate: "2019-12-31",
      payments: [Payment(name: Payment.ordinary, budget: standardBudget, roundingUnit: 1)],
      note: "June 2019 list, SCB 2019-12-31: reproduces the table of Bilaga 1 to the decision A2020/02651"),
    GrantYear(
      year: 2022, editions: ["2019", "2021"], populationDate: "2021-12-31",
      payments: [
        Payment(name: Payment.ordinary, budget: standardBudget, roundingUnit: 250),
        Payment(name: Payment.topUp, budget: 216_800_000, roundingUnit: 1),
      ],
      note:
        "December 2021 list on the 2019 basis, delisted areas persist (inferred); the 216.8 MSEK top-up used the same key"
    ),
    GrantYear(
      year: 2023, editions: ["2019", "2021"], populationDate: "2022-12-31",
      payments: [Payment(name: Payment.ordinary, budget: standardBudget, roundingUnit: 250)],
      note: "no new list until December 2023, so the 2022 basis (inferred)"),
  ]

  /// The budget of every ordinary payment, 243.5 MSEK; the budget of a baseline that names editions rather than a year.
  public static let standardBudget: Int64 = 243_500_000

  /// The preset for a year, if there is one.
  public static func preset(_ year: Int) -> GrantYear? {
    all.first { $0.year == year }
  }

  /// The ordinary payment.
  public var ordinary: Payment {
    payments.first { $0.name == Payment.ordinary }
      ?? Payment(name: Payment.ordinary, budget: Self.standardBudget, roundingUnit: 1)
  }

  /// The budget of the ordinary payment.
  public var budget: Int64 { ordinary.budget }

  /// The rounding unit of the ordinary payment.
  public var roundingUnit: Int64 { ordinary.roundingUnit }

  /// The payment of this name, if the year has it.
  public func payment(_ name: String) -> Payment? {
    payments.first { $0.name == name }
  }
}
