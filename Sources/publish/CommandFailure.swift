import ArgumentParser
import Foundation
import PublishCore

/// A run that cannot go on: usage, I/O or configuration. Exit code 2.
enum CommandFailure: MessageError {
    /// Said as it is: the text of another error, already in the run's language.
    case said(String)
    case io(Message)

    func text(in language: Language) -> String {
        switch self {
        case .said(let text): text
        case .io(let message): message.text(in: language)
        }
    }
}

extension CommandFailure {
    /// Another error that stops the run, told in the run's language.
    static func failed(_ error: any Error) -> CommandFailure {
        if let error = error as? any MessageError { return .said(error.text(in: RunLanguage.current)) }
        return .said(String(describing: error))
    }
}
