import AllocationModel

/// Sweden's 290 kommuner with their SCB codes: the names fordela accepts as kommuner.
///
/// From `Resources/kommuner_2021.tsv` (provenance in `Resources/SOURCES.md`), which also gives each
/// kommun's population at 2021-12-31.
public enum KommunRegister {
  /// One kommun of the register.
  public struct Kommun: Sendable, Hashable {
    /// SCB's four-digit kommun code, e.g. `"0127"` for Botkyrka.
    public var code: String
    /// The kommun's name.
    public var name: String
    /// Its population at 2021-12-31.
    public var population2021: Int
  }

  /// Every kommun, in Swedish name order.
  public static let all: [Kommun] = TSV.records(
    String(decoding: PackageResources.kommuner_2021_tsv, as: UTF8.self), file: "kommuner_2021.tsv"
  ).map { line, f in
    guard let code = f["code"], code.count == 4, let name = f["kommun"],
      let population = f["population_2021_12_31"].flatMap({ Int($0) })
    else { preconditionFailure("kommuner_2021.tsv:\(line): a row needs code, kommun and population_2021_12_31") }
    return Kommun(code: code, name: name, population2021: population)
  }.sorted { SwedishCollation.precedes($0.name, $1.name) }

  private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
  private static let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

  /// The kommun with a name, if it is one of Sweden's kommuner.
  public static func kommun(named name: String) -> Kommun? { byName[name] }

  /// The kommun with an SCB code, if any.
  public static func kommun(code: String) -> Kommun? { byCode[code] }

  /// The raw bytes of the register, for provenance hashes.
  public static var rawFile: (name: String, bytes: [UInt8]) {
    ("kommuner_2021.tsv", PackageResources.kommuner_2021_tsv)
  }
}
