import AllocationModel
import Yams

extension ScenarioResolver {
  /// The keys of a `sweep:` section.
  static let sweepKeys = ["kinds", "kommuner", "areas", "new_kommuner", "population_factors", "pairs", "extra"]

  /// Reads `sweep:` into a ``SweepSpec`` for `fordela sweep`, checked against the scenario it sweeps: kommuner
  /// and areas must be in it, new kommuner not yet eligible and with a population, extra changes must apply.
  mutating func parseSweep(
    _ node: Node, basis: Basis?, eligible: Set<String>, population: [String: Double], populationDate: String
  ) -> SweepSpec? {
    guard let f = reader.fields(node, "'sweep'", allowed: Self.sweepKeys) else { return nil }
    var spec = SweepSpec()
    var ok = true
    if let n = f["kinds"] {
      let words = SweepChange.Kind.singles.map(\.rawValue)
      let items = reader.sequence(n, "'kinds'") ?? []
      let kinds = items.compactMap { reader.word($0, "a kind of change in 'kinds'", among: words) }
      ok = ok && kinds.count == items.count
      if items.isEmpty { reader.error(n, "'kinds' names no kind of change", hint: "e.g. [reclassify, delist]") }
      spec.kinds = Set(kinds.compactMap(SweepChange.Kind.init(rawValue:)))
    }
    if let n = f["kommuner"] {
      var names: Set<String> = []
      for item in reader.sequence(n, "'kommuner'") ?? [] {
        guard let k = reader.string(item, "a kommun in 'kommuner'"), checkKommun(k, node: item) else {
          ok = false
          continue
        }
        guard eligible.isEmpty || eligible.contains(k) else {
          reader.error(
            item, "\(k) is not eligible in the scenario, so no change of the sweep concerns it",
            hint: "to try a new area there, name it under 'new_kommuner'")
          ok = false
          continue
        }
        names.insert(k)
      }
      spec.kommuner = names
    }
    if let n = f["areas"] {
      var names: Set<String> = []
      for item in reader.sequence(n, "'areas'") ?? [] {
        guard let a = reader.string(item, "an area in 'areas'") else {
          ok = false
          continue
        }
        if let basis, basis[a] == nil {
          reader.error(item, "unknown area '\(a)'", hint: unknownAreaHint(a, basis: basis))
          ok = false
          continue
        }
        names.insert(a)
      }
      spec.areas = names
    }
    if let n = f["new_kommuner"] {
      for item in reader.sequence(n, "'new_kommuner'") ?? [] {
        guard let k = reader.string(item, "a kommun in 'new_kommuner'"), checkKommun(k, node: item) else {
          ok = false
          continue
        }
        if eligible.contains(k) {
          reader.error(
            item, "\(k) is already eligible in the scenario: new areas there are tried anyway",
            hint: "leave it out of 'new_kommuner'")
          ok = false
        } else if population[k] == nil {
          reader.error(
            item, "\(k) has no population at \(populationDate) in the embedded SCB data",
            hint: "give it one in the baseline's population_file")
          ok = false
        } else if !spec.newKommuner.contains(k) {
          spec.newKommuner.append(k)
        }
      }
    }
    if let n = f["population_factors"] {
      let items = reader.sequence(n, "'population_factors'") ?? []
      let factors = items.compactMap { reader.number($0, "a population factor", in: 0...10, excludingLower: true) }
      ok = ok && factors.count == items.count
      spec.populationFactors = factors
    }
    if let n = f["pairs"] {
      if let word = reader.word(n, "'pairs'", among: ["true", "false"]) {
        spec.pairs = word == "true"
      } else {
        ok = false
      }
    }
    if let n = f["extra"] {
      for parsed in parseChanges(n) {
        if case .list(let change) = parsed.change {
          switch change {
          case .rename, .split:
            reader.error(
              parsed.item, "a sweep tries reclassify, delist, relist, add and population changes, not '\(change)'",
              hint: "write it under 'changes:' to make it part of the scenario the sweep starts from")
            ok = false
            continue
          default: break
          }
          if parsed.unknownKommun {
            ok = false
            continue
          }
          if var tried = basis {
            do {
              try tried.apply(change)
            } catch {
              reader.error(parsed.names[change.area] ?? parsed.item, "the sweep's extra change: \(error.description)")
              ok = false
              continue
            }
          }
        } else if case .population(let p) = parsed.change {
          var figures = population
          do { try p.apply(to: &figures) } catch {
            reader.error(parsed.item, error.description)
            ok = false
            continue
          }
        }
        spec.extra.append(parsed.change)
      }
    }
    return ok ? spec : nil
  }
}
