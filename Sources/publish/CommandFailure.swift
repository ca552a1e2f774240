import ArgumentParser
import Foundation

/// A run that cannot go on: usage, I/O or configuration. Exit code 2.
enum CommandFailure: Error, CustomStringConvertible {
    case io(String)

    var description: String {
        switch self {
        case .io(let message): message
        }
    }
}

