#!/usr/bin/python3
"""Reads a corpus on a Dask cluster: extraction is the map step (dealscope-cli extract --jsonl on a
batch of articles, on the workers) and merging by deal the reduce step (dealscope-cli merge over
the lines, in the order of the batches). The result is byte-identical to
`dealscope-cli extract DIR --merge` on one machine, whatever the cluster or a worker that dies (Dask
runs its tasks again elsewhere).

The workers run the CLI on the paths they are given: the corpus and the CLI must be at the same
paths on every worker (a shared file system, or the same image). See docs/cli.md.

usage: cluster_extract.py (--scheduler tcp://HOST:8786 | --local N) [--batch N] [--cli PATH]
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


def extract_batch(cli, entities, files):
    """The map step, on a worker: one JSON line per article, and what the CLI said on stderr."""
    command = [cli, "extract", *files, "--jsonl"] + (["--entities", entities] if entities else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 2):  # 2: some file could not be read, named on stderr
        raise RuntimeError(f"dealscope-cli extract exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout, done.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N single-threaded workers")
    parser.add_argument("--batch", type=int, default=250, help="articles per task (default 250)")
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/native-release/dealscope-cli"))
    parser.add_argument("--entities", help="the gazetteer (default: the CLI's)")
    parser.add_argument("--out", help="write the merged document here (default: stdout)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    if args.batch < 1:
        parser.error("--batch takes a positive number")

    from distributed import Client, LocalCluster  # imported here: --help works without Dask

    files = article_files(args.paths)
    batches = [files[i:i + args.batch] for i in range(0, len(files), args.batch)]
    cli = os.path.abspath(args.cli)
    entities = os.path.abspath(args.entities) if args.entities else None
    started = time.monotonic()
    cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True) if args.local else None
    with Client(cluster if cluster else args.scheduler) as client:
        cores = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
        futures = client.map(lambda batch: extract_batch(cli, entities, batch), batches, pure=False, retries=2)
        results = client.gather(futures)  # in the order of the batches, whatever order they ran in
    if cluster:
        cluster.close()
    mapped = time.monotonic()

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as lines:
        for stdout, stderr in results:
            lines.write(stdout)
            # What the CLI said of files it could not read; its per-batch count is summed below.
            sys.stderr.write("".join(l for l in stderr.splitlines(keepends=True) if not l.startswith("extract: ")))
    try:
        merged = subprocess.run([cli, "merge", lines.name], capture_output=True, check=False)
    finally:
        os.unlink(lines.name)
    sys.stderr.write(merged.stderr.decode("utf-8", "replace"))
    if merged.returncode != 0:
        return merged.returncode
    if args.out:
        with open(args.out, "wb") as out:
            out.write(merged.stdout)
    else:
        sys.stdout.buffer.write(merged.stdout)
    done = time.monotonic()
    rate = len(files) / max(mapped - started, 1e-9)
    sys.stderr.write(f"cluster_extract: {len(files)} articles in {len(batches)} batches on {cores} worker threads: "
                     f"map {mapped - started:.1f} s ({rate:.0f} articles/s, {rate / max(cores, 1):.0f} per core), "
                     f"reduce {done - mapped:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
