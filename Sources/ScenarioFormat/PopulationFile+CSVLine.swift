extension PopulationFile {
  /// One line of CSV split into cells, with the column where each cell starts.
  ///
  /// Double quotes group separators (`"94 000,5"` in a comma-separated file) and `""` inside quotes is a
  /// quote. A cell never spans lines: a population file's cells are names and numbers.
  enum CSVLine {
    /// A cell's text (without its quotes) and the column of its first character, from 1.
    struct Cell {
      var text: String
      var column: Int
    }

    /// A problem on a line, before the file and line are known.
    struct Problem: Error {
      var column: Int
      var message: String
      var hint: String?

      /// The diagnostic at `file:line:column`.
      func at(file: String, line: Int) -> Diagnostic {
        Diagnostic(location: .init(file: file, line: line, column: column), message: message, hint: hint)
      }
    }

    /// The separators a population file may use, in the order that breaks ties.
    static let separators: [Character] = [";", "\t", ","]

    /// The separator a header uses: the one that occurs most often outside quotes (`;` before a tab
    /// before `,` on a tie, and `,` when there is none).
    static func detectSeparator(_ header: String) -> Character {
      var counts: [Character: Int] = [:]
      var quoted = false
      for ch in header {
        if ch == "\"" {
          quoted.toggle()
        } else if !quoted, separators.contains(ch) {
          counts[ch, default: 0] += 1
        }
      }
      var best: Character = ","
      var bestCount = 0
      for separator in separators where counts[separator, default: 0] > bestCount {
        best = separator
        bestCount = counts[separator, default: 0]
      }
      return best
    }

    /// The cells of a line; an unclosed quote, or text after a closing quote, is a problem.
    static func cells(_ line: String, separator: Character) -> Result<[Cell], Problem> {
      var cells: [Cell] = []
      let characters = Array(line)
      var i = 0
      while true {
        let start = i
        var text = ""
        // Leading spaces before an opening quote belong to no cell.
        var j = i
        while j < characters.count, characters[j] == " " { j += 1 }
        if j < characters.count, characters[j] == "\"" {
          let open = j
          j += 1
          var closed = false
          while j < characters.count {
            if characters[j] == "\"" {
              if j + 1 < characters.count, characters[j + 1] == "\"" {
                text.append("\"")
                j += 2
                continue
              }
              closed = true
              j += 1
              break
            }
            text.append(characters[j])
            j += 1
          }
          guard closed else {
            return .failure(Problem(column: open + 1, message: "a quote opened here is not closed on this line"))
          }
          while j < characters.count, characters[j] == " " { j += 1 }
          if j < characters.count, characters[j] != separator {
            return .failure(
              Problem(
                column: j + 1, message: "unexpected text after a closing quote",
                hint: "put the whole cell within the quotes, and write a quote inside it as \"\""))
          }
          cells.append(Cell(text: text, column: open + 1))
          i = j
        } else {
          j = i
          while j < characters.count, characters[j] != separator {
            text.append(characters[j])
            j += 1
          }
          cells.append(Cell(text: text, column: start + 1))
          i = j
        }
        guard i < characters.count else { break }
        i += 1  // the separator
      }
      return .success(cells)
    }
  }
}
