#!/usr/bin/env bash
# Poster images for embeds: each embeddable view drawn by the desktop build under Xvfb, light and
# dark, so a blog post shows a picture until the reader scrolls to the embed or clicks it.
#   scripts/posters.sh NATIVE_BUILD_DIR OUT_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="${1:?native build dir}/dealscope"
out="${2:?output dir}"
mkdir -p "$out"
for view in timeline network reader events; do
  for theme in light dark; do
    xvfb-run -a -s "-screen 0 1024x768x24" "$app" --assets "$root/assets" --size 700x420 \
      --user-data none --link "?embed=1&view=$view&theme=$theme" --frames 12 --screenshot "$out/$view-$theme.png" >/dev/null
  done
done
echo "posters: $(ls "$out" | wc -l) images in $out"
