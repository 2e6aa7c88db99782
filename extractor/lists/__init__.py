"""Stage 5, lists: task lists (▲ …) with headings and declared counts."""
