"""Classify pipeline: relevance, kind, topics, organisations, money."""

from __future__ import annotations

import re

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

JAPAN_TERMS = re.compile(r"\bjapan(ese)?\b|日本", re.IGNORECASE)
GENAI_TERMS = re.compile(
    r"\b(llms?|large language models?|language models?|generative|gpt)\b|生成ai|大規模言語モデル|言語モデル",
    re.IGNORECASE,
)


class ClassifyPipeline:
    """A first keyword rule: generative-AI terms and a Japan connection."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClassifyPipeline:
        return cls(crawler)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        text = f"{adapter.get('title')} {adapter.get('summary')}"
        reasons = [f"{name}:{match.group(0)}" for name, pattern in (("japan", JAPAN_TERMS), ("genai", GENAI_TERMS))
                   if (match := pattern.search(text))]
        adapter["relevant"] = len(reasons) == 2
        adapter["score"] = float(len(reasons)) / 2
        adapter["reasons"] = reasons
        self.stats.inc_value(f"classify/relevant_{str(adapter['relevant']).lower()}")
        return item
