#!/usr/bin/env python3
"""Counts the hand-listed entity surface forms (entity_forms.json) in the body blocks of each seed
article and writes them into the gold files. Body blocks come from `dealscope-cli parse`; counting
uses plain regular expressions, longest form first, so it is independent of the annotator.
Usage: tests/gold/count_entity_forms.py build/native-debug/dealscope-cli"""
import json, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
cli = sys.argv[1]
forms = sorted(json.load(open(os.path.join(here, "entity_forms.json"))), key=lambda f: -len(f[0]))
letter = "A-Za-z0-9ÄÖÜäöüßéèáàçñ"

for name in sorted(os.listdir(here)):
    if not re.match(r"^\d{3}_[0-9a-f]+\.json$", name):
        continue
    gold_path = os.path.join(here, name)
    gold = json.load(open(gold_path))
    article = json.loads(subprocess.run([cli, "parse", os.path.join(root, "assets/articles", gold["article"] + ".txt")],
                                        capture_output=True, text=True, check=True).stdout)
    counts = {}
    for block in article["blocks"]:
        if block["kind"] == "boilerplate":
            continue
        text = block["text"]
        for form, entity in forms:
            pattern = re.compile(rf"(?<![{letter}]){re.escape(form)}(?![{letter}])")
            n = len(pattern.findall(text))
            if n:
                counts[(form, entity)] = counts.get((form, entity), 0) + n
                text = pattern.sub(lambda m: "\u0000" * len(m.group(0)), text)  # mask: shorter forms must not count it again
    gold["entities"] = [[form, entity, n] for (form, entity), n in sorted(counts.items())]
    json.dump(gold, open(gold_path, "w"), ensure_ascii=False, indent=1)
    print(name, sum(counts.values()))
