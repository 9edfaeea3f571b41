// Generated from site-templates/ by `make templates`. Do not edit.
extension BuiltinTemplates {
    /// site-templates/assets/style.css
    static let styleCss = #####"""
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

/* ---------- Explorer ---------- */

.explorer {
  position: sticky;
  top: var(--header-h);
  align-self: start;
  max-height: calc(100vh - var(--header-h));
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 1.25rem 0.25rem 2rem 0;
  font-size: 0.92rem;
  scrollbar-width: thin;
}
.explorer-summary { display: none; }
.explorer ul { list-style: none; margin: 0; padding: 0; }
.explorer ul ul {
  margin-left: 0.55rem;
  padding-left: 0.55rem;
  border-left: 1px solid var(--border);
}
.explorer-item > a,
.explorer-folder > summary > a {
  display: block;
  padding: 0.18rem 0.5rem;
  border-radius: 4px;
  color: var(--text-muted);
  text-decoration: none;
  line-height: 1.4;
}
.explorer-item > a:hover,
.explorer-folder > summary > a:hover { color: var(--text); background: var(--bg-alt); }
.explorer a[aria-current="page"] {
  color: var(--accent);
  background: var(--accent-bg);
  font-weight: 600;
}
.explorer-folder > summary {
  display: flex;
  align-items: center;
  cursor: pointer;
  list-style: none;
  border-radius: 4px;
}
.explorer-folder > summary::-webkit-details-marker { display: none; }
.explorer-folder > summary > a { flex: 1; min-width: 0; color: var(--text); font-weight: 600; }
.explorer-folder > summary::before,
.explorer-closed-folder::before {
  content: "";
  flex: none;
  display: inline-block;
  width: 0.4rem;
  height: 0.4rem;
  margin: 0 0.35rem 0 0.2rem;
  border-right: 1.5px solid var(--text-faint);
  border-bottom: 1.5px solid var(--text-faint);
  transform: rotate(-45deg);
  transition: transform 0.15s ease;
}
.explorer-folder[open] > summary::before { transform: rotate(45deg); }
.explorer-item > a.explorer-closed-folder { color: var(--text); font-weight: 600; padding-left: 0; }
.explorer-closed-folder::before { vertical-align: 0.12em; margin: 0 0.85rem 0 0.2rem; }
.explorer-more > a { font-style: italic; color: var(--text-faint); }
.explorer-extra {
  margin-top: 1rem !important;
  padding-top: 0.75rem !important;
  border-top: 1px solid var(--border);
}
.explorer-extra a {
  display: block;
  padding: 0.18rem 0.5rem;
  color: var(--text-muted);
  text-decoration: none;
  border-radius: 4px;
}
.explorer-extra a:hover { color: var(--text); background: var(--bg-alt); }

/* ---------- Breadcrumbs ---------- */

.breadcrumbs { font-size: 0.85rem; color: var(--text-muted); margin-bottom: 0.75rem; }
.breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
.breadcrumbs li + li::before { content: "/"; margin: 0 0.45rem; color: var(--text-faint); }
.breadcrumbs a { color: var(--text-muted); text-decoration: none; }
.breadcrumbs a:hover { color: var(--accent); text-decoration: underline; }
.breadcrumbs [aria-current="page"] { color: var(--text); }

/* ---------- Note layout (article + aside) ---------- */

.note-layout {
  display: grid;
  grid-template-columns: minmax(0, var(--measure)) var(--aside-w);
  gap: 3rem;
  justify-content: space-between;
}
.note { min-width: 0; }
.note-aside {
  position: sticky;
  top: calc(var(--header-h) + 1.5rem);
  align-self: start;
  max-height: calc(100vh - var(--header-h) - 3rem);
  overflow-y: auto;
  font-size: 0.88rem;
  scrollbar-width: thin;
}
.note-aside:not(:has(*)) { display: none; }
.note-aside > * + * { margin-top: 1.75rem; }
.aside-title {
  font-size: 0.75rem;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.06em;
  color: var(--text-muted);
  margin: 0 0 0.5rem;
}
.toc-list, .backlink-list { list-style: none; margin: 0; padding: 0; }
.toc-list { border-left: 1px solid var(--border); }
.toc-item a {
  display: block;
  padding: 0.15rem 0 0.15rem 0.75rem;
  margin-left: -1px;
  border-left: 2px solid transparent;
  color: var(--text-muted);
  text-decoration: none;
  line-height: 1.4;
}
.toc-item a:hover { color: var(--accent); border-left-color: var(--accent); }
.toc-indent-1 a { padding-left: 1.5rem; }
.toc-indent-2 a { padding-left: 2.25rem; }
.toc-indent-3 a, .toc-indent-4 a { padding-left: 3rem; font-size: 0.95em; }
.backlink-list li { margin-bottom: 0.5rem; line-height: 1.35; }
.backlink-list a { text-decoration: none; font-weight: 500; }
.backlink-list a:hover { text-decoration: underline; }
.backlink-path { display: block; font-size: 0.78rem; color: var(--text-faint); word-break: break-word; }

.note-header { margin-bottom: 1.75rem; }
.page-title {
  font-size: clamp(1.75rem, 1.3rem + 1.6vw, 2.35rem);
  line-height: 1.2;
  letter-spacing: -0.015em;
  margin: 0 0 0.5rem;
}
.page-description { font-size: 1.1rem; color: var(--text-muted); margin: 0 0 0.75rem; line-height: 1.5; }
.page-description:empty { display: none; }
.note-aliases { font-size: 0.85rem; color: var(--text-muted); margin: 0 0 0.5rem; }
.note-aliases:not(:has(.alias)) { display: none; }
.alias { font-style: italic; }
.alias + .alias::before { content: ", "; font-style: normal; }
.eyebrow {
  margin: 0 0 0.25rem;
  font-size: 0.8rem;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.06em;
  color: var(--text-muted);
}
.eyebrow .tag { text-transform: none; letter-spacing: 0; }
.page-path, .note-path { font-family: var(--font-mono); font-size: 0.8rem; color: var(--text-faint); word-break: break-all; }
.page-path:empty { display: none; }

.note-footer {
  margin-top: 3rem;
  padding-top: 1rem;
  border-top: 1px solid var(--border);
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0.5rem 1.5rem;
  font-size: 0.88rem;
  color: var(--text-muted);
}
.home-links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }

/* ---------- Review line and banners ---------- */

.review { margin: 0.75rem 0; font-size: 0.9rem; color: var(--text-muted); }
.review-line { margin: 0.25rem 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.75rem; }
.review-owner { font-weight: 600; color: var(--text); }
.review-banner {
  --state: var(--state-stale);
  display: flex;
  gap: 0.7rem;
  align-items: flex-start;
  margin: 0.75rem 0;
  padding: 0.75rem 1rem;
  border: 1px solid color-mix(in srgb, var(--state) 35%, transparent);
  border-left: 4px solid var(--state);
  border-radius: var(--radius);
  background: color-mix(in srgb, var(--state) 9%, var(--bg));
  color: var(--text);
  font-size: 0.95rem;
}
.review-banner p { margin: 0; }
.review-banner strong { color: var(--state); }
.review-icon { flex: none; color: var(--state); margin-top: 0.15rem; }
.review-banner.is-due-soon { --state: var(--state-due-soon); }

.state-badge {
  --state: var(--state-unknown);
  display: inline-flex;
  align-items: center;
  gap: 0.35rem;
  padding: 0.05rem 0.55rem;
  border-radius: 999px;
  font-size: 0.78rem;
  font-weight: 600;
  line-height: 1.6;
  color: var(--state);
  background: color-mix(in srgb, var(--state) 12%, transparent);
  white-space: nowrap;
}
.state-badge:empty { display: none; }
.state-badge::before { content: ""; width: 0.45rem; height: 0.45rem; border-radius: 50%; background: var(--state); }
.state-stale { --state: var(--state-stale); }
.state-due-soon { --state: var(--state-due-soon); }
.state-fresh { --state: var(--state-fresh); }
.state-unknown { --state: var(--state-unknown); }
.state-future { --state: var(--state-future); }

/* ---------- Tags ---------- */

.tag-list { list-style: none; margin: 0.5rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.tag {
  display: inline-block;
  padding: 0.02rem 0.5rem;
  border-radius: 999px;
  background: var(--accent-bg);
  color: var(--accent);
  font-size: 0.85em;
  font-weight: 500;
  line-height: 1.6;
  text-decoration: none;
  white-space: nowrap;
}
.tag:hover { background: var(--accent-bg-strong); color: var(--accent-hover); }
.tag.tag-todo {
  background: var(--state-due-soon);
  color: #fff;
  font-weight: 700;
}
:root[data-theme="dark"] .tag.tag-todo { color: #1c1d21; }
@media (prefers-color-scheme: dark) { :root:not([data-theme]) .tag.tag-todo { color: #1c1d21; } }
.tag.tag-todo:hover { filter: brightness(1.1); }
.tag.tag-todo::before { content: "☐ "; font-weight: 400; }
.count {
  display: inline-block;
  min-width: 1.5em;
  padding: 0 0.4em;
  border-radius: 999px;
  background: var(--bg-alt);
  border: 1px solid var(--border);
  font-size: 0.75rem;
  text-align: center;
  color: var(--text-muted);
  font-weight: 500;
  vertical-align: 0.15em;
}

.tag-index { list-style: none; margin: 0; padding: 0; }
.tag-index-item { padding: 0.25rem 0; border-bottom: 1px solid var(--border); }
.tag-index-item[data-depth="1"] { padding-left: 1.25rem; }
.tag-index-item[data-depth="2"] { padding-left: 2.5rem; }
.tag-index-item[data-depth="3"] { padding-left: 3.75rem; }
.tag-index-item[data-depth="4"], .tag-index-item[data-depth="5"] { padding-left: 5rem; }
.tag-title { color: var(--accent); }
.tag-children { margin-bottom: 1.5rem; }
.tag-children:not(:has(li)) { display: none; }
.tag-children h2 { font-size: 1rem; margin: 0 0 0.25rem; color: var(--text-muted); }

/* ---------- Listings (folder, tag, 404) ---------- */

.listing { max-width: 56rem; }
.page-header { margin-bottom: 1.75rem; }
.page-list { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--border); }
.page-list:not(:has(li)) { display: none; }
.page-list-item {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.2rem 0.6rem;
  padding: 0.75rem 0.25rem;
  border-bottom: 1px solid var(--border);
}
.page-list-link { font-weight: 600; font-size: 1.02rem; text-decoration: none; }
.page-list-link:hover { text-decoration: underline; }
.page-list-item.is-folder > .page-list-link::before {
  content: "";
  display: inline-block;
  width: 1em; height: 0.8em;
  margin-right: 0.45em;
  vertical-align: -0.05em;
  background: currentColor;
  opacity: 0.7;
  -webkit-mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 16'%3E%3Cpath d='M0 2a2 2 0 0 1 2-2h5l2 2h9a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2z'/%3E%3C/svg%3E") center / contain no-repeat;
  mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 16'%3E%3Cpath d='M0 2a2 2 0 0 1 2-2h5l2 2h9a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2z'/%3E%3C/svg%3E") center / contain no-repeat;
}
.page-list-item .state-fresh { display: none; }
.page-list-path { font-family: var(--font-mono); font-size: 0.75rem; color: var(--text-faint); margin-left: auto; }
.page-list-path:empty { display: none; }
.page-list-description { flex-basis: 100%; margin: 0; color: var(--text-muted); font-size: 0.92rem; line-height: 1.5; }
.page-list-description:empty { display: none; }
.empty-state { color: var(--text-muted); font-style: italic; }
.listing-footer { margin-top: 1.5rem; font-size: 0.9rem; }
.not-found-links { padding-left: 1.25rem; }
.not-found-links li { margin: 0.3rem 0; }

/* ---------- Freshness dashboard ---------- */

.stat-cards {
  list-style: none;
  margin: 0 0 0.75rem;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
  gap: 0.6rem;
}
:where(.stat) { --state: var(--border-strong); }
.stat {
  border: 1px solid var(--border);
  border-top: 3px solid var(--state);
  border-radius: var(--radius);
  background: var(--bg-alt);
}
.stat > a, .stat-total { display: block; padding: 0.6rem 0.8rem; text-decoration: none; color: var(--text-muted); }
.stat > a:hover { background: color-mix(in srgb, var(--state) 8%, transparent); }
.stat-value { display: block; font-size: 1.65rem; font-weight: 700; line-height: 1.15; color: var(--state); font-variant-numeric: tabular-nums; }
.stat-total .stat-value { color: var(--text); }
.stat-label { font-size: 0.85rem; }
.freshness-bar {
  display: flex;
  height: 0.55rem;
  border-radius: 999px;
  overflow: hidden;
  background: var(--border);
  margin-bottom: 2rem;
}
.freshness-bar > span { flex-basis: 0; background: var(--state); }
.freshness-group { margin: 2rem 0; }
.freshness-group h2, .freshness-owners h2 {
  display: flex;
  align-items: center;
  gap: 0.5rem;
  font-size: 1.25rem;
  margin: 0 0 0.6rem;
}
.state-dot { width: 0.7rem; height: 0.7rem; border-radius: 50%; background: var(--state); flex: none; }
.freshness-table th[scope="row"] { font-weight: 500; min-width: 9rem; }
.table-wrap .date, .table-wrap .owner, .table-wrap .num { white-space: nowrap; }
.freshness-table .owner:empty::before,
.owner-table .owner:empty::before { content: "no owner"; color: var(--text-faint); font-style: italic; }
.freshness-table .date:empty::before { content: "—"; color: var(--text-faint); }
.freshness-table .col-overdue, .freshness-table .col-left { display: none; }
.freshness-table[data-state="stale"] .col-overdue { display: table-cell; }
.freshness-table[data-state="due-soon"] .col-left,
.freshness-table[data-state="fresh"] .col-left { display: table-cell; }
.freshness-table[data-state="stale"] td.col-overdue { color: var(--state-stale); font-weight: 700; }
.freshness-table[data-state="due-soon"] td.col-left { color: var(--state-due-soon); font-weight: 700; }
.freshness-group .table-wrap { border-left: 3px solid var(--state); }
.owner-table .has-stale { color: var(--state-stale); font-weight: 700; }
.owner-table .has-due-soon { color: var(--state-due-soon); font-weight: 700; }
.num { text-align: right; font-variant-numeric: tabular-nums; }

/* ---------- Tables (notes and dashboard) ---------- */

.markdown table,
.table-wrap {
  display: block;
  max-width: 100%;
  overflow-x: auto;
  margin: 1.25rem 0;
}
.markdown table { width: max-content; border-collapse: collapse; font-size: 0.93rem; }
.table-wrap table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
.markdown th, .markdown td,
.table-wrap th, .table-wrap td {
  padding: 0.45rem 0.75rem;
  border: 1px solid var(--border);
  text-align: left;
  vertical-align: top;
}
.table-wrap th.num, .table-wrap td.num { text-align: right; }
.markdown thead th, .table-wrap thead th { background: var(--bg-alt); font-weight: 600; }
.markdown tbody tr:nth-child(even), .table-wrap tbody tr:nth-child(even) { background: color-mix(in srgb, var(--bg-alt) 55%, transparent); }
.markdown th[align="center"], .markdown td[align="center"] { text-align: center; }
.markdown th[align="right"], .markdown td[align="right"] { text-align: right; }

/* ---------- Note content ---------- */

.markdown { overflow-wrap: break-word; }
.markdown > :first-child { margin-top: 0; }
.markdown p, .markdown ul, .markdown ol, .markdown blockquote, .markdown pre { margin: 0 0 1rem; }
.markdown h1, .markdown h2, .markdown h3, .markdown h4, .markdown h5, .markdown h6 {
  line-height: 1.3;
  margin: 2rem 0 0.75rem;
  letter-spacing: -0.01em;
}
.markdown h1 { font-size: 1.8rem; }
.markdown h2 { font-size: 1.45rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
.markdown h3 { font-size: 1.2rem; }
.markdown h4 { font-size: 1.05rem; }
.markdown h5, .markdown h6 { font-size: 0.95rem; color: var(--text-muted); }
.markdown li + li { margin-top: 0.2rem; }
.markdown li > ul, .markdown li > ol { margin: 0.2rem 0 0; }
.markdown hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }
.markdown blockquote {
  padding: 0.1rem 1rem;
  border-left: 3px solid var(--border-strong);
  color: var(--text-muted);
}
.markdown blockquote > :last-child { margin-bottom: 0; }

.heading-anchor {
  margin-left: 0.4em;
  padding: 0 0.15em;
  font-weight: 400;
  color: var(--text-faint);
  text-decoration: none;
  opacity: 0;
  transition: opacity 0.12s ease;
}
.heading-anchor:hover { color: var(--accent); }
:is(h1, h2, h3, h4, h5, h6):hover > .heading-anchor,
.heading-anchor:focus-visible { opacity: 1; }
@media (hover: none) { .heading-anchor { opacity: 0.45; } }
:is(h1, h2, h3, h4, h5, h6, li, p):target { scroll-margin-top: calc(var(--header-h) + 1rem); }
.markdown :target { animation: tend-target 2s ease-out; }
@keyframes tend-target { from { background: var(--accent-bg-strong); } to { background: transparent; } }

.internal-link {
  color: var(--accent);
  text-decoration: underline;
  text-decoration-color: color-mix(in srgb, var(--accent) 40%, transparent);
}
a.internal-link:hover { text-decoration-color: currentColor; }
.internal-link.is-unresolved {
  color: var(--text-muted);
  text-decoration: underline dashed;
  text-decoration-color: var(--text-faint);
  cursor: help;
  opacity: 0.85;
}
.markdown a[href^="http"]:not(.internal-link)::after {
  content: "↗";
  font-size: 0.75em;
  margin-left: 0.1em;
  vertical-align: 0.2em;
  text-decoration: none;
  display: inline-block;
}

mark { background: var(--mark-bg); color: var(--mark-text); padding: 0 0.15em; border-radius: 2px; }

code, kbd, samp, pre { font-family: var(--font-mono); }
.markdown code {
  font-size: 0.875em;
  padding: 0.1em 0.35em;
  border-radius: 4px;
  background: var(--bg-code);
  border: 1px solid var(--border);
}
.markdown pre {
  padding: 0.85rem 1rem;
  overflow-x: auto;
  background: var(--bg-code);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  font-size: 0.85rem;
  line-height: 1.55;
  tab-size: 4;
}
.markdown pre code { padding: 0; border: 0; background: none; font-size: inherit; }
.markdown pre.mermaid { position: relative; padding-top: 1.9rem; white-space: pre; }
.markdown pre.mermaid::before {
  content: "Mermaid diagram";
  position: absolute;
  top: 0.4rem;
  left: 1rem;
  font-family: var(--font-body);
  font-size: 0.72rem;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.05em;
  color: var(--text-faint);
}

/* Math arrives as TeX source; shown as such unless a vault adds a renderer. */
.math { font-family: var(--font-mono); font-size: 0.88em; color: var(--text-muted); }
.math-display { display: block; margin: 1rem 0; padding: 0.5rem 0; overflow-x: auto; text-align: center; font-size: 1.05em; }

.markdown img, .markdown video, .markdown svg { max-width: 100%; height: auto; }
.markdown img { border-radius: 4px; vertical-align: middle; }
:root[data-theme="dark"] .markdown img { filter: brightness(0.9); }
@media (prefers-color-scheme: dark) { :root:not([data-theme]) .markdown img { filter: brightness(0.9); } }
.markdown audio { width: 100%; max-width: 32rem; display: block; margin: 1rem 0; }
.markdown video { display: block; margin: 1rem 0; border-radius: var(--radius); }
.pdf-embed { display: block; width: 100%; height: min(80vh, 50rem); border: 1px solid var(--border); border-radius: var(--radius); margin: 1rem 0; }

/* Task lists */
.markdown ul:has(> .task-list-item), .markdown ol:has(> .task-list-item) { padding-left: 0.4rem; }
.task-list-item { list-style: none; position: relative; padding-left: 1.7rem; }
.task-list-item-checkbox {
  position: absolute;
  left: 0;
  top: 0.3em;
  width: 1.05em;
  height: 1.05em;
  margin: 0;
  accent-color: var(--accent);
}
.task-list-item[data-task="x"], .task-list-item[data-task="X"] { color: var(--text-muted); }
.task-list-item[data-task="x"], .task-list-item[data-task="X"] { text-decoration: line-through; text-decoration-color: var(--text-faint); }
.markdown ul:has(> .task-list-item) ul:not(:has(> .task-list-item)) { padding-left: 1.5rem; }

/* Footnotes */
.footnote-ref { font-size: 0.75em; line-height: 0; }
.footnote-ref a { text-decoration: none; padding: 0 0.1em; }
.footnote-ref a::before { content: "["; }
.footnote-ref a::after { content: "]"; }
.footnotes {
  margin-top: 2.5rem;
  padding-top: 1rem;
  border-top: 1px solid var(--border);
  font-size: 0.88rem;
  color: var(--text-muted);
}
.footnotes ol { padding-left: 1.5rem; }
.footnotes li p { display: inline; margin: 0; }
.footnote-backref { text-decoration: none; margin-left: 0.25em; }

/* Note embeds */
.internal-embed.markdown-embed {
  margin: 1.25rem 0;
  border: 1px solid var(--border);
  border-left: 3px solid var(--accent);
  border-radius: var(--radius);
  background: var(--bg);
  overflow: hidden;
}
.markdown-embed-title {
  padding: 0.35rem 0.9rem;
  background: var(--bg-alt);
  border-bottom: 1px solid var(--border);
  font-size: 0.8rem;
  font-weight: 600;
}
.markdown-embed-link { color: var(--text-muted); text-decoration: none; }
.markdown-embed-link:hover { color: var(--accent); text-decoration: underline; }
.markdown-embed-link::after { content: " ↗"; }
.markdown-embed-content { padding: 0.75rem 1rem 0.1rem; }
.markdown-embed-content > :first-child { margin-top: 0; }
.markdown-embed-content h1, .markdown-embed-content h2 { font-size: 1.15rem; border-bottom: 0; }
.markdown-embed-content .heading-anchor { display: none; }
.internal-embed.embed-cycle {
  margin: 1rem 0;
  padding: 0.6rem 0.9rem;
  border: 1px dashed var(--state-due-soon);
  border-radius: var(--radius);
  color: var(--text-muted);
  font-size: 0.9rem;
  background: color-mix(in srgb, var(--state-due-soon) 6%, transparent);
}
.internal-embed.embed-cycle::before { content: "⟳ "; color: var(--state-due-soon); font-weight: 700; }

/* ---------- Callouts ---------- */

.callout {
  --callout-color: var(--callout-blue);
  margin: 1.25rem 0;
  padding: 0.7rem 1rem;
  border-left: 4px solid rgb(var(--callout-color));
  border-radius: var(--radius);
  background: rgba(var(--callout-color), 0.1);
  overflow: hidden;
}
.callout[data-callout="abstract"], .callout[data-callout="summary"], .callout[data-callout="tldr"],
.callout[data-callout="tip"], .callout[data-callout="hint"], .callout[data-callout="important"] { --callout-color: var(--callout-cyan); }
.callout[data-callout="success"], .callout[data-callout="check"], .callout[data-callout="done"] { --callout-color: var(--callout-green); }
.callout[data-callout="question"], .callout[data-callout="help"], .callout[data-callout="faq"],
.callout[data-callout="warning"], .callout[data-callout="caution"], .callout[data-callout="attention"] { --callout-color: var(--callout-orange); }
.callout[data-callout="failure"], .callout[data-callout="fail"], .callout[data-callout="missing"],
.callout[data-callout="danger"], .callout[data-callout="error"], .callout[data-callout="bug"] { --callout-color: var(--callout-red); }
.callout[data-callout="example"] { --callout-color: var(--callout-purple); }
.callout[data-callout="quote"], .callout[data-callout="cite"] { --callout-color: var(--callout-grey); }
/* note, info, todo and unknown types keep the default blue. */

.callout-title {
  display: flex;
  align-items: center;
  gap: 0.5rem;
  font-weight: 650;
  color: color-mix(in srgb, rgb(var(--callout-color)) 78%, var(--text));
  line-height: 1.4;
}
.callout-icon { display: inline-flex; flex: none; }
.callout-icon svg { width: 1.1em; height: 1.1em; }
.callout-title-inner { flex: 1; min-width: 0; }
.callout-content { margin-top: 0.45rem; color: var(--text); }
.callout-content > :last-child { margin-bottom: 0; }
.callout-content > :first-child { margin-top: 0; }
details.callout > summary.callout-title { cursor: pointer; list-style: none; }
details.callout > summary.callout-title::-webkit-details-marker { display: none; }
details.callout > summary.callout-title::after {
  content: "";
  flex: none;
  width: 0.5rem;
  height: 0.5rem;
  margin: 0 0.25rem 0 0.5rem;
  border-right: 2px solid currentColor;
  border-bottom: 2px solid currentColor;
  transform: rotate(-45deg);
  transition: transform 0.15s ease;
}
details.callout[open] > summary.callout-title::after { transform: rotate(45deg); }
details.callout:not([open]) { padding-bottom: 0.7rem; }

/* ---------- Footer ---------- */

.site-footer {
  border-top: 1px solid var(--border);
  background: var(--bg-alt);
  color: var(--text-muted);
  font-size: 0.85rem;
}
.site-footer-inner {
  max-width: 92rem;
  margin: 0 auto;
  padding: 1.25rem;
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0.5rem 2rem;
}
.site-footer p { margin: 0; }
.footer-links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.footer-links a { color: var(--text-muted); }
.footer-links a:hover { color: var(--accent); }

/* ---------- Responsive ---------- */

@media (max-width: 72rem) {
  .note-layout { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .note-aside {
    position: static;
    max-height: none;
    overflow: visible;
    margin-top: 2.5rem;
    padding-top: 1.5rem;
    border-top: 1px solid var(--border);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 1.5rem 2rem;
  }
  .note-aside > * + * { margin-top: 0; }
}

@media (max-width: 50rem) {
  :root { --header-h: 3.25rem; }
  .site-header-inner { padding: 0 0.75rem; gap: 0.6rem; }
  .site-title { flex: 0 1 auto; margin-right: 0; max-width: 40%; font-size: 0.98rem; }
  .search { flex: 1 1 auto; }
  .search-kbd { display: none; }
  .search-results { position: fixed; top: calc(var(--header-h) + 0.2rem); left: 0.75rem; right: 0.75rem; width: auto; }
  .page { grid-template-columns: minmax(0, 1fr); gap: 0; padding: 0 1rem; }
  .explorer {
    position: static;
    max-height: none;
    overflow: visible;
    padding: 0.5rem 0 0;
    border-bottom: 1px solid var(--border);
  }
  .explorer-summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.4rem 0.25rem 0.6rem;
    cursor: pointer;
    font-weight: 600;
    color: var(--text);
    list-style: none;
  }
  .explorer-summary::-webkit-details-marker { display: none; }
  .explorer-summary::before {
    content: "";
    width: 1rem;
    height: 0.7rem;
    border-top: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    background: linear-gradient(currentColor, currentColor) center / 100% 2px no-repeat;
  }
  .explorer-panel[open] > .explorer-summary { color: var(--accent); }
  .explorer-panel[open] { padding-bottom: 0.75rem; }
  .content { padding-top: 1rem; }
}

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; }
}

/* ---------- Print ---------- */

@media print {
  :root:root:root { /* beats both dark-theme selectors */
    color-scheme: light;
    --bg: #fff; --bg-alt: #f5f5f5; --bg-code: #f5f5f5; --bg-raised: #fff;
    --text: #000; --text-muted: #333; --text-faint: #555;
    --border: #ccc; --border-strong: #999;
    --accent: #000; --accent-bg: transparent; --accent-bg-strong: transparent;
    --mark-bg: #fff3a3; --mark-text: inherit;
    --state-stale: #c62828; --state-due-soon: #b25e00; --state-fresh: #1f8a4c;
    --state-unknown: #6b7280; --state-future: #7c3aed;
    --callout-blue: 8, 109, 221; --callout-cyan: 0, 191, 188; --callout-green: 8, 185, 78;
    --callout-orange: 236, 117, 0; --callout-red: 233, 49, 71; --callout-purple: 120, 82, 238;
    --callout-grey: 158, 158, 158;
  }
  .markdown img { filter: none !important; }
  body { font-size: 11pt; line-height: 1.5; display: block; }
  .site-header, .explorer, .search, .note-aside, .site-footer, .skip-link,
  .theme-toggle, .heading-anchor, .breadcrumbs, .freshness-bar { display: none !important; }
  .page { display: block; max-width: none; padding: 0; }
  .content { padding: 0; }
  .note-layout { display: block; }
  .markdown a[href^="http"]:not(.internal-link)::after { content: " (" attr(href) ")"; font-size: 0.8em; vertical-align: baseline; color: #555; }
  .markdown pre, .callout, .internal-embed, .review-banner, tr, img, figure { break-inside: avoid; }
  .markdown h2, .markdown h3, .markdown h4 { break-after: avoid; }
  .markdown table { display: table; width: 100%; }
  .table-wrap { overflow: visible; }
  .markdown pre { white-space: pre-wrap; }
  .tag.tag-todo { color: #000; background: none; border: 1px solid #000; }
}

"""#####
}
