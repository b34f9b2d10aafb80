import Foundation

/// Long arrays of numbers in a part document, packed into base64 text: exact, compact and quick to read.
///
/// Doubles are their IEEE 754 bit patterns, 8 bytes little-endian each, so every value (±∞ included)
/// comes back bit for bit. Counts (non-negative integers) are unsigned LEB128 varints, a run of zeros
/// written as one 0 followed by the run's length: fine-bin counts are mostly small, and long runs are empty.
public enum PackedNumbers {
  /// The base64 text of doubles.
  public static func encode(doubles: [Double]) -> String {
    var bytes = [UInt8](repeating: 0, count: doubles.count * 8)
    bytes.withUnsafeMutableBytes { raw in
      for (i, x) in doubles.enumerated() {
        raw.storeBytes(of: x.bitPattern.littleEndian, toByteOffset: i * 8, as: UInt64.self)
      }
    }
    return Data(bytes).base64EncodedString()
  }

  /// The doubles of base64 text, or `nil` when it is not base64 of a whole number of doubles.
  public static func decodeDoubles(_ text: String) -> [Double]? {
    guard let data = Data(base64Encoded: text), data.count % 8 == 0 else { return nil }
    return data.withUnsafeBytes { raw in
      (0..<(data.count / 8)).map {
        Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)))
      }
    }
  }

  /// The base64 text of non-negative counts.
  public static func encode(counts: [Int]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(counts.count)
    func varint(_ value: Int) {
      var v = UInt64(value)
      while v >= 0x80 {
        bytes.append(UInt8(v & 0x7F) | 0x80)
        v >>= 7
      }
      bytes.append(UInt8(v))
    }
    var i = 0
    while i < counts.count {
      precondition(counts[i] >= 0, "counts are not negative")
      if counts[i] == 0 {
        var run = 1
        while i + run < counts.count, counts[i + run] == 0 { run += 1 }
        varint(0)
        varint(run)
        i += run
      } else {
        varint(counts[i])
        i += 1
      }
    }
    return Data(bytes).base64EncodedString()
  }

  /// The counts of base64 text, or `nil` when it is not base64 of whole varints with positive zero runs.
  public static func decodeCounts(_ text: String) -> [Int]? {
    guard let data = Data(base64Encoded: text) else { return nil }
    return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Int]? in
      var counts: [Int] = []
      counts.reserveCapacity(raw.count)
      var i = 0
      func varint() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count, shift < 63 {
          let byte = raw[i]
          i += 1
          value |= UInt64(byte & 0x7F) << shift
          if byte < 0x80 { return value <= UInt64(Int.max) ? Int(value) : nil }
          shift += 7
        }
        return nil
      }
      while i < raw.count {
        guard let value = varint() else { return nil }
        if value == 0 {
          guard let run = varint(), run > 0, run <= 1 << 32 else { return nil }
          counts.append(contentsOf: repeatElement(0, count: run))
        } else {
          counts.append(value)
        }
      }
      return counts
    }
  }
}
