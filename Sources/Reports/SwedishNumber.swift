/// Numbers written the Swedish way: narrow no-break (thin) spaces between thousands, decimal comma.
public enum SwedishNumber {
  /// The thin space used between groups of three digits (U+202F, narrow no-break space).
  public static let thinSpace = "\u{202F}"

  /// A whole number with thin spaces: `32 926 000`; negative numbers get a real minus sign.
  public static func grouped(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    return Kronor.grouped(Int64(value.rounded()), separator: thinSpace)
  }

  /// Kronor: `32 926 000 kr`.
  public static func kronor(_ value: Double) -> String { grouped(value) + "\u{00A0}kr" }

  /// A change in kronor with an explicit sign: `+12 300 kr`, `−4 000 kr`.
  public static func signedKronor(_ value: Double) -> String {
    (value.rounded() > 0 ? "+" : "") + kronor(value)
  }

  /// Thousands of kronor: `32 926 tkr`.
  public static func tkr(_ value: Double) -> String { grouped(value / 1000) + "\u{00A0}tkr" }

  /// A change in thousands of kronor with an explicit sign.
  public static func signedTkr(_ value: Double) -> String {
    ((value / 1000).rounded() > 0 ? "+" : "") + tkr(value)
  }

  /// A decimal with a comma and a fixed number of decimals: `12,5`.
  public static func decimal(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int64((abs(value) * scale).rounded())
    let whole = scaled / Int64(scale)
    let fraction = scaled % Int64(scale)
    var text = grouped(Double(whole))
    if decimals > 0 {
      let f = String(fraction)
      text += "," + String(repeating: "0", count: decimals - f.count) + f
    }
    return (value < 0 && scaled != 0 ? "−" : "") + text
  }

  /// A probability as a percentage: `12,5 %`.
  public static func percent(_ share: Double, decimals: Int = 1) -> String {
    decimal(share * 100, decimals: decimals) + "\u{00A0}%"
  }
}
