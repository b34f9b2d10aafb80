import Foundation
import Synchronization

/// Writes files so that a failed run never leaves a half-written output behind.
public enum AtomicFile {
  /// Writes `contents` to `path` through a temporary file in the same folder and a rename.
  ///
  /// The old file, if any, stays untouched until the new one is complete.
  public static func write(_ contents: String, to path: String) throws(CLIError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
      throw CLIError("cannot write \(path): the folder \(folder.path) does not exist")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    unfinished.withLock { _ = $0.insert(temporary.path) }
    defer { unfinished.withLock { _ = $0.remove(temporary.path) } }
    do {
      try Data(contents.utf8).write(to: temporary)
      guard rename(temporary.path, url.path) == 0 else {
        throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
      }
    } catch let error as CLIError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError("cannot write \(path): \(error.localizedDescription)")
    }
  }

  /// Temporary files being written now.
  private static let unfinished = Mutex(Set<String>())

  /// Removes the temporary files of writes that have not finished (on Ctrl-C, before exiting).
  public static func discardUnfinished() {
    for path in unfinished.withLock({ $0 }) { unlink(path) }
  }
}
