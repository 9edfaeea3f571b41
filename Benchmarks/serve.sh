#!/usr/bin/env bash
# tend serve on a generated vault: time to ready, edit → reload latency, rename, load under wrk.
# NOTES=10000 RUNS=5 Benchmarks/serve.sh   (expects `make release` done: `make bench-serve`)
#
# Prints figures; fails only when the server does not work (never ready, no reload, wrk errors
# are printed but do not fail). The generated vault is cached by note count (made again when
# tend-bench changes) and copied for each run, since the run edits and renames notes.
# CONNECTIONS=1000 THREADS=2 DURATION=10s tune the load test.
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES=${NOTES:-10000}
RUNS=${RUNS:-5}
BIN=${BIN:-.build/release}
TMP=${TMPDIR:-/tmp}
CONNECTIONS=${CONNECTIONS:-1000}
THREADS=${THREADS:-2}
DURATION=${DURATION:-10s}
CACHE=$TMP/tend-serve-vault-$NOTES
command -v wrk >/dev/null || { echo "wrk is missing: run make bench-serve (or apt-get install wrk)"; exit 2; }
[ -x "$BIN/tend-bench" ] || { echo "no $BIN/tend-bench: run make release (or make bench-serve)"; exit 2; }
$BIN/tend serve --help >/dev/null 2>&1 || { echo "$BIN/tend has no serve command"; exit 2; }

stamp="$NOTES $(stat -L -c %Y "$BIN/tend-bench")"
if [ "$(cat "$CACHE/.bench-stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$CACHE"
  $BIN/tend-bench generate "$CACHE" --notes "$NOTES"
  echo "$stamp" > "$CACHE/.bench-stamp"
fi
WORK=$(mktemp -d "$TMP/tend-serve-bench-XXXXXX")
PID=
# stop_server: SIGTERM, up to 10 s to exit, then SIGKILL; prints nothing, sets $status ("killed" after SIGKILL).
status=
stop_server() {
  [ -n "$PID" ] || return 0
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$PID" 2>/dev/null; then kill -KILL "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; status=killed
  else status=0; wait "$PID" 2>/dev/null || status=$?; fi
  PID=
}
trap 'stop_server; rm -rf "$WORK"' EXIT
cp -a "$CACHE" "$WORK/vault"
# 1000 connections need as many descriptors in wrk and in the server (which inherits this limit).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -gt $((CONNECTIONS + 100)) ] ||
  echo "note: ulimit -n is $(ulimit -n), below $CONNECTIONS connections + margin: expect socket errors"

echo "input: $NOTES notes, $(find "$WORK/vault" -name '*.md' -print0 | du -ch --apparent-size --files0-from=- | tail -1 | cut -f1) of Markdown; $(nproc) cores; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
LOG=$WORK/serve.log
start=$(date +%s%N)
$BIN/tend serve "$WORK/vault" --port 0 --as-of 2026-11-23 >"$LOG" 2>&1 &
PID=$!
URL=
for _ in $(seq 3000); do  # up to 5 minutes
  URL=$(sed -n 's|^Serving .* at \(http://[^ ]*/\) (Ctrl-C to stop)$|\1|p' "$LOG" | head -1)
  [ -n "$URL" ] && break
  kill -0 "$PID" 2>/dev/null || { echo "tend serve exited before it was ready:"; tail -20 "$LOG"; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "tend serve not ready after 5 minutes:"; tail -20 "$LOG"; exit 1; }
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
rss() { awk '/^VmRSS/ { printf "%d MiB", $2 / 1024 }' "/proc/$PID/status" 2>/dev/null; }
printf '%-40s %s\n' "ready (first build + listen)" "$ready_ms ms, RSS $(rss), at $URL"
# CPU time the server spends when nothing happens (the watcher polls the vault), over 5 s.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
sleep 1; t0=$(cpu_ticks); sleep 5; t1=$(cpu_ticks)
printf '%-40s %s\n' "idle CPU (watching, no requests)" "$(awk -v d=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f%% of one core", 100 * d / hz / 5 }')"

echo
echo "== edit and rename latency (write → SSE reload → page served with the change)"
lat=$WORK/latency.txt
python3 Benchmarks/serve_latency.py --url "$URL" --vault "$WORK/vault" --runs "$RUNS" | tee "$lat" | grep -v '^page-url '
PAGE=$(sed -n 's/^page-url //p' "$lat")
echo "server's rebuild lines:"; grep -i 'rebuil' "$LOG" | sed 's/^/  /' | tail -$((RUNS + 2))

echo
echo "== load: wrk -c $CONNECTIONS -t $THREADS -d $DURATION ${URL%/}$PAGE"
wrk_out=$WORK/wrk.txt
wrk -c "$CONNECTIONS" -t "$THREADS" -d "$DURATION" --latency --timeout 10s "${URL%/}$PAGE" | tee "$wrk_out" | sed 's/^/  /'
rps=$(awk '/^Requests\/sec:/ { print $2 }' "$wrk_out")
lat_line=$(awk '$1 == "Latency" { print "avg " $2 ", stdev " $3 ", max " $4; exit }' "$wrk_out")
p50=$(awk '$1 == "50%" { print $2 }' "$wrk_out"); p99=$(awk '$1 == "99%" { print $2 }' "$wrk_out")
sock=$(grep -o 'Socket errors:.*' "$wrk_out" || true)
non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$wrk_out")
printf '%-40s %s\n' "requests/s" "${rps:-?}"
printf '%-40s %s\n' "latency" "$lat_line; p50 $p50, p99 $p99"
printf '%-40s %s\n' "server RSS after the load" "$(rss)"
if [ -z "$sock" ] && [ -z "$non2xx" ]; then
  printf '%-40s %s\n' "ERRORS" "none (0 socket errors, 0 non-2xx/3xx)"
else
  printf '%-40s %s\n' "ERRORS !!!" "${sock:-0 socket errors}; non-2xx/3xx: ${non2xx:-0}"
fi
curl -fsS -o /dev/null "$URL" 2>/dev/null && echo "server still answers after the load" || echo "!!! server does not answer after the load"

stop_start=$(date +%s%N)
stop_server
if [ "$status" = killed ]; then
  printf '%-40s %s\n' "SIGTERM → exit !!!" "still running after 10 s: killed"
else
  printf '%-40s %s\n' "SIGTERM → exit" "status $status in $(( ($(date +%s%N) - stop_start) / 1000000 )) ms"
fi
