import Dispatch

extension SweepModel {
  /// The changes evaluated per unit of work handed to a thread.
  static let chunkSize = 512

  /// Every kommun's change for the changes at positions `range` (all by default), on `threads` threads.
  ///
  /// Each row is computed on its own from the base, so the rows are bit-identical for any thread count and any
  /// split of the list into ranges.
  public func rows(_ range: Range<Int>? = nil, threads: Int = 1) -> SweepRows {
    let range = range ?? 0..<count
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range of the sweep's changes")
    let n = kommuner.count
    var values = [Double](repeating: 0, count: range.count * n)
    values.withUnsafeMutableBufferPointer { out in
      guard let start = out.baseAddress else { return }
      let out = SweepPointer(start)
      Self.parallel(items: range.count, chunk: Self.chunkSize, threads: threads) { chunk in
        var workspace = SweepWorkspace(self)
        for r in chunk {
          let c = range.lowerBound + r
          _ = workspace.evaluate(self, steps: changeSteps[Int(changeOffsets[c])..<Int(changeOffsets[c + 1])])
          for k in 0..<n { out.pointer[r * n + k] = workspace.change[k] }
        }
      }
    }
    return SweepRows(kommuner: kommuner, range: range, values: values)
  }

  /// The summary of the changes at positions `range` (all by default), without keeping their rows; ids are
  /// positions in the list, so it equals ``SweepSummary/init(rows:depth:)`` of the same rows.
  public func summary(_ range: Range<Int>? = nil, depth: Int, threads: Int = 1) -> SweepSummary {
    let range = range ?? 0..<count
    let chunks = (range.count + Self.chunkSize - 1) / Self.chunkSize
    return Self.summarise(kommuners: kommuner, depth: depth, items: chunks, threads: threads) { chunk, summary in
      var workspace = SweepWorkspace(self)
      let start = range.lowerBound + chunk * Self.chunkSize
      for c in start..<min(start + Self.chunkSize, range.upperBound) {
        _ = workspace.evaluate(self, steps: changeSteps[Int(changeOffsets[c])..<Int(changeOffsets[c + 1])])
        workspace.change.withUnsafeBufferPointer { summary.record($0, id: Int64(c)) }
      }
    }
  }

  /// Runs `body` on every chunk of `items`, spread over `threads` threads.
  static func parallel(items: Int, chunk: Int, threads: Int, _ body: (Range<Int>) -> Void) {
    let chunks = (items + chunk - 1) / chunk
    let workers = max(1, min(threads, chunks))
    withoutActuallyEscaping(body) { body in
      let box = SweepBox(body)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for c in stride(from: worker, to: chunks, by: workers) {
          box.value(c * chunk..<min(c * chunk + chunk, items))
        }
      }
    }
  }

  /// Runs `body` on every item with a summary per thread, and merges the threads' summaries.
  static func summarise(
    kommuners: [String], depth: Int, items: Int, threads: Int, _ body: (Int, inout SweepSummary) -> Void
  ) -> SweepSummary {
    let workers = max(1, min(threads, items))
    var summaries = (0..<workers).map { _ in SweepSummary(kommuner: kommuners, depth: depth) }
    summaries.withUnsafeMutableBufferPointer { buffer in
      guard let start = buffer.baseAddress else { return }
      let shared = SweepPointer(start)
      withoutActuallyEscaping(body) { body in
        let box = SweepBox(body)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
          for item in stride(from: worker, to: items, by: workers) {
            box.value(item, &shared.pointer[worker])
          }
        }
      }
    }
    var total = summaries[0]
    for other in summaries.dropFirst() { total.merge(other) }
    return total
  }
}

/// A pointer that threads write through at disjoint places.
///
/// `@unchecked Sendable`: callers write disjoint elements and read only after `concurrentPerform` returns.
struct SweepPointer<Element>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Element>
  init(_ pointer: UnsafeMutablePointer<Element>) { self.pointer = pointer }
}

/// A closure handed to threads that call it on disjoint work.
///
/// `@unchecked Sendable`: the closure only reads shared state and writes what its argument names.
struct SweepBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
