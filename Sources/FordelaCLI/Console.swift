/// Where a command writes: standard output, standard error, and whether they are terminals.
///
/// Commands never touch the process's streams directly; `main.swift` passes the real ones and
/// tests pass buffers.
public struct Console: Sendable {
  /// Writes text to standard output.
  public var out: @Sendable (String) -> Void
  /// Writes text to standard error.
  public var err: @Sendable (String) -> Void
  /// Whether standard error is a terminal (progress is shown only then).
  public var errIsTerminal: Bool

  /// Creates a console from two writers.
  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    errIsTerminal: Bool = false
  ) {
    self.out = out
    self.err = err
    self.errIsTerminal = errIsTerminal
  }
}
