"""Japan's listed companies: importing the EDINET code list, reading the file, and finding the names in text."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
import zipfile

import pytest

from config.listed_companies import ListedCompaniesError, load_listed_companies
from pipelines.classification.listed_import import EdinetListError, decode, parse_edinet_list
from tests.classification_helpers import DATA_DIR
from tests.conftest import FIXTURES, PROJECT_ROOT

EDINET = FIXTURES / "edinet" / "EdinetcodeDlInfo.csv"


def run_watchlist(*args: str, data_dir) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "watchlist", *args, "--data-dir", str(data_dir)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_list_gives_listed_domestic_companies_without_their_legal_form() -> None:
    listing = parse_edinet_list(decode(EDINET.read_bytes()))
    assert listing.date == "2026-08-11"
    assert listing.filers == 8
    # Not the unlisted company, the foreign listed one, nor the filer that only reports holdings.
    assert [(company["name"], company["code"]) for company in listing.companies] == [
        ("サカタのタネ", "1377"),
        ("清水建設", "1803"),
        ("味の素", "2802"),
        ("シャープ", "6753"),
        ("ソニーグループ", "6758"),
    ]
    assert listing.companies[1]["name_en"] == "SHIMIZU CORPORATION"
    assert listing.companies[1]["number"] == "1010401013565"


def test_the_zip_the_site_hands_out_reads_the_same() -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("EdinetcodeDlInfo.csv", EDINET.read_bytes())
    assert parse_edinet_list(decode(packed.getvalue())) == parse_edinet_list(decode(EDINET.read_bytes()))


def test_another_csv_is_refused_with_what_is_missing() -> None:
    with pytest.raises(EdinetListError, match="not the Japanese EDINET code list"):
        parse_edinet_list("name,code\nAcme,1234\n")


def test_import_edinet_writes_the_file_with_its_provenance(tmp_path) -> None:
    dry = run_watchlist("import-edinet", str(EDINET), "--dry-run", data_dir=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "8 filers, 5 listed companies" in dry.stdout
    assert "dry run: nothing written" in dry.stdout
    assert not (tmp_path / "listed_companies.toml").exists()

    done = run_watchlist("import-edinet", str(EDINET), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    written = tmp_path / "listed_companies.toml"
    data = tomllib.loads(written.read_text(encoding="utf-8"))
    assert data["provenance"]["list_date"] == "2026-08-11"
    assert "PDL1.0" in data["provenance"]["licence"]
    assert "jpllm-watch 作成" in data["provenance"]["attribution"]
    assert [company.name for company in load_listed_companies(written)][:2] == ["サカタのタネ", "清水建設"]


def test_import_edinet_says_what_is_wrong_with_a_users_file(tmp_path) -> None:
    missing = run_watchlist("import-edinet", str(tmp_path / "nothing.csv"), data_dir=tmp_path)
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    other = tmp_path / "other.csv"
    other.write_text("name,code\nAcme,1234\n", encoding="utf-8")
    wrong = run_watchlist("import-edinet", str(other), data_dir=tmp_path)
    assert wrong.returncode == 2
    assert "not the Japanese EDINET code list" in wrong.stderr
    assert run_watchlist("import-edinet", data_dir=tmp_path).returncode == 2


def test_a_bad_row_is_refused_naming_the_row_and_the_key(tmp_path) -> None:
    path = tmp_path / "listed_companies.toml"
    path.write_text(
        'provenance.source = "EDINET"\nprovenance.list_date = "2026-08-11"\nprovenance.licence = "PDL1.0"\n'
        'provenance.attribution = "x"\ncompany = [\n  { name = "星空電機", code = "9999" },\n'
        '  { name = "宙色工業", code = "12" },\n]\n',
        encoding="utf-8",
    )
    with pytest.raises(
        ListedCompaniesError,
        match=r"\[\[company\]\] #2 \('宙色工業'\): code: '12' is not a four-character securities code",
    ):
        load_listed_companies(path)


def test_the_shipped_file_reads_and_names_its_source() -> None:
    companies = load_listed_companies(DATA_DIR / "listed_companies.toml")
    assert len(companies) > 3000
    header = (DATA_DIR / "listed_companies.toml").read_text(encoding="utf-8")[:2000]
    assert "EDINET" in header
    assert "PDL1.0" in header
    assert "jpllm-watch 作成" in header
