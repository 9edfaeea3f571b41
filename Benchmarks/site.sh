#!/usr/bin/env bash
# Tend's static site vs Hugo's on the same generated vault. Prints figures; never fails on time.
# NOTES=10000 RUNS=3 Benchmarks/site.sh   (expects `make release` done: `make bench-site`)
#
# Both build from the same notes: `tend build VAULT --out DIR`, and `hugo` on a theme-less site
# whose content/ is a copy of the vault's .md files (folders kept). The Hugo site is made
# comparable to Tend's output: a page per note with its table of contents and tags, a list
# page per folder (an _index.md in each, as Tend has a page per folder), the tags taxonomy,
# sitemap.xml and one RSS feed; attachments go to static/ so both copy them.
# Not comparable, and said here so the figures are read right: Hugo leaves [[wikilinks]],
# ![[embeds]], callouts, %%comments%% and block ids as plain text (it has no notion of them),
# while Tend resolves every link, transcludes embeds, and also writes backlinks, the explorer,
# the freshness dashboard and the search index. Hugo's run does less work per note.
#
# Each tool writes a fresh site twice per round: to disk ($TMPDIR) and to memory (tmpfs,
# /dev/shm), both printed. On the shared VMs this project is measured on, creating a file
# on ext4 costs 0.2-0.9 ms of kernel time and varies several-fold between identical runs,
# so the disk figures are mostly the machine's file creation (both tools make ~10,600 files
# and ~10,500 folders); the tmpfs figures are the generators' own work, as Hugo's
# --renderToMemory is meant to show. OUTDIRS="/tmp" (space-separated) picks others.
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES=${NOTES:-10000}
RUNS=${RUNS:-3}
BIN=${BIN:-.build/release}
TMP=${TMPDIR:-/tmp}
VAULT=$TMP/tend-site-vault-$NOTES
SITE=$TMP/tend-site-hugo-$NOTES
OUT=$TMP/tend-site-out-$$
if [ -z "${OUTDIRS:-}" ]; then
  OUTDIRS=$TMP
  [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ -w /dev/shm ] && OUTDIRS="$TMP /dev/shm"
fi
command -v hugo >/dev/null || { echo "hugo is missing: run make bench-site (or apt-get install hugo)"; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: run make deps"; exit 2; }
[ -x "$BIN/tend-bench" ] || { echo "no $BIN/tend-bench: run make release (or make bench-site)"; exit 2; }
outs() { for dir in $OUTDIRS; do echo "$dir/tend-site-out-$$"; done; }
trap 'rm -rf $(outs)' EXIT

# The vault and the Hugo site are cached by note count, and made again when tend-bench changes.
stamp="$NOTES $(stat -c %Y "$BIN/tend-bench")"
if [ "$(cat "$VAULT/.bench-stamp" 2>/dev/null)" != "$stamp" ]; then
  $BIN/tend-bench generate "$VAULT" --notes "$NOTES"
  echo "$stamp" > "$VAULT/.bench-stamp"
fi
if [ "$(cat "$SITE/.bench-stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$SITE"; mkdir -p "$SITE/content" "$SITE/static" "$SITE/layouts/_default"
  (cd "$VAULT" && find . -name '*.md' -print0 | xargs -0 cp --parents -t "$SITE/content")
  (cd "$VAULT" && find . -type f ! -name '*.md' ! -name '.*' -print0 | xargs -0 cp --parents -t "$SITE/static")
  # The frontmatter is YAML that Hugo reads as it is, but for one key: Obsidian's `aliases` are
  # other names of the note, Hugo's are URLs to redirect from (a page each). Renamed so that
  # Hugo does not write thousands of redirect pages Tend has no equivalent of.
  find "$SITE/content" -name '*.md' -print0 | xargs -0 perl -i -pe \
    'if ($. == 1) { $fm = /^---$/ } elsif ($fm && /^---$/) { $fm = 0 } s/^aliases:/vault-aliases:/ if $fm; close ARGV if eof'
  # A list page for every folder, as Tend makes one (Hugo makes sections of top-level folders only).
  (cd "$SITE/content" && find . -mindepth 1 -type d) | while read -r dir; do
    printf -- '---\ntitle: "%s"\n---\n' "${dir##*/}" > "$SITE/content/$dir/_index.md"
  done
  cat > "$SITE/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
title = "Benchmark vault"
languageCode = "en"
disableHugoGeneratorInject = true
[taxonomies]
  tag = "tags"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML"]
[markup.goldmark.renderer]
  unsafe = true
[markup.tableOfContents]
  startLevel = 2
  endLevel = 6
EOF
  cat > "$SITE/layouts/_default/baseof.html" <<'EOF'
<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body><header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></header>
<main id="content">{{ block "main" . }}{{ end }}</main></body>
</html>
EOF
  cat > "$SITE/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<article><h1>{{ .Title }}</h1>
<nav class="toc">{{ .TableOfContents }}</nav>
{{ .Content }}
{{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
</article>{{ end }}
EOF
  cat > "$SITE/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
EOF
  echo "$stamp" > "$SITE/.bench-stamp"
fi

tend_ok=1
$BIN/tend build --help >/dev/null 2>&1 || { tend_ok=0; echo "note: $BIN/tend has no build command yet: Hugo only"; }

# The warm-up runs (file cache) also check that both build every note.
echo "$(hugo version)"
echo "input: $NOTES notes, $(find "$VAULT" -name '*.md' -print0 | du -ch --apparent-size --files0-from=- | tail -1 | cut -f1) of Markdown; $(nproc) cores; median of $RUNS warm runs, alternating"
rm -rf "$OUT"; mkdir -p "$OUT"
echo "output folders: $(for dir in $OUTDIRS; do printf '%s (%s) ' "$dir" "$(stat -f -c %T "$dir")"; done)"
# tend asks mimalloc for 2 MiB pages through a weak symbol (Sources/CAllocatorTuning); a
# binary compiled before mimalloc's header was installed lacks it and runs with 4 KiB pages.
if [ "$(uname)" = Linux ] && command -v nm >/dev/null && ! nm -D "$BIN/tend" 2>/dev/null | grep -c mi_option_set >/dev/null; then
  echo "note: $BIN/tend does not ask mimalloc for large pages (built before make deps?): touch Sources/CAllocatorTuning/allocator_tuning.c and build again"
fi
# `make release` links the Swift runtime into tend (see the Makefile): a binary built with a
# plain `swift build -c release` calls it through shared libraries and runs 5-8% slower.
# (`grep -c`, not `grep -q`: with pipefail, ldd killed by an early exit would fail the test.)
if [ "$(uname)" = Linux ] && command -v ldd >/dev/null && ldd "$BIN/tend" 2>/dev/null | grep -c libswiftCore >/dev/null; then
  echo "note: $BIN/tend loads the Swift runtime as a shared library (plain swift build -c release?): make release links it in"
fi
if ! stats=$(hugo --source "$SITE" --destination "$OUT/hugo" 2>&1); then
  echo "hugo failed on the generated site ($SITE):"; echo "$stats" | tail -20; exit 1
fi
pages=$(echo "$stats" | awk -F'|' '$1 ~ /^ *Pages *$/ { gsub(/ /, "", $2); print $2 }')
echo "hugo pages: $pages (notes + folder lists + tag pages + home)"
[ "${pages:-0}" -ge "$NOTES" ] || { echo "hugo made fewer pages than there are notes:"; echo "$stats"; exit 1; }
if [ $tend_ok = 1 ] && ! log=$($BIN/tend build "$VAULT" --out "$OUT/tend" 2>&1); then
  echo "tend build failed on $VAULT:"; echo "$log" | tail -20; exit 1
fi

# run NAME DIR COMMAND…: one timed run into a fresh output folder DIR/NAME (COMMAND's last
# argument is the output folder); appends "wall rss files MiB" to $OUT/NAME.runs.
run() {
  local name=$1 dir=$2; shift 2
  rm -rf "${dir:?}/$name"
  local report; report=$(mktemp)
  if ! /usr/bin/time -f '%e %M' -o "$report" "$@" "$dir/$name" >"$OUT/$name.log" 2>&1; then
    echo "$name failed:"; tail -20 "$OUT/$name.log"; tail -1 "$report"; exit 1
  fi
  echo "$(tail -1 "$report") $(find "$dir/$name" -type f | wc -l) $(du -sm "$dir/$name" | cut -f1)" >> "$OUT/$name.runs"
  rm -rf "${dir:?}/$name" "$report"
}

# summary NAME: median wall, peak RSS (MiB), files, MiB of the last run.
summary() {
  local wall mem
  wall=$(cut -d' ' -f1 "$OUT/$1.runs" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  mem=$(cut -d' ' -f2 "$OUT/$1.runs" | sort -n | tail -1)
  echo "$wall $(( mem / 1024 )) $(tail -1 "$OUT/$1.runs" | cut -d' ' -f3,4)"
}

HUGO=(hugo --quiet --source "$SITE" --destination)
TEND=($BIN/tend build "$VAULT" --out)
echo "hugo: theme-less, 3 layouts; tend build: the built-in templates"
printf '%-40s %9s %10s %8s %9s\n' "what" "wall" "peak RSS" "files" "output"
for dir in $OUTDIRS; do
  where="$dir/tend-site-out-$$"; mkdir -p "$where"
  kind=$(basename "$dir"); label="$dir, $(stat -f -c %T "$dir")"
  for _ in $(seq "$RUNS"); do
    run hugo-$kind "$where" "${HUGO[@]}"
    [ $tend_ok = 1 ] && run tend-$kind "$where" "${TEND[@]}"
  done
  read -r hw hm hf hs <<<"$(summary hugo-$kind)"
  printf '%-40s %7s s %6d MiB %8d %5d MiB\n' "hugo → $label" "$hw" "$hm" "$hf" "$hs"
  if [ $tend_ok = 1 ]; then
    read -r tw tm tf ts <<<"$(summary tend-$kind)"
    printf '%-40s %7s s %6d MiB %8d %5d MiB\n' "tend build → $label" "$tw" "$tm" "$tf" "$ts"
    printf '%-40s %8s× %9s×\n' "Hugo / Tend" \
      "$(awk -v a="$hw" -v b="$tw" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), (b > 0 ? a / b : 0) }')" \
      "$(awk -v a="$hm" -v b="$tm" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), (b > 0 ? a / b : 0) }')"
  fi
done
