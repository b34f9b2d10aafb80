import Dispatch
import Foundation
import Reports
import Synchronization

/// Reads the part files of a sharded run and checks that they are exactly the parts of one run: the one
/// place `fordela merge` refuses missing, duplicate, mismatched or damaged parts, naming the files.
enum PartFiles {
  /// A part and the file it came from.
  struct Entry: Sendable {
    var path: String
    var part: MonteCarloPartDocument
  }

  /// The Monte Carlo parts of `paths`, read in parallel, one per shard, in shard order.
  ///
  /// - Throws: ``CLIError`` for an unreadable or damaged file (bad JSON: file:line:column), a file that is
  ///   not a part, parts of different runs, a shard given twice or a shard missing.
  static func read(_ paths: [String], threads: Int) throws(CLIError) -> [Entry] {
    guard !paths.isEmpty else {
      throw CLIError("no part files: give every part of the run, e.g. fordela merge part-*.json --output result.json")
    }
    let results = Mutex([Result<Entry, CLIError>?](repeating: nil, count: paths.count))
    DispatchQueue.concurrentPerform(iterations: max(1, min(threads, paths.count))) { worker in
      for i in stride(from: worker, to: paths.count, by: max(1, min(threads, paths.count))) {
        let result = Result { () throws(CLIError) in Entry(path: paths[i], part: try readOne(paths[i])) }
        results.withLock { $0[i] = result }
      }
    }
    var entries: [Entry] = []
    for result in results.withLock({ $0 }) {
      guard let result else { preconditionFailure("every part was read") }
      entries.append(try result.get())
    }
    try checkOneRun(entries)
    return entries.sorted { $0.part.stamp.shard < $1.part.stamp.shard }
  }

  /// One part file, decoded.
  static func readOne(_ path: String) throws(CLIError) -> MonteCarloPartDocument {
    let bytes = try InputFile.bytes(path, what: "part file")
    if let problem = JSONSyntax.problem(in: bytes) {
      throw CLIError(
        "the part file \(path) is damaged:\n\(path):\(problem.position): error: bad JSON: \(problem.message)")
    }
    // Decoded at once (a part of a big run is large: one parse, not a probe first); the kind is looked at
    // only to explain a failure.
    do {
      return try JSONText.decode(MonteCarloPartDocument.self, from: bytes)
    } catch {
      guard PartKind.of(json: bytes) == .monteCarlo else {
        if let kind = RunKind.of(json: bytes) {
          throw CLIError(
            "\(path) is a result (\"kind\": \"\(kind.rawValue)\"), not a part: 'fordela merge' reads the parts that "
              + "'fordela run FILE --shard I/N --output part-I.json' writes")
        }
        throw CLIError(
          "\(path) is not a fordela part: expected the JSON that 'fordela run FILE --shard I/N --output part-I.json' "
            + "writes, with \"kind\": \"monte_carlo_part\"")
      }
      throw CLIError("\(path) is not a complete part: \(DecodingProblem.describe(error))")
    }
  }

  /// Refuses parts that are not one part of each shard of one run.
  static func checkOneRun(_ entries: [Entry]) throws(CLIError) {
    let first = entries[0]
    var byShard: [Int: String] = [:]
    for entry in entries {
      if let (field, this, other) = entry.part.stamp.mismatch(first.part.stamp) {
        throw CLIError(
          "\(entry.path) and \(first.path) are parts of different runs: \(field) \(this) in \(entry.path), \(other) in "
            + "\(first.path)")
      }
      if entry.part.frame != first.part.frame {
        throw CLIError(
          "\(entry.path) and \(first.path) are parts of different runs: the same scenario file resolved differently "
            + "(another --population, baseline data or uncertainty)")
      }
      let shard = entry.part.stamp.shard
      if let other = byShard[shard] {
        throw CLIError(
          "\(other) and \(entry.path) are both shard \(shard) of \(first.part.stamp.shards): give each part once")
      }
      byShard[shard] = entry.path
    }
    let n = first.part.stamp.shards
    let missing = (0..<n).filter { byShard[$0] == nil }
    if !missing.isEmpty {
      let listed = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
      throw CLIError(
        "the run has \(n) shards but \(missing.count) \(missing.count == 1 ? "is" : "are") missing (shard "
          + "\(listed)): give every part, e.g. part-*.json")
    }
  }
}
