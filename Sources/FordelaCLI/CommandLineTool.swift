import AllocationModel
import ArgumentParser

/// Runs `fordela` on a list of arguments: parsing, dispatch and the mapping of errors to exit codes.
///
/// Exit codes: 0 success, 2 a user error (bad flag, bad file, impossible input), 1 an internal error.
/// Messages go to the console's error stream, one paragraph, without a stack trace.
public enum CommandLineTool {
  /// The exit status of a run that went wrong because of the user's input.
  public static let userErrorStatus: Int32 = 2

  /// Parses `arguments` (without the program name) and runs the chosen command.
  public static func run(arguments: [String], console: Console) -> Int32 {
    let command: ParsableCommand
    do {
      command = try FordelaCommand.parseAsRoot(arguments)
    } catch {
      let status = FordelaCommand.exitCode(for: error)
      let message = FordelaCommand.fullMessage(for: error)
      if status == .success {
        console.out(message + "\n")
        return 0
      }
      console.err(message + "\n")
      return userErrorStatus
    }
    do {
      if let command = command as? ConsoleCommand {
        try command.run(console: console)
      } else {
        console.out(FordelaCommand.helpMessage() + "\n")
      }
      return 0
    } catch let error as UserFacingError {
      console.err("fordela: error: \(error.description)\n")
      return userErrorStatus
    } catch {
      let status = FordelaCommand.exitCode(for: error)
      let message = FordelaCommand.fullMessage(for: error)
      if status == .success {
        console.out(message + "\n")
        return 0
      }
      if error is ValidationError || error is CleanExit {
        console.err(message + "\n")
        return userErrorStatus
      }
      console.err("fordela: internal error: \(error)\n")
      return 1
    }
  }
}
