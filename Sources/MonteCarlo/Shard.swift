/// One of `count` shards of a Monte Carlo run: the chunks of draws it computes on its own, for
/// ``MonteCarloEngine/merge(_:options:)`` to combine exactly.
///
/// Chunk `c` belongs to shard `c mod count` (round robin): the shards get equal numbers of chunks to
/// within one, whatever the number of draws, and a shard whose index is beyond the last chunk holds none.
public struct Shard: Sendable, Hashable {
  /// The shard's 0-based index, below ``count``.
  public let index: Int
  /// The number of shards of the run.
  public let count: Int

  /// The shard `index` of `count`, or `nil` unless `0 ≤ index < count`.
  public init?(index: Int, count: Int) {
    guard count >= 1, (0..<count).contains(index) else { return nil }
    self.init(unchecked: index, of: count)
  }

  /// The one shard of a run that is not sharded.
  public static let whole = Shard(unchecked: 0, of: 1)

  private init(unchecked index: Int, of count: Int) {
    self.index = index
    self.count = count
  }

  /// The shard's chunks among `chunks`, in chunk order.
  public func chunks(of chunks: Int) -> ChunkList {
    ChunkList(start: index, step: count, count: index < chunks ? (chunks - 1 - index) / count + 1 : 0)
  }

  /// The shard that holds a chunk, and the chunk's position among that shard's chunks.
  public func owner(ofChunk chunk: Int) -> (shard: Int, position: Int) { (chunk % count, chunk / count) }
}

/// Chunks in increasing order at a fixed step: `start`, `start + step`, … (`count` of them).
public struct ChunkList: Sendable, Hashable, RandomAccessCollection {
  /// The first chunk.
  public let start: Int
  /// The distance between consecutive chunks.
  public let step: Int
  /// The number of chunks.
  public let count: Int

  /// Every chunk of `chunks`, in order.
  public static func all(_ chunks: Int) -> ChunkList { ChunkList(start: 0, step: 1, count: chunks) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  /// The chunk at a position.
  public subscript(position: Int) -> Int { start + position * step }
}
