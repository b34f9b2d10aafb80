/// Writes comma-separated values (RFC 4180): fields with commas, quotes or line breaks are quoted.
public enum CSVWriter {
  /// One CSV line from fields, with a final newline.
  public static func line(_ fields: [String], separator: Character = ",") -> String {
    fields.map { quote($0, separator: separator) }.joined(separator: String(separator)) + "\n"
  }

  /// A field, quoted when it has to be.
  public static func quote(_ field: String, separator: Character = ",") -> String {
    guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }
}
