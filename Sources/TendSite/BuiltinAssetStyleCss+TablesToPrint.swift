// Generated from site-templates/ by `make templates`. Do not edit.
extension BuiltinTemplates {
    /// site-templates/assets/style.css: Tables (notes and dashboard), Note content, Callouts, Footer, Responsive, Print
    static let styleCssTablesToPrint = #####"""
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
