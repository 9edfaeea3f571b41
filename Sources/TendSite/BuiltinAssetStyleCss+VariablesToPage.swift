// Generated from site-templates/ by `make templates`. Do not edit.
extension BuiltinTemplates {
    /// site-templates/assets/style.css: Variables, Base, Header, Search, Page grid
    static let styleCssVariablesToPage = #####"""
/* Tend site style. Colours are CSS variables: light by default, dark when the system asks
   for it and <html> has no data-theme, or when data-theme="dark" forces it. */

:root {
  color-scheme: light;
  --bg: #ffffff;
  --bg-alt: #f6f7f9;
  --bg-raised: #ffffff;
  --bg-code: #f3f4f6;
  --border: #e3e5e8;
  --border-strong: #c9cdd3;
  --text: #1f2328;
  --text-muted: #5b636e;
  --text-faint: #8a919b;
  --accent: #6241d0;
  --accent-hover: #4a2db0;
  --accent-bg: rgba(98, 65, 208, 0.09);
  --accent-bg-strong: rgba(98, 65, 208, 0.16);
  --focus: #2f6fdd;
  --mark-bg: #fff3a3;
  --mark-text: inherit;
  --shadow: 0 6px 24px rgba(15, 23, 42, 0.12), 0 1px 3px rgba(15, 23, 42, 0.08);

  --state-stale: #c62828;
  --state-due-soon: #b25e00;
  --state-fresh: #1f8a4c;
  --state-unknown: #6b7280;
  --state-future: #7c3aed;

  /* Obsidian's callout colours, as "R, G, B". */
  --callout-blue: 8, 109, 221;
  --callout-cyan: 0, 191, 188;
  --callout-green: 8, 185, 78;
  --callout-orange: 236, 117, 0;
  --callout-red: 233, 49, 71;
  --callout-purple: 120, 82, 238;
  --callout-grey: 158, 158, 158;

  --font-body: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --font-mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --header-h: 3.5rem;
  --explorer-w: 16.5rem;
  --aside-w: 15rem;
  --measure: 46rem;
  --radius: 6px;
}

:root[data-theme="dark"] {
  color-scheme: dark;
  --bg: #1c1d21;
  --bg-alt: #23252a;
  --bg-raised: #2a2c32;
  --bg-code: #26282d;
  --border: #363940;
  --border-strong: #4a4e57;
  --text: #dcdee3;
  --text-muted: #a2a8b3;
  --text-faint: #7d8490;
  --accent: #a98bff;
  --accent-hover: #c4b0ff;
  --accent-bg: rgba(169, 139, 255, 0.12);
  --accent-bg-strong: rgba(169, 139, 255, 0.22);
  --focus: #7cabff;
  --mark-bg: rgba(255, 208, 0, 0.35);
  --mark-text: #fff6cf;
  --shadow: 0 8px 28px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
  --state-stale: #ff6b6b;
  --state-due-soon: #f0a44a;
  --state-fresh: #4cc38a;
  --state-unknown: #9aa1ad;
  --state-future: #b794ff;
  --callout-blue: 2, 122, 255;
  --callout-cyan: 83, 223, 221;
  --callout-green: 68, 207, 110;
  --callout-orange: 233, 151, 63;
  --callout-red: 251, 70, 76;
  --callout-purple: 168, 130, 255;
  --callout-grey: 158, 158, 158;
}

@media (prefers-color-scheme: dark) {
  :root:not([data-theme]) {
    color-scheme: dark;
    --bg: #1c1d21;
    --bg-alt: #23252a;
    --bg-raised: #2a2c32;
    --bg-code: #26282d;
    --border: #363940;
    --border-strong: #4a4e57;
    --text: #dcdee3;
    --text-muted: #a2a8b3;
    --text-faint: #7d8490;
    --accent: #a98bff;
    --accent-hover: #c4b0ff;
    --accent-bg: rgba(169, 139, 255, 0.12);
    --accent-bg-strong: rgba(169, 139, 255, 0.22);
    --focus: #7cabff;
    --mark-bg: rgba(255, 208, 0, 0.35);
    --mark-text: #fff6cf;
    --shadow: 0 8px 28px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
    --state-stale: #ff6b6b;
    --state-due-soon: #f0a44a;
    --state-fresh: #4cc38a;
    --state-unknown: #9aa1ad;
    --state-future: #b794ff;
    --callout-blue: 2, 122, 255;
    --callout-cyan: 83, 223, 221;
    --callout-green: 68, 207, 110;
    --callout-orange: 233, 151, 63;
    --callout-red: 251, 70, 76;
    --callout-purple: 168, 130, 255;
    --callout-grey: 158, 158, 158;
  }
}

/* ---------- Base ---------- */

*, *::before, *::after { box-sizing: border-box; }

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
  scroll-padding-top: calc(var(--header-h) + 1rem);
}

body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font-family: var(--font-body);
  font-size: 1rem;
  line-height: 1.65;
  min-height: 100vh;
  display: flex;
  flex-direction: column;
}

a { color: var(--accent); text-underline-offset: 0.18em; text-decoration-thickness: 1px; }
a:hover { color: var(--accent-hover); }

:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: 2px;
  border-radius: 2px;
}

[hidden] { display: none !important; }

.visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px;
  margin: -1px; padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

.skip-link {
  position: absolute;
  left: 0.75rem;
  top: -4rem;
  z-index: 100;
  padding: 0.5rem 0.9rem;
  background: var(--accent);
  color: #fff;
  border-radius: var(--radius);
  text-decoration: none;
  font-weight: 600;
}
.skip-link:focus { top: 0.6rem; color: #fff; }

kbd {
  font-family: var(--font-mono);
  font-size: 0.8em;
  padding: 0.05em 0.4em;
  border: 1px solid var(--border-strong);
  border-bottom-width: 2px;
  border-radius: 4px;
  background: var(--bg-alt);
}

/* ---------- Header ---------- */

.site-header {
  position: sticky;
  top: 0;
  z-index: 20;
  background: var(--bg);
  border-bottom: 1px solid var(--border);
}
.site-header-inner {
  max-width: 92rem;
  margin: 0 auto;
  height: var(--header-h);
  padding: 0 1.25rem;
  display: flex;
  align-items: center;
  gap: 1rem;
}
.site-title {
  font-weight: 700;
  font-size: 1.05rem;
  color: var(--text);
  text-decoration: none;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  margin-right: auto;
}
.site-title:hover { color: var(--accent); }

.theme-toggle {
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 2.25rem;
  height: 2.25rem;
  padding: 0;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--bg-alt);
  color: var(--text-muted);
  cursor: pointer;
}
.theme-toggle:hover { color: var(--text); border-color: var(--border-strong); }
.theme-toggle .icon-sun { display: none; }
:root[data-theme="dark"] .theme-toggle .icon-sun { display: block; }
:root[data-theme="dark"] .theme-toggle .icon-moon { display: none; }
@media (prefers-color-scheme: dark) {
  :root:not([data-theme]) .theme-toggle .icon-sun { display: block; }
  :root:not([data-theme]) .theme-toggle .icon-moon { display: none; }
}

/* ---------- Search ---------- */

.search {
  position: relative;
  flex: 0 1 22rem;
  min-width: 0;
}
.search-input {
  width: 100%;
  height: 2.25rem;
  padding: 0 2rem 0 2.1rem;
  font: inherit;
  font-size: 0.95rem;
  color: var(--text);
  background: var(--bg-alt) no-repeat 0.7rem 50% / 1rem
    url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%238a919b' stroke-width='2.4' stroke-linecap='round'%3E%3Ccircle cx='10.5' cy='10.5' r='6.5'/%3E%3Cpath d='m15.5 15.5 5 5'/%3E%3C/svg%3E");
  border: 1px solid var(--border);
  border-radius: var(--radius);
  -webkit-appearance: none;
  appearance: none;
}
.search-input::placeholder { color: var(--text-faint); }
.search-input:focus { border-color: var(--accent); background-color: var(--bg); }
.search-input:focus-visible { outline-offset: 0; }
.search-input::-webkit-search-cancel-button { cursor: pointer; }
.search-kbd {
  position: absolute;
  right: 0.55rem;
  top: 50%;
  transform: translateY(-50%);
  color: var(--text-faint);
  pointer-events: none;
}
.search-input:focus ~ .search-kbd,
.search-input:not(:placeholder-shown) ~ .search-kbd { display: none; }

.search-results {
  position: absolute;
  top: calc(100% + 0.35rem);
  right: 0;
  width: min(32rem, calc(100vw - 1.5rem));
  max-height: min(70vh, 34rem);
  overflow-y: auto;
  margin: 0;
  padding: 0.35rem;
  list-style: none;
  background: var(--bg-raised);
  border: 1px solid var(--border);
  border-radius: 8px;
  box-shadow: var(--shadow);
  z-index: 30;
}
.search-results li { margin: 0; }
.search-result {
  display: block;
  padding: 0.45rem 0.7rem;
  border-radius: var(--radius);
  color: var(--text);
  text-decoration: none;
  line-height: 1.35;
}
.search-result-title { display: block; font-weight: 600; }
.search-result-path {
  display: block;
  font-size: 0.8rem;
  color: var(--text-muted);
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.search-results [aria-selected="true"] > .search-result,
.search-result:hover {
  background: var(--accent-bg-strong);
  color: var(--text);
}
.search-results [aria-selected="true"] > .search-result .search-result-title { color: var(--accent); }
.search-empty {
  padding: 0.6rem 0.7rem;
  color: var(--text-muted);
  font-size: 0.9rem;
}

/* ---------- Page grid ---------- */

.page {
  flex: 1 0 auto;
  width: 100%;
  max-width: 92rem;
  margin: 0 auto;
  display: grid;
  grid-template-columns: var(--explorer-w) minmax(0, 1fr);
  gap: 2.5rem;
  align-content: start;
  padding: 0 1.25rem;
}

.content {
  min-width: 0;
  padding: 1.5rem 0 3rem;
}
.content:focus { outline: none; }


"""#####
}
