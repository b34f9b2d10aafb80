import AllocationModel

/// A value for each area class, encoded as `{"UO": …, "RO": …, "SUO": …}`.
public struct ClassValues<Value: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
  /// The value for UO.
  public var uo: Value
  /// The value for RO.
  public var ro: Value
  /// The value for SUO.
  public var suo: Value

  /// Creates the values of the three classes.
  public init(uo: Value, ro: Value, suo: Value) {
    self.uo = uo
    self.ro = ro
    self.suo = suo
  }

  /// Creates the values from a function of the class.
  public init(_ value: (AreaClass) -> Value) {
    self.init(uo: value(.uo), ro: value(.ro), suo: value(.suo))
  }

  /// The value of a class.
  public subscript(areaClass: AreaClass) -> Value {
    switch areaClass {
    case .uo: uo
    case .ro: ro
    case .suo: suo
    }
  }

  enum CodingKeys: String, CodingKey {
    case uo = "UO", ro = "RO", suo = "SUO"
  }
}
