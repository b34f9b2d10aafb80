extension GSLError: CustomStringConvertible {
  public var description: String { "GSL error in \(operation): \(reason) (status \(status))" }
}
