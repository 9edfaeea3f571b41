// Generated from site-templates/ by `make templates`. Do not edit.
extension BuiltinTemplates {
    /// site-templates/assets/site.js
    static let siteJs = #####"""
// Tend site script: theme toggle, search, explorer on narrow screens. No dependencies.
(() => {
  'use strict';

  const root = document.documentElement;
  const byId = (id) => document.getElementById(id);
  let base = '/';

  const media = (q) => (window.matchMedia ? window.matchMedia(q) : null);
  const onChange = (mq, fn) => {
    if (!mq) return;
    if (mq.addEventListener) mq.addEventListener('change', fn);
    else if (mq.addListener) mq.addListener(fn);
  };

  // ---------- Theme ----------
  const THEME_KEY = 'tend-theme';
  const darkQuery = media('(prefers-color-scheme: dark)');
  const readTheme = () => { try { return localStorage.getItem(THEME_KEY); } catch (e) { return null; } };
  const saveTheme = (t) => { try { localStorage.setItem(THEME_KEY, t); } catch (e) { /* private mode */ } };
  const effectiveTheme = () => {
    const t = root.dataset.theme;
    if (t === 'light' || t === 'dark') return t;
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  };

  function syncToggle() {
    const button = byId('theme-toggle');
    if (!button) return;
    const dark = effectiveTheme() === 'dark';
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    button.title = dark ? 'Switch to light theme' : 'Switch to dark theme';
  }

  function initTheme() {
    const stored = readTheme();
    if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
    syncToggle();
    const button = byId('theme-toggle');
    if (button) {
      button.addEventListener('click', () => {
        const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
        root.dataset.theme = next;
        saveTheme(next);
        syncToggle();
      });
    }
    onChange(darkQuery, syncToggle);
  }

  // ---------- Explorer ----------
  function initExplorer() {
    const panel = byId('explorer-panel');
    const narrow = media('(max-width: 50rem)');
    if (panel && narrow) onChange(narrow, () => { panel.open = !narrow.matches; });
    const current = document.querySelector('#explorer [aria-current="page"]');
    const nav = byId('explorer');
    if (current && nav && nav.scrollHeight > nav.clientHeight) {
      const top = current.getBoundingClientRect().top - nav.getBoundingClientRect().top;
      if (top > nav.clientHeight * 0.6) nav.scrollTop = top - nav.clientHeight / 3;
    }
  }

  // ---------- Search ----------
  const MAX_RESULTS = 20;
  const DEBOUNCE_MS = 80;
  let docs = null;
  let folders = [];
  let docsPromise = null;
  let shardNames = null; // optional list of existing shards, when docs.json gives one
  const shards = new Map();

  const getJSON = (url) => fetch(url, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + url);
    return r.json();
  });

  function loadDocs() {
    if (!docsPromise) {
      docsPromise = getJSON(base + 'search/docs.json').then((data) => {
        docs = data && Array.isArray(data.docs) ? data.docs : [];
        folders = data && Array.isArray(data.folders) ? data.folders : [];
        if (data && Array.isArray(data.shards)) shardNames = new Set(data.shards);
        return docs;
      }).catch(() => { docsPromise = null; return null; });
    }
    return docsPromise;
  }

  const shardOf = (word) => Array.from(word).slice(0, 2)
    .map((c) => (/^[a-z0-9]$/.test(c) ? c : '_')).join('');

  function loadShard(name) {
    if (shardNames && !shardNames.has(name)) return Promise.resolve({});
    if (!shards.has(name)) {
      const p = getJSON(base + 'search/terms/' + name + '.json')
        .then((data) => (data && typeof data === 'object' ? data : {}))
        .catch(() => { shards.delete(name); return {}; });
      shards.set(name, p);
    }
    return shards.get(name);
  }

  const queryWords = (q) => q.normalize('NFC').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter((w) => Array.from(w).length >= 2);

  async function runQuery(query) {
    const words = Array.from(new Set(queryWords(query)));
    if (!words.length) return null;
    const list = await loadDocs();
    if (!list) return { error: true, results: [] };
    const tables = await Promise.all(words.map((w) => loadShard(shardOf(w))));
    let total = null;
    words.forEach((word, i) => {
      const table = tables[i];
      const scores = new Map();
      for (const term of Object.keys(table)) {
        if (!term.startsWith(word)) continue;
        const postings = table[term];
        if (!Array.isArray(postings)) continue;
        const weight = term === word ? 2 : 1;
        for (let j = 0; j + 1 < postings.length; j += 2) {
          const doc = postings[j];
          scores.set(doc, (scores.get(doc) || 0) + postings[j + 1] * weight);
        }
      }
      if (total === null) { total = scores; return; }
      const next = new Map();
      for (const [doc, score] of total) if (scores.has(doc)) next.set(doc, score + scores.get(doc));
      total = next;
    });
    const phrase = query.trim().toLowerCase();
    const ranked = [];
    for (const [doc, score] of total || []) {
      const entry = list[doc];
      if (!Array.isArray(entry)) continue;
      const title = String(entry[1] || '');
      const bonus = phrase && title.toLowerCase().includes(phrase) ? 50 : 0;
      ranked.push({ doc, score: score + bonus, url: String(entry[0] || ''), title, path: typeof entry[2] === 'number' ? String(folders[entry[2]] || '') : String(entry[2] || '') });
    }
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { error: false, results: ranked.slice(0, MAX_RESULTS) };
  }

  function initSearch() {
    const input = byId('search-input');
    const list = byId('search-results');
    const status = byId('search-status');
    if (!input || !list) return;
    let selected = -1;
    let timer = 0;
    let seq = 0;

    const options = () => Array.from(list.querySelectorAll('li[role="option"]:not([aria-disabled="true"])'));
    const isOpen = () => !list.hidden;
    const say = (text) => { if (status) status.textContent = text; };

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      selected = -1;
    }
    function open() {
      if (!list.children.length) return;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function select(index) {
      const items = options();
      if (!items.length) return;
      selected = (index + items.length) % items.length;
      items.forEach((li, i) => li.setAttribute('aria-selected', i === selected ? 'true' : 'false'));
      const li = items[selected];
      input.setAttribute('aria-activedescendant', li.id);
      if (li.offsetTop < list.scrollTop) list.scrollTop = li.offsetTop;
      else if (li.offsetTop + li.offsetHeight > list.scrollTop + list.clientHeight) {
        list.scrollTop = li.offsetTop + li.offsetHeight - list.clientHeight;
      }
    }
    function message(text) {
      const li = document.createElement('li');
      li.className = 'search-empty';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-disabled', 'true');
      li.id = 'search-result-none';
      li.textContent = text;
      list.replaceChildren(li);
    }
    function render(outcome) {
      selected = -1;
      input.removeAttribute('aria-activedescendant');
      if (!outcome) { list.replaceChildren(); close(); say(''); return; }
      if (outcome.error) { message('Search is unavailable'); open(); say('Search is unavailable'); return; }
      if (!outcome.results.length) { message('No results'); open(); say('No results'); return; }
      const items = outcome.results.map((r, i) => {
        const li = document.createElement('li');
        li.id = 'search-result-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const a = document.createElement('a');
        a.className = 'search-result';
        a.href = base + r.url.replace(/^\/+/, '');
        a.tabIndex = -1;
        const title = document.createElement('span');
        title.className = 'search-result-title';
        title.textContent = r.title || r.path || r.url;
        const path = document.createElement('span');
        path.className = 'search-result-path';
        path.textContent = r.path;
        a.append(title, path);
        li.append(a);
        return li;
      });
      list.replaceChildren(...items);
      open();
      say(items.length === 1 ? '1 result' : items.length + ' results');
    }
    function update() {
      const mine = ++seq;
      runQuery(input.value).then((outcome) => { if (mine === seq) render(outcome); })
        .catch(() => { if (mine === seq) render({ error: true, results: [] }); });
    }

    input.addEventListener('focus', () => { loadDocs(); if (input.value.trim()) open(); });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(update, DEBOUNCE_MS);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!isOpen()) open();
        e.preventDefault();
        select(selected < 0 && e.key === 'ArrowUp' ? -1 : selected + (e.key === 'ArrowDown' ? 1 : -1));
      } else if (e.key === 'Enter') {
        const items = options();
        const li = items[selected >= 0 ? selected : 0];
        const link = li && li.querySelector('a.search-result');
        if (link && isOpen()) { e.preventDefault(); window.location.href = link.href; }
      } else if (e.key === 'Escape') {
        if (isOpen()) { e.preventDefault(); close(); } else if (input.value) { input.value = ''; render(null); } else { input.blur(); }
      }
    });
    list.addEventListener('mousedown', (e) => { if (e.target.closest('a')) e.preventDefault(); });
    document.addEventListener('click', (e) => {
      if (isOpen() && !e.target.closest('.search')) close();
    });
    document.addEventListener('keydown', (e) => {
      const key = e.key;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === 'k' || key === 'K')) {
        e.preventDefault();
        input.focus();
        input.select();
        return;
      }
      if (key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target;
      const editing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (editing) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  function init() {
    base = (document.body && document.body.dataset.base) || '/';
    if (!base.endsWith('/')) base += '/';
    initTheme();
    initExplorer();
    initSearch();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

"""#####
}
