#!/usr/bin/env python3
"""End-to-end test of `tend serve` (the live-preview server) on a copy of the bundled handbook.

    python3 Tests/Serve/test_serve.py PATH/TO/tend      (or TEND=PATH/TO/tend)
    make serve-test

Copies vault/ to a temporary folder (Glossary.md loses its `permalink:` so that renaming the
file moves its URL; Attachments/leak.svg is a symlink to /etc/passwd, Attachments/outside one
to a decoy folder outside the vault), starts `tend serve COPY --port 0 --as-of 2026-11-23`,
waits for its `Serving … at http://HOST:PORT/ (Ctrl-C to stop)` line, then checks over HTTP:
status and Content-Type of typical pages, the live-reload script tag in HTML, a folder without
its slash, HEAD, keep-alive, the 404 page, path-traversal and symlink attempts (never a
file from outside the site), and live reload over Server-Sent Events (`/_tend/events`): an
edited note, a renamed note, a broken then restored tend.yaml. Ends with SIGTERM, then SIGINT on
a second server, each with an event stream open (exit 0 within 10 s, the stream closed), and
checks that the vault holds no output and that `tend build` output has no live-reload script.

Standard library only. VAULT overrides the vault, KEEP=1 keeps the copy. Exits 0 when every
step passes, 1 when one fails (the step, the request, expected and got), 2 when it cannot start.
"""
from __future__ import annotations

import http.client
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "Tests"))
from script_support import exit_on_signals, remove_tree, tend_binary  # noqa: E402
AS_OF = "2026-11-23"
READY_TIMEOUT = 60  # seconds for the first build and the Serving line
EVENT_TIMEOUT = 10  # seconds from a change in the vault to its SSE event
LIVE_TAG = '<script src="/_tend/live.js" defer></script>'
NOTE = "Engineering/Operations/CI-CD Pipelines.md"
NOTE_URL = "/engineering/operations/ci-cd-pipelines/"
READY_LINE = re.compile(r"^Serving (.+) at http://(\[[^\]]+\]|[^:/]+):(\d+)/ \(Ctrl-C to stop\)$")

HTML = "text/html; charset=utf-8"
PAGES = [  # path, Content-Type, something the body must contain
    ("/", HTML, "<html"),
    (NOTE_URL, HTML, "CI-CD Pipelines"),
    ("/glossary/", HTML, "Glossary"),
    ("/assets/style.css", "text/css; charset=utf-8", "{"),
    ("/Attachments/incident-flow.svg", "image/svg+xml", "<svg"),
    ("/search/docs.json", "application/json", "["),
    ("/sitemap.xml", "application/xml", "<urlset"),
    ("/_tend/live.js", "text/javascript; charset=utf-8", "/_tend/events"),
]
TRAVERSALS = [
    "/../../../../etc/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/assets/../../../../../etc/passwd",
    "/assets/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/assets/..%5c..%5c..%5c..%5cetc/passwd",
    "/assets/..\\..\\..\\..\\..\\etc\\passwd",
    "/%252e%252e/%252e%252e/%252e%252e/etc/passwd",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/assets/%00x",
    "/assets/style.css%00.html",
    "/_tend/../../../../etc/passwd",
    "/_tend/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
]
SYMLINKS = ["/Attachments/leak.svg", "/Attachments/outside/passwd", "/Attachments/outside/"]


class StepFailed(Exception):
    pass


def check(ok: bool, message: str) -> None:
    if not ok:
        raise StepFailed(message)


# MARK: - HTTP


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes, raw_tail: bytes = b""):
        self.status, self.headers, self.body, self.raw_tail = status, headers, body, raw_tail

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def describe(self) -> str:
        snippet = self.text[:160].replace("\n", "\\n")
        return f"status {self.status}, Content-Type {self.header('content-type')!r}, {len(self.body)} bytes: {snippet!r}"


class Server:
    def __init__(self, host: str, port: int):
        self.host, self.port = host.strip("[]"), port
        self.conn: http.client.HTTPConnection | None = None

    def request(self, path: str, method: str = "GET", fresh: bool = False) -> Response:
        """One request on a kept-alive connection (reopened when the server closed it)."""
        for attempt in (1, 2):
            if self.conn is None or fresh:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
            try:
                self.conn.putrequest(method, path, skip_accept_encoding=True)
                self.conn.endheaders()
                r = self.conn.getresponse()
                body = r.read()
                headers = {k.lower(): v for k, v in r.getheaders()}
                if r.will_close:
                    self.conn.close()
                    self.conn = None
                return Response(r.status, headers, body)
            except (ConnectionError, http.client.RemoteDisconnected, http.client.CannotSendRequest) as error:
                self.conn.close()
                self.conn = None
                if attempt == 2 or fresh:
                    raise StepFailed(f"{method} {path}: connection failed: {error!r}") from None
            except (socket.timeout, OSError, http.client.HTTPException) as error:
                self.conn.close()
                self.conn = None
                raise StepFailed(f"{method} {path}: {error!r}") from None
        raise AssertionError

    def raw(self, path: str, method: str = "GET") -> Response:
        """The request line sent byte for byte as given, on its own connection; reads to EOF."""
        try:
            with socket.create_connection((self.host, self.port), timeout=10) as s:
                s.sendall(f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                          "Connection: close\r\n\r\n".encode("latin-1"))
                data = b""
                while chunk := s.recv(65536):
                    data += chunk
        except (socket.timeout, OSError) as error:
            raise StepFailed(f"{method} {path!r} (raw socket): {error!r}") from None
        head, sep, rest = data.partition(b"\r\n\r\n")
        check(bool(sep), f"{method} {path!r}: no complete response head, got {data[:200]!r}")
        lines = head.decode("latin-1").split("\r\n")
        match = re.match(r"HTTP/1\.[01] (\d{3})", lines[0])
        check(bool(match), f"{method} {path!r}: bad status line {lines[0]!r}")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = rest
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = dechunk(rest)
        return Response(int(match.group(1)), headers, body, raw_tail=rest)

    def close(self) -> None:
        if self.conn:
            self.conn.close()


def dechunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, data = out + data[:size], data[size + 2:]
    return out


# MARK: - Server-Sent Events


class EventStream:
    """GET /_tend/events on its own socket; a thread parses events into a queue."""

    def __init__(self, server: Server):
        self.events: queue.Queue = queue.Queue()
        self.sock = socket.create_connection((server.host, server.port), timeout=10)
        self.sock.sendall(f"GET /_tend/events HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n"
                          "Accept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n".encode())
        self.file = self.sock.makefile("rb")
        status = self.file.readline().decode("latin-1").strip()
        headers = {}
        while (line := self.file.readline().decode("latin-1").strip()):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        self.status, self.headers = status, headers
        check(re.match(r"HTTP/1\.[01] 200\b", status) is not None,
              f"GET /_tend/events: expected status 200, got {status!r}")
        ctype = headers.get("content-type", "")
        check(ctype.split(";")[0].strip().lower() == "text/event-stream",
              f"GET /_tend/events: expected Content-Type text/event-stream, got {ctype!r}")
        self.chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        self.sock.settimeout(None)
        self.closed = False
        threading.Thread(target=self._run, daemon=True).start()

    def _bytes(self):
        if not self.chunked:
            while chunk := self.file.read1(65536):
                yield chunk
            return
        while True:
            size_line = self.file.readline()
            if not size_line:
                return
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                return
            yield self.file.read(size)
            self.file.readline()

    def _run(self) -> None:
        buffer, kind, data = b"", None, []
        try:
            for chunk in self._bytes():
                buffer += chunk
                while True:
                    match = re.search(rb"\r\n|\r|\n", buffer)
                    if not match or (match.group() == b"\r" and match.end() == len(buffer)):
                        break
                    line, buffer = buffer[:match.start()].decode("utf-8", "replace"), buffer[match.end():]
                    if line == "":
                        if data or kind:
                            self.events.put((kind or "message", "\n".join(data), time.monotonic()))
                        kind, data = None, []
                    elif line.startswith(":"):
                        continue
                    else:
                        field, _, value = line.partition(":")
                        value = value[1:] if value.startswith(" ") else value
                        if field == "event":
                            kind = value
                        elif field == "data":
                            data.append(value)
        except (OSError, ValueError):
            pass
        self.closed = True
        self.events.put(("<closed>", "", time.monotonic()))

    def next(self, timeout: float, what: str) -> tuple[str, str, float]:
        try:
            event = self.events.get(timeout=timeout)
        except queue.Empty:
            raise StepFailed(f"no SSE event within {timeout:g} s while waiting for {what}") from None
        check(event[0] != "<closed>", f"the SSE stream closed while waiting for {what}")
        return event

    def wait_for(self, kinds: set[str], deadline: float, what: str) -> tuple[str, str, float]:
        """The next event of one of `kinds` before `deadline`; other events are skipped (and listed)."""
        skipped = []
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise StepFailed(f"no `{'`/`'.join(sorted(kinds))}` event within {EVENT_TIMEOUT} s while waiting "
                                 f"for {what}" + (f" (got only {skipped})" if skipped else ""))
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            check(event[0] != "<closed>", f"the SSE stream closed while waiting for {what}")
            if event[0] in kinds:
                return event
            skipped.append(f"{event[0]}: {event[1][:80]}")

    def close(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


# MARK: - The process


class Process:
    def __init__(self, command: list[str], tmpdir: Path):
        self.command = command
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     bufsize=1, start_new_session=True, env={**os.environ, "TMPDIR": str(tmpdir)})
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.stdout, True), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.proc.stderr, self.stderr, False), daemon=True).start()

    def _pump(self, stream, into: list[str], notify: bool) -> None:
        for line in stream:
            into.append(line.rstrip("\n"))
            if notify:
                self.lines.put(line.rstrip("\n"))
        if notify:
            self.lines.put(None)

    def wait_ready(self) -> tuple[str, str, int]:
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            left = deadline - time.monotonic()
            try:
                line = self.lines.get(timeout=max(left, 0.01))
            except queue.Empty:
                raise StepFailed(f"no `Serving … at http://HOST:PORT/ (Ctrl-C to stop)` line on stdout within "
                                 f"{READY_TIMEOUT} s") from None
            if line is None:
                self.proc.wait(5)
                raise StepFailed(f"tend serve exited with status {self.proc.returncode} before it was ready")
            if match := READY_LINE.match(line.strip()):
                return match.group(1), match.group(2), int(match.group(3))

    def tail(self) -> str:
        out = "\n".join(f"      stdout: {line}" for line in self.stdout[-12:])
        err = "\n".join(f"      stderr: {line}" for line in self.stderr[-12:])
        return "\n".join(part for part in (out, err) if part)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
            self.proc.wait()


# MARK: - Steps


class Session:
    def __init__(self, vault: Path, process: Process, server: Server):
        self.vault, self.process, self.server = vault, process, server
        self.stream: EventStream | None = None
        self.build = -1

    def get(self, path: str, method: str = "GET") -> Response:
        return self.server.request(path, method)

    def expect(self, path: str, status: int, ctype: str | None = None, contains: str | None = None,
               method: str = "GET") -> Response:
        r = self.get(path, method)
        check(r.status == status, f"{method} {path}: expected status {status}, got {r.describe()}")
        if ctype:
            got = r.header("content-type")
            check(normal_type(got) == normal_type(ctype),
                  f"{method} {path}: expected Content-Type {ctype!r}, got {got!r}")
        if contains:
            check(contains in r.text, f"{method} {path}: expected the body to contain {contains!r}, got {r.describe()}")
        length = r.header("content-length")
        if method == "GET" and length:
            check(int(length) == len(r.body), f"{method} {path}: Content-Length {length} but {len(r.body)} body bytes")
        return r

    def wait_page(self, path: str, ready, what: str, deadline: float) -> tuple[Response, str]:
        """Waits for reload events until `ready(response)`; returns the response and the events seen."""
        seen = []
        while True:
            kind, data, _ = self.stream.wait_for({"reload", "error"}, deadline, what)
            seen.append(f"{kind}: {data[:100]}")
            check(kind == "reload", f"expected `event: reload` after {what}, got `event: {kind}` `data: {data}`")
            self.check_build_number(data)
            r = self.get(path)
            if ready(r):
                return r, ", ".join(seen)

    def check_build_number(self, data: str) -> None:
        check(re.fullmatch(r"\d+", data.strip()) is not None, f"`event: reload` data should be a build number, got {data!r}")
        number = int(data)
        check(number > self.build, f"build numbers should increase: got {number} after {self.build}")
        self.build = number


def normal_type(value: str) -> str:
    return ";".join(part.strip().lower().replace('"', "") for part in value.split(";") if part.strip())


def step_pages(s: Session) -> dict:
    for path, ctype, contains in PAGES:
        r = s.expect(path, 200, ctype, contains)
        if ctype == HTML:
            check(LIVE_TAG in r.text, f"GET {path}: expected {LIVE_TAG} in the page")
            check(r.text.index(LIVE_TAG) < r.text.rindex("</body>"),
                  f"GET {path}: the live.js tag should come before </body>")
            check(r.text.count(LIVE_TAG) == 1, f"GET {path}: the live.js tag appears {r.text.count(LIVE_TAG)} times")
    r = s.expect("/?x=1", 200, HTML, "<html")
    return {"pages": len(PAGES) + 1}


def step_folder_without_slash(s: Session) -> dict:
    r = s.server.raw("/glossary")
    if r.status in (301, 302, 307, 308):
        location = r.header("location")
        check(location == "/glossary/" or location.endswith("://" + f"{s.server.host}:{s.server.port}/glossary/"),
              f"GET /glossary: redirect to {location!r}, expected /glossary/")
        return {"redirect": f"{r.status} → {location}"}
    check(r.status == 200 and LIVE_TAG in r.text,
          f"GET /glossary: expected a redirect to /glossary/ or the page itself, got {r.describe()}")
    return {"served": 200}


def step_head(s: Session) -> dict:
    get = s.expect("/glossary/", 200, HTML)
    head = s.server.raw("/glossary/", "HEAD")
    check(head.status == 200, f"HEAD /glossary/: expected status 200, got {head.describe()}")
    check(normal_type(head.header("content-type")) == normal_type(HTML),
          f"HEAD /glossary/: expected Content-Type {HTML!r}, got {head.header('content-type')!r}")
    check(head.raw_tail == b"", f"HEAD /glossary/: expected no body, got {len(head.raw_tail)} bytes: {head.raw_tail[:80]!r}")
    length = head.header("content-length")
    if length:
        check(int(length) == len(get.body), f"HEAD /glossary/: Content-Length {length}, GET has {len(get.body)} bytes")
    css = s.expect("/assets/style.css", 200, "text/css; charset=utf-8", method="HEAD")
    check(css.body == b"", "HEAD /assets/style.css: expected no body")
    missing = s.server.raw("/no-such-page/", "HEAD")
    check(missing.status == 404 and missing.raw_tail == b"",
          f"HEAD /no-such-page/: expected 404 and no body, got {missing.describe()} (+{len(missing.raw_tail)} bytes)")
    return {"Content-Length": length or "absent"}


def step_keep_alive(s: Session) -> dict:
    conn = http.client.HTTPConnection(s.server.host, s.server.port, timeout=10)
    try:
        for path in ("/", "/glossary/", "/assets/style.css", "/no-such-page/", "/search/docs.json"):
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            check(r.status in (200, 404), f"GET {path} (keep-alive): status {r.status}")
            check(not r.will_close, f"GET {path}: the server closed an HTTP/1.1 connection (no keep-alive)")
    except (OSError, http.client.HTTPException) as error:
        raise StepFailed(f"keep-alive: {error!r}") from None
    finally:
        conn.close()
    return {"requests on one connection": 5}


def step_not_found(s: Session) -> dict:
    for path in ("/no-such-page/", "/no/such/file.css", "/glossary/nope.html"):
        r = s.expect(path, 404, HTML, "Page not found")
        check(LIVE_TAG in r.text, f"GET {path}: the 404 page should carry the live.js tag too")
    return {"404 pages": 3}


def step_traversal(s: Session) -> dict:
    statuses = {}
    for path in TRAVERSALS:
        r = s.server.raw(path)
        check(b"root:" not in r.body, f"GET {path!r}: SERVED A FILE FROM OUTSIDE THE SITE: {r.describe()}")
        location = r.header("location")
        ok = r.status in (400, 403, 404) or (r.status in (301, 302, 307, 308) and not location.startswith("//")
                                              and "passwd" not in location)
        check(ok, f"GET {path!r}: expected 400 or 404, got {r.describe()}" + (f", Location {location!r}" if location else ""))
        statuses[r.status] = statuses.get(r.status, 0) + 1
    for path in TRAVERSALS[:4]:
        r = s.server.raw(path, "HEAD")
        check(r.status != 200, f"HEAD {path!r}: expected 400 or 404, got {r.status}")
    s.expect("/", 200, HTML)
    return {"attempts": len(TRAVERSALS), "statuses": ", ".join(f"{k}×{v}" for k, v in sorted(statuses.items()))}


def served_site(s: Session) -> Path | None:
    """The folder tend serve builds into, when it is under the TMPDIR it was given."""
    for index in sorted(s.tmpdir.rglob("404.html")):
        if (index.parent / "index.html").is_file() and (index.parent / "sitemap.xml").is_file():
            return index.parent
    return None


def step_symlinks(s: Session) -> dict:
    statuses = []
    paths = list(SYMLINKS)
    site = served_site(s)
    if site:  # symlinks placed straight into the served folder
        (site / "leak-in-site.txt").symlink_to("/etc/passwd")
        (site / "assets" / "leak-dir").symlink_to(s.work / "outside")
        paths += ["/leak-in-site.txt", "/assets/leak-dir/passwd"]
    for path in paths:
        r = s.server.raw(path)
        check(b"root:" not in r.body, f"GET {path}: FOLLOWED A SYMLINK OUT OF THE VAULT: {r.describe()}")
        check(b"passwd" not in r.body or r.status == 404, f"GET {path}: listed a folder outside the vault: {r.describe()}")
        statuses.append(str(r.status))
    return {"statuses": "/".join(statuses),
            "in the served folder": f"{site.relative_to(s.tmpdir)}" if site else "not found under TMPDIR, skipped"}


def step_events(s: Session) -> dict:
    s.stream = EventStream(s.server)
    kind, data, _ = s.stream.next(5, "`event: hello` on connect")
    check(kind == "hello", f"first SSE event: expected `event: hello`, got `event: {kind}` `data: {data}`")
    check(re.fullmatch(r"\d+", data.strip()) is not None, f"`event: hello` data should be a build number, got {data!r}")
    s.build = int(data)
    check(s.build >= 1, f"`event: hello` build number should be at least 1 once serving, got {s.build}")
    return {"build": s.build, "chunked": s.stream.chunked}


def step_edit(s: Session) -> dict:
    token = f"serve-token-{uuid.uuid4().hex[:12]}"
    rebuilt_before = rebuild_lines(s)
    start = time.monotonic()
    with open(s.vault / NOTE, "a", encoding="utf-8") as f:
        f.write(f"\n\nLive reload check: {token}\n")
    r, seen = s.wait_page(NOTE_URL, lambda r: token in r.text, f"appending {token!r} to {NOTE}",
                          start + EVENT_TIMEOUT)
    elapsed = time.monotonic() - start
    check(r.status == 200, f"GET {NOTE_URL} after the edit: {r.describe()}")
    check(LIVE_TAG in r.text, f"GET {NOTE_URL} after the edit: no live.js tag")
    time.sleep(0.3)
    check(rebuild_lines(s) > rebuilt_before,
          "stdout should get a line per rebuild (e.g. `Rebuilt in 123 ms`); stdout so far:\n" + s.process.tail())
    return {"reload → page": f"{elapsed * 1000:.0f} ms", "events": seen}


def rebuild_lines(s: Session) -> int:
    return sum(1 for line in s.process.stdout if re.search(r"rebuil|\bms\b", line, re.I))


def step_rename(s: Session) -> dict:
    start = time.monotonic()
    (s.vault / "Glossary.md").rename(s.vault / "Glossary Renamed.md")
    deadline = start + EVENT_TIMEOUT
    r, seen = s.wait_page("/glossary-renamed/", lambda r: r.status == 200, "renaming Glossary.md to Glossary Renamed.md",
                          deadline)
    check(normal_type(r.header("content-type")) == normal_type(HTML), f"GET /glossary-renamed/: {r.describe()}")
    old = s.get("/glossary/")
    check(old.status == 404, f"GET /glossary/ after the rename: expected 404, got {old.describe()}")
    return {"reload → new URL": f"{(time.monotonic() - start) * 1000:.0f} ms", "events": seen}


def step_bad_config(s: Session) -> dict:
    config = s.vault / "tend.yaml"
    original = config.read_text(encoding="utf-8")
    start = time.monotonic()
    config.write_text("rules: {nope: error}\n", encoding="utf-8")
    kind, data, _ = s.stream.wait_for({"error", "reload"}, start + EVENT_TIMEOUT, "an invalid tend.yaml")
    check(kind == "error", f"invalid tend.yaml: expected `event: error`, got `event: {kind}` `data: {data}`")
    check(data.strip() != "" and "\n" not in data, f"`event: error` data should be one non-empty line, got {data!r}")
    message = data
    error_ms = (time.monotonic() - start) * 1000
    check(s.process.alive(), "tend serve exited after a failed rebuild:\n" + s.process.tail())
    s.expect("/glossary-renamed/", 200, HTML)  # the last good site is still served
    start = time.monotonic()
    config.write_text(original, encoding="utf-8")
    kind, data, _ = s.stream.wait_for({"reload", "error"}, start + EVENT_TIMEOUT, "restoring tend.yaml")
    check(kind == "reload", f"restored tend.yaml: expected `event: reload`, got `event: {kind}` `data: {data}`")
    s.check_build_number(data)
    s.expect(NOTE_URL, 200, HTML)
    return {"error": data_summary(message), "error after": f"{error_ms:.0f} ms"}


def data_summary(data: str) -> str:
    return data if len(data) < 70 else data[:67] + "…"


def step_second_stream(s: Session) -> dict:
    other = EventStream(s.server)
    try:
        kind, data, _ = other.next(5, "`event: hello` on a second connection")
        check(kind == "hello" and data.strip() == str(s.build),
              f"a new SSE connection should get `event: hello` `data: {s.build}` (the last build), "
              f"got `event: {kind}` `data: {data}`")
    finally:
        other.close()
    s.expect("/", 200, HTML)
    return {"hello": s.build}


def stop(process: Process, sig: signal.Signals, stream: EventStream | None, what: str) -> dict:
    """Sends `sig` while an event stream is open (as a browser tab would be): exit 0 within 10 s."""
    start = time.monotonic()
    process.proc.send_signal(sig)
    try:
        code = process.proc.wait(10)
    except subprocess.TimeoutExpired:
        open_stream = " with a /_tend/events stream open" if stream and not stream.closed else ""
        raise StepFailed(f"tend serve still running 10 s after {sig.name}{open_stream} ({what})") from None
    check(code == 0, f"after {sig.name}: expected exit status 0, got {code}\n" + process.tail())
    if stream:
        deadline = time.monotonic() + 2
        while not stream.closed and time.monotonic() < deadline:
            time.sleep(0.05)
        check(stream.closed, f"the /_tend/events stream was still open after tend serve exited on {sig.name}")
    return {"exit": code, "after": f"{(time.monotonic() - start) * 1000:.0f} ms"}


def step_sigterm(s: Session) -> dict:
    s.server.close()
    facts = stop(s.process, signal.SIGTERM, s.stream, "the served vault")
    s.stream.close()
    left = [str(p.relative_to(s.tmpdir)) for p in s.tmpdir.iterdir()]
    return {**facts, "left in TMPDIR": ", ".join(left[:3]) if left else "nothing"}


def step_sigint(s: Session) -> dict:
    """A second server on the same vault, stopped with SIGINT (Ctrl-C) while a stream is open."""
    process = Process([s.tend, "serve", str(s.vault), "--port", "0", "--as-of", AS_OF], s.tmpdir)
    try:
        _, host, port = process.wait_ready()
        stream = EventStream(Server(host, port))
        kind, _, _ = stream.next(5, "`event: hello`")
        check(kind == "hello", f"first SSE event: expected hello, got {kind}")
        facts = stop(process, signal.SIGINT, stream, "a second server")
        stream.close()
        return facts
    finally:
        process.kill()


def step_vault_untouched(s: Session) -> dict:
    expected = (s.expected_files - {Path("Glossary.md")}) | {Path("Glossary Renamed.md")}
    found = {p.relative_to(s.vault) for p in s.vault.rglob("*")}
    made = sorted(str(p) for p in found - expected)
    check(not made, f"tend serve wrote into the vault: {made[:5]}")
    return {"files": len(found)}


def step_build_has_no_live_js(s: Session) -> dict:
    out = s.work / "built"
    r = subprocess.run([s.tend, "build", str(s.vault), "--out", str(out), "--as-of", AS_OF, "--quiet"],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"tend build exited with {r.returncode}: {(r.stdout + r.stderr).strip()[-400:]}")
    pages = list(out.rglob("*.html"))
    check(len(pages) > 10, f"tend build wrote only {len(pages)} HTML pages")
    tagged = [str(p.relative_to(out)) for p in pages if "/_tend/" in p.read_text(encoding="utf-8", errors="replace")]
    check(not tagged, f"tend build output refers to /_tend/ (live reload belongs to tend serve only): {tagged[:3]}")
    return {"pages": len(pages)}


STEPS = [
    ("1 pages and content types", step_pages),
    ("2 folder without its slash", step_folder_without_slash),
    ("3 HEAD", step_head),
    ("4 keep-alive", step_keep_alive),
    ("5 404 page", step_not_found),
    ("6 path traversal", step_traversal),
    ("7 symlinks out of the vault", step_symlinks),
    ("8 live-reload stream: hello", step_events),
    ("9 edit a note → reload", step_edit),
    ("10 rename a note → reload", step_rename),
    ("11 broken tend.yaml → error, restored → reload", step_bad_config),
    ("12 a second stream gets the last build", step_second_stream),
    ("13 SIGTERM → exit 0", step_sigterm),
    ("14 SIGINT → exit 0", step_sigint),
    ("15 the vault holds no output", step_vault_untouched),
    ("16 tend build output has no live reload", step_build_has_no_live_js),
]


# MARK: - Main


def prepare_vault(source: Path, work: Path) -> Path:
    vault = work / "vault"
    shutil.copytree(source, vault, symlinks=True)
    glossary = vault / "Glossary.md"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(re.sub(r"(?m)^permalink:.*\n", "", text, count=1), encoding="utf-8")
    (vault / "Attachments" / "leak.svg").symlink_to("/etc/passwd")
    # Folder links point at a decoy, never at /etc: whatever deletes the vault or the site must not
    # be able to follow them into a system folder.
    outside = work / "outside"
    outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0:decoy outside the vault and the site\n", encoding="utf-8")
    (vault / "Attachments" / "outside").symlink_to(outside)
    return vault




def main() -> int:
    exit_on_signals()
    tend = tend_binary(__doc__.strip().split("\n\n")[1])
    if tend is None:
        return 2
    source = Path(os.environ.get("VAULT", REPO / "vault"))
    work = Path(tempfile.mkdtemp(prefix="tend-serve-test-"))
    process = None
    try:
        vault = prepare_vault(source, work)
        command = [tend, "serve", str(vault), "--port", "0", "--as-of", AS_OF]
        print("$ " + " ".join(command))
        started = time.monotonic()
        tmpdir = work / "tmp"
        tmpdir.mkdir()
        process = Process(command, tmpdir)
        try:
            shown, host, port = process.wait_ready()
        except StepFailed as error:
            print(f"FAIL step 0 start: {error}\n{process.tail()}", file=sys.stderr)
            return 1
        print(f"ok  step 0 ready in {(time.monotonic() - started):.1f} s at http://{host}:{port}/ (serving {shown})")
        session = Session(vault, process, Server(host, port))
        session.tend, session.work, session.tmpdir = tend, work, tmpdir
        session.expected_files = {p.relative_to(vault) for p in vault.rglob("*")}
        for name, step in STEPS:
            try:
                facts = step(session)
            except StepFailed as error:
                print(f"FAIL step {name}: {error}", file=sys.stderr)
                if process.alive():
                    print("    tend serve output:\n" + process.tail(), file=sys.stderr)
                else:
                    print(f"    tend serve has exited with status {process.proc.returncode}:\n{process.tail()}",
                          file=sys.stderr)
                return 1
            detail = ", ".join(f"{k}: {v}" for k, v in (facts or {}).items())
            print(f"ok  step {name}" + (f" ({detail})" if detail else ""))
            if int(name.split()[0]) < 13 and not process.alive():
                print(f"FAIL step {name}: tend serve exited with status {process.proc.returncode}\n{process.tail()}",
                      file=sys.stderr)
                return 1
        print(f"all {len(STEPS) + 1} steps passed")
        return 0
    finally:
        if process:
            process.kill()
        if os.environ.get("KEEP"):
            print(f"kept {work}")
        else:
            remove_tree(work)


if __name__ == "__main__":
    sys.exit(main())
