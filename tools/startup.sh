#!/usr/bin/env bash
# Whole-process start-up and peak memory of `summarize`, side by side with Open Text Summarizer (`ots`) in one run.
#   tools/startup.sh [COMMAND...]    (default: the `summarize` on PATH; give several to compare builds, e.g.
#                                     tools/startup.sh ~/.dotnet/tools/summarize "dotnet path/to/summarize.dll")
# Needs hyperfine, GNU time (/usr/bin/time) and jq; ots when installed (apt-get install ots hyperfine time jq).
# Prints one markdown row per case and command: median wall time of RUNS runs (hyperfine, 2 warm-ups) and the
# median peak resident set size of RUNS runs (/usr/bin/time -f %M). ots on austen_20000 takes about 25 s a run,
# so it runs there once (OTS_BOOK_RUNS, default 1).
set -euo pipefail

data="${SUMMARIZER_SHARED_DATA:-../shared/data}"
runs="${RUNS:-7}"
book_runs="${OTS_BOOK_RUNS:-1}"
if [ "$#" -eq 0 ]; then
  set -- "$(command -v summarize)"
fi
article="$data/news/article_raw.txt"
book="$data/scale/austen_20000.txt"
for f in "$article" "$book"; do
  [ -f "$f" ] || { echo "startup.sh: $f is absent (set SUMMARIZER_SHARED_DATA)" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# row CASE N COMMAND...: median wall time (ms) and median peak RSS (MB) of N runs of COMMAND.
row() {
  local name="$1" n="$2"
  shift 2
  local warmup=2
  [ "$n" -gt 1 ] || warmup=0
  hyperfine -N -w "$warmup" -r "$n" --export-json "$tmp/h.json" --output=null "$*" > /dev/null 2>&1 \
    || hyperfine -N -w "$warmup" -r "$n" -i --export-json "$tmp/h.json" --output=null "$*" > /dev/null
  local wall
  wall=$(jq '.results[0].times[]' "$tmp/h.json" | median)
  local rss
  rss=$(for _ in $(seq "$n"); do /usr/bin/time -f '%M' -o "$tmp/t" "$@" > /dev/null 2>&1 || true; tail -n 1 "$tmp/t"; done | median)
  printf '| %s | `%s` | %.1f ms | %.1f MB |\n' "$name" "$*" "$(echo "$wall * 1000" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}

echo "| case | command | median wall | median peak RSS |"
echo "|---|---|---|---|"
if command -v ots > /dev/null; then
  row "seed article" "$runs" ots "$article"
fi
# Each COMMAND is split at spaces on purpose (`dotnet summarize.dll`).
# shellcheck disable=SC2086
for s in "$@"; do
  row "seed article" "$runs" $s "$article"
done
# shellcheck disable=SC2086
for s in "$@"; do
  row "--version" "$runs" $s --version
done
if command -v ots > /dev/null && [ "$book_runs" -gt 0 ]; then
  row "austen_20000" "$book_runs" ots "$book"
fi
# shellcheck disable=SC2086
for s in "$@"; do
  row "austen_20000" "$runs" $s "$book"
done
