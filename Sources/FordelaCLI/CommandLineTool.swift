import AllocationModel
import ArgumentParser
import ScenarioFormat

/// Runs `fordela` on a list of arguments: parsing, dispatch and the mapping of errors to exit codes.
///
/// Exit codes: 0 success, 2 a user error (bad flag, bad file, impossible input), 1 an internal error.
/// Messages go to the console's error stream, one paragraph, without a stack trace.
public enum CommandLineTool {
  /// The exit status of a run that went wrong because of the user's input.
  public static let userErrorStatus: Int32 = 2

  /// The exit status of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).
  public static let interruptedStatus: Int32 = 130

  /// Handles Ctrl-C: clears the progress line, removes unfinished output files and says that nothing
  /// was written; returns the status to exit with.
  ///
  /// Outputs are only ever written at the end of a run, each through a temporary file and a rename
  /// (``AtomicFile``), so an interrupted run leaves no result behind.
  public static func interrupted(console: Console) -> Int32 {
    AtomicFile.discardUnfinished()
    if console.errIsTerminal { console.err("\r" + String(repeating: " ", count: 79) + "\r") }
    console.err("fordela: interrupted: nothing written\n")
    return interruptedStatus
  }

  /// Parses `arguments` (without the program name) and runs the chosen command.
  public static func run(arguments: [String], console: Console) -> Int32 {
    do {
      var command = try FordelaCommand.parseAsRoot(arguments)
      if let command = command as? ConsoleCommand {
        try command.run(console: console)
      } else {
        // The root command and ArgumentParser's `help` command print nothing themselves: they throw a
        // help request for the command they stand for, which the handler below prints.
        try command.run()
      }
      return 0
    } catch let error as UserFacingError {
      console.err("fordela: error: \(error.description)\n")
      return userErrorStatus
    } catch {
      // Help, version and usage errors come from ArgumentParser, with its own messages.
      switch FordelaCommand.exitCode(for: error) {
      case .success:
        console.out(FordelaCommand.fullMessage(for: error) + "\n")
        return 0
      case .validationFailure:
        console.err(FordelaCommand.fullMessage(for: error) + "\n")
        return userErrorStatus
      default:
        console.err("fordela: internal error: \(error)\n")
        return 1
      }
    }
  }
}
