"""Regenerate schemas/article.schema.json: ``python -m schemas``."""

from schemas import SCHEMA_PATH, schema_text

SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
print(f"wrote {SCHEMA_PATH}")
