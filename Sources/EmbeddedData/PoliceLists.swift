import AllocationModel

/// The police lists compiled into fordela: June 2019, December 2021 and December 2023.
///
/// Provenance is in `Resources/SOURCES.md`. The 2019 list reproduces the official 2021 table.
public enum PoliceLists {
  /// The ids of the embedded editions, oldest first.
  public static let editionIDs = ["2019", "2021", "2023"]

  /// Every embedded edition, oldest first.
  public static let all: [Edition] = [
    parse(PackageResources.lagesbild_2019_tsv, id: "2019"),
    parse(PackageResources.lagesbild_2021_tsv, id: "2021"),
    parse(PackageResources.lagesbild_2023_tsv, id: "2023"),
  ]

  /// The embedded edition with an id, if any.
  public static func edition(_ id: String) -> Edition? {
    all.first { $0.id == id }
  }

  /// The raw bytes of every embedded list, for provenance hashes.
  public static var rawFiles: [(name: String, bytes: [UInt8])] {
    [
      ("lagesbild_2019.tsv", PackageResources.lagesbild_2019_tsv),
      ("lagesbild_2021.tsv", PackageResources.lagesbild_2021_tsv),
      ("lagesbild_2023.tsv", PackageResources.lagesbild_2023_tsv),
    ]
  }

  static func parse(_ bytes: [UInt8], id: String) -> Edition {
    let file = "lagesbild_\(id).tsv"
    let areas = TSV.records(String(decoding: bytes, as: UTF8.self), file: file).map { line, fields in
      guard let name = fields["area"], let kommun = fields["kommun"],
        let areaClass = fields["class"].flatMap(AreaClass.init(rawValue:))
      else { preconditionFailure("\(file):\(line): an area row needs area, kommun and class") }
      let formerly = fields["formerly"].flatMap { $0.isEmpty ? nil : $0 }
      return ListedArea(name: name, kommun: kommun, areaClass: areaClass, formerly: formerly)
    }
    return Edition(id: id, areas: areas)
  }
}
