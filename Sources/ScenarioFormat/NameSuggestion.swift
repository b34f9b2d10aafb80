/// "Did you mean" for names: the closest known names by edit distance.
///
/// Letters are compared case-insensitively, and Swedish letters are letters of their own:
/// "Goteborg" is one edit from "Göteborg", so it is suggested, but never silently accepted.
public enum NameSuggestion {
  /// The known names closest to `name`, best first; empty when none is close.
  static func closest(to name: String, among known: some Sequence<String>, limit: Int = 3) -> [String] {
    let target = Array(name.lowercased())
    guard !target.isEmpty else { return [] }
    let foldedTarget = folded(name)
    var scored: [(name: String, distance: Int)] = []
    for candidate in Set(known) where candidate != name {
      let lowered = Array(candidate.lowercased())
      let threshold = max(1, min(3, min(target.count, lowered.count) / 3))
      if folded(candidate) == foldedTarget {
        // "Tyreso" for "Tyresö": the same letters once å, ä, ö and é lose their marks; closest of all.
        scored.append((candidate, 0))
      } else if let d = distance(target, lowered, atMost: threshold) {
        scored.append((candidate, d))
      } else if candidate.split(separator: "/").contains(where: { $0.lowercased() == name.lowercased() }) {
        // "Rinkeby" for "Rinkeby/Tensta": the police often join several names with slashes.
        scored.append((candidate, threshold + 1))
      }
    }
    return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
      .prefix(limit).map(\.name)
  }

  /// A name lowercased, with the marks of å, ä, ö, é and ü removed: how a keyboard without Swedish letters writes it.
  static func folded(_ name: String) -> String {
    String(
      name.lowercased().map { ch -> Character in
        switch ch {
        case "å", "ä", "á", "à": "a"
        case "ö", "ø", "ó": "o"
        case "é", "è", "ë": "e"
        case "ü": "u"
        default: ch
        }
      })
  }

  /// A hint sentence, `did you mean 'X'?`, or `nil` when nothing is close.
  public static func hint(for name: String, among known: some Sequence<String>) -> String? {
    let names = closest(to: name, among: known)
    guard !names.isEmpty else { return nil }
    return "did you mean " + names.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }

  /// The Levenshtein distance of two character arrays, or `nil` when it exceeds `limit`.
  static func distance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
