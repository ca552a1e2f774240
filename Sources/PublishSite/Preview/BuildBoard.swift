import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The current preview build, shared by the thread that rebuilds and the requests that serve it,
/// with the long-polling requests waiting for the next one.
package final class BuildBoard: @unchecked Sendable {
    // A lock rather than an actor: the rebuilding thread is plain synchronous code, and posting
    // a build must be visible to the next request at once.
    private let lock = NSLock()
    private var build: PreviewBuild
    private var waiters: [UUID: CheckedContinuation<String, Never>] = [:]
    private var closed = false

    init(_ first: PreviewBuild) {
        self.build = first
    }

    var current: PreviewBuild {
        lock.withLock { build }
    }

    /// Makes `next` the current build and answers every request waiting for a change.
    func post(_ next: PreviewBuild) {
        let woken = lock.withLock {
            build = next
            defer { waiters = [:] }
            return waiters
        }
        for continuation in woken.values { continuation.resume(returning: next.id) }
    }

    /// Answers every waiting request and every later one at once (the server is shutting down).
    func close() {
        let (woken, id) = lock.withLock {
            closed = true
            defer { waiters = [:] }
            return (waiters, build.id)
        }
        for continuation in woken.values { continuation.resume(returning: id) }
    }

    /// The id of the current build as soon as it is not `id`; returns the same id when the task
    /// is cancelled (the long poll timed out) or the board is closed.
    func next(after id: String) async -> String {
        let token = UUID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
                let answer: String? = lock.withLock {
                    if build.id != id || closed || Task.isCancelled { return build.id }
                    waiters[token] = continuation
                    return nil
                }
                if let answer { continuation.resume(returning: answer) }
            }
        } onCancel: {
            let (continuation, id) = lock.withLock { (waiters.removeValue(forKey: token), build.id) }
            continuation?.resume(returning: id)
        }
    }
}
