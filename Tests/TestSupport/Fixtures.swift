import AllocationModel
import EmbeddedData

/// Shared fixtures for the test targets: published figures and ready-made inputs.
public enum Fixtures {
  /// The official 2021 table, in thousands of kronor.
  ///
  /// Source: government decision A2020/02651, "Bilaga 1",
  /// "Fördelning av medel för sociala insatser enligt uppdrag x avseende 2021" (also repeated
  /// in Socialstyrelsen's instructions for requisitioning the grant). 26 kommuner, "Tusental kronor".
  public static let officialTable2021: [(kommun: String, thousands: Int)] = [
    ("Borlänge", 3_944), ("Borås", 11_204), ("Botkyrka", 17_351), ("Eskilstuna", 6_309),
    ("Göteborg", 43_392), ("Halmstad", 3_048), ("Haninge", 4_499), ("Helsingborg", 8_486),
    ("Huddinge", 4_791), ("Järfälla", 4_329), ("Jönköping", 3_587), ("Kristianstad", 4_410),
    ("Landskrona", 5_454), ("Linköping", 7_099), ("Malmö", 22_463), ("Norrköping", 5_218),
    ("Sollentuna", 5_845), ("Stockholm", 32_926), ("Sundbyberg", 3_941), ("Södertälje", 12_606),
    ("Trollhättan", 2_433), ("Upplands-Bro", 2_015), ("Uppsala", 8_052), ("Västerås", 3_769),
    ("Växjö", 6_130), ("Örebro", 10_200),
  ]

  /// The budget of every grant year 2021–2023: 250 MSEK less 5 + 1.5 MSEK (government decision A2020/02651).
  public static let budget: Int64 = 243_500_000

  /// The basis of a chain of embedded editions.
  public static func basis(_ chain: [String]) -> Basis {
    let editions = chain.map { id in
      guard let edition = PoliceLists.edition(id) else { preconditionFailure("no embedded edition \(id)") }
      return edition
    }
    do {
      return try Basis.build(chain: editions).basis
    } catch {
      preconditionFailure("the embedded chain \(chain) does not build: \(error)")
    }
  }

  /// The embedded population of a kommun at a date.
  public static func population(_ date: String) -> (String) -> Double? {
    { PopulationTable.embedded.population(kommun: $0, date: date) }
  }

  /// The embedded population of a kommun at a date, or a stand-in for kommuner without a figure.
  public static func population(_ date: String, orElse standIn: Double) -> (String) -> Double? {
    { PopulationTable.embedded.population(kommun: $0, date: date) ?? standIn }
  }

  /// The 2021 grant computed from the embedded data: 2019 list, SCB 2019-12-31, official key.
  public static func allocation2021() -> Allocation {
    do {
      return try Allocation(
        key: .official(budget: budget), basis: basis(["2019"]), delisted: .persist,
        population: population("2019-12-31"))
    } catch {
      preconditionFailure("the 2021 grant does not allocate: \(error)")
    }
  }
}
