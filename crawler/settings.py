"""Scrapy settings for jpllm-watch.

Anything that points outside this machine (source URLs, the arXiv API, Slack)
can be changed with ``-s NAME=VALUE`` or an environment variable, so the
tests and the demo run against servers on 127.0.0.1. Secrets (Slack tokens
and webhook URLs) are read from the environment where they are used and are
never settings.
"""

from __future__ import annotations

import os
from pathlib import Path

BOT_NAME = "jpllm_watch"
PROJECT_ROOT = Path(__file__).resolve().parent.parent

SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# Where the crawl stores what it finds; JPLLM_ARCHIVE in the environment wins.
ARCHIVE_PATH = os.environ.get("JPLLM_ARCHIVE", "data/archive.db")
# Seconds a write waits for another process's write lock (a second crawl,
# a reclassify) before the archive refuses it and the crawl fails.
ARCHIVE_BUSY_TIMEOUT = 30
# The store writes this many items per transaction, and a batch at the
# latest this many seconds after its first item: one commit per item made
# the store most of a crawl's cost. A refused batch fails the crawl whole,
# so nothing is lost (the next crawl reads every feed again).
STORE_BATCH_SIZE = 200
STORE_BATCH_SECONDS = 1.0
# The data files that say what to crawl and what to look for.
DATA_DIR = os.environ.get("JPLLM_DATA_DIR", str(PROJECT_ROOT / "crawler" / "data"))

# An item first seen more than this many days after it was published is marked
# as backfill and stays out of weekly digests (0 turns the rule off). A crawl
# run with `-a since=DATE` marks everything it finds as backfill.
BACKFILL_AGE_DAYS = 14

USER_AGENT = os.environ.get(
    "JPLLM_USER_AGENT",
    "jpllm-watch/1.0 (+https://github.com/jpllm-watch/jpllm-watch; mailto:jpllm-watch@example.org)",
)

ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
# Both open a port that can run code inside the crawl; an unattended crawler
# needs neither.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 5
AUTOTHROTTLE_MAX_DELAY = 60
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# A broken spider stops early instead of hammering a site.
CLOSESPIDER_ERRORCOUNT = 20
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("JPLLM_LOG_LEVEL", "INFO")

# The arXiv API: https://info.arxiv.org/help/api/tou.html asks for one request
# every three seconds on one connection. export.arxiv.org/robots.txt says
# "Disallow: /" although those terms sanction /api/query, so robots.txt is
# skipped for API requests only (the arxiv spider marks them with Scrapy's
# ``dont_obey_robotstxt`` meta key) and obeyed everywhere else.
ARXIV_API_URL = os.environ.get("JPLLM_ARXIV_API_URL", "https://export.arxiv.org/api/query")
ARXIV_QUERIES_FILE = ""
ARXIV_PAGE_SIZE = 100
ARXIV_DOWNLOAD_DELAY = 3
ARXIV_FIRST_RUN_DAYS = 30
# The API sometimes answers a page with no entries in the middle of results.
ARXIV_EMPTY_PAGE_RETRIES = 2
ARXIV_MAX_RESULTS_PER_QUERY = 2000

# The Hugging Face Hub API (crawler/spiders/huggingface.py). HF_TOKEN in the
# environment (never a setting) raises the rate limit; nothing logs it.
HF_ENDPOINT = os.environ.get("JPLLM_HF_ENDPOINT", "https://huggingface.co")
# Empty: the `hub` handles of the watch list.
HF_AUTHORS: list[str] = []
# Tasks whose Japanese repositories are listed from any author.
HF_GENERATIVE_TASKS = ["text-generation", "image-text-to-text", "text-to-speech", "text-to-image"]
HF_PAGE_SIZE = 100
HF_MAX_PAGES = 20
# A query of any author reaches this far back on its first run.
HF_FIRST_RUN_DAYS = 30
HF_DOWNLOAD_DELAY = 1

# The press and funding spiders read their sources from a registry (data,
# not code). Registry URLs may contain {base_url}, replaced by
# SOURCES_BASE_URL, so the demo and the tests point them at 127.0.0.1.
SOURCES_FILE = os.environ.get("JPLLM_SOURCES_FILE", "")  # empty: <DATA_DIR>/sources.toml
SOURCES_BASE_URL = os.environ.get("JPLLM_SOURCES_BASE_URL", "")
# A source's first crawl keeps items published in the last N days, not a
# feed's whole history; -a since=YYYY-MM-DD reaches further back.
FIRST_CRAWL_MAX_AGE_DAYS = 30
# 429/503 retries wait as Retry-After asks, or RETRY_BACKOFF_BASE_SECONDS
# doubled per retry; a longer wait than this gives up until the next crawl.
RETRY_BACKOFF_BASE_SECONDS = 5
RETRY_AFTER_MAX_SECONDS = 300

DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100) and after every redirect: no request to a
    # loopback, private, link-local or multicast address other than the
    # source's own configured host and port (crawler/private_addresses.py).
    "crawler.private_addresses.PrivateAddressMiddleware": 50,
    # Scrapy's retry re-sends a 429/503 at once; ours waits as Retry-After asks.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # After decompression (590), as Scrapy's docs advise for encoding fixes.
    "crawler.middlewares.EncodingMiddleware": 585,
    "crawler.middlewares.ConditionalGetMiddleware": 900,
    "crawler.middlewares.SourceStatsMiddleware": 950,
}

# Intranet hosts ("host" or "host:port") that any source may reach although
# they are on a private address.
PRIVATE_ADDRESS_ALLOWED_HOSTS: list[str] = []

EXTENSIONS = {
    "crawler.extensions.CrawlRunRecorder": 500,
    "crawler.log_filters.QuietRobotsErrors": 0,
}

# De-duplication: headlines this similar (Jaccard of title tokens) published
# this many days apart are one story from two sources.
DEDUPE_WINDOW_DAYS = 3
DEDUPE_TITLE_SIMILARITY = 0.6
# Items published this many days back are read into memory once per crawl,
# so recent items are checked without a query each.
DEDUPE_PRELOAD_DAYS = 30

# normalise -> classify -> dedupe -> store (a Hub repository with its hub_repos row) -> alert
ITEM_PIPELINES = {
    "pipelines.normalise.NormalisePipeline": 100,
    "pipelines.classify.ClassifyPipeline": 300,
    "pipelines.dedupe.DedupePipeline": 400,
    "pipelines.store.StorePipeline": 500,
    "pipelines.alert.AlertPipeline": 600,
}

# Alerts and source health (README: "Alerts and source health"). Rules and
# destinations are data in <DATA_DIR>/alert_rules.toml; Slack credentials
# come from the environment only.
ALERTS_ENABLED = True
ALERT_RULES_FILE = os.environ.get("JPLLM_ALERT_RULES_FILE", "")  # empty: <DATA_DIR>/alert_rules.toml
# An alert claimed this long ago and never confirmed by Slack (its crawl was
# killed or hung mid-post) is looked up in the channel and sent again.
ALERT_CLAIM_TIMEOUT_MINUTES = 30
# What the alert pipeline sends with: a component wired here, as Scrapy wires
# its own, so pipelines/ never imports the Slack layer (schedules/).
ALERT_SENDER = "schedules.alert_send.AlertSender"
# A source is failing after this many failed runs in a row, and stale when it
# has had no new item for HEALTH_STALE_FACTOR times its usual gap (at least
# HEALTH_STALE_MIN_DAYS working days).
HEALTH_FAILING_AFTER = 3
HEALTH_STALE_FACTOR = 3.0
HEALTH_STALE_MIN_DAYS = 3
# Spider-level checks at close, written to crawl_runs.flags: an unexpected
# finish reason, more ERROR log lines than CRAWL_MAX_ERRORS, or no items
# where this spider's earlier runs on working days normally had some.
# `scrapy crawl` exits 0 only when the crawl finished with one of these
# reasons and its run was recorded; any other (archive_write_failed,
# closespider_errorcount, shutdown...) exits 1.
CRAWL_EXPECTED_FINISH_REASONS = ["finished", "closespider_timeout", "closespider_itemcount", "closespider_pagecount"]
CRAWL_MAX_ERRORS = 10

# The weekly digest and the scheduler (README: "The weekly digest and Slack",
# "The scheduler"). Slack credentials come from the environment only:
# SLACK_WEBHOOK_URL, or SLACK_BOT_TOKEN and SLACK_CHANNEL; SLACK_API_URL
# points the bot at another API base.
# Without Slack the digest is written as Markdown here.
DIGEST_OUTPUT_DIR = os.environ.get("DIGEST_OUTPUT_DIR", "data/digests")
# A Datasette (or similar) URL of the archive database, e.g.
# http://localhost:8001/archive; the digest links "and N more" to it. Empty: no link.
ARCHIVE_BROWSE_URL = os.environ.get("ARCHIVE_BROWSE_URL", "")
DIGEST_TOP_PAPERS = 10
DIGEST_PER_SECTION = 15
# When crawls and the digest run: data, like the sources.
SCHEDULE_FILE = os.environ.get("JPLLM_SCHEDULE_FILE", "")  # empty: <DATA_DIR>/schedule.toml
