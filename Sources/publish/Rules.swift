import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish rules`: every rule id with its severity, what it catches and an example.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rules `publish check` applies.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Option(help: "text or markdown (the table of docs/rules.md).")
    var format: Format = .text

    func run() {
        let output = switch format {
        case .markdown: RuleTable.markdown()
        case .text: RuleTable.text()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
