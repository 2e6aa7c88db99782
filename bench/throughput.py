"""Batch throughput and memory, as ratios against raw Kiwi on the same texts (issue 6).

    .venv/bin/python bench/throughput.py                 # 10,000 articles (several minutes)
    .venv/bin/python bench/throughput.py --articles 500  # a quick look

Generates an archive of varied articles from samples/ (paragraph windows,
reorderings and concatenations, each with a unique line), then in one run:
raw Kiwi tokenisation of every text in this process; the real `extract`
command over the archive with 1, 2 and 4 workers (--workers), timed
from its first output line (so Kiwi's load is not counted) to its last;
peak RSS of each process of the run, and RSS at 10 %, 50 % and 100 %;
total PSS of the whole process tree (main, fork server, workers: RSS counts
the pages they share once per process, PSS splits them), read from
/proc/PID/smaps_rollup.

Targets: pipeline(1 worker) ≥ 0.7 × raw Kiwi; 2 workers ≥ 1.7 × 1 worker;
RSS flat from 10 % to 100 %; total PSS with 2 workers ≤ 750 MB and each
worker past the first ≤ 120 MB more (issue 13: the workers share one Kiwi).
Numbers are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = Path(sys.executable).with_name("extract")


def sample_paragraphs() -> list[list[str]]:
    """Non-blank text lines of each bundled sample (HTML pages: their visible text), decoded as
    the tool decodes them; samples with too little text to vary are left out."""
    from extractor.page.htmlpage import prepare_html
    from extractor.page.ingest import decode_input

    sources = []
    for path in sorted((ROOT / "samples").iterdir()):
        decoded = decode_input(path.read_bytes(), hint=path.suffix.lstrip("."))
        text = prepare_html(decoded.text).text if decoded.format == "html" else decoded.text
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) >= 5:
            sources.append(lines)
    if not sources:
        sys.exit("bench: no usable samples/ to build an archive from")
    return sources


def make_article(rng: random.Random, sources: list[list[str]], number: int) -> str:
    """A window of one sample's lines, sometimes reordered or joined with another's: varied lengths."""
    # Longer samples are picked more often: the mix follows the material, not the file count.
    lines = rng.choices(sources, weights=[len(s) for s in sources])[0]
    start = rng.randrange(len(lines))
    size = rng.randint(5, max(6, len(lines)))
    body = (lines[start:] + lines[:start])[:size]
    if rng.random() < 0.3:
        rng.shuffle(body)
    if rng.random() < 0.2:
        other = rng.choice(sources)
        body += other[: rng.randint(3, max(4, len(other) // 2))]
    # A unique line so no two articles are byte-identical (no cache can help).
    return "\n".join([*body, f"(자료 번호 {number})"])


def write_archive(path: Path, count: int) -> list[str]:
    rng = random.Random(6)
    sources = sample_paragraphs()
    texts = [make_article(rng, sources, i) for i in range(count)]
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"a{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return texts


def raw_kiwi(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for Kiwi().tokenize over every text in this one process (load excluded)."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    kiwi.tokenize("준비")
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        kiwi.tokenize(text)
    return time.perf_counter() - start, time.process_time() - cpu


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_kb(pid: int, field_name: str = "VmRSS") -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid: int) -> int:
    """Proportional set size: private pages plus a 1/n share of pages n processes share."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def total_pss_kb(root: int) -> int:
    """PSS summed over a process and all its descendants: the memory the run really takes."""
    return sum(pss_kb(pid) for pid in descendants(root))


def descendants(pid: int) -> list[int]:
    """The process and everything under it (the forkserver's workers are grandchildren)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                queue.extend(int(c) for c in task.read_text().split())
            except OSError:
                continue
    return found


def _role(pid: int, root: int) -> str:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone"
    if pid == root:
        return "main"
    if "resource_tracker" in cmd:
        return "tracker"
    try:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:  # it ended between the two reads
        return "gone"
    ppid = int(next(line for line in status if line.startswith("PPid")).split()[1])
    return "forkserver" if ppid == root else "worker"


@dataclass
class Run:
    workers: int
    seconds: float = 0.0  # first output line → last
    wall: float = 0.0  # including start-up and Kiwi loads
    articles: int = 0  # counted after the first one, matching `seconds`
    failed: int = 0  # error records: a failing input is cheap and would flatter the rate
    last: dict[int, int] = field(default_factory=dict)  # the latest sample with every process alive
    cpu: dict[int, float] = field(default_factory=dict)  # pid → CPU seconds, main and workers
    cpu_at_first: dict[int, float] = field(default_factory=dict)  # … when the first article came out

    def steady_cpu(self) -> float:
        """CPU seconds of every process from the first article out to the end (no Kiwi loads)."""
        return sum(cpu - self.cpu_at_first.get(pid, 0.0) for pid, cpu in self.cpu.items())

    peak_kb: dict[int, tuple[str, int]] = field(default_factory=dict)
    snapshots: dict[int, dict[int, int]] = field(default_factory=dict)  # % done → pid → RSS kB
    peak_pss_kb: int = 0  # total PSS of the process tree, the most seen with every worker up
    pss_sampled: float = 0.0  # when: smaps_rollup walks page tables, so not every 50 ms


def _count_new_lines(path: Path, offset: int) -> tuple[int, int]:
    """Complete lines appended since `offset`, and the offset after the last of them."""
    if not path.exists():
        return 0, offset
    with path.open("rb") as handle:
        handle.seek(offset)
        chunk = handle.read()
    complete = chunk.rfind(b"\n") + 1
    return chunk.count(b"\n"), offset + complete


def _count_errors(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.startswith(b'{"schema_version":"1.0","error"'))


def _sample(run: Run, root: int, done: int, total: int, marks: list[int]) -> None:
    rss = {}
    for pid in descendants(root):
        role = _role(pid, root)
        peak = _rss_kb(pid, "VmHWM")
        if role not in {"gone", "tracker", "forkserver"} and peak:
            rss[pid] = _rss_kb(pid)
            run.peak_kb[pid] = (role, max(peak, run.peak_kb.get(pid, (role, 0))[1]))
            run.cpu[pid] = max(run.cpu.get(pid, 0.0), _cpu_seconds(pid))
    if len(rss) >= len(run.last) and all(rss.values()):
        run.last = rss  # processes free memory as they exit: fall back on the last full sample
    while marks and done * 100 >= marks[0] * total and all(rss.values()) and len(rss) >= len(run.last):
        run.snapshots[marks.pop(0)] = rss
    processes = run.workers + 1 if run.workers > 1 else 1  # the main process and its workers
    if done and time.perf_counter() - run.pss_sampled > 0.5 and len(rss) >= processes:
        run.pss_sampled = time.perf_counter()
        run.peak_pss_kb = max(run.peak_pss_kb, total_pss_kb(root))


def run_pipeline(archive: Path, out: Path, workers: int, total: int) -> Run:
    """The real command over the archive, watched from outside: lines written and RSS per process."""
    run = Run(workers)
    command = [str(EXTRACT), str(archive), "-o", str(out), "--workers", str(workers), "--quiet"]
    started = time.perf_counter()
    # Failures are counted from the output; one stderr line each would only flood the report.
    proc = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    done, offset, first, marks = 0, 0, 0.0, [10, 50, 100]
    while proc.poll() is None:
        new, offset = _count_new_lines(out, offset)
        if new and not first:
            first, done = time.perf_counter(), done + new - 1  # count from the first article out
            run.cpu_at_first = dict(run.cpu)
        elif new:
            done += new
        _sample(run, proc.pid, done + 1 if first else 0, total, marks)
        time.sleep(0.05)
    new, offset = _count_new_lines(out, offset)
    done += new
    run.snapshots.setdefault(100, run.last)
    run.wall = time.perf_counter() - started
    run.seconds = time.perf_counter() - first if first else run.wall
    run.articles = done
    run.failed = _count_errors(out)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: extract exited with {proc.returncode}")
    return run


def report(texts: list[str], raw: tuple[float, float], runs: list[Run]) -> None:
    chars = sum(len(t) for t in texts)
    n = len(texts)
    per_article = chars / n
    print(f"archive: {n:,} articles, {chars:,} chars (mean {per_article:,.0f} chars/article)")
    raw_seconds, raw_cpu = raw
    raw_rate = n / raw_seconds
    print(f"raw Kiwi tokenize, 1 process: {raw_rate:8.1f} articles/s {raw_rate * per_article:10,.0f} chars/s")
    rates = {}
    for run in runs:
        rate = run.articles / run.seconds
        rates[run.workers] = rate
        print(
            f"pipeline, {run.workers} worker(s): {rate:10.1f} articles/s {rate * per_article:10,.0f} chars/s"
            f"   (wall {run.wall:.1f} s incl. start-up and Kiwi loads)"
        )
        if run.failed:
            print(f"  WARNING: {run.failed:,} inputs failed (error records): this rate is not comparable")
    print(f"ratio pipeline(1 worker) / raw Kiwi: {rates[1] / raw_rate:.2f}   (target ≥ 0.7)")
    if 2 in rates:
        print(f"ratio 2 workers / 1 worker:          {rates[2] / rates[1]:.2f}   (target ≥ 1.7)")
    # CPU time is what other load on a shared machine disturbs least: articles per CPU-second
    # equal for 1 and N workers means the pool adds no overhead and scales with free cores.
    print(f"articles per CPU-second (steady state): raw Kiwi {n / raw_cpu:.1f}", end="")
    for run in runs:
        print(f"; {run.workers} worker(s) {run.articles / run.steady_cpu():.1f}", end="")
    print()
    for run in runs:
        cores = run.steady_cpu() / run.seconds
        print(f"  {run.workers} worker(s) got {cores:.2f} cores of CPU on average (others share the machine)")
    if 2 in rates:
        by_cpu = {run.workers: run.articles / run.steady_cpu() for run in runs}
        print(f"ratio 2 workers / 1 worker if each worker had its own core: {2 * by_cpu[2] / by_cpu[1]:.2f}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for run in runs:
        print(
            f"memory, {run.workers} worker(s): peak RSS per process (MB):",
            ", ".join(f"{role} {kb / 1024:.0f}" for role, kb in sorted(run.peak_kb.values())),
        )
        for mark, rss in sorted(run.snapshots.items()):
            print(f"    RSS at {mark:3d} %:", ", ".join(f"{kb / 1024:.0f}" for kb in rss.values()), "MB")
    print("total PSS of all processes (main, fork server, workers), the most seen while working:")
    print("  workers   PSS MB   more than with one fewer worker, per worker")
    previous: Run | None = None
    for run in runs:
        step = ""
        if previous is not None:
            per_worker = (run.peak_pss_kb - previous.peak_pss_kb) / 1024 / (run.workers - previous.workers)
            step = f"+{per_worker:.0f} MB"
        print(f"  {run.workers:7d} {run.peak_pss_kb / 1024:8.0f}   {step}")
        previous = run
    if any(run.workers == 2 for run in runs):
        print("  target: 2 workers ≤ 750 MB in all; each worker past the first ≤ 120 MB")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000, help="archive size (default 10,000)")
    parser.add_argument(
        "--workers", default="1,2,4", help="worker counts to run, comma-separated (default 1,2,4)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        archive = Path(tmp) / "archive.jsonl"
        texts = write_archive(archive, args.articles)
        print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        raw_seconds = raw_kiwi(texts)
        runs = []
        for workers in sorted({1, *(int(n) for n in args.workers.split(","))}):
            runs.append(run_pipeline(archive, Path(tmp) / f"out-{workers}.jsonl", workers, len(texts)))
            print(f"  … {workers} worker(s) done", file=sys.stderr)
        report(texts, raw_seconds, runs)


if __name__ == "__main__":
    main()
