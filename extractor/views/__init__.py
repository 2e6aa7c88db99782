"""Views of an extracted Article for people: a terminal table and an HTML review page (issue #7).

Both are built from the Article alone (no second extraction path), so what a
reviewer sees is exactly what `extract` outputs as JSON.
"""

from __future__ import annotations

from extractor.views.html import render_html
from extractor.views.korean_units import format_korean_amount
from extractor.views.table import render_table

__all__ = ["format_korean_amount", "render_html", "render_table"]
