import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemKill = Glibc.kill
#elseif canImport(Darwin)
  import Darwin
  private let systemKill = Darwin.kill
#endif

/// A child process started with the default signal actions and nothing blocked, as a shell starts a
/// foreground command, so that a test can send it SIGINT like Ctrl-C does.
///
/// Foundation's `Process` is no use here: its child inherits the spawning thread's signal mask, and the
/// test runner's worker threads block SIGINT and SIGTERM, so the child would never see them.
struct SignalledProcess {
  /// The child's process id.
  let pid: pid_t

  /// Starts `executable` with `arguments`, standard output going to /dev/null and standard error to
  /// `errorPath` (default /dev/null).
  init(executable: String, arguments: [String], errorPath: String = "/dev/null") throws {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGTERM)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    guard rc == 0 else { throw CocoaError(.executableLoad) }
    self.pid = pid
  }

  /// Sends a signal.
  func send(_ signal: Int32) { _ = systemKill(pid, signal) }

  /// The raw wait status once the child has ended, or `nil` if it is still running after `timeout`.
  func wait(timeout: Duration) -> Int32? {
    let deadline = ContinuousClock.now + timeout
    var status: Int32 = 0
    while ContinuousClock.now < deadline {
      if waitpid(pid, &status, WNOHANG) == pid { return status }
      usleep(20_000)
    }
    return nil
  }

  /// Kills the child for good and reaps it.
  func killAndReap() {
    send(SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
  }

  /// The exit status of a child that exited, from its wait status, or `nil` if a signal ended it.
  static func exitStatus(_ status: Int32) -> Int32? {
    status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
  }

  /// The signal that ended a child, from its wait status, or `nil` if it exited.
  static func terminatingSignal(_ status: Int32) -> Int32? {
    let signal = status & 0x7F
    return signal == 0 || signal == 0x7F ? nil : signal
  }
}
