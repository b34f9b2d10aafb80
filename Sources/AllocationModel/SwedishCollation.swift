/// Orders names the Swedish way: a–z, then å, ä, ö; case and accents on other letters ignored.
///
/// The order is defined character by character (``precedesByCharacters(_:_:)``): each character
/// has a primary weight (a–z and their accented forms by letter, case ignored, å ä ö after z, digits
/// and common punctuation before letters); characters without one sort after those that have one,
/// among themselves in Unicode order. Names whose weights are all equal are ordered by `String`'s
/// own comparison. Both steps see canonically equivalent spellings (a precomposed "ö" and "o" with
/// a combining diaeresis) as the same, so two spellings of one name are never ordered apart: neither
/// precedes the other, which is how a duplicate is recognised.
public enum SwedishCollation {
  /// Whether `lhs` sorts before `rhs` in Swedish order.
  ///
  /// Reads the UTF-8 bytes directly while every character is a single scalar from ASCII or Latin-1
  /// (which covers Swedish names: a–z, å, ä, ö, é), and falls back to ``precedesByCharacters(_:_:)``,
  /// the definition, only when it meets anything else, such as a combining mark. It never allocates,
  /// since sorting kommuner is on the core's path.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let decided: Bool?? = lhs.utf8.withContiguousStorageIfAvailable { l -> Bool? in
      let inner: Bool?? = rhs.utf8.withContiguousStorageIfAvailable { r -> Bool? in
        var i = 0
        var j = 0
        while i < l.count && j < r.count {
          guard let (a, nextI) = latin1Character(l, at: i), let (b, nextJ) = latin1Character(r, at: j) else {
            return nil
          }
          if a != b {
            let wa = latin1Weight(a)
            let wb = latin1Weight(b)
            if wa != wb { return wa < wb }
          }
          i = nextI
          j = nextJ
        }
        if i < l.count || j < r.count { return i == l.count }
        return lhs < rhs
      }
      return inner ?? nil
    }
    if let decided = decided ?? nil { return decided }
    return precedesByCharacters(lhs, rhs)
  }

  /// The character at byte `i` when it is one scalar from ASCII or Latin-1 letters (U+00C0–U+00FF),
  /// with the position of the next one; nil when it may be anything else.
  ///
  /// The scalar is a whole character unless it is the CR of CR LF or the next scalar joins it (a
  /// combining mark, for one): the next scalar must be ASCII or a Latin-1 letter too, or absent.
  @inline(__always)
  private static func latin1Character(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
    let lead = bytes[i]
    let scalar: UInt32
    let next: Int
    if lead < 0x80 {
      guard lead != 0x0D else { return nil }
      scalar = UInt32(lead)
      next = i + 1
    } else if lead == 0xC3 && i + 1 < bytes.count {
      scalar = 0xC0 + UInt32(bytes[i + 1] & 0x3F)
      next = i + 2
    } else {
      return nil
    }
    guard next == bytes.count || bytes[next] < 0x80 || bytes[next] == 0xC3 else { return nil }
    return (scalar, next)
  }

  /// Whether `lhs` sorts before `rhs` in Swedish order, character by character: the definition of the order.
  ///
  /// ``precedes(_:_:)`` is the fast form for use; this one is kept to check it against.
  static func precedesByCharacters(_ lhs: String, _ rhs: String) -> Bool {
    var l = lhs.makeIterator()
    var r = rhs.makeIterator()
    while true {
      switch (l.next(), r.next()) {
      case (nil, nil): return lhs < rhs
      case (nil, _): return true
      case (_, nil): return false
      case (let a?, let b?):
        switch (weight(a), weight(b)) {
        case (let ka?, let kb?): if ka != kb { return ka < kb }
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): if a != b { return a < b }
        }
      }
    }
  }

  /// The primary weight of one character, or nil for a character without one.
  static func weight(_ character: Character) -> UInt32? {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first, scalar.value < 0x100 {
      let w = latin1Weight(scalar.value)
      return w < noWeight ? w : nil
    }
    // Decomposed spellings of the letters with a weight (canonical equivalence of characters).
    switch character {
    case "å", "Å": return latin1Weight(0xE5)
    case "ä", "Ä": return latin1Weight(0xE4)
    case "ö", "Ö": return latin1Weight(0xF6)
    case "é", "è", "ê", "ë", "É", "È": return latin1Weight(0xE9)
    case "á", "à", "â", "Á", "À": return latin1Weight(0xE1)
    case "ü", "Ü": return latin1Weight(0xFC)
    default: return nil
    }
  }

  /// The weights of characters without a primary weight start here, in code point order.
  private static let noWeight: UInt32 = 2000

  /// The primary weight of a scalar below U+0100, or `noWeight` plus the scalar for one without one.
  @inline(__always)
  static func latin1Weight(_ v: UInt32) -> UInt32 {
    let lowercase = v | 0x20
    if lowercase &- 0x61 < 26 { return 1000 + lowercase }  // a–z, A–Z
    switch v {
    case 0x30...0x39: return 500 + v  // 0–9
    case 0x20, 0x2D, 0x2F, 0x28, 0x29, 0x2E, 0x2C: return 100 + v  // space - / ( ) . ,
    case 0xE5, 0xC5: return 1200  // å Å
    case 0xE4, 0xC4, 0xE6, 0xC6: return 1201  // ä Ä æ Æ
    case 0xF6, 0xD6, 0xF8, 0xD8: return 1202  // ö Ö ø Ø
    case 0xE9, 0xE8, 0xEA, 0xEB, 0xC9, 0xC8: return 1000 + 0x65  // é è ê ë É È as e
    case 0xE1, 0xE0, 0xE2, 0xC1, 0xC0: return 1000 + 0x61  // á à â Á À as a
    case 0xFC, 0xDC: return 1000 + 0x79  // ü Ü as y
    default: return noWeight + v
    }
  }
}
