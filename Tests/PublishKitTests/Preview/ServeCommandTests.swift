import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `publish serve` through the real binary: a scratch project, a free port, plain HTTP over a
/// socket (so that paths reach the server exactly as written, `..` included).
@Suite(.serialized) struct ServeCommandTests {
    static let notice = "content/changchun-xinqu-2025.md"
    static let noticePage = "/notices/changchun-xinqu-2025/"

    // MARK: - Serving

    @Test func servesTheSiteWithTheReloadScriptInTheResponsesOnly() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }

        let home = try server.get("/")
        #expect(home.status == 200)
        #expect(home.header("content-type") == "text/html; charset=utf-8")
        #expect(home.body.contains("<html lang=\"zh-CN\">"))
        #expect(home.body.contains("data-publish-serve"))
        #expect(home.body.contains("/__publish/events"))
        #expect(
            home.body.range(of: "<script data-publish-serve>")!.lowerBound < home.body.range(of: "</body>")!.lowerBound)

        let page = try server.get(Self.noticePage)
        #expect(page.status == 200)
        #expect(page.body.contains("提高思想认识"))

        // The built files stay as `publish build` writes them.
        let built = try #require(server.builtFiles(named: "index.html").first)
        let text = try String(contentsOfFile: built, encoding: .utf8)
        #expect(text.contains("</html>"))
        #expect(!text.contains("data-publish-serve"))
    }

    @Test(arguments: [
        ("/assets/screen.css", "text/css; charset=utf-8"),
        ("/assets/print.css", "text/css; charset=utf-8"),
        ("/notices/changchun-xinqu-2025/changchun-xinqu-2025.txt", "text/plain; charset=utf-8"),
        ("/notices/changchun-xinqu-2025/changchun-xinqu-2025.json", "application/json; charset=utf-8"),
        ("/notices/changchun-xinqu-2025/index.html", "text/html; charset=utf-8"),
        ("/years/2025/", "text/html; charset=utf-8"),
    ])
    func servesFilesWithTheirContentType(path: String, type: String) throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        let response = try server.get(path)
        #expect(response.status == 200, "\(path)")
        #expect(response.header("content-type") == type, "\(path)")
        #expect(response.body.contains("data-publish-serve") == type.hasPrefix("text/html"), "\(path)")
    }

    @Test func sendsFoldersToTheirSlashAndAnswersMissingPagesWith404() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }

        let folder = try server.get("/notices/changchun-xinqu-2025")
        #expect(folder.status == 301)
        #expect(folder.header("location") == "/notices/changchun-xinqu-2025/")

        let missing = try server.get("/notices/no-such-notice/")
        #expect(missing.status == 404)
        #expect(missing.header("content-type") == "text/html; charset=utf-8")
        #expect(missing.body.contains("/notices/no-such-notice/"))
        #expect(missing.body.contains("data-publish-serve"), "a page that appears later reloads too")
    }

    // MARK: - Rebuilding

    @Test func rebuildsWhenANoticeChanges() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        let before = try server.get(Self.noticePage)
        #expect(before.body.contains("提高思想认识"))
        let build = try server.get("/__publish/events?since=none").body

        try server.edit(Self.notice) { $0.replacingOccurrences(of: "提高思想认识", with: "预览已更新") }

        #expect(server.eventually { try server.get(Self.noticePage).body.contains("预览已更新") }, "\(server.stderr)")
        #expect(!(try server.get(Self.noticePage).body.contains("提高思想认识")))
        // A page of the old build learns at once that a new one exists.
        let next = try server.get("/__publish/events?since=\(build)")
        #expect(next.status == 200)
        #expect(!next.body.isEmpty && next.body != build)
    }

    @Test func rebuildsWhenATemplateAppearsAndChanges() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        let nav = try String(
            contentsOf: Fixtures.root.appendingPathComponent("Templates/nav.mustache"), encoding: .utf8)

        try server.write("Templates/nav.mustache", nav + "<p class=\"preview-marker\">标记一</p>\n")
        #expect(server.eventually { try server.get("/").body.contains("标记一") }, "\(server.stderr)")

        try server.write("Templates/nav.mustache", nav + "<p class=\"preview-marker\">标记二</p>\n")
        #expect(server.eventually { try server.get("/").body.contains("标记二") }, "\(server.stderr)")
    }

    @Test func showsTheErrorsInEveryPageUntilTheBuildIsFixed() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        let original = try server.read(Self.notice)
        let dateLine = try #require(original.components(separatedBy: "\n").firstIndex { $0.hasPrefix("date:") }) + 1
        let hostile = "<img src=x onerror=alert(1)>"

        try server.edit(Self.notice) {
            $0.replacingOccurrences(of: "date: 2025-03-07", with: "date: \"\(hostile)\"")
        }
        #expect(server.eventually { try server.get("/").body.contains("Build failed") }, "\(server.stderr)")

        for path in ["/", Self.noticePage, "/years/2025/index.html", "/a-page-that-never-existed"] {
            let page = try server.get(path)
            #expect(page.status == 500, "\(path)")
            #expect(page.header("content-type") == "text/html; charset=utf-8", "\(path)")
            #expect(page.body.contains("<td class=\"file\">\(Self.notice)</td>"), "\(path)")
            #expect(page.body.contains("<td class=\"line\">\(dateLine)</td>"), "\(path)")
            #expect(page.body.contains("<td class=\"column\">7</td>"), "\(path)")
            #expect(page.body.contains("meta/date"), "\(path)")
            #expect(page.body.contains("&lt;img src=x onerror=alert(1)&gt;"), "the message is escaped: \(path)")
            #expect(!page.body.contains(hostile), "\(path)")
            #expect(page.body.contains("data-publish-serve"), "the error page reloads when fixed: \(path)")
            #expect(!page.body.contains("提高思想认识"), "no stale site: \(path)")
        }
        let stylesheet = try server.get("/assets/screen.css")
        #expect(stylesheet.status == 500)
        #expect(stylesheet.body.contains("meta/date"))

        try server.write(Self.notice, original)
        #expect(server.eventually { try server.get(Self.noticePage).status == 200 }, "\(server.stderr)")
        let page = try server.get(Self.noticePage)
        #expect(page.body.contains("提高思想认识"))
        #expect(!page.body.contains("Build failed"))
    }

    @Test func showsATemplateErrorWithItsPlace() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        try server.write("Templates/index.mustache", "<p>\n{{#notices}}\n<p>{{title}}</p>\n")
        #expect(server.eventually { try server.get("/").status == 500 }, "\(server.stderr)")
        let page = try server.get("/")
        #expect(page.body.contains("<td class=\"file\">Templates/index.mustache</td>"))
        #expect(page.body.contains("<code>template</code>"))
    }

    // MARK: - Safety

    @Test func listensOnTheLoopbackAddressOnly() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        #expect(try server.get("/").status == 200)

        var checked = 0
        if let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) {
            let port = String(format: "%04X", server.port)
            #expect(
                Self.listening(in: table, port: server.port) == ["0100007F:\(port)"],
                "bound to 127.0.0.1 and nothing else")
            checked += 1
        }
        if let table = try? String(contentsOfFile: "/proc/net/tcp6", encoding: .utf8) {
            #expect(Self.listening(in: table, port: server.port).isEmpty, "no IPv6 socket")
        }
        for address in RawHTTP.localIPv4Addresses() where !address.hasPrefix("127.") {
            #expect(!RawHTTP.canConnect(to: address, port: server.port), "reachable on \(address)")
            checked += 1
        }
        #expect(checked > 0, "neither /proc/net/tcp nor another local address to try")
    }

    /// The local addresses (hex `address:port`) of the listening sockets on `port` in a table of
    /// /proc/net/tcp: columns sl, local_address, rem_address, st (0A is LISTEN), …
    static func listening(in table: String, port: UInt16) -> [String] {
        let suffix = ":" + String(format: "%04X", port)
        var addresses: [String] = []
        for line in table.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: " ")
            if columns.count > 3, columns[1].hasSuffix(suffix), columns[3] == "0A" {
                addresses.append(String(columns[1]))
            }
        }
        return addresses
    }

    @Test func refusesPathsOutsideTheSite() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        // A link inside the served folder that points out of it.
        let site = try #require(
            server.builtFiles(named: "index.html").first.map { ($0 as NSString).deletingLastPathComponent })
        try FileManager.default.createSymbolicLink(atPath: site + "/outside", withDestinationPath: server.project.path)

        for path in [
            "/../../../../etc/passwd",
            "/notices/../../../../etc/passwd",
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
            "/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd",
            "/..%5c..%5c..%5cetc%5cpasswd",
            "/outside/content/changchun-xinqu-2025.md",
            "/outside/",
        ] {
            let response = try server.get(path)
            #expect([403, 404].contains(response.status), "\(path): \(response.status)")
            #expect(!response.body.contains("root:"), "\(path)")
            #expect(!response.body.contains("issuer: 中共长春新区工作委员会"), "\(path)")
        }
        let elsewhere = try server.get("/", host: "attacker.example")
        #expect(elsewhere.status == 421, "a page of another host name (DNS rebinding) is refused")
    }

    // MARK: - Starting and stopping

    @Test(arguments: [SIGINT, SIGTERM])
    func stopsOnASignalAndRemovesItsFolder(signal: Int32) throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        #expect(try server.get("/").status == 200)
        #expect(!server.workspaces().isEmpty)

        kill(server.process.processIdentifier, signal)
        #expect(server.waitForExit(), "still running after the signal")
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
        #expect(server.workspaces().isEmpty, "the temporary folder is gone")
    }

    @Test func aPortInUseIsAnErrorWithExitCode2() throws {
        let server = try ServeProcess.start()
        defer { server.terminate() }
        let temporary = server.scratch.appendingPathComponent("tmp-second")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let second = try PublishBinary.run(
            ["serve", "--port", "\(server.port)"], in: server.project, environment: ["TMPDIR": temporary.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("127.0.0.1:\(server.port)"))
        #expect(second.stderr.contains("in use"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }
}

// MARK: - The server process

/// `publish serve --port 0` running in a scratch project (`project/content/` with the reference
/// notice), its temporary folder redirected (`TMPDIR`) into the scratch folder so the test can
/// see it come and go.
final class ServeProcess: @unchecked Sendable {
    let scratch: URL
    let project: URL
    let temporary: URL
    let process = Process()
    private(set) var port: UInt16 = 0
    private let output: StreamCollector
    private let errors: StreamCollector

    var stderr: String { errors.text }

    /// Starts the server once `prepare` has added what a test needs to the project folder.
    static func start(prepare: (URL) throws -> Void = { _ in }) throws -> ServeProcess {
        let server = try ServeProcess()
        do {
            try prepare(server.project)
            try server.launch()
        } catch {
            server.terminate()
            throw error
        }
        return server
    }

    private init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publish-serve-test-\(UUID().uuidString)")
        project = scratch.appendingPathComponent("project")
        temporary = scratch.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: project.appendingPathComponent("content"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.root.appendingPathComponent(Fixtures.referencePath),
            to: project.appendingPathComponent(ServeCommandTests.notice))
        let out = Pipe()
        let err = Pipe()
        output = StreamCollector(out)
        errors = StreamCollector(err)
        process.executableURL = PublishBinary.url
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = project
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
    }

    private func launch() throws {
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if let match = output.text.firstMatch(of: /Serving http:\/\/127\.0\.0\.1:(\d+)\//),
                let port = UInt16(match.1)
            {
                self.port = port
                return
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw ServeError("publish serve did not print its URL; stderr: \(stderr)")
    }

    /// Stops the server if it still runs (SIGTERM, then SIGKILL) and removes the scratch folder.
    func terminate() {
        if process.isRunning {
            process.terminate()
            if !waitForExit() {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Whether the process has ended within 20 seconds.
    func waitForExit() -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { return false }
        process.waitUntilExit()
        return true
    }

    /// Whether `condition` becomes true within 30 seconds (polled; the bound only stops a
    /// broken server from hanging the run).
    func eventually(_ condition: () throws -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        repeat {
            if (try? condition()) == true { return true }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        return false
    }

    // MARK: Requests and files

    func get(_ target: String, host: String? = nil) throws -> RawHTTP.Response {
        try RawHTTP.get(target, port: port, host: host ?? "127.0.0.1:\(port)")
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: project.appendingPathComponent(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        let url = project.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let before = try read(relative)
        let after = change(before)
        #expect(after != before, "the edit changes \(relative)")
        try write(relative, after)
    }

    /// The preview's private folders in the redirected temporary folder.
    func workspaces() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []).filter {
            $0.hasPrefix("publish-serve-")
        }
    }

    /// Paths of files named `name` at the top of the sites built in the private folders.
    func builtFiles(named name: String) -> [String] {
        workspaces().flatMap { workspace -> [String] in
            let folder = temporary.appendingPathComponent(workspace).path
            let sites = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
                $0.hasPrefix("site-")
            }
            return sites.map { "\(folder)/\($0)/\(name)" }.filter { FileManager.default.fileExists(atPath: $0) }
        }
    }
}

struct ServeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Everything a pipe has delivered so far, read on another thread.
final class StreamCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { data.append(chunk) }
            }
        }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}

// MARK: - HTTP over a socket

/// A minimal HTTP/1.1 client over a POSIX socket: the request target goes out byte for byte
/// (URLSession would fold `..` away before sending).
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [(String, String)]
        var body: String

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    static func get(_ target: String, port: UInt16, host: String) throws -> Response {
        let descriptor = try connected(to: "127.0.0.1", port: port)
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw ServeError("send failed: errno \(errno)") }
            sent += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 { throw ServeError("recv failed: errno \(errno)") }
            if count == 0 { break }
            received += buffer[0..<count]
            if let response = parse(received) { return response }
        }
        guard let response = parse(received) else { throw ServeError("incomplete response to \(target)") }
        return response
    }

    /// The response once its head and `Content-Length` bytes of body have arrived.
    private static func parse(_ bytes: [UInt8]) -> Response? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard
            let end = (0...max(0, bytes.count - separator.count)).first(where: {
                Array(bytes[$0..<min(bytes.count, $0 + 4)]) == separator
            })
        else { return nil }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        let headers = head.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let body = Array(bytes[(end + 4)...])
        let length = headers.first { $0.0.lowercased() == "content-length" }.flatMap { Int($0.1) }
        if let length, body.count < length { return nil }
        return Response(
            status: status, headers: headers, body: String(decoding: body.prefix(length ?? body.count), as: UTF8.self))
    }

    private static func connected(to address: String, port: UInt16) throws -> Int32 {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw ServeError("socket failed: errno \(errno)") }
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = port.bigEndian
        inet_pton(AF_INET, address, &socketAddress.sin_addr)
        let result = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw ServeError("connect to \(address):\(port) failed: errno \(code)")
        }
        return descriptor
    }

    static func canConnect(to address: String, port: UInt16) -> Bool {
        guard let descriptor = try? connected(to: address, port: port) else { return false }
        close(descriptor)
        return true
    }

    /// The IPv4 addresses of this machine's interfaces.
    static func localIPv4Addresses() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var addresses: [String] = []
        var cursor = first
        while let entry = cursor {
            if let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { inet in
                    var inAddress = inet.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &inAddress, &text, socklen_t(INET_ADDRSTRLEN))
                }
                addresses.append(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
            cursor = entry.pointee.ifa_next
        }
        return addresses
    }
}
