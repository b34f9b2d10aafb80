/// The step-1 weight of each area class (officially UO 1, RO 2, SUO 3).
public struct ClassWeights: Sendable, Hashable, Codable {
  /// Weight of an *utsatt område*.
  public var uo: Double
  /// Weight of a *riskområde*.
  public var ro: Double
  /// Weight of a *särskilt utsatt område*.
  public var suo: Double

  /// Creates weights for the three classes.
  public init(uo: Double, ro: Double, suo: Double) {
    self.uo = uo
    self.ro = ro
    self.suo = suo
  }

  /// The weights of Bilaga 1, step 1: UO ×1, RO ×2, SUO ×3.
  public static let official = ClassWeights(uo: 1, ro: 2, suo: 3)

  /// The weight of one area of the given class.
  public subscript(areaClass: AreaClass) -> Double {
    get {
      switch areaClass {
      case .uo: uo
      case .ro: ro
      case .suo: suo
      }
    }
    set {
      switch areaClass {
      case .uo: uo = newValue
      case .ro: ro = newValue
      case .suo: suo = newValue
      }
    }
  }
}
