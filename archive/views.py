"""Views for the questions people ask the archive most often.

Views hold no data, so they are dropped and created again on every open:
changing one here needs no migration. Dates are UTC in the tables; weeks,
months and quarters are Asia/Tokyo, like the ``week`` column.
"""

from __future__ import annotations

import sqlite_utils

ITEM_DATE = "coalesce(items.published_at, items.first_seen_at)"


def tokyo_quarter(timestamp: str) -> str:
    """SQL for the Asia/Tokyo quarter (``2026-Q4``) of a UTC timestamp expression."""
    local = f"datetime({timestamp}, '+9 hours')"
    return f"strftime('%Y', {local}) || '-Q' || ((cast(strftime('%m', {local}) AS integer) + 2) / 3)"


ROUND_DATE = "coalesce(funding_rounds.announced_at, items.published_at, items.first_seen_at)"

# Ordered: a view is created after the views it reads.
VIEWS = {
    # What the digest and most readers want: relevant items, backfill left out.
    "relevant_items": """
        SELECT id, kind, title, url, source, published_at, first_seen_at, week,
               score, topics, organisations, summary, language, publisher
        FROM items
        WHERE relevant = 1 AND backfill = 0
    """,
    "funding_round_details": f"""
        SELECT funding_rounds.id, funding_rounds.company, funding_rounds.round,
               funding_rounds.as_written, funding_rounds.amount, funding_rounds.currency,
               funding_rounds.amount_jpy, funding_rounds.qualifier, funding_rounds.instrument,
               funding_rounds.undisclosed, funding_rounds.investors, funding_rounds.lead_investors,
               {ROUND_DATE} AS announced_at,
               {tokyo_quarter(ROUND_DATE)} AS quarter,
               items.id AS item_id, items.kind, items.title, items.url, items.source, items.relevant
        FROM funding_rounds
        JOIN items ON items.id = funding_rounds.item_id
    """,
    # A round reported by a press release and two news sites is one round:
    # in a quarter, rows with the same company and yen amount count once
    # (one report may name the round and another not), and so do rows with
    # the same company and round when no amount was disclosed.
    "funding_by_quarter": """
        WITH rounds AS (
            SELECT quarter, lower(company) AS company_key, amount_jpy
            FROM funding_round_details
            WHERE relevant = 1
            GROUP BY quarter, lower(company),
                     coalesce(amount_jpy, 'round ' || lower(coalesce(round, '')))
        )
        SELECT quarter,
               count(*) AS rounds,
               count(amount_jpy) AS rounds_with_amount,
               coalesce(sum(amount_jpy), 0) AS total_jpy,
               max(amount_jpy) AS largest_jpy,
               count(DISTINCT company_key) AS companies
        FROM rounds
        GROUP BY quarter
        ORDER BY quarter
    """,
    # Weeks are the digest's weeks (first seen); backfilled items were not
    # news in the week they were crawled, so they are left out.
    "weekly_counts": """
        SELECT week, kind, count(*) AS items, coalesce(sum(relevant = 1), 0) AS relevant_items
        FROM items
        WHERE backfill = 0
        GROUP BY week, kind
        ORDER BY week, kind
    """,
    "organisation_timeline": f"""
        SELECT item_organisations.organisation, organisations.name_ja, organisations.sector,
               item_organisations.role, {ITEM_DATE} AS date, items.week, items.kind,
               items.title, items.url, items.source, items.id AS item_id
        FROM item_organisations
        JOIN items ON items.id = item_organisations.item_id
        LEFT JOIN organisations ON organisations.name = item_organisations.organisation
        WHERE items.relevant = 1
        ORDER BY item_organisations.organisation, date
    """,
    "organisation_counts": f"""
        SELECT organisations.name AS organisation, organisations.name_ja, organisations.sector,
               count(DISTINCT items.id) AS items,
               count(DISTINCT CASE WHEN items.kind = 'paper' THEN items.id END) AS papers,
               count(DISTINCT CASE WHEN items.kind = 'press' THEN items.id END) AS press,
               count(DISTINCT CASE WHEN items.kind = 'funding' THEN items.id END) AS funding,
               count(DISTINCT CASE WHEN items.kind = 'policy' THEN items.id END) AS policy,
               count(DISTINCT CASE WHEN items.kind = 'news' THEN items.id END) AS news,
               count(DISTINCT CASE WHEN items.kind = 'model' THEN items.id END) AS models,
               count(DISTINCT CASE WHEN items.kind = 'dataset' THEN items.id END) AS datasets,
               min({ITEM_DATE}) AS first_date,
               max({ITEM_DATE}) AS last_date
        FROM organisations
        JOIN item_organisations ON item_organisations.organisation = organisations.name
        JOIN items ON items.id = item_organisations.item_id
        WHERE items.relevant = 1
        GROUP BY organisations.name
        ORDER BY items DESC, organisations.name
    """,
    # Every source that found something or was crawled, with its last run.
    "source_counts": f"""
        WITH sources AS (
            SELECT source FROM item_sources UNION SELECT source FROM source_runs
        ),
        found AS (
            SELECT item_sources.source,
                   count(DISTINCT items.id) AS items,
                   count(DISTINCT CASE WHEN items.relevant = 1 THEN items.id END) AS relevant_items,
                   max({ITEM_DATE}) AS newest_item
            FROM item_sources
            JOIN items ON items.id = item_sources.item_id
            GROUP BY item_sources.source
        ),
        last_run AS (
            SELECT * FROM source_runs
            WHERE id = (
                SELECT latest.id FROM source_runs AS latest
                WHERE latest.source = source_runs.source
                ORDER BY latest.finished_at DESC, latest.id DESC
                LIMIT 1
            )
        )
        SELECT sources.source,
               coalesce(found.items, 0) AS items,
               coalesce(found.relevant_items, 0) AS relevant_items,
               found.newest_item,
               last_run.finished_at AS last_run_at,
               last_run.items_found AS last_run_found,
               last_run.items_new AS last_run_new,
               last_run.parse_errors AS last_run_errors,
               last_run.last_error
        FROM sources
        LEFT JOIN found ON found.source = sources.source
        LEFT JOIN last_run ON last_run.source = sources.source
        ORDER BY items DESC, sources.source
    """,
}


def create_views(db: sqlite_utils.Database) -> None:
    """Bring the views up to date; an archive whose views are current is not written to.

    Skipping the write matters because every command opens the archive:
    a search must not wait for, or block, a crawl that holds the write lock.
    """
    wanted = {name: f"CREATE VIEW {name} AS {sql.strip()}" for name, sql in VIEWS.items()}
    existing = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    if all(existing.get(name) == sql for name, sql in wanted.items()):
        return
    own_transaction = not db.conn.in_transaction
    if own_transaction:
        db.execute("BEGIN IMMEDIATE")
    try:
        for name in reversed(wanted):
            db.execute(f"DROP VIEW IF EXISTS {name}")
        for sql in wanted.values():
            db.execute(sql)
    except BaseException:
        if own_transaction:
            db.execute("ROLLBACK")
        raise
    if own_transaction:
        db.execute("COMMIT")
