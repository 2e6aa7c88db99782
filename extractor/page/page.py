"""A prepared page: the cleaned article text, its regions and the metadata read around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.analysis import Region, RegionKind
from schemas import Metadata


@dataclass
class Page:
    """What ingestion hands to analysis: `text` is what the field extractors see."""

    text: str
    metadata: Metadata = field(default_factory=Metadata)
    regions: list[Region] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One kept line of the article with its role; `new_paragraph` puts a blank line before it."""

    kind: RegionKind
    text: str
    new_paragraph: bool = False


def assemble(blocks: list[Block], metadata: Metadata, warnings: list[str] | None = None) -> Page:
    """Join kept lines into `text` and record where the non-body regions are.

    >>> page = assemble([Block("headline", "제목"), Block("body", "본문이다.", True)], Metadata())
    >>> page.text, [(r.kind, r.start, r.end) for r in page.regions]
    ('제목\\n\\n본문이다.', [('headline', 0, 2)])
    """
    parts: list[str] = []
    regions: list[Region] = []
    pos = 0
    for block in blocks:
        line = block.text.strip()
        if not line:
            continue
        if parts:
            sep = "\n\n" if block.new_paragraph else "\n"
            parts.append(sep)
            pos += len(sep)
        if block.kind != "body":
            if regions and regions[-1].kind == block.kind and regions[-1].end == pos - 1:
                regions[-1] = Region(block.kind, regions[-1].start, pos + len(line))
            else:
                regions.append(Region(block.kind, pos, pos + len(line)))
        parts.append(line)
        pos += len(line)
    return Page(text="".join(parts), metadata=metadata, regions=regions, warnings=list(warnings or []))
