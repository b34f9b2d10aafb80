import AllocationModel

/// Where fordela's embedded data comes from, stamped into every result.
public enum DataProvenance {
  /// The SHA-256 of every embedded file, each as `name NUL bytes NUL`, in a fixed order.
  public static let hash: String = {
    var bytes: [UInt8] = []
    for file in PoliceLists.rawFiles + [PopulationTable.rawFile] {
      bytes += Array(file.name.utf8) + [0] + file.bytes + [0]
    }
    return SHA256.hex(bytes)
  }()
}
