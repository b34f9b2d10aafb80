import FordelaGSL

/// Statistics of one kommun's stored changes: moments with GSL, exact quantiles by a fine
/// histogram pass that finds the bins holding the needed ranks, then GSL selection inside them.
///
/// Cost: a handful of linear passes, instead of a full sort of every column.
enum ExactStatistics {
  /// Fine bins per reported histogram bin; the reported histogram re-bins these.
  static let fineBinsPerBin = 100

  static func kommun(
    name: String, baseline: Double, column: UnsafeBufferPointer<Double>, histogramBins: Int,
    extraLevels: [Double]
  ) throws(GSLError) -> MonteCarloResult.Kommun {
    let n = column.count
    let data = column.baseAddress!

    // Pass 1: sum (in blocks, about the first value, for accuracy), min, max and loss counts.
    let shift = data[0]
    var sum = 0.0
    var lo = Double.infinity
    var hi = -Double.infinity
    var losses = 0
    var bigLosses = 0
    let bigLoss = baseline > 0 ? -0.10 * baseline : -Double.infinity
    var blockStart = 0
    while blockStart < n {
      let blockEnd = Swift.min(n, blockStart + 4096)
      var blockSum = 0.0
      for i in blockStart..<blockEnd {
        let x = data[i]
        blockSum += x - shift
        lo = Swift.min(lo, x)
        hi = Swift.max(hi, x)
        losses &+= x < 0 ? 1 : 0
        bigLosses &+= x < bigLoss ? 1 : 0
      }
      sum += blockSum
      blockStart = blockEnd
    }
    let mean = shift + sum / Double(n)
    // Pass 2: the standard deviation, by the corrected two-pass formula. GSL's `gsl_stats_sd_m`
    // gives the same value (tested) but divides once per element in a dependent chain: measured 17 %
    // of the whole standard workload.
    let sd = standardDeviation(data, n: n, mean: mean)

    // Pass 3: fine-bin counts over [min, max]; the reported histogram's bins are unions of them.
    let fine = histogramBins * fineBinsPerBin
    let span = hi - lo
    let scale = span > 0 ? Double(fine) / span : 0
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: fine)
    counts.initialize(repeating: 0, count: fine)
    defer { counts.deallocate() }
    for i in 0..<n { counts[bin(data[i], lo: lo, scale: scale, fine: fine)] &+= 1 }

    // The ranks the quantiles need, and the bins that hold them.
    var cumulative = [Int](repeating: 0, count: fine + 1)
    for i in 0..<fine { cumulative[i + 1] = cumulative[i] + counts[i] }
    func binOf(rank: Int) -> Int {
      var low = 0
      var high = fine - 1
      while low < high {
        let mid = (low + high) / 2
        if cumulative[mid + 1] > rank { high = mid } else { low = mid + 1 }
      }
      return low
    }
    var ranks: [Int] = []
    let levels = Quantiles.levels + extraLevels
    for level in levels {
      let (lower, frac) = Quantiles.position(level, n: n)
      ranks.append(lower)
      if frac > 0 { ranks.append(lower + 1) }
    }
    // Pass 4: gather the values of the needed bins into one buffer, a segment per bin.
    let slotOfBin = UnsafeMutablePointer<Int32>.allocate(capacity: fine)
    slotOfBin.initialize(repeating: -1, count: fine)
    defer { slotOfBin.deallocate() }
    var segmentStart: [Int] = []
    var total = 0
    for rank in ranks {
      let b = binOf(rank: rank)
      if slotOfBin[b] < 0 {
        slotOfBin[b] = Int32(segmentStart.count)
        segmentStart.append(total)
        total += counts[b]
      }
    }
    let gathered = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(total, 1))
    defer { gathered.deallocate() }
    var fill = segmentStart
    for i in 0..<n {
      let x = data[i]
      let slot = slotOfBin[bin(x, lo: lo, scale: scale, fine: fine)]
      if slot >= 0 {
        gathered[fill[Int(slot)]] = x
        fill[Int(slot)] += 1
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

    // The reported histogram: GSL bins over [min, max], each the sum of its fine bins.
    let (edges, histogram) = try reportedHistogram(
      lo: lo, hi: hi, bins: histogramBins,
      fineCounts: Array(UnsafeBufferPointer(start: counts, count: fine)), fineLo: lo, fineWidth: span / Double(fine))
    return MonteCarloResult.Kommun(
      kommun: name, baselineAmount: baseline, mean: mean, sd: sd, standardError: sd / Double(n).squareRoot(),
      min: lo, p01: quantiles[0], p05: quantiles[1], p25: quantiles[2], p50: quantiles[3], p75: quantiles[4],
      p95: quantiles[5], p99: quantiles[6], max: hi, pLoss: Double(losses) / Double(n),
      pLoss10pct: Double(bigLosses) / Double(n), histogramEdges: edges, histogramCounts: histogram,
      extraQuantiles: Array(quantiles.dropFirst(Quantiles.levels.count)))
  }

  /// The sample standard deviation about `mean`: √((Σd² − (Σd)²/n) / (n − 1)), d = x − mean.
  static func standardDeviation(_ data: UnsafePointer<Double>, n: Int, mean: Double) -> Double {
    guard n > 1 else { return 0 }
    var squares = 0.0
    var deviations = 0.0
    for i in 0..<n {
      let d = data[i] - mean
      squares += d * d
      deviations += d
    }
    return Swift.max(0, (squares - deviations * deviations / Double(n)) / Double(n - 1)).squareRoot()
  }

  /// The fine bin of a value: `⌊(x − lo) · scale⌋`, clamped to [0, fine − 1] (monotone in `x`).
  @inline(__always)
  static func bin(_ x: Double, lo: Double, scale: Double, fine: Int) -> Int {
    Statistics.binIndex(x, lower: lo, scale: scale, bins: fine)
  }

  /// Re-bins fine counts into `bins` GSL histogram bins over [lo, hi] (widened when lo = hi).
  static func reportedHistogram(
    lo: Double, hi: Double, bins: Int, fineCounts: [Int], fineLo: Double, fineWidth: Double
  ) throws(GSLError) -> ([Double], [Int]) {
    let (lower, upper) = hi > lo ? (lo, hi) : (lo - 0.5, lo + 0.5)
    let histogram = try Histogram(bins: bins, lower: lower, upper: upper)
    for (i, count) in fineCounts.enumerated() where count > 0 {
      let midpoint = fineWidth > 0 ? fineLo + (Double(i) + 0.5) * fineWidth : lo
      try histogram.accumulate(min(max(midpoint, lower), upper), weight: Double(count))
    }
    return (histogram.edges, histogram.counts.map { Int($0.rounded()) })
  }
}
