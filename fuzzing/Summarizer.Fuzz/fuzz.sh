#!/usr/bin/env bash
# Runs one target of the harness under AFL++ for a while.
#   fuzzing/Summarizer.Fuzz/fuzz.sh splitter|tokenizer|summarizer|html [SECONDS] [OUT_DIR]
# Needs: apt-get install -y afl++; dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
set -euo pipefail
target=${1:?target: splitter, tokenizer, summarizer or html}
seconds=${2:-1800}
out=${3:-/tmp/summarizer-afl/$target}
here=$(cd "$(dirname "$0")" && pwd)
corpus=$here/corpus
dict=$here/summarizer.dict
timeout=10000
# Instrument only the code under test (not the harness, the BCL or Lucene) with SharpFuzz: the library, or for the
# HTML path the command's assembly with the HTML parser and Readability, so that AFL++ steers into their slow paths.
instrument=(Summarizer.dll)
bin=/tmp/summarizer-fuzz-bin
if [ "$target" = html ]; then
    instrument=(summarize.dll AngleSharp.dll SmartReader.dll)
    bin=/tmp/summarizer-fuzz-bin-html
    corpus=$here/corpus-html
    dict=$here/html.dict
    # An input slower than 2 s is a hang (the bound of docs/RELIABILITY.md).
    timeout=2000
fi

if [ ! -f "$bin/.instrumented" ]; then
    dotnet publish "$here/Summarizer.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
    for dll in "${instrument[@]}"; do
        "${SHARPFUZZ:-$HOME/.dotnet/tools/sharpfuzz}" "$bin/$dll"
    done
    touch "$bin/.instrumented"
fi

mkdir -p "$out"
# AFL++ in a container: no core_pattern or CPU governor control, no CPU pinning (several targets share the cores),
# and the target is `dotnet`, which AFL cannot check for instrumentation itself.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
exec nice -n 19 afl-fuzz -i "$corpus" -o "$out" -V "$seconds" -t "$timeout" -m none -x "$dict" \
    -- dotnet "$bin/Summarizer.Fuzz.dll" "$target"
