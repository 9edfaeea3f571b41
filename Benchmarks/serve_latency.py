#!/usr/bin/env python3
"""Edit and rename latency of a running `tend serve` (a helper of Benchmarks/serve.sh).

    python3 Benchmarks/serve_latency.py --url http://127.0.0.1:PORT/ --vault DIR [--runs 5]

Listens on /_tend/events (Server-Sent Events). Per run: appends a unique token to one note and
measures the milliseconds from the write to the `reload` event, and to the page served with the
token (fetched, as the browser would, once the event arrives; re-fetched until it has it). Then
renames as many other notes, one at a time, and measures the time to `reload` and to each new
URL answering 200. During
the first edit, another connection GETs / every 50 ms: the site must keep answering while it rebuilds.
Prints one line per run and the medians, and `page-url URL` (a note page, for the load test).
Standard library only. Exits 1 when an event or a page does not come within --timeout seconds.
"""
from __future__ import annotations

import argparse
import http.client
import queue
import re
import socket
import statistics
import sys
import threading
import time
import urllib.parse
import uuid
from pathlib import Path


def slug(segment: str) -> str:
    """Tend's SiteURL.slug for ASCII names: lower-case letters, digits and _ kept, other runs → one -."""
    out, dash = "", False
    for ch in segment.replace("'", ""):
        c = ch.lower()
        if c.isascii() and (c.isalnum() or c == "_"):
            out += ("-" if dash and out else "") + c
            dash = False
        else:
            dash = True
    return out or "page"


def note_url(vault: Path, note: Path) -> str:
    parts = note.relative_to(vault).with_suffix("").parts
    return "/" + "".join(slug(p) + "/" for p in parts)


class Events:
    def __init__(self, host: str, port: int):
        self.queue: queue.Queue = queue.Queue()
        self.sock = socket.create_connection((host, port), timeout=10)
        self.sock.sendall(f"GET /_tend/events HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.file = self.sock.makefile("rb")
        status = self.file.readline().decode("latin-1").strip()
        headers = {}
        while line := self.file.readline().decode("latin-1").strip():
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        if " 200" not in status:
            sys.exit(f"GET /_tend/events: {status}")
        self.chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        self.sock.settimeout(None)
        threading.Thread(target=self.run, daemon=True).start()

    def chunks(self):
        if not self.chunked:
            while data := self.file.read1(65536):
                yield data
            return
        while (size_line := self.file.readline()) and (size := int(size_line.split(b";")[0].strip() or b"0", 16)):
            yield self.file.read(size)
            self.file.readline()

    def run(self) -> None:
        buf, kind, data = b"", "message", []
        try:
            for chunk in self.chunks():
                buf += chunk.replace(b"\r\n", b"\n")
                while b"\n" in buf:
                    raw, buf = buf.split(b"\n", 1)
                    line = raw.decode("utf-8", "replace")
                    if not line:
                        if data or kind != "message":
                            self.queue.put((kind, "\n".join(data), time.monotonic()))
                        kind, data = "message", []
                    elif line.startswith("event:"):
                        kind = line[6:].strip()
                    elif line.startswith("data:"):
                        data.append(line[5:].removeprefix(" "))
        except OSError:
            pass
        self.queue.put(("<closed>", "", time.monotonic()))

    def wait(self, kind: str, timeout: float) -> tuple[str, float]:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                got, data, at = self.queue.get(timeout=left)
            except queue.Empty:
                break
            if got == "<closed>":
                sys.exit("the event stream closed")
            if got == "error":
                sys.exit(f"rebuild failed: event: error, data: {data}")
            if got == kind:
                return data, at
        sys.exit(f"no `event: {kind}` within {timeout:g} s")

    def drain(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()


class Client:
    def __init__(self, host: str, port: int):
        self.host, self.port, self.conn = host, port, None

    def get(self, path: str) -> tuple[int, bytes]:
        for attempt in (1, 2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
                self.conn.request("GET", path)
                r = self.conn.getresponse()
                body = r.read()
                if r.will_close:
                    self.conn.close()
                    self.conn = None
                return r.status, body
            except (OSError, http.client.HTTPException):
                if self.conn:
                    self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError

    def until(self, path: str, ready, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status, body = self.get(path)
            if ready(status, body):
                return time.monotonic()
            time.sleep(0.005)
        sys.exit(f"GET {path}: not updated within {timeout:g} s")


class Probe:
    """GET `path` every 50 ms on its own connection until stopped; keeps the response times (ms)."""

    def __init__(self, host: str, port: int, path: str):
        self.client, self.path = Client(host, port), path
        self.times: list[float] = []
        self.failures = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.done.is_set():
            start = time.monotonic()
            try:
                status, _ = self.client.get(self.path)
                self.failures += status != 200
            except (OSError, http.client.HTTPException):
                self.failures += 1
            self.times.append((time.monotonic() - start) * 1000)
            self.done.wait(0.05)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()
        if not self.times:
            self.times.append(0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--vault", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    u = urllib.parse.urlsplit(args.url)
    host, port = u.hostname, u.port
    client = Client(host, port)

    notes = sorted(p for p in args.vault.rglob("*.md")
                   if p.name.isascii() and not any(part.startswith(".") for part in p.relative_to(args.vault).parts)
                   and b"permalink:" not in p.read_bytes()[:2000])
    if len(notes) < 2:
        sys.exit(f"too few notes in {args.vault}")
    note, renamed = notes[len(notes) // 2], notes[len(notes) // 3]
    url = note_url(args.vault, note)
    status, _ = client.get(url)
    if status != 200:
        sys.exit(f"GET {url} (for {note.relative_to(args.vault)}): status {status}")
    print(f"page-url {url}")

    events = Events(host, port)
    hello, _ = events.wait("hello", 10)
    reload_ms, page_ms = [], []
    for run in range(1, args.runs + 1):
        time.sleep(1.0)
        events.drain()
        token = f"bench-token-{uuid.uuid4().hex[:12]}".encode()
        start = time.monotonic()
        probe = Probe(host, port, "/") if run == 1 else None
        with open(note, "ab") as f:
            f.write(b"\n\nEdited: " + token + b"\n")
        build, at = events.wait("reload", args.timeout)
        if probe:
            probe.stop()
        done = client.until(url, lambda s, b: s == 200 and token in b, args.timeout)
        reload_ms.append((at - start) * 1000)
        page_ms.append((done - start) * 1000)
        print(f"edit {run}: reload {reload_ms[-1]:7.0f} ms, page with the token {page_ms[-1]:7.0f} ms (build {build})")
        if probe:
            print(f"        GET / every 50 ms while rebuilding: {len(probe.times)} requests, "
                  f"median {statistics.median(probe.times):.0f} ms, max {max(probe.times):.0f} ms, "
                  f"{probe.failures} failed")

    # Renames: `runs` notes spread over the vault (not at its root: a root note is listed in
    # every page's explorer, and renaming one rebuilds the whole site).
    candidates = [n for n in notes if n.parent != args.vault and n != note]
    picks = [candidates[(len(candidates) // 3 + k * len(candidates) // (args.runs + 1)) % len(candidates)]
             for k in range(args.runs)]
    rename_reload, rename_page = [], []
    for run, renamed in enumerate(picks, 1):
        time.sleep(1.0)
        events.drain()
        target = renamed.with_name(renamed.stem + " renamed.md")
        new_url, old_url = note_url(args.vault, target), note_url(args.vault, renamed)
        start = time.monotonic()
        renamed.rename(target)
        build, at = events.wait("reload", args.timeout)
        done = client.until(new_url, lambda s, b: s == 200, args.timeout)
        old_status, _ = client.get(old_url)
        rename_reload.append((at - start) * 1000)
        rename_page.append((done - start) * 1000)
        print(f"rename {run}: reload {rename_reload[-1]:7.0f} ms, new URL answers 200 {rename_page[-1]:7.0f} ms "
              f"(old URL now {old_status}; build {build}; {renamed.relative_to(args.vault)})")
    print(f"MEDIAN edit → reload {statistics.median(reload_ms):.0f} ms, edit → page {statistics.median(page_ms):.0f} ms "
          f"({args.runs} runs); rename → reload {statistics.median(rename_reload):.0f} ms, "
          f"→ new URL {statistics.median(rename_page):.0f} ms (max {max(rename_page):.0f} ms; {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
