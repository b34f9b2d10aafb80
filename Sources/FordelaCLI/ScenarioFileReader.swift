import AllocationModel
import Foundation
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
}
