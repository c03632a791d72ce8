"""Item pipelines, in the order crawler/settings.py runs them:
normalise -> classify -> dedupe -> store -> alert."""
