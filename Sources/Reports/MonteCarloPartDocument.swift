import MonteCarlo

/// One shard of a Monte Carlo run, as `fordela run FILE --shard I/N --output part-I.json` writes it and
/// `fordela merge` reads it: a ``PartStamp``, the document's ``MonteCarloDocument/Frame`` and the shard's
/// mergeable ``StreamingPart``.
///
/// JSON: `{"kind": "monte_carlo_part", "part": PartStamp, "frame": Frame, "state": {"kommuner": [String],
/// "threads", "simulate_s", "fine_bins", "draws_claims", "losses": [Int], "big_losses": [Int], "baseline_kr",
/// "pilot_low", "pilot_high", "minimum", "maximum", "returned": f64, "moments": f64 (n, mean, m2 per chunk and
/// kommun), "counts": varint}}`; the fields marked f64 and varint are ``PackedNumbers`` (base64), so that every
/// double comes back bit for bit and a part of a 10^8-draw run stays small.
public struct MonteCarloPartDocument: Codable, Sendable, Hashable {
  /// Which run and shard.
  public var stamp: PartStamp
  /// The result document's fields that come from the scenario.
  public var frame: MonteCarloDocument.Frame
  /// The shard's statistics.
  public var state: StreamingPart

  /// Creates a part document; the stamp's seed, draws and shard are the state's.
  public init(engine: EngineStamp, frame: MonteCarloDocument.Frame, state: StreamingPart) {
    stamp = PartStamp(
      engine: engine, seed: state.seed, draws: state.draws, chunkSize: state.chunkSize, shard: state.shard.index,
      shards: state.shard.count)
    self.frame = frame
    self.state = state
  }

  enum CodingKeys: String, CodingKey {
    case kind, stamp = "part", frame, state
  }

  enum StateKeys: String, CodingKey {
    case kommuner, threads, simulateS = "simulate_s", fineBins = "fine_bins", drawsClaims = "draws_claims"
    case losses, bigLosses = "big_losses", baselineKr = "baseline_kr", pilotLow = "pilot_low"
    case pilotHigh = "pilot_high", minimum, maximum, returned, moments, counts
  }

  /// Reads a part; it must be of kind `monte_carlo_part` and its state must fit its stamp.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try c.decode(String.self, forKey: .kind)
    guard kind == PartKind.monteCarlo.rawValue else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [CodingKeys.kind], debugDescription: "a \(kind) part, not a monte_carlo_part"))
    }
    stamp = try c.decode(PartStamp.self, forKey: .stamp)
    frame = try c.decode(MonteCarloDocument.Frame.self, forKey: .frame)
    let s = try c.nestedContainer(keyedBy: StateKeys.self, forKey: .state)
    func doubles(_ key: StateKeys) throws -> [Double] {
      guard let values = PackedNumbers.decodeDoubles(try s.decode(String.self, forKey: key)) else {
        throw DecodingError.dataCorruptedError(forKey: key, in: s, debugDescription: "not packed doubles (base64)")
      }
      return values
    }
    guard let shard = Shard(index: stamp.shard, count: stamp.shards) else {
      throw DecodingError.dataCorruptedError(
        forKey: .stamp, in: c, debugDescription: "shard \(stamp.shard) of \(stamp.shards) does not exist")
    }
    guard let counts = PackedNumbers.decodeCounts(try s.decode(String.self, forKey: .counts)) else {
      throw DecodingError.dataCorruptedError(forKey: .counts, in: s, debugDescription: "not packed counts (base64)")
    }
    let packedMoments = try doubles(.moments)
    guard packedMoments.count % 3 == 0 else {
      throw DecodingError.dataCorruptedError(
        forKey: .moments, in: s, debugDescription: "not three numbers per chunk and kommun")
    }
    let moments = stride(from: 0, to: packedMoments.count, by: 3).map {
      Moments(n: packedMoments[$0], mean: packedMoments[$0 + 1], m2: packedMoments[$0 + 2])
    }
    guard stamp.draws >= 1, stamp.chunkSize >= 1 else {
      throw DecodingError.dataCorruptedError(forKey: .stamp, in: c, debugDescription: "no draws")
    }
    state = StreamingPart(
      draws: stamp.draws, seed: stamp.seed, chunkSize: stamp.chunkSize, shard: shard,
      threads: try s.decode(Int.self, forKey: .threads), kommuner: try s.decode([String].self, forKey: .kommuner),
      baseline: try doubles(.baselineKr), fineBins: try s.decode(Int.self, forKey: .fineBins),
      pilotLow: try doubles(.pilotLow), pilotHigh: try doubles(.pilotHigh), counts: counts,
      minimum: try doubles(.minimum), maximum: try doubles(.maximum), losses: try s.decode([Int].self, forKey: .losses),
      bigLosses: try s.decode([Int].self, forKey: .bigLosses), moments: moments,
      drawsClaims: try s.decode(Bool.self, forKey: .drawsClaims), returned: try doubles(.returned),
      simulateSeconds: try s.decode(Double.self, forKey: .simulateS))
    if state.fineBins < 1 || state.fineBins > 1 << 24 {
      throw DecodingError.dataCorruptedError(forKey: .fineBins, in: s, debugDescription: "out of range")
    }
    if let problem = state.shapeProblem {
      throw DecodingError.dataCorruptedError(forKey: .state, in: c, debugDescription: problem)
    }
  }

  /// Writes the part.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(PartKind.monteCarlo, forKey: .kind)
    try c.encode(stamp, forKey: .stamp)
    try c.encode(frame, forKey: .frame)
    var s = c.nestedContainer(keyedBy: StateKeys.self, forKey: .state)
    try s.encode(state.kommuner, forKey: .kommuner)
    try s.encode(state.threads, forKey: .threads)
    try s.encode(state.simulateSeconds, forKey: .simulateS)
    try s.encode(state.fineBins, forKey: .fineBins)
    try s.encode(state.drawsClaims, forKey: .drawsClaims)
    try s.encode(state.losses, forKey: .losses)
    try s.encode(state.bigLosses, forKey: .bigLosses)
    try s.encode(PackedNumbers.encode(doubles: state.baseline), forKey: .baselineKr)
    try s.encode(PackedNumbers.encode(doubles: state.pilotLow), forKey: .pilotLow)
    try s.encode(PackedNumbers.encode(doubles: state.pilotHigh), forKey: .pilotHigh)
    try s.encode(PackedNumbers.encode(doubles: state.minimum), forKey: .minimum)
    try s.encode(PackedNumbers.encode(doubles: state.maximum), forKey: .maximum)
    try s.encode(PackedNumbers.encode(doubles: state.returned), forKey: .returned)
    try s.encode(PackedNumbers.encode(doubles: state.moments.flatMap { [$0.n, $0.mean, $0.m2] }), forKey: .moments)
    try s.encode(PackedNumbers.encode(counts: state.counts), forKey: .counts)
  }
}
