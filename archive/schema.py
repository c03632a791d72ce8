"""Tables, indexes, views and full-text index of the archive, with migrations.

Each migration runs once, in order, and bumps ``PRAGMA user_version``; an
archive written by an older release is brought up to date when it is opened.
The tables as first created are in ``archive.tables``.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from archive.tables import create_core_tables, create_hub_tables, keep_classifier_inputs
from common.text import normalise_text
from common.title_bands import BAND_WIDTH, BANDS

Migration = Callable[[sqlite_utils.Database], None]


def _create_full_text_index(db: sqlite_utils.Database) -> None:
    # trigram, because Japanese has no spaces: the default tokenizer makes a
    # whole run of kana and kanji one token and cannot find words inside it.
    db.table("items").enable_fts(["title", "summary"], tokenize="trigram", create_triggers=True)


def _index_search_filters(db: sqlite_utils.Database) -> None:
    # Search, stats and views filter and sort on an item's date, which is
    # when it was published or, failing that, first seen; the expression
    # must read exactly as it does in those queries for SQLite to use it.
    db.execute("CREATE INDEX IF NOT EXISTS idx_items_item_date ON items(coalesce(published_at, first_seen_at))")
    db.table("items").create_index(["kind", "relevant"], if_not_exists=True)


def _store_digest_messages(db: sqlite_utils.Database) -> None:
    # A digest interrupted part-way resumes with exactly the messages it
    # started with, even if the archive changed in between.
    db.table("digests").add_column("messages", str)
    db.table("digests").add_column("error", str)


def _index_duplicate_lookups(db: sqlite_utils.Database) -> None:
    # De-duplication looks a new headline up by each band of its title_key
    # (common/title_bands.py) within a few days, and a release by the
    # organisation that issued it. The band expressions must read exactly as
    # archive/dedupe.py writes them for SQLite to use these indexes.
    for band in range(BANDS):
        db.execute(
            f"CREATE INDEX IF NOT EXISTS idx_items_title_band_{band}"
            f" ON items(substr(title_key, {band * BAND_WIDTH + 1}, {BAND_WIDTH}), published_at)"
        )
    db.table("item_organisations").create_index(["organisation", "role"], if_not_exists=True)


def _track_unanswered_sends(db: sqlite_utils.Database) -> None:
    # Slack can take a message and never answer (a timeout, a dropped
    # connection, a crawl killed mid-post): alert claims get a time so an
    # old one becomes sendable again, and both tables remember the posts
    # nobody answered, the marker to look for in the channel and the
    # possible duplicates (schedules/alert_delivery.py, schedules/publish.py).
    for column, kind in (("claimed_at", str), ("marker", str), ("posts", int), ("note", str)):
        db.table("alerts").add_column(column, kind)
    for column, kind in (("in_flight", int), ("in_flight_posts", int), ("in_flight_since", str), ("doubts", str)):
        db.table("digests").add_column(column, kind)


# Indexes no query reads any more: each costs every write and some misled the
# planner (the digest's week query walked (relevant, first_seen_at) over
# every relevant item instead of reading one week).
UNUSED_INDEXES = (
    "idx_items_kind",
    "idx_items_source",
    "idx_items_title_key",
    "idx_items_arxiv_id",
    "idx_items_relevant_first_seen_at",
    "idx_items_item_date",
    "idx_items_kind_relevant",
    "idx_item_organisations_organisation",
    "idx_funding_rounds_announced_at",
    "idx_funding_rounds_round",
)


def _keep_reads_bounded(db: sqlite_utils.Database) -> None:
    # At a million items every read must touch what it needs, not history:
    # counts kept by triggers for stats (archive/summary_tables.py), a
    # short-word index beside the trigram one (archive/grams.py), and only
    # the indexes a query reads (README "Performance at scale" lists them).
    from archive import grams, summary_tables

    for name in UNUSED_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS {name}")
    # The digest reads one week in first-seen order.
    db.execute("DROP INDEX IF EXISTS idx_items_week")
    db.table("items").create_index(["week", "first_seen_at"], if_not_exists=True)
    # The archive summary: newest papers, relevant first.
    db.table("items").create_index(["kind", "relevant", "published_at"], if_not_exists=True)
    # Source health: new items by day (arrivals) and each source's latest.
    db.table("item_sources").create_index(["first_seen_at"], if_not_exists=True)
    db.table("item_sources").create_index(["source", "first_seen_at"], if_not_exists=True)
    summary_tables.create(db)
    grams.create(db)


def _mark_derived_titles(db: sqlite_utils.Database) -> None:
    # An item without a title gets one from the start of its text; the
    # digest shows such a title as derived (pipelines/normalise.py).
    db.table("items").add_column("title_derived", int)


def _fold_titles_for_matching(db: sqlite_utils.Database) -> None:
    # Titles are stored as published (？, ……, full-width spaces); search
    # matches an NFKC-folded copy, so ＡＩ and AI still find each other.
    # Titles stored before this were already folded.
    db.table("items").add_column("title_folded", str)
    rows = db.execute("SELECT rowid, title FROM items").fetchall()
    db.conn.executemany(
        "UPDATE items SET title_folded = ? WHERE rowid = ?", [(normalise_text(title), rowid) for rowid, title in rows]
    )
    db.table("items").disable_fts()
    db.table("items").enable_fts(["title_folded", "summary"], tokenize="trigram", create_triggers=True)


def _date_organisation_links(db: sqlite_utils.Database) -> None:
    # De-duplication asks for an organisation's own releases within a few
    # days; through (organisation, role) alone that read every release the
    # organisation ever issued (6,555 for NTT at a million items) and
    # filtered by date afterwards. The link carries its item's publication
    # date, kept by triggers, so the lookup is one range of an index.
    db.table("item_organisations").add_column("published_at", str)
    db.execute(
        "UPDATE item_organisations SET published_at = ("
        "SELECT items.published_at FROM items WHERE items.id = item_organisations.item_id)"
    )
    db.execute("DROP INDEX IF EXISTS idx_item_organisations_organisation_role")
    db.table("item_organisations").create_index(["organisation", "role", "published_at"], if_not_exists=True)
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS item_organisations_date AFTER INSERT ON item_organisations BEGIN"
        " UPDATE item_organisations SET published_at = (SELECT published_at FROM items WHERE id = NEW.item_id)"
        " WHERE rowid = NEW.rowid; END"
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS items_date_to_organisation_links AFTER UPDATE OF published_at ON items"
        " WHEN NEW.published_at IS NOT OLD.published_at BEGIN"
        " UPDATE item_organisations SET published_at = NEW.published_at WHERE item_id = NEW.id; END"
    )


def _short_word_index_readable(db: sqlite_utils.Database) -> None:
    # Migration 7 made the short-word index contentless, which cannot be
    # read back: Python's iterdump (sqlite-utils dump) of the archive failed.
    from archive import grams

    existing = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [grams.TABLE]).fetchone()
    if existing is None or existing[0] != grams.DEFINITION:
        grams.create(db)


def _alert_each_licence_change(db: sqlite_utils.Database) -> None:
    # An alert was recorded once per (rule, item), so a repository's second
    # licence change was never alerted. An alert is now recorded per (rule,
    # item, occurrence): '' for the item itself, the change for a licence
    # change (schedules/alert_rules.py, LicenceChange.key). A change alerted
    # before this is recorded under its key too, so it is not sent again; the
    # extra row of a rule that was not about licences is never read.
    db.table("alerts").add_column("occurrence", str, not_null_default="")
    db.execute("DROP INDEX IF EXISTS idx_alerts_rule_item_id")
    db.table("alerts").create_index(["rule", "item_id", "occurrence"], unique=True, if_not_exists=True)
    db.execute(
        "INSERT OR IGNORE INTO alerts (rule, item_id, occurrence, destination, sent_at, message_ts, claimed_at, posts,"
        " note) SELECT alerts.rule, alerts.item_id,"
        " 'licence:' || changes.old_licence || '->' || changes.new_licence || '@' || changes.detected_at,"
        " alerts.destination, alerts.sent_at, alerts.message_ts, alerts.claimed_at, alerts.posts, alerts.note"
        " FROM alerts JOIN hub_licence_changes AS changes ON changes.item_id = alerts.item_id"
        " WHERE alerts.occurrence = '' AND alerts.sent_at IS NOT NULL AND changes.detected_at <= alerts.sent_at"
    )


def _fold_summaries_for_matching(db: sqlite_utils.Database) -> None:
    # Summaries are stored as published too (（金曜日）, ……); search matches
    # an NFKC-folded copy, as for titles. Summaries stored before this were
    # already folded.
    db.table("items").add_column("summary_folded", str)
    rows = db.execute("SELECT rowid, summary FROM items").fetchall()
    db.conn.executemany(
        "UPDATE items SET summary_folded = ? WHERE rowid = ?",
        [(normalise_text(summary), rowid) for rowid, summary in rows],
    )
    db.table("items").disable_fts()
    db.table("items").enable_fts(["title_folded", "summary_folded"], tokenize="trigram", create_triggers=True)


def _date_funding_rounds(db: sqlite_utils.Database) -> None:
    # De-duplication asks for a round of one company and amount within a few
    # days; through the company index that read every round the company ever
    # raised (thousands at a million items, 27 ms a lookup) and filtered by
    # date afterwards. A round carries its item's publication date, kept by
    # triggers as organisation links keep theirs, so the lookup is one range.
    db.table("funding_rounds").add_column("item_published_at", str)
    db.execute(
        "UPDATE funding_rounds SET item_published_at = ("
        "SELECT items.published_at FROM items WHERE items.id = funding_rounds.item_id)"
    )
    db.execute("DROP INDEX IF EXISTS idx_funding_rounds_company")
    db.table("funding_rounds").create_index(["company", "amount_jpy", "item_published_at"], if_not_exists=True)
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS funding_rounds_item_date AFTER INSERT ON funding_rounds BEGIN"
        " UPDATE funding_rounds SET item_published_at = (SELECT published_at FROM items WHERE id = NEW.item_id)"
        " WHERE rowid = NEW.rowid; END"
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS items_date_to_funding_rounds AFTER UPDATE OF published_at ON items"
        " WHEN NEW.published_at IS NOT OLD.published_at BEGIN"
        " UPDATE funding_rounds SET item_published_at = NEW.published_at WHERE item_id = NEW.id; END"
    )


def _keep_week_counts(db: sqlite_utils.Database) -> None:
    # The digest compared its week with eleven others counted from their
    # rows (42,000 items decoded at a million items, 2.3 s); the weeks'
    # numbers are now kept by triggers as items are written
    # (archive/week_counts.py), and this fills them from the rows.
    from archive import week_counts

    week_counts.create(db)


# Segments of one level the full-text indexes let pile up before merging
# them (FTS5's default is 4). Each merge rewrites what it merges, so every
# posting was rewritten once per level of four; at a million items that
# doubled the cost of an insert (0.9 -> 0.4 ms of CPU an item, and a third
# of the commit). Search reads a few more segments; its results are the same.
FULL_TEXT_AUTOMERGE = 16


def _merge_full_text_segments_less_often(db: sqlite_utils.Database) -> None:
    from archive import grams

    for table in ("items_fts", grams.TABLE):
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone():
            db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', ?)", [FULL_TEXT_AUTOMERGE])


MIGRATIONS: list[Migration] = [
    create_core_tables,
    _create_full_text_index,
    _index_search_filters,
    _store_digest_messages,
    _index_duplicate_lookups,
    _track_unanswered_sends,
    _keep_reads_bounded,
    create_hub_tables,
    keep_classifier_inputs,
    _mark_derived_titles,
    _fold_titles_for_matching,
    _date_organisation_links,
    _short_word_index_readable,
    _alert_each_licence_change,
    _fold_summaries_for_matching,
    _date_funding_rounds,
    _keep_week_counts,
    _merge_full_text_segments_less_often,
]


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the migrations this archive has not seen; return the new version.

    The version is read again inside an exclusive transaction, so processes
    opening a new archive at once (the scheduler starts several crawls in the
    same minute) wait for the first one instead of migrating it twice. All
    pending migrations commit together or not at all. ``db`` must be in
    autocommit mode (``isolation_level=None``), as ``Archive`` opens it.
    """
    if _user_version(db) >= len(MIGRATIONS):
        return _user_version(db)
    db.execute("BEGIN EXCLUSIVE")
    try:
        current = _user_version(db)
        for version, migration in enumerate(MIGRATIONS, start=1):
            if version > current:
                migration(db)
                db.execute(f"PRAGMA user_version = {version}")
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    return max(current, len(MIGRATIONS))


def _user_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
