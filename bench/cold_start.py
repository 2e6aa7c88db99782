"""Cold start of `extract` on the bundled sample against Kiwi's own load and first analysis.

    python bench/cold_start.py [--runs 5] [--sample samples/gwangju_future_car.txt]

Both are fresh processes, timed in the same run and interleaved so machine noise
hits both alike: (a) `python -c` that loads Kiwi and analyses the sample, (b)
`extract SAMPLE` end to end. Prints both medians and the difference; the
target is a difference within 0.5 s (issue #2).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KIWI_ONLY = """
import sys, warnings
warnings.simplefilter("ignore")
from kiwipiepy import Kiwi
text = open(sys.argv[1], encoding="utf-8").read()
kiwi = Kiwi(num_workers=0)
kiwi.tokenize(text)
"""
TARGET_SECONDS = 0.5


def extract_command() -> list[str]:
    script = Path(sys.executable).parent / "extract"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from cli import main; main()"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed: {result.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", default="samples/gwangju_future_car.txt")
    args = parser.parse_args()
    kiwi_cmd = [sys.executable, "-c", KIWI_ONLY, args.sample]
    extract_cmd = [*extract_command(), args.sample, "--compact"]
    timed(kiwi_cmd)  # warm the file cache for both (model files, site-packages)
    timed(extract_cmd)
    kiwi_times, extract_times = [], []
    for _ in range(args.runs):
        kiwi_times.append(timed(kiwi_cmd))
        extract_times.append(timed(extract_cmd))
    kiwi_median = statistics.median(kiwi_times)
    extract_median = statistics.median(extract_times)
    difference = extract_median - kiwi_median
    report("kiwi load + first analysis", kiwi_times)
    report(f"extract {args.sample}", extract_times)
    verdict = "within" if difference <= TARGET_SECONDS else "OVER"
    print(f"difference of medians: {difference:+.3f} s ({verdict} the {TARGET_SECONDS} s target)")
    # On a shared, busy machine the fastest run is the least disturbed one.
    print(f"difference of fastest runs: {min(extract_times) - min(kiwi_times):+.3f} s")


def report(label: str, times: list[float]) -> None:
    runs = ", ".join(f"{t:.2f}" for t in times)
    print(f"{label}: median {statistics.median(times):.3f} s, fastest {min(times):.3f} s  ({runs})")


if __name__ == "__main__":
    main()
