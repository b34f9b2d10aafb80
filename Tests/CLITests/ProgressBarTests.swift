import Synchronization
import Testing

@testable import FordelaCLI

/// The progress bar: drawn only on a terminal and without --quiet, first after a second, at most every
/// tenth of a second; rate and time left; its line cleared when done. Time comes from a test clock.
@Suite struct ProgressBarTests {
  /// A clock the test moves by hand, and everything written to standard error.
  final class Rig: Sendable {
    let time = Mutex(100.0)
    let written = Mutex("")

    func console(terminal: Bool = true) -> Console {
      Console(out: { _ in }, err: { s in self.written.withLock { $0 += s } }, errIsTerminal: terminal)
    }

    func bar(total: Int = 1_000, terminal: Bool = true, quiet: Bool = false) -> ProgressBar {
      ProgressBar(
        total: total, unit: "draws", console: console(terminal: terminal), quiet: quiet,
        clock: { self.time.withLock { $0 } })
    }

    func advance(_ seconds: Double) { time.withLock { $0 += seconds } }

    /// What was written since the last call.
    func take() -> String {
      written.withLock { w in
        defer { w = "" }; return w
      }
    }
  }

  @Test func theLineShowsShareRateAndTimeLeft() {
    let line = ProgressBar.line(done: 250_000, total: 1_000_000, elapsed: 2, unit: "draws")
    #expect(line.hasPrefix("[#######-----------------------]  25 %"))
    #expect(line.contains("125 k draws/s"))
    #expect(line.contains("ETA 6 s"))
    #expect(line.count <= 80)
    #expect(ProgressBar.line(done: 3_000_000, total: 4_000_000, elapsed: 1, unit: "draws").contains("3.0 M draws/s"))
    #expect(ProgressBar.line(done: 50, total: 100, elapsed: 1, unit: "draws").contains(" 50 draws/s  ETA 1 s"))
  }

  @Test func nothingIsDrawnInTheFirstSecondThenTheBarWithRateAndTimeLeft() {
    let rig = Rig()
    let bar = rig.bar()
    rig.advance(0.99)
    bar.update(100)
    #expect(rig.take().isEmpty, "a run shorter than a second shows no bar")
    rig.advance(1.01)  // 2 s in
    bar.update(250)
    #expect(rig.take() == "\r" + ProgressBar.line(done: 250, total: 1_000, elapsed: 2, unit: "draws"))
    #expect(ProgressBar.line(done: 250, total: 1_000, elapsed: 2, unit: "draws").hasSuffix("125 draws/s  ETA 6 s"))
  }

  @Test func redrawsAtMostEveryTenthOfASecondButAlwaysAtTheEnd() {
    let rig = Rig()
    let bar = rig.bar()
    rig.advance(1.5)
    bar.update(300)
    #expect(!rig.take().isEmpty)
    rig.advance(0.05)
    bar.update(310)
    #expect(rig.take().isEmpty, "within the interval")
    rig.advance(0.06)
    bar.update(320)
    #expect(rig.take().hasPrefix("\r[#########"), "after the interval")
    bar.update(1_000)
    #expect(rig.take().contains("100 %"), "the last update is drawn even within the interval")
  }

  @Test func finishClearsTheLineOnlyWhenTheBarWasDrawn() {
    let rig = Rig()
    let short = rig.bar()
    short.update(500)
    short.finish()
    #expect(rig.take().isEmpty, "nothing drawn, nothing cleared")
    let long = rig.bar()
    rig.advance(3)
    long.update(500)
    _ = rig.take()
    long.finish()
    #expect(rig.take() == ProgressBar.clearLine)
    #expect(ProgressBar.clearLine == "\r" + String(repeating: " ", count: 79) + "\r")
  }

  @Test func nothingIsDrawnWhenStandardErrorIsNotATerminalOrQuiet() {
    let rig = Rig()
    let bars = [rig.bar(terminal: false), rig.bar(quiet: true)]
    rig.advance(5)
    for bar in bars {
      bar.update(500)
      bar.update(1_000)
      bar.finish()
    }
    #expect(rig.take().isEmpty)
    // The same updates on a terminal draw, so the silence above is the flags' doing.
    let shown = rig.bar()
    rig.advance(5)
    shown.update(500)
    #expect(!rig.take().isEmpty)
  }
}
