import Foundation

/// `publish build`: loads and checks every notice like `check`, then renders the public site into
/// a staging folder and swaps it in. With any error it writes nothing.
public struct SiteBuilder: Sendable {
    public var options: SiteOptions

    public init(options: SiteOptions) {
        self.options = options
    }

    public func build() throws(SiteBuildError) -> SiteReport {
        let templates: TemplateLibrary
        do {
            templates = try TemplateLibrary.load(folder: options.templates)
        } catch {
            throw .template(error)
        }
        let location: OutputLocation
        do {
            let templatesFolder = options.templates ?? (FileManager.default.fileExists(atPath: "Templates") ? "Templates" : nil)
            location = try OutputLocation(
                output: options.output, content: options.content, templates: templatesFolder, projectRoot: options.projectRoot)
        } catch {
            throw .io(error.reason)
        }
        let (published, draftCount, set) = try load()
        let baseURL = options.baseURL ?? options.configuration.baseURL
        let siteTitle = options.configuration.siteTitle ?? "巡视巡察整改进展情况通报"

        let staging: SiteStaging
        do {
            staging = try SiteStaging(output: location.path)
        } catch {
            throw .io(error.message)
        }
        do {
            let files = try write(published, to: staging, templates: templates, siteTitle: siteTitle, baseURL: baseURL)
            try staging.commit()
            let sources = set.sources
            let kept = Set(published.map { $0.notice.path })
            return SiteReport(
                notices: published.count, drafts: draftCount, files: files,
                diagnostics: set.diagnostics.filter { kept.contains($0.file) }, sources: sources,
                remarks: baseURL == nil ? ["no base URL (--base-url or `baseURL:` in publish.yml): feed.xml and sitemap.xml were not written"] : [])
        } catch {
            staging.discard()
            throw .io(error.message)
        }
    }

    // MARK: - Loading

    private func load() throws(SiteBuildError) -> ([SiteNotice], Int, NoticeSet) {
        let files: [String]
        let set: NoticeSet
        do {
            files = try ContentFiles.markdownFiles(in: [options.content])
            set = try NoticeSet.load(files: files, configuration: options.configuration)
        } catch let error as ContentFiles.Error {
            throw .io(error.description)
        } catch let error as NoticeLoader.ReadError {
            throw .io(error.description)
        } catch {
            throw .io("\(error)")
        }
        var diagnostics = set.diagnostics
        var notices: [SiteNotice] = []
        var bySlug: [Slug: String] = [:]
        var drafts = 0
        let contentPrefix = options.content.hasSuffix("/") ? options.content : options.content + "/"
        for entry in set.entries {
            let notice = entry.loaded.notice
            let relative = notice.path.hasPrefix(contentPrefix) ? String(notice.path.dropFirst(contentPrefix.count)) : notice.path
            let written = notice.frontMatter.slug ?? String(relative.dropLast(".md".count))
            let at = notice.frontMatter.ranges["slug"] ?? SourceRange(at: SourceLocation(line: 1, column: 1))
            guard let slug = Slug(written) else {
                diagnostics.append(Diagnostic(
                    rule: "build/slug", severity: .error,
                    message: "the slug `\(written)` is not a URL path of ASCII letters, digits, `-`, `_` and `.`",
                    file: notice.path, range: at,
                    fix: "rename the file (or set `slug:`) with ASCII only, for example `2025/changchun-xinqu`"))
                continue
            }
            if let other = bySlug[slug] {
                diagnostics.append(Diagnostic(
                    rule: "build/duplicate-slug", severity: .error,
                    message: "the slug `\(slug)` is also the slug of \(other)", file: notice.path, range: at,
                    fix: "give one of them another file name or `slug:`"))
                continue
            }
            bySlug[slug] = notice.path
            if notice.frontMatter.draft && !options.includeDrafts {
                drafts += 1
                continue
            }
            notices.append(SiteNotice(
                slug: slug, notice: notice, status: DisclosureStatus(period: notice.closing?.disclosure, on: options.now)))
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw .content(diagnostics: diagnostics.sorted(), sources: set.sources)
        }
        return (notices.sorted(by: SiteNotice.newestFirst), drafts, set)
    }

    // MARK: - Writing

    private func write(
        _ notices: [SiteNotice], to staging: SiteStaging, templates: TemplateLibrary, siteTitle: String, baseURL: String?
    ) throws(SiteStaging.Failure) -> Int {
        var count = 0
        for (name, text) in templates.assets.sorted(by: { $0.key < $1.key }) {
            try staging.write(text, to: "assets/\(name)")
            count += 1
        }
        // Notice pages in parallel: each is rendered and written at once, so memory stays flat.
        let failures = ResultSlots<SiteStaging.Failure>(count: notices.count)
        let renderer = HTMLRenderer(templates: templates)
        DispatchQueue.concurrentPerform(iterations: notices.count) { index in
            let item = notices[index]
            let root = String(repeating: "../", count: item.slug.depth)
            let model = NoticeViewModel(
                notice: item.notice, slug: item.slug.value, root: root, siteTitle: siteTitle, status: item.status)
            let folder = "notices/\(item.slug.value)/"
            do {
                try staging.write(renderer.render(model), to: folder + "index.html")
                try staging.write(PlainTextRenderer().render(item.notice) + "\n", to: folder + model.textFile)
                try staging.write(JSONRenderer().render(item.notice) + "\n", to: folder + model.jsonFile)
                try staging.write(try DocxRenderer().render(item.notice), to: folder + model.docxFile)
            } catch let failure as SiteStaging.Failure {
                failures.set(index, failure)
            } catch {
                failures.set(index, SiteStaging.Failure(message: "\(error)"))
            }
        }
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
        count += notices.count * 4

        let feedURL = baseURL.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "feed.xml" }
        func listing(_ heading: String, _ items: [SiteNotice], root: String, browse: Bool) -> ListingViewModel {
            let issuers = browse ? issuerGroups(notices) : []
            let years = browse ? yearGroups(notices) : []
            return ListingViewModel(
                heading: heading, siteTitle: siteTitle, root: root, inlineCSS: nil, feedURL: feedURL,
                notices: items.map { $0.entry() }, hasNotices: !items.isEmpty, issuers: issuers,
                hasIssuers: !issuers.isEmpty, years: years, hasYears: !years.isEmpty)
        }
        try staging.write(templates.render(listing(siteTitle, notices, root: "", browse: true), template: "index"), to: "index.html")
        count += 1
        var sitemapPaths: [(String, CalendarDate?)] = [("index.html", notices.compactMap(\.notice.frontMatter.date).max())]
        for issuer in Set(notices.compactMap(\.notice.frontMatter.issuer)).sorted() {
            let items = notices.filter { $0.notice.frontMatter.issuer == issuer }
            let path = "issuers/\(SiteNotice.issuerID(issuer))/index.html"
            try staging.write(templates.render(listing(issuer, items, root: "../../", browse: false), template: "index"), to: path)
            sitemapPaths.append((path, items.compactMap(\.notice.frontMatter.date).max()))
            count += 1
        }
        for year in Set(notices.compactMap { $0.notice.frontMatter.date?.year }).sorted(by: >) {
            let items = notices.filter { $0.notice.frontMatter.date?.year == year }
            let path = "years/\(year)/index.html"
            try staging.write(templates.render(listing("\(year)年", items, root: "../../", browse: false), template: "index"), to: path)
            sitemapPaths.append((path, items.compactMap(\.notice.frontMatter.date).max()))
            count += 1
        }
        sitemapPaths += notices.map { ($0.pageURL, $0.notice.frontMatter.date) }
        if let baseURL {
            try staging.write(AtomFeed.render(notices, baseURL: baseURL, title: siteTitle, updated: options.now), to: "feed.xml")
            try staging.write(Sitemap.render(paths: sitemapPaths, baseURL: baseURL), to: "sitemap.xml")
            count += 2
        }
        return count
    }

    private func issuerGroups(_ notices: [SiteNotice]) -> [ListingViewModel.Group] {
        Dictionary(grouping: notices.compactMap(\.notice.frontMatter.issuer), by: { $0 }).map { issuer, list in
            ListingViewModel.Group(name: issuer, url: "issuers/\(SiteNotice.issuerID(issuer))/index.html", count: list.count)
        }.sorted { $0.name < $1.name }
    }

    private func yearGroups(_ notices: [SiteNotice]) -> [ListingViewModel.YearGroup] {
        Dictionary(grouping: notices.compactMap { $0.notice.frontMatter.date?.year }, by: { $0 }).map { year, list in
            ListingViewModel.YearGroup(year: year, url: "years/\(year)/index.html", count: list.count)
        }.sorted { $0.year > $1.year }
    }
}
