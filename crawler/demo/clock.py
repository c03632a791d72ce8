"""Run a `scrapy` command with the clock at the demo's moment, running on from there.

    python -m crawler.demo.clock 2026-11-29T08:40:00+09:00 crawl press ...

The demo's archive then looks the same whatever day it is built: items are
first seen in the demo week (2026-W48), crawls run on its Sunday morning,
so the README's examples of the demo archive give the output they show.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

from freezegun import freeze_time

# Sunday 29 Nov 2026, 08:40 in Tokyo: the end of ISO week 2026-W48.
DEMO_MOMENT = "2026-11-29T08:40:00+09:00"


def demo_time(elapsed_seconds: float) -> str:
    """The demo's clock ``elapsed_seconds`` into the demo (each crawl gets its own two minutes)."""
    return (datetime.fromisoformat(DEMO_MOMENT) + timedelta(seconds=elapsed_seconds)).isoformat()


def main(argv: list[str]) -> None:
    moment, *command = argv
    # Everything is imported before the clock moves: some classes (pydantic's
    # dates) cannot be defined on freezegun's fake date.
    from scrapy.cmdline import execute
    from scrapy.spiderloader import get_spider_loader
    from scrapy.utils.misc import walk_modules_iter
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for package in ("scrapy.commands", settings["COMMANDS_MODULE"]):  # Scrapy's commands and the project's
        list(walk_modules_iter(package))
    get_spider_loader(settings)
    import pipelines.alert  # noqa: F401  (the item pipelines)
    import pipelines.classify  # noqa: F401
    import pipelines.dedupe  # noqa: F401
    import pipelines.normalise  # noqa: F401
    import pipelines.store  # noqa: F401
    import schedules.alert_send  # noqa: F401  (the alert pipeline's sender)

    # tick: time runs on from the moment, so Scrapy's timers and delays work.
    with freeze_time(moment, tick=True):
        execute(["scrapy", *command])


if __name__ == "__main__":
    main(sys.argv[1:])
