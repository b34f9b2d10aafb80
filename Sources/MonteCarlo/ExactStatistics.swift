import FordelaGSL

/// Statistics of one kommun's stored changes in two linear passes, instead of a sort per column.
///
/// Pass 1 takes the moments, min, max, loss counts and counts in fine bins over a range fixed by the
/// first chunk's values (values outside fall in the end bins, so the bins stay monotone). The bins
/// locate the ranks each quantile needs; pass 2 gathers the values of just those bins and counts the
/// reported histogram over [min, max]; GSL's `gsl_stats_select` then finds each exact rank inside its
/// bin. Quantiles follow GSL's (and numpy's default) linear interpolation.
enum ExactStatistics {
  /// Fine bins for locating quantile ranks.
  static let fineBins = 8192
  /// Values that fix the fine bins' range: the first chunk's.
  static let pilotCount = 8192

  /// The result of pass 1.
  struct Summary {
    var mean = 0.0
    var sd = 0.0
    var min = Double.infinity
    var max = -Double.infinity
    var losses = 0
    var bigLosses = 0
    /// The fine bins' lower end and scale (bins per krona).
    var binLower = 0.0
    var binScale = 0.0
    var counts: [Int] = []
  }

  /// Pass 1 over `n` values: moments about the first value (so no precision is lost to a large
  /// common offset), extremes, losses below 0 and below `−0.1 · baseline`, and fine-bin counts.
  static func summarize(_ data: UnsafePointer<Double>, n: Int, baseline: Double) -> Summary {
    var summary = Summary()
    var pilotLow = Double.infinity
    var pilotHigh = -Double.infinity
    for i in 0..<Swift.min(n, pilotCount) {
      pilotLow = Swift.min(pilotLow, data[i])
      pilotHigh = Swift.max(pilotHigh, data[i])
    }
    let span = Swift.max(pilotHigh - pilotLow, 1)
    summary.binLower = pilotLow - span / 2
    summary.binScale = Double(fineBins) / (2 * span)
    var counts = [Int](repeating: 0, count: fineBins)
    let shift = data[0]
    var s1 = 0.0
    var s2 = 0.0
    var lo = Double.infinity
    var hi = -Double.infinity
    var losses = 0
    var bigLosses = 0
    let bigLoss = baseline > 0 ? -0.10 * baseline : -Double.infinity
    let binLower = summary.binLower
    let binScale = summary.binScale
    counts.withUnsafeMutableBufferPointer { counts in
      let counts = counts.baseAddress!
      var blockStart = 0
      while blockStart < n {
        let blockEnd = Swift.min(n, blockStart + 4096)
        var b1 = 0.0
        var b2 = 0.0
        for i in blockStart..<blockEnd {
          let x = data[i]
          let d = x - shift
          b1 += d
          b2 += d * d
          lo = Swift.min(lo, x)
          hi = Swift.max(hi, x)
          losses &+= x < 0 ? 1 : 0
          bigLosses &+= x < bigLoss ? 1 : 0
          counts[Statistics.binIndex(x, lower: binLower, scale: binScale, bins: fineBins)] &+= 1
        }
        s1 += b1
        s2 += b2
        blockStart = blockEnd
      }
    }
    summary.mean = shift + s1 / Double(n)
    summary.sd = n > 1 ? (Swift.max(0, s2 - s1 * s1 / Double(n)) / Double(n - 1)).squareRoot() : 0
    summary.min = lo
    summary.max = hi
    summary.losses = losses
    summary.bigLosses = bigLosses
    summary.counts = counts
    return summary
  }

  static func kommun(
    name: String, baseline: Double, column: UnsafeBufferPointer<Double>, histogramBins: Int,
    extraLevels: [Double]
  ) throws(GSLError) -> MonteCarloResult.Kommun {
    let n = column.count
    let data = column.baseAddress!
    let summary = summarize(data, n: n, baseline: baseline)
    let counts = summary.counts

    // The ranks the quantiles need, and the fine bins that hold them.
    var cumulative = [Int](repeating: 0, count: fineBins + 1)
    for i in 0..<fineBins { cumulative[i + 1] = cumulative[i] + counts[i] }
    func binOf(rank: Int) -> Int {
      var low = 0
      var high = fineBins - 1
      while low < high {
        let mid = (low + high) / 2
        if cumulative[mid + 1] > rank { high = mid } else { low = mid + 1 }
      }
      return low
    }
    let levels = Quantiles.levels + extraLevels
    var slotOfBin = [Int32](repeating: -1, count: fineBins)
    var segmentStart: [Int] = []
    var total = 0
    for level in levels {
      let (lower, frac) = Quantiles.position(level, n: n)
      for rank in frac > 0 ? [lower, lower + 1] : [lower] {
        let b = binOf(rank: rank)
        if slotOfBin[b] < 0 {
          slotOfBin[b] = Int32(segmentStart.count)
          segmentStart.append(total)
          total += counts[b]
        }
      }
    }

    // Pass 2: gather the needed bins' values, a segment per bin, and count the reported histogram.
    let lo = summary.min
    let hi = summary.max
    let (histogramLower, histogramUpper) = hi > lo ? (lo, hi) : (lo - 0.5, lo + 0.5)
    let histogramScale = Double(histogramBins) / (histogramUpper - histogramLower)
    var histogram = [Int](repeating: 0, count: histogramBins)
    let gathered = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(total, 1))
    defer { gathered.deallocate() }
    var fill = segmentStart
    slotOfBin.withUnsafeBufferPointer { slots in
      histogram.withUnsafeMutableBufferPointer { histogram in
        let slots = slots.baseAddress!
        let histogram = histogram.baseAddress!
        let binLower = summary.binLower
        let binScale = summary.binScale
        for i in 0..<n {
          let x = data[i]
          histogram[Statistics.binIndex(x, lower: histogramLower, scale: histogramScale, bins: histogramBins)] &+= 1
          let slot = slots[Statistics.binIndex(x, lower: binLower, scale: binScale, bins: fineBins)]
          if slot >= 0 {
            gathered[fill[Int(slot)]] = x
            fill[Int(slot)] += 1
          }
        }
      }
    }
    func value(rank: Int) -> Double {
      let b = binOf(rank: rank)
      let segment = UnsafeMutableBufferPointer(start: gathered + segmentStart[Int(slotOfBin[b])], count: counts[b])
      return Statistics.select(segment, k: rank - cumulative[b])
    }
    let quantiles = levels.map { level -> Double in
      let (lower, frac) = Quantiles.position(level, n: n)
      let x = value(rank: lower)
      return frac > 0 ? (1 - frac) * x + frac * value(rank: lower + 1) : x
    }

    // The reported histogram as a GSL histogram over [min, max].
    let reported = try Histogram(bins: histogramBins, lower: histogramLower, upper: histogramUpper)
    let width = (histogramUpper - histogramLower) / Double(histogramBins)
    for (i, count) in histogram.enumerated() where count > 0 {
      try reported.accumulate(histogramLower + (Double(i) + 0.5) * width, weight: Double(count))
    }
    return MonteCarloResult.Kommun(
      kommun: name, baselineAmount: baseline, mean: summary.mean, sd: summary.sd,
      standardError: summary.sd / Double(n).squareRoot(), min: lo, p01: quantiles[0], p05: quantiles[1],
      p25: quantiles[2], p50: quantiles[3], p75: quantiles[4], p95: quantiles[5], p99: quantiles[6], max: hi,
      pLoss: Double(summary.losses) / Double(n), pLoss10pct: Double(summary.bigLosses) / Double(n),
      histogramEdges: reported.edges, histogramCounts: reported.counts.map { Int($0.rounded()) },
      extraQuantiles: Array(quantiles.dropFirst(Quantiles.levels.count)))
  }
}
