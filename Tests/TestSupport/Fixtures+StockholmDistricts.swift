extension Fixtures {
  /// Every Stockholm area of the 2019 list as `districts:` entries (flow mappings), one per (area,
  /// district) part, with Rinkeby/Tensta spanning two districts. The populations are illustrative.
  public static let stockholmDistrictEntries = [
    "{area: Husby, district: Rinkeby-Kista, population: 11900}",
    "{area: Rinkeby/Tensta, district: Rinkeby-Kista, population: 16600}",
    "{area: Rinkeby/Tensta, district: Spånga-Tensta, population: 19900}",
    "{area: Hässelby/Vällingby, district: Hässelby-Vällingby, population: 14700}",
    "{area: Bredäng, district: Skärholmen, population: 10300}",
    "{area: Vårberg, district: Skärholmen, population: 9400}",
    "{area: Hagsätra/Rågsved, district: Enskede-Årsta-Vantör, population: 17600}",
    "{area: Östberga, district: Enskede-Årsta-Vantör, population: 5200}",
    "{area: Älvsjö/Solberga, district: Hägersten-Älvsjö, population: 4900}",
  ]

  /// ``stockholmDistrictEntries`` as the lines of a YAML block sequence, each indented by `indent` spaces.
  public static func stockholmDistrictLines(indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    return stockholmDistrictEntries.map { pad + "- " + $0 }.joined(separator: "\n")
  }
}
