import AllocationModel

/// A mistake on the command line or in a file the user named, with the message to show.
public struct CLIError: UserFacingError, Equatable {
  /// The complete message.
  public var description: String

  /// Creates an error with a message.
  public init(_ description: String) { self.description = description }
}
