import FlyingFox
import FlyingSocks
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// `publish serve`: builds the site into a private folder, serves it on 127.0.0.1, and rebuilds
/// whenever the content, the templates or `publish.yml` change; open pages reload by themselves.
///
/// The server is FlyingFox: a small HTTP server on Swift concurrency and plain BSD sockets
/// (epoll on Linux, kqueue on macOS), without SwiftNIO. It only ever binds the IPv4 loopback
/// address, so nothing on the network can reach the preview, drafts included.
public final class PreviewSession: @unchecked Sendable {
    public struct Options: Sendable {
        public var content: String
        /// Nil: `./Templates` when it exists, else the built-in templates.
        public var templates: String?
        /// Nil: `./publish.yml` when it exists.
        public var config: String?
        /// 0: a free port chosen by the system.
        public var port: UInt16
        public var projectRoot: String
        /// The language of what the preview prints and of its error page.
        public var language: Language

        public init(
            content: String = "content", templates: String? = nil, config: String? = nil, port: UInt16 = 8000,
            projectRoot: String, language: Language = .english
        ) {
            self.language = language
            self.content = content
            self.templates = templates
            self.config = config
            self.port = port
            self.projectRoot = projectRoot
        }
    }

    /// The preview cannot start: no private folder, or the port cannot be listened on.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// How often the watched files are stamped.
    static let pollInterval: TimeInterval = 0.3

    private let options: Options
    /// The private folder the sites are built into, removed by `stop()`.
    let workspace: String
    private let builder: PreviewBuilder
    /// Tells this session's build ids from those of an earlier run, so a page left open across
    /// a restart reloads too.
    private let session = String(UInt32.random(in: .min ... .max), radix: 16)
    private let lock = NSLock()
    private var stopping = false
    private var watching = false
    private let watcherFinished = DispatchSemaphore(value: 0)
    /// Signalled by `stop()`, so the watcher does not sleep out its interval.
    private let wake = DispatchSemaphore(value: 0)
    private var board: BuildBoard?
    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?

    /// Creates the private folder (mode 700, in the temporary folder).
    public init(options: Options) throws(Failure) {
        self.options = options
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("publish-serve-\(getpid())-\(UUID().uuidString.prefix(8))").path
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(description: "cannot create a private folder for the preview: \(error.localizedDescription)")
        }
        self.workspace = SiteFileLookup.realPath(folder) ?? folder
        self.builder = PreviewBuilder(
            workspace: workspace, content: options.content, templates: options.templates, config: options.config,
            projectRoot: options.projectRoot, language: options.language)
    }

    // MARK: - Starting

    /// Builds the site once, starts listening and watching; returns the URL of the site.
    public func start() throws(Failure) -> String {
        // Stamped before the first build, so an edit made while it runs starts the next one.
        let seen = ProjectSnapshot.take(of: watchedPaths)
        let first = builder.build(number: 1, session: session)
        let board = BuildBoard(first)
        self.board = board
        let port: UInt16
        do {
            port = try PreviewSession.blocking { try await self.listen(board: board) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot listen on 127.0.0.1:\(options.port): \(error)")
        }
        let thread = Thread { [self] in
            watch(board: board, first: first, seen: seen)
            watcherFinished.signal()
        }
        thread.name = "publish serve: watcher"
        lock.withLock { watching = true }
        thread.start()
        return "http://127.0.0.1:\(port)/"
    }

    private func listen(board: BuildBoard) async throws -> UInt16 {
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: options.port)
        // Long polls wait 25 s; the server's own timeout must not cut them off.
        let server = HTTPServer(
            address: address, timeout: 60, logger: DisabledLogger.disabled, handler: PreviewRequestHandler(board: board, language: options.language)
        )
        let failure = FailureSlot()
        let task = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        self.server = server
        self.serverTask = task
        // run() fails at once when the port is taken; waitUntilListening would only time out.
        while true {
            if let error = failure.value {
                throw Failure(
                    description: "cannot listen on 127.0.0.1:\(options.port): \(PreviewSession.describe(error))")
            }
            if await server.isListening, case .ip4(_, let port)? = await server.listeningAddress { return port }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    // MARK: - Watching

    private var watchedPaths: [String] {
        [options.content, options.templates ?? TemplateLibrary.defaultFolder, options.config ?? ConfigurationLoader.defaultFileName]
    }

    private var isStopping: Bool { lock.withLock { stopping } }

    private func watch(board: BuildBoard, first: PreviewBuild, seen: ProjectSnapshot) {
        var seen = seen
        var number = 1
        var sites: [String] = []
        if case .site(let folder) = first.outcome { sites.append(folder) }
        while !isStopping {
            pause(PreviewSession.pollInterval)
            if isStopping { break }
            var now = ProjectSnapshot.take(of: watchedPaths)
            guard now != seen else { continue }
            // Debounce: an editor saving, or a checkout, writes several files in a row; build
            // once they have stayed still for half a poll (or after a few seconds regardless).
            for _ in 0..<20 where !isStopping {
                pause(PreviewSession.pollInterval / 2)
                let later = ProjectSnapshot.take(of: watchedPaths)
                if later == now { break }
                now = later
            }
            seen = now
            if isStopping { break }
            number += 1
            let build = builder.build(number: number, session: session)
            board.post(build)
            if case .site(let folder) = build.outcome { sites.append(folder) }
            // The site before the current one stays a moment for requests still reading it.
            while sites.count > 2 { PreviewBuilder.removeSite(sites.removeFirst()) }
        }
    }

    /// Sleeps `interval`, or not at all once `stop()` has been called.
    private func pause(_ interval: TimeInterval) {
        guard !isStopping, wake.wait(timeout: .now() + interval) == .success else { return }
        wake.signal()  // for the next pause: stopping is for good
    }

    // MARK: - Stopping

    /// Stops watching (after the build under way, if any), answers the waiting pages, closes the
    /// server and removes the private folder.
    public func stop() {
        let (wasRunning, watched) = lock.withLock {
            defer { stopping = true }
            return (!stopping, watching)
        }
        guard wasRunning else { return }
        if watched {
            wake.signal()
            watcherFinished.wait()
        }
        board?.close()
        if let server, let serverTask {
            _ = try? PreviewSession.blocking {
                // Closes the listening socket, lets the responses under way finish (local files:
                // a moment is plenty), then cancels the rest. The waiting polls were answered above.
                await server.stop(timeout: 0.2)
                serverTask.cancel()
            }
        }
        try? FileManager.default.removeItem(atPath: workspace)
    }

    // MARK: - Plumbing

    /// Runs `work` on the concurrency pool and waits for it on this (non-pool) thread: the
    /// command line is synchronous, the server is not.
    private static func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let slot = ResultSlot<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { slot.result = .success(try await work()) } catch { slot.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try slot.result!.get()
    }

    private static func describe(_ error: any Error) -> String {
        if let socket = error as? SocketError, case .failed(_, let errno, let message) = socket {
            return errno == EADDRINUSE
                ? "the port is in use (choose another with --port, or --port 0 for a free one)" : message
        }
        return "\(error)"
    }
}

/// A value handed from a task to the thread waiting for it.
private final class ResultSlot<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<T, any Error>?
    var result: Result<T, any Error>? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// The error the server task ended with, if it has.
private final class FailureSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    var value: (any Error)? { lock.withLock { error } }
    func set(_ error: any Error) { lock.withLock { self.error = error } }
}
