"""Japan's listed companies: importing the EDINET code list, reading the file, and finding the names in text."""

from __future__ import annotations

import io
import shutil
import tomllib
import zipfile

import pytest

from config.listed_companies import ListedCompaniesError, ListedCompany, load_listed_companies
from crawler.commands.watchlist import write_data_file
from pipelines.classification import load_classifier
from pipelines.classification.listed_companies import REASON, ListedCompanies, eligible
from pipelines.classification.listed_import import EdinetListError, decode, parse_edinet_list
from tests.classification_helpers import DATA_DIR, classify, run_watchlist
from tests.conftest import FIXTURES

EDINET = FIXTURES / "edinet" / "EdinetcodeDlInfo.csv"


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


def test_a_zip_whose_csv_is_far_larger_than_the_list_is_refused_unread(monkeypatch) -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("EdinetcodeDlInfo.csv", b"0" * 10_000)  # compresses to little: a small zip bomb
    monkeypatch.setattr("pipelines.classification.listed_import.MAX_LIST_BYTES", 5_000)
    with pytest.raises(EdinetListError, match="larger than 5,000 bytes"):
        decode(packed.getvalue())


def test_import_edinet_refuses_a_file_far_larger_than_the_list(tmp_path) -> None:
    huge = tmp_path / "EdinetcodeDlInfo.csv"
    with huge.open("wb") as file:
        file.truncate(300_000_001)  # sparse: no disk used
    refused = run_watchlist("import-edinet", str(huge), data_dir=tmp_path)
    assert refused.returncode == 2
    assert "larger than 300,000,000 bytes" in refused.stderr
    assert not (tmp_path / "listed_companies.toml").exists()


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


def test_a_file_that_cannot_be_written_is_a_failure_that_keeps_the_old_one(tmp_path) -> None:
    (tmp_path / "listed_companies.toml").mkdir()  # stands where the file goes: even root cannot replace it
    failed = run_watchlist("import-edinet", str(EDINET), data_dir=tmp_path)
    assert failed.returncode == 1
    assert failed.stderr.startswith("could not write")
    assert "Traceback" not in failed.stderr
    assert [path.name for path in tmp_path.iterdir()] == ["listed_companies.toml"]  # no half-written copy left


def test_a_data_file_is_written_whole_or_not_at_all(tmp_path, monkeypatch) -> None:
    target = tmp_path / "listed_companies.toml"
    target.write_text("old\n", encoding="utf-8")

    def killed(*args) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("crawler.commands.watchlist.os.replace", killed)
    with pytest.raises(KeyboardInterrupt):
        write_data_file(target, "new\n" * 1000)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [path.name for path in tmp_path.iterdir()] == ["listed_companies.toml"]


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


def test_two_rows_with_one_securities_code_are_refused(tmp_path) -> None:
    path = tmp_path / "listed_companies.toml"
    path.write_text(
        'provenance.source = "EDINET"\nprovenance.list_date = "2026-08-11"\nprovenance.licence = "PDL1.0"\n'
        'provenance.attribution = "x"\ncompany = [\n  { name = "星空電機", code = "9999" },\n'
        '  { name = "宙色工業", code = "9999" },\n]\n',
        encoding="utf-8",
    )
    with pytest.raises(ListedCompaniesError, match="company codes must be unique: 9999"):
        load_listed_companies(path)


def test_the_shipped_file_reads_and_names_its_source() -> None:
    companies = load_listed_companies(DATA_DIR / "listed_companies.toml")
    assert len(companies) > 3000
    header = (DATA_DIR / "listed_companies.toml").read_text(encoding="utf-8")[:2000]
    assert "EDINET" in header
    assert "PDL1.0" in header
    assert "jpllm-watch 作成" in header


def _listed(*names: str) -> ListedCompanies:
    return ListedCompanies(ListedCompany(name, "", f"{9000 + index}", "") for index, name in enumerate(names))


def test_a_name_alone_is_read_where_it_stands_as_a_word() -> None:
    listed = _listed("星空電機", "ミライシステム", "ミライシステムズ", "宙色商事", "あおば自動車")
    assert listed.find("星空電機は、生成AIを使った検査を始めた。") == ["星空電機"]
    assert listed.find("宙色商事と星空電機が提携") == ["宙色商事", "星空電機"]
    assert listed.find("ミライシステムズ株式会社の社長") == ["ミライシステムズ"]  # the longest name
    assert listed.find("星空電機社長の山田氏、宙色商事傘下の会社") == ["星空電機", "宙色商事"]
    assert listed.find("提携先、あおば自動車が") == ["あおば自動車"]


def test_a_name_inside_a_longer_word_is_not_read() -> None:
    listed = _listed("星空電機", "ミライシステム", "あおば自動車")
    assert listed.find("北星空電機工業が") == []  # inside a longer kanji run
    assert listed.find("ミライシステムエンジニアリングが") == []  # inside a longer katakana run
    assert listed.find("AIミライシステムを") == []  # after Latin letters
    assert listed.find("星空電機Japanが") == []  # the Latin letters after it make another company
    assert listed.find("ではあおば自動車の") == []  # a hiragana name after hiragana


def test_short_kana_names_latin_names_and_ordinary_words_are_left_out() -> None:
    assert not eligible("ベース")  # three kana: mostly an ordinary word
    assert eligible("味の素")
    assert eligible("星空電")
    assert not eligible("TOTO")  # a Latin name: an acronym or a word of English text
    assert not eligible("イノベーション")
    listed = _listed("ミライシャープ")
    assert listed.find("ミライシャープな画質") == []  # a loanword as an adjective
    assert listed.find("ミライシャープなどが") == ["ミライシャープ"]


def test_a_listed_company_is_detected_with_its_reason() -> None:
    labels = classify("清水建設、生成AIで施工計画を作る社内アシスタントを全社に導入")
    entries = [entry for entry in labels.detected["organisations"] if entry["name"] == "清水建設"]
    assert entries == [{"name": "清水建設", "reason": REASON}]
    assert labels.relevant


def test_a_watch_list_company_keeps_its_watch_list_name() -> None:
    labels = classify("サイバーエージェントは新しい日本語LLMを公開した")
    assert "サイバーエージェント" not in [entry["name"] for entry in labels.detected["organisations"]]
    assert any(entry["name_ja"] == "サイバーエージェント" for entry in labels.organisations)


def test_english_text_is_not_read_for_japanese_names(tmp_path) -> None:
    for name in ("watchlist.toml", "lexicon.toml", "currency_rates.toml", "listed_companies.toml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    labels = load_classifier(tmp_path).classify(
        title="A survey of large language models for sharp image generation",
        text="We study generative AI models trained on photographs from Sharp and Shimizu devices.",
    )
    assert labels.detected["organisations"] == []
    assert not labels.relevant


def _listed_en(*rows: tuple[str, str]) -> ListedCompanies:
    return ListedCompanies(
        ListedCompany(name, name_en, f"{8000 + index}", "") for index, (name, name_en) in enumerate(rows)
    )


def test_three_katakana_are_read_when_the_english_name_is_their_reading() -> None:
    listed = _listed_en(
        ("ミナモ", "MINAMO CO., LTD."),  # a Japanese name in katakana: its English name is its reading
        ("ハヤセ", "Hayase Motor Corporation"),  # the first word is enough
        ("ゲート", "GATE INC."),  # a loanword: "gēto" is not "GATE"
        ("あおい", "AOI CO., LTD."),  # hiragana: a word or a place as often
    )
    assert listed.find("ミナモは生成AIの新サービスを始めた") == ["ミナモ"]
    assert listed.find("ハヤセ製の電動カート") == ["ハヤセ"]
    assert listed.find("ゲートを通る。あおいが") == []
    assert listed.find("ミナモな") == []  # before な: an adjective's reading
    assert eligible("ニッコン", "NIKKON CO.")  # a doubled consonant
    assert not eligible("フリー", "freee K.K.")


def test_a_groups_parent_is_read_by_its_name_without_the_word_for_a_group() -> None:
    listed = _listed_en(
        ("星空電機ホールディングス", "HOSHIZORA DENKI HOLDINGS CO., LTD."),
        ("宙色証券グループ本社", "Sorairo Securities Group, Inc."),
        ("ミナモトフィナンシャルグループ", "Minamoto Financial Group, Inc."),
        ("ゲートウェイホールディングス", "GATEWAY HOLDINGS INC."),
    )
    assert listed.find("星空電機は生成AIを導入") == ["星空電機ホールディングス"]  # found under its listed name
    assert listed.find("宙色証券とミナモトが提携") == ["宙色証券グループ本社", "ミナモトフィナンシャルグループ"]
    assert listed.find("ゲートウェイを通して") == []  # a loanword in katakana: the English name is the word
    assert listed.find("星空電機工業の") == []  # still a word of its own only


def test_a_short_form_that_is_a_word_another_company_or_two_companies_is_not_read() -> None:
    listed = _listed_en(
        ("西日本ホールディングス", "NISHINIHON HOLDINGS"),  # a region
        ("宙色商事", "SORAIRO SHOJI"),
        ("宙色商事グループ", "SORAIRO SHOJI GROUP"),  # its short form is the listed 宙色商事
        ("星空産業ホールディングス", "HOSHIZORA SANGYO HOLDINGS"),
        ("星空産業フィナンシャルグループ", "HOSHIZORA SANGYO FINANCIAL GROUP"),  # two companies' short form
    )
    assert listed.find("西日本を中心に") == []
    assert listed.find("宙色商事と") == ["宙色商事"]
    assert listed.find("星空産業は") == []


def test_the_word_for_a_groups_parent_in_letters_is_read() -> None:
    listed = _listed_en(
        ("ミライ技研グループホールディングス", "MIRAI GIKEN GROUP HOLDINGS"),
        ("宙色フィナンシャルグループ", "SORAIRO FINANCIAL GROUP"),
        ("ゲートウェイホールディングス", "GATEWAY HOLDINGS INC."),
    )
    assert listed.find("ミライ技研グループHDが攻撃を受けた") == ["ミライ技研グループホールディングス"]
    assert listed.find("ミライ技研GHDと宙色FGが") == [
        "ミライ技研グループホールディングス",
        "宙色フィナンシャルグループ",
    ]
    assert listed.find("ゲートウェイHDは") == ["ゲートウェイホールディングス"]  # the letters say it is a company


def test_a_short_form_is_detected_under_the_listed_name_with_its_reason() -> None:
    labels = classify("日清製粉、生成AIで製粉工場の点検記録を要約するシステムを導入")
    entries = [entry for entry in labels.detected["organisations"] if entry["reason"] == REASON]
    assert entries == [{"name": "日清製粉グループ本社", "reason": REASON}]


def test_a_short_form_the_watch_list_knows_keeps_the_watch_list_organisation() -> None:
    labels = classify("日本テレビは生成AIで番組のテロップを作る実験を始めた")
    assert [entry["name"] for entry in labels.detected["organisations"]] == []
    assert any(entry["name"] == "Nippon TV" for entry in labels.organisations)
