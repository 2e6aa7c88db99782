"""Stage 3, speech: direct and indirect quotes and who said each."""
