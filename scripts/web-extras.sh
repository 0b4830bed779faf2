#!/usr/bin/env bash
# What the web page gets from the desktop build: poster images for embeds (drawn under Xvfb), the
# <noscript> table of all events (from dealscope-cli), written into the page, and the seeds as a
# pack (data.pack, read instead of parsing and annotating at start-up), and the font's atlas at the
# usual pixel ratios (rasterised now, not in the browser).
#   scripts/web-extras.sh NATIVE_BUILD_DIR WEB_BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
native="${1:?native build dir}"
web="${2:?web build dir}"
bash "$root/scripts/posters.sh" "$native" "$web/posters"
"$native/dealscope-cli" pack "$root/assets" "$web/data.pack" > /dev/null
# The font's atlas at the common pixel ratios (web/dealscope_api.js's PREPARED_FONT_RATIOS).
"$native/dealscope-font-atlas" "$web/ui-font.otf" "$web" 1 1.5 2 3 > /dev/null
table=$("$native/dealscope-cli" events-table "$root/assets")
python3 - "$web/index.html" "$table" <<'PY'
import sys
path, table = sys.argv[1], sys.argv[2]
page = open(path, encoding='utf-8').read()
open(path, 'w', encoding='utf-8').write(page.replace('<!-- events-table -->', table, 1))
PY
# Last: the files above are final now, and their brotli copies are made from them.
node "$root/scripts/precompress.mjs" "$web"
echo "web extras: posters, the <noscript> events table, data.pack and brotli copies in $web"
