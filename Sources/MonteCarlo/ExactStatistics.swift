import FordelaGSL

/// Exact statistics of one kommun's stored changes in two linear passes, instead of a sort per column.
///
/// Pass 1 is the tally both modes share (``ChangeTally``): moments per chunk of draws, extremes,
/// losses and counts in fine bins over a range fixed by the first chunk's values. The bins locate
/// the ranks each quantile needs; pass 2 gathers the values of just those bins and counts the
/// reported histogram over [min, max]; GSL's `gsl_stats_select` then finds each exact rank inside
/// its bin. ``ChangeSummariser`` interpolates and assembles the result.
enum ExactStatistics {
  /// Inner fine bins for locating quantile ranks.
  static let fineBins = 8192

  /// The result of pass 1.
  struct Summary {
    var moments = Moments()
    var tally: ChangeTally
    var fine: FineBins
    var counts: [Int]

    var mean: Double { moments.mean }
    var sd: Double { moments.sd }
  }

  /// Pass 1 over `n` values: the shared tally, a chunk of draws at a time (so the moments equal
  /// streaming mode's), with fine bins over the first chunk's range.
  static func summarize(_ data: UnsafePointer<Double>, n: Int, baseline: Double) -> Summary {
    let block = MonteCarloEngine.chunkSize
    let fine = fineBins(firstChunk: UnsafeBufferPointer(start: data, count: Swift.min(n, block)))
    var summary = Summary(
      tally: ChangeTally(baseline: baseline), fine: fine, counts: [Int](repeating: 0, count: fine.count))
    var moments = Moments()
    var tally = summary.tally
    summary.counts.withUnsafeMutableBufferPointer { counts in
      guard let bins = counts.baseAddress else { return }
      var start = 0
      while start < n {
        let m = Swift.min(block, n - start)
        moments.merge(tally.add(data + start, count: m, fine: fine, bins: bins))
        start += m
      }
    }
    summary.moments = moments
    summary.tally = tally
    return summary
  }

  /// A kommun's fine bins, fixed by the changes of its first chunk of draws.
  static func fineBins(firstChunk: UnsafeBufferPointer<Double>) -> FineBins {
    let (low, high) = Statistics.minMax(firstChunk)
    return FineBins(pilotLow: low, pilotHigh: high, inner: fineBins)
  }

  /// Pass 1 of one kommun assembled from tallies made chunk by chunk while the draws were simulated:
  /// the workers' accumulators (``StreamingStatistics/Accumulator`` with ``fineBins`` inner bins over
  /// `fine`) and each chunk's moments, merged in chunk order. The same summary as
  /// ``summarize(_:n:baseline:)`` of the kommun's column.
  static func summary(
    kommun j: Int, fine: FineBins, baseline: Double, accumulators: [StreamingStatistics.Accumulator], chunks: Int,
    moments: (Int) -> Moments
  ) -> Summary {
    var summary = Summary(
      tally: ChangeTally(baseline: baseline), fine: fine, counts: [Int](repeating: 0, count: fine.count))
    for acc in accumulators {
      precondition(acc.binsPerKommun == fine.count, "the accumulators count in the kommun's fine bins")
      let offset = j * acc.binsPerKommun
      for b in 0..<fine.count { summary.counts[b] += Int(acc.bins[offset + b]) }
      summary.tally.merge(acc.tallies[j])
    }
    for chunk in 0..<chunks { summary.moments.merge(moments(chunk)) }
    return summary
  }

  /// The statistics of one kommun's column of changes.
  static func kommun(
    name: String, baseline: Double, column: UnsafeBufferPointer<Double>, histogramBins: Int,
    extraLevels: [Double]
  ) throws(GSLError) -> MonteCarloResult.Kommun {
    guard let data = column.baseAddress, !column.isEmpty else { preconditionFailure("a run has at least one draw") }
    return try kommun(
      name: name, baseline: baseline, column: column, summary: summarize(data, n: column.count, baseline: baseline),
      histogramBins: histogramBins, extraLevels: extraLevels,
      intervals: QuantileInterval.ranks(levels: Quantiles.levels, n: column.count))
  }

  /// The statistics of one kommun's column of changes, given pass 1's summary of the column and the ranks of
  /// each reported quantile's interval (``QuantileInterval/ranks(levels:n:)``).
  static func kommun(
    name: String, baseline: Double, column: UnsafeBufferPointer<Double>, summary: Summary, histogramBins: Int,
    extraLevels: [Double], intervals: [(lower: Int, upper: Int)?]
  ) throws(GSLError) -> MonteCarloResult.Kommun {
    let n = column.count
    guard n > 0 else { preconditionFailure("a run has at least one draw") }
    let counts = summary.counts
    let fine = summary.fine
    let ranks = FineBins.Ranks(counts: counts)

    // The fine bins that hold the ranks the quantiles need, each a segment of the gathered values.
    let levels = Quantiles.levels + extraLevels
    var slotOfBin = [Int32](repeating: -1, count: fine.count)
    var segmentStart: [Int] = []
    segmentStart.reserveCapacity(2 * levels.count)
    var total = 0
    func need(_ rank: Int) {
      let b = ranks.locate(rank: rank).bin
      if slotOfBin[b] < 0 {
        slotOfBin[b] = Int32(segmentStart.count)
        segmentStart.append(total)
        total += counts[b]
      }
    }
    ChangeSummariser.forEachRank(levels, n: n, need)
    for case let (lower, upper)? in intervals {
      need(lower)
      need(upper)
    }

    // Pass 2: gather the needed bins' values and count the reported histogram.
    let (histogramLower, histogramUpper) = ChangeSummariser.histogramRange(
      min: summary.tally.minimum, max: summary.tally.maximum)
    let histogramScale = Double(histogramBins) / (histogramUpper - histogramLower)
    var histogram = [Int](repeating: 0, count: histogramBins)
    let gathered = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(total, 1))
    defer { gathered.deallocate() }
    var fill = segmentStart
    slotOfBin.withUnsafeBufferPointer { slots in
      histogram.withUnsafeMutableBufferPointer { histogram in
        for x in column {
          histogram[
            ChangeSummariser.histogramBin(x, lower: histogramLower, scale: histogramScale, bins: histogramBins)] &+= 1
          let slot = slots[fine.index(x)]
          if slot >= 0 {
            gathered[fill[Int(slot)]] = x
            fill[Int(slot)] += 1
          }
        }
      }
    }
    func value(rank: Int) -> Double {
      let (b, offset) = ranks.locate(rank: rank)
      let segment = UnsafeMutableBufferPointer(start: gathered + segmentStart[Int(slotOfBin[b])], count: counts[b])
      return Statistics.select(segment, k: offset)
    }
    let quantiles = ChangeSummariser.quantiles(levels, n: n, value: value)
    let bounds = intervals.map { ranks in ranks.map { value(rank: $0.lower)...value(rank: $0.upper) } }
    let width = (histogramUpper - histogramLower) / Double(histogramBins)
    let reported = try ChangeSummariser.histogram(
      min: summary.tally.minimum, max: summary.tally.maximum, bins: histogramBins, counts: histogram
    ) { histogramLower + (Double($0) + 0.5) * width }
    return ChangeSummariser.kommun(
      name: name, baseline: baseline, draws: n, moments: summary.moments, tally: summary.tally, quantiles: quantiles,
      intervals: bounds, histogram: reported)
  }
}
