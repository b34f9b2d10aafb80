import Foundation

/// Extra checks of every result before it is written: on with the hidden flag `--internal-checks` or with
/// `FORDELA_INTERNAL_CHECKS=1` in the environment.
///
/// The checks run once on the finished result, never inside the engine's loops. A failed check is a bug in
/// fordela, not a mistake in the input: the command stops with exit status 1 and writes nothing.
enum InternalChecks {
  /// The environment variable that turns the checks on for every command.
  static let environmentVariable = "FORDELA_INTERNAL_CHECKS"

  /// Whether the checks are on: the flag, or the environment variable set to 1.
  static func enabled(flag: Bool) -> Bool {
    flag || ProcessInfo.processInfo.environment[environmentVariable] == "1"
  }

  /// Throws when a result broke any guarantee.
  static func require(_ violations: [String], in what: String) throws(InternalCheckFailure) {
    guard violations.isEmpty else { throw InternalCheckFailure(what: what, violations: violations) }
  }
}
