#!/usr/bin/env bash
# Installs everything dealscope needs on a fresh Debian bookworm machine (as root).
# Idempotent and quiet on a second run: each step checks before it acts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache"           # git-ignored: third-party sources and npm packages live here
mkdir -p "$cache"

say() { printf 'setup: %s\n' "$*"; }

# --- Debian packages ---------------------------------------------------------------------------
packages=(build-essential cmake ninja-build emscripten clang-14 libclang-rt-14-dev
          libglfw3-dev libgl-dev zlib1g-dev nlohmann-json3-dev doctest-dev xvfb xauth chromium
          libgl1-mesa-dri fonts-dejavu-core python3 dpkg-dev gzip python3-distributed)
# Node.js and npm: use the machine's own if present (a NodeSource nodejs conflicts with Debian's npm).
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
# fonts-inter is preferred for the UI but optional; DejaVu is the guaranteed fallback.
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ! dpkg-query -W -f='${Status}' fonts-inter 2>/dev/null | grep -q 'install ok installed'; then
  missing+=(fonts-inter)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # fonts-inter may not exist on every mirror; install it separately so its absence is not fatal.
  core=(); for p in "${missing[@]}"; do [ "$p" = fonts-inter ] || core+=("$p"); done
  [ ${#core[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${core[@]}" >/dev/null
  apt-get install -y -qq --no-install-recommends fonts-inter >/dev/null 2>&1 \
    || say "fonts-inter unavailable; DejaVu Sans will be used"
fi

# --- Dear ImGui 1.86 sources from Debian's source package --------------------------------------
if [ ! -f "$cache/imgui/imgui.h" ]; then
  say "fetching Dear ImGui sources (apt-get source imgui)"
  # apt-get source needs a deb-src entry: the machine's own deb entries, as deb-src, so it uses the
  # mirror the machine is configured for.
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src ' /etc/apt/sources.list; then
    if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
      for f in /etc/apt/sources.list.d/*.sources; do
        [ "$f" = /etc/apt/sources.list.d/dealscope-src.sources ] && continue
        grep -q '^URIs:.*debian' "$f" || continue  # Debian's own archives: third-party ones may have no sources
        sed -n 's/^Types:.*\bdeb\b.*/Types: deb-src/p; /^\(URIs\|Suites\|Components\|Signed-By\):/p; /^$/p' "$f"
      done > /etc/apt/sources.list.d/dealscope-src.sources
    fi
    if [ -f /etc/apt/sources.list ]; then
      sed -n 's/^deb \(.*\)$/deb-src \1/p' /etc/apt/sources.list > /etc/apt/sources.list.d/dealscope-src.list
    fi
    apt-get update -qq
  fi
  work=$(mktemp -d)
  (cd "$work" && apt-get source -qq --download-only imgui >/dev/null 2>&1 && dpkg-source -x --no-check ./*.dsc src >/dev/null)
  rm -rf "$cache/imgui" && mv "$work/src" "$cache/imgui" && rm -rf "$work"
  grep -q 'IMGUI_VERSION_NUM.*18600' "$cache/imgui/imgui.h" || say "warning: ImGui in cache is not 1.86"
fi

# --- playwright-core from npm for the browser tests --------------------------------------------
if [ ! -f "$cache/node/node_modules/playwright-core/package.json" ]; then
  say "installing playwright-core (npm)"
  mkdir -p "$cache/node"
  (cd "$cache/node" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
     && npm install --silent --no-audit --no-fund playwright-core@1 >/dev/null)
fi
exit 0
