import ArgumentParser
import Foundation
import TendServer
import TendVault

/// `tend serve [VAULT]`: a live preview of the site while writing.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the website while you write: build, serve on loopback, rebuild and reload on save.",
        discussion: """
            Builds the site into a temporary folder and serves it at http://127.0.0.1:4000/ \
            (--port 0 picks a free port). Saving a note, tend.yaml or a template rebuilds the \
            site and reloads open pages; a failed rebuild shows in the terminal and as an \
            overlay in the browser. Ctrl-C stops it. --host 0.0.0.0 exposes it to your \
            network on purpose.
            """)

    @OptionGroup var options: LintOptions

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 4000

    @Option(name: .customLong("templates"), help: "Folder whose templates and assets replace the built-in ones.", completion: .directory)
    var templates: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0…65535, not \(port)") }
    }

    func run() throws {
        let serverOptions = PreviewServer.Options(vaultRoot: options.vault, configPath: options.config,
                                                  asOf: options.asOf.flatMap { CivilDate(parsing: $0) },
                                                  host: host, port: port, templates: templates)
        let server = PreviewServer(options: serverOptions) { line in
            FileHandleWriter.standardOutput(line + "\n")
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run()
            } catch let exit as ExitStatus {
                outcome.code = exit.code
            } catch {
                printError("error while serving: \(error)\n  fix: choose another --port, or stop the program that uses it")
                outcome.code = 2
            }
            done.signal()
        }
        done.wait()
        exitWithoutTeardown(outcome.code)
    }
}

private final class ServeOutcome: @unchecked Sendable {
    var code: Int32 = 0
}
