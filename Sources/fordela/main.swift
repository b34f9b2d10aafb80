import FordelaCLI
import Foundation

// The only place that touches the process: arguments, streams, signals and the exit status.
let console = Console(
  out: { FileHandle.standardOutput.write(Data($0.utf8)) },
  err: { FileHandle.standardError.write(Data($0.utf8)) },
  errIsTerminal: isatty(STDERR_FILENO) == 1)

// Ctrl-C: say so, clear the progress line, discard unfinished outputs and exit 130, as shells expect.
// SIGINT is blocked before any other thread exists, so every thread inherits the mask, and one thread
// waits for it.
var interrupt = sigset_t()
sigemptyset(&interrupt)
sigaddset(&interrupt, SIGINT)
pthread_sigmask(SIG_BLOCK, &interrupt, nil)
let watcher = Thread {
  var signals = sigset_t()
  sigemptyset(&signals)
  sigaddset(&signals, SIGINT)
  var received: Int32 = 0
  if sigwait(&signals, &received) == 0 { exit(CommandLineTool.interrupted(console: console)) }
}
watcher.start()

exit(CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()), console: console))
