import Synchronization

/// Records the largest progress value reported from any thread.
final class ProgressProbe: Sendable {
  private let value = Mutex(0)
  func record(_ n: Int) { value.withLock { $0 = max($0, n) } }
  var maximum: Int { value.withLock { $0 } }
}
