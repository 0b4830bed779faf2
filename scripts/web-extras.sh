#!/usr/bin/env bash
# What the web page gets from the desktop build: poster images for embeds (drawn under Xvfb), the
# <noscript> table of all events (from dealscope-cli), written into the page, and the seeds as a
# pack (data.pack, read instead of parsing and annotating at start-up).
#   scripts/web-extras.sh NATIVE_BUILD_DIR WEB_BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
native="${1:?native build dir}"
web="${2:?web build dir}"
bash "$root/scripts/posters.sh" "$native" "$web/posters"
"$native/dealscope-cli" pack "$root/assets" "$web/data.pack" > /dev/null
table=$("$native/dealscope-cli" events-table "$root/assets")
python3 - "$web/index.html" "$table" <<'PY'
import sys
path, table = sys.argv[1], sys.argv[2]
page = open(path, encoding='utf-8').read()
open(path, 'w', encoding='utf-8').write(page.replace('<!-- events-table -->', table, 1))
PY
echo "web extras: posters, the <noscript> events table and data.pack in $web"
