import EmbeddedData

extension BaselineResolver {
  /// The date of the register's populations: SCB's year-end figures of 2021.
  public static let registerPopulationDate = "2021-12-31"

  /// The names of Sweden's 290 kommuner as ``KommunRegister`` writes them: the only names accepted as kommuner.
  public static let kommunNames: Set<String> = Set(KommunRegister.all.map(\.name))

  /// Whether a name is one of Sweden's kommuner, written exactly as SCB writes it ("Tyresö", "Upplands-Bro").
  ///
  /// The one check of kommun names: scenario files, population files and command-line options all use it.
  public static func knownKommun(_ name: String) -> Bool { KommunRegister.kommun(named: name) != nil }

  /// The kommuner an unknown name most likely means, best first; empty when none is close.
  ///
  /// Letter case, the marks of Swedish letters ("Tyreso") and the words SCB leaves out of a kommun's name
  /// ("Stockholms stad", "Uppsala kommun", "Region Gotland") are forgiven here, never in the check itself.
  public static func kommunSuggestions(for name: String) -> [String] {
    if let kommun = kommun(writtenLoosely: name) { return [kommun] }
    for variant in nameVariants(name) {
      let close = NameSuggestion.closest(to: variant, among: kommunNames)
      if !close.isEmpty { return close }
    }
    return []
  }

  /// The kommun a name means once letter case and the words SCB leaves out are forgiven ("Stockholms stad",
  /// "uppsala kommun", "Region Gotland"), if any.
  public static func kommun(writtenLoosely name: String) -> String? {
    for variant in nameVariants(name) {
      if let exact = kommunNames.first(where: { $0.lowercased() == variant.lowercased() }) { return exact }
    }
    return nil
  }

  /// The hint for an unknown kommun name: `did you mean 'Tyresö'?`, or how kommun names are written.
  public static func unknownKommunHint(for name: String) -> String {
    let names = kommunSuggestions(for: name)
    let lowered = name.trimmingSpaces.lowercased()
    let area = PoliceLists.all.flatMap(\.areas).first { area in
      area.name.lowercased() == lowered || area.name.split(separator: "/").contains { $0.lowercased() == lowered }
    }
    let didYouMean = { (names: [String]) in "did you mean " + names.map { "'\($0)'" }.joined(separator: " or ") + "?" }
    if let area {
      let kommuner = [area.kommun] + names.filter { $0 != area.kommun }
      return "\(area.name) is an area of the police lists, in \(area.kommun); \(didYouMean(kommuner))"
    }
    guard names.isEmpty else { return didYouMean(names) }
    return "write the name of one of Sweden's 290 kommuner as SCB does, e.g. 'Upplands-Bro' or 'Göteborg'"
  }

  /// The embedded population of a kommun at a date: the SCB table's figure, or else the register's at
  /// ``registerPopulationDate``; never a figure of another date.
  public static func embeddedPopulation(
    of kommun: String, at date: String, in table: PopulationTable = .embedded
  ) -> (population: Int, source: PopulationSource)? {
    if let record = table.record(kommun: kommun, date: date) {
      return (record.population, .embedded(status: record.status, source: record.source))
    }
    guard date == registerPopulationDate, let entry = KommunRegister.kommun(named: kommun) else { return nil }
    return (entry.population2021, .embedded(status: "dataset", source: KommunRegister.rawFile.name))
  }

  /// The name as written, then without the words SCB leaves out: "Stockholms stad" → "Stockholms", "Stockholm".
  private static func nameVariants(_ name: String) -> [String] {
    var variants = [name.trimmingSpaces]
    var stripped = variants[0]
    let lowered = stripped.lowercased()
    for prefix in ["region ", "kommunen "] where lowered.hasPrefix(prefix) {
      stripped = String(stripped.dropFirst(prefix.count))
    }
    for suffix in [" kommun", " stad", " municipality", " stadskommun"] where stripped.lowercased().hasSuffix(suffix) {
      stripped = String(stripped.dropLast(suffix.count))
    }
    stripped = stripped.trimmingSpaces
    if stripped != variants[0], !stripped.isEmpty {
      variants.append(stripped)
      // The genitive of "Stockholms stad" and "Uppsala kommuns".
      if stripped.lowercased().hasSuffix("s") { variants.append(String(stripped.dropLast())) }
    }
    return variants
  }
}
