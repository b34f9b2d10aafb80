import AllocationModel
import MonteCarlo
import Reports

extension RunCommand {
  /// Turns the decomposition on for `--decompose`, checks that the model can be decomposed (the one check,
  /// ``UncertaintySpec/decompositionErrors()``) and states its cost on standard error before anything runs.
  func checkDecomposition(_ uncertainty: inout UncertaintySpec, console: Console) throws {
    if decompose { uncertainty.decompose = true }
    guard uncertainty.decompose else { return }
    if let problem = uncertainty.decompositionErrors().first {
      let subject = decompose ? "--decompose" : "'decompose'"
      throw CLIError(problem.message(subject: subject) + (problem.hint.map { " (\($0))" } ?? ""))
    }
    let sources = uncertainty.decompositionSources
    let n = uncertainty.draws
    console.err(
      "fordela: note: variance decomposition of \(sources.map(\.rawValue).joined(separator: ", ")): "
        + "(\(sources.count) + 2) × \(Kronor.grouped(Int64(n))) = "
        + "\(Kronor.grouped(Int64((sources.count + 2) * n))) "
        + "evaluations, after the run's own \(Kronor.grouped(Int64(n))) draws\n")
  }

  /// The variance decomposition of the run's model, with its own progress bar.
  func decomposition(_ input: SimulationInput, options: EngineOptions, console: Console) throws
    -> VarianceDecompositionRecord
  {
    let bar = ProgressBar(total: input.uncertainty.draws, unit: "draws per matrix", console: console, quiet: quiet)
    var options = options
    options.progress = { bar.update($0) }
    let result = try MonteCarloEngine.decompose(input, options: options)
    bar.finish()
    return VarianceDecompositionRecord(result)
  }
}
