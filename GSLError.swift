import CGSL

/// A GSL call that failed: its status code and GSL's message for it.
public struct GSLError: Error, Sendable, Hashable {
  /// The GSL status code (`GSL_EDOM`, `GSL_EINVAL`, `GSL_ENOMEM`, …).
  public var status: Int32
  /// The GSL function or operation that failed.
  public var operation: String

  /// Creates an error for a status returned by an operation.
  public init(status: Int32, operation: String) {
    self.status = status
    self.operation = operation
  }

  /// GSL's own description of the status.
  public var reason: String { String(cString: gsl_strerror(status)) }
}
