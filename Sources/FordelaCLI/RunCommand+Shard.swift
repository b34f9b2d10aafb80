import AllocationModel
import ArgumentParser
import Foundation
import MonteCarlo
import Reports
import ScenarioFormat

extension RunCommand {
  /// Parses `--shard I/N`: `0 ≤ I < N ≤ 1 000 000`.
  static func shard(_ text: String) throws -> Shard {
    let fields = text.split(separator: "/", omittingEmptySubsequences: false)
    guard fields.count == 2, let index = Int(fields[0]), let count = Int(fields[1]), count <= 1_000_000,
      let shard = Shard(index: index, count: count)
    else {
      throw ValidationError("--shard '\(text)': expected I/N with 0 ≤ I < N, e.g. --shard 0/4 … --shard 3/4")
    }
    return shard
  }

  /// `fordela run FILE --shard I/N --output part-I.json`: the shard's chunks, written as a part for
  /// `fordela merge`.
  func runShard(
    _ shard: Shard, scenario: ResolvedScenario, uncertainty: UncertaintySpec, stamp: EngineStamp, console: Console
  ) throws {
    guard let output else {
      throw CLIError(
        "--shard \(shard.index)/\(shard.count) writes a part for 'fordela merge': give --output, "
          + "e.g. --output part-\(shard.index).json")
    }
    let others = [
      ("--format", format != nil), ("--csv", csv != nil), ("--report", report != nil),
      ("--kommun", !kommuner.isEmpty), ("--sort", sort != nil),
    ].filter(\.1).map(\.0)
    if let first = others.first {
      throw CLIError("\(first) applies to the merged result: give it to 'fordela merge', not to a --shard run")
    }
    if statistics == .exact {
      throw CLIError(
        "--shard computes streaming statistics, which parts merge exactly; --statistics exact "
          + "cannot be sharded")
    }
    if scenario.districts != nil {
      throw CLIError("\(file) has a 'districts:' section, whose pass cannot be sharded yet: run it without --shard")
    }
    // Each of these runs its own pass over the draws, which parts do not carry yet.
    let unsharded = [
      ("paths of \(uncertainty.updates) list updates ('updates')", uncertainty.updates > 1),
      ("a precision target (--precision, 'precision_kr')", uncertainty.precisionKr != nil),
      ("a variance decomposition (--decompose, 'decompose')", uncertainty.decompose),
    ].filter(\.1).map(\.0)
    if let first = unsharded.first {
      throw CLIError("--shard cannot be used with \(first) yet: run it in one process, without --shard")
    }
    var input = SimulationInput(
      basis: scenario.scenarioBasis, key: scenario.key, delisted: scenario.delisted, splits: scenario.splits,
      population: scenario.scenarioPopulation, baseline: scenario.baselineAllocation, uncertainty: uncertainty)
    input.redistribution = scenario.claims?.claims.redistribution ?? .key
    let chunks = shard.chunks(of: (uncertainty.draws + MonteCarloEngine.chunkSize - 1) / MonteCarloEngine.chunkSize)
    let ownDraws = chunks.reduce(0) {
      $0 + min(MonteCarloEngine.chunkSize, uncertainty.draws - $1 * MonteCarloEngine.chunkSize)
    }
    let bar = ProgressBar(total: max(ownDraws, 1), unit: "draws", console: console, quiet: quiet)
    let options = EngineOptions(
      threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, memoryBudget: try Self.bytes(memory),
      mode: .streaming, progress: { bar.update($0) })
    let state = try MonteCarloEngine.runShard(input, shard: shard, options: options)
    bar.finish()
    let part = MonteCarloPartDocument(
      engine: stamp,
      frame: MonteCarloDocument.Frame(scenario: scenario, draws: uncertainty.draws, seed: uncertainty.seed),
      state: state)
    try AtomicFile.write(try JSONText.encode(part), to: output)
    console.err("fordela: wrote \(output) (shard \(shard.index) of \(shard.count): \(chunks.count) chunks)\n")
  }
}
