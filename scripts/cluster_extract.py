#!/usr/bin/python3
"""Reads a corpus on a Dask cluster: extraction is the map step (dealscope-cli extract --jsonl on a
batch of articles, on the workers, each batch's lines split by merge part: --split) and merging by
deal the reduce step, spread over the workers too (dealscope-cli merge --part K/N: part K gets part
K of every batch — the deals whose kind and receiving side fall to it — straight from the workers
that extracted them), then put together on the driver (merge --combine). The result is byte-identical to
`dealscope-cli extract DIR --merge` on one machine, whatever the cluster or a worker that dies (Dask
runs its tasks again elsewhere).

The workers run the CLI on the paths they are given: the corpus and the CLI must be at the same
paths on every worker (a shared file system, or the same image). See docs/cli.md.

usage: cluster_extract.py (--scheduler tcp://HOST:8786 | --local N) [--batch N] [--parts N] [--cli PATH]
                          [--entities ENTITIES.json] [--out FILE] DIR|FILE...
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def article_files(paths):
    """The .txt and .md files the paths name, sorted: as `extract` finds them."""
    found = set()
    for path in paths:
        if os.path.isdir(path):
            for base, _dirs, names in os.walk(path):
                for name in names:
                    if name.endswith((".txt", ".md")) and not name.startswith("."):
                        found.add(os.path.join(base, name))
        else:
            found.add(path)
    return sorted(found)


def extract_batch(cli, entities, parts, files):
    """The map step, on a worker: per merge part, the JSON lines of its candidates in this batch's
    articles; and what the CLI said on stderr."""
    with tempfile.TemporaryDirectory(prefix="dealscope-map-") as out:
        command = [cli, "extract", *files, "--jsonl", "--split", str(parts), out] + (["--entities", entities] if entities else [])
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode not in (0, 2):  # 2: some file could not be read, named on stderr
            raise RuntimeError(f"dealscope-cli extract exited {done.returncode}: {done.stderr.strip()}")
        split = []
        for part in range(parts):
            with open(os.path.join(out, f"part-{part}.jsonl"), encoding="utf-8") as f:
                split.append(f.read())
    return split, done.stderr


def stderr_of(mapped):
    return mapped[1]


def merge_part(cli, part, parts, *mapped):
    """The reduce step for one part, on a worker: its lines of every batch (in batch order) merged,
    as JSON bytes."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for split, _stderr in mapped:
            f.write(split[part])
    try:
        done = subprocess.run([cli, "merge", f.name, "--part", f"{part}/{parts}"], capture_output=True, check=False)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        raise RuntimeError(f"dealscope-cli merge --part {part}/{parts} exited {done.returncode}: {done.stderr.decode('utf-8', 'replace').strip()}")
    return done.stdout


def combine(cli, merged_parts):
    """The parts put together on the driver, in the order one merge of all gives."""
    names = []
    try:
        for data in merged_parts:
            with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as f:
                f.write(data)
                names.append(f.name)
        return subprocess.run([cli, "merge", "--combine", *names], capture_output=True, check=False)
    finally:
        for name in names:
            os.unlink(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N single-threaded workers")
    parser.add_argument("--batch", type=int, default=250, help="articles per task (default 250)")
    parser.add_argument("--parts", type=int, default=0, help="parts of the reduce (default: one per worker thread)")
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/native-release/dealscope-cli"))
    parser.add_argument("--entities", help="the gazetteer (default: the CLI's)")
    parser.add_argument("--out", help="write the merged document here (default: stdout)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    if args.batch < 1:
        parser.error("--batch takes a positive number")
    if args.parts < 0:
        parser.error("--parts takes a positive number")

    from distributed import Client, LocalCluster  # imported here: --help works without Dask

    files = article_files(args.paths)
    batches = [files[i:i + args.batch] for i in range(0, len(files), args.batch)]
    cli = os.path.abspath(args.cli)
    entities = os.path.abspath(args.entities) if args.entities else None
    started = time.monotonic()
    cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True) if args.local else None
    with Client(cluster if cluster else args.scheduler) as client:
        cores = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
        parts = args.parts or max(cores, 1)
        mapped = client.map(extract_batch, [cli] * len(batches), [entities] * len(batches), [parts] * len(batches), batches, pure=False, retries=2)
        # What the CLI said of files it could not read (its per-batch count is summed below); only
        # this comes to the driver, in the order of the batches.
        for stderr in client.gather(client.map(stderr_of, mapped, pure=False, retries=2)):
            sys.stderr.write("".join(l for l in stderr.splitlines(keepends=True) if not l.startswith("extract: ")))
        map_done = time.monotonic()
        sys.stderr.write(f"cluster_extract: map done, reduce in {parts} parts\n")
        sys.stderr.flush()
        # The reduce: part K takes part K of every batch from the workers that hold them.
        reduced = client.gather(client.map(merge_part, [cli] * parts, range(parts), [parts] * parts, *[[m] * parts for m in mapped], pure=False, retries=2))
    if cluster:
        cluster.close()
    merged = combine(cli, reduced)
    sys.stderr.write(merged.stderr.decode("utf-8", "replace"))
    if merged.returncode != 0:
        return merged.returncode
    if args.out:
        with open(args.out, "wb") as out:
            out.write(merged.stdout)
    else:
        sys.stdout.buffer.write(merged.stdout)
    done = time.monotonic()
    rate = len(files) / max(map_done - started, 1e-9)
    sys.stderr.write(f"cluster_extract: {len(files)} articles in {len(batches)} batches on {cores} worker threads: "
                     f"map {map_done - started:.1f} s ({rate:.0f} articles/s, {rate / max(cores, 1):.0f} per core), "
                     f"reduce in {parts} parts {done - map_done:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
