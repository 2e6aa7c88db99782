"""Local workers against a local Dask cluster on the same files, side by side in one run (issue 13).

    .venv/bin/python bench/dask_vs_local.py                          # ../shared/corpus/archive
    .venv/bin/python bench/dask_vs_local.py /tmp/newscorpus --limit 500

Runs the real command twice over the same article files, one after the other:
`extract FILES --workers N -o out.jsonl` and `extract FILES --dask local:N -o
out.jsonl`. For each: wall time (start-up, Kiwi loads and cluster start
included), the steady rate from the first output line to the last, articles
per CPU-second of the whole process tree (what other load on a shared machine
disturbs least), and the peak total PSS of the tree (main process, fork
server or Dask nannies, workers). Then checks the two outputs are
byte-identical. Target: Dask ≥ 0.9 × local throughput.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from throughput import EXTRACT, _count_new_lines, _cpu_seconds, descendants, total_pss_kb

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "archive"


@dataclass
class Result:
    name: str
    articles: int = 0
    wall: float = 0.0
    peak_pss_kb: int = 0
    # (seconds since start, articles out, CPU seconds of the whole tree), sampled while it runs
    samples: list[tuple[float, int, float]] = field(default_factory=list)

    def _at(self, fraction: float) -> tuple[float, int, float]:
        """The first sample with at least `fraction` of the articles out."""
        return next(s for s in self.samples if s[1] >= fraction * self.articles)

    def steady(self) -> tuple[float, float]:
        """Articles/s and articles per CPU-second between 10 % and 90 % of the output.

        Start-up, Kiwi loads and the tail (one worker idle at the end) stay out;
        Dask writes a partition's articles at once, and over this span that evens out.
        """
        (t0, n0, c0), (t1, n1, c1) = self._at(0.1), self._at(0.9)
        return (n1 - n0) / max(t1 - t0, 1e-9), (n1 - n0) / max(c1 - c0, 1e-9)


def run(name: str, command: list[str], out: Path, expected: int) -> Result:
    """Run one command, watching its output file, CPU time and total PSS from outside."""
    result = Result(name)
    started = time.perf_counter()
    log = out.with_suffix(".stderr")
    proc = subprocess.Popen(command, stderr=log.open("w"))
    offset, last_pss, cpu = 0, 0.0, dict[int, float]()
    while proc.poll() is None:
        new, offset = _count_new_lines(out, offset)
        result.articles += new
        now = time.perf_counter()
        for pid in descendants(proc.pid):
            cpu[pid] = max(cpu.get(pid, 0.0), _cpu_seconds(pid))
        result.samples.append((now - started, result.articles, sum(cpu.values())))
        if now - last_pss > 1.0:
            last_pss = now
            result.peak_pss_kb = max(result.peak_pss_kb, total_pss_kb(proc.pid))
        time.sleep(0.1)
    new, offset = _count_new_lines(out, offset)
    result.articles += new
    result.wall = time.perf_counter() - started
    result.samples.append((result.wall, result.articles, sum(cpu.values())))
    if proc.returncode not in (0, 1) or result.articles < expected:
        tail = log.read_text(errors="replace").splitlines()[-15:]
        sys.exit(
            f"bench: {name} exited with {proc.returncode}, {result.articles} articles out:\n"
            + "\n".join(tail)
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="a directory of .txt files"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N files (sorted by name)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for both (default 2)")
    args = parser.parse_args()
    files = sorted(str(p) for p in args.corpus.glob("*.txt"))[: args.limit]
    if not files:
        sys.exit(f"bench: no .txt files in {args.corpus}")
    n = args.workers
    with tempfile.TemporaryDirectory(prefix="extract-dask-bench-") as tmp:
        listing = Path(tmp) / "files"
        listing.mkdir()
        for i, path in enumerate(files):  # one directory of links: short command lines for any --limit
            os.symlink(path, listing / f"{i:07d}-{Path(path).name}")
        print(
            f"{len(files):,} files from {args.corpus};",
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        )
        runs = []
        for name, option in (
            (f"local --workers {n}", ["--workers", str(n)]),
            (f"dask local:{n}", ["--dask", f"local:{n}"]),
        ):
            out = Path(tmp) / f"{name.split()[0]}.jsonl"
            runs.append(
                run(name, [str(EXTRACT), str(listing), "-o", str(out), "--quiet", *option], out, len(files))
            )
            print(f"  … {name} done", file=sys.stderr)
        same = filecmp.cmp(Path(tmp) / "local.jsonl", Path(tmp) / "dask.jsonl", shallow=False)
    print(
        f"{'':18} {'articles':>8} {'wall s':>8} {'art/s wall':>10} {'art/s 10-90%':>12}",
        f"{'art/CPU-s':>9} {'peak PSS MB':>11}",
    )
    for r in runs:
        rate, per_cpu = r.steady()
        print(
            f"{r.name:18} {r.articles:8,} {r.wall:8.1f} {r.articles / r.wall:10.1f} {rate:12.1f}"
            f" {per_cpu:9.1f} {r.peak_pss_kb / 1024:11.0f}"
        )
    (local_rate, local_cpu), (dask_rate, dask_cpu) = (r.steady() for r in runs)
    print(f"dask / local, articles/s from 10 % to 90 % done: {dask_rate / local_rate:.2f}   (target ≥ 0.9)")
    print(f"dask / local, articles per CPU-second: {dask_cpu / local_cpu:.2f}")
    print(f"dask / local, wall time: {runs[1].wall / runs[0].wall:.2f}")
    print(
        f"outputs byte-identical: {'yes' if same else 'NO'}; load average at the end {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
