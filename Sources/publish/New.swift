import ArgumentParser
import Foundation
import PublishKit

/// `publish new` (being written).
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)", shouldDisplay: false)

    func run() throws {
        throw CommandFailure.io("publish new is not available yet")
    }
}
