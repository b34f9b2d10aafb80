import Foundation
import Synchronization

/// A progress bar with rate and time left, drawn on standard error when it is a terminal.
///
/// It redraws at most ten times a second, only after the run has lasted a second, and clears its
/// line when done. When standard error is not a terminal, or with `--quiet`, it draws nothing.
final class ProgressBar: Sendable {
  /// Seconds from a fixed origin, never decreasing.
  typealias Clock = @Sendable () -> Double

  /// The seconds a run lasts before the bar first shows.
  static let delay = 1.0
  /// The least time between two redraws, in seconds.
  static let interval = 0.1
  /// The sequence that clears the bar's line.
  static let clearLine = "\r" + String(repeating: " ", count: 79) + "\r"

  private let total: Int
  private let unit: String
  private let console: Console
  private let enabled: Bool
  private let clock: Clock
  private let start: Double
  private let state = Mutex(State())

  private struct State {
    var lastDraw: Double?
    var drawn = false
  }

  /// Creates a bar for `total` units of work, timed by `clock` (the system's monotonic clock by default).
  init(total: Int, unit: String, console: Console, quiet: Bool, clock: @escaping Clock = ProgressBar.monotonic) {
    self.total = max(total, 1)
    self.unit = unit
    self.console = console
    self.enabled = console.errIsTerminal && !quiet
    self.clock = clock
    self.start = clock()
  }

  /// Seconds on the system's monotonic clock.
  static let monotonic: Clock = {
    let origin = ContinuousClock.now
    return { seconds(ContinuousClock.now - origin) }
  }()

  /// Reports that `done` units are complete; safe to call from any thread.
  func update(_ done: Int) {
    guard enabled else { return }
    let now = clock()
    let elapsed = now - start
    guard elapsed >= Self.delay else { return }
    let line: String? = state.withLock { state in
      if let last = state.lastDraw, now - last < Self.interval, done < total { return nil }
      state.lastDraw = now
      state.drawn = true
      return Self.line(done: done, total: total, elapsed: elapsed, unit: unit)
    }
    if let line { console.err("\r" + line) }
  }

  /// Clears the bar's line, if it was drawn.
  func finish() {
    let drawn = state.withLock { $0.drawn }
    if drawn { console.err(Self.clearLine) }
  }

  /// The text of the bar: `[#####-----]  45 %  1,2 M draws/s  ETA 3 s`.
  static func line(done: Int, total: Int, elapsed: Double, unit: String) -> String {
    let fraction = min(1, Double(done) / Double(total))
    let width = 30
    let filled = Int((fraction * Double(width)).rounded(.down))
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let remaining = rate > 0 ? Double(total - done) / rate : 0
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    let percent = String(Int((fraction * 100).rounded(.down))).leftPadded(to: 3)
    return "[\(bar)] \(percent) %  \(humanRate(rate)) \(unit)/s  ETA \(Int(remaining.rounded(.up))) s"
  }

  private static func humanRate(_ rate: Double) -> String {
    rate >= 1e6
      ? String(format: "%.1f M", rate / 1e6) : rate >= 1e3 ? String(format: "%.0f k", rate / 1e3) : "\(Int(rate))"
  }

  private static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
