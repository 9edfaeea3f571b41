#!/usr/bin/env python3
"""Real-browser test of the site `tend build` makes from the bundled handbook.

    python3 Tests/Browser/test_site.py PATH/TO/tend      (or TEND=PATH/TO/tend)
    make browser-test                                    (installs what it needs first)

Builds `vault/` under the sub-path /handbook/, serves it on a free loopback port (a miss
gets the site's 404.html with status 404, as a real host would) and drives headless
Chromium through the site: home page, a wikilink, a transcluded section, search, the theme
toggle, the freshness dashboard, a stale note, the 404 page, and the home page at phone
width. Every step must leave the browser console free of errors (a missing favicon
excepted). Screenshots go to Tests/Browser/artifacts/ (failure.png when a step fails).

Needs Python 3.11, selenium 4 (pip), chromium and chromium-driver (Debian). CHROMIUM and
CHROMEDRIVER override the browser and driver paths, VAULT the vault, KEEP=1 keeps the
built site. Exits 0 when every step passes, 1 when one fails, 2 when it cannot start.
"""
from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from pathlib import Path

try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webelement import WebElement
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    sys.exit("selenium is missing: run `make browser-deps` (python3 -m pip install 'selenium>=4,<5')")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "Tests"))
from script_support import exit_on_signals, remove_tree, tend_binary  # noqa: E402
ARTIFACTS = HERE / "artifacts"
BASE = "/handbook/"
WAIT = 10  # seconds for any one explicit wait
DESKTOP = (1280, 900)
MOBILE = (390, 844)
SEARCH_WORD = "rollback"
STALE_NOTE = "Restore from Backup"


class StepFailed(Exception):
    pass


# MARK: - The server


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site; a miss gets BASE/404.html with status 404, as on a real host."""

    def log_message(self, format, *args):  # quiet: the test prints its own progress
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / BASE.strip("/") / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(SiteHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# MARK: - The browser


def start_browser(tmpdir: Path) -> webdriver.Chrome:
    """Chromium and its driver keep their profile and scratch files in `tmpdir`, so that what
    a crash leaves behind goes with the work folder."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-color-profile=srgb", "--lang=en-US",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"),
                      env={**os.environ, "TMPDIR": str(tmpdir)})
    driver = webdriver.Chrome(options=options, service=service)
    set_viewport(driver, *DESKTOP)
    return driver


def set_viewport(driver, width: int, height: int, mobile: bool = False) -> None:
    """Exactly width×height CSS pixels of page, whatever the window decorations."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": mobile})


class Session:
    def __init__(self, driver: webdriver.Chrome, origin: str):
        self.driver = driver
        self.origin = origin
        self.step = "start"
        self.ignored_misses: list[str] = []

    # Helpers every step uses.

    def url(self, path: str) -> str:
        return self.origin + path

    def path(self) -> str:
        """The current URL without the origin (path, query and fragment)."""
        return self.driver.current_url.removeprefix(self.origin)

    def wait(self, condition, what: str, timeout: float = WAIT):
        try:
            return WebDriverWait(self.driver, timeout).until(condition)
        except TimeoutException:
            raise StepFailed(f"timed out after {timeout:g} s waiting for {what} (at {self.path()})") from None

    def check(self, ok: bool, message: str) -> None:
        if not ok:
            raise StepFailed(f"{message} (at {self.path()})")

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def open(self, path: str) -> None:
        self.driver.get(self.url(path))
        self.loaded()

    def loaded(self) -> None:
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete", "the page to load")

    def click(self, element: WebElement) -> None:
        """Scrolls the element to the middle first, so a sticky header cannot cover it."""
        self.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element)
        self.wait(EC.element_to_be_clickable(element), f"<{element.tag_name}> {element.text!r} to be clickable")
        element.click()

    def click_and_follow(self, element: WebElement, what: str) -> None:
        """Clicks a link and waits for the new page (a different path, or a new document)."""
        before = self.driver.current_url
        marker = self.js("return window.__tendTestMarker = Math.random()")
        self.click(element)
        self.wait(lambda d: d.current_url != before
                  or d.execute_script("return window.__tendTestMarker") != marker, f"{what} to navigate")
        self.loaded()

    def main_heading(self) -> str:
        for selector in ("main#content h1", "h1"):
            found = self.driver.find_elements(By.CSS_SELECTOR, selector)
            if found:
                return found[0].text.strip()
        return ""

    def screenshot(self, name: str) -> None:
        # Let transitions (theme switch, folding) finish so the picture is the final state.
        self.wait(lambda d: d.execute_script(
            "return document.getAnimations().every(a => a.playState !== 'running')"),
            "animations to finish")
        self.driver.save_screenshot(str(ARTIFACTS / name))
        print(f"    screenshot {(ARTIFACTS / name).relative_to(REPO)}")

    def console_clean(self) -> None:
        """Fails on any SEVERE console entry since the last check, but a missing favicon."""
        errors = []
        for entry in self.driver.get_log("browser"):
            message = entry.get("message", "")
            if entry.get("level") != "SEVERE" or "favicon.ico" in message:
                continue
            if any(miss in message and " 404 " in message for miss in self.ignored_misses):
                continue
            errors.append(f"[{entry.get('source', '?')}] {message}")
        if errors:
            raise StepFailed(f"console errors on {self.path()}:\n      " + "\n      ".join(errors))

    def background(self) -> str:
        """The body's computed background; when the body is transparent, the nearest ancestor's."""
        return self.js("""
            for (let e = document.body; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') return c;
            }
            return 'transparent';""")

    def theme(self) -> str:
        """data-theme on <html>, or what prefers-color-scheme gives when it is not set."""
        return self.js("""
            return document.documentElement.dataset.theme
                || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');""")

    def links_by_text(self, selector: str, text: str) -> list[WebElement]:
        wanted = " ".join(text.split()).casefold()
        return [a for a in self.driver.find_elements(By.CSS_SELECTOR, selector)
                if " ".join(a.get_attribute("textContent").split()).casefold() == wanted]


# MARK: - The steps


def step_home(s: Session) -> None:
    s.open(BASE)
    s.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "main#content")), "main#content")
    base = s.js("return document.body.dataset.base")
    s.check(base == BASE, f'<body data-base> is {base!r}, expected "{BASE}"')
    s.check(bool(s.driver.title.strip()), "the home page has an empty <title>")
    s.check(bool(s.driver.find_elements(By.CSS_SELECTOR, "nav#explorer")), "no nav#explorer on the home page")
    s.check(s.js("return document.styleSheets.length") > 0, "no stylesheet is applied")
    s.screenshot("home.png")


def step_wikilink(s: Session) -> dict:
    title, heading = s.driver.title, s.main_heading()
    links = s.links_by_text("main#content a.internal-link", "Operations Overview")
    s.check(bool(links), 'no main#content a.internal-link with the text "Operations Overview" on the home page')
    href = links[0].get_attribute("href")
    s.check(href.startswith(s.url(BASE)), f"the wikilink's href {href} is not under {BASE}")
    s.click_and_follow(links[0], 'the "Operations Overview" wikilink')
    s.check(s.path().startswith(BASE), f"the wikilink led outside {BASE}")
    s.check(s.driver.title != title, f"the <title> did not change ({title!r})")
    new_heading = s.main_heading()
    s.check(new_heading != heading, f"the h1 did not change ({heading!r})")
    s.check("Operations Overview" in new_heading or "Operations Overview" in s.driver.title,
            f'neither the h1 ({new_heading!r}) nor the title ({s.driver.title!r}) says "Operations Overview"')
    embeds = s.driver.find_elements(By.CSS_SELECTOR, "main#content .internal-embed.markdown-embed")
    s.check(len(embeds) >= 3, f"{len(embeds)} .internal-embed.markdown-embed on the overview, expected at least 3")
    s.screenshot("overview.png")
    return {"embeds": len(embeds)}


def step_embed_link(s: Session) -> dict:
    links = s.driver.find_elements(By.CSS_SELECTOR, "main#content .markdown-embed .markdown-embed-link")
    s.check(bool(links), "no .markdown-embed-link inside a transcluded section")
    link = links[0]
    href = link.get_attribute("href")
    fragment = urllib.parse.urlsplit(href).fragment
    s.check(bool(fragment), f"the embed's source link {href} has no #anchor")
    s.click_and_follow(link, f"the embed's source link ({link.text.strip()!r})")
    s.check(s.driver.current_url.endswith("#" + fragment),
            f"the URL {s.path()} does not end with #{fragment}")
    anchor = urllib.parse.unquote(fragment)
    s.check(s.js("return document.getElementById(arguments[0]) !== null", anchor),
            f'no element with id="{anchor}" on the page')
    top = s.js("return document.getElementById(arguments[0]).getBoundingClientRect().top", anchor)
    s.check(-2 <= top < DESKTOP[1], f'#{anchor} is not scrolled into view (top at {top:.0f}px)')
    return {"anchor": anchor}


def step_search(s: Session) -> dict:
    box = s.wait(EC.element_to_be_clickable((By.CSS_SELECTOR, "#search-input")), "#search-input")
    s.click(box)
    box.send_keys(SEARCH_WORD)
    s.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, "#search-results a.search-result")),
           f'a visible "#search-results a.search-result" for "{SEARCH_WORD}"')
    s.console_clean()  # the index fetches happen here
    results = s.driver.find_elements(By.CSS_SELECTOR, "#search-results li a.search-result")
    s.check(bool(results), "the search results are not `a.search-result` inside an `li`")
    first = results[0]
    text, href = " ".join(first.text.split()), first.get_attribute("href")
    s.check(href.startswith(s.url(BASE)), f"the first result's href {href} is not under {BASE}")
    s.click_and_follow(first, f"the first search result ({text!r})")
    body = s.js("return (document.querySelector('main#content') || document.body).innerText")
    s.check(re.search(SEARCH_WORD, body, re.IGNORECASE) is not None,
            f'the first result ({text!r}, {s.path()}) does not contain "{SEARCH_WORD}"')
    return {"results": len(results), "first": text}


def step_theme(s: Session) -> dict:
    before_theme, before_background = s.theme(), s.background()
    toggle = s.wait(EC.element_to_be_clickable((By.CSS_SELECTOR, "#theme-toggle")), "#theme-toggle")
    s.click(toggle)
    s.wait(lambda d: s.theme() != before_theme,
           f"document.documentElement.dataset.theme to flip from {before_theme!r}")
    after_theme = s.theme()
    s.screenshot("dark.png" if after_theme == "dark" else "theme-toggled.png")
    after_background = s.background()
    s.check(after_background != before_background,
            f"the body background stayed {before_background} when the theme went {before_theme} → {after_theme}")
    pressed = toggle.get_attribute("aria-pressed")
    s.check(pressed == ("true" if after_theme == "dark" else "false"),
            f"#theme-toggle has aria-pressed={pressed!r} with the {after_theme} theme on")
    # Remembered across pages (localStorage).
    s.driver.refresh()
    s.loaded()
    s.check(s.theme() == after_theme, f"the theme went back to {s.theme()!r} after a reload")
    s.console_clean()
    # Back to the default for the rest of the run.
    s.click(s.driver.find_element(By.CSS_SELECTOR, "#theme-toggle"))
    s.wait(lambda d: s.theme() == before_theme, f"the theme to flip back to {before_theme!r}")
    return {"from": before_theme, "to": after_theme, "backgrounds": f"{before_background} → {after_background}"}


def stale_links(s: Session) -> list[WebElement]:
    """Links to notes in the dashboard's stale group, whatever the template calls it."""
    for selector in ('[data-state="stale"] a', '.is-stale a', '.stale a', '#stale a', '[id^="stale"] a'):
        found = [a for a in s.driver.find_elements(By.CSS_SELECTOR, "main#content " + selector)
                 if not a.get_attribute("href").endswith("#") and "/tags/" not in a.get_attribute("href")]
        if found:
            return found
    # A heading that says stale/overdue, then the links until the next heading of that level.
    return s.js("""
        const main = document.querySelector('main#content');
        for (const h of main.querySelectorAll('h2, h3')) {
            if (!/stale|overdue/i.test(h.textContent)) continue;
            const links = [];
            for (let e = h.nextElementSibling; e && !/^H[23]$/.test(e.tagName); e = e.nextElementSibling)
                links.push(...e.querySelectorAll('a'));
            if (links.length) return links;
        }
        return [];""")


def step_freshness(s: Session) -> dict:
    s.open(BASE + "freshness/")
    s.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "main#content")), "main#content on the dashboard")
    s.check("404" not in s.driver.title and "not found" not in s.driver.title.casefold(),
            f"{BASE}freshness/ is the 404 page")
    s.screenshot("freshness.png")
    s.console_clean()
    candidates = stale_links(s)
    preferred = [a for a in candidates if " ".join(a.text.split()) == STALE_NOTE]
    how = "the stale group"
    if not candidates:
        preferred, how = s.links_by_text("main#content a", STALE_NOTE), "its title (no stale group found)"
    s.check(bool(candidates or preferred), f'no stale group and no link to "{STALE_NOTE}" on the dashboard')
    link = (preferred or candidates)[0]
    name = " ".join(link.text.split())
    s.click_and_follow(link, f'the dashboard link "{name}"')
    banner = s.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, ".review-banner.is-stale")),
                    f'a visible .review-banner.is-stale on "{name}"')
    return {"note": name, "found by": how, "banner": " ".join(banner.text.split())[:80]}


def step_not_found(s: Session) -> dict:
    path = BASE + "no/such/page/"
    s.ignored_misses.append(s.url(path))  # the page's own 404 is expected, nothing else
    s.open(path)
    s.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "main#content")), "main#content on the 404 page")
    s.check(s.js("return document.styleSheets.length") > 0, "the 404 page has no stylesheet")
    s.check(s.js("return document.body.dataset.base") == BASE, f"the 404 page's <body data-base> is not {BASE}")
    # Every link on it must work from any depth: it must not be relative.
    relative = s.js("""
        return [...document.querySelectorAll('a[href], link[href], script[src], img[src]')]
            .map(e => e.getAttribute('href') || e.getAttribute('src'))
            .filter(u => !/^([a-z]+:|\\/|#)/i.test(u));""")
    s.check(not relative, f"relative URLs on the 404 page (they break at other depths): {relative[:5]}")
    home = [a for a in s.driver.find_elements(By.CSS_SELECTOR, "a[href]")
            if urllib.parse.urlsplit(a.get_attribute("href")).path == BASE]
    s.check(bool(home), f"no link back to {BASE} on the 404 page")
    s.screenshot("404.png")
    return {"title": s.driver.title}


def step_mobile(s: Session) -> dict:
    set_viewport(s.driver, *MOBILE, mobile=True)
    try:
        s.open(BASE)
        width = s.js("return window.innerWidth")
        s.check(width == MOBILE[0], f"the viewport is {width}px wide, expected {MOBILE[0]}")
        overflow = s.js("return document.documentElement.scrollWidth")
        s.check(overflow <= MOBILE[0], f"the home page is {overflow}px wide at {MOBILE[0]}px: it scrolls sideways")
        s.screenshot("home-mobile.png")
    finally:
        set_viewport(s.driver, *DESKTOP)
    return {"scrollWidth": overflow}


STEPS = [
    ("1 home page", step_home),
    ("2 wikilink to Operations Overview", step_wikilink),
    ("3 transcluded section's source link", step_embed_link),
    (f'4 search "{SEARCH_WORD}"', step_search),
    ("5 theme toggle", step_theme),
    ("6 freshness dashboard and a stale note", step_freshness),
    ("7 404 page", step_not_found),
    ("8 home page at 390×844", step_mobile),
]


# MARK: - Main


def build_site(tend: str, vault: Path, site: Path) -> None:
    command = [tend, "build", str(vault), "--out", str(site / BASE.strip("/")), "--base-url", BASE]
    print("$ " + " ".join(command))
    result = subprocess.run(command, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if output:
        print("    " + "\n    ".join(output.splitlines()[-15:]))
    if result.returncode != 0:
        sys.exit(f"FAIL: tend build exited with {result.returncode}")
    if not (site / BASE.strip("/") / "index.html").is_file():
        sys.exit(f"FAIL: tend build wrote no {BASE}index.html")




def main() -> int:
    exit_on_signals()
    tend = tend_binary(__doc__.strip().split("\n\n")[1])
    if tend is None:
        return 2
    vault = Path(os.environ.get("VAULT", REPO / "vault"))
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()

    work = Path(tempfile.mkdtemp(prefix="tend-browser-"))
    site = work / "site"
    server = driver = None
    failed = None
    try:
        build_site(tend, vault, site)
        server, origin = serve(site)
        print(f"serving {site} at {origin}{BASE}")
        try:
            tmpdir = work / "tmp"
            tmpdir.mkdir()
            driver = start_browser(tmpdir)
        except WebDriverException as error:
            print(f"FAIL: cannot start Chromium: {error.msg}", file=sys.stderr)
            return 2
        print(driver.capabilities.get("browserName", "?"), driver.capabilities.get("browserVersion", "?"))
        session = Session(driver, origin)
        for name, step in STEPS:
            session.step = name
            try:
                facts = step(session)
                session.console_clean()
            except (StepFailed, WebDriverException) as error:
                failed = (name, error)
                break
            detail = ", ".join(f"{k}: {v}" for k, v in (facts or {}).items())
            print(f"ok  step {name}" + (f" ({detail})" if detail else ""))
        if failed:
            name, error = failed
            message = error.msg if isinstance(error, WebDriverException) else str(error)
            try:
                driver.save_screenshot(str(ARTIFACTS / "failure.png"))
                shot = f"\n    screenshot {(ARTIFACTS / 'failure.png').relative_to(REPO)}"
            except WebDriverException:
                shot = ""
            print(f"FAIL step {name}: {message}{shot}", file=sys.stderr)
            return 1
        print(f"all {len(STEPS)} steps passed")
        return 0
    finally:
        if driver:
            driver.quit()
        if server:
            server.shutdown()
            server.server_close()
        if os.environ.get("KEEP"):
            print(f"kept {site}")
        else:
            remove_tree(work)


if __name__ == "__main__":
    sys.exit(main())
