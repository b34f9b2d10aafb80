import AllocationModel
import Foundation
import Reports
import ScenarioFormat

/// Reads scenario files from disk for the commands: the only place scenario I/O happens.
enum ScenarioFileReader {
  /// Reads and resolves the scenario at `path`; files it refers to are read relative to its folder.
  static func load(_ path: String) throws -> ResolvedScenario {
    let bytes: [UInt8]
    do {
      bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw CLIError("cannot read the scenario file \(path): \(reason(error))")
    }
    return try ScenarioLoader.load(file: path, bytes: bytes) { resolved in
      do {
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: resolved)))
      } catch {
        throw CLIError(reason(error))
      }
    }
  }

  /// A short reason for a failed read.
  private static func reason(_ error: Error) -> String {
    let code = (error as NSError).code
    if code == NSFileReadNoSuchFileError || code == NSFileNoSuchFileError { return "no such file" }
    if code == NSFileReadNoPermissionError { return "permission denied" }
    return (error as NSError).localizedDescription
  }

  /// The deterministic report of a resolved scenario.
  static func report(_ s: ResolvedScenario) -> ScenarioReport {
    ScenarioReport(
      name: s.name, description: s.description,
      baseline: .init(
        year: s.baseline.year, editions: s.baseline.editions, populationDate: s.baseline.populationDate,
        populationFile: s.baseline.populationFile, key: s.baseline.officialKey),
      key: s.key, delisted: s.delisted, splits: s.splits, changes: s.changes.map(\.description),
      comparison: s.comparison)
  }

  /// The validation printout of a resolved scenario.
  static func validation(_ s: ResolvedScenario) -> ScenarioValidationReport {
    let populations = s.scenarioAllocation.kommuner.map { k in
      let changed = s.baselinePopulation[k.kommun] != k.population
      let source = changed ? "scenario" : (s.populationStatus[k.kommun] ?? "scenario")
      return (kommun: k.kommun, population: k.population, source: source)
    }
    return ScenarioValidationReport(
      file: s.file, scenario: report(s), basis: s.scenarioBasis, populations: populations,
      uncertainty: s.uncertainty.map(describe))
  }

  /// The `uncertainty:` section in one line.
  static func describe(_ spec: UncertaintySpec) -> String {
    var parts = ["\(spec.draws) draws", "seed \(spec.seed)"]
    switch spec.reclassification {
    case .simple(let p, let up)?: parts.append("reclassification p \(p), up \(up)")
    case .matrix?: parts.append("reclassification by matrix")
    case nil: break
    }
    if let n = spec.newAreas {
      let landing: String
      switch n.kommuner {
      case .population: landing = "by population"
      case .table(let t): landing = "among \(t.map(\.kommun).joined(separator: ", "))"
      }
      parts.append("new areas Poisson(\(n.mean)) \(landing)")
    }
    if let g = spec.populationGrowth {
      parts.append("growth N(\(g.mean), \(g.sd))" + (g.overrides.isEmpty ? "" : " with \(g.overrides.count) overrides"))
    }
    return parts.joined(separator: ", ")
  }
}
