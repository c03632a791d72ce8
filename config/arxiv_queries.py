"""``arxiv_queries.toml``: the arXiv API searches ``scrapy crawl arxiv`` runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from config.loading import ConfigError, NonEmptyStr, StrictModel, load_file, unique_names

# A query's name keys its high-water mark in the archive and is given on the
# command line as a comma-separated list (-a query=a,b).
QueryName = Annotated[str, Field(pattern=r"^[^,\s]+$")]


class QueryEntry(StrictModel):
    """One ``[[query]]``: a name and an arXiv API ``search_query``."""

    name: QueryName
    search: NonEmptyStr


class ArxivQueriesFile(StrictModel):
    """The whole ``arxiv_queries.toml``."""

    query: Annotated[list[QueryEntry], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_query_names(self) -> ArxivQueriesFile:
        unique_names(self.query, "query")
        return self


def load_arxiv_queries(path: str | Path, error: type[ConfigError] = ConfigError) -> ArxivQueriesFile:
    return load_file(path, ArxivQueriesFile, error, what="arXiv queries file")
