"""The project's data files (schedule, alert rules, holidays, rates, queries, lexicon) as typed models.

Ground level: imports nothing from the rest of the project but ``common``, so
the archive, the pipelines, the spiders and the scheduler can all read their
files here.

One module per file holds a :class:`config.loading.StrictModel` of it and a
``load_*`` function; the code that uses the file turns the checked model
into its own types (``crawler.scheduler.schedule_config``, ``schedules.alert_rules``,
``archive.health``). The source registry and the watch list still have
their own loaders (``crawler/sources.py``, ``config/watchlist.py``, not yet a
``StrictModel``); moving the registry here keeps its public function and error class
(``load_registry`` / ``RegistryError`` becoming a ``ConfigError``) and turns
its per-entry checks into field and model validators, which
``config.loading.validate`` already reports with the entry and the key.
"""
