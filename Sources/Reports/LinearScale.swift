/// Maps values in a domain to positions in a range, with round tick values for an axis.
struct LinearScale {
  var domain: ClosedRange<Double>
  var range: ClosedRange<Double>

  /// A scale over a domain widened to include zero and padded a little; never empty.
  init(covering values: [Double], range: ClosedRange<Double>, includeZero: Bool = true) {
    var lo = values.filter(\.isFinite).min() ?? 0
    var hi = values.filter(\.isFinite).max() ?? 0
    if includeZero {
      lo = min(lo, 0)
      hi = max(hi, 0)
    }
    if hi - lo < 1 {
      lo -= 1
      hi += 1
    }
    let pad = (hi - lo) * 0.04
    domain = (lo - pad)...(hi + pad)
    self.range = range
  }

  /// The position of a value.
  func callAsFunction(_ value: Double) -> Double {
    let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
    return range.lowerBound + t * (range.upperBound - range.lowerBound)
  }

  /// About `count` round values inside the domain (1, 2 or 5 × a power of ten apart).
  func ticks(count: Int = 6) -> [Double] {
    let span = domain.upperBound - domain.lowerBound
    let raw = span / Double(max(count, 1))
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
    var tick = (domain.lowerBound / step).rounded(.up) * step
    var out: [Double] = []
    while tick <= domain.upperBound && out.count < 50 {
      out.append(abs(tick) < step * 1e-9 ? 0 : tick)
      tick += step
    }
    return out
  }
}
