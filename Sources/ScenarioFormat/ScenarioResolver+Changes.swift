import AllocationModel
import Yams

extension ScenarioResolver {
  /// A change read from the file, with the nodes its errors point at.
  struct ParsedChange {
    var change: ScenarioChange
    /// The whole `- kind: {…}` item.
    var item: Node
    /// The node of every name the change mentions (areas and kommuner), by name.
    var names: [String: Node]
    /// The node of the class, if the change has one.
    var classNode: Node?
    /// The node of the kommun, for `add` and `population`.
    var kommunNode: Node?
    /// Whether the kommun it names is no kommun of Sweden (already reported); such a change is not applied.
    var unknownKommun = false
  }

  static let changeKinds = ["reclassify", "add", "delist", "relist", "rename", "split", "population"]

  /// Reads `changes:`; malformed items are reported and left out.
  mutating func parseChanges(_ node: Node) -> [ParsedChange] {
    guard let items = reader.sequence(node, "'changes'") else { return [] }
    var out: [ParsedChange] = []
    for item in items {
      guard let fields = reader.fields(item, "a change", allowed: Self.changeKinds) else { continue }
      guard fields.values.count == 1, let (kind, entry) = fields.values.first else {
        if fields.values.isEmpty {
          // An unknown kind was already reported with a "did you mean".
          if case .mapping(let m) = item, !m.isEmpty { continue }
          reader.error(item, "a change needs one of: \(Self.changeKinds.joined(separator: ", "))")
        } else {
          let kinds = Self.changeKinds.filter { fields.values[$0] != nil }.map { "'\($0)'" }
          reader.error(
            item, "a change has exactly one kind; this one has \(kinds.joined(separator: " and "))",
            hint: "start each change with its own '- '")
        }
        continue
      }
      if let parsed = parseChange(kind: kind, entry.value, item: item) { out.append(parsed) }
    }
    return out
  }

  private mutating func parseChange(kind: String, _ node: Node, item: Node) -> ParsedChange? {
    let what = "'\(kind)'"
    switch kind {
    case "reclassify":
      guard let f = reader.fields(node, what, allowed: ["area", "to"], required: ["area", "to"]),
        let (area, areaNode) = name(f, "area", what), let toNode = f["to"],
        let to = areaClass(toNode, "'to'")
      else { return nil }
      return ParsedChange(
        change: .list(.reclassify(area: area, to: to)), item: item, names: [area: areaNode], classNode: f["to"])
    case "add":
      guard
        let f = reader.fields(node, what, allowed: ["area", "kommun", "class"], required: ["area", "kommun", "class"])
      else { return nil }
      let area = name(f, "area", what)
      let kommun = name(f, "kommun", what)
      let c = f["class"].flatMap { areaClass($0, "'class'") }
      guard let (areaName, areaNode) = area, let (kommunName, kommunNode) = kommun, let c else { return nil }
      return ParsedChange(
        change: .list(.add(area: areaName, kommun: kommunName, areaClass: c)), item: item,
        names: [areaName: areaNode], classNode: f["class"], kommunNode: kommunNode,
        unknownKommun: !checkKommun(kommunName, node: kommunNode))
    case "delist":
      guard let f = reader.fields(node, what, allowed: ["area"], required: ["area"]),
        let (area, areaNode) = name(f, "area", what)
      else { return nil }
      return ParsedChange(change: .list(.delist(area: area)), item: item, names: [area: areaNode])
    case "relist":
      guard let f = reader.fields(node, what, allowed: ["area", "class"], required: ["area"]),
        let (area, areaNode) = name(f, "area", what)
      else { return nil }
      var c: AreaClass?
      if let classNode = f["class"] {
        guard let read = areaClass(classNode, "'class'") else { return nil }
        c = read
      }
      return ParsedChange(
        change: .list(.relist(area: area, areaClass: c)), item: item, names: [area: areaNode], classNode: f["class"])
    case "rename":
      guard let f = reader.fields(node, what, allowed: ["area", "to"], required: ["area", "to"]) else { return nil }
      let from = name(f, "area", what)
      let to = name(f, "to", what)
      guard let (fromName, fromNode) = from, let (toName, toNode) = to else { return nil }
      return ParsedChange(
        change: .list(.rename(area: fromName, to: toName)), item: item,
        // Not a literal: a rename to its own name would repeat a key (the list change reports that).
        names: Dictionary([(fromName, fromNode), (toName, toNode)], uniquingKeysWith: { first, _ in first }))
    case "split":
      guard let f = reader.fields(node, what, allowed: ["area", "into"], required: ["area", "into"]) else { return nil }
      let parent = name(f, "area", what)
      guard let intoNode = f["into"], let partNodes = reader.sequence(intoNode, "'into'") else { return nil }
      var parts: [SplitPart] = []
      var names: [String: Node] = [:]
      var ok = true
      for partNode in partNodes {
        guard
          let pf = reader.fields(
            partNode, "a part of a split", allowed: ["area", "class"], required: ["area", "class"])
        else {
          ok = false
          continue
        }
        let partName = name(pf, "area", "a part of a split")
        let c = pf["class"].flatMap { areaClass($0, "'class'") }
        guard let (n, nNode) = partName, let c else {
          ok = false
          continue
        }
        parts.append(SplitPart(name: n, areaClass: c))
        if names[n] == nil { names[n] = nNode }
      }
      guard ok, let (parentName, parentNode) = parent else { return nil }
      names[parentName] = parentNode
      return ParsedChange(change: .list(.split(area: parentName, into: parts)), item: item, names: names)
    default:
      let operations = ["factor", "set", "add"]
      guard let f = reader.fields(node, what, allowed: ["kommun"] + operations, required: ["kommun"]) else {
        return nil
      }
      let kommun = name(f, "kommun", what)
      let given = operations.filter { f[$0] != nil }
      guard given.count == 1, let valueNode = f[given[0]] else {
        reader.error(
          node, "a population change needs exactly one of 'factor', 'set' and 'add', got \(given.count)",
          hint: "e.g. {kommun: Uppsala, factor: 1.02}")
        return nil
      }
      let operation: PopulationChange.Operation?
      switch given[0] {
      case "factor":
        operation = reader.number(valueNode, "'factor'", in: 0...1000, excludingLower: true).map { .factor($0) }
      case "set": operation = reader.number(valueNode, "'set'", in: 0...1e8, excludingLower: true).map { .set($0) }
      default: operation = reader.number(valueNode, "'add'", in: -1e8...1e8).map { .add($0) }
      }
      guard let (kommunName, kommunNode) = kommun, checkKommun(kommunName, node: kommunNode), let operation else {
        return nil
      }
      return ParsedChange(
        change: .population(PopulationChange(kommun: kommunName, operation: operation)), item: item,
        names: [kommunName: kommunNode], kommunNode: kommunNode)
    }
  }

  /// A required name field and its node.
  private mutating func name(_ fields: Fields, _ key: String, _ what: String) -> (String, Node)? {
    guard let node = fields[key], let text = reader.string(node, "'\(key)' in \(what)") else { return nil }
    return (text, node)
  }

  /// A class: UO, RO or SUO.
  mutating func areaClass(_ node: Node, _ what: String) -> AreaClass? {
    reader.word(node, "\(what)", among: AreaClass.allCases.map(\.rawValue)).flatMap(AreaClass.init(rawValue:))
  }

  /// Applies the changes in order; a change that fails is reported at its node and skipped.
  mutating func applyChanges(
    _ changes: [ParsedChange], basis: inout Basis, population: inout [String: Double],
    entering: inout [String: Node], populationDate: String
  ) {
    // Names a failed change would have introduced: later "unknown area" errors about them are noise.
    var poisoned = Set<String>()
    for parsed in changes {
      switch parsed.change {
      case .list(let change):
        if parsed.unknownKommun {
          poisoned.formUnion(change.introducedNames)
          continue
        }
        let before = basis.kommuner
        do {
          try basis.apply(change)
        } catch {
          poisoned.formUnion(change.introducedNames)
          report(error, for: parsed, basis: basis, poisoned: poisoned)
          continue
        }
        if case .add(_, let kommun, _) = change, !before.contains(kommun), entering[kommun] == nil {
          entering[kommun] = parsed.kommunNode
        }
      case .population(let change):
        let node = parsed.kommunNode ?? parsed.item
        do {
          try change.apply(to: &population)
        } catch .noPopulationToChange(let kommun) {
          reader.error(
            node, "\(kommun) has no population at \(populationDate) to change",
            hint: "give it one with 'set', e.g. {kommun: \(kommun), set: 50000}")
        } catch {
          reader.error(parsed.item, error.description)
        }
      }
    }
  }

  /// Whether a kommun name is one of Sweden's kommuner; records an error with a "did you mean" when not.
  mutating func checkKommun(_ kommun: String, node: Node) -> Bool {
    guard !BaselineResolver.knownKommun(kommun) else { return true }
    reader.error(node, "unknown kommun '\(kommun)'", hint: BaselineResolver.unknownKommunHint(for: kommun))
    return false
  }

  /// Records a failed list change at the most precise node.
  private mutating func report(_ error: ListChangeError, for parsed: ParsedChange, basis: Basis, poisoned: Set<String>)
  {
    switch error {
    case .unknownArea(let area):
      guard !poisoned.contains(area) else { return }
      reader.error(parsed.names[area] ?? parsed.item, error.description, hint: unknownAreaHint(area, basis: basis))
    case .renamedArea(let area, _), .splitParent(let area, _), .notListed(let area, _), .alreadyDelisted(let area),
      .alreadyListed(let area), .nameTaken(let area, _), .renameToSameName(let area), .tooFewParts(let area, _),
      .duplicatePart(let area):
      reader.error(parsed.names[area] ?? parsed.item, error.description)
    case .alreadyClass:
      reader.error(parsed.classNode ?? parsed.item, error.description)
    case .emptyName:
      reader.error(parsed.item, error.description)
    }
  }
}
