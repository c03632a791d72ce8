"""The project's data files as typed models: every TOML file in ``crawler/data`` is read here.

Ground level: imports nothing from the rest of the project but ``common``, so
the archive, the pipelines, the spiders and the scheduler can all read their
files here.

One module per file holds a :class:`config.loading.StrictModel` of it and a
``load_*`` function (the source registry, the watch list and its extra
files, the lexicon, currency rates, arXiv queries, alert rules, holidays,
the schedule). :func:`config.loading.load_file` refuses unknown keys, wrong
types and missing keys with one :class:`config.loading.ConfigError` naming
the file, the entry and the key of every problem. The code that uses a file
turns the checked model into its own types (``crawler.sources.Source``,
``config.watchlist.Watchlist``, ``crawler.scheduler.schedule_config``,
``schedules.alert_rules``, ``archive.health``).
"""
