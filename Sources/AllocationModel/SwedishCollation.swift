/// Orders names the Swedish way: a–z, then å, ä, ö; case and accents on other letters ignored.
public enum SwedishCollation {
  /// Whether `lhs` sorts before `rhs` in Swedish order; ties fall back to the code points.
  ///
  /// Compares scalar by scalar without allocating, since sorting kommuner is on the core's path.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    var l = lhs.unicodeScalars.makeIterator()
    var r = rhs.unicodeScalars.makeIterator()
    while true {
      switch (l.next(), r.next()) {
      case (nil, nil):
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
      case (nil, _): return true
      case (_, nil): return false
      case (let a?, let b?):
        let ka = key(a)
        let kb = key(b)
        if ka != kb { return ka < kb }
      }
    }
  }

  /// The primary sort weight of one character.
  static func key(_ scalar: Unicode.Scalar) -> UInt32 {
    let v = scalar.value
    switch v {
    case 0x61...0x7A: return 1000 + v  // a–z
    case 0x41...0x5A: return 1000 + v + 0x20  // A–Z
    case 0x30...0x39: return 500 + v  // 0–9
    case 0x20, 0x2D, 0x2F, 0x28, 0x29, 0x2E, 0x2C: return 100 + v  // space - / ( ) . ,
    default: break
    }
    switch scalar {
    case "å", "Å": return 1200
    case "ä", "Ä", "æ", "Æ": return 1201
    case "ö", "Ö", "ø", "Ø": return 1202
    case "é", "è", "ê", "ë", "É", "È": return 1000 + 0x65
    case "á", "à", "â", "Á", "À": return 1000 + 0x61
    case "ü", "Ü": return 1000 + 0x79
    default: return 2000 + v
    }
  }
}
