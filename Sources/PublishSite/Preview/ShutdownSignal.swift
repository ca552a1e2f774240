import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Ctrl-C (SIGINT) and SIGTERM caught instead of killing the process, so a long-running command
/// can clean up (close its server, remove its temporary folder) and exit 0.
///
/// Create it before the work starts: from then on the signals only end `wait()`, even when they
/// arrive before it is called.
public final class ShutdownSignal: @unchecked Sendable {
    private let arrived = DispatchSemaphore(value: 0)
    private var sources: [any DispatchSourceSignal] = []

    public init() {
        for number in [SIGINT, SIGTERM] {
            // The default action (terminate at once) is turned off; the source sees the signal.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [arrived] in arrived.signal() }
            source.resume()
            sources.append(source)
        }
    }

    /// Blocks the calling thread until SIGINT or SIGTERM arrives.
    public func wait() {
        arrived.wait()
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
