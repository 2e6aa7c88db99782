"""Share of quotes that come out with no speaker, over a folder of real articles (issue 14).

    .venv/bin/python bench/speakerless_quotes.py /tmp/newscorpus --limit 1000
    .venv/bin/python bench/speakerless_quotes.py /tmp/newscorpus --limit 1000 --sample 50 --seed 7 \
        --sample-out /work/speakerless_sample.tsv

Articles are picked with a fixed seed (the same sample before and after a change) and run
through the library in this process, one at a time. Prints the share of quotes, direct and
indirect, whose `speakers` is empty; `--sample-out` writes that many speakerless quotes, each
with the sentence around it, as TSV for judging by eye (keep that file outside the repository:
it holds article text).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from extractor import ExtractError, extract_file

CONTEXT_CHARS = 160


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=1000, help="articles to sample (0: all)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--sample", type=int, default=0, help="speakerless quotes to write out")
    parser.add_argument("--sample-out", type=Path)
    args = parser.parse_args()

    files = sorted(p for p in args.folder.iterdir() if p.suffix in {".txt", ".html", ".htm"})
    rng = random.Random(args.seed)
    if args.limit and args.limit < len(files):
        files = sorted(rng.sample(files, args.limit))
    counts = {"direct": [0, 0], "indirect": [0, 0]}  # kind -> [quotes, speakerless]
    speakerless: list[tuple[str, str, str, str]] = []
    errors = 0
    for path in files:
        try:
            article = extract_file(path)
        except ExtractError:
            errors += 1
            continue
        for quote in article.quotes:
            tally = counts[quote.kind]
            tally[0] += 1
            if not quote.speakers:
                tally[1] += 1
                lo, hi = (
                    max(0, quote.start - CONTEXT_CHARS),
                    min(len(article.text), quote.end + CONTEXT_CHARS),
                )
                context = article.text[lo:hi].replace("\n", " ⏎ ").replace("\t", " ")
                speakerless.append((path.name, quote.kind, quote.text.replace("\n", " "), context))
    total = sum(c[0] for c in counts.values())
    empty = sum(c[1] for c in counts.values())
    print(
        f"articles {len(files)} ({errors} errors), quotes {total}, without a speaker {empty}"
        f" ({empty / max(total, 1):.1%})"
    )
    for kind, (n, e) in counts.items():
        print(f"  {kind:8} {n:6} quotes, {e:6} without a speaker ({e / max(n, 1):.1%})")
    if args.sample and args.sample_out:
        picked = rng.sample(speakerless, min(args.sample, len(speakerless)))
        with args.sample_out.open("w", encoding="utf-8") as out:
            out.write("file\tkind\tquote\tcontext\tverdict\n")
            for row in picked:
                out.write("\t".join(row) + "\t\n")
        print(f"wrote {len(picked)} speakerless quotes to {args.sample_out}", file=sys.stderr)


if __name__ == "__main__":
    main()
