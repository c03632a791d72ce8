"""Funding stories as real Japanese and English sources write them: which amount is the round's, its round, its leads.

Each sentence is written in the shape PR TIMES releases, Japanese newspapers and English tech news use
(「第三者割当増資により総額X億円の資金調達を実施」, 引受先, J-KISS, デットファイナンス; "raised $X in a Series A
round led by Y, with participation from Z"); the company names are made up, so only the reading is tested.
"""

from __future__ import annotations

import pytest

from pipelines.classification.money import find_money
from tests.classification_helpers import classify, funding_of

# (headline, text, amount, currency): the round's amount is the one tied to 調達 / raised, not the first one.
AMOUNTS = [
    (
        "ツグミ、資金調達 銀行融資も",
        "ツグミ株式会社は第三者割当増資による約35億円のエクイティに銀行からの融資を加え、総額約45億円の資金調達を実施した。"
        "生成AI基盤の開発を加速する。",
        4_500_000_000,
        "JPY",
    ),
    (
        "ハヤブサAI、評価額1000億円で資金調達",
        "生成AIのハヤブサAIは企業価値1000億円の評価で50億円を調達した。",
        5_000_000_000,
        "JPY",
    ),
    (
        "ハヤブサAIが資金調達、調達額は40億円",
        "LLMを活用した法務支援のハヤブサAIは、第三者割当増資により40億円を調達した。同社の売上高は前年比3倍の10億円。",
        4_000_000_000,
        "JPY",
    ),
    (
        "オープンAIに6000億円 生成AI開発に融資枠",
        "米オープンAIは、日米欧の9行と40億ドル(約5970億円)の融資枠を設ける契約を結んだ。",
        4_000_000_000,
        "USD",
    ),
    (
        "中国の生成AI新興、約10億元を調達",
        "北京の大規模言語モデル企業がシリーズBで約10億元(約210億円)を調達した。",
        1_000_000_000,
        "CNY",
    ),
    (
        "日本語LLMのツグミ、シリーズCで1億5000万ドルを調達",
        "ツグミは、シリーズCラウンドで1億5000万ドル（約225億円）を調達したと発表した。",
        150_000_000,
        "USD",
    ),
    (
        "ソフトバンク、OpenAIに最大4兆円を出資",
        "ソフトバンクグループはOpenAIに対し最大4兆円を出資すると発表した。",
        4_000_000_000_000,
        "JPY",
    ),
    (
        "Kestrel AI raises 20 million dollars for Japanese generative AI",
        "Kestrel AI, a Tokyo startup building generative AI for Japanese enterprises, has raised 20 million dollars in "
        "seed funding.",
        20_000_000,
        "USD",
    ),
    (
        "Fuji Lingo raises funding to build Japanese LLMs",
        "Fuji Lingo, a Tokyo startup building Japanese generative AI, said it raised 1.8 billion yen ($12 million) "
        "in a "
        "round led by Japan Post Capital.",
        1_800_000_000,
        "JPY",
    ),
]


AMOUNTS += [
    (
        "Tokyo's Uzura raises $8M for Japanese LLM agents",
        "Tokyo-based Uzura has raised JPY 1.2 billion (about $8 million US) in a Series A round.",
        1_200_000_000,
        "JPY",
    ),
    ("Uzura raises $8 million", "Uzura raised $8 million (¥1.2 billion) for its Japanese LLMs.", 8_000_000, "USD"),
    (
        "ツバメ、シリーズBで資金調達",
        "生成AIのツバメは、前回のシリーズAで調達した10億円に続き、シリーズBで25億円を調達した。",
        2_500_000_000,
        "JPY",
    ),
    (
        "Tsubame raises Series B",
        "Tsubame, which previously raised $10 million, has now raised $25 million in a Series B for its Japanese LLMs.",
        25_000_000,
        "USD",
    ),
]


AMOUNTS += [
    ("年商10億円のツバメが3億円を調達", "生成AIのツバメは3億円を調達した。", 300_000_000, "JPY"),
    (
        "Tsubame, at $20M ARR, raises $50M",
        "Tsubame, a Japanese LLM startup with $20 million ARR, raised $50 million in a Series B.",
        50_000_000,
        "USD",
    ),
]


@pytest.mark.parametrize(("title", "text", "amount", "currency"), AMOUNTS)
def test_the_rounds_amount_is_the_one_raised(title: str, text: str, amount: int, currency: str) -> None:
    funding = funding_of(title, text, language="en" if title.isascii() else "ja")
    assert (funding["amount"], funding["currency"]) == (amount, currency)


def test_a_grant_a_company_is_selected_for_is_a_funding_story_with_its_cap() -> None:
    funding = funding_of(
        "フジリンゴ、NEDO事業に採択　助成額は最大3億円",
        "株式会社フジリンゴは、NEDOの研究開発型スタートアップ支援事業の助成事業に採択された。助成額は最大3億円で、"
        "生成AIによる設計支援の開発に充てる。",
    )
    assert (funding["amount"], funding["qualifier"]) == (300_000_000, "up_to")
    assert funding["lead_investors"] == []


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("約10億元", 1_000_000_000, "CNY"),
        ("5000億ウォン", 500_000_000_000, "KRW"),
        ("1億香港ドル", 100_000_000, "HKD"),
        ("1 billion yuan", 1_000_000_000, "CNY"),
        ("rmb 500 million", 500_000_000, "CNY"),
        ("hk$200 million", 200_000_000, "HKD"),
        ("5 million u.s. dollars", 5_000_000, "USD"),
        ("1.5 billion japanese yen", 1_500_000_000, "JPY"),
        ("us$ 20 million", 20_000_000, "USD"),
        ("五千万円", 50_000_000, "JPY"),
        ("一億五千万円", 150_000_000, "JPY"),
        ("二十五億円", 2_500_000_000, "JPY"),
    ],
)
def test_currencies_and_numerals_as_written(written: str, amount: int, currency: str) -> None:
    [money] = find_money(written)
    assert (money.amount, money.currency) == (amount, currency)


def test_yuan_and_vague_kanji_figures_are_not_read() -> None:
    assert find_money("3次元モデルと元本") == []
    assert find_money("数十億円") == []


ROUNDS = [
    (
        "フジリンゴ、エクステンションラウンドで5億円を追加調達",
        "生成AIのフジリンゴは、シリーズAのエクステンションラウンドで5億円を追加調達した。",
        "series_a_extension",
    ),
    (
        "Mistral-like Lingo raises €600 million",
        "Lingo raised 600 million euros in equity and debt in a round for its Japanese LLMs.",
        None,
    ),
    (
        "Lingo AI nears €2 billion funding round for Japanese LLMs",
        "Lingo AI is finalising a €2 billion funding round, up from €5.8 billion after its June 2024 Series B.",
        None,
    ),
]


ROUNDS += [
    (
        "Tsubame raises $12M",
        "Tsubame, a Japanese LLM startup, said seed-stage investor Heron Capital led its $12 million Series A.",
        "series_a",
    ),
    (
        "ツバメ、10億円を調達",
        "シード期から支援するヘロン・キャピタルが主導し、ツバメはシリーズAで10億円を調達した。",
        "series_a",
    ),
]


@pytest.mark.parametrize(("title", "text", "round_slug"), ROUNDS)
def test_the_round_is_this_rounds(title: str, text: str, round_slug: str | None) -> None:
    assert funding_of(title, text, language="en" if title.isascii() else "ja")["round"] == round_slug


# (headline, text, leads): only investors the text calls lead, as clean organisation names.
LEADS = [
    (
        "生成AI新興のツグミ、プレシリーズAで3億円",
        "ツグミ株式会社はプレシリーズAラウンドで3億円を調達した。"
        "本ラウンドはジェネシア・ベンチャーズが主導し、DNX Venturesなどが参加した。",
        ["ジェネシア・ベンチャーズ"],
    ),
    (
        "ヤマセミ、生成AI開発で20億円調達",
        "ヤマセミはこのほど、20億円を調達した。"
        "今回のラウンドはグロービス・キャピタル・パートナーズがリードし、ジャフコ グループが参加した。",
        ["グロービス・キャピタル・パートナーズ"],
    ),
    (
        "フジリンゴ、シリーズCで1億ドル調達",
        "フジリンゴはシリーズCで1億ドル（約150億円）を調達した。シンガポールの政府系ファンドGICと米ベンチャーキャピタルのAccelが共同でリードした。",
        ["GIC", "Accel"],
    ),
    ("フジリンゴ、シリーズAで10億円を調達　DNX Venturesが主導", "", ["DNX Ventures"]),
    (
        "生成AIのフジリンゴ、シリーズAで15億円",
        "株式会社フジリンゴは、シリーズAラウンドにて、Coral Capitalをリード投資家に、"
        "SMBCベンチャーキャピタルを引受先とする"
        "第三者割当増資により15億円を調達しました。",
        ["Coral Capital"],
    ),
    (
        "ハヤブサAI、評価額1000億円で資金調達",
        "ハヤブサAIは企業価値1000億円の評価で50億円を調達した。リードは三菱UFJキャピタル。",
        ["三菱UFJキャピタル"],
    ),
    (
        "国産LLMをリードするハヤブサAI、資金調達",
        "日本語LLM開発をリードするハヤブサAI株式会社は、シリーズBラウンドで総額25億円の資金調達を実施した。引受先はSBIインベストメントなど。",
        [],
    ),
    (
        "ハヤブサAI、シリーズBで20億円",
        "ハヤブサAIはシリーズBで20億円を調達した。今回のラウンドはフクロウ・キャピタルがリードした。2023年のシリーズAはミミズク・ベンチャーズが主導していた。",
        ["フクロウ・キャピタル"],
    ),
    (
        "Tokyo AI startup Fuji Lingo raises $12M",
        "Fuji Lingo, which builds Japanese-language LLM agents, raised $12 million in a Series A round led by "
        "Tokyo-based "
        "VC firm Heron Capital, with participation from Egret Ventures.",
        ["Heron Capital"],
    ),
    (
        "Japanese generative AI firm Fuji Lingo raises 2.5 billion yen",
        "Fuji Lingo said it has raised 2.5 billion yen. Investors in the round include Egret Ventures. "
        "No lead investor "
        "was named.",
        [],
    ),
    (
        "Japanese AI startup Fuji Lingo raises $30 million",
        "The round, which was led by Heron Asset Management, brings Fuji Lingo's total funding to $55 million.",
        ["Heron Asset Management"],
    ),
    (
        "Hayabusa AI, a Tokyo LLM startup, raises $15 million",
        "Hayabusa AI said the Series A was led by Heron Ventures and Japan's Egret Capital, with participation from "
        "Ibis Capital.",
        ["Heron Ventures", "Egret Capital"],
    ),
    (
        "Hayabusa AI secures $50 million in Series B funding",
        "Hayabusa AI, which develops Japanese LLMs, said the round was led by Heron Partners. Previously, Hayabusa AI "
        "raised $10 million in a Series A led by Egret Capital.",
        ["Heron Partners"],
    ),
    (
        "Tsugumi raises ¥2 billion for Japanese LLMs",
        "Heron Ventures said it led a 2 billion yen Series A investment in Tsugumi, a Japanese generative AI startup.",
        ["Heron Ventures"],
    ),
    (
        "Harvey-like Kestrel raises $100 million for Japanese legal AI",
        "Kestrel raised $100 million in a round led by GV, Google's corporate venture arm, with participation from "
        "Heron Capital.",
        ["GV"],
    ),
]


LEADS += [
    ("AstroY、ICJ2号ファンドをリードにプレシリーズAで総額4億円を調達", "", ["ICJ2号ファンド"]),
    (
        "カモメ、シリーズAで6億円を調達",
        "生成AIのカモメはシリーズAで6億円を調達した。リードVCはヘロン・キャピタル、ほかにイーグレット・ベンチャーズが参加した。",
        ["ヘロン・キャピタル"],
    ),
    (
        "Kamome AI raises $10M",
        "Kamome AI, a Japanese LLM startup, raised $10 million. The lead investor was Egret Capital, and Heron "
        "Ventures joined.",
        ["Egret Capital"],
    ),
    (
        "生成AIのカモメ、シリーズA2ndクローズで3億円を調達",
        "カモメは、シリーズAの2ndクローズとして3億円を調達した。本ラウンドは、既存投資家であるヘロン・キャピタルがリードした。",
        ["ヘロン・キャピタル"],
    ),
]

LEADS += [
    (
        "株式会社ウズラ、シリーズBで総額約20億円の資金調達を実施",
        "株式会社ウズラは、シリーズBラウンドにおいて総額約20億円の資金調達を実施しました。今回のラウンドには、"
        "リード投資家であるヘロン・キャピタルをはじめ、イーグレット・パートナーズが参加しました。",
        ["ヘロン・キャピタル"],
    ),
    (
        "ウズラ、8億円調達　リードはヘロン",
        "生成AIのウズラは8億円を調達した。ヘロン・キャピタルがリード投資家となり、既存株主も追加出資した。",
        ["ヘロン・キャピタル"],
    ),
    (
        "生成AIのウズラ、15億円を調達",
        "リード投資家：ヘロン・キャピタル　その他の投資家：イーグレット・パートナーズ、アイビス・ベンチャーズ",
        ["ヘロン・キャピタル"],
    ),
]

LEADS += [
    (
        "Uzura raises $20 million; Heron Capital led",
        "Uzura, a Japanese LLM company, raised $20 million. Heron Capital led, with Egret Partners participating.",
        ["Heron Capital"],
    ),
]

LEADS += [
    (
        "Heron Semiconductor takes stake in Kestrel AI",
        "Dutch chip maker Heron Semiconductor became the largest shareholder in Kestrel AI after leading a "
        "€1.7 billion Series C round for its Japanese LLMs.",
        ["Heron Semiconductor"],
    ),
]

LEADS += [
    (
        "Uzura raises $12M",
        "Uzura, a Japanese LLM startup, raised $12 million in a Series A led by Heron Capital and including Egret "
        "Partners.",
        ["Heron Capital"],
    ),
    (
        "Uzura raises $12M Series A",
        "The round was led by Heron Capital, Egret Partners and Ibis Ventures also participated.",
        ["Heron Capital"],
    ),
]

LEADS += [
    ("Uzura raises $10M in Heron Capital-led Series A", "Uzura builds Japanese LLMs for insurers.", ["Heron Capital"]),
    ("Uzura's AI-led search raises $10M", "Uzura, a Japanese LLM startup, raised $10 million from Heron Capital.", []),
]

LEADS += [
    (
        "ツバメ、シリーズBで25億円",
        "ツバメはシリーズBで25億円を調達した。ラウンドを主導したのはヘロン・キャピタルで、イーグレット銀行も参加した。",
        ["ヘロン・キャピタル"],
    ),
    (
        "ツバメ、シリーズBで25億円",
        "ツバメはシリーズBで25億円を調達した。本ラウンドのリード投資家を務めたヘロン・キャピタルの山田太郎パートナーは"
        "「期待している」と述べた。",
        ["ヘロン・キャピタル"],
    ),
    (
        "カモメ、シリーズBで20億円を調達",
        "生成AIのカモメは、ヘロン・キャピタルとイーグレット・パートナーズが共同リード投資家を務めるシリーズBで20億円を調達した。",
        ["ヘロン・キャピタル", "イーグレット・パートナーズ"],
    ),
    (
        "ツバメ、シリーズCで50億円",
        "生成AIのツバメは、シンガポールの政府系ファンドが主導するシリーズCラウンドで50億円を調達した。",
        [],
    ),
]

LEADS += [
    (
        "Uzura raises $30M",
        "Uzura, a Japanese LLM startup, raised $30 million in a round led by U.S. venture capital firm Heron Partners.",
        ["Heron Partners"],
    ),
    (
        "Uzura raises $30M",
        "Uzura, a Japanese LLM startup, raised $30 million in a Series B led by Egret Investment Co., Ltd. and Heron "
        "Partners Inc.",
        ["Egret Investment", "Heron Partners"],
    ),
]

# Lead words used in other senses name no lead.
NOT_LEADS = [
    (
        "リード獲得AIのカモメ、シリーズAで8億円を調達",
        "生成AIでBtoBのリード獲得を支援するカモメ株式会社は、シリーズAで8億円を調達した。引受先はヘロン・キャピタル。",
    ),
    ("カモメ、AI主導の創薬で15億円を調達", "生成AIを用いたAI主導の創薬を進めるカモメは、シリーズBで15億円を調達した。"),
    ("民間主導の生成AI開発　ツバメが10億円調達", "民間主導で国産LLMを開発するツバメは、シリーズAで10億円を調達した。"),
    (
        "カモメ、リードタイム短縮の生成AIで3億円調達",
        "製造業のリードタイムを生成AIで短縮するカモメは、3億円を調達した。",
    ),
    (
        "Tokyo's Kamome AI, led by ex-Google researcher Taro Yamada, raises $20M",
        "Kamome AI, a Tokyo startup led by former Google researcher Taro Yamada, raised $20 million for its Japanese "
        "LLM. Investors include Egret Capital.",
    ),
    (
        "Kamome raises $5M seed for AI-led customer support in Japanese",
        "Kamome, whose research team is led by Professor Hanako Sato of the University of Tokyo, raised a $5 million "
        "seed round from Egret Ventures.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_LEADS)
def test_lead_words_in_other_senses_name_no_lead(title: str, text: str) -> None:
    assert funding_of(title, text, language="en" if title.isascii() else "ja")["lead_investors"] == []


def test_a_lead_named_in_the_sentence_after_the_amount_is_kept() -> None:
    funding = funding_of(
        "カモメが5億円調達", "生成AIのカモメは5億円を調達した。米ベンチャーキャピタルのヘロン・キャピタルが主導した。"
    )
    assert funding["lead_investors"] == ["ヘロン・キャピタル"]


@pytest.mark.parametrize(("title", "text", "leads"), LEADS)
def test_leads_are_the_investors_called_lead_by_their_names(title: str, text: str, leads: list[str]) -> None:
    funding = funding_of(title, text, language="en" if title.isascii() else "ja")
    assert funding["lead_investors"] == leads


def test_a_fragment_before_a_bank_is_no_investor() -> None:
    funding = funding_of(
        "ツグミ、資金調達 銀行融資も",
        "ツグミ株式会社は第三者割当増資による約35億円のエクイティに銀行からの融資を加え、総額約45億円の資金調達を実施した。",
    )
    assert funding["investors"] == []
    assert funding["lead_investors"] == []


def test_a_ministry_announcing_a_grant_is_policy() -> None:
    assert (
        classify("経産省、生成AI開発のカワセミAIに上限30億円を助成", "経済産業省は生成AI開発の助成先を発表した。").kind
        == "policy"
    )


# An investor's announcement is a funding story; an investment into a place, a field or one's own product is not.
INVESTOR_SIDE = [
    (
        "Google invests in Tokyo-based Kestrel AI",
        "Google invested an undisclosed amount in Kestrel AI, a Japanese LLM startup.",
    ),
    (
        "Why Heron Robotics Is Backing a Taiwan Startup",
        "Japan-based Heron Robotics has invested in Egret Drive, a Taiwanese startup building generative AI agents.",
    ),
    (
        "アリババ、「月之暗面」(Moonshot AI)に1254億円を投資",
        "中国のアリババは、生成AIの「月之暗面」に約8億ドルを投資した。",
    ),
    (
        "Sapporo AI startup Aobato gets $5 million",
        "Aobato, which develops Japanese generative AI tools, got new money.",
    ),
    (
        "Heron Capital invests $10M in Japanese LLM startup Uzura",
        "Heron Capital said it invested $10 million in Uzura.",
    ),
    ("Heron Capital bets $10M on Japanese LLM maker Tsubame", "Heron Capital put $10 million into Tsubame."),
]
NOT_INVESTOR_SIDE = [
    (
        "Microsoft to invest $2.9 billion in Japan for AI and cloud",
        "Microsoft will invest in AI infrastructure in Japan.",
    ),
    ("KDDI、生成AI向けデータセンターに1000億円を投資", "KDDIは大阪のデータセンターに1000億円を投資する。"),
    ("NEC invested heavily in its own Japanese LLM cotomi", "NEC has invested in its cotomi model for years."),
    ("Nvidia-backed Tokyo startup Kestrel launches Japanese LLM", "Kestrel released a 13B Japanese model."),
    (
        "SoftBank pours $3 billion into Japan AI data centers",
        "SoftBank will spend $3 billion on data centers in Japan.",
    ),
]


@pytest.mark.parametrize(("title", "text"), INVESTOR_SIDE)
def test_an_investors_announcement_is_funding(title: str, text: str) -> None:
    assert classify(title, text, language="en" if title.isascii() else "ja").kind == "funding"


@pytest.mark.parametrize(("title", "text"), NOT_INVESTOR_SIDE)
def test_investing_in_a_place_or_ones_own_product_is_no_funding(title: str, text: str) -> None:
    assert classify(title, text, language="en" if title.isascii() else "ja").kind != "funding"


def test_a_round_named_only_further_down_is_background() -> None:
    labels = classify(
        "Kestrel AI CEO says Japan needs its own AI for defense",
        "Speaking in Tokyo, Kestrel AI chief executive Taro Yamada said Japan should build its own AI know-how for "
        "defense. The startup, founded in 2023, has raised some ¥30 billion from investors including Nvidia.",
        language="en",
    )
    assert labels.kind != "funding"


def test_a_round_told_in_the_first_sentence_is_funding_without_a_headline_word() -> None:
    funding = funding_of(
        "Why Kestrel AI Inc. is building Japan's own LLM",
        "Kestrel AI Inc. raised ¥5 billion in a Series B round from Japanese banks, its chief executive said. "
        "The company trains Japanese LLMs.",
        language="en",
    )
    assert (funding["amount"], funding["round"]) == (5_000_000_000, "series_b")


def test_a_grant_won_is_a_funding_story() -> None:
    funding = funding_of(
        "ウズラ、東京都の助成金を獲得　上限8000万円",
        "生成AIの業務活用を支援するウズラは、東京都の助成事業で上限8000万円の助成金を獲得した。",
        url="https://uzura.ai/news/5",
    )
    assert (funding["amount"], funding["qualifier"]) == (80_000_000, "up_to")


def test_a_headline_amount_the_text_says_was_raised_is_a_round() -> None:
    funding = funding_of(
        "ツバメ、シンガポールの政府系ファンドなどから50億円",
        "生成AIのツバメは、シンガポールの政府系ファンドが主導するラウンドで50億円を調達した。",
    )
    assert funding["amount"] == 5_000_000_000
    assert funding["lead_investors"] == []


def test_a_headline_amount_spent_is_no_round() -> None:
    assert (
        classify("ツバメ、生成AI基盤に50億円", "生成AIのツバメは、自社の生成AI基盤に50億円を投資する。").kind
        != "funding"
    )


def test_a_datelines_month_does_not_end_the_first_sentence() -> None:
    funding = funding_of(
        "Kestrel AI expands Japanese LLM team",
        "TOKYO, Dec. 2, 2026 -- Kestrel AI Inc. today announced it has raised $10 million in a Series A round "
        "led by Heron Capital.",
        language="en",
    )
    assert (funding["amount"], funding["lead_investors"]) == (10_000_000, ["Heron Capital"])
