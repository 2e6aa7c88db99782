#!/usr/bin/env python3
"""Run ../shared/tools/score.py on each corpus and fail when a field falls below its floor.

    python .ci/check_floors.py [--extract PATH]

Floors live in .ci/floors.json, keyed by gold directory relative to the repo
(../shared/corpus/dev, ../shared/corpus/html, and our own invented held-out
sets under tests/); they only ever go up. Any bad span or extractor error fails too.

The shared corpora are scored exactly as documented (`score.py DIR --run extract`,
one process per article). Our own sets are extracted by one batch run of the same
`extract` command into a folder and scored with `score.py DIR --pred FOLDER`: the
same output, without loading Kiwi once per article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def print_table(corpus: str, result: dict[str, Any]) -> None:
    print(f"== {corpus}: {result['articles']} articles, overall {result['overall']:.3f}")
    print(f"{'field':18} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for field, row in result["fields"].items():
        if field == "metadata":
            print(f"{field:18} {'':6} {'':6} {row['f1']:6.3f}   {row['correct']}/{row['total']} fields")
        else:
            counts = f"{row['tp']}/{row['fp']}/{row['fn']}"
            print(f"{field:18} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}   {counts}")
    print(f"spans: {result['spans']['ok']} ok, {result['spans']['bad']} bad", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extract", default=str(Path(sys.executable).with_name("extract")))
    args = parser.parse_args()
    floors = json.loads((ROOT / ".ci" / "floors.json").read_text())
    scorer = ROOT.parent / "shared" / "tools" / "score.py"
    failed = False
    for corpus, field_floors in floors.items():
        if corpus.startswith("_"):
            continue
        gold_dir = (ROOT / corpus).resolve()
        with tempfile.TemporaryDirectory() as out:
            if corpus.startswith("tests/"):
                inputs = sorted(str(p) for p in gold_dir.iterdir() if p.suffix in (".txt", ".html"))
                subprocess.run([args.extract, *inputs, "-o", f"{out}/", "-q", "-j", "2"], check=True)
                source = ["--pred", out]
            else:
                source = ["--run", args.extract]
            result = json.loads(
                subprocess.run(
                    [sys.executable, str(scorer), str(gold_dir), *source, "--json"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
        print_table(corpus, result)
        if result["errors"]:
            print(f"FAIL {corpus}: extractor errors {result['errors']}")
            failed = True
        if result["spans"]["bad"]:
            print(f"FAIL {corpus}: {result['spans']['bad']} bad spans")
            failed = True
        for field, floor in field_floors.items():
            got = result["fields"][field]["f1"]
            status = "ok  " if got >= floor else "FAIL"
            failed |= got < floor
            print(f"{status} {corpus} {field:16} {got:.3f} (floor {floor:.3f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
