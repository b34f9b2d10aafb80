import Synchronization
import Testing

@testable import FordelaCLI

/// The progress bar: drawn only on a terminal and without --quiet; rate and time left.
@Suite struct ProgressBarTests {
  @Test func theLineShowsShareRateAndTimeLeft() {
    let line = ProgressBar.line(done: 250_000, total: 1_000_000, elapsed: 2, unit: "draws")
    #expect(line.hasPrefix("[#######-----------------------]  25 %"))
    #expect(line.contains("125 k draws/s"))
    #expect(line.contains("ETA 6 s"))
    #expect(line.count <= 80)
  }

  @Test func nothingIsDrawnWhenStandardErrorIsNotATerminalOrQuiet() {
    let written = Mutex("")
    let console = Console(out: { _ in }, err: { s in written.withLock { $0 += s } }, errIsTerminal: false)
    let bar = ProgressBar(total: 10, unit: "draws", console: console, quiet: false)
    bar.update(5)
    bar.finish()
    let quietConsole = Console(out: { _ in }, err: { s in written.withLock { $0 += s } }, errIsTerminal: true)
    let quiet = ProgressBar(total: 10, unit: "draws", console: quietConsole, quiet: true)
    quiet.update(5)
    quiet.finish()
    #expect(written.withLock { $0 }.isEmpty)
  }
}
