import AllocationModel
import Crypto

/// Where fordela's embedded data comes from, stamped into every result.
public enum DataProvenance {
  /// The SHA-256 of every embedded file, each as `name NUL bytes NUL`, in a fixed order.
  public static let hash: String = {
    var bytes: [UInt8] = []
    for file in PoliceLists.rawFiles + [PopulationTable.rawFile, KommunRegister.rawFile] {
      bytes += Array(file.name.utf8) + [0] + file.bytes + [0]
    }
    return hex(bytes)
  }()

  /// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }
}
