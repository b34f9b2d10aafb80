/// Where one kommun's population figure comes from.
public enum PopulationSource: Sendable, Hashable, Codable {
  /// The embedded SCB data, with the figure's status (`official`, `secondary`, …) and its source URL.
  case embedded(status: String, source: String)
  /// The user's population file, as the user named it.
  case userFile(String)

  /// The status as reports show it: the embedded status, or `user`.
  public var status: String {
    switch self {
    case .embedded(let status, _): status
    case .userFile: "user"
    }
  }
}
