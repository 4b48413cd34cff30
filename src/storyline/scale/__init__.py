"""Running ingest at scale: skipping what is stored, resumable shards, Ray, watch mode."""
