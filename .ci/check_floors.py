#!/usr/bin/env python3
"""Run ../shared/tools/score.py on each corpus and fail when a field falls below its floor.

    python .ci/check_floors.py [--extract PATH]

Floors live in .ci/floors.json and only ever go up. Any bad span fails too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extract", default=str(Path(sys.executable).with_name("extract")))
    args = parser.parse_args()
    floors = json.loads((ROOT / ".ci" / "floors.json").read_text())
    scorer = SHARED / "tools" / "score.py"
    failed = False
    for corpus, field_floors in floors.items():
        if corpus.startswith("_"):
            continue
        gold_dir = SHARED / "corpus" / corpus
        table = subprocess.run(
            [sys.executable, str(scorer), str(gold_dir), "--run", args.extract],
            capture_output=True, text=True, check=False,
        )
        print(f"== corpus/{corpus}\n{table.stdout}{table.stderr}", flush=True)
        result = json.loads(
            subprocess.run(
                [sys.executable, str(scorer), str(gold_dir), "--run", args.extract, "--json"],
                capture_output=True, text=True, check=True,
            ).stdout
        )
        if result["errors"]:
            print(f"FAIL corpus/{corpus}: extractor errors {result['errors']}")
            failed = True
        if result["spans"]["bad"]:
            print(f"FAIL corpus/{corpus}: {result['spans']['bad']} bad spans")
            failed = True
        for field, floor in field_floors.items():
            got = result["fields"][field]["f1"]
            status = "ok  " if got >= floor else "FAIL"
            failed |= got < floor
            print(f"{status} corpus/{corpus} {field:16} {got:.3f} (floor {floor:.3f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
