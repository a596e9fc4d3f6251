#!/usr/bin/env bash
# Runs one target of the harness under AFL++ for a while.
#   fuzzing/Summarizer.Fuzz/fuzz.sh splitter|tokenizer|summarizer [SECONDS] [OUT_DIR]
# Needs: apt-get install -y afl++; dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
set -euo pipefail
target=${1:?target: splitter, tokenizer or summarizer}
seconds=${2:-1800}
out=${3:-/tmp/summarizer-afl/$target}
here=$(cd "$(dirname "$0")" && pwd)
bin=/tmp/summarizer-fuzz-bin

# Build once and instrument only the library (not the harness, the BCL or Lucene) with SharpFuzz.
if [ ! -f "$bin/.instrumented" ]; then
    dotnet publish "$here/Summarizer.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
    "${SHARPFUZZ:-$HOME/.dotnet/tools/sharpfuzz}" "$bin/Summarizer.dll"
    touch "$bin/.instrumented"
fi

mkdir -p "$out"
# AFL++ in a container: no core_pattern or CPU governor control, no CPU pinning (several targets share the cores),
# and the target is `dotnet`, which AFL cannot check for instrumentation itself.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
exec nice -n 19 afl-fuzz -i "$here/corpus" -o "$out" -V "$seconds" -t 10000 -m none -x "$here/summarizer.dict" \
    -- dotnet "$bin/Summarizer.Fuzz.dll" "$target"
