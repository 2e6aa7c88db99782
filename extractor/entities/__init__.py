"""Stage 2, entities: people and organisations with their mentions."""
