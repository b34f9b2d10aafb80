/// Bad scenario files, one per class of error, for the snapshot tests.
enum ErrorCases {
  /// (label, file text) pairs.
  static let all: [(label: String, yaml: String)] = [
    ("unknown top key", "name: t\nbaseline: {year: 2021}\nbudgt_kr: 5\n"),
    ("missing name and baseline", "description: x\n"),
    ("wrong type budget", "name: t\nbaseline: {year: 2021}\nbudget_kr: \"243500000\"\n"),
    ("budget with spaces", "name: t\nbaseline: {year: 2021}\nbudget_kr: 243 500 000\n"),
    ("negative budget", "name: t\nbaseline: {year: 2021}\nbudget_kr: -5\n"),
    ("zero budget", "name: t\nbaseline: {year: 2021}\nbudget_kr: 0\n"),
    ("huge budget", "name: t\nbaseline: {year: 2021}\nbudget_kr: 99999999999999999999999\n"),
    ("area share out of range", "name: t\nbaseline: {year: 2021}\narea_share: 1.5\n"),
    ("decimal comma", "name: t\nbaseline: {year: 2021}\narea_share: 0,75\n"),
    ("all weights zero", "name: t\nbaseline: {year: 2021}\nweights: {UO: 0, RO: 0, SUO: 0}\n"),
    ("negative weight", "name: t\nbaseline: {year: 2021}\nweights: {UO: -1}\n"),
    ("bad delisted", "name: t\nbaseline: {year: 2021}\ndelisted: keep\n"),
    ("no preset", "name: t\nbaseline: {year: 2020}\n"),
    ("baseline incomplete", "name: t\nbaseline: {editions: [2019]}\n"),
    ("unknown edition", "name: t\nbaseline: {editions: [2019, 2020], population_date: 2019-12-31}\n"),
    ("editions out of order", "name: t\nbaseline: {editions: [2021, 2019], population_date: 2019-12-31}\n"),
    ("bad date", "name: t\nbaseline: {editions: [2019], population_date: 2019-02-30}\n"),
    ("missing population", "name: t\nbaseline: {year: 2023}\n"),
    ("unknown area", "name: t\nbaseline: {year: 2021}\nchanges:\n  - delist: {area: Ranebergen}\n"),
    ("class not UO/RO/SUO", "name: t\nbaseline: {year: 2021}\nchanges:\n  - reclassify: {area: Araby, to: XO}\n"),
    ("lowercase class", "name: t\nbaseline: {year: 2021}\nchanges:\n  - reclassify: {area: Araby, to: ro}\n"),
    ("already that class", "name: t\nbaseline: {year: 2021}\nchanges:\n  - reclassify: {area: Araby, to: SUO}\n"),
    ("unknown kommun", "name: t\nbaseline: {year: 2021}\nchanges:\n  - add: {area: X, kommun: Goteborg, class: UO}\n"),
    (
      "delist twice",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - delist: {area: Araby}\n  - delist: {area: Araby}\n"
    ),
    ("relist listed", "name: t\nbaseline: {year: 2021}\nchanges:\n  - relist: {area: Araby}\n"),
    (
      "reclassify delisted",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - delist: {area: Araby}\n  - reclassify: {area: Araby, to: RO}\n"
    ),
    ("rename to existing", "name: t\nbaseline: {year: 2021}\nchanges:\n  - rename: {area: Araby, to: Rannebergen}\n"),
    (
      "renamed name used",
      "name: t\nbaseline: {editions: [2019, 2021], population_date: 2019-12-31}\nchanges:\n"
        + "  - delist: {area: Kronogården}\n"
    ),
    (
      "split parent gone",
      "name: t\nbaseline: {year: 2021}\nchanges:\n"
        + "  - split: {area: Rinkeby/Tensta, into: [{area: Rinkeby, class: SUO}, {area: Tensta, class: SUO}]}\n"
        + "  - reclassify: {area: Rinkeby/Tensta, to: RO}\n"
    ),
    (
      "split part exists",
      "name: t\nbaseline: {year: 2021}\nchanges:\n"
        + "  - split: {area: Rinkeby/Tensta, into: [{area: Araby, class: SUO}, {area: Tensta, class: SUO}]}\n"
    ),
    (
      "split one part",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - split: {area: Rinkeby/Tensta, into: [{area: Rinkeby, class: SUO}]}\n"
    ),
    (
      "two kinds in one change",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - delist: {area: Araby}\n    relist: {area: Araby}\n"
    ),
    ("unknown change", "name: t\nbaseline: {year: 2021}\nchanges:\n  - upgrade: {area: Araby}\n"),
    (
      "population two operations",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - population: {kommun: Uppsala, set: 1, add: 2}\n"
    ),
    (
      "population factor zero",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - population: {kommun: Uppsala, factor: 0}\n"
    ),
    (
      "population of nobody",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - population: {kommun: Tyresö, add: 100}\n"
    ),
    (
      "population negative",
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - population: {kommun: Uppsala, add: -1000000}\n"
    ),
    ("duplicate key", "name: t\nbaseline: {year: 2021}\nname: u\n"),
    ("syntax error", "name: t\nbaseline: {year: 2021\n"),
    ("tab indentation", "name: t\nbaseline:\n\tyear: 2021\n"),
    ("empty file", ""),
    ("not a mapping", "- a\n- b\n"),
    ("deep nesting", "name: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"),
    ("draws zero", "name: t\nbaseline: {year: 2021}\nuncertainty: {draws: 0, seed: 1}\n"),
    ("seed negative", "name: t\nbaseline: {year: 2021}\nuncertainty: {draws: 10, seed: -1}\n"),
    ("seed too big", "name: t\nbaseline: {year: 2021}\nuncertainty: {draws: 10, seed: 18446744073709551616}\n"),
    (
      "probability out of range",
      "name: t\nbaseline: {year: 2021}\nuncertainty:\n  draws: 10\n  seed: 1\n  reclassification: {probability: 1.2, up: 0.5}\n"
    ),
    (
      "matrix row above one",
      "name: t\nbaseline: {year: 2021}\nuncertainty:\n  draws: 10\n  seed: 1\n"
        + "  reclassification:\n    matrix: {UO: {RO: 0.7, delisted: 0.6}}\n"
    ),
    (
      "class mix not one",
      "name: t\nbaseline: {year: 2021}\nuncertainty:\n  draws: 10\n  seed: 1\n"
        + "  new_areas: {mean: 2, class_mix: {UO: 0.5, RO: 0.2}}\n"
    ),
    (
      "landing kommun without population",
      "name: t\nbaseline: {year: 2021}\nuncertainty:\n  draws: 10\n  seed: 1\n"
        + "  new_areas: {mean: 2, class_mix: {UO: 1}, kommuner: [{kommun: Tyresö, weight: 1}]}\n"
    ),
    (
      "growth override not eligible",
      "name: t\nbaseline: {year: 2021}\nuncertainty:\n  draws: 10\n  seed: 1\n"
        + "  population_growth: {mean: 0.01, sd: 0.01, overrides: {Upsala: {mean: 0, sd: 0}}}\n"
    ),
    (
      "several errors at once",
      "name: t\nbaseline: {year: 2021}\nbudget_kr: -1\nsplits: both\nchanges:\n  - delist: {area: Nowhere}\n"
    ),
  ]
}
