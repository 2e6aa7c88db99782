"""Golden JSON for the bundled samples.

    python -m tests.golden            # show which samples differ from their golden file
    python -m tests.golden --regenerate   # rewrite tests/golden/*.json after an intended change

Review the diff of tests/golden/ before committing a regeneration: it is the
visible record of what an extractor change did to real output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))


def golden_path(sample: Path) -> Path:
    return GOLDEN / f"{sample.name}.json"


def current_output(sample: Path) -> dict[str, Any] | dict[str, str]:
    """The extractor's output for a sample, with the path made relative to the repo."""
    from extractor import ExtractError, extract_file

    try:
        article = extract_file(sample)
    except ExtractError as exc:
        return {"error": exc.kind, "message": str(exc).replace(str(ROOT) + "/", "")}
    data: dict[str, Any] = json.loads(article.model_dump_json())
    data["source"]["path"] = sample.relative_to(ROOT).as_posix()
    return data


def render(data: dict[str, Any] | dict[str, str]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    GOLDEN.mkdir(exist_ok=True)
    differing = 0
    for sample in samples():
        text = render(current_output(sample))
        path = golden_path(sample)
        if args.regenerate:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            differing += 1
            print(f"differs: {sample.name}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
