"""Organisation names without a company form: by their ending, legal form, context, lists; and what is not one."""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify


def detected(title: str, text: str = "") -> list[str]:
    return [entry["name"] for entry in classify(title, text).detected["organisations"]]


def named(title: str, text: str = "") -> set[str]:
    """Every organisation an item is found to name: watch-list ones and detected ones."""
    labels = classify(title, text)
    return {organisation["name"] for organisation in labels.organisations} | set(detected(title, text))


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # By the ending that says what kind of body it is.
        ("三菱総合研究所、生成AIの活用支援サービスを開始", "", "三菱総合研究所"),
        ("鹿島建設と北陸先端大、共同研究", "鳴門教育大学大学院の研究者も参加した。", "鳴門教育大学"),
        ("防災科学技術研究所、生成AIで災害情報を要約", "", "防災科学技術研究所"),
        ("生成AIの論文が増加", "電子情報通信学会は声明を出した。", "電子情報通信学会"),
        ("生成AIで記事要約", "河北新報社と信濃毎日新聞が共同で実証する。", "河北新報社"),
        ("生成AIで融資審査", "山陰合同銀行は審査に生成AIを導入した。", "山陰合同銀行"),
        # By the legal form in front.
        ("生成AIの資格試験", "一般社団法人生成AI活用普及協会は試験を始めた。", "生成AI活用普及協会"),
        # By the words around a company's name.
        ("LLMを開発", "AI開発のフーバーラボ(東京都港区、代表取締役:山田太郎)は公開した。", "フーバーラボ"),
        ("LLMを開発", "ミライデータ(東京・渋谷)は公開した。", "ミライデータ"),
        ("提携を発表", "同社はカモメロジと資本業務提携を結んだ。", "カモメロジ"),
        ("出資", "米Acmeroid社は東京に拠点を開く。", "Acmeroid"),
        ("報道", "The Informationによると、同社は検討している。", "The Information"),
        # The subject of a headline.
        ("ヨシヅヤ、AIで最適発注", "", "ヨシヅヤ"),
        ("Kawasemi Labs raises $5M for Japanese LLM agents", "", "Kawasemi Labs"),
        # English names by what they are.
        ("A model", "Researchers at the University of Aizu released it.", "University of Aizu"),
        ("A model", "Researchers at the Toyota Technological Institute at Chicago joined.", None),
        (
            "A model",
            "Turing Drive, a Taiwanese startup that builds autonomous driving systems, joined.",
            "Turing Drive",
        ),
        ("A dataset", "Shibuya-based APTO released the records.", "APTO"),
        # Who announced, and when; the investor a release names; a business and its name in brackets.
        ("ライドシェアの事業", "タクシー事業を手がけるnewmoは10月31日、調達したと発表した。", "newmo"),
        ("定点調査", "GMOリサーチ&AIが2025年9月24日に公表した調査によると…", "GMOリサーチ&AI"),
        ("第三者割当増資を実施", "ORLIBは、国際興業を引受先とする第三者割当増資を実施した。", "国際興業"),
        (
            "CVCで出資",
            "三菱電機は、CVCファンド「MEイノベーションファンド」を通じて出資した。",
            "MEイノベーションファンド",
        ),
        ("AIで最適発注", "津島市のスーパー「ヨシヅヤ」は、予報を使って発注量を調整している。", "ヨシヅヤ"),
        # English: what a company is, an outlet reporting, a name and its relation to another.
        ("NVIDIA to buy assets", "NVIDIA will take over AI chip designer Groq for $20 billion, CNBC reported.", "Groq"),
        ("NVIDIA to buy assets", "NVIDIA will take over AI chip designer Groq for $20 billion, CNBC reported.", "CNBC"),
        (
            "NVIDIA to buy assets",
            "Disruptive, Groq's long-time backer, said the deal came together quickly.",
            "Disruptive",
        ),
        # A company and its round in a roundup; the outlet cited; a fund by its ending.
        (
            "Europe's biggest rounds",
            "The list: Mistral AI's 1.7 billion euro Series C, Nscale's 958 million euros.",
            "Nscale",
        ),
        ("Europe's biggest rounds", "Citing EU-Startups, the article lists the largest rounds.", "EU-Startups"),
        (
            "出資",
            "フォースタートアップス1号投資事業有限責任組合を引受先とする。",
            "フォースタートアップス1号投資事業有限責任組合",
        ),
        ("Legal AI", "Milan legal-AI startup Lexroom raised a $19 million Series A.", "Lexroom"),
        # Two names as the subject, one of them known.
        ("ユカリアとSapeet、退院サマリーを生成AIで", "ユカリアはAIベンチャーのSapeetと組んだ。", "ユカリア"),
        # A kanji headline subject that the body opens with.
        ("明治、2026年春夏の新商品説明会", "明治は2月25日、新商品の説明会を開いた。", "明治"),
        # Local governments, with their prefecture, office or assembly.
        ("自動運転", "神戸市や茨城県日立市など13自治体を選んだ。", "日立市"),
        ("生成AI", "沖縄県庁は職員向けに導入した。", "沖縄県庁"),
        ("生成AI", "新発田市議会の12月定例会で質問があった。", "新発田市議会"),
    ],
)
def test_organisations_without_a_company_form_are_detected(title: str, text: str, name: str | None) -> None:
    if name is None:
        assert not any("Chicago" in found for found in detected(title, text))
    else:
        assert name in named(title, text), classify(title, text).detected


@pytest.mark.parametrize(
    ("title", "text", "members"),
    [
        (
            "受賞",
            "バローホールディングス、中部フーズ、日本気象協会、ソフトバンクの4者連名での受賞となった。",
            ["バローホールディングス", "中部フーズ"],
        ),
        (
            "Roundtable",
            "Invited firms were Atomis (materials), Sakana AI, Oceanic Constellations and OptQC. They met.",
            ["Atomis", "Oceanic Constellations", "OptQC"],
        ),
    ],
)
def test_the_other_names_of_a_list_that_names_an_organisation_are_organisations(
    title: str, text: str, members: list[str]
) -> None:
    found = detected(title, text)
    for member in members:
        assert member in found


@pytest.mark.parametrize(
    ("title", "text", "not_names"),
    [
        # A headline's subject and what it did is no list; an amount is no name.
        ("NEC、130億パラメータの日本語LLMを開発", "", ["130億パラメータ"]),
        # Nouns in a list that names no organisation.
        ("生成AI、半導体、量子の3分野", "天気、気温、湿度などを使う。", ["天気", "気温", "半導体"]),
        # A person's possessive before a number, and a person cited, are no companies.
        (
            "History",
            "Heisenberg's 1927 paper, according to Werner Heisenberg, was decisive.",
            ["Heisenberg", "Werner Heisenberg"],
        ),
        # Energy conditions, not companies, though NEC is one.
        ("Dark energy", "We show compliance with NEC, WEC and DEC, while SEC remains negative.", ["WEC", "DEC"]),
        # A headline's phrases run together: the name starts after the verb.
        ("インターステラ、シリーズFで89億円を調達 三井住友銀行など", "", ["調達三井住友銀行"]),
        # Kinds of body, not bodies.
        ("地方銀行が導入", "国立大学や地方銀行、中央研究所での活用も見込む。", ["地方銀行", "国立大学", "中央研究所"]),
        # Words before 市 that end a phrase; an address is not an actor.
        ("市民向け", "生成AIについて市民に聞いた。本社は(東京都港区)にある。", ["について市", "東京都港区", "港区"]),
        # The state and "the company" announcing on a date are no names; "reported" as an adjective is no outlet.
        ("方針", "政府は3日、方針を決めた。同社は1日、発表した。", ["政府", "同社"]),
        ("Orbits", "Using reported emission radial velocities, we derive orbits.", ["Using"]),
        # People and offices are not organisations, however the headline opens.
        ("石破首相、AI戦略を表明", "石破首相は3日、AI戦略を表明した。", ["石破首相"]),
        # A council's 大学分科会, a year's survey and a programme's episode are no bodies; a product is no company.
        ("中央教育審議会大学分科会(第11回)を開催します", "", ["中央教育審議会大学"]),
        ("令和7年度大学発ベンチャー実態等調査の結果", "", ["令和7年度大学"]),
        ("ネットマーブル、第4回公式生放送を本日開催", "", ["第4回公式生放送"]),
        ("ChatGPT Work、ログインが必要なサイトも操作可能に", "", ["ChatGPT Work"]),
        # Academic titles are not company news.
        (
            "Transformer-based Action Recognition",
            "We propose Transformer-based Action Recognition.",
            ["Action Recognition"],
        ),
    ],
)
def test_sentence_fragments_are_not_organisations(title: str, text: str, not_names: list[str]) -> None:
    found = detected(title, text)
    for name in not_names:
        assert name not in found, found


def test_a_watch_list_name_in_a_naming_context_joins_the_organisations() -> None:
    # A Latin name before a Japanese particle is a proper noun: "Metaが" is the company.
    assert "Meta" in named("オープン路線を変更", "Metaが新設した研究所の幹部は検討している。")
    assert "Meta" not in named("Meta-learning for Japanese", "We study meta-learning for language models.")
    # シャープ alone is an ambiguous alias; "シャープの堺工場" and "米Perplexity" name only the companies.
    assert "Sharp" in named("ソフトバンク、シャープの堺工場を取得", "")
    assert "Perplexity" in named("読売新聞、米Perplexityを提訴", "")
    # 東京都 as a subject is the Tokyo Metropolitan Government, not the address 東京都港区.
    assert "Tokyo Metropolitan Government" in named("サミット開幕", "東京都と協会が会議を開いた。")
    assert "Tokyo Metropolitan Government" not in named("LLMを公開", "株式会社フーバー(東京都港区)は公開した。")


def test_a_list_that_says_it_names_companies_names_them() -> None:
    found = detected("AI Act", "More than 40 companies including Airbus, Mercedes-Benz and Philips asked for a delay.")
    assert {"Airbus", "Mercedes-Benz", "Philips"} <= set(found)
    # The same list without those words and without a known member is nobody's list.
    assert "Airbus" not in detected("Cities", "Trains link Airbus, Mercedes-Benz and Philips.")
