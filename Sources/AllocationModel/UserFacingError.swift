/// An error caused by the user's input, whose description is a complete message for them.
///
/// The command line prints the description without a stack trace and exits with status 2.
public protocol UserFacingError: Error, CustomStringConvertible {}

extension AllocationError: UserFacingError {}
extension BasisError: UserFacingError {}
