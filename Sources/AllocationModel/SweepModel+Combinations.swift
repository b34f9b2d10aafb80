extension SweepModel {
  /// The number of combinations of `size` of the given changes that concern different areas: what
  /// ``summarizeCombinations(of:size:depth:threads:)`` evaluates.
  public func combinationCount(of singles: [Int], size: Int) -> Int {
    var total = 0
    forEachCombination(of: singles, size: size, first: 0..<singles.count) { _, _ in total += 1 }
    return total
  }

  /// Evaluates every combination of `size` (1 to 3) of the given single changes that concern different areas,
  /// keeping only a summary: the stress test of a sweep, beyond the pairs a document lists.
  ///
  /// A combination `i < j < k` of positions in `singles` has the id `(i·n + j)·n + k`, `n` the count of
  /// `singles`, so ids follow the lexicographic order; threads take the first position in turn, and the summary
  /// is the same for any thread count.
  public func summarizeCombinations(of singles: [Int], size: Int, depth: Int, threads: Int = 1) -> SweepSummary {
    precondition((1...3).contains(size), "combinations of 1 to 3 changes")
    precondition(singles.allSatisfy { changeOffsets[$0 + 1] - changeOffsets[$0] == 1 }, "single changes only")
    return Self.summarise(kommuners: kommuner, depth: depth, items: singles.count, threads: threads) {
      first, summary in
      var workspace = SweepWorkspace(self)
      forEachCombination(of: singles, size: size, first: first..<first + 1) { id, steps in
        if workspace.evaluate(self, steps: steps) {
          workspace.change.withUnsafeBufferPointer { summary.record($0, id: id) }
        } else {
          summary.skipped += 1
        }
      }
    }
  }

  /// Calls `body` with the id and the step indices of every combination whose first position is in `first`.
  private func forEachCombination(
    of singles: [Int], size: Int, first: Range<Int>, _ body: (Int64, CombinationSteps) -> Void
  ) {
    let n = singles.count
    let step = singles.map { changeSteps[Int(changeOffsets[$0])] }
    let key = singles.map { stepKey[Int(changeSteps[Int(changeOffsets[$0])])] }
    for i in first {
      if size == 1 {
        body(Int64(i), CombinationSteps(count: 1, a: step[i], b: 0, c: 0))
        continue
      }
      for j in (i + 1)..<max(i + 1, n) where key[j] != key[i] {
        if size == 2 {
          body(Int64(i * n + j), CombinationSteps(count: 2, a: step[i], b: step[j], c: 0))
          continue
        }
        for k in (j + 1)..<max(j + 1, n) where key[k] != key[i] && key[k] != key[j] {
          body(Int64((i * n + j) * n + k), CombinationSteps(count: 3, a: step[i], b: step[j], c: step[k]))
        }
      }
    }
  }
}

/// The step indices of a combination of up to three changes, without an array.
struct CombinationSteps: RandomAccessCollection {
  let count: Int
  let a: Int32
  let b: Int32
  let c: Int32
  var startIndex: Int { 0 }
  var endIndex: Int { count }
  subscript(position: Int) -> Int32 { position == 0 ? a : position == 1 ? b : c }
}
