"""Dates as Japanese listings print them, eras and full-width digits included."""

from __future__ import annotations

from datetime import date

import pytest

from common.text import leading_japanese_date, parse_japanese_date
from crawler.listings import parse_listing_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年8月26日", date(2026, 8, 26)),
        ("2026年08月26日（水）", date(2026, 8, 26)),
        ("２０２６年８月２６日", date(2026, 8, 26)),
        ("2026.08.26", date(2026, 8, 26)),
        ("2026/8/26", date(2026, 8, 26)),
        ("令和6年1月2日", date(2024, 1, 2)),
        ("令和８年８月２６日", date(2026, 8, 26)),
        ("令和 8 年 8 月 26 日", date(2026, 8, 26)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("R8.8.26", date(2026, 8, 26)),
        ("Ｒ８．８．２６", date(2026, 8, 26)),
        ("R元.5.1", date(2019, 5, 1)),
        ("公開日：2026.08.26 更新日：2026.08.27", date(2026, 8, 26)),
        ("令和8年8月13日から 2026年8月14日", date(2026, 8, 13)),
    ],
)
def test_japanese_dates(text, expected):
    assert parse_japanese_date(text) == expected


@pytest.mark.parametrize("text", ["", "8月26日", "2026年13月1日", "R8.2.30", "AR8.8.26", "第2026号"])
def test_unreadable_dates_are_none(text):
    assert parse_japanese_date(text) is None


def test_a_leading_date_only_when_the_text_starts_with_it():
    assert leading_japanese_date("2026.08.26 新モデル") == date(2026, 8, 26)
    assert leading_japanese_date("新モデル 2026.08.26") is None


def test_listing_dates_are_tokyo_days_and_time_datetime_values_keep_their_time():
    assert parse_listing_date("２０２６年８月２６日") == "2026-08-25T15:00:00Z"
    assert parse_listing_date("2026-08-26T10:00:00+09:00") == "2026-08-26T01:00:00Z"
    assert parse_listing_date("R8.8.26") == "2026-08-25T15:00:00Z"
    assert parse_listing_date("近日公開") is None
