import AllocationModel
import Testing

/// SHA-256 against the FIPS 180-2 example vectors and a multi-block message.
@Suite struct SHA256Tests {
  @Test func fipsExampleVectors() {
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  /// The expected digest is Python's `hashlib.sha256(bytes(range(256)) * 4).hexdigest()`.
  @Test func multiBlockMessage() {
    let message = Array((0..<4).flatMap { _ in (0...255).map { UInt8($0) } })
    #expect(SHA256.hex(message) == "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9")
  }
}
