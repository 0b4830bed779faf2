#!/usr/bin/env bash
# Runs every test: native unit tests, CLI tests, the desktop app under Xvfb, the benchmarks' smoke run,
# browser tests (web release in headless Chromium), the unit tests again under ASan+UBSan, and the
# parser fuzzer for 30 seconds (one clang-14 build with ASan+UBSan for both). Ends with "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs acorn from here

bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
log_dir="$root/build/test-logs"
mkdir -p "$log_dir"

# Adds the counts from a ctest or node --test log; a stage that printed no counts counts as one failure.
count() {
  local log=$1 p f
  if grep -q 'tests passed, .* tests failed out of' "$log"; then
    p=$(grep -oE '[0-9]+ tests failed out of [0-9]+' "$log" | tail -1 | awk '{print $6 - $1}')
    f=$(grep -oE '[0-9]+ tests failed out of' "$log" | tail -1 | awk '{print $1}')
  elif grep -qE '^# pass [0-9]+' "$log"; then
    p=$(grep -E '^# pass [0-9]+' "$log" | tail -1 | awk '{print $3}')
    f=$(grep -E '^# fail [0-9]+' "$log" | tail -1 | awk '{print $3}')
  else
    p=0; f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

# stage NAME COMMAND...: runs a build step; a failed build counts as one failed test.
build() {
  local name=$1; shift
  echo "== build: $name (at $(( $(date +%s) - start )) s)"
  if ! "$@" > "$log_dir/build-$name.log" 2>&1; then
    tail -n 40 "$log_dir/build-$name.log"
    echo "build $name FAILED (log: $log_dir/build-$name.log)"
    failed=$((failed + 1))
    return 1
  fi
}

# check NAME COMMAND...: one test that passes when the command exits 0 (fuzzer, benchmark smoke runs).
check() {
  local name=$1; shift
  echo "== check: $name (at $(( $(date +%s) - start )) s)"
  if "$@" > "$log_dir/check-$name.log" 2>&1; then
    passed=$((passed + 1))
    tail -n 2 "$log_dir/check-$name.log"
  else
    failed=$((failed + 1))
    tail -n 30 "$log_dir/check-$name.log"
    echo "check $name FAILED (log: $log_dir/check-$name.log)"
  fi
}

# check_beside NAME COMMAND...: a check started in the background; check_done NAME counts it.
check_beside() {
  local name=$1; shift
  echo "== check: $name, started beside what follows (at $(( $(date +%s) - start )) s)"
  ( "$@" > "$log_dir/check-$name.log" 2>&1; echo $? > "$log_dir/check-$name.rc" ) &
  eval "beside_$name=$!"
}
check_done() {
  local name=$1 pid_var="beside_$1"
  wait "${!pid_var}"
  if [ "$(cat "$log_dir/check-$name.rc" 2>/dev/null)" = 0 ]; then
    passed=$((passed + 1))
    echo "== check: $name passed"; tail -n 2 "$log_dir/check-$name.log"
  else
    failed=$((failed + 1))
    tail -n 30 "$log_dir/check-$name.log"
    echo "check $name FAILED (log: $log_dir/check-$name.log)"
  fi
}

# The fuzzer mutates a copy of the committed seed corpus; crashes land in build/fuzz/artifacts/.
fuzz_parser() {
  local work="$root/build/fuzz/work" artifacts="$root/build/fuzz/artifacts/"
  mkdir -p "$work" "$artifacts"
  # Inputs up to 1 MB (two seeds of 50–70 KB start it near the slow paths), the annotators' words
  # as a dictionary; an input may take 10 s and 2 GB before it counts as a hang or a leak.
  "$root/build/native-asan/tests/fuzz/parse_fuzz" -max_total_time="${DEALSCOPE_FUZZ_SECONDS:-30}" -max_len=1048576 -timeout=10 \
    -dict="$root/tests/fuzz/annotators.dict" -rss_limit_mb=2048 -artifact_prefix="$artifacts" -print_final_stats=1 \
    "$work" "$root/tests/fuzz/corpus/parse"
}

# run_doctests NAME BUILD_DIR: each doctest executable (tests/*_tests) once, two at a time, then the
# CTest tests that are not doctest cases (scorers, layer checks); every case counts, and the cases run
# must be as many as CTest lists. CTest starts a process per case: 582 starts were half of the
# sanitizer stage's time (docs/performance.md, "The test run's time").
other_tests='^(reading|merging|architecture):'
run_doctests() {
  local name=$1 dir=$2 exe suite p f ran=0
  echo "== test: $name (at $(( $(date +%s) - start )) s)"
  local suites=()
  for exe in "$dir"/tests/*_tests; do [ -f "$exe" ] && [ -x "$exe" ] && suites+=("$(basename "$exe")"); done
  printf '%s\n' "${suites[@]}" | (cd "$dir/tests" && xargs -P 2 -I{} sh -c "./{} --no-intro > '$log_dir/test-$name-{}.log' 2>&1")
  for suite in "${suites[@]}"; do
    local log="$log_dir/test-$name-$suite.log"
    local summary
    summary=$(grep -E '^\[doctest\] test cases: ' "$log" | tail -1)
    if [ -n "$summary" ]; then
      p=$(echo "$summary" | awk -F'|' '{gsub(/[^0-9]/, "", $2); print $2}')
      f=$(echo "$summary" | awk -F'|' '{gsub(/[^0-9]/, "", $3); print $3}')
    else
      p=0; f=1  # it stopped before its summary: a crash, a sanitizer's report
    fi
    passed=$((passed + p)); failed=$((failed + f)); ran=$((ran + p + f))
    echo "$suite: $p passed, $f failed"
    [ "$f" -eq 0 ] || { grep -E 'ERROR|TEST CASE' "$log" | head -n 40; tail -n 20 "$log"; echo "(log: $log)"; }
  done
  local listed
  listed=$(ctest --test-dir "$dir" -N | grep -E '^ +Test +#[0-9]+: ' | grep -cvE "Test +#[0-9]+: ${other_tests#^}")
  if [ "$ran" -ne "$listed" ]; then
    echo "FAILED: $ran doctest cases ran, CTest lists $listed"
    failed=$((failed + 1))
  fi
  run_tests "$name-other" ctest --test-dir "$dir" -j2 --output-on-failure -R "$other_tests"
}

run_tests() {
  local name=$1; shift
  echo "== test: $name (at $(( $(date +%s) - start )) s)"
  "$@" 2>&1 | tee "$log_dir/test-$name.log" | grep -E '^(not ok|# (pass|fail))|tests passed|FAILED|Failed|\*\*\*' || true
  count "$log_dir/test-$name.log"
}

start=$(date +%s)
# The sanitizer build (only what its tests run) starts first, at the lowest priority: the stages before
# the browser tests wait on linkers, Xvfb and Dask, and the browser tests leave part of the two cores
# unused; it fills that (docs/performance.md, "The test run").
asan_targets=(core_tests explorer_tests fuzz_tests ui_tests merge_score reading_score parse_fuzz)
nice -n 19 sh -c "cmake --preset native-asan && cmake --build --preset native-asan --target ${asan_targets[*]}" \
  > "$log_dir/build-native-asan.log" 2>&1 &
asan_build=$!
if build native-debug sh -c 'cmake --preset native-debug && cmake --build --preset native-debug'; then
  run_doctests unit build/native-debug
  # How articles nobody tuned on are read (tests/reading/): the figures, per language; the floors
  # are checked by the unit test of the same name above.
  echo "== figures: reading the development set"
  "$root/build/native-debug/tests/reading_score" "$root/tests/reading" "$root/assets" | tee "$log_dir/reading-score.log"
  # How reports of the same deal are merged (tests/merging/): the figures; floors as above.
  echo "== figures: merging the development sets' deals"
  "$root/build/native-debug/tests/merge_score" "$root/assets" "$root/tests/merging/merge_gold.json" "$root/tests/reading/gold" \
    "$root/tests/merging/gold" | tee "$log_dir/merge-score.log"
  run_tests cli node --test tests/cli/
  # A corpus read on a Dask scheduler and two workers on loopback equals the one-process result
  # (5 000 articles in 20 batches: what 10 000 show, in half the time). It mostly waits (71 s, 27 s
  # of CPU), so it runs beside the desktop tests and the web build.
  check_beside cluster /usr/bin/python3 "$root/tests/cluster/cluster_test.py" "$root/build/native-debug/dealscope-cli" 5000
  run_tests desktop node --test tests/desktop/
fi
build web-release sh -c 'cmake --preset web-release && cmake --build --preset web-release && bash scripts/web-extras.sh build/native-debug build/web-release'
web_built=$?
[ -n "${beside_cluster:-}" ] && check_done cluster  # before the browser tests, which it would slow
if [ "$web_built" -eq 0 ]; then
  run_tests browser node --test tests/browser/
  # The byte scans' WebAssembly SIMD paths against std::string_view::find.
  check wasm-byte-scans node --no-experimental-fetch build/web-release/tests/wasm/byte_find_check.js
  # Reading every development and regression text in WebAssembly's memory, where a read past a vector's end traps.
  check wasm-reading node --no-experimental-fetch build/web-release/tests/wasm/read_texts_check.js assets tests/fuzz/regressions tests/reading/articles assets/articles
fi
# Every benchmark at small sizes, native, in WebAssembly and in Chromium, so none can rot (the full
# run with figures: scripts/bench.sh).
check bench-smoke bash scripts/bench.sh --smoke
# One clang build serves both: the unit tests under the sanitizers, and the fuzzer.
echo "== build: native-asan, started first in the background: waiting for it (at $(( $(date +%s) - start )) s)"
asan_built=1
if ! wait "$asan_build"; then
  tail -n 40 "$log_dir/build-native-asan.log"
  echo "build native-asan FAILED (log: $log_dir/build-native-asan.log)"
  failed=$((failed + 1))
  asan_built=0
fi
if [ "$asan_built" -eq 1 ]; then
  run_doctests unit-asan build/native-asan
  check fuzz-parser fuzz_parser
fi
echo "== took $(( $(date +%s) - start )) s after setup; screenshots in build/screenshots/"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
