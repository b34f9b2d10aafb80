import AllocationModel
import Foundation
import ScenarioFormat

/// Loading scenarios in tests: from text, from the fixtures folder, or from the shipped `scenarios/`.
enum ScenarioTestSupport {
  /// The package's root folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The fixtures folder of this test target.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Loads YAML text as the file `file`; `files` stands in for the files it refers to, by resolved path.
  static func load(_ yaml: String, file: String = "test.yaml", files: [String: String] = [:]) throws(ScenarioError)
    -> ResolvedScenario
  {
    try ScenarioLoader.load(file: file, bytes: Array(yaml.utf8)) { path in
      guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
      return Array(text.utf8)
    }
  }

  /// The error a YAML text gives, or `nil` when it loads.
  static func error(_ yaml: String, file: String = "test.yaml", files: [String: String] = [:]) -> ScenarioError? {
    do {
      _ = try load(yaml, file: file, files: files)
      return nil
    } catch {
      return error
    }
  }

  /// Loads a file from disk; `name` is its path from the package root, and files it refers to are read from disk.
  static func load(url: URL, as name: String) throws -> ResolvedScenario {
    let bytes = try [UInt8](Data(contentsOf: url))
    return try ScenarioLoader.load(file: name, bytes: bytes) { path in
      try [UInt8](Data(contentsOf: root.appendingPathComponent(path)))
    }
  }

  /// Loads a fixture by file name.
  static func fixture(_ name: String) throws -> ResolvedScenario {
    try load(url: fixtures.appendingPathComponent(name), as: "Tests/ScenarioFormatTests/Fixtures/\(name)")
  }

  /// The shipped scenario files.
  static var shipped: [URL] {
    let folder = root.appendingPathComponent("scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
  }

  /// Loads a shipped scenario by file name.
  static func shipped(_ name: String) throws -> ResolvedScenario {
    try load(url: root.appendingPathComponent("scenarios/\(name)"), as: "scenarios/\(name)")
  }
}
