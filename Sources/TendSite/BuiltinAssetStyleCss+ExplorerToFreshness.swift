// Generated from site-templates/ by `make templates`. Do not edit.
extension BuiltinTemplates {
    /// site-templates/assets/style.css: Explorer, Breadcrumbs, Note layout (article + aside), Review line and banners, Tags, Listings (folder, tag, 404), Freshness dashboard
    static let styleCssExplorerToFreshness = #####"""
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
/* A note's <li> has no class: the explorer lists up to 50 of them per open folder on
   every page, and a class on each was a tenth of the page's bytes. */
.explorer-tree li > a,
.explorer-folder > summary > a {
  display: block;
  padding: 0.18rem 0.5rem;
  border-radius: 4px;
  color: var(--text-muted);
  text-decoration: none;
  line-height: 1.4;
}
.explorer-tree li > a:hover,
.explorer-folder > summary > a:hover { color: var(--text); background: var(--bg-alt); }
.explorer a[aria-current="page"],
.explorer-tree li > a[aria-current="page"] {
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
.explorer-tree li > a.explorer-closed-folder { color: var(--text); font-weight: 600; padding-left: 0; }
.explorer-closed-folder::before { vertical-align: 0.12em; margin: 0 0.85rem 0 0.2rem; }
.explorer-tree .explorer-more > a { font-style: italic; color: var(--text-faint); }
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


"""#####
}
