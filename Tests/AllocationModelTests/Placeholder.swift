import Testing

@Test func placeholder_AllocationModelTests() { #expect(Bool(true)) }
