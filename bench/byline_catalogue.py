"""How often the writer of an unambiguous byline ends up in `metadata.reporters` (issue #12).

    python bench/byline_catalogue.py [--corpus /tmp/newscorpus] [--limit N] [--prepare-only] [--misses K]

Scans a crawled archive (one article per ``*.txt``: title line, blank line, body; bodies are
often one line) with its own regexes, independent of the extractor's, for byline shapes that
name a writer without doubt: wire datelines ("(서울=연합뉴스) 홍길동 기자 ="), bracketed leads
("[한빛일보 홍길동 기자]", "[한빛스포츠=인천, 홍길동 기자]", "[한빛일보 = 홍길동 기자]",
"(한빛코리아=홍길동 기자)"), an outlet lead ("한빛경제 홍길동 기자 ="), a name, 기자 and an
e-mail ("홍길동 기자 hong@x.co.kr"), and "[ 홍길동 / hong@x.co.kr ]". Each matching article is
run through the library (one Kiwi for the run) and the table gives, per shape, the articles, the
share whose named writer is among the reporters, and the overall share (targets: ≥ 95 % overall,
≥ 90 % per shape). Metadata is settled before analysis, so `--prepare-only` skips Kiwi to iterate
fast; the figures are the same.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAME = r"(?P<name>[가-힣]{2,4})"
OUTLET = r"[가-힣A-Za-z0-9]{2,12}"
# Shapes found by the checker alone: each names exactly one writer in group "name".
SHAPES: dict[str, re.Pattern[str]] = {
    "(place=wire) name 기자 =": re.compile(
        rf"\([가-힣ㆍ·]{{1,12}}=(?:연합뉴스|뉴스1|뉴시스)\)\s?{NAME}\s?(?:기자|특파원)\s?="
    ),
    "【place=outlet】 name 기자 =": re.compile(
        rf"【\s?[가-힣ㆍ·]{{1,12}}\s?=\s?{OUTLET}\s?】\s?{NAME}\s?(?:기자|특파원)\s?="
    ),
    "[place=outlet] name 기자 =": re.compile(
        rf"\[[가-힣ㆍ·]{{1,12}}=(?:연합뉴스|뉴스1|뉴시스)\]\s?{NAME}\s?(?:기자|특파원)\s?="
    ),
    "[outlet name 기자]": re.compile(rf"\[{OUTLET} {NAME} 기자\]"),
    "[outlet=place, name 기자]": re.compile(rf"\[{OUTLET}=[가-힣]{{2,4}}, ?{NAME} 기자\]"),
    "[outlet = name 기자]": re.compile(rf"\[{OUTLET} ?= ?{NAME} 기자\]"),
    "(outlet=name 기자)": re.compile(rf"\({OUTLET}={NAME} ?기자\)"),
    "outlet name 기자 = (lead)": re.compile(rf"^{OUTLET} {NAME} 기자 = ", re.MULTILINE),
    "name 기자 email": re.compile(rf"(?<![가-힣]){NAME} ?기자 ?\(?[\w.+-]+@[\w-]+\.[\w.-]+"),
    "[ name / email ]": re.compile(rf"\[ ?{NAME} ?/ ?[\w.+-]+@[\w-]+\.[\w.-]+ ?\]"),
}
# Words the shapes can catch in the name slot that are not names.
NOT_NAMES = frozenset({"사진", "영상", "취재", "인턴", "수습", "사회부", "정치부", "경제부", "온라인"})


# Closing shapes stand at the end: the last one is the writer's, earlier ones are captions' credits.
CLOSING_SHAPES = frozenset({"name 기자 email", "[ name / email ]"})
LEAD_REACH = 1500  # a lead byline stands in the article's first paragraphs
# A wire photo caption ends "2024.11.27 ab@x.co.kr": its lead names the photographer.
CAPTION_END = re.compile(r"(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\.?\s*(?:/\S{1,8}\s*)?[\w.+-]+@")
NOT_NAME_ENDINGS = ("일보", "신문", "뉴스", "전문", "선임", "수석")
# "(사진=홍길동 기자)", "[사진 = 홍길동 기자]": a photo credit in the outlet slot, not a byline
CREDIT_SLOT = re.compile(r"[\[(](?:사진|자료사진|그래픽|영상)")


def writer(shape: str, pattern: re.Pattern[str], text: str) -> str | None:
    """The writer a shape names: the last closing byline, the first lead not closing a caption."""
    if shape in CLOSING_SHAPES:
        matches = list(pattern.finditer(text))
    else:
        body = text.find("\n")  # after the title line
        matches = list(pattern.finditer(text, max(body, 0), max(body, 0) + LEAD_REACH))
        own = [m for m in matches if not CAPTION_END.search(text, m.end(), m.end() + 700)]
        matches = own[:1] or matches[:1]
    names = [
        m["name"]
        for m in matches
        if m["name"] not in NOT_NAMES
        and not m["name"].endswith(NOT_NAME_ENDINGS)
        and not CREDIT_SLOT.match(m.group())
    ]
    return names[-1] if names else None


def catalogue(corpus: Path, limit: int | None) -> dict[Path, dict[str, str]]:
    """Articles with at least one shape: path → {shape: writer}."""
    found: dict[Path, dict[str, str]] = {}
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        shapes = {}
        for shape, pattern in SHAPES.items():
            name = writer(shape, pattern, text)
            if name:
                shapes[shape] = name
        if shapes:
            found[path] = shapes
            if limit and len(found) >= limit:
                break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/newscorpus"))
    parser.add_argument("--limit", type=int, default=None, help="at most this many matching articles")
    parser.add_argument("--prepare-only", action="store_true", help="metadata only, without Kiwi")
    parser.add_argument("--misses", type=int, default=0, help="print up to K misses per shape")
    args = parser.parse_args()

    articles = catalogue(args.corpus, args.limit)
    if args.prepare_only:
        from extractor.page.textpage import prepare_text

        def reporters(text: str) -> set[str]:
            return {r.name for r in prepare_text(text).metadata.reporters}
    else:
        from extractor import extract_text

        def reporters(text: str) -> set[str]:
            return {r.name for r in extract_text(text).metadata.reporters}

    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, list[str]] = defaultdict(list)
    total = [0, 0]
    for path, shapes in articles.items():
        got = reporters(path.read_text(encoding="utf-8", errors="replace"))
        all_found = True
        for shape, name in shapes.items():
            hits[shape][0] += 1
            if name in got:
                hits[shape][1] += 1
            else:
                all_found = False
                misses[shape].append(f"{path.name}: want {name} got {sorted(got)}")
        total[0] += 1
        total[1] += all_found

    print(f"{'shape':32} {'articles':>8} {'found':>7}")
    for shape in SHAPES:
        n, ok = hits[shape]
        if n:
            print(f"{shape:32} {n:8d} {ok / n:7.1%}")
    print(f"{'overall (every shape found)':32} {total[0]:8d} {total[1] / max(total[0], 1):7.1%}")
    for shape in SHAPES:
        for line in misses[shape][: args.misses]:
            print(f"  miss [{shape}] {line}")


if __name__ == "__main__":
    main()
