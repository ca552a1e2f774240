import PublishCore
import PublishReading

/// Runs every rule over a notice and turns the findings into diagnostics: the configured
/// severities, rules switched off, and the author's suppression comments applied, sorted.
public struct Checker: Sendable {
    public var rules: [any Rule]
    public var configuration: PublishConfiguration

    public init(rules: [any Rule] = RuleRegistry.rules, configuration: PublishConfiguration = PublishConfiguration()) {
        self.rules = rules
        self.configuration = configuration
    }

    public func check(_ loaded: LoadedNotice) -> [Diagnostic] {
        var context = CheckContext(
            notice: loaded.notice, source: loaded.source, markdown: loaded.markdown, calendar: configuration.calendar)
        context.indexNumberPattern = configuration.indexNumberPattern
        let suppressions = Suppressions(source: loaded.source, knownRules: RuleRegistry.ids)
        // Most sites configure no severities: then every rule keeps its default, and the lookup
        // (a dictionary probe and a new string per call) can be skipped.
        let configured = !configuration.severities.isEmpty
        func effectiveSeverity(of rule: String, default defaultSeverity: Severity) -> Severity? {
            configured ? configuration.severity(of: rule, default: defaultSeverity) : defaultSeverity
        }
        var diagnostics: [Diagnostic] = []
        var order = ReportOrder()
        for diagnostic in loaded.diagnostics {
            guard let severity = effectiveSeverity(of: diagnostic.rule, default: diagnostic.severity) else { continue }
            var adjusted = diagnostic
            adjusted.severity = severity
            diagnostics.append(adjusted)
            order.append(adjusted.range, rule: order.rule(adjusted.rule))
        }
        // A file that could not be read as text is not checked further: its findings would be noise.
        let unreadable = loaded.diagnostics.contains {
            $0.rule == PipelineRule.fileTooLarge.id || $0.rule == PipelineRule.invalidUTF8.id
        }
        if !unreadable {
            // Every rule's findings first, so that the diagnostics are laid out once.
            var found: [(rule: RuleDescriptor, severity: Severity, findings: [Finding])] = []
            for rule in rules {
                let descriptor = rule.descriptor
                guard let severity = effectiveSeverity(of: descriptor.id, default: descriptor.defaultSeverity) else { continue }
                let findings = rule.check(context)
                if !findings.isEmpty { found.append((descriptor, severity, findings)) }
            }
            // The keys of the report order, in the order of the diagnostics.
            let first = diagnostics.count
            var total = first
            for (descriptor, _, findings) in found {
                let rule = order.rule(descriptor.id)
                for index in findings.indices { order.append(findings[index].range, rule: rule) }
                total += findings.count
            }
            // Each rule's findings moved out (from the last) into their places, which are known:
            // iterating them copied every finding.
            var end = total
            diagnostics = [Diagnostic](unsafeUninitializedCapacity: total) { buffer, count in
                for (index, diagnostic) in diagnostics.enumerated() { buffer.initializeElement(at: index, to: diagnostic) }
                let file = loaded.source.path
                while var (descriptor, severity, findings) = found.popLast() {
                    let rule = descriptor.id
                    while let finding = findings.popLast() {
                        end -= 1
                        let findingSeverity =
                            finding.severity.flatMap { effectiveSeverity(of: rule, default: $0) } ?? severity
                        // The diagnostic shares what the finding says (`DiagnosticText`).
                        (buffer.baseAddress! + end).initialize(
                            to: Diagnostic(
                                rule: rule, severity: findingSeverity, text: finding.text, file: file,
                                range: finding.range))
                    }
                }
                count = total
            }
            assert(end == first, "every finding has its place")
        }
        if suppressions.silencesAnything {
            // The keys again, for the findings that remain.
            diagnostics = diagnostics.filter { !suppressions.isSilenced(rule: $0.rule, line: $0.range.start.line) }
            order = ReportOrder()
            for diagnostic in diagnostics { order.append(diagnostic.range, rule: order.rule(diagnostic.rule)) }
        }
        for (rule, line) in suppressions.unknownRules {
            let diagnostic = Diagnostic(
                rule: PipelineRule.unknownRule.id, severity: .warning,
                message: Message("suppression.unknown-rule", rule), file: loaded.source.path,
                range: SourceRange(start: SourceLocation(line: line, column: 1), end: SourceLocation(line: line, column: 2)),
                fix: Message("suppression.unknown-rule.fix"))
            diagnostics.append(diagnostic)
            order.append(diagnostic.range, rule: order.rule(diagnostic.rule))
        }
        order.sort(&diagnostics)
        return diagnostics
    }
}
