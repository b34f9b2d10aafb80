import Foundation

/// Encodes result documents as readable JSON (keys sorted, two-space indent, UTF-8 intact) and reads them back.
public enum JSONText {
  /// The JSON text of a value, with a final newline.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .throw
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// A value read from JSON bytes.
  public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    try JSONDecoder().decode(type, from: Data(bytes))
  }
}
