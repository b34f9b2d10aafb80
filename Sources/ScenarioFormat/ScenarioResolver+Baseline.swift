import AllocationModel
import EmbeddedData
import Yams

extension ScenarioResolver {
  static let baselineKeys = ["year", "payment", "editions", "population_date", "population_file", "rounding_kr"]

  /// Resolves `baseline:` through ``BaselineResolver``; `nil` when the basis cannot be built.
  ///
  /// This reads the YAML into a ``BaselineRequest`` (types only) and places the resolver's diagnostics on
  /// the nodes of the fields they concern.
  mutating func resolveBaseline(_ node: Node, keyNode: Node?) -> ResolvedBaseline? {
    guard let fields = reader.fields(node, "'baseline'", allowed: Self.baselineKeys) else { return nil }
    var request = BaselineRequest()
    var unreadable = false
    if let yearNode = fields["year"] {
      if let year = reader.integer(yearNode, "'year'", in: 1900...2100) {
        request.year = Int(year)
      } else {
        unreadable = true
      }
    }
    if let paymentNode = fields["payment"] {
      if let payment = reader.string(paymentNode, "'payment'") {
        request.payment = payment
      } else {
        unreadable = true
      }
    }
    if let unitNode = fields["rounding_kr"] {
      if let unit = reader.integer(unitNode, "'rounding_kr'", in: 1...DistributionKey.maximumBudget) {
        request.roundingUnit = unit
      } else {
        unreadable = true
      }
    }
    var editionNodes: [Node] = []
    if let editionsNode = fields["editions"] {
      if let items = reader.sequence(editionsNode, "'editions'") {
        var ids: [String] = []
        for item in items {
          guard let id = reader.string(item, "an edition") else {
            unreadable = true
            continue
          }
          ids.append(id)
          editionNodes.append(item)
        }
        request.editions = ids
      } else {
        unreadable = true
      }
    }
    if let dateNode = fields["population_date"] {
      if let date = reader.string(dateNode, "'population_date'") {
        request.populationDate = date
      } else {
        unreadable = true
      }
    }
    if let fileNode = fields["population_file"] {
      if let path = reader.string(fileNode, "'population_file'"),
        let contents = readPopulationFile(path, node: fileNode)
      {
        request.populationFile = UserPopulation(source: path, figures: contents.figures, notes: contents.notes)
      } else {
        unreadable = true
      }
    }
    guard !unreadable else { return nil }
    request.populationFile = UserPopulation.combining(request.populationFile, commandLinePopulation)

    let resolution = BaselineResolver.resolve(request)
    for diagnostic in resolution.diagnostics {
      let anchor: Node?
      switch (diagnostic.field, diagnostic.problem) {
      case (.request, .incomplete): anchor = node
      case (_, .missingPopulation), (.request, _):
        anchor = fields.keyNode(Self.yamlKey(diagnostic.field)) ?? keyNode ?? node
      case (.editions, _):
        anchor =
          diagnostic.index.flatMap { editionNodes.indices.contains($0) ? editionNodes[$0] : nil } ?? fields["editions"]
      default: anchor = fields[Self.yamlKey(diagnostic.field)]
      }
      reader.error(
        anchor ?? node, diagnostic.message(naming: Self.yamlName), hint: diagnostic.hint(naming: Self.yamlName))
    }
    return resolution.baseline
  }

  /// The key of `baseline:` (or the top level) that holds a request field.
  static func yamlKey(_ field: BaselineDiagnostic.Field) -> String {
    switch field {
    case .year: "year"
    case .editions: "editions"
    case .populationDate: "population_date"
    case .populationFile, .population: "population_file"
    case .payment: "payment"
    case .budget: "budget_kr"
    case .roundingUnit: "rounding_kr"
    case .areaShare: "area_share"
    case .weights: "weights"
    case .delisted: "delisted"
    case .request: "baseline"
    }
  }

  /// A request field as messages about a scenario file name it: `'population_date'`.
  static func yamlName(_ field: BaselineDiagnostic.Field) -> String { BaselineDiagnostic.yamlName(field) }

  /// The figures of the user's population file, or `nil` after recording why not.
  private mutating func readPopulationFile(_ path: String, node: Node) -> PopulationFile.Contents? {
    let resolved = ScenarioLoader.resolve(path, relativeTo: file)
    let bytes: [UInt8]
    do {
      bytes = try readFile(resolved)
    } catch {
      reader.error(node, "cannot read the population file '\(resolved)': \(error)")
      return nil
    }
    do throws(PopulationFileError) {
      return try PopulationFile.read(bytes, file: resolved)
    } catch {
      reader.diagnostics += error.diagnostics
      return nil
    }
  }
}
