"""Classification of watch items: relevance, kind, topics, organisations, models, funding.

    from pipelines.classification import load_classifier
    classifier = load_classifier("crawler/data")
    labels = classifier.classify(title=..., text=..., url=..., language="ja")

Pure functions and data: no Scrapy, no database.
"""

from pipelines.classification.engine import Classifier, load_classifier
from pipelines.classification.taxonomy import KINDS, SECTORS, TOPICS
from pipelines.classification.text import bare_name, fold, normalise

__all__ = ["KINDS", "SECTORS", "TOPICS", "Classifier", "bare_name", "fold", "load_classifier", "normalise"]
