#!/usr/bin/env bash
# Instructions executed (valgrind's callgrind), next to cmark-gfm on the same notes. Figures only.
# NOTES=1000 Benchmarks/instructions.sh   (expects `make release` done: `make bench-instructions`)
#
# Why a second benchmark: on the shared 2-core VMs this project is measured on, the wall time
# of one binary moves by 30% within an hour and two builds run side by side differ by ±10%,
# so a change worth 2% cannot be seen in seconds. Instruction counts repeat for the same
# binary and input whatever else the machine does: exactly for lint, within 0.6% for the build
# (its threads share out pages a little differently each run). They miss what costs cycles without
# instructions (cache misses, a multiply's latency, the kernel's work): confirm a change that
# should save time with Benchmarks/site.sh too, and keep one that only moves cycles only
# when that shows it.
#
# Prints the total for cmark-gfm rendering all notes in one process (the reference), for
# `tend lint` and `tend build` (to tmpfs where there is one), and the build's own split:
# how much of it is libcmark-gfm, the allocator (malloc and free), the Swift runtime
# (reference counting, strings, arrays) and the kernel-facing C library (memcpy and such).
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES=${NOTES:-1000}
BIN=${BIN:-.build/release}
TMP=${TMPDIR:-/tmp}
VAULT=$TMP/tend-site-vault-$NOTES
WORK=$(mktemp -d "$TMP/tend-instructions.XXXXXX")
OUT=$TMP/tend-instructions-site-$$
[ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ -w /dev/shm ] && OUT=/dev/shm/tend-instructions-site-$$
trap 'rm -rf "$WORK" "$OUT"' EXIT
command -v valgrind >/dev/null || { echo "valgrind is missing: run make deps"; exit 2; }
command -v cmark-gfm >/dev/null || { echo "cmark-gfm is missing: run make deps"; exit 2; }
[ -x "$BIN/tend-bench" ] || { echo "no $BIN/tend-bench: run make release"; exit 2; }

# The same vault as Benchmarks/site.sh, made again when tend-bench changes.
stamp="$NOTES $(stat -c %Y "$BIN/tend-bench")"
if [ "$(cat "$VAULT/.bench-stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$VAULT"
  "$BIN/tend-bench" generate "$VAULT" --notes "$NOTES" >/dev/null
  echo "$stamp" > "$VAULT/.bench-stamp"
fi
ALL=$WORK/all.md
find "$VAULT" -name '*.md' -print0 | sort -z | xargs -0 cat > "$ALL"
# valgrind 3.19 (Debian 12) gives up on the DWARF 5 debug info Swift 6.3 writes: a copy without it.
strip --strip-debug -o "$WORK/tend" "$BIN/tend"

# count NAME COMMAND…: runs the command under callgrind and prints its instruction count.
# Exit 1 is a finding (lint and build report the generated vault's planted broken links);
# anything else is a failure, shown and not counted.
count() {
  local name=$1; shift
  local status=0
  valgrind --tool=callgrind --callgrind-out-file="$WORK/$name.out" "$@" >/dev/null 2>"$WORK/$name.err" || status=$?
  if [ "$status" -gt 1 ] || [ ! -s "$WORK/$name.out" ]; then
    echo "$name: failed with status $status:" >&2
    tail -n 20 "$WORK/$name.err" >&2
    exit 1
  fi
  local total
  total=$(grep -o 'Collected : [0-9]*' "$WORK/$name.err" | grep -o '[0-9]*$' || echo 0)
  printf '%-62s %16s\n' "$name" "$(echo "$total" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
}

echo "input: $NOTES notes, $(du -sh "$ALL" | cut -f1) of Markdown; instructions of all threads, callgrind"
printf '%-62s %16s\n' "what" "instructions"
count "cmark-gfm, one process, all notes concatenated (ref.)" \
  cmark-gfm -e table -e strikethrough -e autolink -e tasklist "$ALL"
count "tend lint (every rule, JSON)" "$WORK/tend" lint "$VAULT" --format json --as-of 2026-11-23
count "tend build (every page, search index, feeds)" "$WORK/tend" build "$VAULT" --out "$OUT" --as-of 2026-11-23

# The build's instructions by the library they ran in (callgrind_annotate's per-object totals).
# A release build on Linux links libcmark-gfm's static archives into tend (Package.swift), and
# `make release` the Swift runtime: the functions the archives define are listed here, so that
# their counts still go to cmark, and the runtime's are told apart by name (below).
echo
echo "tend build by library:"
for archive in libcmark-gfm.a libcmark-gfm-extensions.a; do
  path=$( (cc -print-file-name="$archive" || clang -print-file-name="$archive") 2>/dev/null | head -1)
  [ -f "$path" ] && nm --defined-only "$path" 2>/dev/null | awk '$2 ~ /^[tT]$/ { print $3 }'
done | sort -u > "$WORK/cmark-functions"
callgrind_annotate --inclusive=no --threshold=100 "$WORK/tend build (every page, search index, feeds).out" 2>/dev/null |
  awk -v names="$WORK/cmark-functions" 'FILENAME == names { cmark[$1] = 1; next }
       /^ *[0-9,]+ +\(/ && !/PROGRAM TOTALS/ {
         count = $1; gsub(",", "", count)
         object = $NF; gsub(/[][]/, "", object); sub(".*/", "", object)
         name = $0; sub(/^ *[0-9,]+ +\( *[0-9.]+%\) +/, "", name); sub(/ \[[^]]*\]$/, "", name); sub(/^[^:]*:/, "", name)
         sub(/\047[0-9]+$/, "", name)  # the depth callgrind appends to a recursive call (\047 is a quote)
         # `make release` links the Swift runtime and Foundation into tend: their functions are
         # told apart by name, roughly (generic code specialized for Tend, mangled with a Tg
         # suffix, and the extensions Tend adds to standard types count as Tend).
         runtime = name ~ /^(swift_|_swift_|__swift|dispatch_|_dispatch|CF)/ || name ~ /(^| )swift::/ ||
                   name ~ /^\(anonymous namespace\)/ ||
                   (name ~ /^\$s(s|S|10Foundation|20FoundationEssentials|31FoundationInternationalization|8Dispatch)/ &&
                    name !~ /Tgq?5|[0-9]Tend[A-Z]/)
         if (object ~ /^libcmark-gfm/ || name in cmark) group = "libcmark-gfm (parsing)"
         else if (object ~ /mimalloc/) group = "allocator (mimalloc)"
         else if (object ~ /^libc\.so/) group = "C library (memcpy, memchr, glibc malloc)"
         else if (object ~ /^libswift|^libFoundation|^libdispatch|^libBlocks/ || runtime) group = "Swift runtime and Foundation"
         else if (object ~ /^tend/) group = "tend itself"
         else group = "other"
         sum[group] += count; total += count
       }
       END { for (group in sum) printf "  %-60s %6.1f%%\n", group, 100 * sum[group] / total }' "$WORK/cmark-functions" - | sort -k1,1
