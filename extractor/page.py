"""A prepared page: the cleaned article text, its regions and the metadata read around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.analysis import Region
from schemas import Metadata


@dataclass
class Page:
    """What ingestion hands to analysis: `text` is what the field extractors see."""

    text: str
    metadata: Metadata = field(default_factory=Metadata)
    regions: list[Region] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
