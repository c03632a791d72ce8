"""One spider per source family."""
