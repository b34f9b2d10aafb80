import Foundation
import TestSupport
import Testing

/// CSV for Excel in Swedish: `;`, decimal comma, UTF-8 with BOM; the plain dialect stays plain.
@Suite struct CSVDialectTests {
  @Test func excelSwedishRoundTripsToTheSameNumbers() throws {
    let plain = CLIHarness.run(["allocate", "--format", "csv"])
    let excel = CLIHarness.run(["allocate", "--format", "csv", "--csv-dialect", "excel-sv"])
    #expect(excel.status == 0, "\(excel.err)")
    #expect(excel.out.hasPrefix("\u{FEFF}kommun;"))
    #expect(!plain.out.hasPrefix("\u{FEFF}"))
    let plainRows = CSVReader.rows(plain.out)
    let excelRows = CSVReader.rows(excel.out, separator: ";")
    #expect(plainRows.count == 27)
    #expect(plainRows.count == excelRows.count)
    for (p, e) in zip(plainRows.dropFirst(), excelRows.dropFirst()) {
      #expect(p.count == e.count)
      #expect(p[0] == e[0])
      for (a, b) in zip(p.dropFirst(), e.dropFirst()) {
        #expect(!b.contains("."), "excel-sv uses a decimal comma: \(b)")
        #expect(Double(a) == Double(b.replacing(",", with: ".")) || a == b, "\(p[0]): \(a) vs \(b)")
      }
    }
    let library = Fixtures.allocation2021()
    for (row, k) in zip(excelRows.dropFirst(), library.kommuner) {
      let amount = Double(row[10].replacing(",", with: "."))
      #expect(amount == k.amount, "\(k.kommun)")
    }
  }
}
