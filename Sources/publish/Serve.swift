import ArgumentParser
import Foundation
import PublishKit

/// `publish serve` (being written).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)", shouldDisplay: false)

    func run() throws {
        throw CommandFailure.io("publish serve is not available yet")
    }
}
