import AllocationModel
import EmbeddedData

extension ScenarioResolver {
  /// The `fordela areas` command that lists the areas of a baseline: `fordela areas --year 2021`.
  static func areasCommand(year: Int?, editions: [String]) -> String {
    if let year, GrantYear.preset(year)?.editions == editions { return "fordela areas --year \(year)" }
    return editions.count == 1
      ? "fordela areas --edition \(editions[0])" : "fordela areas --editions \(editions.joined(separator: ","))"
  }

  /// The hint for an area name the basis does not have.
  ///
  /// It names the closest areas with their kommun; when the name mentions a kommun of the basis ("Rinkeby
  /// Stockholm", or just "Uppsala"), the areas of that kommun nearest to it; and it points to the
  /// `fordela areas` command that lists them.
  func unknownAreaHint(_ area: String, basis: Basis) -> String {
    let kommunOf = Dictionary(basis.areas.map { ($0.name, $0.kommun) }, uniquingKeysWith: { first, _ in first })
    let close = NameSuggestion.closest(to: area, among: basis.areas.map(\.name))
    let lowered = area.lowercased()
    let mentioned = basis.kommuner.sorted { $0.count > $1.count }.first { lowered.contains($0.lowercased()) }
    var sentences: [String] = []
    if !close.isEmpty {
      let named = close.map { name in kommunOf[name].map { "'\(name)' (\($0))" } ?? "'\(name)'" }
      sentences.append("did you mean \(named.joined(separator: " or "))?")
    }
    let command = areasCommand
    guard let kommun = mentioned ?? close.first.flatMap({ kommunOf[$0] }) else {
      sentences.append("area names are written as on the police list; list them with '\(command)'")
      return Self.sentences(sentences)
    }
    if close.isEmpty {
      let target = Array(lowered)
      var scored: [(name: String, distance: Int)] = []
      for candidate in basis.areas where candidate.kommun == kommun {
        let d = NameSuggestion.distance(target, Array(candidate.name.lowercased()), atMost: 1000) ?? 1000
        scored.append((candidate.name, d))
      }
      scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
      let nearest: [String] = scored.prefix(3).map { "'\($0.name)'" }
      sentences.append("the areas of \(kommun) nearest to it are \(nearest.joined(separator: ", "))")
    }
    let option = kommun.contains(" ") ? "\"\(kommun)\"" : kommun
    sentences.append("list the areas of \(kommun) with '\(command) --kommun \(option)'")
    return Self.sentences(sentences)
  }

  /// Parts of a hint as sentences: the first as it is (hints start in lower case), the others capitalised,
  /// each ending in a full stop unless it is a question.
  private static func sentences(_ parts: [String]) -> String {
    parts.enumerated().map { index, part in
      let ended = part.hasSuffix("?") || index == 0 && parts.count == 1 ? part : part + "."
      return index == 0 ? ended : ended.prefix(1).uppercased() + ended.dropFirst()
    }.joined(separator: " ")
  }
}
