"""Classification of watch items: relevance, kind, topics, organisations, models, funding.

    from pipelines.classification import load_classifier
    classifier = load_classifier("crawler/data")
    labels = classifier.classify(title=..., text=..., url=..., language="ja")

Pure functions and data: no Scrapy, no database. The label vocabularies are in
``common.taxonomy`` and the folding of names in ``common.folding``.
"""

from pipelines.classification.engine import Classifier, load_classifier
from pipelines.classification.labels import Labels

__all__ = ["Classifier", "Labels", "load_classifier"]
