"""HTML preparation against trafilatura on the same real pages, in one run (issue #12).

    python bench/html_vs_trafilatura.py [DIR_OR_FILE ...] [--rounds 5]

Times `extractor.page.htmlpage.prepare_html` and trafilatura's
`extract(html, with_metadata=True)` over the same pages (default: the real pages in
../shared/corpus/html), interleaved page by page so machine noise hits both alike, and prints
both totals (the best of `--rounds` rounds) and the ratio prepare_html / trafilatura; the target
is a ratio of at most 1.0. trafilatura is not a project dependency: install it into the venv
(`pip install trafilatura==2.3.0`) to run this.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_PAGES = ROOT.parent / "shared" / "corpus" / "html"


def pages(paths: list[Path]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in paths:
        files = sorted(path.glob("*.html")) if path.is_dir() else [path]
        found.extend((f.name, f.read_text(encoding="utf-8", errors="replace")) for f in files)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_PAGES])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    try:
        import trafilatura
    except ImportError:
        sys.exit("trafilatura is not installed: pip install trafilatura==2.3.0")
    from extractor.page.htmlpage import prepare_html

    corpus = pages(args.paths)
    if not corpus:
        sys.exit("no .html pages found")
    for _name, html in corpus:  # warm both (imports, lexicons, lxml)
        prepare_html(html)
        trafilatura.extract(html, with_metadata=True)
    ours = [float("inf")] * len(corpus)
    theirs = [float("inf")] * len(corpus)
    for _round in range(args.rounds):
        for index, (_name, html) in enumerate(corpus):
            start = time.perf_counter()
            prepare_html(html)
            middle = time.perf_counter()
            trafilatura.extract(html, with_metadata=True)
            end = time.perf_counter()
            ours[index] = min(ours[index], middle - start)
            theirs[index] = min(theirs[index], end - middle)
    for (name, html), mine, other in zip(corpus, ours, theirs, strict=True):
        print(f"{name:32} {len(html):>9,} B  ours {mine * 1e3:6.1f} ms  trafilatura {other * 1e3:6.1f} ms")
    total_ours, total_theirs = sum(ours), sum(theirs)
    print(f"pages: {len(corpus)}  prepare_html {total_ours:.3f} s  trafilatura {total_theirs:.3f} s")
    print(f"ratio prepare_html / trafilatura: {total_ours / total_theirs:.2f} (target ≤ 1.0)")


if __name__ == "__main__":
    main()
