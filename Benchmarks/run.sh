#!/usr/bin/env bash
# Tend vs cmark-gfm on the same generated vault. Prints figures; never fails on time.
# NOTES=10000 RUNS=3 Benchmarks/run.sh   (expects `make release` done: `make bench`)
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES=${NOTES:-10000}
RUNS=${RUNS:-3}
BIN=${BIN:-.build/release}
VAULT=${TMPDIR:-/tmp}/tend-bench-vault-$NOTES
command -v cmark-gfm >/dev/null || { echo "cmark-gfm is missing: run make deps"; exit 2; }

$BIN/tend-bench generate "$VAULT" --notes "$NOTES"
ALL=${TMPDIR:-/tmp}/tend-bench-all-$NOTES.md
find "$VAULT" -name '*.md' -print0 | sort -z | xargs -0 cat > "$ALL"
echo "input: $NOTES notes, $(du -sh "$ALL" | cut -f1) of Markdown; $(nproc) cores; median of $RUNS warm runs"

# measure NAME COMMAND…: prints the median wall time and the peak memory.
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 || true   # warm-up (file cache)
  local walls=() mems=()
  for _ in $(seq "$RUNS"); do
    local out report
    report=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$report" "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$report"); rm -f "$report"
    walls+=("${out% *}"); mems+=("${out#* }")
  done
  local wall mem
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  mem=$(printf '%s\n' "${mems[@]}" | sort -n | tail -1)
  printf '%-58s %8s s %8d MiB\n' "$name" "$wall" $(( mem / 1024 ))
}

printf '%-58s %10s %12s\n' "what" "wall" "peak RSS"
measure "cat of all notes concatenated (read floor)" bash -c "cat '$ALL'"
measure "cmark-gfm, one process, all notes concatenated (ref.)" \
  cmark-gfm -e table -e strikethrough -e autolink -e tasklist "$ALL"
measure "tend-bench resolve (read + parse + resolve)" $BIN/tend-bench resolve "$VAULT"
measure "tend lint (the same + every rule, text output)" $BIN/tend lint "$VAULT" --as-of 2026-11-23 --color never
measure "tend links --json (the same + JSON of every link)" $BIN/tend links "$VAULT" --json
echo
$BIN/tend-bench resolve "$VAULT"
