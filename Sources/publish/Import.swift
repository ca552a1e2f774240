import ArgumentParser
import Foundation
import PublishKit

/// `publish import` (being written).
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)", shouldDisplay: false)

    func run() throws {
        throw CommandFailure.io("publish import is not available yet")
    }
}
