"""Task lists (▲ …) with headings and declared counts (issue #5)."""

from __future__ import annotations

from extractor.analysis import Document
from schemas import TaskList


def extract_task_lists(doc: Document) -> tuple[list[TaskList], list[str]]:
    """Not built yet: issue #5. Returns the lists and warnings."""
    return [], []
