/// Escaping for text placed in HTML and SVG.
public enum HTMLText {
  /// The text with `&`, `<`, `>`, `"` and `'` replaced by entities.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }

  /// A number for an SVG attribute: at most two decimals, a dot as separator.
  static func coordinate(_ value: Double) -> String {
    let r = (value * 100).rounded() / 100
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
