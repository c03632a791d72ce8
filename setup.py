# Packs the project as an egg for Scrapyd: `scrapyd-deploy <target>` runs
# `python setup.py bdist_egg` (it would write a setup.py like this one if
# there were none). The data files are not packed: Scrapyd runs the egg
# zipped, so DATA_DIR, SOURCES_FILE and ARCHIVE_PATH point at files on the
# Scrapyd host (see "Running on Scrapyd" in the README).
from setuptools import find_packages, setup

setup(
    name="jpllm-watch",
    version="1.0",
    packages=find_packages(
        include=["common*", "config*", "archive*", "crawl_context*", "pipelines*", "schedules*", "crawler*"]
    ),
    entry_points={"scrapy": ["settings = crawler.settings"]},
)
