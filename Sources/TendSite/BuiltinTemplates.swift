// Generated from site-templates/ by `make templates`. Do not edit.
enum BuiltinTemplates {
    static let templates: [String: String] = [
        "404": #####"""
<div class="listing not-found">
<header class="page-header">
<p class="eyebrow">Error 404</p>
<h1 class="page-title">Page not found</h1>
<p class="page-description">There is no page at this address. It may have been renamed, moved or unpublished.</p>
</header>
<ul class="not-found-links">
<li><a href="{{site.home}}">Go to the home page</a></li>
<li><a href="{{site.tagsURL}}">Browse by tag</a></li>
<li><a href="{{site.freshnessURL}}">See every page on the freshness dashboard</a></li>
</ul>
<p>Or search for it: press <kbd>/</kbd> and type a few words.</p>
</div>

"""#####,
        "backlinks": #####"""
{{#hasBacklinks}}
<section class="backlinks" aria-labelledby="tend-backlinks-title">
<h2 id="tend-backlinks-title" class="aside-title">Linked from</h2>
<ul class="backlink-list">
{{#backlinks}}
<li><a href="{{.url}}">{{.title}}</a><span class="backlink-path">{{.path}}</span></li>
{{/backlinks}}
</ul>
</section>
{{/hasBacklinks}}

"""#####,
        "explorer-node": #####"""
{{#.isFolder}}
<li class="explorer-item is-folder{{#.isCurrent}} is-current{{/.isCurrent}}">
{{#.isOpen}}
<details class="explorer-folder" open>
<summary><a href="{{.url}}"{{#.isCurrent}} aria-current="page"{{/.isCurrent}}>{{.title}}</a></summary>
<ul>
{{#.children}}
{{>explorer-node}}
{{/.children}}
{{#.more}}
<li class="explorer-item explorer-more"><a href="{{.url}}">{{.count}} more…</a></li>
{{/.more}}
</ul>
</details>
{{/.isOpen}}
{{^.isOpen}}
<a class="explorer-closed-folder" href="{{.url}}"{{#.isCurrent}} aria-current="page"{{/.isCurrent}}>{{.title}}</a>
{{/.isOpen}}
</li>
{{/.isFolder}}
{{^.isFolder}}
{{#.more}}
<li class="explorer-item explorer-more"><a href="{{.url}}">{{.count}} more…</a></li>
{{/.more}}
{{^.more}}
<li{{#.isCurrent}} class="is-current"{{/.isCurrent}}><a href="{{.url}}"{{#.isCurrent}} aria-current="page"{{/.isCurrent}}>{{.title}}</a></li>
{{/.more}}
{{/.isFolder}}

"""#####,
        "explorer": #####"""
{{#explorer}}
{{>explorer-node}}
{{/explorer}}

"""#####,
        "folder": #####"""
<div class="listing">
<header class="page-header">
<p class="eyebrow">Folder</p>
<h1 class="page-title">{{folder.title}}</h1>
<p class="page-path">{{folder.path}}</p>
</header>
{{#hasEntries}}
<ul class="page-list">
{{#entries}}
{{>page-list}}
{{/entries}}
</ul>
{{/hasEntries}}
{{^hasEntries}}
<p class="empty-state">This folder has no published pages.</p>
{{/hasEntries}}
</div>

"""#####,
        "footer": #####"""
<footer class="site-footer">
<div class="site-footer-inner">
<p>Built with Tend</p>
<ul class="footer-links">
<li><a href="{{site.home}}">Home</a></li>
<li><a href="{{site.tagsURL}}">Tags</a></li>
<li><a href="{{site.freshnessURL}}">Freshness</a></li>
<li><a href="{{site.feedURL}}">Atom feed</a></li>
</ul>
</div>
</footer>

"""#####,
        "freshness": #####"""
<div class="listing freshness">
<header class="page-header">
<h1 class="page-title">Freshness</h1>
<p class="page-description">Every page has an owner and a review date. Pages past their review date are stale: check them before you rely on them.</p>
</header>
<section class="freshness-summary" aria-labelledby="tend-summary-title">
<h2 id="tend-summary-title" class="visually-hidden">Summary</h2>
<ul class="stat-cards">
<li class="stat stat-total"><span class="stat-value">{{summary.total}}</span> <span class="stat-label">pages</span></li>
<li class="stat state-stale"><a href="#state-stale"><span class="stat-value">{{summary.stale}}</span> <span class="stat-label">stale</span></a></li>
<li class="stat state-due-soon"><a href="#state-due-soon"><span class="stat-value">{{summary.dueSoon}}</span> <span class="stat-label">due soon</span></a></li>
<li class="stat state-future"><a href="#state-future"><span class="stat-value">{{summary.future}}</span> <span class="stat-label">dated in the future</span></a></li>
<li class="stat state-unknown"><a href="#state-unknown"><span class="stat-value">{{summary.unknown}}</span> <span class="stat-label">no review date</span></a></li>
<li class="stat state-fresh"><a href="#state-fresh"><span class="stat-value">{{summary.fresh}}</span> <span class="stat-label">fresh</span></a></li>
</ul>
<div class="freshness-bar" aria-hidden="true">
<span class="state-stale" style="flex-grow: {{summary.stale}}"></span>
<span class="state-due-soon" style="flex-grow: {{summary.dueSoon}}"></span>
<span class="state-future" style="flex-grow: {{summary.future}}"></span>
<span class="state-unknown" style="flex-grow: {{summary.unknown}}"></span>
<span class="state-fresh" style="flex-grow: {{summary.fresh}}"></span>
</div>
</section>
{{#groups}}
<section class="freshness-group state-{{.state}}" id="state-{{.state}}" aria-labelledby="tend-group-{{.state}}">
<h2 id="tend-group-{{.state}}"><span class="state-dot" aria-hidden="true"></span>{{.label}} <span class="count">{{.count}}</span></h2>
{{^empty(.notes)}}
<div class="table-wrap">
<table class="freshness-table" data-state="{{.state}}">
<thead>
<tr><th scope="col">Page</th><th scope="col">Owner</th><th scope="col">Reviewed</th><th scope="col">Due</th><th scope="col" class="col-overdue num">Days overdue</th><th scope="col" class="col-left num">Days left</th></tr>
</thead>
<tbody>
{{#.notes}}
<tr>
<th scope="row"><a href="{{.url}}">{{.title}}</a></th>
<td class="owner">{{.owner}}</td>
<td class="date">{{.reviewed}}</td>
<td class="date">{{.due}}</td>
<td class="col-overdue num">{{.daysOverdue}}</td>
<td class="col-left num">{{.daysLeft}}</td>
</tr>
{{/.notes}}
</tbody>
</table>
</div>
{{/empty(.notes)}}
{{#empty(.notes)}}
<p class="empty-state">None.</p>
{{/empty(.notes)}}
</section>
{{/groups}}
{{^empty(owners)}}
<section class="freshness-owners" aria-labelledby="tend-owners-title">
<h2 id="tend-owners-title">By owner</h2>
<div class="table-wrap">
<table class="owner-table">
<thead>
<tr><th scope="col">Owner</th><th scope="col" class="num">Pages</th><th scope="col" class="num">Stale</th><th scope="col" class="num">Due soon</th></tr>
</thead>
<tbody>
{{#owners}}
<tr>
<th scope="row" class="owner">{{.owner}}</th>
<td class="num">{{.total}}</td>
<td class="num{{^equalzero(.stale)}} has-stale{{/equalzero(.stale)}}">{{.stale}}</td>
<td class="num{{^equalzero(.dueSoon)}} has-due-soon{{/equalzero(.dueSoon)}}">{{.dueSoon}}</td>
</tr>
{{/owners}}
</tbody>
</table>
</div>
</section>
{{/empty(owners)}}
</div>

"""#####,
        "header": #####"""
<header class="site-header">
<div class="site-header-inner">
<a class="site-title" href="{{site.home}}">{{site.title}}</a>
{{>search}}
<button id="theme-toggle" class="theme-toggle" type="button" aria-pressed="false" aria-label="Dark theme" title="Switch between light and dark theme">
<svg class="icon icon-moon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>
<svg class="icon icon-sun" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="4.5"/><path d="M12 1.5v2.5M12 20v2.5M1.5 12H4M20 12h2.5M4.6 4.6l1.8 1.8M17.6 17.6l1.8 1.8M4.6 19.4l1.8-1.8M17.6 6.4l1.8-1.8"/></g></svg>
</button>
</div>
</header>

"""#####,
        "home": #####"""
<div class="note-layout home">
<article class="note" aria-labelledby="tend-page-title">
<header class="note-header home-header">
<h1 id="tend-page-title" class="page-title">{{note.title}}</h1>
{{^empty(note.description)}}<p class="page-description">{{note.description}}</p>{{/empty(note.description)}}
{{>review}}
{{>tag-list}}
</header>
<div class="markdown">
{{{note.html}}}
</div>
<footer class="note-footer">
<ul class="home-links">
<li><a href="{{site.tagsURL}}">Browse by tag</a></li>
<li><a href="{{site.freshnessURL}}">Freshness dashboard</a></li>
<li><a href="{{site.feedURL}}">Atom feed</a></li>
</ul>
{{#editURL}}{{^empty(editURL)}}<a class="edit-link" href="{{editURL}}">Edit this page</a>{{/empty(editURL)}}{{/editURL}}
</footer>
</article>
<aside class="note-aside" aria-label="Page contents and links">
{{>toc}}
{{>backlinks}}
</aside>
</div>

"""#####,
        "layout": #####"""
<!DOCTYPE html>
<html lang="{{site.language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{#page.isHome}}{{site.title}}{{/page.isHome}}{{^page.isHome}}{{page.title}} · {{site.title}}{{/page.isHome}}</title>
{{#page.description}}{{^empty(page.description)}}<meta name="description" content="{{page.description}}">{{/empty(page.description)}}{{/page.description}}
{{#page.canonical}}{{^empty(page.canonical)}}<link rel="canonical" href="{{page.canonical}}">{{/empty(page.canonical)}}{{/page.canonical}}
<meta name="generator" content="{{generator}}">
<meta name="color-scheme" content="light dark">
<link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{site.feedURL}}">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%236241d0'/%3E%3Cpath d='M9 10h14M16 10v13' stroke='white' stroke-width='3.5' stroke-linecap='round'/%3E%3C/svg%3E">
<link rel="stylesheet" href="{{assets.css}}">
<script>try{var t=localStorage.getItem("tend-theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}</script>
<script src="{{assets.js}}" defer></script>
</head>
<body data-base="{{site.home}}" class="kind-{{page.kind}}">
<a class="skip-link" href="#content">Skip to content</a>
{{>header}}
<div class="page">
<nav id="explorer" class="explorer" aria-label="Handbook pages">
<details id="explorer-panel" class="explorer-panel" open>
<summary class="explorer-summary">Browse pages</summary>
<ul class="explorer-tree">
{{{explorerHTML}}}
</ul>
<ul class="explorer-extra">
<li><a href="{{site.tagsURL}}">Tags</a></li>
<li><a href="{{site.freshnessURL}}">Freshness</a></li>
</ul>
</details>
</nav>
<script>try{if(matchMedia("(max-width: 50rem)").matches)document.getElementById("explorer-panel").open=false}catch(e){}</script>
<main id="content" class="content" tabindex="-1">
{{^empty(breadcrumbs)}}
<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>
{{#breadcrumbs}}
<li><a href="{{url}}">{{title}}</a></li>
{{/breadcrumbs}}
<li><span aria-current="page">{{page.title}}</span></li>
</ol>
</nav>
{{/empty(breadcrumbs)}}
{{{body}}}
</main>
</div>
{{>footer}}
</body>
</html>

"""#####,
        "note": #####"""
<div class="note-layout">
<article class="note" aria-labelledby="tend-page-title">
<header class="note-header">
<h1 id="tend-page-title" class="page-title">{{note.title}}</h1>
{{^empty(note.description)}}<p class="page-description">{{note.description}}</p>{{/empty(note.description)}}
{{^empty(note.aliases)}}
<p class="note-aliases">Also known as {{#note.aliases}}<span class="alias">{{.}}</span>{{/note.aliases}}</p>
{{/empty(note.aliases)}}
{{>review}}
{{>tag-list}}
</header>
<div class="markdown">
{{{note.html}}}
</div>
<footer class="note-footer">
<span class="note-path">{{note.path}}</span>
{{#editURL}}{{^empty(editURL)}}<a class="edit-link" href="{{editURL}}">Edit this page</a>{{/empty(editURL)}}{{/editURL}}
</footer>
</article>
<aside class="note-aside" aria-label="Page contents and links">
{{>toc}}
{{>backlinks}}
</aside>
</div>

"""#####,
        "page-list": #####"""
<li class="page-list-item{{#.isFolder}} is-folder{{/.isFolder}}">
<a class="page-list-link" href="{{.url}}">{{.title}}</a>
{{^empty(.reviewState)}}<span class="state-badge state-{{.reviewState}}">{{.reviewLabel}}</span>{{/empty(.reviewState)}}
{{^empty(.path)}}<span class="page-list-path">{{.path}}</span>{{/empty(.path)}}
{{^empty(.description)}}<p class="page-list-description">{{.description}}</p>{{/empty(.description)}}
</li>

"""#####,
        "review": #####"""
<div class="review review-{{review.state}}">
{{#review.isStale}}
<div class="review-banner is-stale" role="note">
<svg class="review-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M12 3 2 21h20L12 3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 10v5M12 17.5v.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
<p><strong>This page is overdue for review.</strong> {{review.label}}{{#review.hasDate}} (due {{review.due}}){{/review.hasDate}}. Check it before you rely on it{{#review.hasOwner}}, and tell {{review.owner}} what is out of date{{/review.hasOwner}}.</p>
</div>
{{/review.isStale}}
{{#review.isDueSoon}}
<div class="review-banner is-due-soon" role="note">
<svg class="review-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v5l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
<p><strong>Review due soon.</strong> {{review.label}}{{#review.hasDate}} (due {{review.due}}){{/review.hasDate}}.</p>
</div>
{{/review.isDueSoon}}
<p class="review-line">
{{#review.hasDate}}
<span>Last reviewed <time datetime="{{review.reviewed}}">{{review.reviewed}}</time>{{#review.hasOwner}} by <span class="review-owner">{{review.owner}}</span>{{/review.hasOwner}}</span>
{{^review.isStale}}{{^review.isDueSoon}}<span class="state-badge state-{{review.state}}">{{review.label}}</span>{{/review.isDueSoon}}{{/review.isStale}}
{{/review.hasDate}}
{{^review.hasDate}}
<span class="state-badge state-unknown">No review date</span>
{{#review.hasOwner}}<span>Owner: <span class="review-owner">{{review.owner}}</span></span>{{/review.hasOwner}}
{{/review.hasDate}}
</p>
</div>

"""#####,
        "search": #####"""
<div class="search" role="search">
<label class="visually-hidden" for="search-input">Search {{site.title}}</label>
<input id="search-input" class="search-input" type="search" placeholder="Search" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results" aria-describedby="search-hint">
<kbd class="search-kbd" aria-hidden="true">/</kbd>
<span id="search-hint" class="visually-hidden">Type to search. Use the up and down arrow keys to choose a result and Enter to open it.</span>
<ul id="search-results" class="search-results" role="listbox" aria-label="Search results" hidden></ul>
<p id="search-status" class="visually-hidden" role="status" aria-live="polite"></p>
</div>

"""#####,
        "tag-list": #####"""
{{#hasTags}}
<ul class="tag-list" aria-label="Tags">
{{#tags}}
<li><a class="tag{{#.isTodo}} tag-todo{{/.isTodo}}" href="{{.url}}">#{{.name}}</a></li>
{{/tags}}
</ul>
{{/hasTags}}

"""#####,
        "tag": #####"""
<div class="listing">
<header class="page-header">
<p class="eyebrow">Tag{{#parent}} in <a class="tag" href="{{.url}}">#{{.name}}</a>{{/parent}}</p>
<h1 class="page-title"><span class="tag-title">#{{tag.name}}</span></h1>
</header>
{{^empty(children)}}
<section class="tag-children" aria-labelledby="tend-subtags">
<h2 id="tend-subtags">Nested tags</h2>
<ul class="tag-list">
{{#children}}
<li><a class="tag" href="{{.url}}">#{{.name}}</a> <span class="count">{{.count}}</span></li>
{{/children}}
</ul>
</section>
{{/empty(children)}}
{{^empty(notes)}}
<ul class="page-list">
{{#notes}}
{{>page-list}}
{{/notes}}
</ul>
{{/empty(notes)}}
{{#empty(notes)}}
<p class="empty-state">No page carries this tag directly.</p>
{{/empty(notes)}}
<p class="listing-footer"><a href="{{site.tagsURL}}">All tags</a></p>
</div>

"""#####,
        "tags": #####"""
<div class="listing">
<header class="page-header">
<h1 class="page-title">Tags</h1>
<p class="page-description">Every tag used in published pages, with how many pages carry it.</p>
</header>
{{^empty(tags)}}
<ul class="tag-index">
{{#tags}}
<li class="tag-index-item" data-depth="{{.depth}}"><a class="tag" href="{{.url}}">#{{.name}}</a> <span class="count" title="pages">{{.count}}</span></li>
{{/tags}}
</ul>
{{/empty(tags)}}
{{#empty(tags)}}
<p class="empty-state">No page has a tag yet.</p>
{{/empty(tags)}}
</div>

"""#####,
        "toc": #####"""
{{#hasToc}}
<nav class="toc" aria-labelledby="tend-toc-title">
<h2 id="tend-toc-title" class="aside-title">On this page</h2>
<ol class="toc-list">
{{#toc}}
<li class="toc-item toc-indent-{{indent}}"><a href="#{{anchor}}">{{text}}</a></li>
{{/toc}}
</ol>
</nav>
{{/hasToc}}

"""#####,
    ]
    static let assets: [String: String] = [
        "site.js": siteJs,
        "style.css": styleCss,
    ]
}
