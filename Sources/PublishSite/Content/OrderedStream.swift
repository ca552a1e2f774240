import Foundation

/// Runs `work` over `0..<count` on several threads and hands the results to `deliver` on the
/// calling thread in index order, each as soon as it and every one before it are done.
///
/// At most `window` results wait to be delivered (finished out of order, or finished and not yet
/// taken): a worker that is `window` indices ahead of the delivery waits. So memory holds at most
/// `window` results, whatever `count` is, and a slow item holds up only the window behind it.
/// When `deliver` throws, no new item is started, the workers are waited for and the error is
/// rethrown.
package enum OrderedStream {
    /// Results waiting for each index: four per core, enough to keep every core busy while one
    /// long file is being finished.
    package static var defaultWindow: Int { max(4, 4 * ProcessInfo.processInfo.activeProcessorCount) }

    package static func run<Value, Failure: Error>(
        count: Int, parallel: Bool = true, window: Int = defaultWindow,
        work: @escaping @Sendable (Int) -> Value,
        deliver: (Int, Value) throws(Failure) -> Void
    ) throws(Failure) {
        guard count > 0 else { return }
        let workers = parallel ? min(ProcessInfo.processInfo.activeProcessorCount, count) : 0
        if workers < 2 {
            for index in 0..<count { try deliver(index, work(index)) }
            return
        }
        let state = State<Value>(window: max(1, window))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let index = state.take(below: count) {
                    state.put(index, work(index))
                }
            }
        }
        defer {
            state.stop()
            group.wait()
        }
        for index in 0..<count {
            try deliver(index, state.next(index))
        }
    }

    /// The indices handed out and the results not yet delivered, under one condition.
    private final class State<Value>: @unchecked Sendable {
        private let condition = NSCondition()
        private var results: [Int: Value] = [:]
        /// The next index to hand to a worker.
        private var started = 0
        /// The index the caller waits for (every one below it was delivered).
        private var delivered = 0
        private var stopped = false
        private let window: Int

        init(window: Int) {
            self.window = window
        }

        /// The next index to work on; nil when all are handed out or the run stopped.
        func take(below count: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !stopped, started < count, started >= delivered + window {
                condition.wait()
            }
            guard !stopped, started < count else { return nil }
            started += 1
            return started - 1
        }

        func put(_ index: Int, _ value: Value) {
            condition.lock()
            results[index] = value
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the result of `index` and takes it.
        func next(_ index: Int) -> Value {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil {
                condition.wait()
            }
            delivered = index + 1
            condition.broadcast()
            return results.removeValue(forKey: index)!
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
