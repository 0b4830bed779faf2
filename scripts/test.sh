#!/usr/bin/env bash
# Runs every test: native unit tests, browser tests (web release in headless Chromium), the desktop
# app under Xvfb, and the unit tests again under ASan+UBSan. Ends with "N passed, N failed".
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
  echo "== build: $name"
  if ! "$@" > "$log_dir/build-$name.log" 2>&1; then
    tail -n 40 "$log_dir/build-$name.log"
    echo "build $name FAILED (log: $log_dir/build-$name.log)"
    failed=$((failed + 1))
    return 1
  fi
}

run_tests() {
  local name=$1; shift
  echo "== test: $name"
  "$@" 2>&1 | tee "$log_dir/test-$name.log" | grep -E '^(not ok|# (pass|fail))|tests passed|FAILED|Failed|\*\*\*' || true
  count "$log_dir/test-$name.log"
}

start=$(date +%s)
if build native-debug sh -c 'cmake --preset native-debug && cmake --build --preset native-debug'; then
  run_tests unit ctest --preset native-debug -j2
  run_tests desktop node --test tests/desktop/
fi
if build web-release sh -c 'cmake --preset web-release && cmake --build --preset web-release'; then
  run_tests browser node --test tests/browser/
fi
if build native-asan sh -c 'cmake --preset native-asan && cmake --build --preset native-asan'; then
  run_tests unit-asan ctest --preset native-asan -j2
fi
echo "== took $(( $(date +%s) - start )) s after setup; screenshots in build/screenshots/"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
