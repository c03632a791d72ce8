"""The ground floor: the vocabulary every layer shares and helpers for text and time.

Nothing here imports another package of the project (see .importlinter).
"""
