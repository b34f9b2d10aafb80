import Testing

@Test func placeholder_MonteCarloTests() { #expect(Bool(true)) }
