import TestSupport
import Testing

@testable import AllocationModel

/// The Swedish name order: its byte-level fast form against the character-level definition, and
/// canonically equivalent spellings as one name.
@Suite struct SwedishCollationTests {
  /// Pieces of names: ASCII, Swedish letters precomposed and decomposed, other accents, characters
  /// without a weight, and the cases the fast form hands over (combining marks, CR LF).
  static let pieces: [String] = [
    "a", "A", "b", "e", "E", "o", "O", "u", "y", "z", "Z", " ", "-", "/", "(", ".", "1", "9", "_", "~",
    "å", "Å", "ä", "Ä", "ö", "Ö", "æ", "ø", "é", "è", "É", "ü", "ñ", "×", "ß", "§", "ł", "ț",
    "a\u{30A}", "A\u{30A}", "a\u{308}", "o\u{308}", "O\u{308}", "e\u{301}", "n\u{303}", "u\u{308}", "\u{301}",
    "\r\n", "\r", "\n", "\t", "🙂",
  ]

  /// A random name of up to five pieces.
  static func name(_ generator: inout SplitMix64) -> String {
    (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
      .joined()
  }

  @Test func theFastFormAgreesWithTheDefinition() {
    var generator = SplitMix64(state: 11)
    for _ in 0..<20_000 {
      let a = Self.name(&generator)
      // Half the pairs share a prefix, so the comparison runs past the first character.
      let b = Bool.random(using: &generator) ? a + Self.name(&generator) : Self.name(&generator)
      #expect(
        SwedishCollation.precedes(a, b) == SwedishCollation.precedesByCharacters(a, b),
        "\(a.debugDescription) \(b.debugDescription)")
      #expect(
        SwedishCollation.precedes(b, a) == SwedishCollation.precedesByCharacters(b, a),
        "\(b.debugDescription) \(a.debugDescription)")
    }
  }

  @Test func theOrderIsAStrictWeakOrder() {
    var generator = SplitMix64(state: 12)
    let names = (0..<120).map { _ in Self.name(&generator) }
    let before = SwedishCollation.precedes
    for a in names {
      #expect(!before(a, a))
      for b in names {
        #expect(!(before(a, b) && before(b, a)), "\(a.debugDescription) \(b.debugDescription)")
        // Neither precedes the other exactly when the two are canonically equivalent.
        #expect((!before(a, b) && !before(b, a)) == (a == b), "\(a.debugDescription) \(b.debugDescription)")
      }
    }
    // Transitivity, on triples taken from a sort (which a broken order would also trip up).
    let sorted = names.sorted(by: before)
    for i in sorted.indices.dropFirst() {
      #expect(!before(sorted[i], sorted[i - 1]))
    }
    for _ in 0..<20_000 {
      guard let a = names.randomElement(using: &generator), let b = names.randomElement(using: &generator),
        let c = names.randomElement(using: &generator), before(a, b), before(b, c)
      else { continue }
      #expect(before(a, c), "\(a.debugDescription) \(b.debugDescription) \(c.debugDescription)")
    }
  }

  @Test func caseAndAccentsOnOtherLettersAreIgnoredBeforeTheTieBreak() {
    #expect(SwedishCollation.precedes("Ekerö", "eskilstuna"))
    #expect(SwedishCollation.precedes("Éb", "ec"))
    #expect(SwedishCollation.precedes("Zürich", "Zz"))
    #expect(SwedishCollation.precedes("Zz", "Å"))
    // Equal but for case: an order all the same, so that neither is taken for a duplicate of the other.
    #expect(SwedishCollation.precedes("Åre", "åre") != SwedishCollation.precedes("åre", "Åre"))
  }

  @Test func decomposedLettersSortAsTheirPrecomposedForms() {
    let decomposed = "Malmo\u{308}"
    #expect(SwedishCollation.precedes("Malmoz", decomposed))
    #expect(SwedishCollation.precedes(decomposed, "Malmöa"))
    #expect(!SwedishCollation.precedes(decomposed, "Malmö") && !SwedishCollation.precedes("Malmö", decomposed))
  }

  @Test func aKommunSpelledPrecomposedAndDecomposedIsADuplicate() {
    let key = DistributionKey(budget: 1_000)
    let inputs = [
      KommunInput(kommun: "Malmo\u{308}", weight: 1, population: 10),
      KommunInput(kommun: "Malmoz", weight: 1, population: 10),
      KommunInput(kommun: "Malmö", weight: 2, population: 20),
    ]
    #expect(throws: AllocationError.self) { try Allocation(key: key, inputs: inputs) }
    #expect(throws: AllocationError.self) { try Allocation(key: key, inputs: [inputs[2], inputs[0]]) }
  }
}
