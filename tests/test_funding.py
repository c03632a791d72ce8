"""Funding rounds as Japanese and English sources write them: amount, qualifier, round, instrument, investors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines.classification import load_classifier
from tests.classification_helpers import DATA_DIR, classify, funding_of

# (headline, body, amount, currency) in the forms PR TIMES, The Bridge and TechCrunch print.
AMOUNTS = [
    ("Sakana AI、シリーズAで300億円を調達", "", 30_000_000_000, "JPY"),
    ("生成AIの株式会社ギジロク、シードで5000万円を調達", "", 50_000_000, "JPY"),
    ("生成AIの株式会社ギジロク、シードで5千万円を調達", "", 50_000_000, "JPY"),
    ("国産LLMの株式会社ヤタガラス、プレシリーズAで300百万円を調達", "", 300_000_000, "JPY"),
    ("生成AIの株式会社ミライモル、シリーズCで17.4億円を調達", "", 1_740_000_000, "JPY"),
    ("生成AIの株式会社ブランディット、シリーズAで2.35億円を調達", "", 235_000_000, "JPY"),
    ("生成AIの株式会社ズメンAI、シリーズBで64億5000万円を調達", "", 6_450_000_000, "JPY"),
    ("国産LLMの株式会社マチAI、1億5000万円を調達", "", 150_000_000, "JPY"),
    ("ＬＬＭの株式会社エージェントワークス、シリーズＡで１２億円を調達", "", 1_200_000_000, "JPY"),
    ("生成AIの株式会社ズメンAI、シリーズBで６４億５０００万円を調達", "", 6_450_000_000, "JPY"),
    ("Tokyo-based Sakana AI raises $30M seed round led by Lux Capital", "", 30_000_000, "USD"),
    ("Osaka's Naniwa AI lands 30 million dollars for Japanese LLM voice agents", "", 30_000_000, "USD"),
    ("Japanese LLM startup Tsukumo raises ¥3 billion in Series D", "", 3_000_000_000, "JPY"),
    ("Tokyo generative AI startup Mirai Render secures 1.5 billion yen", "", 1_500_000_000, "JPY"),
    ("Japanese LLM maker Yamato Lingua raises €12 million seed round", "", 12_000_000, "EUR"),
    ("Japanese LLM maker Yamato Lingua raises EUR 12 million seed round", "", 12_000_000, "EUR"),
    ("Sakana AI raises US$135 million Series B for Japanese LLMs", "", 135_000_000, "USD"),
    ("サカナAI、3000万ドルを調達　日本語の生成AIを開発", "", 30_000_000, "USD"),
]


@pytest.mark.parametrize(("title", "text", "amount", "currency"), AMOUNTS)
def test_amount_is_read_in_every_written_form(title: str, text: str, amount: int, currency: str) -> None:
    funding = funding_of(title, text, language="ja" if not title.isascii() else "en")
    assert (funding["amount"], funding["currency"]) == (amount, currency)
    assert funding["undisclosed"] is False


def test_yen_amount_is_also_the_yen_figure() -> None:
    funding = funding_of("Sakana AI、シリーズBで約200億円を調達")
    assert funding["amount_jpy"] == 20_000_000_000
    assert funding["as_written"] == "約200億円"


def test_foreign_amount_takes_the_yen_figure_written_beside_it() -> None:
    funding = funding_of("Sakana AI raises $135 million (約200億円) in Series B")
    assert (funding["amount"], funding["currency"], funding["amount_jpy"]) == (135_000_000, "USD", 20_000_000_000)


def test_foreign_amount_is_converted_with_the_configured_rate(tmp_path: Path) -> None:
    assert funding_of("Tokyo-based Sakana AI raises $30M seed round")["amount_jpy"] == 30_000_000 * 150
    for name in ("watchlist.toml", "lexicon.toml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "currency_rates.toml").write_text('as_of = "2026-01-05"\n[yen_per_unit]\nUSD = 157.5\nEUR = 170.0\n')
    labels = load_classifier(tmp_path).classify(title="Tokyo-based Sakana AI raises $30M seed round")
    assert labels.funding["amount_jpy"] == 4_725_000_000


@pytest.mark.parametrize(
    ("title", "qualifier"),
    [
        ("Sakana AI、シリーズBで約200億円を調達", "about"),
        ("WealthPark、シリーズC-2とデットで総額25.1億円を調達　生成AI", "total"),
        ("ソフトバンクグループ、OpenAIに最大400億ドルを出資", "up_to"),
        ("OpenAI raises up to $40 billion in SoftBank-led round", "up_to"),
        ("Sakana AI raises about $200 million in Series A", "about"),
        ("生成AIの株式会社ギジロク、シードで5000万円を調達", None),
    ],
)
def test_qualifier(title: str, qualifier: str | None) -> None:
    assert funding_of(title)["qualifier"] == qualifier


def test_cumulative_total_is_not_this_rounds_amount() -> None:
    funding = funding_of(
        "Sakana AI、シリーズBで資金調達",
        "今回の調達により累計調達額は約520億円となった。シリーズBでは約200億円を調達した。",
    )
    assert funding["amount"] == 20_000_000_000


def test_cumulative_total_alone_leaves_the_round_amount_unknown() -> None:
    labels = classify("Sakana AI、シリーズBの資金調達を完了", "累計調達額は約520億円となった。")
    assert labels.funding["amount"] is None
    assert labels.funding["undisclosed"] is True
    assert any("累計" in reason for reason in labels.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Sakana AI raises Series B at a $2.65 billion valuation", "The round values Sakana AI at $2.65 billion."),
        ("Sakana AI、シリーズBで資金調達　評価額は約4000億円", "評価額は約4000億円に達した。"),
        ("リコー、700億パラメータの日本語LLMを開発し資金調達も検討", ""),
        (
            "SoftBank and OpenAI form SB OAI Japan; SoftBank to spend $3 billion annually",
            "SoftBank will spend $3 billion annually on OpenAI products.",
        ),
        ("ソフトバンクグループ、OpenAI製品に年間30億ドルを支出　出資も", ""),
    ],
)
def test_valuations_parameter_counts_and_annual_spending_are_not_amounts(title: str, text: str) -> None:
    funding = classify(title, text).funding
    assert funding is None or funding["amount"] is None


@pytest.mark.parametrize(
    ("title", "round_slug"),
    [
        ("法務LLMの株式会社リーガルロジック、プレシードで5000万円を調達", "pre_seed"),
        ("Japanese LLM startup Kotonoha AI raises pre-seed round of ¥50 million", "pre_seed"),
        ("生成AIの株式会社ギジロク、シードラウンドで5000万円を調達", "seed"),
        ("Tokyo-based Sakana AI raises $30M seed round", "seed"),
        ("国産LLMの株式会社ヤタガラス、プレシリーズAで3億円を調達", "pre_series_a"),
        ("Japanese LLM startup Shikumi raises pre-Series A of $5 million", "pre_series_a"),
        ("LLMの株式会社エージェントワークス、シリーズAで12億円を調達", "series_a"),
        ("Sakana AI、シリーズBで約200億円を調達", "series_b"),
        ("生成AIの株式会社ミライモル、シリーズCで17.4億円を調達", "series_c"),
        ("WealthPark、シリーズC-2で総額25.1億円を調達　生成AIで", "series_c"),
        ("Japanese enterprise LLM startup Tsukumo raises ¥3 billion in Series D", "series_d"),
        ("画像生成AIの株式会社エガク、シリーズEで総額50億円を調達", "series_e"),
        ("Tokyo AI unicorn Hoshizora raises $250 million Series F for Japanese LLMs", "series_f"),
        ("Japanese LLM startup Kotonoha AI adds ¥800 million Series A extension", "series_a_extension"),
        ("生成AIの株式会社コエラボ、エクステンションラウンドで2億円を追加調達", "extension"),
        ("音声生成AIの株式会社コエラボ、J-KISS型新株予約権で1億5000万円を調達", "j_kiss"),
        ("生成AIの株式会社セールスジェン、総額3億円のデットファイナンスを実施", "debt"),
        ("生成AIスタートアップの株式会社アズマ、A種優先株式の発行で5億円を調達", "series_a"),
    ],
)
def test_round(title: str, round_slug: str) -> None:
    assert funding_of(title)["round"] == round_slug


@pytest.mark.parametrize(
    ("title", "text", "instrument"),
    [
        (
            "LLMの株式会社エージェントワークス、シリーズAで12億円を調達",
            "第三者割当増資により12億円を調達しました。",
            "equity",
        ),
        ("Tokyo generative AI startup Mirai Render secures 1.5 billion yen in convertible notes", "", "convertible"),
        ("音声生成AIの株式会社コエラボ、J-KISS型新株予約権で1億5000万円を調達", "", "convertible"),
        ("生成AIの株式会社セールスジェン、銀行から3億円の融資", "あおば銀行からの融資により調達しました。", "debt"),
        ("Japanese LLM startup Tsukumo closes ¥1 billion venture debt facility", "", "debt"),
        ("画像生成AIの株式会社エガク、総額50億円を調達", "第三者割当増資と金融機関からの借入による。", "equity+debt"),
    ],
)
def test_instrument(title: str, text: str, instrument: str) -> None:
    assert funding_of(title, text)["instrument"] == instrument


def test_lead_investor_from_led_by() -> None:
    funding = funding_of(
        "Tokyo-based Sakana AI raises $30M seed round led by Lux Capital",
        "Sakana AI raised $30 million in a seed round led by Lux Capital,"
        " with participation from Khosla Ventures. Sony, NTT and KDDI also participated.",
    )
    assert funding["company"] == "Sakana AI"
    assert funding["lead_investors"] == ["Lux Capital"]
    assert {"Lux Capital", "Khosla Ventures", "Sony Group", "NTT", "KDDI"} <= set(funding["investors"])
    assert "Sakana AI" not in funding["investors"]


def test_lead_investor_from_lead_investor_in_japanese() -> None:
    funding = funding_of(
        "サカナAI、シードで3000万ドルを調達",
        "Lux Capitalをリード投資家として、Khosla Ventures、ソニーグループ、NTT、KDDIを"
        "引受先とする第三者割当増資を実施した。",
    )
    assert funding["lead_investors"] == ["Lux Capital"]
    assert {"Khosla Ventures", "Sony Group", "NTT", "KDDI"} <= set(funding["investors"])


def test_lead_investor_from_shudo() -> None:
    funding = funding_of(
        "LLMの株式会社エージェントワークス、シリーズAで12億円を調達",
        "グローバル・ブレインが主導し、ジャフコが参加するシリーズAラウンドで調達しました。",
    )
    assert funding["lead_investors"] == ["Global Brain"]
    assert "JAFCO" in funding["investors"]


def test_lead_investor_from_bare_lead_and_unlisted_investor_names() -> None:
    funding = funding_of(
        "生成AIの株式会社ズメンAI、シリーズBで64億5000万円を調達",
        "リードインベスターはヤマト・ファンドで、既存投資家のツバサキャピタルも追加出資した。",
    )
    assert funding["company"] == "ズメンAI"
    assert funding["lead_investors"] == ["ヤマト・ファンド"]
    assert "ツバサキャピタル" in funding["investors"]


def test_investors_are_linked_to_the_item_with_their_roles() -> None:
    labels = classify(
        "Tokyo-based Sakana AI raises $30M seed round led by Lux Capital", "Khosla Ventures also invested."
    )
    roles = {organisation["name"]: organisation["role"] for organisation in labels.organisations}
    assert roles["Sakana AI"] == "issuer"
    assert roles["Lux Capital"] == "lead_investor"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("米エヌビディア、生成AI開発のサカナAIに出資", "出資比率や金額は明らかにしていない。"),
        ("KDDI、日本語LLMのELYZAに出資　金額は非公開", ""),
        ("Japanese telecom makes strategic investment in Japanese LLM startup Kotodama", "Terms were not disclosed."),
    ],
)
def test_undisclosed_amount(title: str, text: str) -> None:
    funding = funding_of(title, text)
    assert funding["amount"] is None
    assert funding["amount_jpy"] is None
    assert funding["undisclosed"] is True


def test_investment_into_a_company_names_the_company_and_the_investor() -> None:
    funding = funding_of("米エヌビディア、生成AI開発のサカナAIに出資", "出資比率や金額は明らかにしていない。")
    assert funding["company"] == "Sakana AI"
    assert funding["investors"] == ["NVIDIA"]


def test_a_raised_profit_forecast_is_not_a_funding_round() -> None:
    labels = classify(
        "Tokyo Electron raises profit forecast on chip equipment demand", "Japan's Tokyo Electron raised its forecast."
    )
    assert labels.kind != "funding"
    assert labels.funding is None


@pytest.mark.parametrize(
    ("title", "text", "leads"),
    [
        (
            "Kawasemi AI raises $20M Series A",
            "The round was led by Foo Capital and Bar Partners, with participation from Baz Ventures.",
            ["Foo Capital", "Bar Partners"],
        ),
        (
            "Kawasemi AI raises $20M",
            "The Series A was led by Alpha Growth, and Beta Corp, Gamma Labs and Delta participated.",
            ["Alpha Growth"],
        ),
        (
            "Kawasemi AI raises $20M",
            "Omega Ventures led the Series A; Sigma Capital also invested.",
            ["Omega Ventures"],
        ),
        (
            "Kawasemi AI raises $20M",
            "The round was co-led by Fidelity Management & Research Company and Foo Capital.",
            ["Fidelity Management & Research Company", "Foo Capital"],
        ),
        (
            "カワセミAI、シリーズAで10億円を調達",
            "米ベンチャーキャピタルのフーバー・キャピタルが主導し、既存投資家も参加した。",
            ["フーバー・キャピタル"],
        ),
        (
            "カワセミAI、シリーズAで10億円を調達",
            "インクルージョン・ジャパンが運営するICJ2号ファンド投資事業有限責任組合をリード投資家として実施した。",
            ["ICJ2号ファンド投資事業有限責任組合"],
        ),
        (
            "カワセミAI、35億円を調達",
            "第三者割当増資による約35億円のエクイティに銀行からの融資を加えた。シンガポールの政府系ファンドも参加した。",
            [],
        ),
        ("カワセミAI、10億円を調達", "引受先はフーバー・キャピタルとバー・パートナーズ。", []),
    ],
)
def test_lead_investors_are_clean_names_and_only_leads(title: str, text: str, leads: list[str]) -> None:
    assert funding_of(title, text, kind="funding")["lead_investors"] == leads


def test_a_subject_that_leads_someone_elses_round() -> None:
    funding = funding_of(
        "Xグループ、米カワセミAIの資金調達を主導",
        "Xグループは、米カワセミAIが実施する最大4億ドルの資金調達を主導すると発表した。",
        kind="funding",
    )
    assert "カワセミAI" not in funding["lead_investors"]


@pytest.mark.parametrize(
    ("title", "text", "amount", "currency", "qualifier"),
    [
        ("カワセミAI、1億5000万ドルを調達", "", 150_000_000, "USD", None),
        ("Kawasemi AI raises 15.3 billion yen", "", 15_300_000_000, "JPY", None),
        (
            "Kawasemi AI closes Series B",
            "The Tokyo generative AI startup raised 30 million dollars from Foo Capital.",
            30_000_000,
            "USD",
            None,
        ),
        ("Kawasemi AI secures $30m Series B", "The company raised USD 30.3m in the round.", 30_300_000, "USD", None),
        ("カワセミ、生成AI基盤の整備で経産省から上限50億円の助成を受ける", "", 5_000_000_000, "JPY", "up_to"),
        ("フーバー・キャピタル、カワセミAIに30億円を出資", "", 3_000_000_000, "JPY", None),
    ],
)
def test_amounts_as_real_sentences_write_them(title, text, amount, currency, qualifier) -> None:
    funding = funding_of(title, text, kind="funding")
    assert (funding["amount"], funding["currency"], funding["qualifier"]) == (amount, currency, qualifier)


def test_the_investor_named_first_is_not_the_company() -> None:
    funding = funding_of("フーバー・キャピタル、カワセミAIに30億円を出資", "", kind="funding")
    assert funding["company"] == "カワセミAI"
    assert funding["investors"] == ["フーバー・キャピタル"]


def test_a_grant_the_company_announces_is_funding_and_the_ministry_is_no_investor() -> None:
    labels = classify("カワセミ、生成AI基盤の整備で経産省から上限50億円の助成を受ける", "", kind="press")
    assert labels.kind == "funding"
    assert labels.funding["investors"] == []
    ministry = classify(
        "経産省、生成AI向け計算基盤の整備計画を認定 最大50億円を助成",
        "",
        url="https://www.meti.go.jp/press/x.html",
        kind="policy",
    )
    assert ministry.kind == "policy"
