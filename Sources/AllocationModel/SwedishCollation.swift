/// Orders names the Swedish way: a–z, then å, ä, ö; case and accents on other letters ignored.
public enum SwedishCollation {
  /// Whether `lhs` sorts before `rhs` in Swedish order; ties fall back to the code points.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let l = key(lhs)
    let r = key(rhs)
    if l != r { return l.lexicographicallyPrecedes(r) }
    return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
  }

  /// The primary sort key of a name: one number a character.
  static func key(_ s: String) -> [UInt32] {
    s.lowercased().unicodeScalars.map { scalar in
      switch scalar {
      case "a"..."z": 1000 + scalar.value
      case "å": 1200
      case "ä", "æ": 1201
      case "ö", "ø": 1202
      case "é", "è", "ê", "ë": 1000 + UnicodeScalar("e").value
      case "á", "à", "â": 1000 + UnicodeScalar("a").value
      case "ü": 1000 + UnicodeScalar("y").value
      case "0"..."9": 500 + scalar.value
      case " ", "-", "/", "(", ")", ".", ",": 100 + scalar.value
      default: 2000 + scalar.value
      }
    }
  }
}
