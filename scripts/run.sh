#!/usr/bin/env bash
# Builds and serves the explorer:   scripts/run.sh [--port N]      → http://127.0.0.1:8080/
# Or the desktop build:             scripts/run.sh --native [app options, see --help]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs

port=${PORT:-8080}
native=0
app_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --native) native=1 ;;
    --port) port=${2:?--port needs a number}; shift ;;
    *) app_args+=("$1") ;;
  esac
  shift
done

bash scripts/setup.sh
if [ "$native" = 1 ]; then
  cmake --preset native-release >/dev/null && cmake --build --preset native-release
  exec build/native-release/dealscope "${app_args[@]}"
fi
cmake --preset web-release >/dev/null && cmake --build --preset web-release
# Posters for embeds, the <noscript> table and the font's atlas come from the desktop app, the CLI and
# the atlas maker: only those targets, not the unit tests and benchmarks.
cmake --preset native-release >/dev/null && cmake --build --preset native-release --target dealscope dealscope-cli dealscope-font-atlas
bash scripts/web-extras.sh build/native-release build/web-release
exec node scripts/serve.mjs build/web-release "$port"
