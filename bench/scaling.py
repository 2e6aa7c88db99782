"""How the library's time grows with the input, against raw Kiwi on the same text (issue 15).

    .venv/bin/python bench/scaling.py                  # every shape at 1×, 2×, 4×, 8× (~10 min)
    .venv/bin/python bench/scaling.py --only spaces --only quotes
    .venv/bin/python bench/scaling.py --skip-large     # leave out the multi-megabyte shapes
    .venv/bin/python bench/scaling.py --only lines_9.9mb --scales 8   # the size limit alone

Each shape is a kind of input that once made the extractor slower than linear: a run of
spaces, one-line prose, one long <p>, an interview paragraph without line breaks, a repeated
byline token, many curly-quote pairs, comments opening a page, numeric character references,
a 5 MB one-line text and a 9.9 MB multi-line text (up to the 10 MiB input limit).

Every (shape, size) runs in its own process with a timeout, so the script always finishes and
the peak RSS is that run's own. In that process Kiwi is loaded first (the cold start, reported
once, with one small article through the library so its lexicons are loaded), then the library
call is timed (extract_text / extract_html / extract_bytes), then raw
Kiwi on the same text — `split_into_sents(piece, return_tokens=True)` per non-blank line, a very
long line in the pieces `analysis.line_pieces` cuts (Kiwi alone is superlinear on one huge line),
exactly as extractor/analysis.py calls it; for HTML shapes the text is the article's `text` (what the
pipeline analyses), for the others the input text itself.

Printed per shape: sizes, library seconds, raw-Kiwi seconds, the growth exponent (log-log
least-squares slope of library time over size; "~" when the times are too small to say), the
largest library/Kiwi ratio, peak RSS of the largest run, and whether the largest run is within
3 × raw Kiwi + cold start. Targets: exponent ≤ 1.2 and within that bound, in bounded memory.
A benchmark prints; nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALES = (1, 2, 4, 8)

_SENTENCE = "서울시는 1일 미래차 산업 육성을 위해 예산 3억5천만원을 편성했다고 밝혔다. "
_PROSE = (
    "한빛시는 올해 하반기부터 청년 일자리 사업을 확대한다. 시 관계자는 지역 기업과 협약을 맺고 "
    '2천여 명을 채용할 계획이라고 설명했다. 김도윤 한빛시장은 "청년이 머무는 도시를 만들겠다"고 '
    "강조했다. 사업비는 국비 120억원과 시비 80억원 등 모두 200억원이다. "
)
_INTERVIEW = (
    '―올해 가장 큰 목표는 무엇인가. "현장에서 답을 찾는 것이다. 지난해 직원들과 함께 전국 '
    '40개 지점을 돌았다." ―어려움은 없었나. "예산이 부족했다. 그래도 주민들이 먼저 손을 '
    "내밀었다\"고 박지영 대표는 말했다. 그는 '작은 변화가 큰 차이를 만든다'라며 웃었다. "
)


def _fit(text: str, size: int) -> str:
    """`text` repeated and cut to `size` characters."""
    return (text * (size // len(text) + 1))[:size]


def _lines(size: int) -> str:
    """Multi-line prose of `size` bytes of UTF-8 or so: paragraphs of a few sentences."""
    paragraph = _PROSE.strip() + "\n"
    return paragraph * max(1, size // len(paragraph.encode("utf-8")))


def _ncr(count: int) -> str:
    word = "".join(f"&#{ord(c)};" for c in "서울시는") + " "
    return "<html><body><p>" + word * (count // 4) + "</p></body></html>"


@dataclass(frozen=True)
class Shape:
    name: str
    kind: str  # "text" → extract_text, "html" → extract_html, "bytes" → extract_bytes
    unit: str  # what the size counts
    base: int  # the size at 1×
    build: Callable[[int], str]
    large: bool = False


SHAPES = [
    Shape("spaces", "text", "spaces", 5_000, lambda n: "서울시는 예산을" + " " * n + "편성했다."),
    Shape("prose_one_line", "text", "chars", 4_000, lambda n: _fit(_SENTENCE, n)),
    Shape("long_p", "html", "chars", 4_000, lambda n: f"<html><body><p>{_fit(_PROSE, n)}</p></body></html>"),
    Shape("interview_one_line", "text", "chars", 10_000, lambda n: _fit(_INTERVIEW, n)),
    Shape("byline_tokens", "text", "tokens", 1_000, lambda n: "이름 기자 " * n),
    Shape("curly_quotes", "text", "pairs", 2_000, lambda n: "“좋다” " * n),
    Shape("comments_text", "bytes", "comments", 16, lambda n: "<!-- c -->" * n + _PROSE),
    Shape(
        "comments_h1", "bytes", "comments", 16, lambda n: "<!-- c -->" * n + f"<h1>제목</h1><p>{_PROSE}</p>"
    ),
    Shape("char_refs", "html", "refs", 12_500, _ncr),
    Shape("one_line_5mb", "bytes", "bytes", 5_000_000 // 8, lambda n: _fit(_PROSE, n // 3), large=True),
    Shape("lines_9.9mb", "bytes", "bytes", 9_900_000 // 8, _lines, large=True),
]


# --- one run, in its own process ------------------------------------------------------------


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _raw_kiwi(kiwi: object, text: str) -> float:
    """Kiwi alone over `text`, line by line and in the pieces analysis.py gives it."""
    from extractor.analysis import line_pieces

    started = time.perf_counter()
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            for piece_start, piece_end in line_pieces(text, start, start + len(stripped)):
                kiwi.split_into_sents(text[piece_start:piece_end], return_tokens=True)  # type: ignore[attr-defined]
        pos += len(line) + 1
    return time.perf_counter() - started


def run_one(name: str, scale: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from extractor import extract_bytes, extract_html, extract_text
    from extractor.analysis import get_kiwi

    shape = next(s for s in SHAPES if s.name == name)
    started = time.perf_counter()
    kiwi = get_kiwi()
    kiwi.tokenize("가")
    extract_html(f"<p>{_PROSE}</p>")  # lexicons and lazily built patterns: part of the cold start
    cold = time.perf_counter() - started
    rss_loaded = _peak_rss_mb()
    payload = shape.build(shape.base * scale)
    data = payload.encode("utf-8")
    started = time.perf_counter()
    if shape.kind == "text":
        article = extract_text(payload)
    elif shape.kind == "html":
        article = extract_html(payload)
    else:
        article = extract_bytes(data)
    seconds = time.perf_counter() - started
    rss = _peak_rss_mb()
    kiwi_text = article.text if shape.kind == "html" else payload
    del article
    kiwi_seconds = _raw_kiwi(kiwi, kiwi_text)
    return {
        "size": shape.base * scale,
        "bytes": len(data),
        "seconds": seconds,
        "kiwi": kiwi_seconds,
        "cold": cold,
        "rss_loaded": rss_loaded,
        "rss": rss,
    }


# --- the table ------------------------------------------------------------------------------


def _slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) over log(size)."""
    if len(points) < 2:
        return None
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(max(seconds, 1e-4)) for _, seconds in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


@dataclass
class Run:
    size: int
    measured: dict[str, float] | None = None  # seconds, kiwi, cold, rss_loaded, rss
    failure: str = ""  # ">60" (timed out) or "error"


def measure(shape: Shape, timeout: float, scales: tuple[int, ...] = SCALES) -> list[Run]:
    runs: list[Run] = []
    for scale in scales:
        size = shape.base * scale
        command = [sys.executable, __file__, "--child", shape.name, str(scale)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            runs.append(Run(size, failure=f">{timeout:.0f}"))
            break  # a larger size would only take longer
        if done.returncode != 0:
            print(f"{shape.name} {size}: {(done.stderr.strip().splitlines() or ['?'])[-1]}", file=sys.stderr)
            runs.append(Run(size, failure="error"))
            break
        runs.append(Run(size, measured=json.loads(done.stdout.strip().splitlines()[-1])))
    return runs


def report(shape: Shape, runs: list[Run]) -> str:
    sizes = "/".join(f"{r.size:,}" for r in runs)
    cells = "/".join(f"{r.measured['seconds']:.2f}" if r.measured else r.failure for r in runs)
    done = [(r.size, r.measured) for r in runs if r.measured]
    slope = _slope([(size, m["seconds"]) for size, m in done])
    noisy = all(m["seconds"] < 0.1 for _, m in done)
    exponent = "-" if slope is None else f"{'~' if noisy else ''}{slope:.2f}"
    kiwi = "/".join(f"{m['kiwi']:.2f}" for _, m in done)
    ratio, bound, rss = "-", "NO", "-"
    if done and len(done) == len(runs):
        last = done[-1][1]
        ratio = f"{last['seconds'] / last['kiwi']:.1f}" if last["kiwi"] > 0.005 else "-"
        bound = "yes" if last["seconds"] <= 3 * last["kiwi"] + last["cold"] else "NO"
        rss = f"{last['rss']:.0f} ({last['rss_loaded']:.0f})"
    return (
        f"{shape.name:<19} {shape.unit:<8} {sizes:<38} {cells:<26} {kiwi:<24} "
        f"{exponent:>6} {ratio:>6} {bound:>5} {rss:>12}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", action="append", help="run only this shape (repeatable)")
    parser.add_argument("--skip-large", action="store_true", help="leave out the multi-megabyte shapes")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run of a small shape")
    parser.add_argument("--large-timeout", type=float, default=300.0, help="seconds per run of a large shape")
    parser.add_argument(
        "--scales", default="1,2,4,8", help="which multiples of each shape's base size to run (1,2,4,8)"
    )
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SCALE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], int(args.child[1]))))
        return
    shapes = [
        s for s in SHAPES if (not args.only or s.name in args.only) and not (args.skip_large and s.large)
    ]
    print(
        f"{'shape':<19} {'unit':<8} {'sizes (1×/2×/4×/8×)':<38} {'library s':<26} {'raw Kiwi s':<24} "
        f"{'expo':>6} {'ratio':>6} {'≤3K+c':>5} {'RSS MB (Kiwi)':>12}",
        flush=True,
    )
    cold: list[float] = []
    for shape in shapes:
        scales = tuple(int(scale) for scale in args.scales.split(","))
        results = measure(shape, args.large_timeout if shape.large else args.timeout, scales)
        cold += [r.measured["cold"] for r in results if r.measured]
        print(report(shape, results), flush=True)
    if cold:
        print(f"cold start (Kiwi load + first call): median {sorted(cold)[len(cold) // 2]:.2f} s")
    print("expo: log-log slope of library time over size ('~': all times < 0.1 s, noise); target ≤ 1.2")
    print("ratio: library / raw Kiwi at 8×; ≤3K+c: library ≤ 3 × raw Kiwi + cold start at 8×")


if __name__ == "__main__":
    main()
