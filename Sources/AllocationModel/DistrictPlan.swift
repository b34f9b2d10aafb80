/// How a kommun splits its amount over its districts: fixed earmarks, then the rest by the weighted
/// population living in the listed areas of each district (`docs/domain.md`, "Within a kommun").
///
/// District `d` gets `earmark_d + R · Σ_{a∈d} w(class_a)·pop_a / Σ_a w(class_a)·pop_a`, where
/// `R = kommun amount − Σ earmarks` and the sums run over the parts whose area counts in the basis.
/// An area that spans several districts has one part per district, each with its own population.
/// A plan is fixed once made: its district order and the indices derived from it depend on every field.
public struct DistrictPlan: Sendable, Hashable, Codable {
  /// The population of one area living in one district.
  public struct Part: Sendable, Hashable, Codable {
    /// The area's name, as on the police list (a current or a former name).
    public var area: String
    /// The district the part lies in.
    public var district: String
    /// The number of inhabitants of the area living in the district.
    public var population: Double

    /// Creates a part.
    public init(area: String, district: String, population: Double) {
      self.area = area
      self.district = district
      self.population = population
    }
  }

  /// The kommun whose amount is split.
  public let kommun: String
  /// The fixed sum of each district that has one, in kronor.
  public let earmarks: [String: Double]
  /// The weight per inhabitant of an area of each class.
  public let classWeights: ClassWeights
  /// The parts, in the order they were given.
  public let parts: [Part]
  /// Every district named by an earmark or a part, in Swedish name order: the order of every result.
  public let districts: [String]
  /// The position in ``districts`` of each part's district.
  public let partDistrict: [Int]
  /// The earmark of each district of ``districts`` (0 when it has none).
  public let districtEarmarks: [Double]

  /// Creates a plan.
  public init(kommun: String, earmarks: [String: Double], classWeights: ClassWeights, parts: [Part]) {
    self.kommun = kommun
    self.earmarks = earmarks
    self.classWeights = classWeights
    self.parts = parts
    let districts = Set(earmarks.keys).union(parts.map(\.district)).sorted(by: SwedishCollation.precedes)
    let position = Dictionary(uniqueKeysWithValues: districts.enumerated().map { ($1, $0) })
    self.districts = districts
    self.partDistrict = parts.map { position[$0.district] ?? 0 }
    self.districtEarmarks = districts.map { earmarks[$0] ?? 0 }
  }

  enum CodingKeys: String, CodingKey {
    case kommun, earmarks, classWeights, parts
  }

  /// Reads a plan; the derived orders are computed again.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      kommun: try c.decode(String.self, forKey: .kommun),
      earmarks: try c.decode([String: Double].self, forKey: .earmarks),
      classWeights: try c.decode(ClassWeights.self, forKey: .classWeights),
      parts: try c.decode([Part].self, forKey: .parts))
  }

  /// Writes the plan's given fields.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kommun, forKey: .kommun)
    try c.encode(earmarks, forKey: .earmarks)
    try c.encode(classWeights, forKey: .classWeights)
    try c.encode(parts, forKey: .parts)
  }

  /// The sum of the earmarks, in district order.
  public var totalEarmarks: Double { districtEarmarks.reduce(0, +) }
}
