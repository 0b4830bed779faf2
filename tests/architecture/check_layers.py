#!/usr/bin/env python3
"""Fails when an include crosses dealscope's layers the wrong way.

Data flows one way: text → Article → mentions → events → explorer state → drawing. Each folder may
include only its own layer and the layers below it:

  core/text < core/json < core/articles < core/annotate < core/events < core/search < core/tables
            < core/merge < core/pack < explorer < ui < platform;  cli sits beside ui (core and explorer, no ImGui);
  tools (build-time programs) sit beside platform (core, explorer and ui, no host).

core/ and explorer/ must also stay free of ImGui, GL and Emscripten headers, so they build and test
natively without a GPU.

usage: check_layers.py SRC_DIR      check the tree; prints each crossing, exits 1 if any
       check_layers.py --self-test  checks that a wrong-way include in a made-up tree is caught
"""
import os
import re
import sys
import tempfile

ORDER = ["core/text", "core/json", "core/articles", "core/annotate", "core/events", "core/search", "core/tables",
         "core/merge", "core/pack", "explorer", "ui", "platform"]
# What each top folder may include besides the layers below it.
CORE = ["core/" + x for x in ("text", "json", "articles", "annotate", "events", "search", "tables", "merge", "pack")]
EXTRA = {"cli": CORE + ["explorer", "cli"], "tools": CORE + ["explorer", "ui", "tools"]}
# Headers below core/'s folders (core/version.h) are for everyone.
SHARED = {"core/version.h"}
NO_GPU = re.compile(r"^(imgui|GLES|GL/|GLFW/|emscripten)")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def layer_of(path):
    """The layer a file (relative to src/) belongs to, or None."""
    for layer in sorted(ORDER + list(EXTRA), key=len, reverse=True):
        if path.startswith(layer + "/"):
            return layer
    return None


def allowed(layer):
    if layer in EXTRA:
        return set(EXTRA[layer])
    return set(ORDER[: ORDER.index(layer) + 1])


def check(src):
    crossings = []
    for base, _dirs, files in os.walk(src):
        for name in files:
            if not name.endswith((".h", ".cpp")):
                continue
            full = os.path.join(base, name)
            rel = os.path.relpath(full, src).replace(os.sep, "/")
            layer = layer_of(rel)
            if layer is None:
                continue
            with open(full, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    kind, target = m.groups()
                    where = f"{rel}:{number}"
                    if kind == "<":
                        if (layer.startswith("core") or layer == "explorer") and NO_GPU.match(target):
                            crossings.append(f"{where}: {layer} includes <{target}> (no ImGui, GL or Emscripten below ui/)")
                        continue
                    if target in SHARED:
                        continue
                    target_layer = layer_of(target)
                    if target_layer is None:
                        # A sibling include ("fonts.h") stays in the including folder.
                        if "/" not in target:
                            continue
                        crossings.append(f"{where}: \"{target}\" is not under a known layer")
                    elif target_layer not in allowed(layer):
                        crossings.append(f"{where}: {layer} includes {target} ({target_layer} is above it)")
    return crossings


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        def write(rel, text):
            os.makedirs(os.path.dirname(os.path.join(tmp, rel)), exist_ok=True)
            with open(os.path.join(tmp, rel), "w", encoding="utf-8") as f:
                f.write(text)
        write("core/text/ok.h", '#include "core/version.h"\n#include <string>\n')
        write("core/events/fine.h", '#include "core/text/ok.h"\n')
        write("core/articles/bad.h", '#include "core/events/fine.h"\n')
        write("explorer/gpu.cpp", "#include <imgui.h>\n")
        write("ui/view.cpp", '#include "platform/web.h"\n')
        found = check(tmp)
        expected = ["core/articles/bad.h:1", "explorer/gpu.cpp:1", "ui/view.cpp:1"]
        missing = [e for e in expected if not any(c.startswith(e) for c in found)]
        if missing or len(found) != len(expected):
            print("self-test failed; found:", *found, "missing:", *missing, sep="\n  ")
            return 1
    print("self-test: the three wrong-way includes were caught, the two right ones passed")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__)
        return 2
    crossings = check(argv[1])
    for c in crossings:
        print(c)
    print(f"{len(crossings)} include(s) cross the layers the wrong way" if crossings else "layers: every include points down")
    return 1 if crossings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
