import Foundation

/// Reads the files the user names (scenarios, population files, saved results): the one place input
/// files are read, with one wording for a file that cannot be read.
enum InputFile {
  /// The bytes of the file at `path`.
  ///
  /// - Parameters:
  ///   - path: the path as the user gave it.
  ///   - what: what the file is, for the message, e.g. "population file".
  /// - Returns: the file's bytes.
  /// - Throws: ``CLIError`` "cannot read the WHAT PATH: REASON" (no such file, permission denied, …).
  static func bytes(_ path: String, what: String) throws(CLIError) -> [UInt8] {
    do {
      return try bytes(path)
    } catch {
      throw CLIError("cannot read the \(what) \(path): \(reason(error))")
    }
  }

  /// The bytes of the file at `path`, or Foundation's error.
  static func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// A short reason for a failed read.
  static func reason(_ error: any Error) -> String {
    let code = (error as NSError).code
    if code == NSFileReadNoSuchFileError || code == NSFileNoSuchFileError { return "no such file" }
    if code == NSFileReadNoPermissionError { return "permission denied" }
    return (error as NSError).localizedDescription
  }
}
