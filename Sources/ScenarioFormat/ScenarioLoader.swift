import AllocationModel
import EmbeddedData
import Yams

/// Reads scenario files: YAML in, a ``ResolvedScenario`` or every problem with its location out.
///
/// The loader does no I/O itself: the caller passes the file's bytes, and a closure that reads
/// the files a scenario refers to (`population_file`), given a path already resolved against the
/// scenario's folder by ``resolve(_:relativeTo:)``.
public enum ScenarioLoader {
  /// Reads, checks and computes a scenario; the result carries the SHA-256 of `bytes`.
  ///
  /// - Parameters:
  ///   - file: the scenario's path as the user named it; it prefixes every diagnostic.
  ///   - bytes: the file's contents.
  ///   - readFile: reads a file the scenario refers to, by its resolved path.
  ///   - population: population figures from the command line (`--population K=N`), over the baseline's file.
  /// - Returns: the resolved scenario, stamped with ``ResolvedScenario/sourceSHA256``.
  /// - Throws: ``ScenarioError`` with every problem of the file, each at its file:line:column.
  public static func load(
    file: String, bytes: [UInt8], readFile: @escaping (String) throws -> [UInt8] = { _ in [] },
    population: UserPopulation? = nil
  ) throws(ScenarioError) -> ResolvedScenario {
    let text: String
    switch SourceText.decode(bytes, file: file, what: "scenario file") {
    case .success(let t): text = t
    case .failure(let error): throw error
    }
    let problems = SourceText.structuralProblems(text, file: file)
    guard problems.isEmpty else { throw ScenarioError(file: file, diagnostics: problems) }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw ScenarioError(
          file: file,
          diagnostics: [
            Diagnostic(
              location: .init(file: file, line: 1, column: 1), message: "the scenario file is empty",
              hint: "a scenario needs at least 'name:' and 'baseline:'")
          ])
      }
      root = node
    } catch let error as ScenarioError {
      throw error
    } catch {
      throw ScenarioError(file: file, diagnostics: [YAMLErrorText.diagnostic(for: error, file: file)])
    }
    var resolver = ScenarioResolver(file: file, readFile: readFile)
    resolver.commandLinePopulation = population
    if var scenario = resolver.resolve(root), resolver.reader.diagnostics.isEmpty {
      scenario.sourceSHA256 = DataProvenance.hex(bytes)
      return scenario
    }
    throw ScenarioError(file: file, diagnostics: resolver.reader.diagnostics)
  }

  /// A path named in a scenario, resolved against the scenario file's folder (absolute paths stay).
  public static func resolve(_ path: String, relativeTo scenarioFile: String) -> String {
    guard !path.hasPrefix("/"), let slash = scenarioFile.lastIndex(of: "/") else { return path }
    return String(scenarioFile[...slash]) + path
  }
}
