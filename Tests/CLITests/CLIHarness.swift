import FordelaCLI
import Foundation
import Synchronization

/// Runs `fordela` in-process with a captured console.
enum CLIHarness {
  /// What a run printed and its exit status.
  struct Outcome: Sendable {
    var status: Int32
    var out: String
    var err: String
  }

  /// Runs the command line on arguments and captures both streams.
  static func run(_ arguments: [String]) -> Outcome {
    let out = Mutex("")
    let err = Mutex("")
    let console = Console(out: { s in out.withLock { $0 += s } }, err: { s in err.withLock { $0 += s } })
    let status = CommandLineTool.run(arguments: arguments, console: console)
    return Outcome(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
  }

  /// The built `fordela` executable, beside the test bundle.
  static var executable: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fordela")
  }

  /// Runs the built executable as a subprocess; `environment` adds to the test's own.
  static func spawn(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
    -> Outcome
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    try process.run()
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    let errData = errPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self))
  }
}
