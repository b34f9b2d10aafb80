/// What every shard's part records so that `fordela merge` combines only parts of one run: the engine and
/// scenario (``EngineStamp``: version, data and scenario hashes), the seed, the draws, the chunk size and
/// which shard of how many it is.
///
/// JSON: `{"engine": EngineStamp, "seed", "draws", "chunk_size", "shard", "shards"}`.
public struct PartStamp: Codable, Sendable, Hashable {
  /// What computed the part and from which scenario.
  public var engine: EngineStamp
  /// The seed of the run.
  public var seed: UInt64
  /// The draws of the whole run.
  public var draws: Int
  /// Draws per chunk.
  public var chunkSize: Int
  /// The part's shard, 0-based.
  public var shard: Int
  /// The number of shards of the run.
  public var shards: Int

  /// Creates a stamp.
  public init(engine: EngineStamp, seed: UInt64, draws: Int, chunkSize: Int, shard: Int, shards: Int) {
    self.engine = engine
    self.seed = seed
    self.draws = draws
    self.chunkSize = chunkSize
    self.shard = shard
    self.shards = shards
  }

  /// The first field in which two parts' stamps differ so that they cannot be of one run, as
  /// `(field, this value, other value)`, or `nil`. The run dates may differ.
  public func mismatch(_ other: PartStamp) -> (field: String, this: String, other: String)? {
    let fields: [(String, String, String)] = [
      ("engine version", engine.version, other.engine.version),
      ("data hash", engine.dataHash, other.engine.dataHash),
      ("scenario hash", engine.scenarioHash ?? "none", other.engine.scenarioHash ?? "none"),
      ("seed", "\(seed)", "\(other.seed)"), ("number of draws", "\(draws)", "\(other.draws)"),
      ("chunk size", "\(chunkSize)", "\(other.chunkSize)"), ("number of shards", "\(shards)", "\(other.shards)"),
    ]
    return fields.first { $0.1 != $0.2 }.map { (field: $0.0, this: $0.1, other: $0.2) }
  }

  enum CodingKeys: String, CodingKey {
    case engine, seed, draws, chunkSize = "chunk_size", shard, shards
  }
}
