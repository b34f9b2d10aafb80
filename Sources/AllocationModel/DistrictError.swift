/// Why a kommun's amount cannot be split over its districts.
public enum DistrictError: Error, Sendable, Hashable {
  /// The earmarks add up to more than the kommun's amount.
  case earmarksExceedAmount(kommun: String, amount: Double, earmarks: Double)
  /// Money is left after the earmarks but no counting area has a weighted population to share it by.
  case nothingToShareBy(kommun: String, rest: Double)
}

extension DistrictError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .earmarksExceedAmount(let kommun, let amount, let earmarks):
      "the earmarks add up to \(Self.kronor(earmarks)) kr, more than the \(Self.kronor(amount)) kr of \(kommun)"
    case .nothingToShareBy(let kommun, let rest):
      "\(Self.kronor(rest)) kr of \(kommun) is left after the earmarks, but no counting area has inhabitants "
        + "with a weight above zero to share it by"
    }
  }

  /// An amount to the krona, for a message.
  private static func kronor(_ value: Double) -> String {
    value.isFinite && abs(value) < 1e15 ? String(Int64(value.rounded())) : "\(value)"
  }
}

extension DistrictError: UserFacingError {}
