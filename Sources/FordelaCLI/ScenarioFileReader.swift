import AllocationModel
import Foundation
import ScenarioFormat

/// Reads scenario files from disk for the commands: the only place scenario I/O happens.
enum ScenarioFileReader {
  /// Reads and resolves the scenario at `path`, with `population` (figures from `--population K=N`) over the
  /// baseline's population file; files it refers to are read relative to its folder.
  static func load(_ path: String, population: UserPopulation? = nil) throws -> ResolvedScenario {
    let bytes = try InputFile.bytes(path, what: "scenario file")
    return try ScenarioLoader.load(
      file: path, bytes: bytes,
      readFile: { resolved in
        do {
          return try InputFile.bytes(resolved)
        } catch {
          throw CLIError(InputFile.reason(error))
        }
      }, population: population)
  }
}
