"""Reading the EDINET code list (EdinetcodeDlInfo.csv) into the rows of ``listed_companies.toml``.

The list (EDINET閲覧(提出)サイト, Financial Services Agency) names everyone who files with the FSA: a line
with its date ("ダウンロード実行日,2026年08月11日現在,件数,11374件"), a header (ＥＤＩＮＥＴコード, 提出者種別,
上場区分, …, 提出者名, 提出者名（英字）, 提出者名（ヨミ）, …, 証券コード, 提出者法人番号), then one row per filer,
in cp932 (Shift_JIS). Only domestic companies listed on an exchange are kept (提出者種別 内国法人・組合, 上場区分
上場); each keeps its name without its legal form (株式会社 and (株); ホールディングス and グループ are part of
the name), its English name, its four-character securities code and its corporate number.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass

from common.folding import normalise

SOURCE = "EDINET閲覧(提出)サイト EDINETコードリスト (金融庁)"
SOURCE_URL = "https://disclosure2.edinet-fsa.go.jp/"
LICENCE = "公共データ利用規約(第1.0版) (PDL1.0) https://www.digital.go.jp/resources/open_data/public_data_license_v1.0"
ATTRIBUTION = (
    "EDINET閲覧(提出)サイト (https://disclosure2.edinet-fsa.go.jp/) の EDINETコードリストをもとに jpllm-watch 作成 "
    "(上場会社の名前を抜粋・加工)"
)
CSV_NAME = "EdinetcodeDlInfo.csv"
# The real list is about 3 MB (11,374 filers in 2026); anything a hundred times larger is not it, and is not read
# into memory.
MAX_LIST_BYTES = 300_000_000
_COLUMNS = {
    "kind": "提出者種別",
    "listed": "上場区分",
    "name": "提出者名",
    "name_en": "提出者名（英字）",
    "code": "証券コード",
    "number": "提出者法人番号",
}
_DOMESTIC = "内国法人・組合"
_LISTED = "上場"
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_LEGAL_FORM = re.compile(r"株式会社|\(株\)")
_SPACES = re.compile(r"\s+")


class EdinetListError(ValueError):
    """The file is not the EDINET code list (or not one this reader knows)."""


@dataclass(frozen=True)
class EdinetList:
    date: str
    filers: int
    companies: list[dict[str, str]]


def decode(data: bytes) -> str:
    """The list's text: the CSV itself, or the CSV inside the zip the site hands out; cp932 or UTF-8."""
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = [name for name in archive.namelist() if name.lower().endswith(".csv")]
                if not names:
                    raise EdinetListError(f"the zip holds no CSV file (expected {CSV_NAME})")
                if archive.getinfo(names[0]).file_size > MAX_LIST_BYTES:
                    raise EdinetListError(f"{names[0]} in the zip is larger than {MAX_LIST_BYTES:,} bytes")
                data = archive.read(names[0])
        except zipfile.BadZipFile as error:
            raise EdinetListError(f"not a readable zip: {error}") from None
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise EdinetListError("neither cp932 (Shift_JIS) nor UTF-8 text")


def bare_company_name(name: str) -> str:
    """``株式会社　サカタのタネ`` -> ``サカタのタネ``; NFKC, as the classifier reads text."""
    return _SPACES.sub("", _LEGAL_FORM.sub("", normalise(name))).strip()


def _securities_code(value: str) -> str:
    """EDINET writes the four-character code with a check digit 0 after it (``67580``)."""
    value = normalise(value).strip()
    return value[:4] if len(value) == 5 and value.endswith("0") else value


def parse_edinet_list(text: str) -> EdinetList:
    """The listed domestic companies of the list, in its order; raises :class:`EdinetListError` on another file."""
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) < 2:
        raise EdinetListError("too short to be the EDINET code list (a date line and a header first)")
    date = _DATE.search(",".join(rows[0]))
    header = [normalise(cell).strip() for cell in rows[1]]
    wanted = {key: normalise(column) for key, column in _COLUMNS.items()}
    missing = [column for column in wanted.values() if column not in header]
    if date is None or missing:
        raise EdinetListError(
            "not the Japanese EDINET code list: "
            + ("no date line ('ダウンロード実行日,…年…月…日現在') first" if date is None else "")
            + ("; " if date is None and missing else "")
            + (f"no column {', '.join(missing)} in the second line" if missing else "")
        )
    at = {key: header.index(column) for key, column in wanted.items()}
    companies = []
    for row in rows[2:]:
        if len(row) < len(header):
            continue
        if row[at["kind"]].strip() != _DOMESTIC or row[at["listed"]].strip() != _LISTED:
            continue
        name = bare_company_name(row[at["name"]])
        code = _securities_code(row[at["code"]])
        if not name or not code:
            continue
        companies.append(
            {
                "name": name,
                "name_en": _SPACES.sub(" ", normalise(row[at["name_en"]])).strip(),
                "code": code,
                "number": normalise(row[at["number"]]).strip(),
            }
        )
    year, month, day = (int(part) for part in date.groups())
    return EdinetList(f"{year:04d}-{month:02d}-{day:02d}", len(rows) - 2, companies)


def render_listed(listing: EdinetList, provenance: dict[str, str]) -> str:
    """``listed_companies.toml``: a header, the provenance, then one inline table per company."""
    lines = [
        "# Japan's listed companies (domestic filers listed on an exchange), written by",
        "# `scrapy watchlist import-edinet` from the EDINET code list: Japanese name without its legal form",
        "# (株式会社), English name, securities code, corporate number. Do not edit by hand: import again.",
        f"# 出典: {ATTRIBUTION}",
        f"# Licence: {LICENCE} (compatible with CC BY 4.0).",
        "# The classifier reads the Japanese names as a gazetteer: pipelines/classification/listed_companies.py.",
        "",
    ]
    # Dotted keys, so that the companies after them stay at the top level (no table header before them).
    lines += [f"provenance.{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in provenance.items()]
    lines += ["", "company = ["]
    for company in listing.companies:
        cells = ", ".join(f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in company.items())
        lines.append(f"  {{ {cells} }},")
    lines.append("]")
    return "\n".join(lines) + "\n"
