/// What changed on the police list from one edition to the next.
public struct EditionTransition: Sendable, Hashable, Codable {
  /// A change of class of one area.
  public struct Reclassification: Sendable, Hashable, Codable {
    /// The area's name in the newer edition.
    public var area: String
    /// The class in the older edition.
    public var from: AreaClass
    /// The class in the newer edition.
    public var to: AreaClass

    /// Creates a reclassification.
    public init(area: String, from: AreaClass, to: AreaClass) {
      self.area = area
      self.from = from
      self.to = to
    }
  }

  /// A change of name of one area (`formerly` in the data).
  public struct Rename: Sendable, Hashable, Codable {
    /// The name in the older edition.
    public var from: String
    /// The name in the newer edition.
    public var to: String

    /// Creates a rename.
    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }

  /// The older edition's id.
  public var from: String
  /// The newer edition's id.
  public var to: String
  /// Areas that are on the newer list and were never in the basis.
  public var entered: [String] = []
  /// Areas that were on the older list and are not on the newer one.
  public var left: [String] = []
  /// Areas that were delisted before and are listed again.
  public var relisted: [String] = []
  /// Areas whose class changed.
  public var reclassified: [Reclassification] = []
  /// Areas the police renamed.
  public var renamed: [Rename] = []

  /// Creates an empty transition between two editions.
  public init(from: String, to: String) {
    self.from = from
    self.to = to
  }
}
