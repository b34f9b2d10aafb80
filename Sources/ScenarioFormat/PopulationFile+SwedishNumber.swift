extension PopulationFile {
  /// Whole numbers as Swedish Excel writes them: `94 000`, `94 000,00`, `94000`.
  enum SwedishNumber {
    /// Why a cell is not a whole number, with a hint for the message.
    struct Problem: Error {
      var hint: String?
    }

    /// The characters Excel puts between thousands: space, no-break space, narrow no-break space.
    static let groupSeparators: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]

    /// The value of a trimmed cell: digits, optionally grouped in threes by a thousands separator,
    /// optionally with a decimal comma and zeros.
    static func wholeNumber(_ text: String) -> Result<Int, Problem> {
      if let sign = text.first, sign == "-" || sign == "\u{2212}" {
        return .failure(Problem(hint: "a population cannot be negative"))
      }
      var integer = Substring(text)
      if let comma = text.firstIndex(of: ",") {
        integer = text[..<comma]
        let decimals = text[text.index(after: comma)...]
        guard decimals.allSatisfy(\.isASCIIDigit), !decimals.isEmpty else {
          return .failure(Problem(hint: nil))
        }
        guard decimals.allSatisfy({ $0 == "0" }) else {
          return .failure(Problem(hint: "a population is a whole number of people"))
        }
      }
      let groups = integer.split(omittingEmptySubsequences: false) { groupSeparators.contains($0) }
      let wellGrouped =
        !groups.isEmpty && groups.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
        && (groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }))
      guard wellGrouped else {
        if integer.contains(".") {
          return .failure(
            Problem(hint: "write numbers the Swedish way: spaces between thousands and a decimal comma, e.g. 94 000"))
        }
        if groups.count > 1, groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
          return .failure(Problem(hint: "a thousands separator must be followed by three digits, e.g. 94 000"))
        }
        return .failure(Problem(hint: nil))
      }
      let digits = groups.joined()
      guard digits.count <= 12, let value = Int(digits) else {
        return .failure(Problem(hint: "a population is between 1 and 99 999 999"))
      }
      return .success(value)
    }
  }
}

extension Character {
  /// Whether this is one of the digits 0 to 9.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
