"""The failure modes of issue 12 on real text, one rule each, in sentences written for these tests.

Every sentence states a real, public fact (the round, grant or programme happened as written) in wording of
its own; none is copied from the development set. Each test fails when its rule is taken out.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify, funding_of

# --- Kind ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "fields"),
    [
        # MIC's 2024 programme against AI-made disinformation, reported by a news site.
        (
            "総務省、生成AIによる偽情報の対策技術に補助金 開発事業者を公募",
            "総務省はディープフェイクを見分ける技術の開発を支援する事業の公募を始めた。",
            {"source": "itmedia-aiplus", "kind": "news"},
        ),
        # Kobe amended its information-security ordinance in 2023 to set rules for generative AI.
        ("神戸市、生成AIの業務利用に条例でルール 全国の自治体で初", "", {"kind": "news"}),
        # The Ishiba government's plan of November 2024.
        (
            "Japan to spend more than 10 trillion yen on AI and chips by 2030",
            "The package supports generative AI and semiconductor makers with public money.",
            {"kind": "news"},
        ),
        # The Cabinet Office's AI Strategy Headquarters, set up under the AI Promotion Act in 2025.
        ("政府、AI戦略本部の初会合 生成AIの基本計画づくりに着手", "", {"kind": "news"}),
    ],
)
def test_a_government_programme_reported_by_a_news_outlet_is_policy(title: str, text: str, fields: dict) -> None:
    labels = classify(title, text, **fields)
    assert labels.kind == "policy", labels.reasons


def test_a_city_site_is_a_government_site() -> None:
    labels = classify(
        "生成AIの利用ガイドラインを改定しました",
        "市の業務で生成AIを使うときのルールをまとめました。",
        url="https://www.city.kobe.lg.jp/a12345/ai_guideline.html",
    )
    assert labels.kind == "policy", labels.reasons


def test_a_company_headline_with_a_ministry_later_in_it_is_not_policy_by_its_subject() -> None:
    # NEC and Japanese ministries have run public-sector generative AI trials together.
    assert classify("NEC、総務省の実証事業で生成AIの行政活用を検証", "", kind="news").kind == "news"
    assert classify("総務省、NECと生成AIの行政活用を検証", "", kind="news").kind == "policy"


def test_a_press_release_printed_by_a_news_site_is_press() -> None:
    # ELYZA released Llama-3-ELYZA-JP-70B in June 2024; the body keeps the release's own wording.
    labels = classify(
        "ELYZA、日本語LLM「Llama-3-ELYZA-JP-70B」を公開",
        "株式会社ELYZA（本社：東京都文京区、代表取締役：曽根岡侑也）は、GPT-4を上回る日本語性能の"
        "LLMを開発し、デモを公開いたしました。",
        source="itmedia-aiplus",
        kind="news",
    )
    assert labels.kind == "press", labels.reasons
    reported = classify(
        "ELYZA、日本語LLMを公開",
        "ELYZAは日本語に強いLLMを公開したと発表した。関係者によると、商用版も準備している。",
        source="itmedia-aiplus",
        kind="news",
    )
    assert reported.kind == "news"


def test_the_own_site_of_an_organisation_the_watch_list_does_not_know_is_press() -> None:
    # Ubie, a Tokyo health-tech company, offers generative AI tools to hospitals.
    labels = classify(
        "Ubie、医療機関向けの生成AIサービスを提供開始",
        "病院の文書作成を生成AIで支援する。",
        url="https://ubie.life/news/2023/generative-ai",
    )
    assert labels.kind == "press", labels.reasons
    assert "Ubie" in labels.organisation_names
    on_note = classify("Ubie、生成AIで問診を要約", "", url="https://note.com/ubie/n/n0123456789ab")
    assert on_note.kind == "press"
    elsewhere = classify("Ubie、生成AIで問診を要約", "", url="https://www.nikkei.com/article/DGXZQO0000000")
    assert elsewhere.kind == "news"


def test_a_paper_on_a_japanese_preprint_or_journal_site_is_a_paper() -> None:
    labels = classify(
        "日本語の指示チューニングデータによるLLMの評価",
        "日本語タスクで指示チューニングしたLLMの性能を比較した。",
        url="https://jxiv.jst.go.jp/index.php/jxiv/preprint/view/1",
    )
    assert labels.kind == "paper"
    assert (
        classify("大規模言語モデルの日本語評価", "", url="https://www.jstage.jst.go.jp/article/x/1/1/1_1/_article").kind
        == "paper"
    )


def test_a_round_named_in_passing_is_not_a_funding_story() -> None:
    # Sakana AI's valuation after its Series B of November 2025; no amount of a round is given.
    labels = classify(
        "Sakana AIの企業価値、国内の未上場スタートアップで最高に",
        "シリーズBの調達を経て、同社の評価額は約4000億円とされる。",
        source="google-news-genai",
        kind="news",
    )
    assert labels.kind == "news", labels.reasons
    assert labels.funding is None


# --- Funding ------------------------------------------------------------------------------------------------


def test_funding_announced_by_the_investor_names_the_company_that_takes_the_money() -> None:
    # SoftBank Group's investment in OpenAI, March 2025, on SoftBank Group's own site.
    labels = classify(
        "ソフトバンクグループ、OpenAIへの追加出資を決定",
        "当社は、OpenAIに対し最大400億ドルを出資することを決定いたしました。",
        url="https://group.softbank/news/press/20250331",
    )
    assert labels.kind == "funding", labels.reasons
    assert labels.funding["company"] == "OpenAI"
    roles = {entry["name"]: entry["role"] for entry in labels.organisations}
    assert roles == {"SoftBank Group": "investor", "OpenAI": "issuer"}


def test_an_investor_named_first_in_the_headline_is_not_the_company() -> None:
    # NVIDIA invested in Sakana AI in September 2024.
    funding = funding_of("NVIDIA、Sakana AIに出資", "米NVIDIAはSakana AIのシリーズAに出資したと発表した。")
    assert funding["company"] == "Sakana AI"
    assert funding["investors"] == ["NVIDIA"]


def test_a_round_the_investor_leads_in_english() -> None:
    funding = funding_of(
        "SoftBank Group leads $40 billion funding round in OpenAI",
        "The round values OpenAI at $300 billion post-money.",
    )
    assert funding["company"] == "OpenAI"
    assert funding["lead_investors"] == ["SoftBank Group"]
    assert (funding["amount"], funding["currency"]) == (40_000_000_000, "USD")
    market = classify("SoftBank leads Japan's market for AI data centres", "", kind="news")
    assert market.funding is None or market.funding["lead_investors"] == []


@pytest.mark.parametrize(
    ("title", "text", "amount", "currency", "amount_jpy"),
    [
        # 億ドル, with the yen figure written beside it.
        ("ソフトバンクグループ、OpenAIに最大400億ドル（約6兆円）を出資", "", 40_000_000_000, "USD", 6 * 10**12),
        # 兆円.
        ("ソフトバンクグループ、OpenAIに約6兆円を出資", "", 6 * 10**12, "JPY", 6 * 10**12),
        # Spelled-out currencies.
        ("Sakana AI raises about 30 billion yen in Series A", "", 30_000_000_000, "JPY", 30_000_000_000),
        ("Sakana AI raises 214 million dollars", "", 214_000_000, "USD", 214_000_000 * 150),
    ],
)
def test_amounts_in_oku_dollars_cho_yen_and_words(title, text, amount, currency, amount_jpy) -> None:
    funding = funding_of(title, text)
    assert (funding["amount"], funding["currency"], funding["amount_jpy"]) == (amount, currency, amount_jpy)


def test_the_amount_in_the_body_when_the_headline_gives_none() -> None:
    funding = funding_of(
        "Sakana AI、シリーズAで資金調達",
        "東京のSakana AIは、シリーズAラウンドで約300億円を調達したと発表した。評価額は約1750億円。",
    )
    assert (funding["amount"], funding["qualifier"], funding["round"]) == (30_000_000_000, "about", "series_a")


@pytest.mark.parametrize(
    ("title", "text", "fields", "company", "amount"),
    [
        # KDDI's plan under the Economic Security Promotion Act, April 2024.
        ("KDDI、生成AI向け計算基盤で上限102億円の助成金交付が決定", "", {"kind": "press"}, "KDDI", 10_200_000_000),
        # Sakura Internet's cloud programme, certified with a subsidy of up to 50.1 billion yen.
        (
            "さくらインターネット、GPUクラウドの整備で経済産業省から最大501億円の助成",
            "生成AIの開発に使う計算資源を国内で供給する。",
            {"source": "prtimes-genai", "kind": "press"},
            "Sakura Internet",
            50_100_000_000,
        ),
    ],
)
def test_a_subsidy_with_its_cap_announced_by_the_company_is_funding(title, text, fields, company, amount) -> None:
    labels = classify(title, text, **fields)
    assert labels.kind == "funding", labels.reasons
    funding = labels.funding
    assert (funding["company"], funding["amount"], funding["qualifier"]) == (company, amount, "up_to")
    assert "METI" not in funding["investors"]


def test_the_ministry_announcing_the_subsidy_stays_policy() -> None:
    labels = classify(
        "経済産業省、クラウド基盤の供給確保計画を認定 さくらインターネットに最大501億円を助成",
        "生成AIの開発に必要な計算資源を確保する。",
        url="https://www.meti.go.jp/press/2024/04/20240419001/20240419001.html",
    )
    assert labels.kind == "policy"


def test_leads_only_when_the_text_says_so_and_as_clean_names() -> None:
    # Sakana AI's Series A of September 2024.
    led = funding_of(
        "Sakana AI raises about $214 million in Series A",
        "The round was led by New Enterprise Associates, Khosla Ventures and Lux Capital, "
        "with participation from NVIDIA and Japanese banks.",
    )
    assert led["lead_investors"] == ["New Enterprise Associates", "Khosla Ventures", "Lux Capital"]
    assert "NVIDIA" in led["investors"]
    described = funding_of(
        "Sakana AI、シリーズAで約300億円を調達",
        "米ベンチャーキャピタルのNew Enterprise Associatesが主導し、三菱UFJフィナンシャル・グループなどが参加した。",
    )
    assert described["lead_investors"] == ["New Enterprise Associates"]
    unled = funding_of(
        "Sakana AI、シリーズAで約300億円を調達",
        "New Enterprise Associates、Khosla Ventures、三菱UFJフィナンシャル・グループなどが引受先となった。",
    )
    assert unled["lead_investors"] == []
    assert "New Enterprise Associates" in unled["investors"]


# --- Japan evidence -----------------------------------------------------------------------------------------


def test_the_government_in_a_japanese_outlet_is_japan() -> None:
    labels = classify(
        "政府、生成AIの開発企業に学習データの開示を求める方針", "", source="google-news-genai", kind="news"
    )
    assert labels.relevant is True
    assert "japan:政府" in labels.reasons
    assert classify("米政府、生成AIの開発企業に学習データの開示を求める方針", "", kind="news").relevant is False


@pytest.mark.parametrize("source", ["meti-news", "llm-jp-blog", "aist-airc"])
def test_a_japanese_registry_source_is_japan_evidence(source: str) -> None:
    labels = classify("生成AIの利用に関する手引きを公開しました", "", source=source, kind="press")
    assert labels.relevant is True, labels.reasons
    assert any(reason.startswith(f"japan-source:{source}") for reason in labels.reasons)


def test_a_news_site_is_no_japan_evidence_by_itself() -> None:
    assert classify("生成AIの利用に関する手引きを公開", "", source="itmedia-aiplus", kind="news").relevant is False


def test_a_pr_times_issuer_without_a_company_form_is_japanese() -> None:
    # Givery (ギブリー) is a Tokyo company; PR TIMES gives its name without 株式会社.
    labels = classify(
        "法人向け生成AI活用支援サービスを提供開始",
        "",
        source="prtimes-genai",
        kind="press",
        issuers=["ギブリー"],
    )
    assert labels.relevant is True
    assert "ギブリー" in labels.organisation_names


def test_ai_agent_is_strong_generative_ai_evidence() -> None:
    labels = classify("AIエージェントの業務活用、国内企業の導入は1割 調査", "", source="prtimes-genai", kind="press")
    assert labels.relevant is True
    assert "genai:aiエージェント" in labels.reasons


def test_pr_times_image_placeholders_are_removed_before_matching() -> None:
    text = (
        "[画像1: https://prcdn.freetls.fastly.net/release_image/12345/67/12345-67-abc.png]"
        "［画像2：https://prcdn.freetls.fastly.net/release_image/12345/67/12345-67-def.jpg］"
        "株式会社ギブリーは、社内文書を要約する生成AIサービスを提供開始しました。"
    )
    labels = classify("社内向け生成AIサービスを提供開始", text, source="prtimes-genai", kind="press")
    assert "speech_multimodal" not in labels.topics
    assert not any("画像" in reason for reason in labels.reasons)


# --- Names the watch list does not know ---------------------------------------------------------------------


def test_an_ambiguous_alias_counts_as_the_headlines_subject() -> None:
    # Sharp stopped making large LCD panels at its Sakai plant in 2024: シャープ alone is also the word "sharp".
    assert "Sharp" in classify("シャープ、堺工場の液晶パネル生産を停止", "", kind="news").organisation_names
    assert "Sharp" not in classify("輪郭がシャープな画像を生成", "", kind="news").organisation_names


def detected(title: str, text: str = "", **fields) -> list[str]:
    return [entry["name"] for entry in classify(title, text, **fields).detected["organisations"]]


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # iQPS (QPS研究所), a Fukuoka satellite company, borrowed from banks in 2024.
        ("QPS研究所、金融機関から借入で資金調達", "九州大学発のQPS研究所は小型SAR衛星の量産に充てる。", "QPS研究所"),
        # Inclusion Japan runs the ICJ funds that back Japanese AI startups.
        (
            "AIスタートアップに出資",
            "インクルージョン・ジャパンが運営するファンドが出資した。",
            "インクルージョン・ジャパン",
        ),
        # Mistral AI's rounds of 2024 drew Lightspeed and General Catalyst.
        (
            "Mistral AI raises new round",
            "Returning investors include General Catalyst Partners and the round was large.",
            "General Catalyst Partners",
        ),
        # The Abu Dhabi lab behind the Falcon models.
        (
            "Falcon 2 released",
            "The Falcon models come from the Technology Innovation Institute (TII) in Abu Dhabi.",
            "Technology Innovation Institute",
        ),
        # Kotoba Technologies builds Japanese speech models in Tokyo.
        ("New speech model", "Tokyo-based AI startup Koebito released a Japanese voice model.", "Koebito"),
        ("音声AIの新モデル", "東京のスタートアップのコエビトが日本語の音声モデルを公開した。", "コエビト"),
    ],
)
def test_names_the_watch_list_does_not_know_are_detected(title: str, text: str, name: str) -> None:
    labels = classify(title, text)
    found = [entry["name"] for entry in labels.detected["organisations"]] + labels.organisation_names
    assert name in found


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("国内のベンチャーキャピタル、生成AI投資を拡大", "ベンチャーキャピタル各社がオールジャパンで支援する。"),
        ("A new preference method", "We propose Direct Preference Optimization (DPO) for Japanese LLMs."),
        ("Japan Launches National Research Institute For AI Safety", ""),
    ],
)
def test_generic_words_acronyms_and_title_case_are_no_names(title: str, text: str) -> None:
    assert detected(title, text) == []


def test_an_aggregators_link_and_the_publisher_it_appends_say_nothing_about_the_story() -> None:
    # Google released Gemini 2.0 in December 2024; Google News links to ITmedia's report of it.
    labels = classify(
        "Google、Gemini 2.0を発表 - ITmedia AI+",
        "",
        url="https://news.google.com/rss/articles/CBMiQWh0dHBzOi8vd3d3Lml0bWVkaWEuY28uanA",
        source="google-news-genai",
        kind="news",
    )
    assert labels.kind == "news", labels.reasons
    assert labels.relevant is False
    assert "ITmedia" not in labels.organisation_names


@pytest.mark.parametrize(
    ("title", "text", "body"),
    [
        # Tsukuba and Kitakyushu have tried generative AI in their offices.
        ("つくば市、生成AIで議事録の作成を実証", "", "つくば市"),
        ("北九州市、生成AIを全庁の業務に導入", "", "北九州市"),
    ],
)
def test_a_japanese_local_government_is_japan_evidence(title: str, text: str, body: str) -> None:
    labels = classify(title, text, kind="news")
    assert labels.relevant is True, labels.reasons
    assert f"japan:local government {body}" in labels.reasons


@pytest.mark.parametrize(
    "title",
    [
        "中村氏、生成AIの活用を語る",
        "野村は生成AIの活用を語った",
        "深圳市、生成AI企業に補助金",
        "政府、生成AIの指針を改定",
    ],
)
def test_surnames_foreign_cities_and_the_state_are_no_local_governments(title: str) -> None:
    assert not any(reason.startswith("japan:local government") for reason in classify(title, "").reasons)
