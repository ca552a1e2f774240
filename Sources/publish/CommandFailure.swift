import ArgumentParser
import Foundation
import PublishCore

/// A run that cannot go on: usage, I/O or configuration. Exit code 2.
enum CommandFailure: MessageError {
    /// Another error that stops the run.
    case failedWith(any MessageError)
    /// Text from outside the catalogues (a library's or the system's), said as it is.
    case said(String)
    case io(Message)

    func text(in language: Language) -> String {
        switch self {
        case .failedWith(let error): error.text(in: language)
        case .said(let text): text
        case .io(let message): message.text(in: language)
        }
    }

    func errorLine(in language: Language) -> String {
        switch self {
        case .failedWith(let error): error.errorLine(in: language)
        default: MessageLine.error(text(in: language), in: language)
        }
    }
}

extension CommandFailure {
    /// Another error that stops the run, told in the run's language.
    static func failed(_ error: any Error) -> CommandFailure {
        if let error = error as? any MessageError { return .failedWith(error) }
        return .said(String(describing: error))
    }
}
