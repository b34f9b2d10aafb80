import AllocationModel
import Yams

extension ScenarioResolver {
  /// Reads `uncertainty.decompose` (`true` or `false`) into `spec` and reports, at its node, every problem
  /// of decomposing that model (``UncertaintySpec/decompositionErrors()``, the engine's own check).
  ///
  /// - Returns: whether the value was read and the model can be decomposed.
  mutating func parseDecompose(_ node: Node, into spec: inout UncertaintySpec) -> Bool {
    guard let word = reader.word(node, "'decompose'", among: ["true", "false"]) else { return false }
    spec.decompose = word == "true"
    let errors = spec.decompositionErrors()
    for error in errors { reader.error(node, error.message(subject: "'decompose'"), hint: error.hint) }
    return errors.isEmpty
  }
}
