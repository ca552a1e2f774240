import ArgumentParser
import Foundation
import PublishKit

/// `publish fmt` (being written).
struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)", shouldDisplay: false)

    func run() throws {
        throw CommandFailure.io("publish fmt is not available yet")
    }
}
