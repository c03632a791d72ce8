"""Money amounts as Japanese and English news write them.

Works on folded text (see ``text.fold``): 64億5000万円, 1.5億円, 500百万円,
3千万円, 1億3500万ドル, ¥3 billion, 1.5 billion yen, $30M, US$135 million,
30 million dollars, €10m, EUR 5 million, AUD 30 million, 30 million Australian dollars, 24 billion Korean won.
Full-width digits are ASCII by then.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_JAPANESE_UNITS = {"兆": 10**12, "億": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
_JAPANESE_CURRENCIES = {
    "円": "JPY",
    "米ドル": "USD",
    "ドル": "USD",
    "ユーロ": "EUR",
    "ポンド": "GBP",
    "人民元": "CNY",
    "元": "CNY",
    "ウォン": "KRW",
    "香港ドル": "HKD",
    "豪ドル": "AUD",
    "カナダドル": "CAD",
    "シンガポールドル": "SGD",
    "台湾ドル": "TWD",
    "ルピー": "INR",
    "スイスフラン": "CHF",
}
_JAPANESE_AMOUNT = re.compile(
    rf"(?P<figure>(?:{_NUMBER}\s?(?:兆|億|千万|百万|万|千)\s?)*{_NUMBER}\s?(?:兆|億|千万|百万|万|千)?)"
    # 元 only as a currency: not 元本, 元素, 一元化.
    r"\s?(?P<currency>円|米ドル|ドル|ユーロ|ポンド|人民元|元(?![本素化的])|ウォン|香港ドル|豪ドル|カナダドル|シンガポールドル|台湾ドル|ルピー|スイスフラン)"
)
_JAPANESE_PART = re.compile(rf"({_NUMBER})\s?(兆|億|千万|百万|万|千)?")

_SCALES = {
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "t": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "crore": 10**7,
    "lakh": 10**5,
    "b": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "mio": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "mil": 10**6,
    "thousand": 10**3,
    "k": 10**3,
}
# "US$500-million", "$1.2-billion": a hyphen before a scale written in full, as Canadian papers print amounts.
_SCALE = (
    r"(?:(?:\s?|-(?=trillion|billion|million))"
    r"(?P<scale>trillion|billion|million|thousand|crore|lakh|trn|tn|bln|bn|mn|mln|mio|mil|b|m|k)"
    # "¥2T", "$1.5T": a trillion's letter written against the number ("2 T. Yen" is the word form's)
    r"|(?P<scale_t>t)(?=\.|[^a-z0-9-]|$))?(?![a-z0-9])"
)
_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "hk$": "HKD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nt$": "TWD",
    "s$": "SGD",
    "nz$": "NZD",
    "aud": "AUD",
    "cad": "CAD",
    "sgd": "SGD",
    "hkd": "HKD",
    "twd": "TWD",
    "nzd": "NZD",
    "rmb": "CNY",
    "cny": "CNY",
    "krw": "KRW",
    "₩": "KRW",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "chf": "CHF",
    "usd": "USD",
    "¥": "JPY",
    "jpy": "JPY",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
}
_SYMBOL_AMOUNT = re.compile(
    rf"(?P<symbol>(?<![a-z])(?:us|hk|s|a|au|c|ca|nt|nz)\$|\$|¥|€|£|₩|₹"
    r"|(?<![a-z])(?:usd|jpy|eur|gbp|rmb|cny|krw|inr|chf|aud|cad|sgd|hkd|twd|nzd|rs\.?)\s?)"
    rf"\s?(?P<number>{_NUMBER}){_SCALE}"
    # "$240 million CAD", "$30M AUD": a code after a bare dollar sign says whose dollars they are.
    r"(?:\s(?P<code>usd|cad|aud|sgd|hkd|twd|nzd)(?![a-z]))?"
)
_WORD_CURRENCIES = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "japanese yen": "JPY",
    "yen": "JPY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "usd": "USD",
    "jpy": "JPY",
    "eur": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "won": "KRW",
    "rupees": "INR",
    "swiss francs": "CHF",
    "korean won": "KRW",
    "south korean won": "KRW",
    "british pounds": "GBP",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "new taiwan dollars": "TWD",
    "taiwan dollars": "TWD",
    "new zealand dollars": "NZD",
}
_WORD_AMOUNT = re.compile(
    # ("30M euros", "1.2b yen": a one-letter scale only written against the number)
    rf"(?<![\d.,])(?P<number>{_NUMBER})(?:\s?(?P<scale>trillion|billion|million|thousand|crore|lakh|trn|tn|bln|bn|mln|mn)"
    # ("2 T. Yen", "1.5T yen": a trillion's letter, with or without its full stop)
    r"|(?P<letter>m|b)|\s?(?P<letter_t>t)\.?)?\s"
    r"(?P<word>u\.s\. dollars|us dollars|japanese yen|dollars|dollar|yen|euros|euro|pounds|usd|jpy|eur|yuan|renminbi"
    r"|rmb|won|rupees|swiss francs|(?:south )?korean won|british pounds|australian dollars|canadian dollars"
    r"|singapore dollars|hong kong dollars|(?:new )?taiwan dollars|new zealand dollars)"
    r"(?![a-z])"
)


@dataclass(frozen=True)
class Money:
    """An amount found in text: its value in its own currency and where it was."""

    amount: Decimal
    currency: str
    start: int
    end: int

    def in_yen(self, yen_per_unit: Mapping[str, float]) -> int | None:
        if self.currency == "JPY":
            return int(self.amount)
        rate = yen_per_unit.get(self.currency)
        return None if rate is None else int(round(self.amount * Decimal(str(rate))))


# Kanji numerals, as formal Japanese writes amounts: 五千万円, 十億円, 一億五千万円.
_KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_AMOUNT = re.compile(
    r"(?<![一二三四五六七八九十百千数])(?P<figure>(?:[一二三四五六七八九十百千]+[兆億万])+)(?P<currency>円|米ドル|ドル|ユーロ)"
)


def _kanji_below_10000(text: str) -> int:
    """ "五千" -> 5000, "三百五十" -> 350, "十" -> 10."""
    total, digit = 0, 0
    for character in text:
        if character in _KANJI_DIGITS:
            digit = _KANJI_DIGITS[character]
        else:
            total += (digit or 1) * _KANJI_SMALL_UNITS[character]
            digit = 0
    return total + digit


def _kanji_amount(figure: str) -> Decimal:
    value = 0
    for number, unit in re.findall(r"([一二三四五六七八九十百千]+)([兆億万])", figure):
        value += _kanji_below_10000(number) * _JAPANESE_UNITS[unit]
    return Decimal(value)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


# What every Japanese currency word holds: text with none of them has no amount written in Japanese.
_JAPANESE_CURRENCY_PARTS = ("円", "ドル", "ユーロ", "ポンド", "元", "ウォン", "ルピー", "フラン")


def find_money(folded: str) -> list[Money]:
    """Every amount of money in the text, in order, none overlapping."""
    return list(_find_money(folded))


@functools.lru_cache(maxsize=32)
def _find_money(folded: str) -> tuple[Money, ...]:
    """``find_money``, read once per text: the funding rules ask it of the same document several times."""
    found: list[Money] = []
    japanese = not folded.isascii() and any(part in folded for part in _JAPANESE_CURRENCY_PARTS)
    for match in _JAPANESE_AMOUNT.finditer(folded) if japanese else ():
        value = sum(
            (
                _number(number) * _JAPANESE_UNITS.get(unit, 1)
                for number, unit in _JAPANESE_PART.findall(match["figure"])
            ),
            Decimal(0),
        )
        found.append(Money(_whole(value), _JAPANESE_CURRENCIES[match["currency"]], match.start(), match.end()))
    kanji = japanese and ("億" in folded or "万" in folded or "兆" in folded)
    for match in _KANJI_AMOUNT.finditer(folded) if kanji else ():
        found.append(
            Money(_kanji_amount(match["figure"]), _JAPANESE_CURRENCIES[match["currency"]], match.start(), match.end())
        )
    for match in _SYMBOL_AMOUNT.finditer(folded):
        scale_word = match["scale"] or match["scale_t"]
        scale = _SCALES[scale_word] if scale_word else 1
        value = _number(match["number"]) * scale
        currency = _SYMBOLS[match["symbol"].strip()]
        if match["code"] and match["symbol"].strip() == "$":
            currency = _SYMBOLS[match["code"]]
        found.append(Money(_whole(value), currency, match.start(), match.end()))
    for match in _WORD_AMOUNT.finditer(folded):
        scale_word = match["scale"] or match["letter"] or match["letter_t"]
        scale = _SCALES[scale_word] if scale_word else 1
        found.append(
            Money(_whole(_number(match["number"]) * scale), _WORD_CURRENCIES[match["word"]], match.start(), match.end())
        )
    found.sort(key=lambda money: (money.start, -(money.end - money.start)))
    kept: list[Money] = []
    for money in found:
        if kept and money.start < kept[-1].end:
            continue
        kept.append(money)
    return tuple(kept)


def _whole(value: Decimal) -> Decimal:
    """Amounts are whole units once scaled (1.35億円 is 135,000,000 yen)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() or value >= 1000 else value
