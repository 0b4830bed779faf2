#!/usr/bin/python3
"""The corpus read on a Dask cluster gives the same bytes as on one machine: a scheduler and two
workers on loopback read a synthetic corpus of 10 000 articles (scripts/cluster_extract.py), once
as it is, then an eighth of it while a worker is killed during the map and during the reduce; every result must equal
`dealscope-cli extract DIR --merge`. Prints articles per second per core, single process and on
the cluster.

usage: cluster_test.py CLI [ARTICLES]   (ARTICLES defaults to 10000)
"""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_workers(address, count, timeout=60):
    from distributed import Client
    with Client(address, timeout=timeout) as client:
        client.wait_for_workers(count, timeout=timeout)


def main():
    cli = os.path.abspath(sys.argv[1])
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    work = tempfile.mkdtemp(prefix="dealscope-cluster-")
    corpus = os.path.join(work, "corpus")
    subprocess.run([cli, "synth", "--articles", str(articles), "--events", str(articles * 3 // 2), corpus], check=True, capture_output=True)
    entities = os.path.join(corpus, "entities.json")

    started = time.monotonic()
    single = subprocess.run([cli, "extract", os.path.join(corpus, "articles"), "--merge", "--entities", entities], capture_output=True, check=True)
    single_seconds = time.monotonic() - started
    single_rate = articles / single_seconds
    # The runs that kill a worker read a smaller corpus: what they show is the same, sooner.
    small = os.path.join(work, "small")
    subprocess.run([cli, "synth", "--articles", str(max(articles // 8, 100)), "--events", str(articles * 3 // 16), small], check=True, capture_output=True)
    small_entities = os.path.join(small, "entities.json")
    small_single = subprocess.run([cli, "extract", os.path.join(small, "articles"), "--merge", "--entities", small_entities], capture_output=True, check=True)

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, DASK_DISTRIBUTED__WORKER__DAEMON="False")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    scheduler = subprocess.Popen(["/usr/bin/dask-scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet)
    workers = [subprocess.Popen(["/usr/bin/dask-worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1"], **quiet)
               for _ in range(2)]
    failed = False
    try:
        wait_for_workers(address, 2)
        driver = [sys.executable, os.path.join(ROOT, "scripts/cluster_extract.py"), "--scheduler", address, "--cli", cli, "--entities", entities,
                  "--batch", "250", os.path.join(corpus, "articles")]
        started = time.monotonic()
        run = subprocess.run(driver, capture_output=True, check=False)
        seconds = time.monotonic() - started
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
        as_run = run.returncode == 0 and run.stdout == single.stdout
        failed |= not as_run

        # A worker killed while the batches run: its tasks run again on the other one.
        small_driver = driver[:-3] + ["--batch", "50", os.path.join(small, "articles")]
        small_driver[small_driver.index("--entities") + 1] = small_entities
        running = subprocess.Popen(small_driver, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(min(1.0, seconds / 8))
        workers[0].send_signal(signal.SIGKILL)
        stdout, stderr = running.communicate(timeout=600)
        killed = running.returncode == 0 and stdout == small_single.stdout
        if not killed:
            sys.stderr.write(stderr.decode("utf-8", "replace"))
        failed |= not killed
        # A worker killed while the reduce's parts run: a new worker joins first, then the driver is
        # watched until it says the reduce began.
        workers.append(subprocess.Popen(["/usr/bin/dask-worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1"], **quiet))
        wait_for_workers(address, 2)
        running = subprocess.Popen(small_driver, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        said = []
        for line in running.stderr:
            said.append(line)
            if b"reduce in" in line:
                workers[1].send_signal(signal.SIGKILL)
                break
        stdout, stderr = running.communicate(timeout=600)
        killed_in_reduce = running.returncode == 0 and stdout == small_single.stdout
        if not killed_in_reduce:
            sys.stderr.write(b"".join(said).decode("utf-8", "replace") + stderr.decode("utf-8", "replace"))
        failed |= not killed_in_reduce
        # The figures last: scripts/test.sh shows the last two lines.
        print(f"{articles} articles, per core: one process {single_rate:.0f}/s ({single_seconds:.1f} s), "
              f"cluster of 2 workers {articles / seconds / 2:.0f}/s ({seconds:.1f} s end to end)")
        print(f"cluster result byte-identical to one process: {'yes' if as_run else 'NO'}; with a worker killed in the map: {'yes' if killed else 'NO'}, "
              f"in the reduce: {'yes' if killed_in_reduce else 'NO'}")
    finally:
        for p in workers + [scheduler]:
            if p.poll() is None:
                p.terminate()
        for p in workers + [scheduler]:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
