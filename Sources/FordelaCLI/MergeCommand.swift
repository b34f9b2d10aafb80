import ArgumentParser
import Foundation
import MonteCarlo
import Reports

/// `fordela merge part-*.json --output result.json`: the result of a sharded run from its parts.
struct MergeCommand: ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge the parts of a sharded Monte Carlo run into its result.",
    discussion: """
      Each part is one shard's mergeable state, written by 'fordela run FILE --shard I/N --output part-I.json'. \
      The merged result is bit for bit the result of one 'fordela run FILE --statistics streaming' with the \
      same seed and draws (apart from timings and threads). Parts of different runs (scenario hash, engine \
      version, seed, draws, number of shards), a shard given twice or missing, or a damaged file are refused \
      and nothing is written. See 'Scale out' in the README for Slurm and Kubernetes.

      Examples:
        fordela run scenario.yaml --shard 0/2 --output part-0.json
        fordela run scenario.yaml --shard 1/2 --output part-1.json
        fordela merge part-*.json --output result.json --report report.html
      """)

  @Argument(help: "Every part of the run (JSON), in any order.")
  var parts: [String] = []

  @Option(help: "Output format: table, csv or json (default: table; json for an --output file).")
  var format: OutputFormat?

  @Option(help: "CSV flavour: plain, or excel-sv (';', decimal comma, UTF-8 with BOM) for Swedish Excel.")
  var csvDialect: CSVDialect = .plain

  @Option(help: "Write the result to this file (atomically) instead of standard output; JSON unless --format.")
  var output: String?

  @Option(help: "Also write the result as CSV to this file (atomically).")
  var csv: String?

  @Option(help: "Also write a self-contained HTML report to this file (atomically).")
  var report: String?

  @Option(help: "Worker threads for reading and merging (default: all cores). Results do not depend on it.")
  var threads: Int?

  @Option(name: .customLong("kommun"), help: "Show only this kommun (repeat for more); in every output.")
  var kommuner: [String] = []

  @Option(help: "Order of the rows: name, change (the mean change) or p5 (default: name; the table by p5).")
  var sort: RowSelection.Order?

  func validate() throws {
    if let threads, !(1...1024).contains(threads) {
      throw ValidationError("--threads must be from 1 to 1024, got \(threads)")
    }
  }

  func run(console: Console) throws {
    let threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
    let entries = try PartFiles.read(parts, threads: threads)
    let first = entries[0].part
    let states = entries.map(\.part.state)
    // The files agree on their stamps; their contents must agree too (the same kommuner and pilot).
    if let problem = MonteCarloEngine.mergeProblem(states) {
      throw CLIError("the parts \(entries.map(\.path).joined(separator: ", ")) are not of one run: \(problem)")
    }
    let result = try MonteCarloEngine.merge(states, options: EngineOptions(threads: threads))
    var engine = first.stamp.engine
    engine.runDate = ISO8601DateFormatter().string(from: Date())
    let doc = try MonteCarloDocument(frame: first.frame, result: result, engine: engine).selecting(
      kommuner: kommuner.kommunFilter, sort: sort)
    let text: String
    switch format ?? (output == nil ? .table : .json) {
    case .table: text = MonteCarloReport.table(doc)
    case .csv: text = MonteCarloReport.csv(doc, dialect: csvDialect)
    case .json: text = try JSONText.encode(doc)
    }
    if let report {
      try AtomicFile.write(HTMLReport.render(doc), to: report)
      console.err("fordela: wrote \(report)\n")
    }
    if let csv {
      try AtomicFile.write(MonteCarloReport.csv(doc, dialect: csvDialect), to: csv)
      console.err("fordela: wrote \(csv)\n")
    }
    if let output {
      try AtomicFile.write(text, to: output)
      console.err("fordela: wrote \(output) (\(entries.count) parts, \(result.draws) draws)\n")
    } else {
      console.out(text)
    }
  }
}
