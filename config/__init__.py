"""The project's data files (schedule, alert rules, holidays, rates, queries, lexicon) as typed models.

Ground level: imports nothing from the rest of the project, so the archive,
the pipelines, the spiders and the scheduler can all read their files here.
"""
