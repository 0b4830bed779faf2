#!/usr/bin/env bash
# Runs every benchmark natively and in WebAssembly (node), then the page in headless Chromium with
# synthetic data sets next to vis-timeline, and writes bench/results.json and the Markdown tables
# bench/results.md (figure, native, wasm, wasm ÷ native, how it was measured; Chromium figures).
#   scripts/bench.sh            the full run (100 MB corpora, 100 000 events over 10 000 articles)
#   scripts/bench.sh --smoke    small sizes, so scripts/test.sh can check that nothing has rotted
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs acorn from here

smoke=0
[[ "${1:-}" == "--smoke" ]] && smoke=1
out="$root/bench"
[[ $smoke == 1 ]] && out="$root/build/bench-smoke"
mkdir -p "$out"
raw="$out/figures.jsonl"
: > "$raw"

[[ -d .cache/imgui ]] || bash scripts/setup.sh
# The smoke run only checks that every benchmark still runs, so it uses the builds scripts/test.sh
# has made already (native-debug, web-release with the seed data); the full run builds release ones.
# (web-release builds the wasm benchmarks beside the page, from the same objects).
native=native-release wasm=wasm-bench
[[ $smoke == 1 ]] && native=native-debug wasm=web-release
echo "== build: $native, $wasm"
cmake --preset "$native" > /dev/null && cmake --build --preset "$native" > /dev/null
# The test run's web-release is built already, and configuring it again would put back the page
# without what scripts/web-extras.sh added to it.
if [[ $smoke == 1 && -f build/$wasm/CMakeCache.txt ]]; then cmake --build --preset "$wasm" > /dev/null
else cmake --preset "$wasm" > /dev/null && cmake --build --preset "$wasm" > /dev/null; fi

if [[ $smoke == 1 ]]; then
  parse_args=("$root/assets" 2); annotate_args=("$root/assets" 1); events_args=("$root/assets" 2000 200); scale_args=(100 1000 5); scaling_args=(50 1)
else
  parse_args=("$root/assets" 100); annotate_args=("$root/assets" 100); events_args=("$root/assets" 100000 10000); scale_args=(10000 100000 60); scaling_args=(1000 3)
fi

# collect LOG PLATFORM BENCH: the log's "@figure" lines, tagged with where they came from, into $raw.
collect() {
  grep '^@figure ' "$1" | sed "s/^@figure {/{\"platform\":\"$2\",\"bench\":\"$3\",/" >> "$raw"
}

# run PLATFORM BENCH ARGS...: the benchmark's figures, tagged with the platform.
run() {
  local platform=$1 bench=$2; shift 2
  echo "== $platform: $bench $*"
  local cmd
  if [[ $platform == native ]]; then cmd=("build/$native/tests/bench/$bench" "$@")
  else cmd=(node --no-experimental-fetch --max-old-space-size=8192 "build/$wasm/tests/bench/$bench.js" "$@"); fi
  "${cmd[@]}" | tee "$out/$platform-$bench.log" | grep -v '^@figure' || true
  collect "$out/$platform-$bench.log" "$platform" "$bench"
}

for platform in native wasm; do
  run "$platform" parse_bench "${parse_args[@]}"
  run "$platform" annotate_bench "${annotate_args[@]}"
  run "$platform" events_bench "${events_args[@]}"
  run "$platform" scale_bench "${scale_args[@]}"
  run "$platform" scaling_bench "${scaling_args[@]}"
done

# In Chromium: a web build per data set (only the link step reruns), the page and vis-timeline.
[[ -f .cache/node/node_modules/vis-timeline/package.json ]] ||
  (cd .cache/node && npm install --silent --no-audit --no-fund vis-timeline@7 vis-data@7 > /dev/null)
if [[ $smoke == 1 ]]; then
  # The seed data in the web-release build.
  [[ -f build/web-release/dealscope.js ]] || (cmake --preset web-release > /dev/null && cmake --build --preset web-release > /dev/null)
  echo "== chromium: the seed data"
  node tests/bench/browser_bench.mjs build/web-release "$root/assets" "seed data" --session 3 --loads 2 | tee "$out/chromium-seed.log" | grep -v '^@figure' || true
  collect "$out/chromium-seed.log" chromium browser_bench
  sizes=()
  data="$root/assets"; articles=5; events=54
else
  sizes=("100 1000 50" "1000 10000 200" "10000 100000 2000")
fi
for size in "${sizes[@]}"; do
  read -r articles events entities <<< "$size"
  data="$root/build/bench-data/e$events"
  [[ -f "$data/events.json" ]] || "build/$native/dealscope-cli" synth --articles "$articles" --events "$events" --entities "$entities" --seed 1 "$data" > /dev/null
  echo "== chromium: $events events / $articles articles"
  cmake --preset web-bench -DDEALSCOPE_WEB_DATA="$data" > /dev/null && cmake --build --preset web-bench > /dev/null
  "build/$native/dealscope-cli" pack "$data" build/web-bench/data.pack > /dev/null  # the page reads it first
  "build/$native/dealscope-font-atlas" build/web-bench/ui-font.otf build/web-bench 1 1.5 2 3 > /dev/null  # as web-extras.sh
  extra=()
  (( events > 10000 )) && extra+=(--no-vis)  # vis-timeline is compared at 10 000 (the goal: ours at 100 000 vs. it at 10 000)
  # A scripted session checks that the heap does not grow: 60 s with 10 000 events (smoke: 3 s).
  (( events == 10000 )) && extra+=(--session 60)
  node tests/bench/browser_bench.mjs build/web-bench "$data" "$events events" "${extra[@]}" | tee "$out/chromium-$events.log" | grep -v '^@figure' || true
  collect "$out/chromium-$events.log" chromium browser_bench
done

# A plain-JavaScript search over the largest data set, the same queries as scale_bench.
echo "== javascript: search baseline, $events events"
node tests/bench/search_baseline.mjs "$data" "$articles articles" | tee "$out/javascript-search.log" | grep -v '^@figure' || true
collect "$out/javascript-search.log" javascript search_baseline

node scripts/bench_table.mjs "$raw" "$out/results.json" "$out/results.md"
cat "$out/results.md"
