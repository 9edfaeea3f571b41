import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import TendLint
import TendSite
import TendVault

/// `tend serve`: builds the vault into a temporary folder, serves it on loopback, rebuilds
/// when files change and tells open pages to reload.
public struct PreviewServer: Sendable {
    public struct Options: Sendable {
        public var vaultRoot: String
        public var configPath: String?
        public var asOf: CivilDate?
        public var host: String
        public var port: Int
        public var templates: String?

        public init(vaultRoot: String, configPath: String?, asOf: CivilDate?, host: String, port: Int, templates: String?) {
            self.vaultRoot = vaultRoot
            self.configPath = configPath
            self.asOf = asOf
            self.host = host
            self.port = port
            self.templates = templates
        }
    }

    let options: Options
    let siteRoot: String
    let live = LiveReload()
    let log: @Sendable (String) -> Void
    let session = SiteSession()
    /// Pages an update leaves for after the reload, written in update order (serial).
    let background = DispatchQueue(label: "tend.serve.after-reload")

    public init(options: Options, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        // A private folder with an unguessable name (mkdtemp), not a fixed path in a shared /tmp.
        var template = Array((NSTemporaryDirectory() + "tend-serve-XXXXXX").utf8CString)
        let folder = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let made = mkdtemp(buffer.baseAddress!) else { return nil }
            return String(cString: made)
        }
        self.siteRoot = (folder ?? NSTemporaryDirectory() + "tend-serve-\(getpid())") + "/site"
        self.log = log
    }

    var siteOptions: SiteOptions {
        SiteOptions(output: siteRoot, baseURL: "/", templateOverrides: options.templates, injectedScript: LiveScript.tag)
    }

    /// One rebuild after `changed` (paths on disk, relative to the vault; `@…` for files
    /// outside it). Note edits update only the pages they touch; anything else rebuilds all.
    @discardableResult
    func rebuild(changed: [String]) -> Bool {
        // The previous update's remaining pages go first: they must not land over newer ones.
        background.sync {}
        if !changed.isEmpty, let outcome = updateIncrementally(changed) { return outcome }
        return rebuildAll(changed: changed)
    }

    /// Nil when the change needs a full build.
    private func updateIncrementally(_ changed: [String]) -> Bool? {
        guard changed.allSatisfy({ $0.lowercased().hasSuffix(".md") && !$0.hasPrefix("@") && !$0.hasPrefix(".") }),
              let state = session.state else { return nil }
        let started = DispatchTime.now()
        let outcome: Outcome
        do throws(VaultError) {
            var applied = try applyEdit(changed, state)
            if applied == nil { applied = try applyRestructure(changed, state) }
            guard let applied else { return nil }
            outcome = applied
        } catch {
            live.buildFailed(error.description)
            log(error.description)
            return false
        }
        let (context, update, oldNotes) = (outcome.context, outcome.update, outcome.oldNotes)
        var documents: [Int: SearchIndex.Document] = [:]
        if let oldNotes {
            for (newNote, oldNote) in oldNotes.enumerated() { if let oldNote { documents[newNote] = state.documents[oldNote] } }
        } else {
            documents = state.documents
        }
        for (noteIndex, document) in update.documents { documents[noteIndex] = document }
        session.state = SiteSession.State(context: context, plan: update.plan, documents: documents, gitDates: state.gitDates,
                                          templates: state.templates, cache: state.cache)
        live.buildSucceeded()
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        log("Updated \(update.pages.count) pages in \(milliseconds) ms (changed: \(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? ", …" : ""))")
        if let deferred = update.deferred {
            let live = self.live, log = self.log
            background.async {
                do throws(VaultError) {
                    try deferred.run()
                } catch {
                    live.buildFailed(error.description)
                    log(error.description)
                }
            }
        }
        // After the page is back: the search index and the lint findings of the changed notes.
        let generation = session.nextSearchGeneration()
        let siteRoot = self.siteRoot, session = self.session, log = self.log
        let vault = context.vault, resolved = context.resolved
        let touched = Set(changed.map { $0.precomposedStringWithCanonicalMapping })
        Task.detached(priority: .utility) {
            let ordered = update.plan.publishedNotes.compactMap { documents[$0] }
            if session.isCurrentSearch(generation) { try? SiteUpdate.writeSearchIndex(ordered, siteRoot: siteRoot) }
            if let linter = try? Linter(config: context.config, asOf: context.asOf) {
                let findings = linter.lint(resolved, gitDates: state.gitDates).findings.filter { touched.contains($0.file) }
                if !findings.isEmpty {
                    log(TextReporter(color: false).render(LintReport(findings: findings, notes: touched.count, vault: vault))
                        .trimmingCharacters(in: .newlines))
                }
            }
        }
        return true
    }

    private struct Outcome {
        var context: LintContext
        var update: SiteUpdate.Result
        /// Old note index of each new note when notes were added, removed or renamed.
        var oldNotes: [Int?]?
    }

    /// Notes edited in place, with the same titles and URLs: only their pages and the pages
    /// that show them. A retitled note goes on to `restructure`.
    private func applyEdit(_ changed: [String], _ state: SiteSession.State) throws(VaultError) -> Outcome? {
        guard let (vault, notes) = state.context.vault.reloadingNotes(atDiskPaths: changed) else { return nil }
        var clock = PhaseClock(start: DispatchTime.now())
        let resolved = state.context.resolved.updated(with: vault, changedNotes: notes)
        clock.mark("update: resolve")
        let context = LintContext(updating: state.context, resolved: resolved, changedNotes: notes, gitDates: state.gitDates)
        clock.mark("update: lint context")
        if let update = try SiteUpdate.apply(previous: state.plan, context: context, changedNotes: notes, siteRoot: siteRoot,
                                             options: siteOptions, templates: state.templates, cache: state.cache) {
            return Outcome(context: context, update: update, oldNotes: nil)
        }
        return try restructure(VaultChange(sameFiles: vault, rereadNotes: notes), resolved: resolved, state)
    }

    /// Notes added, removed or renamed: the folder is scanned again and the notes that did
    /// not change are reused.
    private func applyRestructure(_ changed: [String], _ state: SiteSession.State) throws(VaultError) -> Outcome? {
        var clock = PhaseClock(start: DispatchTime.now())
        let change = try state.context.vault.reloading(changedPaths: changed, ignore: state.context.config.ignore)
        clock.mark("restructure: scan and read")
        let resolved = state.context.resolved.updated(with: change)
        clock.mark("restructure: resolve")
        return try restructure(change, resolved: resolved, state)
    }

    private func restructure(_ change: VaultChange, resolved: ResolvedVault, _ state: SiteSession.State) throws(VaultError) -> Outcome? {
        var clock = PhaseClock(start: DispatchTime.now())
        let previous = state.context
        let oldNotes = change.oldNoteIndices(previous: previous.vault)
        let context = LintContext(renumbering: previous, resolved: resolved, oldNotes: oldNotes, rereadNotes: change.rereadNotes,
                                  gitDates: state.gitDates)
        // `home:` in tend.yaml must still name a note: the full build says so when it does not.
        guard previous.config.home == nil || context.homeNote != nil else { return nil }
        clock.mark("restructure: lint context")
        guard let update = try SiteRestructure.apply(previous: state.plan, context: context, change: change, siteRoot: siteRoot,
                                                     options: siteOptions, templates: state.templates, cache: state.cache) else {
            return nil
        }
        return Outcome(context: context, update: update, oldNotes: oldNotes)
    }

    private func rebuildAll(changed: [String]) -> Bool {
        let started = DispatchTime.now()
        do {
            let result = try SitePipeline.run(vaultRoot: options.vaultRoot, configPath: options.configPath,
                                              asOf: options.asOf ?? .today()) { _ in siteOptions }
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            if let plan = result.summary.plan {
                var documents: [Int: SearchIndex.Document] = [:]
                for (noteIndex, document) in zip(plan.publishedNotes, result.summary.documents) { documents[noteIndex] = document }
                let templates = try? TemplateSet(overrides: options.templates ?? options.vaultRoot + "/.tend/site-templates")
                session.state = SiteSession.State(context: result.context, plan: plan, documents: documents, gitDates: result.gitDates,
                                                  templates: templates, cache: result.summary.cache)
            }
            live.buildSucceeded()
            var line = "Rebuilt in \(milliseconds) ms: \(result.summary.written) files written"
            if !changed.isEmpty { line += " (changed: \(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? ", …" : ""))" }
            log(line)
            // Findings of the notes that changed, as `tend lint` prints them.
            let touched = Set(changed)
            let findings = result.report.findings.filter { touched.contains($0.file) }
            if !findings.isEmpty {
                let report = LintReport(findings: findings, notes: touched.count, vault: result.report.vault)
                log(TextReporter(color: false).render(report).trimmingCharacters(in: .newlines))
            }
            return true
        } catch {
            session.state = nil
            live.buildFailed(error.description)
            log(error.description)
            return false
        }
    }

    public func run() async throws {
        try? FileManager.default.createDirectory(atPath: (siteRoot as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        defer {
            // A background `rm` of an older build may still be deleting inside: retry a while.
            let folder = (siteRoot as NSString).deletingLastPathComponent
            for _ in 0..<20 where FileManager.default.fileExists(atPath: folder) {
                try? FileManager.default.removeItem(atPath: folder)
                if FileManager.default.fileExists(atPath: folder) { usleep(100_000) }
            }
        }
        guard rebuild(changed: []) else { throw ExitStatus(code: 2) }
        let configFile = options.configPath ?? options.vaultRoot + "/tend.yaml"
        let extraFiles = ([configFile] + (options.templates.map { [$0] } ?? [])).filter { !isInside($0, options.vaultRoot) }
        let watcher = VaultWatcher(root: options.vaultRoot, extraFiles: extraFiles)
        let start = watcher.snapshot()
        let responder = PreviewResponder(siteRoot: siteRoot, live: live)
        let vaultName = options.vaultRoot
        let log = self.log
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "tend"),
            services: [WatchService(watcher: watcher, start: start, server: self, useInotify: extraFiles.isEmpty), PingService(live: live)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                log("Serving \(vaultName) at http://\(hostForURL(channel.localAddress?.ipAddress))\(port)/ (Ctrl-C to stop)")
            },
            logger: Self.quietLogger())
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "tend-serve")
        logger.logLevel = .error
        return logger
    }
}

private func hostForURL(_ address: String?) -> String {
    guard let address else { return "127.0.0.1:" }
    return address.contains(":") ? "[\(address)]:" : address + ":"
}

/// A non-zero exit requested by the server (the first build failed).
public struct ExitStatus: Error {
    public let code: Int32
}
