import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// `publish build`: checks every notice like `check` and renders the public site into a staging
/// folder, swapped in at the end. With any error the staging folder is thrown away: nothing is
/// written.
///
/// Notices are read, checked, rendered and written one by one on all cores; only a small summary
/// of each is kept for the listings, so memory does not grow with the size of the site. Unchanged
/// notices come from the rebuild cache (`BuildCache`).
public struct SiteBuilder: Sendable {
    public var options: SiteOptions

    public init(options: SiteOptions) {
        self.options = options
    }

    /// What processing one notice gave.
    private enum Outcome {
        case published(NoticeSummary, warnings: Int)
        case draft(NoticeSummary)
        case failed(diagnostics: [Diagnostic], source: SourceText)
        case unreadable(Message)
    }

    /// Builds the site. With `reportFailure`, the findings of each notice that has errors go to it
    /// as soon as that notice and all before it are done, in path order, and are not kept (a
    /// failed `SiteBuildError.content` then holds only the findings not reported, and counts
    /// the reported errors); without it, they are all in the error.
    public func build(
        reportFailure: ((_ diagnostics: [Diagnostic], _ source: SourceText) -> Void)? = nil
    ) throws(SiteBuildError) -> SiteReport {
        let templates: TemplateLibrary
        do {
            templates = try TemplateLibrary.load(folder: options.templates)
        } catch {
            throw .template(error)
        }
        let location: OutputLocation
        do {
            let templatesFolder = TemplateLibrary.folder(options.templates)
            location = try OutputLocation(
                output: options.output, content: options.content, templates: templatesFolder, projectRoot: options.projectRoot)
        } catch {
            throw .io(error.reason)
        }
        // What is a notice, what a link under the content folder means, whether drafts are
        // published: the policy `check` applies too.
        let policy = ContentPolicy(
            configuration: options.configuration, drafts: options.includeDrafts ? .published : .leftOut)
        let listing: ContentListing
        do {
            listing = try policy.list([options.content])
        } catch {
            throw .io(error.message)
        }
        if listing.refusesTheRun {
            throw .content(diagnostics: listing.findings, sources: [])
        }
        let files = listing.files
        // `search: true` needs Pagefind: a missing binary is found before anything is built.
        var indexer: PagefindIndexer?
        if options.configuration.search {
            do {
                indexer = try PagefindIndexer.locate()
            } catch {
                throw .io(error.message)
            }
        }
        let searchURL = options.configuration.search ? SearchViewModel.path : nil
        let baseURL = options.baseURL ?? options.configuration.baseURL
        let siteTitle = options.configuration.siteTitle ?? "巡视巡察整改进展情况通报"
        // The cache is read once the lock is held: a build that finished meanwhile wrote it.
        let parent = (location.path as NSString).deletingLastPathComponent
        var cache: BuildCache?
        let fingerprint = options.useCache ? fingerprint(templates: templates, baseURL: baseURL, siteTitle: siteTitle) : 0
        let staging: SiteStaging
        do {
            staging = try SiteStaging(output: location.path) {
                guard options.useCache else { return false }
                cache = BuildCache(
                    folder: (parent as NSString).appendingPathComponent(".\((location.path as NSString).lastPathComponent).cache"),
                    output: location.path, fingerprint: fingerprint)
                // A rebuild with the cache patches the output in place; Pagefind indexes a whole
                // site, so with search the site is staged whole.
                return cache?.hasPrevious == true && indexer == nil
            }
        } catch {
            throw .io(error.message)
        }
        let noticeCache = cache

        let context = NoticeContext(
            loader: NoticeLoader(interpreter: options.configuration.interpreter),
            checker: Checker(configuration: options.configuration), renderer: HTMLRenderer(templates: templates),
            siteTitle: siteTitle, now: options.now, policy: policy, content: options.content, searchURL: searchURL)
        // The lead of each notice is kept only for the feeds, written with a base URL.
        var published = PublishedNotices(keepingLeads: baseURL != nil, capacity: files.count)
        var warnings = 0
        var errors: [Diagnostic] = []
        var sources: [SourceText] = []
        var reportedErrors = 0
        var drafts = 0
        var bySlug: [String: String] = [:]
        func duplicate(_ summary: NoticeSummary) {
            if let other = bySlug[summary.slug] {
                errors.append(Diagnostic(
                    rule: PipelineRule.duplicateSlug.id, severity: .error,
                    message: Message("build.duplicate-slug", summary.slug, other), file: summary.path,
                    range: SourceRange(at: SourceLocation(line: 1, column: 1)),
                    fix: Message("build.duplicate-slug.fix")))
            }
            bySlug[summary.slug] = summary.path
        }
        // Notices on all cores, their outcomes taken in path order as they finish (`OrderedStream`):
        // what is kept of each is its summary, or, failed and not reported, its findings.
        do {
            try OrderedStream.run(count: files.count, parallel: options.parallel) { index in
                process(files[index], context: context, staging: staging, cache: noticeCache)
            } deliver: { (_, outcome: Outcome) throws(SiteBuildError) in
                switch outcome {
                case .published(let summary, let count):
                    duplicate(summary)
                    published.append(summary)
                    warnings += count
                case .draft(let summary):
                    duplicate(summary)
                    drafts += 1
                case .failed(let diagnostics, let source):
                    if let reportFailure {
                        reportedErrors += diagnostics.filter { $0.severity == .error }.count
                        reportFailure(diagnostics.sorted(), source)
                    } else {
                        errors += diagnostics
                        sources.append(source)
                    }
                case .unreadable(let message):
                    throw .io(message)
                }
            }
        } catch {
            staging.discard()
            throw error
        }
        errors += duplicateIndexNumbers(published)
        if reportedErrors > 0 || errors.contains(where: { $0.severity == .error }) {
            staging.discard()
            throw .content(diagnostics: (errors + listing.findings).sorted(), sources: sources, reportedErrors: reportedErrors)
        }
        published.sortNewestFirst()
        do {
            let count = try writeSiteFiles(
                published, to: staging, templates: templates, siteTitle: siteTitle, baseURL: baseURL, cache: cache)
            if let indexer { try index(staging, with: indexer) }
            try staging.commit { cache?.save() }
            return SiteReport(
                notices: published.count, drafts: drafts, files: count + published.fileCount,
                warnings: warnings, contentFindings: listing.findings,
                remarks: baseURL == nil ? [Message("build.no-base-url")] : [])
        } catch {
            staging.discard()
            throw .io(error.message)
        }
    }

    /// `build/duplicate-index-number` among the published notices.
    private func duplicateIndexNumbers(_ published: PublishedNotices) -> [Diagnostic] {
        DuplicateIndexNumbers.findings(
            published.records.indices.compactMap { index in
                let disclosure = published.disclosure(at: index)
                return disclosure.info?.indexNumber.map {
                    .init(path: published.records[index].path, number: $0, range: disclosure.indexNumberRange)
                }
            },
            configuration: options.configuration)
    }

    // MARK: - One notice

    /// What every notice's processing shares.
    private struct NoticeContext: Sendable {
        var loader: NoticeLoader
        var checker: Checker
        var renderer: HTMLRenderer
        var siteTitle: String
        var now: CalendarDate
        var policy: ContentPolicy
        var content: String
        var searchURL: String?
    }

    private func process(_ path: String, context: NoticeContext, staging: SiteStaging, cache: BuildCache?) -> Outcome {
        // The source file as it is before it is read: a rebuild takes the digest of a file the last
        // build recorded as it is now, without reading it.
        var source = cache == nil ? nil : BuildCache.SourceRecord(path: path)
        if let cache, let found = source, let digest = cache.knownDigest(found) {
            source?.digest = digest
            if let outcome = reuse(cache.key(digest: digest), source: source!, context: context, staging: staging, cache: cache) {
                return outcome
            }
        }
        // The loader's read: regular files only (a named pipe would block), at most the size limit
        // and a byte, and the system's reason when it fails.
        let bytes: [UInt8]
        do {
            bytes = try context.loader.read(path: path)
        } catch {
            return .unreadable(error.message)
        }
        source?.digest = cache?.digest(path: path, bytes: bytes) ?? 0
        let key = source.flatMap { cache?.key(digest: $0.digest) }
        if let cache, let key, let source, let outcome = reuse(key, source: source, context: context, staging: staging, cache: cache) {
            return outcome
        }
        return render(bytes: bytes, path: path, key: key, source: source, context: context, staging: staging, cache: cache)
    }

    /// The outcome of a notice the cache holds under `key`, its files kept (or linked into a
    /// whole new site); nil when the cache does not hold it.
    private func reuse(
        _ key: UInt64, source: BuildCache.SourceRecord, context: NoticeContext, staging: SiteStaging, cache: BuildCache
    ) -> Outcome? {
        guard let hit = cache.lookup(key, source: source) else { return nil }
        let summary = hit.summary
        if !context.policy.publishes(draft: summary.draft) { return .draft(summary) }
        do {
            let folder = "notices/" + summary.slug
            switch staging.mode {
            case .patch:
                staging.keep(folder: folder, names: summary.files)
            case .replace:
                for name in summary.files { try staging.link(hit.folder + "/" + name, to: folder + "/" + name) }
            }
        } catch {
            return .unreadable(error.message)
        }
        return .published(summary, warnings: summary.warnings)
    }

    /// Reads, checks and renders a notice the cache does not hold, and records it there.
    private func render(
        bytes: [UInt8], path: String, key: UInt64?, source: BuildCache.SourceRecord?, context: NoticeContext,
        staging: SiteStaging, cache: BuildCache?
    ) -> Outcome {
        let loaded = context.loader.load(bytes: bytes, path: path)
        var diagnostics = context.checker.check(loaded)
        let notice = loaded.notice
        let prefix = context.content.hasSuffix("/") ? context.content : context.content + "/"
        let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        let written = notice.frontMatter.slug ?? String(relative.dropLast(".md".count))
        guard let slug = Slug(written) else {
            diagnostics.append(Diagnostic(
                rule: PipelineRule.slug.id, severity: .error,
                message: Message("build.slug", written),
                file: path, range: notice.frontMatter.ranges["slug"] ?? SourceRange(at: SourceLocation(line: 1, column: 1)),
                fix: Message("build.slug.fix")))
            return .failed(diagnostics: diagnostics, source: loaded.source)
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failed(diagnostics: diagnostics, source: loaded.source)
        }
        let status = DisclosureStatus(period: notice.closing?.disclosure, on: context.now)
        let summary = NoticeSummary(
            notice: notice, slug: slug, path: path,
            files: ["index.html"] + NoticeFormat.all.map { $0.fileName(forSlug: slug.value) },
            warnings: diagnostics.filter { $0.severity == .warning }.count)
        if !context.policy.publishes(draft: summary.draft) { return .draft(summary) }
        let folder = "notices/\(slug.value)/"
        do {
            // The files beside the page first: the page's download links give their sizes.
            var sizes: [String: Int] = [:]
            for format in NoticeFormat.all {
                let bytes = try format.render(notice, for: .site)
                sizes[format.name] = bytes.count
                try staging.write(bytes, to: folder + format.fileName(forSlug: slug.value))
            }
            let model = NoticeViewModel(
                notice: notice, slug: slug.value, root: String(repeating: "../", count: slug.depth),
                siteTitle: context.siteTitle, status: status,
                downloads: NoticeFormat.downloadOrder.map {
                    .init(format: $0, slug: slug.value, byteCount: sizes[$0.name] ?? 0)
                },
                searchURL: context.searchURL)
            try staging.write(context.renderer.renderUTF8(model), to: folder + "index.html")
        } catch let failure as SiteStaging.Failure {
            return .unreadable(failure.message)
        } catch {
            return .unreadable(Message("io.path-reason", path, String(describing: error)))
        }
        if let cache, let key, let source {
            cache.store(key, summary: summary, from: staging.staging + "/" + folder, source: source)
        }
        return .published(summary, warnings: summary.warnings)
    }

    /// What, besides a notice's own bytes, decides its output.
    private func fingerprint(templates: TemplateLibrary, baseURL: String?, siteTitle: String) -> UInt64 {
        var hash = Hash64()
        hash.add(PublishVersion.current)
        // The running binary itself (a name found on PATH is no path to it).
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? ""
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            hash.add("\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")")
        }
        for (name, origin) in templates.origins.sorted(by: { $0.key < $1.key }) {
            hash.add(name)
            hash.add(FileManager.default.contents(atPath: origin).map { [UInt8]($0) } ?? Array(origin.utf8))
        }
        for (name, text) in templates.assets.sorted(by: { $0.key < $1.key }) {
            hash.add(name)
            hash.add(text)
        }
        if let path = options.configuration.path, let data = FileManager.default.contents(atPath: path) {
            hash.add([UInt8](data))
        }
        hash.add("\(options.now) \(options.includeDrafts) \(baseURL ?? "-") \(siteTitle)")
        return hash.value
    }

    // MARK: - Listings, feed, sitemap, assets

    /// Pagefind's index of the finished staging folder (`search: true`).
    private func index(_ staging: SiteStaging, with indexer: PagefindIndexer) throws(SiteStaging.Failure) {
        do {
            try indexer.index(site: staging.staging)
        } catch {
            throw SiteStaging.Failure(message: error.message)
        }
    }

    private func writeSiteFiles(
        _ notices: PublishedNotices, to staging: SiteStaging, templates: TemplateLibrary, siteTitle: String, baseURL: String?,
        cache: BuildCache?
    ) throws(SiteStaging.Failure) -> Int {
        var count = 0
        let search = options.configuration.search
        /// Writes the site-wide file `relative` with `write`, or keeps it when the output has it as
        /// the last build wrote it for the same `digest` (a rebuild that patches the output); the
        /// cache records it either way.
        func place(_ relative: String, digest: UInt64, write: () throws(SiteStaging.Failure) -> Void) throws(SiteStaging.Failure) {
            if let cache, staging.mode == .patch, cache.reusesPage(relative, digest: digest) {
                staging.keep(relative)
                return
            }
            try write()
            cache?.storePage(relative, digest: digest, from: staging.staging + "/" + relative)
        }
        for (name, text) in templates.assets.sorted(by: { $0.key < $1.key }) where search || name != "search.js" {
            var hash = Hash64()
            if cache != nil { hash.add(text) }
            try place("assets/\(name)", digest: hash.value) { () throws(SiteStaging.Failure) in
                try staging.write(text, to: "assets/\(name)")
            }
            count += 1
        }
        let feedURL = baseURL.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "feed.xml" }
        var listingPages: [(String, CalendarDate?)] = []
        let pages = SiteListings.pages(
            for: notices, siteTitle: siteTitle, feedURL: feedURL, on: options.now, pageSize: options.configuration.pageSize,
            searchURL: search ? SearchViewModel.path : nil, baseURL: baseURL, withDigests: cache != nil)
        // Two pages at one path (never made: issuer ids that collide are told apart) are both
        // written, in order, and neither is kept.
        var uses: [String: Int] = [:]
        for page in pages { uses[page.path, default: 0] += 1 }
        // One page at a time: the home page and each listing hold every notice, and a page's bytes
        // grow by doubling, so two big pages at once raised the peak memory of a large site by a
        // fifth (rendered on all cores, they saved a rebuild about 20 ms).
        for page in pages {
            if uses[page.path] == 1 {
                try place(page.path, digest: page.digest) { () throws(SiteStaging.Failure) in
                    try staging.write(templates.renderUTF8(page.model, template: "index"), to: page.path)
                }
            } else {
                try staging.write(templates.renderUTF8(page.model, template: "index"), to: page.path)
            }
            listingPages.append((page.path, page.modified))
            count += 1
        }
        if search {
            var hash = Hash64()
            hash.add(siteTitle)
            try place(SearchViewModel.path, digest: hash.value) { () throws(SiteStaging.Failure) in
                try staging.write(templates.renderUTF8(SearchViewModel(siteTitle: siteTitle), template: "search"), to: SearchViewModel.path)
            }
            count += 1
        }
        if let baseURL {
            let zone = options.configuration.timeZone
            // A feed shows its newest notices (the list is newest first) and is dated by its
            // newest, the first: the summaries of those alone are made.
            func feed(_ members: some Collection<Int>) -> [NoticeSummary] {
                members.prefix(AtomFeed.entryLimit).map { notices.summary(at: $0) }
            }
            try staging.write(
                AtomFeed.render(feed(notices.records.indices), baseURL: baseURL, title: siteTitle, updated: options.now, timeZone: zone),
                to: "feed.xml")
            let sitemap = listingPages + notices.records.map { ($0.pageURL, $0.date) }
            try staging.write(Sitemap.render(paths: sitemap, baseURL: baseURL, timeZone: zone), to: "sitemap.xml")
            count += 2
            // One feed per issuer, beside its listing.
            let groups = notices.issuerGroups()
            let ids = IssuerID.Table(groups.names)
            for group in groups.names.indices.sorted(by: { groups.names[$0] < groups.names[$1] }) {
                let issuer = groups.names[group]
                let members = notices.records.indices.lazy.filter {
                    notices.records[$0].issuer >= 0 && groups.group[Int(notices.records[$0].issuer)] == group
                }
                try staging.write(
                    AtomFeed.render(
                        feed(members), baseURL: baseURL, title: "\(issuer) - \(siteTitle)",
                        updated: options.now, timeZone: zone, path: SiteListings.issuerFeedPath(issuer, ids),
                        page: SiteListings.issuerPath(issuer, ids)),
                    to: SiteListings.issuerFeedPath(issuer, ids))
                count += 1
            }
        }
        return count
    }
}
