"""Kind by classes of real sentences: abstracts outside a paper host, state money to one company, a state acting
later in a Japanese headline, regulators, statistics of many rounds, event notices and a release's own apparatus.

The sentences are our own wording of real kinds of story (2024-2026), in Japanese and English.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify

NEWS_SITE = "https://news.example.jp/articles/12345"
NEWS_SITE_EN = "https://www.technews.example.com/2025/03/story"


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # An abstract on a project page or a lab's site: the authors' own framing of their work.
        (
            "A Japanese instruction-tuning dataset built from chat logs",
            "In this paper, we propose a method to synthesise Japanese instruction data from chat logs. Experimental "
            "results show that models tuned on it outperform baselines on Japanese MT-Bench.",
            "https://example-lab.github.io/jp-instruct/",
        ),
        (
            "Continual pre-training of a Japanese LLM on legal text",
            "We present a Japanese legal language model and evaluate it on bar-exam questions. Our experiments show "
            "gains over the base model.",
            "https://www.lab.example.ac.jp/projects/legal-llm",
        ),
        (
            "日本語大規模言語モデルの指示チューニングにおける合成データの効果",
            "本研究では、日本語の大規模言語モデルに対する合成指示データの効果を検証する。実験の結果、提案手法はベースラインを上回った。",
            "https://www.repository.example.ac.jp/records/123",
        ),
        (
            "医療文書を対象とした日本語LLMの評価",
            "本稿では、日本語の医療文書を用いて大規模言語モデルを評価する手法を提案する。評価実験により有効性を示した。",
            "https://www.conference.example.jp/proceedings/P1-2.pdf",
        ),
        # Paper hosts and paper pages: a publisher, a preprint server, Hugging Face's paper pages.
        (
            "JMedBench: A Japanese medical LLM benchmark",
            "A benchmark of Japanese medical tasks for large language models.",
            "https://huggingface.co/papers/2409.12345",
        ),
        (
            "Evaluating Japanese LLMs on clinical questions",
            "Japanese large language models answer licensing-exam questions.",
            "https://www.jmir.org/2025/1/e12345",
        ),
    ],
)
def test_an_abstract_outside_a_paper_host_is_a_paper(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "paper", labels.reasons


def test_a_report_about_research_is_not_a_paper() -> None:
    # A reporter telling what researchers proposed: third person, a reporter's wording.
    labels = classify(
        "東大、日本語LLMの新たな学習手法",
        "東京大学の研究チームは、日本語の大規模言語モデルを効率よく学習する手法を提案したと発表した。",
        url=NEWS_SITE,
    )
    assert labels.kind != "paper", labels.reasons
    # A name that merely ends like a paper host is no paper host.
    labels = classify("Signature launches Japanese LLM", "The company launched a model.", url="https://signature.com/x")
    assert labels.kind != "paper", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # The company that gets the state's money opens the headline: its round is the story.
        (
            "ラピダスに官民で総額2700億円の出資、政府が筆頭株主に",
            "経済産業相は、次世代半導体の量産を目指すラピダスに官民あわせて総額2700億円の出資が集まったと発表した。",
            NEWS_SITE,
        ),
        (
            "TSMC熊本第2工場に経産省が最大7320億円を支援へ",
            "経済産業省は、TSMCが熊本県に建てる第2工場に最大7320億円を補助する方針を固めた。",
            NEWS_SITE,
        ),
        (
            "マイクロンの広島工場に最大1920億円補助 経産省",
            "経済産業省は、米マイクロン・テクノロジーが広島工場で進める次世代メモリーの生産に最大1920億円を補助すると発表した。",
            NEWS_SITE,
        ),
        (
            "Rapidus gets extra ¥590 billion in government subsidies",
            "The chipmaker will receive up to 590 billion yen more from the trade ministry, the ministry said.",
            NEWS_SITE_EN,
        ),
    ],
)
def test_state_money_to_one_company_named_first_is_funding(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "funding", labels.reasons
    assert any(reason.startswith("kind:funding (state money to") for reason in labels.reasons), labels.reasons


def test_the_states_own_programme_stays_policy() -> None:
    for title, text in [
        # The state opening the headline is the state's programme, whatever money it names.
        ("経産省、ラピダスに最大5900億円を追加支援", "経済産業省はラピダスへの追加支援を決めた。"),
        # Money to a field or a place, not to a company.
        (
            "データセンター整備に官民で1兆円投資へ",
            "政府は生成AI向けのデータセンター整備に官民で1兆円を投じる計画をまとめた。",
        ),
        (
            "生成AI開発に政府が1000億円支援",
            "政府は国内の生成AI開発を後押しするため、計算資源の確保などに1000億円を充てる。",
        ),
    ]:
        labels = classify(title, text, url=NEWS_SITE)
        assert labels.kind == "policy", (title, labels.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Japanese headlines put who acts in a later clause or last.
        ("議会答弁の作成に生成AI 取手市が試験導入", "職員の負担を減らすため、答弁書の下書きに生成AIを使う。"),
        ("自動運転バスの実証に補助事業 国交省", "地域の交通を支える自動運転の実証10件を選んだ。"),
        ("AIの安全性評価に新組織、政府が設置へ", "評価手法の研究や国際連携を担う。"),
    ],
)
def test_a_state_acting_later_in_the_headline_makes_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


def test_a_round_announced_in_the_headline_stays_funding_when_a_state_acts_later() -> None:
    labels = classify("AI安全性の評価機関、政府が設置へ", "評価手法の研究や国際連携を担う。", url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons
    labels = classify(
        "AI創薬のX、シリーズAで20億円を調達 国が出資する機構も参加",
        "X株式会社はシリーズAで総額20億円の資金調達を実施した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Japan's antitrust watchdog issues report on generative AI market",
        "Japan's privacy watchdog warns OpenAI over handling of personal data",
    ],
)
def test_a_japanese_regulator_in_an_english_headline_is_policy(title: str) -> None:
    labels = classify(title, "The regulator published its findings on Tuesday.", url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "国内スタートアップの資金調達額、2025年は過去最高",
            "調査会社の集計では、国内スタートアップの資金調達額は前年比12%増の9000億円となった。",
        ),
        (
            "VC funding to Japanese startups fell 10% in 2025",
            "Startups in Japan raised 700 billion yen from investors last year, down from the year before.",
        ),
        ("AI funding hits a record in Q3", "AI startups raised $50 billion in the third quarter, led by large rounds."),
    ],
)
def test_the_fields_money_as_a_statistic_is_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # The organiser's notice of its event: a company's, a local government's on its own site.
        (
            "生成AIハッカソン 参加者募集",
            "学生や社会人を対象に、生成AIを使ったアプリ開発ハッカソンを開きます。",
            NEWS_SITE,
        ),
        (
            "市内事業者向け生成AI活用セミナーを開催します",
            "市では、市内の中小企業を対象に生成AIの基礎と活用事例を学ぶセミナーを開きます。申込は1月31日まで。",
            "https://www.city.kawasaki.jp/280/page/0000123.html",
        ),
        (
            "【セミナーレポート】自治体職員向け 生成AI活用の最前線",
            "AI企業2社が開いた自治体職員向けセミナーの模様を紹介する。",
            NEWS_SITE,
        ),
        (
            "Join us at AI Expo Tokyo 2025",
            "See live demos of our Japanese language model at booth 12 from May 21 to 23.",
            "https://www.company.example.com/events/ai-expo",
        ),
    ],
)
def test_an_event_notice_is_press(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_an_event_a_reporter_tells_of_is_not_a_notice() -> None:
    labels = classify("生成AI活用ウェビナーを開催します", "中小企業向けに生成AIの使い方を紹介します。", url=NEWS_SITE)
    assert labels.kind == "press", labels.reasons
    labels = classify(
        "東京都、生成AIハッカソンを開催",
        "東京都は、都内の学生を対象に生成AIを使ったハッカソンを開くと発表した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons
    # A ministry's event on its own site stays the ministry's.
    labels = classify(
        "AIセーフティに関するシンポジウムを開催します",
        "登録は省の受付ページから。",
        url="https://www.meti.go.jp/press/x.html",
    )
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A wire's dateline and a contact block.
        (
            "X Inc. launches Japanese LLM for call centers",
            "TOKYO, March 3, 2025 /PRNewswire/ -- X Inc. launched a Japanese language model for call centers. Media "
            "contact: pr@x.example.com",
        ),
        (
            "Y Corp. releases a Japanese speech model",
            "TOKYO--(BUSINESS WIRE)--Y Corp. released a Japanese speech model. Forward-looking statements: this "
            "release contains statements about plans.",
        ),
        # The company profile, the contact and the trademark note of a Japanese release.
        (
            "法人向け生成AIサービス「Z」、4月から",
            "法人向けの生成AIサービス「Z」を始めた。本リリースに関するお問い合わせは広報まで。※記載されている会社名、製品名は各社の商標または登録商標です。",
        ),
        (
            "生成AIの業務利用、中小企業は2割",
            "調査によると、生成AIを業務で使う中小企業は2割にとどまった。"
            "【会社概要】所在地:東京都港区 事業内容:市場調査",
        ),
    ],
)
def test_a_releases_own_apparatus_makes_press(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "press", labels.reasons


def test_a_survey_cited_is_no_reporters_wording() -> None:
    # A release printed by a news site that cites its own survey ("調査によると") is still a release.
    labels = classify(
        "生成AIの導入企業、3割に",
        "株式会社X(本社:東京都港区)は企業の生成AI導入に関する調査結果を発表しました。調査によると、導入企業は3割でした。",
        url=NEWS_SITE,
        kind="news",
    )
    assert labels.kind == "press", labels.reasons
    # A reporter's source is a reporter's wording.
    labels = classify(
        "生成AIの導入企業、3割に",
        "関係者によると、同社は導入企業が3割に達したとみている。当社の発表資料は後日公開される。",
        url=NEWS_SITE,
        kind="news",
    )
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # A city opening the first sentence after its prefecture, as Japanese papers write it.
        (
            "全職員に生成AI、業務時間を年間2万時間削減へ",
            "神奈川県横須賀市は、全職員が使える生成AIの利用環境を整え、文書作成などに活用すると発表した。",
            NEWS_SITE,
        ),
        (
            "住民の問い合わせにAIが24時間回答",
            "茨城県つくば市は、生成AIを使った住民向けの問い合わせ窓口を開設した。",
            NEWS_SITE,
        ),
        # An English report's city acting.
        (
            "Yokosuka becomes first Japanese city to adopt ChatGPT",
            "The city of Yokosuka began a trial that lets its 4,000 employees use ChatGPT for drafting documents.",
            NEWS_SITE_EN,
        ),
        (
            "Generative AI to answer residents' questions",
            "The Osaka prefectural government will open a chatbot that answers questions about local services.",
            NEWS_SITE_EN,
        ),
    ],
)
def test_a_local_governments_programme_in_a_report_is_policy(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "policy", labels.reasons


def test_a_digest_of_the_weeks_stories_is_news() -> None:
    for title, text in [
        (
            "【今週のAIニュース】政府がAI基本計画案、OpenAIが新モデル",
            "今週の生成AI関連の主なニュースをまとめて紹介する。",
        ),
        ("This week in Japanese AI: the cabinet's AI plan and a $50M round", "A recap of the week's news."),
    ]:
        labels = classify(title, text, url=NEWS_SITE)
        assert labels.kind == "news", (title, labels.reasons)


@pytest.mark.parametrize(
    "url",
    [
        # Services that print releases as their issuers wrote them, whoever the issuer is.
        "https://prtimes.jp/main/html/rd/p/000000012.000012345.html",
        "https://www.atpress.ne.jp/news/123456",
        "https://www.businesswire.com/news/home/20250301005000/ja/",
        # A company's investor-relations page.
        "https://www.example-corp.co.jp/ir/news/2025/0301.html",
    ],
)
def test_a_release_wire_or_an_ir_page_prints_releases(url: str) -> None:
    labels = classify(
        "中小企業向け生成AI研修サービスを開始", "企業の人材育成を支援するX社は、生成AIの研修を始めた。", url=url
    )
    assert labels.kind == "press", labels.reasons
    # A round a wire prints is still a round.
    labels = classify("X社、シリーズAで5億円を調達", "X社はシリーズAで総額5億円の資金調達を実施した。", url=url)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # An investor's own announcement, with or without an amount.
        ("新規投資先のお知らせ:生成AIのX社", "当社はこのたび、生成AIを開発するX社に出資しました。"),
        ("Backing Sakana AI", "Today we are announcing our investment in Sakana AI, a Tokyo-based AI research lab."),
        ("Kotoba Technologies", "We have invested in Kotoba Technologies, which builds Japanese speech models."),
        (
            "生成AI開発のX社、当社ファンドの新たなポートフォリオに",
            "当社は、生成AIを開発するX社が実施する第三者割当増資を引き受けました。",
        ),
    ],
)
def test_an_investors_own_announcement_is_funding(title: str, text: str) -> None:
    labels = classify(title, text, url="https://www.vc.example.com/news/2025/portfolio")
    assert labels.kind == "funding", labels.reasons


def test_a_round_in_dispute_is_news_not_its_announcement() -> None:
    for title, text in [
        (
            "Aleph Alpha's $500 million funding round faces scrutiny",
            "A German newspaper questioned how much of the round was equity.",
        ),
        (
            "AIスタートアップの10億円調達に疑義 投資家が提訴",
            "投資家は、調達時の説明に虚偽があったとして同社を提訴した。",
        ),
    ]:
        labels = classify(title, text, url=NEWS_SITE)
        assert labels.kind == "news", (title, labels.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Another state, a regulator or an international body as the headline's subject.
        (
            "China's internet regulator issues rules on AI-generated content labels",
            "Platforms must label text and images made by AI from September.",
        ),
        ("UK AI Safety Institute publishes evaluation of frontier models", "Five large language models were tested."),
        ("EU investigates Meta over AI training on user data", "The inquiry looks at the use of personal data."),
        ("OECD updates its AI principles", "The revision addresses generative AI and information integrity."),
        ("国連総会、AIに関する決議を採択", "安全で信頼できるAIの推進を求める決議が全会一致で採択された。"),
        ("米商務省、AI半導体の輸出規制を見直し", "中国向けの先端半導体の輸出管理を改める。"),
    ],
)
def test_another_state_or_an_international_body_as_the_subject_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


def test_a_startup_of_a_region_is_no_state() -> None:
    labels = classify(
        "EU startup Mistral raises €600 million", "Mistral AI raised €600 million in a round.", url=NEWS_SITE_EN
    )
    assert labels.kind == "funding", labels.reasons
    labels = classify(
        "Japanese LLM study", "We present a Japanese benchmark.", url="https://confit.atlas.jp/guide/event/x"
    )
    assert labels.kind == "paper", labels.reasons


# Every word capitalised is a house style of reports as of releases: an English headline "X Releases Y" on a
# site that is not X's, with no release's wording in the text, is a report.
@pytest.mark.parametrize(
    "title",
    [
        "Nordwind Labs Releases Open-Weight Reasoning Model Rivalling Western Systems",
        "Harbor Robotics Launches Warehouse Agent Built On Small Language Models",
        "Kestrel AI Unveils Multimodal Model Family Under Apache Licence",
    ],
)
def test_an_english_headline_in_title_case_on_a_news_site_is_news(title: str) -> None:
    labels = classify(title, "The company made the model available for enterprise customers.", url=NEWS_SITE_EN)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A non-state body's or a company's release about its own rules: policy words, no state acting.
        (
            "医療分野における生成AI利用ガイドライン第2版を発行",
            "医療AIの研究組合は、昨年公表した生成AI利用ガイドラインを改訂し、著作権やプライバシーへの対応を強めた。",
        ),
        (
            "生成AIと著作権に関する業界ガイドラインを公表",
            "コンテンツ事業者の業界団体は、生成AIの学習と著作権の関係を整理したガイドラインをまとめた。",
        ),
    ],
)
def test_a_bodys_release_about_its_own_rules_is_press(title: str, text: str) -> None:
    labels = classify(title, text, url="https://www.body.example.or.jp/news/20250711")
    assert labels.kind == "press", labels.reasons
    # The same words about a ministry's rules are the state's.
    labels = classify(
        "生成AI利用ガイドライン第2版を発行", "経済産業省は、生成AIの利用ガイドラインを改訂した。", url=NEWS_SITE
    )
    assert labels.kind == "policy", labels.reasons


def test_a_japanese_ministry_after_japans_in_an_english_headline_is_policy() -> None:
    labels = classify(
        "Japan's Financial Services Agency orders SBI unit to tighten AI risk controls",
        "The regulator issued a business improvement order on Friday.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "policy", labels.reasons


# --- Kind-accuracy session (3 December 2026) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # A research repository: a deposited paper, told in the third person, no abstract's "we propose".
        (
            "Bidirectional translation between Okinawan and Japanese with small encoder-decoder models",
            "A linguist trains translation models in both directions between Okinawan and Japanese and reports "
            "BLEU scores on a new parallel corpus.",
            "https://zenodo.org/records/99887766",
        ),
        # A site that prints one paper's review a page.
        (
            "Sawa-1: an open Vietnamese LLM family",
            "The Sawa-1 technical report describes open models from 3B to 32B parameters for Vietnamese.",
            "https://www.themoonlight.io/en/review/sawa-1-an-open-vietnamese-llm-family",
        ),
        # An institution's repository, by its host.
        (
            "方言音声の書き起こしに大規模言語モデルは使えるか",
            "山田氏と鈴木氏は、方言の書き起こし作業に大規模言語モデルを使う可能性を検証した。",
            "https://repository.example-u.ac.jp/records/2000123",
        ),
        (
            "Measuring politeness shifts in Japanese LLM output",
            "The authors compare keigo use across five Japanese models.",
            "https://eprints.example.ac.uk/45678/",
        ),
    ],
)
def test_a_repository_or_a_paper_review_site_holds_papers(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "paper", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # "raise money": the infinitive, with money rather than an amount after it.
        (
            "Two Seoul model makers hurry to raise money before the state's next review",
            "Two Korean foundation-model developers have raised large sums ahead of a government evaluation. One of "
            "them took 18 billion won in a Series B from existing and new investors.",
        ),
        (
            "Two Berlin robotics startups race to raise cash before the EU's factory review",
            "Two German robot makers taking part in an EU programme have raised large sums ahead of its review. One "
            "took €40 million in a Series B led by existing investors.",
        ),
        # A weekly newsletter that the first sentence only cites as its source: one round.
        (
            "Kiwi agritech firm Paddock raises NZ$12M Series A led by Landcap",
            "New Zealand developer of pasture-sensing drones Paddock raised NZ$12M in a Series A led by Landcap, "
            "according to a weekly agritech investment newsletter.",
        ),
        # An investor's future investment in a company named by what it makes.
        (
            "Panasonic's venture unit to invest in Osaka battery maker Denkai",
            "Denkai Energy said it will receive about 3 billion yen from Panasonic's corporate venture arm as lead "
            "investor of its Series C.",
        ),
        # A fund, by its ending, as the headline's subject investing in one company.
        (
            "ちいき創生ファンド、高松市のうみべ製作所に3000万円を投資",
            "高松信用金庫は10月2日、ちいき創生ファンドの投資報告会を開いた。ファンドは部品加工会社のうみべ製作所に"
            "3000万円を投資した。",
        ),
        # A company getting a state body's money for its own development, the body named with its programme.
        (
            "みどり育種、JSTの大学発新産業創出プログラムで最大3億円の開発資金を受け新品種開発へ",
            "千葉県の株式会社みどり育種は、科学技術振興機構(JST)のプログラムの支援を受け、新品種を開発する。"
            "開発期間は最長3年で、最大3億円の開発費が貸し付けられる。",
        ),
    ],
)
def test_a_round_told_in_other_words_is_funding(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN if title.isascii() else NEWS_SITE)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Indian startups and funds raise over ₹3,000 crore in the last week of March",
            "In the final week of March a credit fund raised ₹1,500 crore, a drone maker secured $20 million in "
            "Series B funding and a fintech raised $9 million led by a local VC.",
        ),
        (
            "European AI startups raised $2.1 billion in the first week of June",
            "Twelve rounds above $50 million made up most of the week's total, led by a Paris model developer.",
        ),
    ],
)
def test_a_weeks_rounds_of_many_companies_are_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # A model's card on Hugging Face: the account that publishes the model wrote it.
        (
            "Hinoki 13B Instruct: a Japanese chat model on Mistral",
            "Hinoki Lab has published Hinoki 13B, which extends Mistral with Japanese vocabulary, and an instruct "
            "version tuned on Japanese dialogue.",
            "https://huggingface.co/hinoki-lab/hinoki-13b-instruct",
        ),
        (
            "Sumire-ja-reasoning: a Japanese maths reasoning data set",
            "Sumire AI released 40,000 Japanese maths problems with worked solutions for tuning reasoning models.",
            "https://huggingface.co/datasets/sumire-ai/sumire-ja-reasoning",
        ),
        # A newsroom's host: the company's own release, though the text reads "と発表した".
        (
            "ANAと成田のNAA、顔認証による手荷物預けの実証に成功",
            "ANAと成田国際空港は、顔認証だけで手荷物を預けられる実証に成功したと発表した。",
            "https://press.example-air.co.jp/ja/release/202605/001234.html",
        ),
        # A news portal's page whose path names the release wire it reprints.
        (
            "ハクツル、社内の生成AI勉強会が1年で300人に",
            "ハクツルは、社内の生成AI勉強会の参加者が1年で300人に広がったと発表した。",
            "https://www.portal.example.com/release/prtimes2-today/20250901/1100999.html",
        ),
        # An academic institution's own site.
        (
            "京大工研、全固体電池の界面抵抗を10分の1に",
            "京都大学工学研究科の研究室は、全固体電池の界面抵抗を従来の10分の1に下げたと発表した。",
            "https://www.eng.example-u.ac.jp/news/250301/",
        ),
        # A wire of research institutions' releases.
        (
            "Sea ice and attention heads share a percolation threshold",
            "Researchers at Hokkaido University show that percolation theory predicts when attention heads in "
            "transformers specialise, the lead author explains.",
            "https://www.alphagalileo.org/en-gb/Item-Display/ItemId/250000",
        ),
        # The organiser's call for participants, the event named as it likes.
        (
            "研究会「生成AIと地域医療」を3月5日に開催、参加者を募集",
            "医療機関の職員向けに研究会を開き、生成AIを使った診療記録の作成事例を紹介する。",
            "https://www.medical-assoc.example.or.jp/info/301.html",
        ),
    ],
)
def test_an_address_or_a_call_that_says_whose_page_it_is_is_press(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_hub_section_that_is_no_accounts_page_is_not_its_press() -> None:
    labels = classify(
        "Hinoki 13B Instruct: a Japanese chat model",
        "A community write-up compares Japanese chat models.",
        url="https://huggingface.co/blog/hinoki-review",
    )
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # A foreign state by its name doing what states do.
        (
            "Korea to require visible labels on AI-generated video ads",
            "Advertisers will have to mark synthetic footage from next year under a draft rule.",
            NEWS_SITE_EN,
        ),
        (
            "India unveils voluntary guidelines for frontier AI developers",
            "The document asks developers to disclose training compute and red-team results.",
            NEWS_SITE_EN,
        ),
        # A Chinese or Korean ministry by its own name, which ends in 部.
        (
            "韓国科学技術情報通信部、AIデータセンター3カ所の整備を発表",
            "科学技術情報通信部は、地方にAIデータセンターを3カ所整備する計画を発表した。",
            NEWS_SITE,
        ),
        # A ministry opening the first sentence of a report whose headline names companies.
        (
            "Three labs advance in Vietnam's national LLM programme",
            "The Ministry of Science and Technology announced on Monday that three labs passed the first review of "
            "the national large language model programme, which funds models trained from scratch.",
            NEWS_SITE_EN,
        ),
        # The legislature passing a bill that amends a law.
        (
            "道路交通法改正案が衆院通過 自動運転の事故報告を義務化",
            "自動運転車の事故を国に報告する義務を設ける道路交通法改正案が、衆院本会議で可決された。",
            NEWS_SITE,
        ),
        # A national agency's government site telling of something other than its own work.
        (
            "ベトナムのスタートアップ支援 政府系ファンドが果たす役割",
            "ジェトロは、ベトナムのスタートアップ・エコシステムを分析したレポートを公開した。",
            "https://www.jetro.go.jp/biz/areareports/2025/0101/abcdef.html",
        ),
    ],
)
def test_a_state_acting_in_other_words_is_policy(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "policy", labels.reasons


def test_a_national_labs_release_of_its_own_work_stays_press() -> None:
    labels = classify(
        "NICT、日本語と英語の同時通訳モデルを開発",
        "情報通信研究機構(NICT)は、日本語と英語の同時通訳モデルを開発した。",
        url="https://www.nict.go.jp/press/2025/01/01-1.html",
    )
    assert labels.kind == "press", labels.reasons
    labels = classify(
        "産総研、生成AIの安全性評価センターを設立",
        "産業技術総合研究所(AIST)は、生成AIの安全性を評価するセンターを設立した。",
        url="https://www.aist.go.jp/aist_j/news/au20250101.html",
    )
    assert labels.kind == "press", labels.reasons
    # A company in a headline about a country: no state acting.
    labels = classify("China's Zhipu releases GLM-5", "Zhipu AI released a new model.", url=NEWS_SITE_EN)
    assert labels.kind != "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A town as where a company's trial happens ("X村で"), the company opening the first sentence.
        (
            "大川村でAI配車の乗り合いタクシー実証が始まる",
            "モビリティ企業のミチノリテックは11月1日、高知県大川村でAI配車を使った乗り合いタクシーの実証を始めた。",
        ),
        # A prefecture as the subject of a share in a statistic.
        (
            "生成AIを導入した市町村、1年で倍増 長野県は7割",
            "民間の調査会社の集計で、生成AIを業務に使う市町村は1年で倍増した。長野県では7割が導入している。",
        ),
        # A town apologising for its own post: news about the town; the notice it posted is quoted.
        (
            "北浜町、「大雨警報のお知らせ」に生成AIの画像を誤って使用し謝罪",
            "北浜町は公式サイトの「大雨警報のお知らせ」に、生成AIで作られた浸水写真を使っていたとして謝罪した。",
        ),
    ],
)
def test_a_town_that_is_only_a_place_a_figure_or_a_mishap_is_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


def test_a_town_apologising_later_in_the_headline_is_news_and_the_states_apology_policy() -> None:
    labels = classify(
        "大雨の告知画像は生成AIのフェイク 北浜町が謝罪",
        "北浜町は公式サイトに生成AIで作られた浸水写真を使っていたとして謝罪した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "news", labels.reasons
    labels = classify(
        "政府、旧制度による被害者に正式に謝罪 補償法案を閣議決定",
        "政府は、旧制度による被害者に謝罪し、補償のための法案を閣議決定した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


def test_a_town_as_a_place_with_the_state_acting_in_the_lead_stays_policy() -> None:
    labels = classify(
        "大川村でAI配車の乗り合いタクシー実証、今年も12月から",
        "高知県は運転手不足への対応として、大川村などと連携したAI配車の実証を続けており、今年は12月から運行すると示した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


def test_a_headlines_plain_announcing_words_are_a_reporters_too() -> None:
    # "…の提供を開始" heads reports and releases alike; with nothing of the issuer's own in the body it is a report.
    labels = classify(
        "ミナトクラウド、「ミナトAI推論 専有プラン」の提供を開始",
        "ミナトクラウドは、利用者専用のGPU環境でオープンモデルをAPIとして使えるサービスを始めた。料金は月額定額。",
        url=NEWS_SITE,
    )
    assert labels.kind == "news", labels.reasons
    # The polite form is the issuer's own.
    labels = classify(
        "「ミナトAI推論 専有プラン」の提供を開始しました",
        "利用者専用のGPU環境でオープンモデルをAPIとして使えるサービスです。",
        url=NEWS_SITE,
    )
    assert labels.kind == "press", labels.reasons


def test_raising_rates_is_no_round() -> None:
    labels = classify(
        "Bank of Korea to raise rates by 0.25% as inflation bites",
        "The central bank said it would raise its policy rate at the next meeting.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "Week in Review: robotaxis come to Tokyo and a chip startup goes shopping",
            "TechCrunch's weekly look back covers a robotaxi service starting in Tokyo and an acquisition by a US "
            "chip startup.",
            "https://techcrunch.com/2025/05/03/week-in-review-robotaxis-tokyo/",
        ),
        (
            "国内の生成AI導入企業、2年で倍増",
            "日本経済新聞社が上場企業を対象に集計したところ、生成AIを業務に導入した企業は2年で倍増した。",
            "https://www.nikkei.com/article/DGXZQOUC000000000000000/",
        ),
    ],
)
def test_a_news_outlets_own_site_prints_reports(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "news", labels.reasons


def test_a_news_outlet_opening_the_headline_on_its_site_is_its_release() -> None:
    labels = classify(
        "読売新聞、米国のAI検索企業を著作権侵害で提訴",
        "読売新聞社は、記事を無断で利用されたとして米国のAI検索企業を東京地裁に提訴した。",
        url="https://www.yomiuri.co.jp/company/release/20250807-OYT1T50000/",
    )
    assert labels.kind == "press", labels.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Kestrel picks up $8 million for drone inspection software",
        "Fintech Payora scores $25M to expand in Brazil",
        "Payments firm Zeta rakes in $100 million",
        "Sequoia leads $20M round in Indian edtech Vedu",
    ],
)
def test_headline_slang_for_raising_and_an_investor_leading_are_funding(title: str) -> None:
    labels = classify(title, "The company will use the money to hire engineers.", url=NEWS_SITE_EN)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Sony nets $5 billion in quarterly profit",
        "Defense startup Anduril scores $99M Army contract",
        "Model scores 92% on Japanese bar exam",
        "Apple led the market in Q3",
    ],
)
def test_the_same_slang_about_profits_contracts_or_scores_is_no_round(title: str) -> None:
    labels = classify(title, "The figures were published on Tuesday.", url=NEWS_SITE_EN)
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Insurtech Kumo gets backing from Index Ventures",
            "Kumo has raised $18 million in a Series A led by Index Ventures, the company said on Tuesday.",
        ),
        (
            "Claims startup Kumo valued at $1bn in new round",
            "Kumo raised $100 million from Index Ventures and others, valuing it at $1 billion.",
        ),
    ],
)
def test_backing_and_a_new_round_in_the_headline_are_funding(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "funding", labels.reasons


def test_a_new_round_of_something_else_is_no_funding() -> None:
    labels = classify(
        "Chipmaker braces for new round of export curbs", "The rules take effect in May.", url=NEWS_SITE_EN
    )
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    "url",
    [
        "https://papers.example.com/paper/arxiv/2405.01234",
        "https://reader.example.org/abs/2311.04567v3",
        "https://mirror.example.net/pdf/2402.12345.pdf",
        # A reader's page of one paper by its arXiv number, in a folder of papers: the paper, summarised.
        "https://www.summaries.example.ai/paper/2507.01234",
        "https://digest.example.org/ja/papers/2411.00987",
    ],
)
def test_an_address_carrying_an_arxiv_identifier_is_a_paper(url: str) -> None:
    labels = classify(
        "Tagalog LLMs: continual pre-training for a low-resource language",
        "The report describes continual training of a 7B model on Tagalog text and a new exam benchmark.",
        url=url,
    )
    assert labels.kind == "paper", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "Malaysia refreshes its national AI roadmap",
            "The roadmap sets out talent, compute and research goals for the next five years.",
            "https://www.mdec.gov.my/media-release/ai-roadmap",
        ),
        (
            "Korea opens consultation on AI basic act decree",
            "The draft decree sets out duties for providers of high-impact AI.",
            "https://www.msit.go.kr/eng/bbs/view.do?nttSeqNo=123",
        ),
        (
            "AI Assurance: Written Statement",
            "A statement to the House set out how the assurance programme will test frontier models.",
            "https://questions-statements.parliament.uk/written-statements/detail/2025-02-03/hcws999",
        ),
    ],
)
def test_another_states_own_domain_or_its_legislature_is_policy(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "窓口の案内に生成AI 住民の質問に24時間回答",
            "大阪・堺市は10日、市の手続きや制度の資料を読み込ませた生成AIの案内システムを市役所の窓口に導入した。",
        ),
        (
            "議事録の要約に生成AI、職員の作業時間を半減",
            "兵庫・明石市が、議会の議事録を生成AIで要約する仕組みの試験運用を始めた。",
        ),
    ],
)
def test_a_city_after_its_place_and_a_dot_opening_the_lead_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "保険会社の生成AI活用、半数が本番運用 リスク管理に課題",
            "金融庁は5日、保険会社の生成AI活用に関するアンケートの結果をまとめた報告書を公表した。",
            NEWS_SITE,
        ),
        (
            "地域銀行の生成AI導入状況 ―調査結果の概要―",
            "日本銀行金融機構局は、地域銀行を対象にした生成AIの利用状況の調査結果をまとめたレポートを公表した。",
            NEWS_SITE,
        ),
        (
            "Most Japanese banks now use generative AI for drafting",
            "The Bank of Japan said on Monday that seven in ten banks use generative AI, according to its survey.",
            NEWS_SITE_EN,
        ),
    ],
)
def test_a_ministry_opening_the_lead_as_its_subject_is_policy(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "policy", labels.reasons


def test_a_ministrys_survey_cited_in_the_lead_is_no_act_of_state() -> None:
    labels = classify(
        "生成AIを使う市町村、1年で倍増",
        "総務省の調査によると、生成AIを導入した市町村は1年で2倍に増えた。",
        url=NEWS_SITE,
    )
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "Robotics startups that automate warehouses pull in fresh funding",
            "Two startups that build picking robots each raised more than $20 million in March. PickCo got $25 "
            "million from Example Ventures, and ShelfBot raised $22 million from Sample Capital.",
            NEWS_SITE_EN,
        ),
        (
            "Warehouse automation keeps attracting investors",
            "Three robotics startups each raised over $10 million last month, led by PickCo's $25 million Series B.",
            NEWS_SITE_EN,
        ),
        (
            "2024年 生成AI資金調達レポート:大型調達の行方",
            "2024年の生成AI分野の資金の流れを振り返る。基盤モデル開発企業の調達は大型化し、応用分野への投資も増えた。",
            NEWS_SITE,
        ),
    ],
)
def test_many_companies_rounds_or_a_years_money_of_a_field_is_no_round(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Example Ventures, Sample Capital fund PickCo warehouse robots",
            "PickCo, which makes picking robots, has raised $18 million in Series A funding co-led by Example "
            "Ventures and Sample Capital.",
        ),
        (
            "Harbor Partners and Delta Fund back ShelfBot",
            "ShelfBot has raised $9 million in a seed round from Harbor Partners and Delta Fund.",
        ),
    ],
)
def test_investors_by_their_ending_funding_a_company_in_the_headline_is_funding(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "NEDO、計算資源の助成事業で第2回の募集要領を改定",
            "新エネルギー・産業技術総合開発機構(NEDO)は、計算資源を助成する事業の第2回の募集要領を改めた。",
        ),
        (
            "大学発スタートアップ支援の基金、運用方針を説明",
            "科学技術振興機構(JST)は15日、大学発スタートアップを支援する基金の運用方針を記者説明会で示した。",
        ),
    ],
)
def test_a_national_agency_acting_on_a_state_programme_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


def test_a_national_agencys_own_work_under_a_policy_word_is_no_state_programme() -> None:
    labels = classify(
        "産総研、生成AIの品質評価ガイドラインを公開",
        "産業技術総合研究所は、生成AIの品質を評価するためのガイドラインを公開した。",
        url=NEWS_SITE,
    )
    assert labels.kind != "policy", labels.reasons


# --- Fifth set's tuning half ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Govt to Fund Flood-Warning Sensors Along Major Rivers",
            "The government plans to install water-level sensors on major rivers and share their data with cities.",
        ),
        (
            "Govt Plans Rules on Facial Recognition at Stadiums",
            "The government is drawing up rules on how venues may use facial recognition cameras at events.",
        ),
    ],
)
def test_govt_opening_a_headline_is_a_state_acting(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Hoshino Electric Co., Ltd.: Hoshino and Kita City Begin Trial of Generative AI for Resident Inquiries",
            "Hoshino Electric and Kita City said on March 3 they would test a generative AI service that drafts "
            "answers to residents' questions.",
        ),
        (
            "Minato Robotics Inc.: Minato Robotics Releases an LLM-Based Picking Assistant",
            "Minato Robotics released a picking assistant that reads orders with a large language model.",
        ),
    ],
)
def test_a_wire_headline_opening_with_the_issuers_legal_form_and_a_colon_is_press(title: str, text: str) -> None:
    labels = classify(title, text, url="https://www.finance-news.example.de/nachrichten/2026-03/12345.htm")
    assert labels.kind == "press", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "人工衛星の打ち上げ、延期に",
            "15日に予定されていた地球観測衛星の打ち上げについて、文部科学省は天候不良のため延期すると発表した。",
        ),
        (
            "大雨の被害、農地で拡大",
            "九州北部の大雨による農地の被害について、農林水産省は被害額が50億円を超えたと明らかにした。",
        ),
    ],
)
def test_a_ministry_as_the_topic_of_the_lead_after_what_it_speaks_of_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "出版協会、知財推進計画に意見 海賊版対策の強化を要望",
            "出版協会は、政府がまとめる知的財産推進計画への意見を公表し、海賊版サイトへの対策強化を求めた。",
        ),
        (
            "AIと肖像権、法整備を求める声 俳優団体が声明",
            "俳優団体は、AIで作られた肖像の扱いについて法整備を急ぐよう政府に求める声明を出した。",
        ),
    ],
)
def test_a_bodys_call_on_a_state_plan_or_for_legislation_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "url"),
    [
        (
            "少数の現場データで頑健にする果実の病害判定",
            "https://www.society.example.or.jp/event/taikai/88/data/5R-02.html",
        ),
        ("対話要約の評価指標の比較", "https://www.nlp-society.example.jp/proceedings/2025/P3-11.html"),
    ],
)
def test_a_talks_page_on_a_conference_site_is_a_paper(title: str, url: str) -> None:
    labels = classify(title, "研究者らは全国大会で、少ないデータで精度を保つ手法を発表した。", url=url)
    assert labels.kind == "paper", labels.reasons


def test_an_event_notice_on_a_conference_site_is_no_paper() -> None:
    labels = classify(
        "第88回全国大会 参加者を募集",
        "全国大会の参加申込を受け付けています。",
        url="https://www.society.example.or.jp/event/taikai/88/",
    )
    assert labels.kind != "paper", labels.reasons


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Llama-3.1-Swallow-8B-Instruct-v0.3", "https://www.lab.example.org/swallow/llama31-swallow.html"),
        ("PLaMo 2.1 8B", "https://www.models.example.com/plamo-2.1/"),
    ],
)
def test_a_headline_that_is_only_a_models_name_is_its_own_page(title: str, url: str) -> None:
    labels = classify(title, "The model was trained further on Japanese text and released for research use.", url=url)
    assert labels.kind == "press", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Osaka battery startup secures federal backing for its first plant",
            "The central government will provide up to $80 million for the plant, the company said on Monday.",
        ),
        (
            "Hydrogen venture gets support from government and trading houses",
            "Eleven companies and a state-backed fund will put 3.2 billion yen into the Nagoya-based venture's pilot "
            "plant, it said on Tuesday.",
        ),
    ],
)
def test_a_company_securing_backing_or_support_from_backers_is_funding(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    "title", ["Chat app gets support for Japanese voice input", "Chat app wins support from teachers in Japan"]
)
def test_support_for_a_feature_or_from_users_is_no_backing(title: str) -> None:
    labels = classify(title, "The update adds Japanese voice input to the app's mobile version.", url=NEWS_SITE_EN)
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    "title",
    [
        "ミナトバイオ、海外ファンドとの新株予約権発行プログラム契約を締結",
        "北斗テクノロジーズ 有価証券届出書(第8回新株予約権)",
        "第三者割当による新株式発行に関するお知らせ",
    ],
)
def test_a_listed_companys_headline_issuing_shares_or_warrants_is_funding(title: str) -> None:
    labels = classify(
        title,
        "株式会社ミナトバイオは取締役会で、海外の投資会社を割当先とする新株予約権の発行を決めた。すべて行使された場合の"
        "調達額は約12億円となる。",
        url=NEWS_SITE,
    )
    assert labels.kind == "funding", labels.reasons


def test_a_stock_option_for_staff_is_no_round() -> None:
    labels = classify(
        "従業員に対するストックオプションとしての新株予約権の発行に関するお知らせ",
        "当社は取締役会において、当社従業員に対し新株予約権を無償で発行することを決議いたしました。",
        url=NEWS_SITE,
    )
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Osaka-based Kitahama Systems Co., Ltd. announced the results of a survey of 500 office workers on generative "
        "AI, finding that 22% use ChatGPT at work every week.",
        "Mebuki Health Inc. said on March 3, 2026 that it had added a generative AI assistant to its clinic booking "
        "service in Japan, cutting reception calls by a third.",
    ],
)
def test_an_english_body_opening_with_the_companys_legal_form_is_its_release(text: str) -> None:
    labels = classify("Generative AI assistant cuts clinic calls by a third", text, url=NEWS_SITE_EN)
    assert labels.kind == "press", labels.reasons


def test_a_report_naming_a_company_without_its_legal_form_stays_news() -> None:
    labels = classify(
        "Generative AI assistant cuts clinic calls by a third",
        "Mebuki Health said on Tuesday that its generative AI assistant had cut reception calls at clinics in Japan "
        "by a third.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Japan as the headline's subject, planning; its ministries as a body.
        (
            "Japan Planning New Rules for AI Developers' Training Data",
            "Officials want developers of generative AI to disclose what data their models learn from.",
        ),
        (
            "Japanese Ministries to Share One Generative AI Platform",
            "Staff across central offices will use the same chat assistant from April.",
        ),
        # A government or a state's council opening the lead as the one that decides.
        (
            "Generative AI rules for teachers take shape",
            "The Japanese government has decided to issue guidance on how teachers may use generative AI in class. "
            "Schools will be asked to check pupils' ages first.",
        ),
        (
            "Officials told to log chatbot use",
            "Japan's Administrative Reform Council decided on Friday that every office must record its use of "
            "generative AI tools. Secret documents stay off limits.",
        ),
        # A head of state acting by name, in a sentence with an initial in it.
        (
            "Sweeping AI Plan Unveiled at Summit",
            "At a forum in the John F. Kennedy Center on May 2, President Jane Doe signed two executive orders on "
            "generative AI. The orders take effect at once.",
        ),
        # A city acting, with where it is.
        (
            "61% of Staff Use Generative AI at Work",
            "Daejeon City in South Korea said on June 3 that a survey of its officials found most use chatbots. The "
            "city will pay for team accounts.",
        ),
    ],
)
def test_a_state_acting_in_an_english_headline_or_lead_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    "text",
    [
        "石破茂首相と米半導体大手のCEOが3日に官邸で会談し、国内での生成AI向け計算基盤の整備で協力することを確認した。",
        "県知事と地元銀行の頭取が10日、生成AIを使った行政手続きの実証を始めると発表した。",
    ],
)
def test_a_state_actor_opening_the_lead_with_another_is_policy(text: str) -> None:
    labels = classify("生成AI基盤の整備で協力 来年にも運用", text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    "title",
    ["相模市・大和市共同救急センター運用開始", "桐生市・太田市合同防災訓練に2000人"],
)
def test_towns_that_name_a_facility_or_an_event_are_no_subject(title: str) -> None:
    labels = classify(
        title,
        "新しい施設では、通報の音声をAIで文字にして隊員の画面に示す。",
        url=NEWS_SITE,
    )
    assert labels.kind == "news", labels.reasons


def test_towns_joined_as_a_headlines_subject_still_act() -> None:
    labels = classify(
        "相模市・大和市、生成AIの共同利用で協定",
        "両市は生成AIの利用環境を共同で整えることで合意した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "東邦銀行、東北の大学発スタートアップに投資するファンドを組成へ",
            "東邦銀行は20億円規模のファンドを組成し、地元の信用金庫も出資する。1社あたり3000万円を投じる。",
            NEWS_SITE,
        ),
        (
            "しずおか信金、県内の農業ベンチャーに出資する「ふじの国基金」を設立",
            "しずおか信金は10億円規模の基金を設立し、1社あたり最大5000万円を出資する。",
            NEWS_SITE,
        ),
        (
            "Insurer sets up a ¥10 billion fund to back generative AI startups",
            "The insurer will invest in Japanese startups building on large language models; investors include two "
            "banks.",
            NEWS_SITE_EN,
        ),
    ],
)
def test_a_fund_formed_to_invest_in_a_fields_companies_is_no_round(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    "title",
    ["欧州AIスタートアップの資金調達、上期は300億ドル超え", "国内スタートアップの調達は減速 大型案件に集中"],
)
def test_a_fields_raising_as_the_headlines_subject_is_no_round(title: str) -> None:
    labels = classify(
        title,
        "調査会社のデータによると、X社が50億ドル、Y社が30億ドルを調達するなど大型案件が総額を押し上げた。",
        url=NEWS_SITE,
    )
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "ELYZA、日本語に強い700億パラメータのLLMを公開",
            "ELYZAは、経済産業省とNEDOが進めるGENIACの支援を受けて開発した大規模言語モデルを公開した。政府の計算資源支援の"
            "枠組みで学習し、ガイドラインに沿って評価した。",
            "https://elyza.ai/news/2026/01/20",
        ),
        (
            "Fujitsu releases a Japanese LLM for public-sector documents",
            "Fujitsu trained the model in the GENIAC programme of the Ministry of Economy, Trade and Industry, with "
            "government support for compute, and follows the AI guidelines for business.",
            "https://global.fujitsu/en-global/newsroom/2026/01/llm",
        ),
    ],
)
def test_a_state_programme_named_only_in_the_body_of_an_organisations_own_release_is_press(
    title: str, text: str, url: str
) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_state_programme_in_the_headline_of_an_organisations_site_stays_policy() -> None:
    labels = classify(
        "GENIAC第3期の公募について",
        "経済産業省とNEDOは生成AI基盤モデル開発の公募を開始した。",
        url="https://elyza.ai/news/2026/01/21",
    )
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "話題の生成AI新興、大型投資を受ける",
            "東京の生成AI新興企業が評価額300億円で40億円を調達し、米系VCがそのラウンドを主導した。資金は計算資源に充てる。",
        ),
        (
            "Kotoha AI、事業拡大へ 米VCが後押し",
            "Kotoha AIは25億円を調達し、米国のベンチャーキャピタルがこのラウンドをリードした。資金は採用に充てる。",
        ),
    ],
)
def test_a_round_an_investor_led_told_in_the_first_sentence_is_funding(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    "title",
    ["Japan launches third H3 rocket carrying a navigation satellite", "Japan to launch lunar lander next spring"],
)
def test_a_states_space_launch_is_news(title: str) -> None:
    labels = classify(
        title,
        "The rocket lifted off from the Tanegashima Space Center, the Japan Aerospace Exploration Agency said.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "news", labels.reasons


def test_a_states_satellite_programme_stays_policy() -> None:
    labels = classify(
        "Japan to launch satellite programme for disaster monitoring",
        "The cabinet approved a budget for the programme on Friday.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Regional banks weigh loans of up to 30 billion yen to Preferred Networks",
        "Three lenders extend $400 million loan to Sakana AI",
    ],
)
def test_lenders_loans_to_a_company_in_the_headline_are_its_round(title: str) -> None:
    labels = classify(
        title,
        "The banks sent letters of intent this week, two people familiar with the matter said.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "funding", labels.reasons


def test_loans_to_a_kind_of_borrower_are_no_round() -> None:
    labels = classify(
        "Regional banks weigh loans of up to 30 billion yen to small businesses adopting AI",
        "The banks sent letters of intent this week, two people familiar with the matter said.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "Ministry picks three startups for national LLM push",
            "Vietnam's Ministry of Science and Technology (MOST) is preparing to back three startups building "
            "Vietnamese foundation models. Each is expected to receive GPU compute worth $5 million rather than a cash "
            "grant.",
            NEWS_SITE_EN,
        ),
        (
            "Startups chosen for national language model programme",
            "The Ministry of Digital Affairs (MODA) has decided to fund four startups building Thai language models. "
            "Each was awarded a grant of up to $3 million for compute.",
            NEWS_SITE_EN,
        ),
        (
            "生成AI開発で5社を選定",
            "経済産業省は10日、生成AI基盤モデルの開発を支援する5社を選定した。各社は経産省から最大10億円の助成を受ける。",
            NEWS_SITE,
        ),
    ],
)
def test_a_ministry_opening_the_lead_about_the_grants_it_gives_is_policy(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "policy", labels.reasons


def test_a_companys_president_announcing_a_plan_is_no_state() -> None:
    labels = classify(
        "Chipmaker Sets Out Three-Year Plan",
        "At a briefing in Tokyo on May 12, President Taro Yamada announced a medium-term business plan built on "
        "generative AI servers. Sales are to double by 2028.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind != "policy", labels.reasons


def test_a_legal_form_in_a_news_agencys_first_reference_is_no_release() -> None:
    labels = classify(
        "SoftBank-backed startup expands in Japan",
        "Example Robotics Inc. said on Tuesday it would open a Tokyo office to sell its generative AI agents to "
        "Japanese banks.",
        url="https://www.bloomberg.com/news/articles/2026-03-03/example-robotics-expands",
    )
    assert labels.kind != "press", labels.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The company's European headquarters will open in Paris next year to sell its Japanese language model.",
        "The students' AI council decided to ban generative AI in the school's essay contest.",
    ],
)
def test_a_council_or_headquarters_of_no_state_is_no_state(text: str) -> None:
    labels = classify("Japanese LLM maker grows abroad", text, url=NEWS_SITE_EN)
    assert labels.kind != "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # A journal publisher's reader whose address carries the article's DOI.
        (
            "生成AIを用いた放射線読影レポート作成支援の現状",
            "放射線科医の読影レポート作成に大規模言語モデルを使う試みを整理した総説。",
            "https://reader.example-publisher.jp/journal/article/abs/10.12345/rad.2025.0042",
        ),
        (
            "Large language models in Japanese nursing education",
            "A review of how Japanese nursing schools use LLM tutors.",
            "https://journals.example.org/doi/full/10.5555/jne.2024.118",
        ),
        # A document in a researcher's or a lab's papers folder.
        (
            "JaLegal: a Japanese legal question set for LLMs",
            "Taro Sato and Hanako Ito built 3,000 Japanese bar-exam questions to test large language models.",
            "https://sato-lab.example.jp/papers/Sato2024-jalegal.html",
        ),
        (
            "Instruction tuning a Japanese LLM on clinical notes",
            "The authors tune an open LLM on Japanese clinical notes and report their results.",
            "https://www.example.ac.uk/~kato/paper/kato2025.pdf",
        ),
    ],
)
def test_a_doi_address_or_a_papers_folder_holds_a_paper(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "paper", labels.reasons


@pytest.mark.parametrize(
    "url",
    [
        # A white paper, a newspaper's page, a date that looks like a number: none is a paper.
        "https://www.example.co.jp/whitepapers/genai-2025.pdf",
        "https://www.example-news.jp/newspapers/2025.html",
        "https://news.example.jp/2025/10.12/genai-story",
    ],
)
def test_a_white_paper_or_a_newspapers_address_is_no_paper(url: str) -> None:
    labels = classify(
        "生成AIの導入が進む国内企業",
        "国内企業の生成AI導入が広がっていると調査会社がまとめた。",
        url=url,
    )
    assert labels.kind != "paper", labels.reasons


@pytest.mark.parametrize(
    "url",
    [
        # Sites that republish the wire's releases keep the release's number in the address.
        "https://www.example-news.jp/news/id_000000021.000045678.html",
        "https://media.example.com/articles/000000105.000012345",
    ],
)
def test_an_address_carrying_a_wire_releases_number_is_press(url: str) -> None:
    labels = classify(
        "生成AIで議事録を自動作成するサービス「ギジロク」提供開始",
        "札幌市のNPO法人ギジロク研究会は、生成AIを使った議事録サービスを12月1日に公開する。",
        url=url,
    )
    assert labels.kind == "press", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A governor or a minister with whose office it is before the title, acting in the lead.
        (
            "Prefecture to let AI draft welfare case notes",
            "Hokkaido Governor Ichiro Yamada said on Monday the prefecture will let generative AI draft welfare case "
            "notes from April.",
        ),
        (
            "Minister hails national speech model",
            "Indonesia's Minister of Communication Budi Santoso launched a national large language model for Bahasa "
            "Indonesia at a ceremony in Jakarta.",
        ),
        # A foreign ministry of a two-word state, or a national government's department, opening the lead.
        (
            "Tech groups begin work on homegrown models",
            "South Africa's science ministry held a ceremony for three groups chosen to build foundation models in "
            "local languages.",
        ),
        (
            "New export rules for AI accelerators",
            "The U.S. Department of Commerce announced new export controls on advanced AI chips and model weights.",
        ),
        # A foreign state by its name setting up a fund or a programme.
        ("Thailand Launches National AI Startup Fund", "The fund will put 5 billion baht into Thai AI startups."),
        ("Vietnam Sets Up Agency for Generative AI", "The agency will oversee chatbots and large language models."),
    ],
)
def test_an_office_holder_a_department_or_a_state_setting_up_a_fund_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


def test_the_prime_minister_by_his_japanese_title_opening_the_lead_is_policy() -> None:
    labels = classify(
        "生成AIの行政活用、年内に指針と総理",
        "山田太郎総理は5日、生成AIを行政で使うための指針を年内にまとめると述べた。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    "text",
    [
        # A former office holder, a minister's views given in an interview, a university's department.
        "Former prime minister Jane Doe joined the advisory board of Example AI, a Tokyo language-model startup.",
        "Digital minister Jane Doe told a newspaper in an interview that she uses a chatbot to draft speeches.",
        "The Department of Computer Science announced a new course on large language models for Japanese students.",
    ],
)
def test_a_former_office_holder_an_interview_or_a_universitys_department_is_no_state(text: str) -> None:
    labels = classify("Japanese LLM news of the week", text, url=NEWS_SITE_EN)
    assert labels.kind != "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # An investment a company receives from a named backer, in the headline.
        (
            "音声生成AIのボイスラボ、米大手のAIファンドから戦略的投資",
            "ボイスラボは、米大手IT企業のAIファンドから額を明かさない戦略的投資を受けたと発表した。",
        ),
        (
            "Tokyo voice-AI startup gets strategic investment from chipmaker's venture arm",
            "The startup did not disclose the amount.",
        ),
        # The lead's subject putting capital into a company it names, with no amount.
        (
            "宇宙ごみ除去の商用化へ 創業者インタビュー",
            "東京の投資会社サンプルベンチャーズが、衛星の寿命を延ばす技術を開発するOrbit Cleanに出資したことを受け、"
            "創業者に話を聞いた。",
        ),
        (
            "地方発の生成AI企業を訪ねて",
            "地域銀行系のVCは、生成AIで議事録を作るギジロクに出資した。金額は明らかにしていない。",
        ),
    ],
)
def test_an_investment_received_from_a_backer_or_made_by_the_leads_subject_is_funding(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # An investment in a fund, named in the lead under a headline with no word of funding: no company's round.
        ("地銀の地域づくり", "地域銀行は、県内スタートアップに投資するサンプルファンドに出資した。"),
        # An investment the lead only recalls in a relative clause, about something else.
        (
            "AI投資の新会社を設立",
            "サンプル商事は、2016年にAcme Roboticsに出資した経験を生かし、AI企業に投資する新会社を設立した。",
        ),
        # Many companies' money in a quarter or a half-year, as English reports name the period.
        (
            "Vietnam leads the region in tech funding with US$210M in 3Q25",
            "Vietnamese tech companies raised US$210 million in the third quarter of 2025, the most in the region, "
            "according to a data provider. A US$50 million Series B was the largest round.",
        ),
        (
            "Region's AI startups raised $1.2B in the first half of 2025",
            "Generative AI companies in the region raised $1.2 billion, with a $300 million Series D the largest.",
        ),
    ],
)
def test_a_funds_or_a_fields_investment_or_a_quarters_money_is_no_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # An unknown organisation's own site: its host spells the name that opens the body as its subject.
        (
            "AIで排水路の水位を1時間前に予測",
            "SuisoTechとグループ会社のRiverAIは、市と協力して排水路の水位を予測するシステムを開発した。",
            "https://www.suisotech-jp.com/news/20250418",
        ),
        (
            "Forecasting river levels with deep learning",
            "Suisotech developed a forecaster of drainage levels for a coastal city, trained on rainfall data.",
            "https://suisotech.com/topics/flood-forecaster",
        ),
    ],
)
def test_a_site_whose_host_spells_the_leads_subject_is_its_owners_press(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_source_cited_on_its_own_site_is_no_subject() -> None:
    labels = classify(
        "国内の生成AI投資、前年並み",
        "DataScopeによると、2025年の国内の生成AI関連投資は前年並みだった。",
        url="https://datascope.jp/articles/genai-2025",
    )
    assert labels.kind != "press", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A town and a bank or a company as one subject of a pact, in the headline and the lead: the pair's news.
        (
            "北都信用金庫と桜台市が連携協定 創業支援で",
            "北都信用金庫と北海道桜台市は、市内の創業支援のための連携協定を結んだ。市役所で締結式があった。",
        ),
        (
            "山河町とAcme、生成AIで窓口業務を効率化する包括連携協定",
            "長野県山河町とAcme株式会社は、生成AIを使って窓口業務を効率化する包括連携協定を結んだ。",
        ),
    ],
)
def test_a_towns_pact_with_a_company_as_one_subject_is_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The town alone as the lead's subject acts for itself; two governments' pact is the state's act.
        (
            "桜台県と北都大学、AI人材育成で連携協定",
            "桜台県は北都大学と、AI人材の育成に向けた連携協定を結んだ。",
        ),
        (
            "桜台県と山河市が連携協定 防災で",
            "桜台県と山河市は、防災での連携協定を結んだ。",
        ),
    ],
)
def test_a_town_acting_alone_or_two_governments_pact_stays_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


def test_a_company_described_by_its_head_office_before_its_legal_form_is_a_reporters_lead() -> None:
    # "Xに本社を置く株式会社Y" is how a reporter introduces a company; a release opens with its legal form.
    labels = classify(
        "生成AI特集号、地元紙が読者調査を公開",
        "大阪府堺市に本社を置く株式会社サンプル出版は、発行する地域紙の3月号で生成AIの特集を組む。読者2000人への調査も載せる。",
        url=NEWS_SITE,
    )
    assert labels.kind != "press", labels.reasons
    labels = classify(
        "生成AI特集号を発行",
        "株式会社サンプル出版(本社:大阪府堺市)は、発行する地域紙の3月号で生成AIの特集を組む。読者2000人への調査も載せる。",
        url=NEWS_SITE,
    )
    assert labels.kind == "press", labels.reasons


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # The host spells the sounds of the katakana name that opens the body as its subject.
        (
            "ソルトレイクは、社内の生成AI活用を広げる横断プロジェクトを立ち上げた。",
            "https://salt-lake.co.jp/magazine/20250919",
        ),
        (
            "マルハナグループで生成AIを担う山田氏が、社内研修の狙いを語った。",
            "https://www.maruhana.jp/column/ai-training",
        ),
    ],
)
def test_a_host_spelling_the_leads_katakana_subject_is_its_owners_site(text: str, url: str) -> None:
    labels = classify("生成AIの社内活用プロジェクト", text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_katakana_subject_the_host_does_not_spell_is_no_owner() -> None:
    labels = classify(
        "生成AIの社内活用プロジェクト",
        "ソルトレイクは、社内の生成AI活用を広げる横断プロジェクトを立ち上げた。",
        url="https://www.marketwatch-jp.example.com/articles/20250919",
    )
    assert labels.kind != "press", labels.reasons


@pytest.mark.parametrize(
    "title",
    [
        # Money flowing from a place, not a backer's investment in one company.
        "海外から投資が流入、都心の地価が上昇",
        "中東から投資を呼び込む 県がセミナー",
    ],
)
def test_investment_from_a_place_is_no_round(title: str) -> None:
    labels = classify(title, "不動産市場の動きをまとめた。", url=NEWS_SITE)
    assert labels.kind != "funding", labels.reasons


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # A chamber of commerce opening the body as its subject, on a chamber's host.
        (
            "桜台商工会議所は、会員事業者に景気動向調査への回答を呼びかけている。",
            "https://www.sakuradai-cci.or.jp/?p=1234",
        ),
        ("北都商工会議所は、生成AIの活用セミナーの参加者を募っている。", "https://hokuto.cci.or.jp/news/20251101"),
    ],
)
def test_a_chambers_page_on_its_own_host_is_press(text: str, url: str) -> None:
    labels = classify("会員事業者の皆様へのお願い《令和7年度》", text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_chamber_reported_on_a_news_host_is_no_owner() -> None:
    labels = classify(
        "会員事業者の皆様へのお願い《令和7年度》",
        "桜台商工会議所は、会員事業者に景気動向調査への回答を呼びかけている。",
        url="https://www.sakuradai-news.jp/articles/1234",
    )
    assert labels.kind != "press", labels.reasons


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # The host spells the English words the katakana name was made from.
        (
            "ブルーウォーターは、独自のAIで潮位を予測した結果をまとめた。",
            "https://jp.bluewater.example.com/blog/article-20250919",
        ),
        ("サンシャインワークスは、生成AIで商品説明文を作る機能を加えた。", "https://www.sunshineworks.jp/topics/2025"),
    ],
)
def test_a_host_spelling_the_english_of_the_leads_katakana_subject_is_its_owners_site(text: str, url: str) -> None:
    labels = classify("AIで潮位と商品説明を", text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_katakana_word_for_a_kind_of_body_is_no_owner() -> None:
    labels = classify(
        "国内AIスタートアップの週間動向",
        "スタートアップの動向を追う本誌は、今週の生成AI関連の発表をまとめた。",
        url="https://startup.example.jp/articles/weekly-42",
    )
    assert labels.kind != "press", labels.reasons


# A state acting as the subject of a news site's headline or lead, stated in plain words: a ministry or a court by
# the kind of body it is, a head of state, a government by any state's name, a city after its prefecture and の, a
# country opening a Japanese headline that names an act of policy.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "農家向けの相談窓口に生成AIの案内役 米で来春から",
            "米農務省は来年4月から、3つの州の窓口で生成AIが農家の申請手続きを案内する試行を始める。",
            NEWS_SITE,
        ),
        (
            "判決文の下書きに生成AIは使えるか 知財高裁が検討チーム",
            "知財高裁は、特許訴訟の記録を生成AIに要約させる試みの是非を検討するチームを来月立ち上げる。",
            NEWS_SITE,
        ),
        (
            "生成AI開発の国家計画、ブラジルが総額40億レアル",
            "ブラジルのルラ大統領は、国産の大規模言語モデルを育てる国家計画を閣議で承認したと述べた。",
            NEWS_SITE,
        ),
        (
            "Seoul bets on public compute for Korean-language models",
            "The South Korean government unveiled a plan to lease GPUs to universities training Korean-language LLMs.",
            NEWS_SITE_EN,
        ),
        (
            "Riyadh sets out rules for chatbots in public services",
            "The Saudi government released rules on how ministries may use generative AI chatbots with citizens.",
            NEWS_SITE_EN,
        ),
        (
            "ごみ収集の問い合わせに生成AI 2市が共同で",
            "静岡県の三島市と沼津市は、ごみ収集の問い合わせに生成AIで答えるサービスを共同で始めた。",
            NEWS_SITE,
        ),
        (
            "韓国、生成AIの学習データ開示でガイドライン",
            "生成AIを提供する事業者に、学習に使ったデータの概要を開示するよう求める内容で、来月から適用される。",
            NEWS_SITE,
        ),
    ],
)
def test_a_state_acting_in_plain_words_is_policy(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A ministry's survey a report quotes, with が opening a clause about it: the report's news.
        (
            "企業の生成AI導入率が6割に 民間調査",
            "海洋資源庁が示した分類に沿って、漁協の生成AI導入率を調査会社がまとめたところ61.2%に達した。",
        ),
        # A former head of state speaking is no act of state.
        (
            "生成AIの未来を語る 講演会に500人",
            "米国の元大統領は、都内で開かれた講演会で生成AIが雇用に与える影響について語った。",
        ),
        # A country opening a headline about its market, with no act of policy.
        (
            "中国、生成AIアプリの利用者が3億人を突破",
            "中国の生成AIアプリの月間利用者が3億人を超えたと調査会社がまとめた。",
        ),
    ],
)
def test_no_state_acting_in_plain_words_stays_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


# A field's money as a statistic, by a verb of the figure's change in the headline or by a plural class of companies
# opening the first sentence as who raised: news, not one company's round.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Southeast Asia's AI funding doubles as chip and model bets grow",
            "Investors put $4.1 billion into the region's AI deals, with a $300 million Series C the largest.",
        ),
        (
            "Chile's venture investment slides for a third year",
            "Investors backed fewer deals, and a $20 million Series B was the only large round.",
        ),
        (
            "A busy month for Baltic tech",
            "Baltic startups raised $410 million in March, the tracker said, with a $90 million Series B the largest.",
        ),
        (
            "Health tech has a strong spring",
            "Digital health companies secured $1.2 billion in April, led by a $150 million Series D.",
        ),
    ],
)
def test_a_fields_money_changing_or_raised_by_a_class_of_companies_is_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "news", labels.reasons


def test_one_named_startup_raising_in_the_lead_stays_funding() -> None:
    labels = classify(
        "Nairobi's Kijani raises $12 million",
        "Kijani, a Kenyan solar startup, raised $12 million in a Series A led by Acacia Partners.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "funding", labels.reasons


# A verb of raising counts as a round's only with money after it: a number that counts something else is no round.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "The gap has closed: 3 open models now match the best closed ones",
            "A comparison of open-weight language models on coding and reasoning tests.",
        ),
        (
            "Osaka team secured 2 places in the national robot contest",
            "Two students from the college reached the final with a delivery robot.",
        ),
    ],
)
def test_a_verb_of_raising_before_a_count_is_no_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    "title", ["Kyoto startup Hanami raised 500 million yen", "Hanami secured 1.2bn yen from banks and investors"]
)
def test_a_verb_of_raising_before_an_amount_is_a_round(title: str) -> None:
    labels = classify(title, "Hanami builds language models for inns.", url=NEWS_SITE_EN)
    assert labels.kind == "funding", labels.reasons


# A town after its prefecture, as a lead names it, with a company as one subject of a pact: the pair's news however
# long the town's name is with its prefecture ("神奈川県大和田町").
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "大和田町とAcme、生成AIで子育て相談の連携協定",
            "神奈川県大和田町とAcme株式会社は、生成AIで子育ての相談に答える連携協定を結んだ。",
        ),
        (
            "新宮城市と北都電機、行政DXで包括連携協定を締結",
            "和歌山県新宮城市と北都電機株式会社は、行政のデジタル化を進める包括連携協定を結んだ。",
        ),
    ],
)
def test_a_town_after_its_prefecture_in_a_pact_with_a_company_is_the_pairs_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


# One paper's page in a site's paper folder, by its name or an identifier one level down, or a PubMed Central
# article's number: a paper wherever it is printed.
@pytest.mark.parametrize(
    "url",
    [
        "https://reader.example.com/paper/PMC10234567.md",
        "https://scholar.example.sg/paper/detail/5f2e11aa-0b3c-11f0-9d7e-0242ac120002",
        "https://journals.example.org/pmc/articles/PMC9876543/",
    ],
)
def test_one_papers_page_in_a_paper_folder_is_a_paper(url: str) -> None:
    labels = classify(
        "Accuracy of large language models on a Japanese nursing licensing exam: a cross-sectional study",
        "Three chat models answered the exam's questions; all passed, with no significant difference between them.",
        url=url,
    )
    assert labels.kind == "paper", labels.reasons


@pytest.mark.parametrize(
    "url",
    ["https://www.example.com/whitepaper/genai-adoption-2025", "https://news.example.jp/newspaper/articles/12345"],
)
def test_a_white_paper_or_a_newspapers_page_is_no_paper_by_its_address(url: str) -> None:
    labels = classify(
        "Accuracy of large language models on a Japanese nursing licensing exam",
        "Three chat models answered the exam's questions, a hospital group said.",
        url=url,
    )
    assert labels.kind != "paper", labels.reasons


# The government by that word alone opening the first sentence as its topic ("政府は"; "米政府は" was read already):
# the state acting, as a ministry there is.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "生成AIの学習データ、開示を求める方向",
            "政府は、生成AIの開発事業者に学習データの概要を開示させる方向で調整に入った。",
        ),
        ("国産LLMの開発に計算資源を", "政府は、国産の大規模言語モデルを開発する企業にGPUを貸し出す仕組みをまとめた。"),
    ],
)
def test_a_government_opening_the_lead_as_its_topic_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


def test_a_state_fund_opening_the_lead_is_no_government() -> None:
    labels = classify(
        "AIスタートアップ3社の株式を取得", "政府系ファンドは、生成AIを開発する3社の株式を取得した。", url=NEWS_SITE
    )
    assert labels.kind != "policy", labels.reasons


@pytest.mark.parametrize("title", ["Pune's Vayu raised 40 cr from angel investors", "Vayu secures 3.5 mln euros"])
def test_a_verb_of_raising_before_an_amount_in_short_scale_words_is_a_round(title: str) -> None:
    labels = classify(title, "Vayu builds language models for Indian farmers.", url=NEWS_SITE_EN)
    assert labels.kind == "funding", labels.reasons


# A state's body by the kind of body it is (a ministry, a department, an agency, an administration, an assembly, a
# council, a government), with whose it is, opening a news site's first sentence as the one that acts, in any tense:
# the state acting, whatever its verb.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "A shared chatbot for every public office",
            "The Canadian Treasury Administration is testing a shared chatbot that drafts replies to letters.",
        ),
        (
            "First rules for AI-made images",
            "Thailand's National Assembly approved a bill on labels for AI-generated images on Tuesday.",
        ),
        (
            "Language models for the civil service",
            "The Danish Agency for Digital Government has chosen two local startups to build assistants for clerks.",
        ),
        (
            "Two countries agree on AI research",
            "The Japanese and Australian governments on Feb. 3 signed a pact on research into large language models.",
        ),
        ("State Council sets targets for AI in factories", "The plan covers generative AI in manufacturing."),
    ],
)
def test_a_states_body_opening_the_lead_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A body's noun, not its act, and a company of a country: no state acting.
        (
            "A report on chatbots in offices",
            "The Canadian Treasury Administration's report counts chatbots in public offices, a consultancy writes.",
        ),
        ("Sony's new model", "Japan's Sony released a language model for game characters on Tuesday."),
    ],
)
def test_a_states_body_only_named_or_a_countrys_company_is_no_state_acting(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind != "policy", labels.reasons


# Any country by its name opening an English headline with a state's act (not only the largest ones): its state acting.
@pytest.mark.parametrize(
    "title",
    [
        "Norway releases national guidelines for generative AI in schools",
        "Chile to regulate AI-generated political ads",
        "Portugal launches a public large language model for its civil service",
    ],
)
def test_any_country_opening_a_headline_with_a_states_act_is_policy(title: str) -> None:
    labels = classify(title, "The text gives the details of the plan.", url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


def test_a_countrys_company_releasing_a_model_is_no_state_acting() -> None:
    labels = classify(
        "Norwegian startup releases a language model", "Acme AS said its model speaks Norwegian.", url=NEWS_SITE_EN
    )
    assert labels.kind != "policy", labels.reasons


def test_a_number_in_a_news_sites_path_is_no_arxiv_paper() -> None:
    labels = classify(
        "Tagalog LLMs: a startup trains a model for a low-resource language",
        "The startup said its 7B model was trained on Tagalog text.",
        url="https://www.technews.example.com/news/2025.06123",
    )
    assert labels.kind != "paper", labels.reasons


# Several local governments counted as one subject, or a town by its office, in the headline or the lead: the
# towns acting, as one town opening the lead does.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "沼津、三島、裾野の3市が道路点検をAIで共同実施",
            "沼津、三島、裾野の3市は、ドローン画像と生成AIを使った道路の点検を共同で始める。",
        ),
        (
            "大阪でマッチングイベント 県外から参加",
            "堺市、姫路市、奈良県、和歌山市など4自治体は3月2日、大阪市内で地元企業と大企業のマッチングイベントを開く。",
        ),
        (
            "職員向けにチャットAIを内製",
            "高知県佐川町役場は、職員が使う対話型の生成AIの環境を自前で構築した。",
        ),
    ],
)
def test_local_governments_counted_or_a_town_office_acting_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A share of the towns is a statistic, and three companies are no towns.
        ("生成AIの導入進む 調査", "調査によると、回答した自治体の3割が生成AIを導入していた。"),
        ("新サービスを共同開発", "県内のA社、B社、C社の3社は、文書を要約する生成AIサービスを共同で開発した。"),
    ],
)
def test_a_share_of_towns_or_a_group_of_companies_is_no_town_acting(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind != "policy", labels.reasons


# 代表取締役 in a release's header (before a colon) is the issuer's wording.
@pytest.mark.parametrize(
    "text",
    [
        "青葉製作所(本社:新潟県燕市、代表取締役:石川浩一)は、検査工程に生成AIを導入した。",
        "検査工程に生成AIを導入した。会社名:青葉製作所 代表者:代表取締役社長 石川浩一",
    ],
)
def test_a_head_in_a_releases_header_is_the_issuers_wording(text: str) -> None:
    labels = classify("青葉製作所、検査工程に生成AIを導入", text, url=NEWS_SITE)
    assert labels.kind == "press", labels.reasons


# A copy of a page of an organisation's own site, kept by an archive or a mirror whose path names the site it copies:
# the organisation's own page.
@pytest.mark.parametrize(
    "url",
    [
        "https://mirror.example.net/ai/kitanoclinic-or-jp/news/2026-04-01-ai-summary",
        "https://archive.example.org/web/20250301000000/https://www.hokusei-logi.co.jp/topics/genai.html",
    ],
)
def test_a_copy_of_an_organisations_own_page_is_press(url: str) -> None:
    labels = classify(
        "生成AIで退院サマリの作成時間を半減",
        "北野クリニックのリハビリテーション科は、導入した生成AIの効果を測り、作成時間が半分になったと確かめた。",
        url=url,
    )
    assert labels.kind == "press", labels.reasons


@pytest.mark.parametrize(
    "url",
    [
        "https://archive.example.org/web/20250301000000/https://www.yomiuri.co.jp/national/20250301-OYT1T5.html",
        "https://mirror.example.net/ai/topics/2026-04-01-ai-summary",
    ],
)
def test_a_copy_of_a_newspapers_page_or_a_plain_path_is_no_own_page(url: str) -> None:
    labels = classify(
        "生成AIで退院サマリの作成時間を半減",
        "北野クリニックのリハビリテーション科は、導入した生成AIの効果を測り、作成時間が半分になったと確かめた。",
        url=url,
    )
    assert labels.kind == "news", labels.reasons


# A state's AI safety institute acting in the headline or the lead: the body that writes the state's safety guides.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "AIの安全評価ガイドを改訂 RAGの検証例を追加",
            "情報処理推進機構に置かれたAIセーフティ・インスティテュートは、AIの安全性評価の手順を示す手引を改訂した。",
        ),
        (
            "英国でAIエージェントの評価手法を公開",
            "英AI安全研究所が、AIエージェントの危険な振る舞いを調べる評価手法をまとめ、公開した。",
        ),
    ],
)
def test_a_states_ai_safety_institute_acting_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


def test_a_company_following_an_ai_safety_institutes_guide_is_no_state_acting() -> None:
    labels = classify(
        "生成AIの安全診断サービスを開始",
        "東都システムは、AIセーフティ・インスティテュートの評価観点に沿って生成AIを診断するサービスを始めた。",
        url=NEWS_SITE,
    )
    assert labels.kind != "policy", labels.reasons


# The European Commission, the White House or an administration opening the first sentence as the one that acts, in
# any tense and with any verb, as a state's body by its kind does.
@pytest.mark.parametrize(
    "text",
    [
        "The European Commission opened a call for evidence on how its AI rules apply to chatbots.",
        "The White House has convened AI developers to agree on watermarking commitments.",
    ],
)
def test_the_commission_or_the_white_house_acting_in_any_tense_is_policy(text: str) -> None:
    labels = classify("Brussels and Washington move on chatbots", text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


def test_the_commissions_report_quoted_is_no_state_acting() -> None:
    labels = classify(
        "Chatbot makers weigh new market",
        "The European Commission's figures show chatbot use doubled, a start-up founder told the conference.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind != "policy", labels.reasons


# An English report's city acting after a clause that sets the scene, or in a progressive tense: the city's own
# programme ("After …, Kishiwada City is running a trial"); a city quoted at the end of a company's story is not.
@pytest.mark.parametrize(
    "text",
    [
        "After a bus ran late for a week, Nagaoka City in Niigata is testing an AI timetable planner on two lines.",
        "Facing a shortage of staff, Sakata City is now trialling a chatbot that drafts replies to residents.",
    ],
)
def test_a_city_acting_after_a_scene_setting_clause_is_policy(text: str) -> None:
    labels = classify("AI planner on trial for local buses", text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


def test_a_city_quoted_after_a_companys_act_is_no_state_acting() -> None:
    labels = classify(
        "Startup opens an AI office in Niigata",
        "Acme Robotics will open an office with 20 engineers, the city said.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind != "policy", labels.reasons


# A page that says in its headline or first sentence that it presents one arXiv paper: the paper, summarised.
@pytest.mark.parametrize(
    "text",
    [
        "arXiv論文の要約記事で、日本語の法律文書で大規模言語モデルを評価するベンチマークを紹介している。",
        "A recent arXiv preprint builds a Japanese benchmark of legal questions for large language models.",
        "A paper posted to arXiv proposes a Japanese benchmark of legal questions for large language models.",
    ],
)
def test_a_page_presenting_one_arxiv_paper_is_a_paper(text: str) -> None:
    labels = classify("Japanese legal benchmark for LLMs", text, url="https://digest.example.com/research/4821")
    assert labels.kind == "paper", labels.reasons


@pytest.mark.parametrize(
    "text",
    [
        # A reporter citing a paper, and many papers on arXiv.
        "arXivに公開された論文によると、日本語の法律文書で大規模言語モデルの誤りが多いことが分かった。",
        "Researchers have posted dozens of papers on arXiv about Japanese legal benchmarks this year.",
    ],
)
def test_a_report_citing_arxiv_is_no_paper(text: str) -> None:
    labels = classify("Japanese legal benchmark for LLMs", text, url="https://digest.example.com/research/4821")
    assert labels.kind != "paper", labels.reasons


# A release's first sentence, the issuer by its legal form as the lead's subject, with no state acting in the lead:
# a city or a ministry's programme in the headline is the release's setting, not the state acting.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "横浜市、校務に生成AI 北辰システムが導入事例を公開",
            "株式会社北辰システムは11月4日、横浜市教育委員会が進める校務支援の生成AIの導入事例を公開した。",
        ),
        (
            "物流実証事業に採択 山あいの町で配送ロボット",
            "みなと配送株式会社は、経済産業省の令和7年度補正予算の物流効率化実証事業に採択された。",
        ),
    ],
)
def test_a_release_whose_lead_opens_with_its_issuer_is_no_state_acting(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind != "policy", labels.reasons


def test_a_town_opening_the_lead_with_its_partner_stays_policy() -> None:
    labels = classify(
        "横浜市、校務に生成AI",
        "横浜市と株式会社北辰システムは、校務支援の生成AIを市立学校に導入した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


# A piece that calls itself a commentary, an analysis or a conversation in its headline or first sentence talks about
# money; it announces no round: news, whatever the amounts it cites.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "AIスタートアップ「調達バブル」の行方 評価額の高騰を読み解く",
            "投資家の田中一郎氏による寄稿。生成AIスタートアップが相次いで資金調達を実施するなか、評価額の高騰が続く理由と、"
            "次の調達で起こりうる調整について整理する。",
            NEWS_SITE,
        ),
        (
            "AI企業の100億ドル調達交渉、何が起きているのか",
            "AI企業が評価額3000億ドルで100億ドルの資金調達を交渉しているという話題を、投資家の視点から解説する記事。",
            NEWS_SITE,
        ),
        (
            "みらい銀行頭取とAI企業CEOが語る、融資業務の自動化",
            "みらい銀行の山本頭取とAI企業のCEOが、両社で進める融資審査の自動化について語り合った。"
            "みらい銀行は3年で200億円を融資業務のAI化に投じる計画だ。",
            NEWS_SITE,
        ),
        (
            "Opinion: Why a $50 billion AI funding round should worry investors",
            "In this op-ed, a former venture partner argues that a $50 billion round being negotiated by an AI lab "
            "raises questions about returns for later investors.",
            NEWS_SITE_EN,
        ),
    ],
)
def test_a_commentary_about_money_is_no_funding_story(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "news", labels.reasons


def test_a_round_announced_in_the_lead_stays_funding() -> None:
    labels = classify(
        "AI翻訳のことのは、シリーズAで12億円を調達",
        "AI翻訳サービスを手がけることのは株式会社は、シリーズAラウンドで総額12億円の資金調達を実施したと発表した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "funding", labels.reasons


# A field's many companies or investors raising money, as the subject of the headline or the first sentence (also in
# a clause after "and", also with "have already", also investors raising their funds): a roundup, news.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "It's only March and robotics startups have already pulled in $2B in funding",
            "Roughly $2 billion of venture money went to humanoid robot makers within days. Acme Robotics raised a "
            "$700 million Series C, Boltworks secured about $400 million and Kinetix obtained $300 million.",
        ),
        (
            "Climate VCs see a busy year as investors raise new funds",
            "European climate investors such as Greenfield Capital and Northwind Ventures are raising new funds worth "
            "$500 million in all as more battery and hydrogen startups emerge.",
        ),
    ],
)
def test_a_fields_many_raisings_as_the_subject_are_a_roundup(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "news", labels.reasons


def test_one_startup_raising_stays_funding() -> None:
    labels = classify(
        "Acme Robotics raises $30M Series A led by Northwind Ventures",
        "Acme Robotics, a Tokyo startup, has raised $30 million in a Series A round led by Northwind Ventures and "
        "other investors.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "funding", labels.reasons


# A news outlet's own site (a paper's, a broadcaster's, a trade paper's) is a news source whatever the item's source:
# one of the issuer's words there ("代表取締役社長の…氏", a founder's title) is quoted or reported, and a local paper's
# own survey is its report.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "物流倉庫の日報作成、生成AIで半減 現場主導で進めた改善の舞台裏",
            "倉庫運営の大手である東和ロジは、生成AIで倉庫スタッフの日報作成にかかる時間を半分に減らした。"
            "代表取締役社長の森田氏は、記録作業が現場の負担になっていたと振り返った。",
            "https://www.itmedia.co.jp/business/articles/2601/10/news041.html",
        ),
        (
            "創薬ベンチャー育成に製薬の知見を 講演で訴え",
            "バイオ投資会社の代表取締役が都内の展示会で講演し、大学発の研究を製品にするには"
            "製薬企業の目利きが欠かせないと訴えた。",
            "https://www.mixonline.jp/tabid55.html?artid=90001",
        ),
        (
            "県内市町村の4割が生成AI導入 本紙調査",
            "タウンニュース社が県内の市町村に尋ねたところ、生成AIを導入済みの自治体は4割に上った。",
            "https://www.townnews.co.jp/0101/2026/01/15/800001.html",
        ),
    ],
)
def test_a_news_outlets_own_site_is_news(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "news", labels.reasons


def test_a_release_printed_as_it_came_on_an_outlets_site_stays_press() -> None:
    labels = classify(
        "株式会社東和ロジ、倉庫向け生成AIサービスの提供を開始",
        "株式会社東和ロジ(本社:東京都港区、代表取締役社長:森田太郎)は、本日、倉庫向け生成AIサービスの提供を開始しました。",
        url="https://www.itmedia.co.jp/news/articles/2601/10/news042.html",
    )
    assert labels.kind == "press", labels.reasons


# An organisation's own site that its host names by a short capital name opening the body's subject ("KSGは…" on
# ksg-jp.com, "日本ACMEの技術者が…" on acme.com): its blog, its column, its case study, press.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "生成AIで変わる、窓口業務の現場",
            "KSGは、自社の生成AIを導入した市役所の窓口担当者へのインタビュー記事を公開した。担当者は問い合わせ対応の時間が減ったと話す。",
            "https://www.ksg-jp.com/post/genai-madoguchi",
        ),
        (
            "部品メーカーとAI画像検査を共同構築",
            "日本DXTの研究拠点のコンサルタントが、部品メーカーと共同で構築した生成AIによる画像検査システムを解説した。",
            "https://www.dxt.com/jp-ja/insights/inspection-case",
        ),
    ],
)
def test_a_short_capital_name_that_the_host_names_is_the_sites_own(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_an_acronym_of_a_thing_on_a_host_of_that_name_is_no_owner() -> None:
    labels = classify(
        "生成AIの業務活用、企業の半数に",
        "LLMは企業の業務で使われ始めており、調査では半数の企業が導入したと答えた。",
        url="https://www.llm-times.example.com/articles/2026/01/llm-survey",
    )
    assert labels.kind == "news", labels.reasons


# A release wire prints its clients' releases as they wrote them, whatever their wording: press.
@pytest.mark.parametrize(
    "url",
    [
        "https://presswalker.jp/press/10001",
        "https://www.news2u.net/releases/250001",
        "https://www.openpr.com/news/1.html",
    ],
)
def test_a_release_wires_page_is_press(url: str) -> None:
    labels = classify(
        "生成AIの偽広告に注意 投資詐欺の手口が広がる",
        "東西総合法律事務所は、生成AIで有名人の映像を加工した偽広告が投資詐欺に使われているとして注意を呼びかけた。"
        "同事務所によると、被害は数万円から数百万円に及ぶという。",
        url=url,
    )
    assert labels.kind == "press", labels.reasons


# Money raised by a listing (an IPO's offering) is the market's story, not a round: news. A pre-IPO round is a round.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Shanghai chatbot maker raises HK$3.2 billion, jumps 40% in Hong Kong debut",
            "Shares of Lumen Dialog rose 40% on their first day of trading after an IPO that raised HK$3.2 billion.",
        ),
        (
            "Robot arm maker raises $800 million in its IPO",
            "Kestrel Robotics raised $800 million in its initial public offering on Nasdaq on Thursday.",
        ),
        (
            "AI検査の翠光、東証グロースに上場し45億円を調達",
            "翠光は東証グロース市場に新規上場し、新規上場に伴い約45億円を調達した。",
        ),
    ],
)
def test_money_raised_by_a_listing_is_no_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "news", labels.reasons


def test_a_pre_ipo_round_is_a_round() -> None:
    labels = classify(
        "Humanoid maker raises $150 million in pre-IPO funding",
        "Corvid Robotics raised $150 million in a pre-IPO round led by Orchard Capital.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "funding", labels.reasons


# A piece that calls itself an interview with an official or an opinion on policy, in its headline or first sentence:
# an outlet's piece about the state's doings, news, though a ministry opens the headline or a party acts in the lead.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "経済産業省に聞く、生成AIと中小企業のこれから",
            "経済産業省の担当課長に、生成AIの導入支援策とガイドライン改定の狙いをインタビューした記事。",
        ),
        (
            "総務省の自治体DX 生成AIで窓口は変わるか",
            "本誌が総務省の審議官に、自治体での生成AI活用と政府の支援策を聞いたインタビュー。",
        ),
        (
            "国産LLMに国費を投じるべきか",
            "与党が国産の大規模言語モデルへの政府支援を提言にまとめるとの報道を受けた、情報学者の山川透氏の論考。",
        ),
        (
            "Interview: a digital vice-minister on Japan's AI rules",
            "We interviewed the vice-minister about the government's draft guidelines on generative AI and the AI law.",
        ),
    ],
)
def test_an_interview_or_an_opinion_on_policy_is_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


def test_a_head_of_state_speaking_in_a_tv_interview_stays_policy() -> None:
    labels = classify(
        "大統領、AI投資に1000億ユーロ",
        "フランスのマクロン大統領はテレビインタビューで、AI関連の投資を呼び込む国家戦略を発表した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


# A department's secretary with the state's name ("UK science secretary X set out …"), and a minister after a clause
# that opens the sentence ("Opening the forum on May 2, Singapore's Senior Minister of State X explained …"): the state
# speaking, policy. A minister after an abbreviation's full stop in mid-sentence ("… announced that U.K. Minister for
# AI X visited") does not open the sentence.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ministers preview AI assistants for civil servants",
            "UK science secretary Jane Hollis set out a set of AI tools for civil servants to save £10bn a year.",
        ),
        (
            "US to expand AI chip export checks",
            "US Commerce Secretary Mark Delano said on Tuesday that new export checks on AI chips will start in May.",
        ),
        (
            "Remarks at the regional language model forum",
            "Opening the forum on 2 May 2025, Singapore's Senior Minister of State Lee Wen Hao explained how the "
            "national large language model programme will fund open models for the region.",
        ),
    ],
)
def test_a_secretary_or_a_minister_after_an_opening_clause_is_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "policy", labels.reasons


def test_a_minister_named_mid_sentence_after_an_abbreviation_is_no_speaker() -> None:
    labels = classify(
        "Acme hosts a U.K. minister at its AI showroom",
        "TOKYO, May 2, 2025 - Acme Corporation today announced that U.K. Minister for AI Jane Roe visited its "
        "headquarters and toured its AI showroom.",
        url="https://www.acme-corp.example.com/news/2025/0502.html",
    )
    assert labels.kind == "press", labels.reasons


# Money as a noun of help in the headline ("gets a $200M boost", "receives a $30M cash injection"): a round, funding,
# though the body tells it in the perfect ("has raised"); "to boost" is a verb, no money received.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Warehouse robots get a $120M boost",
            "Shenzhen's Kite Robotics has raised more than $120 million in new funding, one of the largest sums yet "
            "for warehouse automation.",
        ),
        (
            "Voice AI startup receives a $30M cash injection",
            "Koe Labs, an Osaka voice model developer, has raised $30 million from a group of investors.",
        ),
    ],
)
def test_money_as_a_boost_in_the_headline_is_a_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind == "funding", labels.reasons


def test_to_boost_is_no_money_received() -> None:
    labels = classify(
        "Sony to boost AI spending by $2 billion",
        "Sony will spend $2 billion more on AI research over three years.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "news", labels.reasons


# A site whose owner is a publication, by its name ("Harbor News") or as the text introduces it ("旅行メディアTABIRO",
# "TABIROの記者"): its pages are its reports, news, not the owner's releases.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "【週間まとめ】物流の自動化、AIが現場を動かし始めた",
            "物流メディアHAKOBUが今週公開した記事を振り返り、倉庫ロボットと配車AIの導入事例を整理した。",
            "https://hakobu.example.net/2026/01/19/post-1",
        ),
        (
            "Is AI the future of local papers?",
            "Harbor News looks at how regional papers in Japan use generative AI to draft articles.",
            "https://harbornews.example.com/article/1234.php",
        ),
    ],
)
def test_a_site_whose_owner_is_a_publication_is_news(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "news", labels.reasons


def test_a_companys_site_is_still_its_own() -> None:
    labels = classify(
        "HAKOBU、倉庫向け配車AIを提供開始",
        "HAKOBUは、倉庫の出荷計画から配車までを生成AIで組む新サービスの提供を始めた。",
        url="https://hakobu.example.net/news/2026/01/19",
    )
    assert labels.kind == "press", labels.reasons


# A lead whose subject is someone else, a writer or a reporter, before the company's legal form ("…の記者が、株式会社X
# が提供する…を紹介した"): a report of the company, not its release's first sentence.
@pytest.mark.parametrize(
    "text",
    [
        "旅行メディアの記者が、株式会社ミナモ旅館システムが提供を始めた予約対応の生成AIを紹介した。",
        "業界紙のライターは、株式会社カゼノネが公開した接客用の生成AIを使ってみた感想をまとめた。",
    ],
)
def test_a_writer_as_the_leads_subject_before_the_legal_form_is_news(text: str) -> None:
    labels = classify("宿の予約対応を生成AIが代行 使ってみた", text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


def test_the_legal_form_opening_the_lead_still_marks_a_release() -> None:
    labels = classify(
        "宿の予約対応を生成AIが代行",
        "株式会社ミナモ旅館システムは、予約対応の生成AIの提供を始めた。",
        url=NEWS_SITE,
    )
    assert labels.kind == "press", labels.reasons


# A company introduced by what it runs or when it was founded before its legal form ("…を運営する学校法人Xは", "…を
# 手がけるY株式会社は", "…で2020年に創業した株式会社Zは"): a reporter's introduction, not a release's first sentence; a
# release opens on its product ("生成AI「X」を提供する株式会社Yは").
@pytest.mark.parametrize(
    "text",
    [
        "県内で8つの専門学校を運営する学校法人青葉学園は、AI企業と生成AI教育の連携協定を結んだ。",
        "業務用ロボットの開発を手がけるミドリテック株式会社は、生成AIで動く案内ロボットを発表した。",
        "長野県小布施町で2020年に創業した株式会社ヤマノオトは、生成AIで観光案内をするサービスを始めた。",
    ],
)
def test_a_company_introduced_by_what_it_runs_is_a_report(text: str) -> None:
    labels = classify("生成AIの新しい取り組み", text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


def test_a_release_opening_on_its_product_stays_press() -> None:
    labels = classify(
        "生成AIの新しい取り組み",
        "生成AI「ヤマビコ」を提供する株式会社ヤマノオトは、観光案内の新機能を公開した。",
        url=NEWS_SITE,
    )
    assert labels.kind == "press", labels.reasons


# A site whose host spells the first words of the Latin name that opens the lead as its subject ("Shelfwise Japanが
# 自社ブログで…" on blog.shelfwise.com, "Reprint Agency reported …" on reprint.org.au): the owner on its own site,
# press.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "小売店の万引き対策とAI活用の最新動向",
            "Shelfwise Japanが自社ブログで、AIカメラを使った万引き対策の事例を整理した。",
            "https://jpblog.shelfwise.com/shoplifting-ai-2025",
        ),
        (
            "Inquiry reports released",
            "Reprint Agency reported that the commission released its final reports on AI and licensing on Monday.",
            "https://www.reprint.org.au/2025/12/inquiry-reports-released",
        ),
        (
            "One in three teenagers has used generative AI: a poll",
            "The Harbour Foundation's online survey of 1,000 teenagers found that a third had used generative AI.",
            "https://www.harbour-foundation.example.org/news/1691",
        ),
    ],
)
def test_a_host_spelling_the_leads_subject_is_the_owners_site(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_host_spelling_no_subject_of_the_lead_is_a_report() -> None:
    labels = classify(
        "Inquiry reports released",
        "The commission released its final reports on AI and licensing on Monday, Reprint Agency said.",
        url="https://www.reprint.org.au/2025/12/inquiry-reports-released",
    )
    assert labels.kind == "news", labels.reasons


# A reprint site that files each release under its issuer: the address names the issuer with its legal form, then the
# headline's words (…/12345678-hinoki-electric-corporation-hinoki-tests-…): the issuer's release as it came, press,
# though its wording reads like a report.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "Hinoki Tests a Japanese LLM for Call-Centre Summaries",
            "Hinoki is testing a large language model that summarises call-centre conversations in Japanese, with "
            "three banks evaluating it until March.",
            "https://www.marketnews.example.de/nachrichten-2025-03/61234567-hinoki-electric-corporation-hinoki-tests-a"
            "-japanese-llm-for-call-centre-summaries-011.htm",
        ),
        (
            "Kyoto University and Sumire Japan Start Joint Research on Generative AI Tutors",
            "Kyoto University and Sumire Japan said on May 2 that they will study generative AI tutors for Japanese "
            "high-school students for six months.",
            "https://www.marketnews.example.de/nachrichten-2025-05/62345678-sumire-ltd-kyoto-university-and-sumire"
            "-japan-start-joint-research-on-generative-ai-tutors-011.htm",
        ),
        (
            "Kasumi Opens an AI Lab in Osaka",
            "Kasumi opened a research lab in Osaka to build Japanese speech models, with 40 engineers.",
            "https://www.wirecopy.example.com/news/kasumi-holdings-inc-kasumi-opens-an-ai-lab-in-osaka",
        ),
    ],
)
def test_an_address_filing_the_page_under_its_issuer_is_press(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_reports_address_spelling_its_headline_with_a_legal_form_is_news() -> None:
    # The legal form is a word of the headline itself: a reporter's headline, spelled as its address.
    labels = classify(
        "Kasumi Inc Opens an AI Lab in Osaka, Reporters Learn",
        "Kasumi opened a research lab in Osaka to build Japanese speech models, people familiar with the matter said.",
        url="https://www.technews.example.com/2025/03/kasumi-inc-opens-an-ai-lab-in-osaka-reporters-learn",
    )
    assert labels.kind == "news", labels.reasons


# Several funds launched, or an investor's budget set aside for investments to come: no company's round.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Regional bank to launch two venture debt funds totalling $300 million for startups",
            "The bank said it will form two venture debt funds worth $300 million in total for startups in Japan and "
            "Asia, financing that does not dilute shareholders.",
        ),
        (
            "Trading house allocates $20 million for investments in Series A rounds of Asian agritech startups",
            "The trading house set aside $20 million through its venture arm for early-stage agritech startups in "
            "Southeast Asia.",
        ),
        (
            "Insurer earmarks ¥5 billion for investing in Japanese generative AI startups",
            "The insurer's corporate venture arm will invest in startups building on large language models.",
        ),
        (
            "しずおか信金、県内スタートアップへの30億円の投資枠を設定",
            "しずおか信金は、県内のスタートアップに出資する30億円の投資枠を設定した。1社あたり最大1億円を出資する。",
        ),
    ],
)
def test_funds_launched_or_a_budget_for_investments_is_no_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind != "funding", labels.reasons


def test_a_launch_with_funds_raised_stays_a_round() -> None:
    labels = classify(
        "Hinoki launches its Japanese LLM platform and raises funds of $12 million in a Series A",
        "Hinoki raised $12 million in a Series A round led by Example Ventures.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "funding", labels.reasons


# A headline reporting a company's results: the round the body cites (one the group leads, one it joined) is the
# earnings' background, no funding story; a headline naming a round as well stays one.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rakuda Group posts $1.2B quarterly profit on AI investments",
            "Rakuda Group's quarterly profit was lifted by gains in its venture unit, as the group leads a $10 billion "
            "funding round for a US AI lab as its biggest investor.",
        ),
        (
            "Hinoki swings to a net loss as chip costs climb",
            "Hinoki, which raised $300 million in a Series D funding round led by Example Capital in May, reported a "
            "net loss of $40 million for the quarter.",
        ),
        (
            "ラクダG、4〜6月期決算は最終黒字 AI投資が寄与",
            "ラクダグループは、米AI企業が100億ドルを調達するシリーズEを主導し、投資先の評価益が利益を押し上げた。",
        ),
    ],
)
def test_a_headline_reporting_results_is_no_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind != "funding", labels.reasons


def test_a_headline_with_results_and_a_round_stays_funding() -> None:
    labels = classify(
        "Hinoki raises $50 million in Series C as quarterly revenue doubles",
        "Hinoki raised $50 million in a Series C round led by Example Ventures.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "funding", labels.reasons


# A valuation in the headline with the first sentence saying the company raised money: the round, told by its price.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "AI音声のハクツル、評価額15億ドル超に 著名投資家が相次ぎ参加",
            "AI音声生成スタートアップのハクツルが2億ドルを調達し、評価額は15億ドルを超えた。",
        ),
        (
            "生成AIのカスミ、企業価値1500億円に",
            "カスミは、国内外の投資家から80億円を調達したと明らかにした。",
        ),
        (
            "Japanese legal AI startup Hinoki valued at $1.2 billion",
            "Hinoki has raised $150 million from Example Capital and two banks, the company said on Tuesday.",
        ),
    ],
)
def test_a_valuation_in_the_headline_with_money_raised_in_the_lead_is_funding(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ハクツル、時価総額1兆円を突破 AI需要で株価上昇", "ハクツルの株価が上がり、時価総額が初めて1兆円を超えた。"),
        (
            "Japanese legal AI startup Hinoki valued at $1.2 billion by analysts",
            "Analysts at two brokers put Hinoki's worth at $1.2 billion in a note on its software sales.",
        ),
    ],
)
def test_a_valuation_with_no_money_raised_in_the_lead_is_no_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind != "funding", labels.reasons


# Money counted over many deals in the headline or the first sentence: a place's or a field's tally, no round.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Global investors pour money into Thailand's startups",
            "Thailand attracted $1.8 billion in startup funding through 190 private deals in 2024, a report says.",
        ),
        (
            "Japan's generative AI startups draw record investment",
            "Generative AI startups in Japan raised ¥120 billion across 1,050 deals last year, up from ¥70 billion.",
        ),
        (
            "国内の生成AIスタートアップに投資が集中",
            "国内の生成AIスタートアップは2025年、312件の資金調達で総額1500億円を集めた。",
        ),
    ],
)
def test_money_counted_over_many_deals_is_no_round(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE_EN)
    assert labels.kind != "funding", labels.reasons


def test_one_round_in_a_deal_or_over_rounds_so_far_stays_a_round() -> None:
    labels = classify(
        "Hinoki raises $20 million in Series B",
        "Hinoki raised $20 million in a deal led by Example Ventures, bringing its total to $50 million over 3 rounds.",
        url=NEWS_SITE_EN,
    )
    assert labels.kind == "funding", labels.reasons


# A group company's own site: a known organisation's name opens the headline or the body (日立システムネット, 富士通
# ラーニング), and the host opens with that organisation's Latin name (hitachisysnet, fujitsulearning): the group
# company's column or blog on its own site, press.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "物流倉庫のAI活用",
            "日立システムネットが物流業界向けに載せているコラムで、倉庫の在庫予測に生成AIを使う事例を紹介している。",
            "https://www.hitachisysnet.example.co.jp/column/logistics/2025_03.html",
        ),
        (
            "富士通ラーニング、生成AI研修の受講者が1万人に",
            "富士通ラーニングの研修担当者が、社内外向けの生成AI研修の受講者が1万人を超えた経緯をつづった。",
            "https://blog.fujitsulearning.example.com/entry/2025/06/01",
        ),
    ],
)
def test_a_group_companys_host_under_a_known_name_is_its_own_site(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_known_name_not_opening_the_text_makes_no_group_site() -> None:
    labels = classify(
        "物流倉庫のAI活用",
        "物流各社が倉庫の在庫予測に生成AIを使い始めており、日立システムネットなどが支援している。",
        url="https://www.hitachisysnet.example.co.jp/column/logistics/2025_03.html",
    )
    assert labels.kind == "news", labels.reasons


# A body's submission to the state in the headline, the state its addressee: the body's act, not policy.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Publishers' group submits public comment to Japanese government on generative AI and copyright",
            "The Japan Book Publishers Group sent its comments on December 10 in response to the Cabinet Office's call "
            "for views on the intellectual property plan, asking for new laws on AI training and copyright.",
        ),
        (
            "日本写真家連盟、政府に生成AIと著作権をめぐる意見書を提出",
            "日本写真家連盟は、内閣府の知的財産推進計画への意見募集に応じ、生成AIの学習に使う写真の著作権保護を強めるよう求める"
            "意見書を提出した。政府の検討会は来月、法改正の要否を議論する。",
        ),
        (
            "音楽団体、内閣府のパブリックコメントに意見を提出 生成AIの規制を要望",
            "国内の音楽団体は、内閣府が募集した生成AIと知的財産に関するパブリックコメントに意見を提出し、政府に著作権法の改正を求めた。",
        ),
    ],
)
def test_a_bodys_submission_to_the_state_is_not_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind != "policy", labels.reasons


def test_the_state_acting_on_submissions_stays_policy() -> None:
    labels = classify(
        "政府、生成AIと著作権の論点整理を公表 意見書を踏まえ",
        "政府は、生成AIと著作権に関する論点整理を公表した。文化庁が募集したパブリックコメントの意見を踏まえた。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # A trade paper whose host spells a trade word (robot, drone, chatbot) that the lead names as what the company
        # does, before を: the word is the company's business, not its name, and the site is the paper's.
        (
            "東南アジアに部品工場を新設/ノルドリフト",
            "ロボット搬送装置を手がけるスウェーデンのノルドリフト(日本法人は東京都品川区)は5月8日、ベトナムに工場を新設したと"
            "発表した。",
            "https://robot-weekly.example.com/article/?id=4821",
        ),
        (
            "物流センターに新型機を導入/カワセミ運輸",
            "ドローン配送サービスを展開するカワセミ運輸は、千葉県の物流センターに新型機を導入した。",
            "https://www.drone-times.example.jp/news/2025/0412",
        ),
        (
            "問い合わせ窓口を自動化/ミナト精機",
            "チャットボット開発基盤を提供する会社と組んだミナト精機は、問い合わせ窓口を自動化したと明らかにした。",
            "https://chatbot-journal.example.net/posts/77",
        ),
    ],
)
def test_a_trade_word_before_the_subject_on_a_trade_papers_host_is_no_owner(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    "text",
    [
        "クラウド会計を提供するソウルドアウトは、中小企業向けに新サービスの提供を始めた。",
        # (the name before で, the object of the clause after it: the name stays the subject's)
        "ソウルドアウトグループでデータ活用の推進役を担う担当者が、社内の取り組みを紹介した。",
    ],
)
def test_a_katakana_name_that_the_host_spells_is_still_its_owner(text: str) -> None:
    labels = classify("新サービスの提供を開始", text, url="https://www.sold-out.example.co.jp/news/2025/0601")
    assert labels.kind == "press", labels.reasons


# A paper's editorial by the label its headline opens with (社説, 論説, 【主張】, 主張 before the title, "Editorial:"):
# the paper's view of the state's doings, news, though the government or a ministry acts in its lead.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "社説 生成AI法案 政府は透明性の確保を急げ",
            "政府は今国会に生成AIの利用を規制する法案を提出した。経済産業省の指針も改定される。",
        ),
        ("【主張】AI戦略 国の支援は的を絞れ", "政府は来年度予算で国産AIの開発に補助金を出す方針を決めた。"),
        (
            "主張 半導体補助 政府は支出の上限を示せ",
            "政府は次世代半導体の支援に今年度1千億円を追加すると発表した。経済産業省が所管する。",
        ),
        ("論説 自治体のAI導入 国は財源を手当てせよ", "総務省は自治体の生成AI導入を後押しする指針を公表した。"),
        (
            "Editorial: Japan's AI law needs teeth",
            "The government submitted an AI promotion bill to the Diet, and the ministry issued guidelines for "
            "companies.",
        ),
    ],
)
def test_a_papers_editorial_on_policy_is_news(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # (主張 as a word of the headline, not its label: the state's act stays policy)
        ("主張の違い残る 政府、生成AI法案を閣議決定", "政府は生成AIの開発と利用に関する法案を閣議決定した。"),
        ("社説の指摘受け 政府、AI指針を改定", "政府はAI事業者ガイドラインを改定した。"),
    ],
)
def test_the_word_of_an_editorial_inside_a_headline_is_no_label(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


# A headline reviewing a year ("2025年の…を振り返る", "Recap 2024", "2025 in review"): the year's many stories, of which
# the state's act is one; not policy.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "2025年の宇宙ビジネスを振り返る:民間ロケットが前進、政府も宇宙戦略基金を拡充",
            "宇宙ビジネスの1年をまとめた。政府は宇宙戦略基金を拡充し、文部科学省と経済産業省が公募を始めたほか、民間ロケットの打ち上げが相次いだ。",
        ),
        (
            "今年の自治体DXを振り返り 国の指針で生成AI導入が加速",
            "総務省が自治体向けの生成AI利用指針を公表し、各地で導入が進んだ1年だった。",
        ),
        (
            "Recap 2025: the year Japan's AI policy took shape",
            "The government passed the AI Promotion Act and the ministry issued guidelines, among the year's biggest "
            "stories in Japan's tech scene.",
        ),
        (
            "Japan's AI scene: 2025 in review",
            "The government's AI law, new guidelines from the ministry and a wave of funding rounds marked the year.",
        ),
    ],
)
def test_a_review_of_a_year_is_no_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind != "policy", labels.reasons


def test_a_state_looking_back_over_decades_stays_policy() -> None:
    labels = classify(
        "戦後80年の歩み振り返り、課題を提示 科学技術白書",
        "政府は科学技術・イノベーション白書を閣議決定した。文部科学省がまとめた。",
        url=NEWS_SITE,
    )
    assert labels.kind == "policy", labels.reasons


# A news outlet's name opening its own headline as the first words of a longer name (an index, a magazine, an event, a
# survey: 日経平均, 日経ビジネス, "TechCrunch Disrupt") is no act of the outlet: its page stays a report.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "日経平均、生成AI関連株が主導し3日続伸",
            "東京株式市場で日経平均株価は3日続伸した。生成AI関連の銘柄が買われた。",
            "https://www.nikkei.com/article/DGXZQO0000001/",
        ),
        (
            "日経ビジネス読者調査、生成AIを業務で使う人は6割",
            "読者1000人への調査で、生成AIを業務で使う人は6割に上った。",
            "https://www.nikkei.com/article/DGXZQO0000002/",
        ),
        (
            "TechCrunch Disrupt 2025: five Japanese AI startups to watch",
            "Five Japanese generative AI startups pitched on the conference's main stage this week.",
            "https://techcrunch.com/2025/10/30/five-japanese-ai-startups/",
        ),
        (
            "Nikkei Asia survey: most Japanese firms now use generative AI",
            "A survey of 500 listed companies found that most use generative AI in daily work.",
            "https://asia.nikkei.com/business/technology/survey-2025",
        ),
    ],
)
def test_an_outlets_name_opening_a_longer_name_on_its_host_is_a_report(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "日経、生成AI事業者と記事利用で契約",
            "日本経済新聞社は生成AIの開発会社と記事の利用契約を結んだ。",
            "https://www.nikkei.com/article/DGXZQO0000003/",
        ),
        (
            "Nikkei launches a generative AI search for subscribers",
            "Nikkei said it launched a service that answers questions in Japanese from its archive.",
            "https://asia.nikkei.com/business/technology/ai-search",
        ),
    ],
)
def test_an_outlet_acting_in_its_own_headline_is_its_release(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


# An event named in a headline on a news outlet's host (a bank's exchange event, a city's seminar, a company's
# symposium) is the outlet's report of another's event, not the organiser's notice.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "北陽銀、県警と防犯で連携 高齢者向けセミナーなど開催",
            "北陽銀行は9月1日、県警察本部と特殊詐欺の被害防止に向けた連携協定を結んだ。高齢者向けのセミナーを開く。",
            "https://www.itmedia.co.jp/business/articles/2509/01/news001.html",
        ),
        (
            "川浜市、生成AIの活用を学ぶ職員向け勉強会を開催",
            "川浜市は職員向けに生成AIの使い方を学ぶ勉強会を開き、約50人が参加した。",
            "https://www.kanaloco.jp/news/government/article-1234567.html",
        ),
        (
            "AIスタートアップ10社がピッチ 福岡でイベント開催",
            "福岡市内で生成AIのスタートアップ10社が事業を発表するイベントが開かれ、投資家ら200人が集まった。",
            "https://www.nishinippon.co.jp/item/1234567/",
        ),
    ],
)
def test_an_event_in_a_headline_on_a_news_outlets_host_is_a_report(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind != "press", labels.reasons


def test_an_event_notice_on_the_organisers_host_stays_press() -> None:
    labels = classify(
        "生成AI活用セミナーを開催します",
        "当協会は会員企業向けに生成AIの活用セミナーを開きます。参加費は無料です。",
        url="https://www.example-kyokai.or.jp/news/2025/seminar",
    )
    assert labels.kind == "press", labels.reasons


# The banking trade paper's host (nikkinonline.com) is a news outlet's: a bank's act it reports, with one word of a
# release quoted (代表取締役) or an event named, is its report.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "北陽銀、生成AIで窓口文書の作成支援 全店で導入",
            "北陽銀行は生成AIで窓口の案内文書づくりを支援する仕組みを全店に導入した。代表取締役の山田一郎頭取は効果を強調した。",
        ),
        (
            "東湖信金、地元大学と連携 学生向けセミナーを開催",
            "東湖信用金庫は地元の大学と連携協定を結び、学生向けのセミナーを開く。",
        ),
    ],
)
def test_the_banking_trade_papers_host_is_a_news_outlets(title: str, text: str) -> None:
    labels = classify(title, text, url="https://www.nikkinonline.com/article/123456")
    assert labels.kind == "news", labels.reasons


# LREC's own site from 2026 (lrec.elra.info) prints one paper a page, as lrec-conf.org did: a paper, though the
# conference's name is a known organisation's and the abstract is told in a reporter's third person.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "A Japanese Benchmark for Legal Clause Retrieval",
            "The LREC 2026 paper introduces a benchmark of 3,000 Japanese contract clauses annotated by lawyers.",
        ),
        (
            "Speech Corpora for Japanese Dialects: Collection and Baselines",
            "The authors release 120 hours of dialect speech and report baselines with fine-tuned models.",
        ),
    ],
)
def test_a_page_of_lrecs_own_site_is_a_paper(title: str, text: str) -> None:
    labels = classify(title, text, url="https://lrec.elra.info/lrec2026-main-512")
    assert labels.kind == "paper", labels.reasons


# A university's own site abroad, by its country's academic domain or the generic one (.edu, .ac.uk, .edu.au,
# .university), tells its own news, in whatever words, as a Japanese university's .ac.jp site does.
@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        (
            "Researchers build a Japanese-English translation model for clinical notes",
            "A team at the university's medical school developed a large language model that translates clinical notes "
            "between Japanese and English, the team said.",
            "https://news.example-state.edu/2025/06/translation-model",
        ),
        (
            "Students meet the team behind a national language model",
            "Master's students met the team building a large language model for the national language, trained on "
            "academic sources.",
            "https://www.example.university/news/4821?lang=en",
        ),
        (
            "New centre to study generative AI in Japanese schools",
            "The centre will study how teachers in Japan use generative AI, its director said.",
            "https://www.example.ac.uk/news/2025/new-centre",
        ),
    ],
)
def test_a_universitys_own_site_abroad_is_its_own_news(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_an_abstract_on_a_universitys_lab_page_abroad_stays_a_paper() -> None:
    labels = classify(
        "Continual pre-training of a Japanese LLM on clinical text",
        "In this paper, we propose a method for continual pre-training on Japanese clinical notes. Experimental "
        "results show gains over the base model.",
        url="https://nlp.cs.example.edu/projects/clinical-llm",
    )
    assert labels.kind == "paper", labels.reasons


# A name opening the lead's subject in hiragana (a citizens' college, a credit union, a regional body) whose sounds the
# host spells, as a katakana name's are read: the body's own site.
@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "ふくろう市民大学は11月8日、市民向けに生成AIの使い方を学ぶ講座を開き、30人が受講した。",
            "https://www.fukurou-shimin.example.jp/topics/2025/11/post-12.html",
        ),
        (
            "あけぼの信用組合は、窓口での問い合わせに生成AIで答える仕組みを全店に導入した。",
            "https://www.akebono-shinkumi.example.jp/news/20250601.html",
        ),
        (
            "やまびこ会は、会員の作業日報を生成AIで要約する取り組みを始めた。",
            "https://yamabiko-kai.example.org/blog/2025/07/ai",
        ),
    ],
)
def test_a_hiragana_name_opening_the_lead_that_the_host_spells_is_its_owner(text: str, url: str) -> None:
    labels = classify("生成AIの活用について", text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_hiragana_name_on_another_host_is_a_report() -> None:
    labels = classify(
        "生成AIの活用について",
        "ふくろう市民大学は11月8日、市民向けに生成AIの使い方を学ぶ講座を開き、30人が受講した。",
        url="https://www.city-times.example.jp/news/2025/11/post-12.html",
    )
    assert labels.kind == "news", labels.reasons
