import FordelaCLI
import Foundation

// The only place that touches the process: arguments, streams and the exit status.
let console = Console(
  out: { FileHandle.standardOutput.write(Data($0.utf8)) },
  err: { FileHandle.standardError.write(Data($0.utf8)) },
  errIsTerminal: isatty(STDERR_FILENO) == 1)
exit(CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()), console: console))
