/// Every flat buffer of one ``DrawKernel``, carved from a single allocation that this type makes and frees.
///
/// The hot loop reads and writes through raw pointers (no bounds checks, no retains), but none of
/// them is allocated or freed on its own: they all live in one block owned here, so a kernel's
/// scratch and its copy of the model cannot leak or be freed twice.
final class KernelBuffers {
  /// Per kommun: the draw's weight, count, population and amount, and the Normal growth variates.
  let weight: UnsafeMutablePointer<Double>
  let count: UnsafeMutablePointer<Int32>
  let population: UnsafeMutablePointer<Double>
  let growth: UnsafeMutablePointer<Double>
  let amount: UnsafeMutablePointer<Double>
  /// Per listed unit that may change: its class rank after the draw, or -1 when the draw delisted it
  /// (filled only by ``DrawKernel/forEachDraw(chunk:draws:_:)``).
  let unitClassAfter: UnsafeMutablePointer<Int32>
  /// Per kommun, from the model: weight and count before the draw's changes, population, growth, baseline.
  let startWeight: UnsafeMutablePointer<Double>
  let startCount: UnsafeMutablePointer<Int32>
  let basePopulation: UnsafeMutablePointer<Double>
  let growthMean: UnsafeMutablePointer<Double>
  let growthSD: UnsafeMutablePointer<Double>
  let baseline: UnsafeMutablePointer<Double>
  /// Per listed unit that may change: its kommun, class rank and no-change threshold on a 32-bit uniform.
  let unitKommun: UnsafeMutablePointer<Int32>
  let unitClass: UnsafeMutablePointer<Int32>
  let unitStay: UnsafeMutablePointer<UInt64>
  /// Per class rank, four outcome slots: 32-bit thresholds (cumulative), weight and count changes,
  /// and the class rank after the outcome (-1: delisted).
  let outcomeThreshold: UnsafeMutablePointer<UInt64>
  let outcomeWeight: UnsafeMutablePointer<Double>
  let outcomeCount: UnsafeMutablePointer<Int32>
  let outcomeClass: UnsafeMutablePointer<Int32>
  /// The kommun index of each landing-table entry.
  let landingKommun: UnsafeMutablePointer<Int32>

  private let block: UnsafeMutableRawPointer

  /// Outcome slots per class rank (a class has at most three other classes or delisting).
  static let outcomeSlots = 4

  init(model: CompiledModel) {
    let k = model.names.count
    let units = model.unitKommun.count
    let slots = Self.outcomeSlots * model.outcomes.count
    var thresholds = [UInt64](repeating: UInt64.max, count: slots)
    var deltas = [Double](repeating: 0, count: slots)
    var counts = [Int32](repeating: 0, count: slots)
    var targets = [Int32](repeating: -1, count: slots)
    for (c, list) in model.outcomes.enumerated() {
      for (o, outcome) in list.enumerated() {
        let slot = Self.outcomeSlots * c + o
        thresholds[slot] = outcome.cumulative.isInfinite ? UInt64.max : DrawKernel.threshold(outcome.cumulative)
        deltas[slot] = outcome.weightDelta
        counts[slot] = outcome.countDelta
        targets[slot] = outcome.toClass
      }
    }

    // One pass to lay the buffers out (each 64-byte aligned), one allocation, one pass to place them.
    var layout = Layout()
    let offsets = (
      weight: layout.reserve(Double.self, k), count: layout.reserve(Int32.self, k),
      population: layout.reserve(Double.self, k), growth: layout.reserve(Double.self, k),
      amount: layout.reserve(Double.self, k), unitClassAfter: layout.reserve(Int32.self, units),
      startWeight: layout.reserve(Double.self, k),
      startCount: layout.reserve(Int32.self, k), basePopulation: layout.reserve(Double.self, k),
      growthMean: layout.reserve(Double.self, k), growthSD: layout.reserve(Double.self, k),
      baseline: layout.reserve(Double.self, k), unitKommun: layout.reserve(Int32.self, units),
      unitClass: layout.reserve(Int32.self, units), unitStay: layout.reserve(UInt64.self, units),
      outcomeThreshold: layout.reserve(UInt64.self, slots), outcomeWeight: layout.reserve(Double.self, slots),
      outcomeCount: layout.reserve(Int32.self, slots), outcomeClass: layout.reserve(Int32.self, slots),
      landingKommun: layout.reserve(Int32.self, max(model.landingKommun.count, 1))
    )
    block = .allocate(byteCount: max(layout.size, Layout.alignment), alignment: Layout.alignment)
    let block = self.block
    func place<T>(_ offset: Int, _ values: [T]) -> UnsafeMutablePointer<T> {
      let pointer = (block + offset).bindMemory(to: T.self, capacity: max(values.count, 1))
      pointer.initialize(from: values, count: values.count)
      return pointer
    }
    func place<T>(_ offset: Int, repeating value: T, count: Int) -> UnsafeMutablePointer<T> {
      let pointer = (block + offset).bindMemory(to: T.self, capacity: max(count, 1))
      pointer.initialize(repeating: value, count: count)
      return pointer
    }
    weight = place(offsets.weight, repeating: 0.0, count: k)
    count = place(offsets.count, repeating: Int32(0), count: k)
    population = place(offsets.population, repeating: 0.0, count: k)
    growth = place(offsets.growth, repeating: 0.0, count: k)
    amount = place(offsets.amount, repeating: 0.0, count: k)
    unitClassAfter = place(offsets.unitClassAfter, model.unitClass)
    startWeight = place(offsets.startWeight, model.startWeight)
    startCount = place(offsets.startCount, model.startCount)
    basePopulation = place(offsets.basePopulation, model.population)
    growthMean = place(offsets.growthMean, model.growthMean)
    growthSD = place(offsets.growthSD, model.growthSD)
    baseline = place(offsets.baseline, model.baseline)
    unitKommun = place(offsets.unitKommun, model.unitKommun)
    unitClass = place(offsets.unitClass, model.unitClass)
    unitStay = place(offsets.unitStay, model.unitClass.map { DrawKernel.threshold(model.stay[Int($0)]) })
    outcomeThreshold = place(offsets.outcomeThreshold, thresholds)
    outcomeWeight = place(offsets.outcomeWeight, deltas)
    outcomeCount = place(offsets.outcomeCount, counts)
    outcomeClass = place(offsets.outcomeClass, targets)
    landingKommun = place(offsets.landingKommun, model.landingKommun.isEmpty ? [0] : model.landingKommun)
  }

  // Every element is a trivial type: the block is freed without deinitialising them.
  deinit { block.deallocate() }

  /// Byte offsets of buffers in one block, each aligned to a cache line.
  private struct Layout {
    static let alignment = 64
    var size = 0

    mutating func reserve<T>(_: T.Type, _ count: Int) -> Int {
      let offset = (size + Self.alignment - 1) / Self.alignment * Self.alignment
      size = offset + max(count, 1) * MemoryLayout<T>.stride
      return offset
    }
  }
}
