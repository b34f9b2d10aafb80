import CGSL

/// A GSL function reported failure; the status code and GSL's own words.
public struct GSLError: Error, CustomStringConvertible, Sendable, Equatable {
  /// GSL's status code (`GSL_EDOM`, `GSL_ENOMEM`, …).
  public var status: Int32
  /// What was being done.
  public var context: String

  /// Creates an error from a status code.
  public init(status: Int32, context: String) {
    self.status = status
    self.context = context
  }

  public var description: String {
    "GSL failed while \(context): \(String(cString: gsl_strerror(status))) (status \(status))"
  }
}

/// Process-wide GSL set-up.
public enum GSL {
  /// Switches GSL's abort-on-error handler off, once; every call site checks status codes instead.
  ///
  /// Every wrapper calls this before its first GSL call, so no other code needs to.
  public static func setUp() { _ = handlerOff }

  private static let handlerOff: Bool = {
    gsl_set_error_handler_off()
    return true
  }()

  /// Throws a ``GSLError`` unless `status` is `GSL_SUCCESS`.
  public static func check(_ status: Int32, _ context: @autoclosure () -> String) throws(GSLError) {
    guard status == Int32(GSL_SUCCESS) else { throw GSLError(status: status, context: context()) }
  }
}
