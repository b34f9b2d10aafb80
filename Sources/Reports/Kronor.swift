/// Formats amounts of money for people and for machines.
public enum Kronor {
  /// Whole kronor with a separator (a space by default) between thousands: `32 926 000`;
  /// negative numbers get a real minus sign.
  public static func grouped(_ value: Int64, separator: String = " ") -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
      out.append(ch)
    }
    return value < 0 ? "−" + out : out
  }

  /// Unrounded kronor rounded to the nearest krona and grouped, with an explicit sign.
  public static func signed(_ value: Double) -> String {
    let r = Int64(value.rounded())
    return r > 0 ? "+" + grouped(r) : grouped(r)
  }

  /// A decimal number for CSV or JSON-like text: shortest round-trip representation.
  public static func plain(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
  }
}
