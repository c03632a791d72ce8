"""Relevance by classes of real sentences: Japan evidence the text itself shows, generative AI in business prose,
and the hard negatives (non-generative AI, Japanese as one language of many, foreign players).

Each case is a sentence written for the test in the way Japanese and English press releases, news and
abstracts of 2024-2026 are written; none is copied from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify


def relevant(title: str, text: str = "", url: str = "https://news.example.jp/a", language: str = "ja") -> bool:
    return classify(title, text, url=url, language=language).relevant


# --- Japan evidence from what the text shows ------------------------------------------------------------------

JAPANESE_LEGAL_FORMS = [
    (
        "生成AI活用普及協会、中小企業向けの生成AI研修を開始",
        "一般社団法人生成AI活用普及協会は、中小企業の従業員を対象にした生成AIの実務研修を始めると発表した。",
    ),
    (
        "医療分野の生成AI利用ガイドライン第2版を公表",
        "医療AIプラットフォーム技術研究組合は、医療・ヘルスケア分野での生成AI利用に関するガイドラインを改訂した。",
    ),
    (
        "桜丘学園、全教員にChatGPT Eduを導入",
        "学校法人桜丘学園は、系列の中学・高校の全教員が授業準備にChatGPT Eduを使えるようにした。",
    ),
    (
        "ChatGPTで看護記録の下書きを作成、負担を3割削減",
        "医療法人社団ひかり会は、看護記録の下書きにChatGPTを使う取り組みを始めた。",
    ),
    (
        "Tokai AI Lab releases a chat assistant built on an open LLM",
        "The lab, incorporated as a Godo Kaisha in Nagoya, fine-tuned an open-weight LLM for customer support.",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_LEGAL_FORMS)
def test_a_japanese_legal_form_is_japan_evidence(title, text):
    assert relevant(title, text)


JAPANESE_INSTITUTIONS = [
    (
        "ひばり総合研究所、LLMで市議会の議事録を要約する実証",
        "ひばり総合研究所は、大規模言語モデルで市議会の議事録を要約する実証を行った。",
    ),
    (
        "聖路加国際病院、生成AIで退院サマリーの作成を支援",
        "聖路加国際病院は、電子カルテの記載から生成AIで退院サマリーの下書きを作る仕組みを導入した。",
    ),
    (
        "金融データ活用推進協会、金融機関向け生成AIガイドラインを改訂",
        "金融データ活用推進協会は、生成AIのユースケースを追加したガイドラインの新版を公開した。",
    ),
    (
        "ユカリアとSapeet、生成AIで退院サマリーを自動生成する実証",
        "ユカリアは、AIベンチャーのSapeetと、提携病院で生成AIによる文書作成の実証を行った。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_INSTITUTIONS)
def test_an_unknown_japanese_institution_is_japan_evidence(title, text):
    assert relevant(title, text)


JAPANESE_PLACES = [
    (
        "部品メーカー、生成AIで設計レビューを効率化",
        "自動車部品メーカーのミカワ精機(愛知県刈谷市)は、過去の設計レビューを生成AIで検索できるようにした。",
    ),
    (
        "福岡のスタートアップ、AIエージェントで経理業務を自動化",
        "福岡に本社を置くスタートアップは、請求書の処理をAIエージェントに任せるサービスを始めた。",
    ),
    (
        "北海道の信用金庫、全職員にChatGPTを配備",
        "北海道の信用金庫が、営業店を含む全職員が使える対話型AIの環境を整えた。",
    ),
    (
        "A Fukuoka startup builds an LLM assistant for city hall paperwork",
        "The Fukuoka-based company says its generative AI assistant drafts replies to residents' enquiries.",
    ),
    (
        "Nagoya manufacturer rolls out generative AI to its design teams",
        "The Nagoya-based parts maker gave 3,000 engineers access to an LLM that searches past design reviews.",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_PLACES)
def test_a_japanese_place_is_japan_evidence(title, text):
    assert relevant(title, text, language="ja" if not title.isascii() else "en")


FOREIGN_MARKED = [
    (
        "アークライト研究所、新しいLLMを公開",
        "アークライト研究所は、推論に強い大規模言語モデルを公開した。",
        "米国のAIスタートアップであるアークライト研究所は、推論に強い大規模言語モデルを公開した。",
    ),
    (
        "長文に強いLLMを発表",
        "飛騨工科大学の研究チームは、長い文書を扱える大規模言語モデルを発表した。",
        "中国の清華大学の研究チームは、長い文書を扱える大規模言語モデルを発表した。",
    ),
    (
        "動画生成AIの新版を公開",
        "スタートアップのノーザンライト研究所は動画生成AIの新しい版を公開した。",
        "英国のスタートアップ、ノーザンライト研究所は動画生成AIの新しい版を公開した。",
    ),
]


@pytest.mark.parametrize(("title", "japanese", "foreign"), FOREIGN_MARKED)
def test_an_institution_is_japan_evidence_unless_marked_foreign(title, japanese, foreign):
    assert relevant(title, japanese)
    assert not relevant(title, foreign)


JAPANESE_ARTICLES_ON_FOREIGN_PRODUCTS = [
    (
        "OpenAI、新しい推論モデルを公開　数学とコードで性能向上",
        "米OpenAIは、数学やプログラミングの問題で性能を高めた推論モデルを公開した。ロイターによると、"
        "同社は年内にさらに大きなモデルを出す計画だという。",
    ),
    (
        "Anthropic、Claudeに新しいエージェント機能",
        "米Anthropicは、ブラウザを操作するエージェント機能をClaudeに追加したと発表した。ブルームバーグが報じた。",
    ),
    (
        "Google、Geminiの新版を発表",
        "米Googleは、画像と音声を扱えるGeminiの新しい版を開発者向けに公開した。スタンフォード大学の研究者も評価に加わった。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_ARTICLES_ON_FOREIGN_PRODUCTS)
def test_a_japanese_article_on_a_foreign_product_stays_out_until_a_japanese_body_acts(title, text):
    assert not relevant(title, text)
    assert relevant(title, text + "ヒノキ医療研究所も医療文書での性能を検証した。")


# --- Generative AI in business prose --------------------------------------------------------------------------

GENAI_BUSINESS_PROSE = [
    (
        "全社員にMicrosoft 365 Copilotを導入",
        "株式会社ミナトシステムは、全社員約800人を対象にCopilotを導入し、会議の議事録作成を効率化する。",
    ),
    (
        "社内規程を検索するRAG構築サービスの提供を開始",
        "株式会社データアーチは、社内文書を根拠に回答するRAGの構築支援サービスを始めた。",
    ),
    (
        "エージェント型AIで受発注業務を自動化",
        "株式会社カナメ物流は、受発注の確認をエージェント型AIに任せる実証を始めた。",
    ),
    (
        "Osaka insurer adopts agentic AI for claims handling",
        "The Osaka-based insurer is using agentic AI to check claim documents before a person reviews them.",
    ),
    (
        "Kyoto startup releases Kotowari-8B-Instruct for legal drafting",
        "The Kyoto-based firm says the model drafts contracts in the style of Japanese legal documents.",
    ),
    (
        "富士見市、AIチャットボットで住民の問い合わせに24時間対応",
        "富士見市は、ごみの出し方や手続きの質問に答えるAIチャットボットを公開した。",
    ),
    (
        "Japan to build a foundation AI model with private companies",
        "The government will work with companies to develop the country's largest foundation AI model.",
    ),
]


@pytest.mark.parametrize(("title", "text"), GENAI_BUSINESS_PROSE)
def test_generative_ai_in_business_prose_counts(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


# --- Hard negatives -------------------------------------------------------------------------------------------

NON_GENERATIVE_AI = [
    (
        "AIによる需要予測で食品ロスを削減",
        "株式会社ミナト食品は、AIで来店客数を予測し、発注量を自動で決める仕組みを導入した。生成AIの活用も検討する。",
    ),
    (
        "画像認識AIで工場の外観検査を自動化",
        "株式会社サクラ製作所は、製品の傷を画像認識で見つけるシステムを導入した。生成AIは使っていない。",
    ),
    (
        "AIで設備の異常検知、予知保全サービスを開始",
        "株式会社トウカイは、センサーのデータから故障の兆しを検知するAIサービスを始めた。将来は生成AIとの連携も視野に入れる。",
    ),
    (
        "Facial recognition gates roll out at Japanese airports",
        "Narita and Haneda expand face recognition boarding; the operator says it may later add a generative AI guide.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NON_GENERATIVE_AI)
def test_non_generative_ai_in_the_title_stays_out(title, text):
    assert not relevant(title, text, language="en" if title.isascii() else "ja")


CLASSICAL_NLP_TASKS = [
    (
        "A Dataset for Relation Extraction from Japanese Clinical Notes",
        "We annotate 3,000 Japanese clinical notes with drug-symptom relations. As baselines we compare a CRF with "
        "fine-tuned encoders; LLMs prompted zero-shot trail them.",
    ),
    (
        "Entity Linking for Japanese Historical Newspapers",
        "We link person and place names in Meiji-era Japanese newspapers to Wikidata and compare rule-based and "
        "neural linkers, including an LLM baseline.",
    ),
    (
        "日本語の共参照解析データセットの構築",
        "新聞記事に照応関係を付与したデータセットを構築した。比較として大規模言語モデルの性能も報告する。",
    ),
]


@pytest.mark.parametrize(("title", "text"), CLASSICAL_NLP_TASKS)
def test_a_classical_nlp_task_in_the_title_stays_out(title, text):
    assert not relevant(title, text, url="https://aclanthology.org/2026.lrec-1.1", language="en")


def test_a_classical_nlp_task_done_by_an_llm_in_the_title_counts():
    assert relevant(
        "Relation Extraction from Japanese Patents with Large Language Models",
        "We prompt LLMs to extract claim-support relations from Japanese patents.",
        url="https://aclanthology.org/2026.lrec-1.2",
        language="en",
    )


MULTILINGUAL = [
    (
        "Open chat models for nine languages, including Japanese",
        "We adapt Llama to nine languages, Japanese among them, with continued pre-training.",
    ),
    (
        "A benchmark for LLM reasoning in 12 languages",
        "We build a reasoning benchmark for large language models in 12 languages, including Japanese and Swahili.",
    ),
    (
        "日本語を含む多言語に対応したLLMを公開、米スタートアップ",
        "米国のスタートアップが、日本語を含む30以上の言語に対応した大規模言語モデルを公開した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), MULTILINGUAL)
def test_japanese_as_one_language_of_several_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://arxiv.org/abs/2501.00001", language="en")


def test_a_japanese_and_english_model_is_still_about_japanese_but_nine_languages_are_not():
    assert not relevant(
        "Chat models adapted to new languages",
        "We adapt Llama 2 to nine languages, Japanese among them, and release the chat models.",
        url="https://arxiv.org/abs/2501.00003",
        language="en",
    )
    assert relevant(
        "A bilingual Japanese-English LLM trained from scratch",
        "We train a 13B model on Japanese and English text and evaluate it on Japanese benchmarks.",
        url="https://arxiv.org/abs/2501.00002",
        language="en",
    )


JAPANESE_SUPPORTED_TOO = [
    (
        "画像生成AI「Pixelo」の新版を米企業が公開、日本語にも対応",
        "米国のスタートアップは、画像生成AIの新版を公開した。40言語のプロンプトに対応する。",
    ),
    (
        "音声合成モデル「VoxOne」がオープンソースに、日本語もサポート",
        "欧州の研究グループが、テキストから音声を生成するモデルを公開した。",
    ),
    (
        "Open coding LLM now also supports Japanese",
        "A Paris lab updated its open coding LLM, which now covers 20 programming languages and more prompts.",
    ),
    (
        "翻訳特化のLLM「Lingo」公開、日本語も対応",
        "海外のAI企業が、翻訳に特化した大規模言語モデルを公開した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_SUPPORTED_TOO)
def test_a_headline_saying_japanese_is_supported_too_is_one_language_of_several(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="ja" if not title.isascii() else "en")


def test_a_japanese_company_whose_model_supports_japanese_too_is_still_japans():
    assert relevant(
        "音声合成モデルを公開、日本語にも対応",
        "株式会社ソラネは、テキストから音声を生成するモデルを公開した。",
        url="https://news.example.com/a",
    )


A_WORKS_JAPANESE_DIGEST = [
    (
        "Retrieval-Augmented Generation for Legal Questions in Brazil",
        "サンパウロ大学の研究者が、ブラジルの法令に関する質問にLLMで答える手法を提案した論文の日本語要旨。",
    ),
    (
        "Scaling Laws for Code LLMs Revisited",
        "ETH Zurichのチームがコード生成LLMのスケーリング則を再検証した論文の日本語訳。",
    ),
    (
        "Agentic LLMs for Chemistry",
        "米国の研究グループが化学実験を計画するLLMエージェントを報告した。本稿はその論文の日本語解説である。",
    ),
]


@pytest.mark.parametrize(("title", "text"), A_WORKS_JAPANESE_DIGEST)
def test_a_japanese_digest_of_anothers_paper_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://papers.example.com/ja/paper/1", language="ja")


def test_a_japanese_summary_a_product_writes_is_japanese_as_the_language_of_study():
    assert relevant(
        "Meeting summarizer built on an open LLM released",
        "研究者らが、英語の会議録の日本語要約を生成するLLMを公開した。",
        url="https://papers.example.com/ja/paper/2",
        language="ja",
    )


BETWEEN_ENGLISH_AND_JAPANESE = [
    (
        "Cross-lingual transfer in instruction tuning of small LLMs",
        "We study cross-lingual transfer from English to Japanese when instruction-tuning small LLMs.",
    ),
    (
        "Does reasoning data in one language help another?",
        "Training an LLM on Japanese math problems lifted its English scores, a cross-lingual effect we measure.",
    ),
    (
        "Crosslingual alignment of an English-centric LLM",
        "We align an English-centric LLM to Japanese with a crosslingual objective on parallel Japanese text.",
    ),
]


@pytest.mark.parametrize(("title", "text"), BETWEEN_ENGLISH_AND_JAPANESE)
def test_cross_lingual_between_english_and_japanese_is_about_japanese(title, text):
    assert relevant(title, text, url="https://arxiv.org/abs/2501.00004", language="en")


def test_cross_lingual_with_two_other_languages_is_japanese_as_one_of_several():
    assert not relevant(
        "Cross-lingual transfer in instruction tuning of small LLMs",
        "We study cross-lingual transfer from English to Japanese, Korean and Thai when instruction-tuning LLMs.",
        url="https://arxiv.org/abs/2501.00005",
        language="en",
    )
    assert not relevant(
        "Cross-lingual transfer in instruction tuning of small LLMs",
        "We study cross-lingual transfer between English and Japanese and a multilingual mix of LLM data.",
        url="https://arxiv.org/abs/2501.00006",
        language="en",
    )


A_JAPANESE_AGENCY_ON_ANOTHER_COUNTRY = [
    (
        "中国の生成AIサービス、登録件数が600件を突破",
        "国家インターネット情報弁公室の集計によると、登録を終えた生成AIサービスは6月末時点で600件を超えた。",
    ),
    (
        "韓国、AI基本法の施行令を公表 生成AIの表示義務を具体化",
        "科学技術情報通信部は、生成AIで作られた画像や動画に表示を義務づける細則を公表した。",
    ),
    (
        "米国の大規模言語モデル開発、計算資源の投資が過去最高に",
        "民間の調査会社の報告では、フロンティアモデルの訓練に使われた計算資源への投資が昨年の2倍に増えた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), A_JAPANESE_AGENCY_ON_ANOTHER_COUNTRY)
def test_a_japanese_agencys_site_on_another_countrys_story_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://www.jst.go.jp/overseas/news/2025/0801.html")


def test_a_japanese_agencys_site_on_its_own_work_abroad_is_still_japans():
    assert relevant(
        "中国の大学と生成AIの共同研究を開始",
        "当機構は、上海の大学と大規模言語モデルの共同研究を始めることで合意した。",
        url="https://www.jst.go.jp/pr/announce/2025/0801.html",
    )


# --- Japan evidence from where an item is published and how Japanese prose names the country -----------------

JAPANESE_HOSTS = [
    "https://prtimes.jp/main/html/rd/p/000000012.000123456.html",
    "https://www.atpress.ne.jp/news/4567890",
    "https://www.caa.go.jp/notice/entry/041234/",
    "https://www.city.kamakura.kanagawa.jp/koho/genai.html",
    "https://www.kochi-tech.ac.jp/news/2025/genai.html",
]


@pytest.mark.parametrize("url", JAPANESE_HOSTS)
def test_a_japanese_wire_or_public_domain_is_japan_evidence(url):
    title = "Acme、問い合わせ対応のAIエージェントを提供開始"
    text = "Acmeは、顧客からの問い合わせにAIエージェントが一次回答する新サービスを始めた。"
    assert relevant(title, text, url=url)
    assert not relevant(title, text, url="https://news.example.com/a")


OFFICIAL_PROSE = [
    (
        "生成AIの利活用に関する指針案を公表",
        "我が国の行政機関における生成AIの調達と利用について、リスク管理の考え方をまとめた。",
    ),
    (
        "県立高校で生成AIを使った探究学習",
        "県立高校12校で、対話型AIを使って調べ学習を行う授業を始める。",
    ),
    (
        "Chatbot startup raises 1.5 billion yen",
        "The startup behind an LLM-based customer-service chatbot raised 1.5 billion yen in a Series B round.",
    ),
]


@pytest.mark.parametrize(("title", "text"), OFFICIAL_PROSE)
def test_japanese_prose_names_the_country_without_naming_it(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


GENERATIVE_BY_SIZE_OR_COMPUTE = [
    (
        "Liquid releases LFM2-2.6B-JP for on-device use in Japan",
        "The Japanese variant runs on phones and laptops without a network connection.",
    ),
    (
        "国内最大級のAIスパコンを稼働、国産モデルの開発に",
        "通信大手は、数千基のGPUを備えたAIスーパーコンピュータを国内で稼働させた。",
    ),
    (
        "700億パラメータの日本語モデルを公開",
        "研究チームは、日本語の文章で学習した700億パラメータのモデルを公開した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), GENERATIVE_BY_SIZE_OR_COMPUTE)
def test_a_model_of_billions_of_parameters_or_an_ai_supercomputer_is_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


AI_PLAN_BY_FULL_NAME = [
    (
        "自治体のAI活用、国が手引きを改訂へ",
        "人工知能基本計画を踏まえ、総務省は自治体の業務でAIを使う際の手引きを改める。",
    ),
    (
        "AI活用で問われる行政の役割 担当審議官に聞く",
        "人工知能関連技術の研究開発及び活用の推進に関する法律の施行を受け、政府は各省庁のAI利用の指針をまとめた。",
    ),
    (
        "Ministries set targets for AI use in public services",
        "Under Japan's AI Basic Plan, adopted by the cabinet, each ministry will set targets for using AI.",
    ),
]


@pytest.mark.parametrize(("title", "text"), AI_PLAN_BY_FULL_NAME)
def test_japans_ai_plan_and_act_by_their_full_names_are_about_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


def test_a_model_size_is_generative_ai_but_a_phase_or_type_with_a_letter_is_not():
    assert relevant(
        "Kyoto lab releases Hanami-13B", "The Kyoto-based lab trained the model on public text.", language="en"
    )
    assert not relevant(
        "Kyoto drugmaker starts Phase-2B trial of its antibody",
        "The Kyoto-based company said its antibody entered a Phase-2B trial in Japan.",
        language="en",
    )


AI_POLICY = [
    (
        "政府、AI事業者向けに知財保護のルールを策定へ",
        "学習データの扱いや生成物の権利について、事業者が守るべき点をまとめる。",
    ),
    ("AI推進法が成立　基本計画の策定へ", "国会で可決され、政府は司令塔となる本部を設けて基本計画を作る。"),
    (
        "Japan's AI Safety Institute publishes red-teaming guide",
        "The institute set out how developers should test models for misuse before release.",
    ),
]


@pytest.mark.parametrize(("title", "text"), AI_POLICY)
def test_japans_ai_law_and_guidelines_are_about_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


def test_the_state_of_a_country_in_the_headline_is_that_countrys():
    text = "生成AIの開発者に安全性の評価を求める法律が国会で可決された。政府は施行令を準備する。"
    assert not relevant("韓国、AI基本法が成立", text)
    assert not relevant("EU、AI規制法の適用を開始", text)
    assert relevant("AI規制の新法が成立", text)


def test_search_that_answers_with_generated_text_is_generative_ai():
    assert relevant(
        "Nikkei and Asahi sue Perplexity over article use",
        "Two Japanese newspapers filed suit in Tokyo against the US AI search startup.",
        language="en",
    )
    assert relevant("読売新聞、AI検索のPerplexityを提訴", "記事を無断で利用されたとして東京地裁に訴えた。")


AI_WRITES = [
    (
        "フリマアプリ、出品時の説明文を自動で作る機能",
        "株式会社ミナトマーケットは、商品の写真から説明文をAIが自動で作成する機能を追加した。",
    ),
    ("会計ソフトに質問機能", "株式会社カイケイは、経理の質問にAIが答えるチャット機能を始めた。"),
    (
        "City of Sendai tests summaries of council minutes",
        "Summaries written by AI will be checked by staff before release.",
    ),
]


@pytest.mark.parametrize(("title", "text"), AI_WRITES)
def test_ai_that_writes_answers_or_summarises_is_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


def test_domestic_words_belong_to_the_country_in_the_headline():
    text = "政府は、国内のスタートアップによる大規模言語モデルの開発に補助金を出す。"
    assert not relevant("インド政府、国産LLMの開発を支援", text)
    assert relevant("国産LLMの開発を支援", text)


LLM_PLATFORMS = [
    ("Difyで社内問い合わせ対応を内製", "株式会社ミナト物産は、Difyを使って社内規程に答えるアプリを内製した。"),
    (
        "MCPサーバーを公開、自社APIを外部から利用可能に",
        "株式会社クラウドリンクは、自社サービスをMCPサーバーとして公開した。",
    ),
    (
        "バイブコーディング研修を全エンジニアに",
        "株式会社ソフトテックは、全エンジニア向けにバイブコーディングの研修を始めた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), LLM_PLATFORMS)
def test_platforms_that_exist_around_llms_are_generative_ai(title, text):
    assert relevant(title, text)


def test_a_benchmark_built_for_japanese_is_japanese_as_the_language_of_study():
    assert relevant(
        "Instruction tuning with synthetic data improves JGLUE scores",
        "We fine-tune a 7B LLM on synthetic instructions and report gains on JGLUE and JMMLU.",
        url="https://arxiv.org/abs/2502.00001",
        language="en",
    )


def test_a_unit_named_after_a_foreign_organisation_is_foreign():
    title = "新しい大規模言語モデルを公開"
    assert not relevant(title, "アリババ集団は新しいLLMを公開した。傘下のアリババクラウドが提供する。")
    assert relevant(title, "同社は新しいLLMを公開した。傘下のミナト先端技術研究所が開発した。")


def test_names_in_a_story_about_another_country_are_that_countrys():
    text = "同社は新しい大規模言語モデルを公開した。開発には華南先端技術研究所も参加した。"
    assert not relevant("中国のAI新興、新しいLLMを公開", text)
    assert relevant("AI新興、新しいLLMを公開", text)


# --- Rules of the fourth session: whose country the words are -------------------------------------------------

OUTLETS_ABROAD = [
    (
        "https://j.people.com.cn/n3/2026/0110/c95952-10000001.html",
        "国産大規模言語モデル、全国の病院で問診支援に",
        "国内の医療機関で、国産の大規模言語模型を使った問診支援が広がっている。華陽医療科技研究院が開発した。",
    ),
    (
        "https://jp.yna.co.kr/view/AJP20260110000100882",
        "政府、行政機関向けの生成AI利用指針を発表",
        "政府は、中央省庁と自治体が生成AIを使う際の指針をまとめ、全国の自治体に配布した。",
    ),
    (
        "https://japanese.news.cn/20260110/abc/c.html",
        "国内企業のAIエージェント、製造現場で導入広がる",
        "国内企業が開発したAIエージェントが、全国の工場で品質記録の作成に使われ始めた。",
    ),
]


@pytest.mark.parametrize(("url", "title", "text"), OUTLETS_ABROAD)
def test_the_domestic_words_of_another_countrys_outlet_are_that_countrys(url, title, text):
    assert not relevant(title, text, url=url)
    assert relevant(title, text)


def test_a_foreign_outlet_writing_about_japan_still_names_japan():
    assert relevant(
        "日本の通信大手、国産LLMを公開",
        "日本の通信大手が、日本語に強い大規模言語モデルを公開した。",
        url="https://j.people.com.cn/n3/2026/0111/c95952-10000002.html",
    )


FOREIGN_LEADERS = [
    (
        "バイデン米大統領、AI開発企業に安全性試験の報告を義務付け",
        "政府は、大規模言語モデルを開発する企業に、公開前の安全性試験の結果を報告するよう求める。",
    ),
    ("マクロン仏大統領、生成AIに巨額投資", "政府は国内のデータセンターと基盤モデルの開発を支援する。"),
    ("米大統領、生成AIの規制を緩める大統領令", "政府機関は、国内のAI企業への規制を見直す。"),
]


@pytest.mark.parametrize(("title", "text"), FOREIGN_LEADERS)
def test_a_foreign_head_of_state_in_the_headline_makes_the_state_words_that_countrys(title, text):
    assert not relevant(title, text)


def test_a_japanese_prime_minister_in_the_headline_is_japans_state():
    text = "政府は国内のデータセンターと基盤モデルの開発を支援する。"
    assert relevant("石破首相、生成AIに巨額投資", text)
    assert relevant("田中首相、生成AIに巨額投資", text)  # 中 in a surname is no country
    assert relevant("バイデン米大統領と岸田首相、生成AIで協力", text)  # two leaders, one of them Japan's


SOVEREIGN_AI_ABROAD = [
    (
        "Saudi Arabia's sovereign AI push gets an Arabic LLM",
        "A state-backed lab released a large language model trained on Arabic text under Saudi Arabia's "
        "sovereign AI plan.",
    ),
    (
        "Telecom group joins France's sovereign AI effort with an open LLM",
        "The operator will train the model on French public data as part of France's national sovereign AI programme.",
    ),
    (
        "韓国のソブリンAI計画、通信大手が基盤モデルを開発へ",
        "韓国のソブリンAI計画に選ばれた通信大手が、独自の大規模言語モデルを開発する。",
    ),
    (
        "Korea picks five teams to build sovereign AI foundation models",
        "The science ministry will fund the teams' models, which must be trained from scratch.",
    ),
    (
        "Telecom operator wins a place in the sovereign AI project of South Korea",
        "The operator will build a large language model with public money.",
    ),
    (
        "LLM新興、インド政府のソブリンAI事業に選定",
        "インド政府のソブリンAI事業に、大規模言語モデルを開発する新興企業が選ばれた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), SOVEREIGN_AI_ABROAD)
def test_another_countrys_sovereign_ai_is_no_japan_evidence(title, text):
    assert not relevant(title, text, language="en" if title.isascii() else "ja")


def test_sovereign_ai_that_no_other_country_owns_is_japans_in_japanese_text():
    assert relevant(
        "通信大手、ソブリンAIの基盤となるLLMを開発", "通信大手は、ソブリンAIの実現に向けて大規模言語モデルを開発する。"
    )


# J6, seventh session: in English, "sovereign AI" is every country's word for its own AI, as "the government" is
# every country's government: no Japan evidence without Japan named (a Japanese text's ソブリンAI is Japan's, as its
# 政府 is).
SOVEREIGN_AI_OF_NO_NAMED_COUNTRY_IN_ENGLISH = [
    (
        "Telecom group to build sovereign AI cloud for domestic LLMs",
        "The operator will host sovereign AI workloads for local model developers.",
    ),
    (
        "Govt names six labs to build sovereign AI models",
        "The IT ministry said the labs will train large language models on public data with state-funded GPUs.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SOVEREIGN_AI_OF_NO_NAMED_COUNTRY_IN_ENGLISH)
def test_sovereign_ai_in_english_names_no_country(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="en")


def test_sovereign_ai_in_english_with_japan_named_is_japan_evidence():
    assert relevant(
        "Telecom group to build sovereign AI cloud for Japan's LLM developers",
        "The operator will host sovereign AI workloads for local model developers.",
        url="https://news.example.com/a",
        language="en",
    )


CITED_OUTLETS = [
    (
        "Chatbot use linked to weaker essays in a classroom study",
        "Teachers in Ohio said students leaned on a chatbot for first drafts, according to the Japan Times.",
    ),
    (
        "Students who draft with ChatGPT remember less of their essays",
        "Researchers in Boston tracked 40 students over a term, in a report carried by the Japan Times.",
    ),
    (
        "OpenAI weighs new funding for its GPT models",
        "The AI developer is in early talks with investors about a round, Kyodo News reported.",
    ),
    (
        "米新興のAIエージェント、導入企業が1万社を突破",
        "米国のスタートアップが開発したAIエージェントの導入企業が1万社を超えた。共同通信が報じた。",
    ),
]


CITED_OUTLETS += [
    (
        "Anthropic opens talks on a data-centre deal for its Claude models",
        "The AI developer is negotiating with two cloud providers, Nikkei Asia reported.",
    ),
    (
        "Google tests an AI agent that books flights",
        "The agent, built on Gemini, completes bookings on its own, the Yomiuri Shimbun reported.",
    ),
]


CITED_OUTLETS += [
    (
        "OpenAI tests a reasoning model that checks its own proofs",
        "The model solves olympiad problems step by step, NHK World-Japan reported.",
    ),
]


@pytest.mark.parametrize(("title", "text"), CITED_OUTLETS)
def test_an_outlet_given_as_the_source_of_a_report_is_no_japan_evidence(title, text):
    assert not relevant(title, text, language="en" if title.isascii() else "ja")


def test_a_company_speaking_of_its_own_work_is_not_cited_as_an_outlet():
    assert relevant(
        "Coding assistant reaches 10,000 business users",
        "The LLM-based assistant now serves 10,000 business users, according to Fujitsu.",
        language="en",
    )
    assert relevant(
        "コーディング支援AIの利用者が1万人に", "富士通によると、LLMを使う同社の支援ツールの利用者が1万人を超えた。"
    )


def test_an_outlet_that_acts_in_the_story_is_japan_evidence():
    assert relevant("共同通信、記事の要約に生成AIを導入", "共同通信は、配信記事の要約に生成AIを使い始めた。")
    assert relevant(
        "The Japan Times adds an LLM-based translation tool",
        "The Japan Times said readers can now translate articles with a large language model.",
        language="en",
    )


# --- Generative AI named by what it makes -----------------------------------------------------------------------

AI_AS_INSTRUMENT = [
    (
        "人気俳優の声をまねた動画、所属事務所が削除を要請",
        "所属事務所によると、東京の匿名アカウントがAIで生成した声でナレーションを付けた動画を投稿していた。",
    ),
    (
        "地方紙、災害の写真を誤って掲載",
        "静岡県の地方紙が、AIを使って作成した写真を報道写真として掲載していたことが分かった。",
    ),
    (
        "Osaka studio sued over adverts that copied a narrator",
        "The Osaka-based studio used voice cloning to copy the narrator's voice without consent.",
    ),
    (
        "クラウド事業者、専用GPUでのモデル提供を開始",
        "株式会社ミナトクラウドは、オープンウェイトのモデルを利用者専用のGPU環境でファインチューニングして提供する。",
    ),
]


@pytest.mark.parametrize(("title", "text"), AI_AS_INSTRUMENT)
def test_what_ai_generates_or_an_open_weight_model_is_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


DRAFTED_BY_AI = [
    (
        "町役場、職員の文書作成をAIで効率化",
        "兵庫県の町役場は、議事録や通知文の自動作成にAIを導入し、職員の作業時間を減らす。",
    ),
    (
        "県、住民の問い合わせ対応に新しい仕組み",
        "山形県は、住民からの問い合わせに対する回答文を自動で作成するAIを試験導入する。",
    ),
]


DRAFTED_BY_AI += [
    (
        "市役所、議会対応の負担を軽減へ",
        "北見原市は、AIを使って答弁書の下書きを作成する取り組みを北海道内で初めて始めた。",
    ),
    ("町、窓口業務にAIを試験導入", "長野県の町役場は、AIで住民向けの通知文を作成し、職員が確認してから送る。"),
]


@pytest.mark.parametrize(("title", "text"), DRAFTED_BY_AI)
def test_documents_that_ai_drafts_are_generative_ai(title, text):
    assert relevant(title, text)


def test_documents_drafted_automatically_need_ai_in_the_text():
    assert not relevant(
        "町役場、議事録の作成を効率化", "兵庫県の町役場は、録音から議事録を自動作成するシステムを導入した。"
    )


NAMED_IN_PASSING = [
    (
        "大手商社、大学発スタートアップの支援プログラムを開始",
        "東北地方の大学と組み、技術の事業化を支援する。社長は会見で、生成AIなど新しい技術が産業を変えつつあると述べた。",
    ),
    (
        "国内VC投資、上期は2割減",
        "国内スタートアップの調達額は前年から2割減った。大規模言語モデルやバイオには大型の調達が続いた。",
    ),
    (
        "Tokyo venture investment fell 15% in the first half",
        "Deals shrank across sectors, though areas such as generative AI still drew large rounds.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NAMED_IN_PASSING)
def test_generative_ai_named_in_passing_as_one_field_of_a_list_is_not_enough(title, text):
    assert not relevant(title, text, language="en" if title.isascii() else "ja")


def test_generative_ai_that_a_product_uses_is_not_named_in_passing():
    assert relevant(
        "業務効率化の支援サービスを開始", "株式会社ミナトは、生成AIなどを活用した業務効率化の支援サービスを始めた。"
    )
    assert relevant(
        "A benchmark of commonsense questions written in Japanese",
        "We build 3,000 questions and evaluate models such as LLMs and BERT on them.",
        url="https://arxiv.org/abs/2503.00001",
        language="en",
    )


def test_generative_ai_named_in_passing_counts_with_other_evidence():
    title, text = NAMED_IN_PASSING[0]
    assert relevant(title, text + "支援先には、大規模言語モデルを開発する新興企業も含まれる。")
    assert relevant("大手商社、生成AIの新興企業を支援", text)


# --- A Japanese backer among many of a foreign company's round ---------------------------------------------------

ONE_BACKER_ABROAD = [
    (
        "Indian AI coding startup Vistaar raises $40 million Series B",
        "Vistaar said the round was led by Peak Ridge. Accel, SoftBank Vision Fund 2 and Nexus put in more, and the "
        "company will use the money to hire in Europe.",
        "Vistaar said the round was led by SoftBank Vision Fund 2, with Accel and Nexus also putting in money.",
    ),
    (
        "米国の生成AI新興アトラス、3億ドルを調達",
        "アトラスは、米国のベンチャーキャピタルのほか、三菱UFJ銀行や英バークレイズなどから総額3億ドルを調達した。",
        "アトラスは、三菱UFJ銀行が主導したラウンドで総額3億ドルを調達した。",
    ),
]


@pytest.mark.parametrize(("title", "among_many", "leading"), ONE_BACKER_ABROAD)
def test_a_japanese_backer_among_many_of_a_foreign_round_is_no_japan_evidence_unless_it_leads(
    title, among_many, leading
):
    language = "en" if title.isascii() else "ja"
    assert not relevant(title, among_many, url="https://news.example.com/a", language=language)
    assert relevant(title, leading, url="https://news.example.com/a", language=language)


SPEECH_FOUNDATION_MODELS = [
    (
        "研究所、日本語音声の基盤モデルを公開",
        "研究所は、5万時間の日本語音声で自己教師あり学習したモデルを公開した。音声認識や話者識別に使える。",
    ),
    (
        "Lab releases a Japanese speech foundation model",
        "The self-supervised encoder was trained on 40,000 hours of Japanese broadcast audio for transcription.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SPEECH_FOUNDATION_MODELS)
def test_a_speech_foundation_model_alone_is_weak_generative_ai_evidence(title, text):
    assert not relevant(title, text, language="en" if title.isascii() else "ja")


def test_a_speech_foundation_model_that_synthesises_is_generative_ai():
    assert relevant(
        "日本語音声の基盤モデルを公開、音声合成にも対応", "研究所は、日本語音声で学習したモデルを公開した。"
    )


CHINESE_OR_KOREAN_SUBJECTS = [
    ("百度、新しい大規模言語モデルを公開", "百度は新しい大規模言語モデルを公開した。国内の利用者は3億人を超えた。"),
    ("ネイバー、企業向けLLMの新版を提供", "ネイバーは、国内の企業向けに大規模言語モデルの新版を提供する。"),
    ("華嶺科技、動画生成AIの新モデル", "華嶺科技は動画生成AIの新しいモデルを公開した。全国の広告会社が使うという。"),
]


@pytest.mark.parametrize(("title", "text"), CHINESE_OR_KOREAN_SUBJECTS)
def test_the_domestic_words_of_a_story_opened_by_a_chinese_or_korean_organisation_are_its_countrys(title, text):
    assert not relevant(title, text)


def test_the_domestic_words_of_a_story_opened_by_a_japanese_or_american_company_are_japans():
    assert relevant(
        "ミナト電機、新しい大規模言語モデルを公開", "同社は新しい大規模言語モデルを公開した。国内の利用者は3万人。"
    )
    assert relevant(
        "Google、国内のデータセンターに投資　生成AI需要に対応", "グーグルは国内に新しいデータセンターを建設する。"
    )


MODEL_HOSTING = [
    (
        "クラウド事業者、利用者専用のモデル調整サービス",
        "株式会社ミナトクラウドは、利用者のデータでモデルをファインチューニングし、推論APIとして提供するサービスを始めた。",
    ),
    (
        "Osaka cloud provider adds fine-tuning on dedicated GPU instances",
        "Customers can tune models on their own data and serve them through an inference API.",
    ),
]


@pytest.mark.parametrize(("title", "text"), MODEL_HOSTING)
def test_tuning_and_serving_models_on_a_cloud_is_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


def test_gpu_servers_alone_are_not_generative_ai():
    assert not relevant("クラウド事業者、GPUサーバーを増設", "株式会社ミナトクラウドは、GPUサーバーの台数を2倍にする。")


LOCAL_GOVERNMENT_TOOLS = [
    (
        "市役所、全職員に行政向けAIを導入",
        "高森原市は、行政文書の検索と下書きに使えるQommonsAIを全職員に配布した。茨城県内で初めて。",
    ),
    ("町、AI議事録の運用を開始", "徳島県の町役場は、会議の録音から要点をまとめるAI議事録の運用を始めた。"),
    ("区役所、広報の下書きに新ツール", "東京都の区役所は、文書作成AIで広報文の下書きを作る。"),
]


@pytest.mark.parametrize(("title", "text"), LOCAL_GOVERNMENT_TOOLS)
def test_ai_named_by_the_documents_it_writes_is_generative_ai(title, text):
    assert relevant(title, text)


CHINESE_MODELS_OPENING = [
    ("Qwen3が公開、国産モデルで最高性能", "大規模言語モデルQwen3は、国産モデルとして最も高い性能を示した。"),
    ("中国発の推論モデル、国内の開発者に広がる", "新しい大規模言語モデルが、国内の開発者の間で急速に広がっている。"),
]


@pytest.mark.parametrize(("title", "text"), CHINESE_MODELS_OPENING)
def test_the_domestic_words_of_a_story_opened_by_a_chinese_model_or_from_china_are_chinas(title, text):
    assert not relevant(title, text)


def test_the_domestic_words_of_a_story_opened_by_an_american_model_are_japans():
    assert relevant("Llama 4、国内企業で導入進む", "米Metaの大規模言語モデルを導入する国内企業が増えている。")


JAPANESE_ERA_DATES = [
    (
        "施工管理向け生成AI、技術士試験の過去問で合格点",
        "建設向けの生成AIアシスタントに令和6年度の技術士第一次試験を解かせたところ、合格基準を上回った。",
    ),
    (
        "議事録から答弁案を作る生成AI、試行結果を報告",
        "平成から続く紙の議事録を読み込ませた生成AIで、答弁の下書きを作る試行の結果がまとまった。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_ERA_DATES)
def test_a_date_in_japans_own_era_is_japan_evidence(title, text):
    assert relevant(title, text)


GENERATIVE_ROBOT_MODELS = [
    (
        "Tokyo lab teaches kitchen robots to fold towels with diffusion policy",
        "Researchers in Tokyo trained robot arms on a few hundred demonstrations using diffusion policy.",
    ),
    (
        "Osaka startup unveils vision-language-action model for warehouse robots",
        "The model turns spoken instructions into robot arm motions in Japanese warehouses.",
    ),
]


@pytest.mark.parametrize(("title", "text"), GENERATIVE_ROBOT_MODELS)
def test_a_robot_story_naming_a_generative_model_of_actions_is_generative_ai(title, text):
    assert relevant(title, text, url="https://news.example.com/a", language="en")


# --- Fifth set's tuning half: foreign names, generative AI in passing, Japanese people and Japan sections --------

FOREIGN_BY_WHAT_THEY_ARE = [
    (
        "量子計算の新手法、LLMで回路設計を自動化",
        "研究チームは大規模言語モデルで量子回路を設計する手法を示した。米新興企業クオンタムリーフが検証に協力した。",
    ),
    (
        "LLMの推論費用、1年で10分の1に",
        "英大手ノースゲートは、大規模言語モデルの推論にかかる費用が1年で10分の1に下がったとする報告をまとめた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), FOREIGN_BY_WHAT_THEY_ARE)
def test_a_name_after_a_one_character_country_and_what_the_company_is_is_foreign(title, text):
    assert not relevant(title, text)


KATAKANA_PARTNERS_OF_A_FOREIGN_COMPANY = [
    (
        "Anthropic、データセンター向けに最大50億ドルを借り入れへ",
        "Anthropicはクラウドに用いるGPUの購入資金として、ブルーリッジ・キャピタル・パートナーズと組み、最大50億ドルを借り入れる計画だ。",
    ),
    (
        "Mistral AI、欧州で新しい推論モデルを公開",
        "Mistral AIは推論モデルの新版を公開した。ノルドストローム・ホールディングスが最初の導入企業になる。",
    ),
]


@pytest.mark.parametrize(("title", "text"), KATAKANA_PARTNERS_OF_A_FOREIGN_COMPANY)
def test_a_katakana_name_in_a_story_headlined_by_a_foreign_company_is_no_japan_evidence(title, text):
    assert not relevant(title, text)


GENERATIVE_AI_ONCE_IN_PASSING = [
    (
        "第12回 市民公開講座を開催しました",
        "桜丘大学は11月3日、「画像処理による農作物の病気診断」をテーマに市民公開講座を開いた。"
        "工学部の教員が、カメラ画像から葉の病斑を見つける研究を紹介した。"
        "参加者からは、生成AIの時代にも基礎の画像処理が大切だと分かったとの声があった。",
        "https://www.sakuragaoka-u.ac.jp/news/123",
        "ja",
    ),
    (
        "Minister's remarks at the press conference of 4 March",
        "The minister said the ministry had approved a subsidy of up to 30 billion yen for a power-chip plant in"
        " Kumamoto. The chips will go into electric vehicles, generative AI servers and factory equipment, he added.",
        "https://www.ministry.example.go.jp/speeches/0304.html",
        "en",
    ),
]


@pytest.mark.parametrize(("title", "text", "url", "language"), GENERATIVE_AI_ONCE_IN_PASSING)
def test_generative_ai_named_once_late_under_a_headline_without_ai_is_in_passing(title, text, url, language):
    assert not relevant(title, text, url=url, language=language)


def test_generative_ai_named_once_late_under_a_headline_about_ai_still_counts():
    assert relevant(
        "AI投資、日本はG7で最下位",
        "ある調査によると、日本のAIへの民間投資は米国の2%にとどまった。報告書は生成AIの活用を掲げる日本の遅れを指摘した。",
    )


JAPANESE_PEOPLE_WITH_SAN = [
    (
        "俳優有志、無断の生成AIに反対する声明",
        "俳優有志の会は、許諾なく作られたAI生成物に反対する声明を出した。呼びかけ人には佐伯真一さん、森川梓さんらが名を連ねる。",
    ),
    (
        "画像生成AIで作った絵本が話題に",
        "元保育士の河合美咲さんと夫の河合健太さんは、画像生成AIで挿絵を描いた絵本を自費出版した。",
    ),
    ("漫画家の高森蒼さん、生成AIで描いた新作を公開", "新作は背景の一部を画像生成AIで描いたという。"),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_PEOPLE_WITH_SAN)
def test_people_named_in_kanji_with_san_are_japan_evidence(title, text):
    assert relevant(title, text)


def test_one_commentator_named_with_san_on_a_foreign_story_is_no_japan_evidence():
    assert not relevant(
        "米オープンAI、新しい推論モデルを公開",
        "オープンAIは新しい大規模言語モデルを公開した。ITジャーナリストの三上健一さんは「性能の伸びが大きい」と話す。",
    )


JAPAN_SECTIONS = [
    (
        "Minister urges civil servants to use generative AI daily",
        "The digital minister said officials should use generative AI to summarise white papers and draft answers.",
        "https://www.worldnews.example.com/en/japan/article_5521/",
    ),
    (
        "Court weighs first copyright case over AI-generated illustrations",
        "A district court began hearing a suit over illustrations that an artist says were copied by generative AI.",
        "https://www.example-times.com/news/2026/01/12/japan/crime-legal/ai-illustrations/",
    ),
]


@pytest.mark.parametrize(("title", "text", "url"), JAPAN_SECTIONS)
def test_a_news_sites_section_for_japan_is_japan_evidence(title, text, url):
    assert relevant(title, text, url=url, language="en")


# --- Sixth session: what every tuning half still got wrong, by class ---------------------------------------------

NAMES_READ_WITH_THEIR_COUNTRY = [
    (
        "米ハーバーライト、新しいAIモデル「Vega 2」を発表",
        "米ハーバーライトは12月2日（現地時間）、新しいAIモデル「Vega 2」を発表した。Vega 2はテキストと画像を扱える"
        "大規模言語モデルで、同社によると主要なベンチマークで前モデルを上回ったという。",
    ),
    (
        "英Brightwell、推論に強い大規模言語モデルを公開",
        "英Brightwellは3日、数学とコードの推論に強い大規模言語モデル「Quill」を公開した。同社によると、主要なベンチマークで"
        "既存のモデルを上回った。",
    ),
]


@pytest.mark.parametrize(("title", "text"), NAMES_READ_WITH_THEIR_COUNTRY)
def test_a_name_read_with_a_one_character_country_in_front_is_foreign(title, text):
    assert not relevant(title, text)


def test_a_name_read_from_a_lead_without_a_country_is_still_japan_evidence():
    assert relevant(
        "ハーバーライト、新しいAIモデル「Vega 2」を発表",
        "ハーバーライトは12月2日、新しいAIモデル「Vega 2」を発表した。"
        "Vega 2はテキストと画像を扱える大規模言語モデルだ。",
    )


SOVEREIGN_AI_IN_A_HEADLINE_THE_BODY_GIVES_ABROAD = [
    (
        "Startup consortium clears the first evaluation of the Sovereign AI Foundation Model Program",
        "The consortium of three startups passed the first-stage evaluation of the Indian government's sovereign AI"
        " programme in March, and will receive more GPUs to train its frontier models.",
    ),
    (
        "通信大手の連合、ソブリンAI基盤モデル事業の第1段階評価を通過",
        "通信大手を中心とする連合は、韓国政府のソブリンAI事業で第1段階の評価を通過し、GPUの追加支援を受けて"
        "大規模言語モデルの開発を続ける。",
    ),
]


@pytest.mark.parametrize(("title", "text"), SOVEREIGN_AI_IN_A_HEADLINE_THE_BODY_GIVES_ABROAD)
def test_sovereign_ai_in_a_headline_is_the_country_the_body_gives_it_to(title, text):
    assert not relevant(title, text, language="en" if title.isascii() else "ja")


def test_sovereign_ai_in_a_headline_stays_japans_when_the_body_also_names_it_without_a_country():
    # In Japanese text (J6, seventh session: English "sovereign AI" names no country, as "the government" does not).
    assert relevant(
        "通信大手、LLM開発者向けにソブリンAIクラウドを構築",
        "通信大手は、モデル開発者向けにソブリンAIの計算基盤を提供する。韓国のソブリンAI計画とは別の取り組みだ。",
    )


# --- The rounds of foreign AI companies with a Japanese investor ---------------------------------------------------
# A Japanese investor that leads a foreign company's round, or is the story's investor, is a Japanese party to it (the
# definition's "a Japanese partner"); one backer among many (above) or the lead of one deal that a sentence lists
# among others, in a roundup or a statistic of a foreign field's money, is not.

ONE_DEAL_OF_A_LIST_ABROAD = [
    (
        "米AI新興の調達額、今年は過去最高に",
        "今年、米国の生成AI新興企業が集めた資金は過去最高となった。ノヴァAIが楽天グループ主導で20億ドル、"
        "クレストが米ファンドから8億ドル、ハーバーが5億ドルを得るなど、大型案件が相次いだ。",
    ),
    (
        "American generative AI startups raised a record $150 billion this year",
        "Big deals drove the total: Vantor's $4 billion round led by SoftBank, Quill's $1.2 billion from Nvidia and a"
        " $900 million round for Harbor lifted the sum.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ONE_DEAL_OF_A_LIST_ABROAD)
def test_a_japanese_lead_of_one_deal_a_sentence_lists_among_others_abroad_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="en" if title.isascii() else "ja")


JAPANESE_LEAD_OF_A_FOREIGN_ROUND = [
    (
        "米AI新興ノヴァ、20億ドルを調達",
        "生成AIを開発するノヴァは、楽天グループ主導で20億ドル（約3000億円）を調達した。",
    ),
    (
        "Vantor raises $4 billion at a $60 billion valuation",
        "The generative AI startup said the round, led by SoftBank, values it at $60 billion.",
    ),
]


JAPANESE_LEAD_OF_A_FOREIGN_ROUND += [
    (
        "楽天グループ、米生成AI新興ノヴァに20億ドルを出資",
        "楽天グループは、対話AIを開発する米ノヴァに出資すると発表した。",
    ),
    (
        "Rakuten to invest $2 billion in US chatbot maker Nova",
        "The e-commerce group will take a minority stake in the large language model developer.",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_LEAD_OF_A_FOREIGN_ROUND)
def test_a_japanese_lead_or_the_headlines_investor_of_a_foreign_generative_ai_round_is_japan_evidence(title, text):
    assert relevant(title, text, url="https://news.example.com/a", language="en" if title.isascii() else "ja")


SPEECH_AND_DIALOGUE_LANGUAGE_MODELS = [
    (
        "A full-duplex spoken dialogue model for Japanese",
        "We adapt a spoken dialogue model to Japanese by continued training on 20,000 hours of Japanese conversation, "
        "and it answers with natural back-channels.",
    ),
    (
        "Benchmarking speech language models on Japanese prosody",
        "We ask whether speech language models keep the pitch accent of Tokyo Japanese when they continue a spoken "
        "phrase.",
    ),
    (
        "日本語の音声言語モデルを公開",
        "研究チームは、日本語の雑談音声で学習した音声言語モデルを公開した。話者の声で応答を続けられる。",
    ),
]


@pytest.mark.parametrize(("title", "text"), SPEECH_AND_DIALOGUE_LANGUAGE_MODELS)
def test_language_models_of_speech_and_dialogue_are_generative_ai(title, text):
    assert relevant(title, text, url="https://arxiv.org/abs/2601.00001", language="en" if title.isascii() else "ja")


def test_spoken_language_understanding_is_not_a_spoken_language_model():
    assert not relevant(
        "A Japanese benchmark for spoken language understanding",
        "We collect 8,000 Japanese utterances labelled with intents and slots, and evaluate slot-filling models.",
        url="https://arxiv.org/abs/2601.00002",
        language="en",
    )


AI_AND_A_CHATBOT_IN_ONE_HEADLINE = [
    (
        "津軽弁をAIで残す 大学生が方言チャットボットを公開",
        "弘前市の大学生が、地元の高齢者との会話を学習させたチャットボットを公開した。津軽弁で質問に答える。",
    ),
    (
        "観光案内にAI活用、温泉街の旅館組合がチャットボットを導入",
        "群馬県の旅館組合は、宿泊客の質問に多言語で答えるチャットボットを導入した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), AI_AND_A_CHATBOT_IN_ONE_HEADLINE)
def test_a_headline_naming_ai_and_a_chatbot_apart_is_an_ai_chatbot(title, text):
    assert relevant(title, text)


CHATBOTS_WITHOUT_AI = [
    (
        "市役所、ごみ出しの問い合わせにチャットボット",
        "市役所は、ごみの出し方の問い合わせに答えるチャットボットを導入した。",
    ),
    ("AI-OCRとチャットボットで窓口業務を効率化", "市役所は、申請書の読み取りと問い合わせ対応を効率化する。"),
]


@pytest.mark.parametrize(("title", "text"), CHATBOTS_WITHOUT_AI)
def test_a_chatbot_without_ai_in_the_headline_or_beside_an_off_topic_tool_is_weak(title, text):
    assert not relevant(title, text)


AI_AS_THE_INSTRUMENT_THAT_DRAWS_COMPOSES_OR_TALKS = [
    (
        "AIイラストの無断学習に反対、漫画家団体が声明",
        "日本漫画家協会は、作品をAIイラストの学習に使うことに反対する声明を出した。",
    ),
    ("AIが作曲したCMソング、地元の酒蔵が採用", "新潟県の酒蔵は、AIが作曲した楽曲をテレビCMに使う。"),
    (
        "Tokyo startup launches an AI companion app for older people",
        "The app talks with users in Japanese and reminds them of appointments.",
    ),
    (
        "Kyoto museum shows AI art next to Edo-period prints",
        "The exhibition pairs works made with Midjourney with ukiyo-e from its collection.",
    ),
]


@pytest.mark.parametrize(("title", "text"), AI_AS_THE_INSTRUMENT_THAT_DRAWS_COMPOSES_OR_TALKS)
def test_ai_that_draws_composes_or_keeps_company_is_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


def test_what_ai_paints_as_a_metaphor_is_no_generative_ai():
    assert not relevant("AIが描く未来の街、市がまちづくり計画", "横浜市は、AIやIoTを使った街づくりの計画をまとめた。")


COUNTRY_WRITTEN_AGAINST_THE_NAME = [
    (
        "韓国Kakao、独自の大規模言語モデルを公開",
        "Kakaoは韓国語に強い大規模言語モデルを公開した。国内の企業向けに提供する。",
    ),
    ("中国ミニマックス、動画生成AIの新版 国内で利用者拡大", "同社の動画生成AIは国内で利用者が1億人を超えた。"),
    ("生成AI動画の新版、利用者1億人に", "中国ミニマックスの動画生成AIは利用者が1億人を超えた。"),
]


@pytest.mark.parametrize(("title", "text"), COUNTRY_WRITTEN_AGAINST_THE_NAME)
def test_a_country_written_right_against_a_name_makes_it_and_the_headlines_domestic_words_foreign(title, text):
    assert not relevant(title, text)


def test_a_japanese_company_whose_katakana_name_begins_with_a_country_is_japanese():
    assert relevant("フランスベッド、生成AIで接客", "フランスベッドは生成AIを使った接客を始めた。")


JAPAN_AS_ONE_COUNTRY_OF_SEVERAL = [
    (
        "Chatbot maker adds voice mode",
        "The feature is available to users in the US, UK and Japan from today, the large language model developer"
        " said.",
    ),
    ("対話AIアプリに音声機能", "米新興の対話AIアプリは、米国、英国、日本などで音声機能を提供する。"),
    (
        "Chatbot adds memory",
        "Users in Japan, France and Germany get it first, the large language model developer said.",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPAN_AS_ONE_COUNTRY_OF_SEVERAL)
def test_japan_only_listed_among_three_or_more_countries_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="en" if title.isascii() else "ja")


def test_japan_with_one_other_country_or_in_the_headline_is_japan_evidence():
    assert relevant(
        "Two governments to test frontier models together",
        "The two governments, Japan and the US, will share evaluations of large language models.",
        url="https://news.example.com/a",
        language="en",
    )
    assert relevant(
        "Chatbot adds memory for users in Japan",
        "Users in Japan, France and Germany get it first, the large language model developer said.",
        url="https://news.example.com/a",
        language="en",
    )
    assert relevant(
        "白書、生成AIの利用率を分析",
        "白書は、日本で生成AIを使ったことがある人の割合が米国や中国を大きく下回ると指摘した。",
        url="https://news.example.com/a",
    )


JAPANESE_PLACES_IN_ENGLISH = [
    (
        "Shinjuku clinic drafts referral letters with an LLM",
        "Doctors at the clinic review each letter before it is sent.",
    ),
    (
        "Niigata sake brewer uses generative AI to write label copy",
        "The brewery said the chatbot suggests descriptions for new labels.",
    ),
    (
        "Kumamoto hospital tests a chatbot for night-shift nurses",
        "The large language model answers questions about medication.",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_PLACES_IN_ENGLISH)
def test_a_japanese_prefecture_ward_or_city_in_english_is_japan_evidence(title, text):
    assert relevant(title, text, url="https://news.example.com/a", language="en")


def test_a_disease_named_after_a_japanese_doctor_is_no_japan_evidence():
    assert not relevant(
        "LLM flags early signs of Kawasaki disease in clinical notes",
        "The model read notes from 3,000 children at a US hospital.",
        url="https://news.example.com/a",
        language="en",
    )


GENERATIVE_AI_ONLY_AS_THE_DEMAND_BEHIND_ANOTHER_PRODUCT = [
    (
        "メモリー大手、新工場が稼働 AIサーバー向けに増産",
        "北上市の新工場は、データセンターや生成AI向けの需要に対応する。",
    ),
    (
        "Tokyo chip-equipment stocks rally on AI optimism",
        "Shares of two testing-equipment makers rose as investors bet on demand for chips used in generative AI.",
    ),
    (
        "Memory maker expands plant in Iwate",
        "The company said demand for memory used in generative AI servers keeps rising.",
    ),
]


@pytest.mark.parametrize(("title", "text"), GENERATIVE_AI_ONLY_AS_THE_DEMAND_BEHIND_ANOTHER_PRODUCT)
def test_generative_ai_named_once_only_as_the_demand_behind_another_product_is_weak(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="en" if title.isascii() else "ja")


def test_generative_ai_demand_counts_with_other_evidence_or_in_the_headline():
    assert relevant(
        "クラウド事業者、GPUクラウドを増強",
        "石狩市のデータセンターでGPUを増やす。生成AI向けの需要が増えている。",
    )
    assert relevant(
        "国内の電力需要、生成AI需要で上振れ",
        "データセンターの電力消費が増え、生成AI需要で電力需要の見通しが上振れした。",
    )


GENERATIVE_AI_AS_THE_LAST_ITEM_OF_A_PLANS_LIST = [
    (
        "市、行政改革の新計画を発表",
        "札幌市は、手続きのオンライン化やキャッシュレス化、生成AIの活用などを盛り込んだ新計画を発表した。",
    ),
    ("県が新たな総合計画", "群馬県の計画には子育て支援や観光振興、生成AIなどが盛り込まれた。"),
]


@pytest.mark.parametrize(("title", "text"), GENERATIVE_AI_AS_THE_LAST_ITEM_OF_A_PLANS_LIST)
def test_generative_ai_as_the_last_item_of_a_list_ending_in_nado_is_in_passing(title, text):
    assert not relevant(title, text)


def test_generative_ai_after_a_clause_or_as_what_a_product_uses_is_not_a_list_item():
    assert relevant("駅の案内を刷新へ", "JR西日本は、生成AIの活用などで駅の案内を多言語化する。")
    assert relevant(
        "中小企業向けに業務改善サービス", "株式会社ミナトはクラウドや生成AIなどを活用したサービスを始めた。"
    )
    assert relevant(
        "通信大手の新社長が会見",
        "新社長は、工場跡地を取得する契約を結んだと発表しており、生成AIの開発などに活用するとしている。東京都内で会見した。",
    )


AI_NAMED_BY_WHAT_IT_DOES_WITH_WORDS = [
    ("株式会社ミナト、問い合わせに自然な文章で答えるAIを導入", "顧客の質問に対話形式で自然な文章を返す。"),
    (
        "高齢者がAIと会話できる見守りサービス",
        "横浜市の介護事業者は、タブレットで高齢者の話し相手になるサービスを始めた。",
    ),
    ("Tokyo startup's AI writes marketing copy in Japanese", "The tool drafts ads from product descriptions."),
    ("株式会社ミナト、LLMOps基盤を提供", "社内で使うモデルの運用や評価を支援する。"),
]


@pytest.mark.parametrize(("title", "text"), AI_NAMED_BY_WHAT_IT_DOES_WITH_WORDS)
def test_ai_that_answers_converses_or_writes_is_generative_ai(title, text):
    assert relevant(title, text, language="en" if title.isascii() else "ja")


def test_ai_that_forecasts_or_detects_is_still_not_generative_ai():
    assert not relevant("株式会社ミナト、需要を予測するAIを導入", "過去の販売データから来月の需要を予測する。")


JAPANESE_AS_ONE_COUNTRYS_OF_SEVERAL = [
    (
        "Study finds chatbots give poor legal advice",
        "The researchers tested large language models on questions drawn from US, UK and Japanese law exams.",
    ),
    (
        "Chatbots compared on national medical licensing exams",
        "The team tested large language models on Canadian, Australian and Japanese licensing exam questions.",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_AS_ONE_COUNTRYS_OF_SEVERAL)
def test_japanese_only_as_one_countrys_of_three_or_more_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="en")


def test_japanese_beside_one_other_country_is_still_japan_evidence():
    assert relevant(
        "Chatbots tested on bar exams",
        "The team compared large language models on US and Japanese bar exam questions.",
        url="https://news.example.com/a",
        language="en",
    )


A_JAPANESE_COMPANY_ONLY_AS_A_PERSONS_PAST_EMPLOYER = [
    (
        "Chatbot maker hires a former Sony executive to lead device design",
        "The large language model developer said the executive, who spent a decade at Sony, will join next month.",
    ),
    (
        "US AI startup names ex-Toyota engineer as product chief",
        "The generative AI company said its new chief previously worked at Toyota on driver-assistance software.",
    ),
]


@pytest.mark.parametrize(("title", "text"), A_JAPANESE_COMPANY_ONLY_AS_A_PERSONS_PAST_EMPLOYER)
def test_a_japanese_company_named_only_as_a_persons_past_employer_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="en")


def test_a_japanese_company_that_acts_beside_a_former_employee_is_japan_evidence():
    assert relevant(
        "Sony's former AI chief joins a chatbot maker",
        "The executive led Sony AI's large language model work; Sony said it wished him well.",
        url="https://news.example.com/a",
        language="en",
    )


# A Japanese regional paper is named by its prefecture and 日報, a word Chinese papers' names share (科技日報): the
# prefecture says whose paper it is.
A_PREFECTURES_PAPER = [
    (
        "地方紙2社、過去記事で独自の生成AIを開発へ",
        "秋田日報社と山形日報社は、過去の記事データを学習させた生成AIを共同で開発すると発表した。",
    ),
    (
        "記事の要約に生成AI、来春から紙面で",
        "静岡日報社は、生成AIで地域ニュースの要約を作る実験を始めたと明らかにした。",
    ),
]


@pytest.mark.parametrize(("title", "text"), A_PREFECTURES_PAPER)
def test_a_paper_named_by_a_japanese_prefecture_and_nippo_is_japan_evidence(title, text):
    assert relevant(title, text, url="https://news.example.com/a")


def test_a_chinese_paper_named_with_nippo_stays_foreign():
    assert not relevant(
        "生成AIの利用者、2億人を突破",
        "科技日報によると、生成AIサービスの登録利用者は2億人を超えた。",
        url="https://news.example.com/a",
    )


# Generative AI named once, late in the body, under a headline that names no AI, is an aside (a weak term) unless it
# is the story's point: a generative AI of the story's own given by its name, or how a fake in the headline was made.
LATE_GENERATIVE_AI_THAT_IS_THE_POINT = [
    (
        "県立大学と学術出版社が覚書を締結",
        "県立みなと大学は5日、学術出版社と研究支援に関する覚書を結んだ。同社が開発中の生成AI「リサーチナビ」の検証にも"
        "協力する。",
        "ja",
    ),
    (
        "Hokkaido university signs research agreement with publisher",
        "A university in Hokkaido signed a memorandum with an academic publisher on Monday. The agreement includes "
        'trials of the publisher\'s generative AI tool "ScholarMate" by its library staff.',
        "en",
    ),
    (
        "知事の偽動画がSNSで拡散 県が注意呼びかけ",
        "静岡県は10日、知事が事実と異なる発言をする動画がSNSで拡散しているとして注意を呼びかけた。県によると、動画は"
        "生成AIで作られたとみられる。",
        "ja",
    ),
    (
        "Fake video of Osaka mayor spreads on social media",
        "Osaka city officials on Tuesday warned residents about a clip in which the mayor appears to endorse a "
        "investment scheme. Officials believe it was produced using generative AI.",
        "en",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), LATE_GENERATIVE_AI_THAT_IS_THE_POINT)
def test_generative_ai_named_late_by_its_name_or_as_how_a_fake_was_made_counts(title, text, language):
    assert relevant(title, text, url="https://news.example.com/a", language=language)


LATE_GENERATIVE_AI_ASIDES = [
    (
        "県立大学と学術出版社が覚書を締結",
        "県立みなと大学は5日、学術出版社と研究支援に関する覚書を結んだ。今後は生成AIの活用も検討する。",
        "ja",
    ),
    (
        "Osaka mayor warns residents about phone scams",
        "Osaka city officials on Tuesday warned residents about a rise in phone scams targeting the elderly. "
        "Officials said generative AI could make such calls more convincing.",
        "en",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), LATE_GENERATIVE_AI_ASIDES)
def test_generative_ai_named_late_with_no_name_and_no_fake_stays_an_aside(title, text, language):
    assert not relevant(title, text, url="https://news.example.com/a", language=language)


# Offices of Japan's state that English news names and no other country has: the Chief Cabinet Secretary (Japan's
# government spokesman), the National Diet, the Kantei.
JAPANS_STATE_IN_ENGLISH = [
    (
        "Government to draft rules for chatbot services",
        "Chief Cabinet Secretary Kenta Mori said on Tuesday that the government would draft rules for generative AI "
        "services by spring.",
    ),
    (
        "Lawmakers debate labels for AI-made content",
        "Lawmakers in the National Diet on Friday began debating a bill requiring labels on content made by "
        "generative AI.",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANS_STATE_IN_ENGLISH)
def test_an_office_only_japans_state_has_is_japan_evidence_in_english(title, text):
    assert relevant(title, text, url="https://news.example.com/a", language="en")


def test_another_countrys_cabinet_secretary_is_no_japan_evidence():
    assert not relevant(
        "Ministry unveils a national strategy for chatbots",
        "Kenya's Cabinet Secretary for ICT announced a strategy for generative AI services on Monday.",
        url="https://news.example.com/a",
        language="en",
    )


# AI as the author of an invention, as of a picture or a song: whether what an AI generates can be patented. Not
# inventions about AI (AI関連発明, "AI-related inventions").
AI_AS_AN_INVENTIONS_AUTHOR = [
    (
        "Court rules an AI cannot be named as inventor",
        "The Osaka High Court held on Thursday that a patent application listing an AI system as its inventor was "
        "rightly rejected by the Japan Patent Office.",
        "en",
    ),
    (
        "知財高裁、AIを発明者とする特許出願を認めず",
        "知的財産高等裁判所は30日、人工知能を発明者として記載した特許出願を却下した特許庁の判断を支持した。",
        "ja",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), AI_AS_AN_INVENTIONS_AUTHOR)
def test_ai_named_as_an_inventions_author_is_generative_ai_evidence(title, text, language):
    assert relevant(title, text, url="https://news.example.com/a", language=language)


INVENTIONS_ABOUT_AI = [
    (
        "Patent office adds examples of AI-related inventions",
        "The Japan Patent Office released case examples for examining AI inventions such as image recognition systems.",
        "en",
    ),
    (
        "特許庁、AI関連発明の審査事例を追加",
        "特許庁は、画像認識などのAI発明の審査事例を公表した。",
        "ja",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), INVENTIONS_ABOUT_AI)
def test_inventions_about_ai_are_no_generative_ai_evidence(title, text, language):
    assert not relevant(title, text, url="https://news.example.com/a", language=language)


# A supercomputer for AI is where generative models are trained, unless the text says its AI is for science, naming
# two fields of research or more.
AI_SUPERCOMPUTERS_FOR_SCIENCE = [
    (
        "Japan's national lab to build a new AI supercomputer",
        "The machine in Kobe will apply AI to drug discovery, weather forecasting and materials science from 2030.",
        "en",
    ),
    (
        "研究所、次世代AIスパコンを2030年に稼働へ",
        "研究所は、創薬や気候変動の予測、材料科学にAIを生かすAIスーパーコンピューターを神戸に整備する。",
        "ja",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), AI_SUPERCOMPUTERS_FOR_SCIENCE)
def test_an_ai_supercomputer_for_science_is_no_generative_ai_evidence(title, text, language):
    assert not relevant(title, text, url="https://news.example.com/a", language=language)


def test_an_ai_supercomputer_with_no_science_use_stays_generative_ai_evidence():
    assert relevant(
        "通信大手、国内最大級のAIスパコンを構築",
        "東京の通信大手は、最新のGPUを使ったAIスーパーコンピューターを構築したと発表した。",
        url="https://news.example.com/a",
    )


def test_an_ai_supercomputer_for_science_and_language_models_stays_generative_ai_evidence():
    assert relevant(
        "Japan's national lab to build a new AI supercomputer",
        "The machine will train large language models and apply AI to drug discovery and materials science.",
        url="https://news.example.com/a",
        language="en",
    )


# --- J6, seventh session: relevance that carries to new text ------------------------------------------------

# A word of the state (国内, 国産, 国会, 政府) with another country written right against it is that country's:
# "米国内", "韓国国会", "中国産", "州政府". Japanese text names Japan's own state without a country.
STATE_WORDS_OF_ANOTHER_COUNTRY = [
    (
        "米国内の生成AIデータセンター、電力確保が課題に",
        "米国内では生成AI向けデータセンターの新設が相次ぎ、電力会社との契約が課題になっている。",
    ),
    (
        "韓国国会、生成AIの表示義務を盛り込んだ法案を可決",
        "韓国国会は、生成AIで作った画像や動画に表示を義務づける法案を賛成多数で可決した。",
    ),
    (
        "中国産のオープンな大規模言語モデル、採用が広がる",
        "中国産の大規模言語モデルを自社サービスに組み込む企業が、東南アジアで増えている。",
    ),
    (
        "テキサス州政府、生成AIの利用指針を公表",
        "テキサス州政府は、職員が生成AIを使う際の指針を公表した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), STATE_WORDS_OF_ANOTHER_COUNTRY)
def test_a_state_word_written_right_after_another_country_is_that_countrys(title, text):
    assert not relevant(title, text)


JAPANS_OWN_STATE_WORDS = [
    (
        "国内の生成AIデータセンター、電力確保が課題に",
        "国内では生成AI向けデータセンターの新設が相次ぎ、電力会社との契約が課題になっている。",
    ),
    (
        "国産の大規模言語モデル、自治体で採用広がる",
        "国産の大規模言語モデルを窓口業務に使う自治体が増えている。",
    ),
    (
        "日米両政府、生成AIの安全性評価で協力",
        "米国と連携し、国会への報告に向けて生成AIの安全性評価の手法をまとめる。",
    ),
    (
        "生成AIサービスの共同調達が広がる",
        "本州の自治体の間で、生成AIサービスを共同で調達する動きが広がっている。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANS_OWN_STATE_WORDS)
def test_a_state_word_without_another_country_before_it_is_japans(title, text):
    assert relevant(title, text)


# A body whose first sentence has another country's body or company as its subject ("英国の…省は", "中国国務院は",
# "米オープンAIは") tells another country's story: the names it writes in Japanese, its 政府 and 国内, and the
# Japanese agency's site that digests it are no tie to Japan.
ANOTHER_COUNTRYS_STORY_BY_ITS_LEAD = [
    (
        "生成AIの学習データ開示を義務化へ",
        "フランスのデジタル担当省は10日、生成AIの開発企業に学習データの概要を公表させる指針を示した。"
        "国立情報科学研究所と連携して運用を点検する。",
        "https://digest.example.go.jp/report/101",
    ),
    (
        "基盤モデル育成の5か年計画を発表",
        "韓国科学技術情報通信部は、大規模言語モデルを開発する企業を支える計画を発表した。政府は5年で1兆ウォンを投じる。",
        "https://news.example.jp/a",
    ),
    (
        "生成AIの悪用対策チームを新設",
        "英国の情報保護監督庁は3日、生成AIを使った詐欺に対応する専門チームを新設したと発表した。",
        "https://www.jst.go.jp/report/22",
    ),
]


@pytest.mark.parametrize(("title", "text", "url"), ANOTHER_COUNTRYS_STORY_BY_ITS_LEAD)
def test_a_body_led_by_another_countrys_subject_is_that_countrys_story(title, text, url):
    assert not relevant(title, text, url=url)


JAPANESE_STORIES_WITH_A_FOREIGN_NAME_IN_THE_LEAD = [
    (
        "生成AIで問い合わせ対応",
        "中国電力は、顧客からの問い合わせに生成AIで答える仕組みを導入した。ひばり総合研究所が設計を支援した。",
    ),
    (
        "中国・四国の自治体、生成AIを共同調達",
        "中国・四国の自治体は、生成AIサービスを共同で調達する協議会を設けた。",
    ),
    (
        "生成AIの規制で協力",
        "英国の情報保護監督庁と日本の個人情報保護委員会は、生成AIの規制で協力すると発表した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_STORIES_WITH_A_FOREIGN_NAME_IN_THE_LEAD)
def test_a_japanese_subject_or_partner_in_the_lead_keeps_the_japan_evidence(title, text):
    assert relevant(title, text)


# Japan's courts, police and local offices by the short names Japanese prose gives them without a place (最高裁が,
# 地裁は, 県警, 市役所, ハローワーク) are Japan's state, as 政府 is; another country's are written with it (米最高裁,
# 連邦地裁, 韓国の最高裁) or after a place in katakana (ニューヨーク地裁).
JAPANS_COURTS_AND_OFFICES = [
    (
        "刑事裁判の記録整理に生成AI、最高裁が検証へ",
        "最高裁は来年度、刑事裁判の記録を生成AIで整理できるかを若手裁判官と検証する。",
    ),
    (
        "捜査書類の下書きに生成AI、県警が試行",
        "県警は、被害届の聞き取り内容から生成AIで書類の下書きを作る試行を始めた。",
    ),
    (
        "求人票の作成を生成AIで支援、ハローワークで試行",
        "ハローワークの窓口で、求人票の文面を生成AIで提案する仕組みを試す。",
    ),
    (
        "子育て中の求職者に生成AIで応募書類の助言",
        "マザーズハローワークは、子育て中の求職者の応募書類に生成AIで助言する窓口を設けた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANS_COURTS_AND_OFFICES)
def test_japans_courts_and_offices_by_their_short_names_are_japan_evidence(title, text):
    assert relevant(title, text)


ANOTHER_COUNTRYS_COURTS = [
    (
        "米最高裁、生成AIの学習をめぐる訴訟を審理へ",
        "米最高裁は、生成AIの学習に作品を使った出版社の訴えを審理すると決めた。",
    ),
    (
        "連邦地裁、生成AIの学習に書籍を使うのはフェアユースと判断",
        "カリフォルニア州北部地区の連邦地裁は、生成AIの学習に購入した書籍を使うことを認めた。",
    ),
    (
        "ニューヨーク地裁、チャットAIの会話記録の保存を命令",
        "ニューヨーク地裁は、生成AIの利用者の会話記録を保存するよう開発企業に命じた。",
    ),
    (
        "韓国の最高裁、生成AIで作った画像の著作権を否定",
        "韓国の最高裁は、生成AIで作った画像に著作権は生じないと判断した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), ANOTHER_COUNTRYS_COURTS)
def test_another_countrys_courts_are_no_japan_evidence(title, text):
    assert not relevant(title, text)


# The safety of generative models in other words: the AI safety institutes by their Japanese names, red teaming of AI
# and attacks by prompt (only a model that answers in text is open to them).
GENERATIVE_AI_SAFETY_IN_OTHER_WORDS = [
    (
        "AIの安全性評価、手順書の改訂版を公開",
        "AIセーフティ・インスティテュートは、AIシステムの安全性を評価する手順書の改訂版を公開した。国内の事業者の利用を想定する。",
    ),
    (
        "通信大手、AIサービスのレッドチーミングを外部に提供",
        "東京の通信大手は、攻撃者の視点でAIサービスの弱点を探すレッドチーミングを企業向けに始めた。",
    ),
    (
        "プロンプトインジェクション対策の指針、業界団体が策定",
        "一般社団法人の業界団体は、社内向けAIサービスでのプロンプトインジェクション対策をまとめた指針を公表した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), GENERATIVE_AI_SAFETY_IN_OTHER_WORDS)
def test_generative_ai_safety_in_other_words_is_generative_ai_evidence(title, text):
    assert relevant(title, text)


def test_a_security_red_team_exercise_without_ai_is_no_generative_ai_evidence():
    assert not relevant(
        "地方銀行、サイバー攻撃に備えたレッドチーム演習を実施",
        "東京の地方銀行は、外部の専門家が攻撃者役を務めるレッドチーム演習で侵入経路を点検した。",
    )


# A Japanese company named only in a foreign company's story's background, as wire English gives it ("It comes as X
# and Y team up with Z", "The deal follows Z's …"), is another deal's party, no party to this one; a Japanese company
# that takes part in the story itself still ties it to Japan.
FOREIGN_STORIES_WITH_A_JAPANESE_NAME_IN_THE_BACKGROUND = [
    (
        "Microsoft puts $2 billion more into Mistral AI",
        "Microsoft is investing a further $2 billion in the French model maker, people familiar with the deal said. "
        "It comes as Nvidia and Oracle team up with SoftBank Group on a data-centre venture in Texas.",
    ),
    (
        "Amazon backs Cohere with a new $500 million investment",
        "Amazon will invest $500 million in the Canadian maker of large language models. The deal follows SoftBank "
        "Group's pledge to build AI data centres in Ohio.",
    ),
]


@pytest.mark.parametrize(("title", "text"), FOREIGN_STORIES_WITH_A_JAPANESE_NAME_IN_THE_BACKGROUND)
def test_a_japanese_company_named_only_in_a_foreign_storys_background_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://news.example.com/a", language="en")


def test_a_japanese_company_that_takes_part_in_a_foreign_story_is_japan_evidence():
    assert relevant(
        "Microsoft puts $2 billion more into Mistral AI",
        "Microsoft is investing a further $2 billion in the French model maker alongside SoftBank Group, which leads "
        "the round.",
        url="https://news.example.com/a",
        language="en",
    )


# The nation's trades and kinds of local bank that Japanese business prose names without a country, as the subject
# of a survey or a series (百貨店4社の販売員に聞いた, 外食業界の今, 地銀や信用金庫), are Japan's, as 政府 is; not in
# a story whose headline names a foreign company or country, nor with a country written before them.
JAPANS_TRADES_NAMED_WITHOUT_A_COUNTRY = [
    (
        "生成AI、どう使う?百貨店の販売員に聞いた",
        "業界紙が百貨店4社の販売員に生成AIの使い方を尋ねたところ、接客の事前準備に使うという声が多かった。",
    ),
    (
        "外食業界と生成AI 連載第12回",
        "飲食店の販促物づくりに生成AIを使う例を取り上げる。季節メニューの告知文を数分で作れるようになったという。",
    ),
    (
        "稟議書の下書きに生成AI、地銀で広がる",
        "地銀や信用金庫で、融資の稟議書の下書きを生成AIで作る動きが広がっている。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANS_TRADES_NAMED_WITHOUT_A_COUNTRY)
def test_a_trade_named_without_a_country_in_japanese_prose_is_japans(title, text):
    assert relevant(title, text)


ANOTHER_COUNTRYS_TRADES = [
    (
        "米スタートアップ、飲食店向けに生成AIのメニュー作成サービス",
        "米スタートアップのベルタは、飲食店のメニュー説明を生成AIで作るサービスを始めた。",
    ),
    (
        "米国の百貨店、生成AIの接客係を全店に",
        "米国の百貨店は、生成AIで商品を案内する接客係を全店に置くと発表した。",
    ),
    (
        "OpenAI、飲食店の予約対応にChatGPTを",
        "OpenAIは、飲食店が予約の問い合わせにChatGPTで答えられる新機能を公開した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), ANOTHER_COUNTRYS_TRADES)
def test_a_trade_in_another_countrys_story_is_no_japan_evidence(title, text):
    assert not relevant(title, text)


# A Japanese text that counts all its money in yen ("目標の300万円を超え、1,250万円を集めた") tells of money raised or
# spent in Japan, as "yen" does in English; a newsroom converting another country's money prints that currency too
# ("400億ドル(約6兆円)"), and a story whose headline names a foreign company stays that company's.
MONEY_ONLY_IN_YEN = [
    (
        "会話AIを載せたキャラクター端末、支援が目標の4倍に",
        "キャラクターと話せる卓上端末の開発元は、生成AIで会話する新モデルのクラウドファンディングで、"
        "目標の300万円を初日に超え、最終的に1,250万円を集めた。",
    ),
    (
        "生成AIで絵本を作るアプリ、開発費を募る",
        "絵本作家のチームは、生成AIで子どもの絵から絵本を作るアプリの開発費として800万円を募っている。",
    ),
]


@pytest.mark.parametrize(("title", "text"), MONEY_ONLY_IN_YEN)
def test_money_only_in_yen_in_japanese_text_is_japan_evidence(title, text):
    assert relevant(title, text)


MONEY_OF_ANOTHER_COUNTRY_IN_YEN = [
    (
        "生成AIの新興企業、開発費を調達",
        "生成AIの新興企業は、400億ドル(約6兆円)を調達したと発表した。",
    ),
    (
        "アンソロピック、生成AIの開発費を調達",
        "アンソロピックは、大規模言語モデルの開発費として3000億円を調達した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), MONEY_OF_ANOTHER_COUNTRY_IN_YEN)
def test_yen_beside_another_currency_or_in_a_foreign_companys_story_is_no_japan_evidence(title, text):
    assert not relevant(title, text)


# The same story of another country by more of its forms: the country itself as the first sentence's subject
# ("ベトナムは、", "EUは5日"), its government or assembly right after its name ("ブラジル政府は", "イタリア議会は"),
# and a headline that opens with a country's 国会 ("ベトナム国会、…").
ANOTHER_COUNTRY_AS_SUBJECT_IN_MORE_FORMS = [
    (
        "汎用AIモデルの行動規範案を公表",
        "EUは5日、生成AIの開発企業に学習データの透明性を求める行動規範案を公表した。政府は各社に順守を求める。",
    ),
    (
        "生成AIの利用を規制する法律が成立",
        "イタリア議会は17日、生成AIの利用を規制する法律を可決した。政府は年内に施行する。",
    ),
    (
        "生成AIで行政手続きを案内",
        "ブラジル政府は、生成AIで行政手続きを案内するサービスを始めた。国内の全自治体で使える。",
    ),
    (
        "フィンランド国会、生成AIの教育利用法を可決",
        "法律は国内の学校で生成AIを使うときの原則を定める。",
    ),
]


@pytest.mark.parametrize(("title", "text"), ANOTHER_COUNTRY_AS_SUBJECT_IN_MORE_FORMS)
def test_another_country_as_the_subject_in_more_forms_is_that_countrys_story(title, text):
    assert not relevant(title, text)


def test_a_latin_name_beginning_with_eu_is_no_country():
    assert relevant("生成AIアプリを国内で公開", "Eureka社は、生成AIアプリを国内で公開した。")


# A city or a state written in katakana, and its bodies (ニューヨーク市教育局, カリフォルニア州議会), is another
# country's: Japan's cities are written in kanji or hiragana.
BODIES_OF_A_CITY_OR_STATE_IN_KATAKANA = [
    (
        "ChatGPTの教育利用を解禁",
        "ニューヨーク市教育局は、公立学校でChatGPTの利用を認めると発表した。",
    ),
    (
        "生成AIの選挙広告に表示義務",
        "カリフォルニア州議会は、生成AIで作った選挙広告に表示を義務づける法案を可決した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), BODIES_OF_A_CITY_OR_STATE_IN_KATAKANA)
def test_a_body_of_a_city_or_state_written_in_katakana_is_another_countrys(title, text):
    assert not relevant(title, text)


def test_a_body_of_a_japanese_city_in_hiragana_is_japanese():
    assert relevant("生成AIで窓口案内", "さいたま市教育局は、生成AIで保護者の問い合わせに答える仕組みを導入した。")


# A body that opens with another country as its scene ("米国では、…", "中国では…") tells that country's story: its
# 政府 and 国内 are that country's; Japan named beside it still ties the story to Japan.
ANOTHER_COUNTRY_AS_THE_SCENE_OF_THE_LEAD = [
    (
        "生成AIの授業利用、広がる",
        "米国では、生成AIを授業に使う高校が増えている。政府は年内に指針をまとめる。",
    ),
    (
        "生成AI向けデータセンターが急増",
        "中国では生成AI向けのデータセンターが急増し、国内の電力需要を押し上げている。",
    ),
]


@pytest.mark.parametrize(("title", "text"), ANOTHER_COUNTRY_AS_THE_SCENE_OF_THE_LEAD)
def test_another_country_as_the_scene_of_the_lead_makes_its_state_words_that_countrys(title, text):
    assert not relevant(title, text)


def test_japan_named_beside_another_countrys_scene_is_japan_evidence():
    assert relevant(
        "生成AIの授業利用",
        "米国では生成AIの授業利用が進むが、日本では慎重論が根強い。政府は指針を改める。",
    )


# A company's release on its own Japanese site (a .jp host, which only a registrant with an address in Japan gets)
# that speaks as the company itself ("当社は…を開始しました") is the issuer's own Japanese site; a news site on .jp
# that quotes a company (「当社の強みだ」) or reports another's product (同社は) is not.
def test_a_release_in_the_companys_own_voice_on_a_jp_site_is_japan_evidence():
    assert relevant(
        "生成AIで議事録を自動作成するサービスを開始",
        "当社は、生成AIを活用して会議の議事録を自動で作成するサービスの提供を開始しました。",
        url="https://www.hibari-soft.co.jp/news/2025/0401.html",
    )


def test_a_news_site_on_jp_quoting_a_company_is_no_japan_evidence():
    assert not relevant(
        "生成AIで議事録を自動作成するサービス",
        "同社は、生成AIで会議の議事録を自動で作成するサービスを始めた。社長は「当社の強みだ」と話した。",
        url="https://www.itnews.co.jp/news/2025/0401.html",
    )
    assert not relevant(
        "生成AIで議事録を自動作成するサービスを開始",
        "当社は、生成AIを活用して会議の議事録を自動で作成するサービスの提供を開始しました。",
        url="https://www.hibari-soft.example.com/news/0401.html",
    )


# Another country's city, province or university written in kanji (北京市, 上海市, 清華大学) before a state word or as
# the first sentence's subject is that country's, as its name is.
ANOTHER_COUNTRYS_CITY_IN_KANJI = [
    (
        "生成AI新興への計算資源補助",
        "北京市政府は、生成AIの新興企業に計算資源の補助を出すと発表した。",
    ),
    (
        "生成AI新興への計算資源補助",
        "上海市は、生成AIの新興企業に計算資源の補助を出すと発表した。市議会も承認した。",
    ),
    (
        "新しい大規模言語モデルを公開",
        "清華大学は、新しい大規模言語モデルを公開した。政府も開発を支援する。",
    ),
]


@pytest.mark.parametrize(("title", "text"), ANOTHER_COUNTRYS_CITY_IN_KANJI)
def test_another_countrys_city_or_university_in_kanji_makes_the_state_words_its_own(title, text):
    assert not relevant(title, text)


def test_a_japanese_issuers_release_led_by_its_foreign_partner_stays_the_issuers():
    # The lead's subject is another country's company, but the release speaks as the issuer (当社と): a party.
    assert relevant(
        "生成AIの共同開発で提携",
        "米国のAI企業ベルタ社は、当社と生成AIの共同開発で提携した。",
        url="https://www.jst.go.jp/pr/2025/0401.html",
    )


# --- J7, eighth session: evidence that carries to fresh text -------------------------------------------------

# Japanese as the language a digest is written in ("論文を日本語で要約している"): the language of the write-up, not of
# the study. A paper about another language or a foreign law, explained in Japanese, has no tie to Japan.
JAPANESE_ONLY_AS_THE_WRITE_UPS_LANGUAGE = [
    (
        "[論文紹介] Scaling Instruction Tuning for Swahili and Yoruba",
        "論文まとめサイトが、スワヒリ語とヨルバ語の指示チューニングで大規模言語モデルを改善した研究を日本語で解説している。",
    ),
    (
        "中国の医療分野特化LLM「MedSage」の技術報告",
        "技術ブログが、医療質問応答に特化したLLMの技術報告を日本語で要約した。継続事前学習と強化学習を組み合わせたという。",
    ),
    (
        "Retrieval-augmented generation for Portuguese legal texts",
        "ポルトガルの法律文書を対象にした検索拡張生成の研究を、日本語で紹介する記事。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_ONLY_AS_THE_WRITE_UPS_LANGUAGE)
def test_japanese_only_as_the_language_of_the_write_up_is_no_japan_evidence(title, text):
    assert not relevant(title, text, url="https://papers.example.com/ja/review/1")


def test_japanese_as_the_language_of_the_study_still_counts_in_a_digest():
    assert relevant(
        "[論文紹介] 日本語LLMの敬語理解を測るベンチマーク",
        "論文まとめサイトが、大規模言語モデルの日本語の敬語理解を測る研究を日本語で解説している。",
        url="https://papers.example.com/ja/review/2",
    )
    assert relevant(
        "大規模言語モデルの読解力を比較",
        "研究チームは、大規模言語モデルの日本語での読解力を比較し、結果を日本語で要約して公開した。",
        url="https://papers.example.com/ja/review/3",
    )


# Japan's Diet by its houses' short names and Japan's elections by their own words (衆院選, 参院, 統一地方選): Japan's
# state, as 政府 and 国会 are, named by Japanese text without the country.
JAPANS_ELECTIONS_AND_HOUSES = [
    (
        "生成AIの偽動画、参院選の公示後に急増",
        "生成AIで作った候補者の偽の演説動画が、公示後にSNSで相次いで見つかっている。",
    ),
    (
        "生成AI規制の法案、衆院で審議入り",
        "生成AIの開発者に透明性の確保を求める法案が審議入りした。与野党の議員が質問に立った。",
    ),
    (
        "統一地方選、候補者の半数が生成AIで公約資料",
        "調査によると、候補者の約半数が生成AIを使って公約のチラシや動画を作っていた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANS_ELECTIONS_AND_HOUSES)
def test_japans_elections_and_houses_are_japan_evidence(title, text):
    assert relevant(title, text, url="https://news.example.com/a")


def test_another_countrys_election_stays_its_own():
    assert not relevant(
        "米大統領選、生成AIの偽動画が拡散",
        "生成AIで作った候補者の偽動画がSNSで拡散している。",
        url="https://news.example.com/b",
    )


# The officer only a Japanese company has (代表取締役, 代表執行役), named when its head speaks: the company is Japanese,
# as 株式会社 says, though the text never writes the form.
A_JAPANESE_COMPANYS_OFFICER = [
    (
        "物流現場の日報作成、生成AIで1日30分短縮",
        "運送大手のみなと運輸は、ドライバーの日報を生成AIで下書きする仕組みを全営業所に広げた。代表取締役の田村修氏は「現場の声から生まれた」と話す。",
    ),
    (
        "社内問い合わせの8割をAIエージェントが回答",
        "ひだまり製菓では、総務への問い合わせにAIエージェントが答える。代表執行役社長の森田彩氏が導入を決めた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), A_JAPANESE_COMPANYS_OFFICER)
def test_a_japanese_companys_officer_is_japan_evidence(title, text):
    assert relevant(title, text, url="https://news.example.com/c")


def test_a_chief_executive_of_a_company_without_japan_stays_without_it():
    assert not relevant(
        "社内問い合わせの8割をAIエージェントが回答",
        "ノルド物流では、総務への問い合わせにAIエージェントが答える。CEOのアンナ・ベルク氏が導入を決めた。",
        url="https://news.example.com/d",
    )


# A Japanese company given as a foreign player's partner ("partnerships with … and with Fujitsu", "NECと業務提携") in a
# sentence that also lists money is a party to the story, not one backer among many: the definition counts a foreign
# player tied to Japan by a Japanese partner.
A_JAPANESE_PARTNER_BESIDE_MONEY = [
    (
        "Anthropic widens its enterprise reach with new deals",
        "Anthropic this month announced partnerships with Accenture in Europe and with Fujitsu, signed in April, "
        "talks with insurers, and $2 billion in debt financing for data centres.",
    ),
    (
        "xAI expands with new partners and a credit line",
        "The company lists a partnership with Deloitte, one with NEC, talks with two telecom groups and a $500 million "
        "loan for compute.",
    ),
]


@pytest.mark.parametrize(("title", "text"), A_JAPANESE_PARTNER_BESIDE_MONEY)
def test_a_japanese_partner_beside_money_is_no_backer(title, text):
    assert relevant(title, text, url="https://news.example.com/e", language="en")


def test_a_japanese_backer_in_a_list_of_investors_stays_one_backer():
    assert not relevant(
        "Anthropic raises $5 billion in new funding",
        "Investors in the round include Lightspeed, Fidelity, NEC and Salesforce Ventures.",
        url="https://news.example.com/f",
        language="en",
    )


# A Japanese company's alliance with a foreign one, the Japanese company the headline's subject ("X、グーグルと資本業務
# 提携"): its money in yen is its own story's (the foreign name is its partner, not the story's owner), and generative
# AI named as what the two work on together ("両社は生成AIの活用で協力する") is the alliance's point.
A_JAPANESE_COMPANYS_ALLIANCE_WITH_A_FOREIGN_ONE = [
    (
        "ひなた書房、マイクロソフトと資本業務提携 約3億円を調達へ",
        "電子書籍サービスを運営するひなた書房は10日、マイクロソフトとの資本業務提携を発表した。マイクロソフトを"
        "引受先とする第三者割当増資で約3億円を調達する。両社は編集支援での生成AI活用で協力する。",
    ),
    (
        "みなと配送、アマゾンと業務提携 1億5000万円の出資受け入れ",
        "地域配送のみなと配送は、アマゾンから1億5000万円の出資を受け入れると発表した。配送網の共同運営のほか、"
        "配車計画への生成AIの活用について連携する。",
    ),
]


@pytest.mark.parametrize(("title", "text"), A_JAPANESE_COMPANYS_ALLIANCE_WITH_A_FOREIGN_ONE)
def test_a_japanese_companys_alliance_with_a_foreign_one_is_its_own_story(title, text):
    assert relevant(title, text, url="https://news.example.com/g")


def test_a_foreign_company_opening_the_headline_keeps_the_story_its_own():
    assert not relevant(
        "米ルーメン、3億円を調達 マイクロソフトと提携",
        "米ルーメンは、マイクロソフトを引受先として約3億円を調達した。両社は生成AIの活用で協力する。",
        url="https://news.example.com/h",
    )


def test_japanese_as_the_language_a_product_summarises_in_still_counts():
    # No work (論文, 研究, 報告) before 日本語で要約: the product itself works in Japanese.
    assert relevant(
        "会議の録音から議事録を作るAIサービス",
        "新サービスは、大規模言語モデルで英語の会議の録音を日本語で要約し、議事録にまとめる。",
        url="https://news.example.com/i",
    )


# --- J8, eighth session: an AI that answers, described without a generative-AI word ---------------------------

GENERATED_ANSWERS = [
    (
        "大和信用金庫、窓口業務にAI支援システムを導入",
        "東京都に本店を置く大和信用金庫は、職員が顧客の質問を入力すると、AIが社内規程や約款を読み取り、"
        "根拠となる条文を添えて回答を生成するシステムを全店に導入した。",
    ),
    (
        "北海道の町役場、住民からの問い合わせ対応にAIを試行",
        "北海道の町役場は、住民の問い合わせ内容をAIで分類したうえで、過去の記録をもとに返答文を生成する仕組みを試す。",
    ),
    (
        "名古屋の保険代理店、AIで顧客対応を効率化",
        "名古屋市の保険代理店は、顧客からのメールをAIが読み取り、契約内容に沿った応答案を生成する仕組みを導入した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), GENERATED_ANSWERS)
def test_an_ai_that_generates_answers_is_generative_ai(title, text):
    language = "en" if title.isascii() else "ja"
    assert relevant(title, text, language=language)


NOT_GENERATED_ANSWERS = [
    (
        # An FAQ system that shows stored answers, and AI named for something else: no answer is generated.
        "横浜市、AIによる道路の損傷検知を全区に拡大",
        "横浜市は、AIで道路の損傷を検知する仕組みを全区に広げる。問い合わせ窓口ではFAQから回答を表示する。",
    ),
    (
        "Nagoya lab's visual question answering system wins robustness award",
        "A Nagoya University team's AI system, which classifies images to generate answers to visual questions, "
        "kept its accuracy under heavy image noise.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_GENERATED_ANSWERS)
def test_answers_only_shown_or_returned_are_not_generated(title, text):
    language = "en" if title.isascii() else "ja"
    assert not relevant(title, text, language=language)


# A headline that names its AI by another technology (音声認識AI, AI-OCR), while the body's first sentence says what
# the AI writes: an AI that drafts or answers is generative AI, whatever the headline calls it.
WRITING_UNDER_ANOTHER_HEADLINE = [
    (
        "札幌市、電話窓口に音声認識AIを導入",
        "札幌市は、市民からの電話の内容を音声認識AIが聞き取り、市の規則をもとに職員向けの回答を生成する仕組みを"
        "導入すると発表した。",
    ),
    (
        "福岡の物流会社、AI-OCRで伝票処理を自動化",
        "福岡市の物流会社は、AI-OCRで読み取った伝票をもとにAIが取引先への返答文を生成するシステムを稼働させた。",
    ),
]


@pytest.mark.parametrize(("title", "text"), WRITING_UNDER_ANOTHER_HEADLINE)
def test_ai_writing_in_the_lead_makes_another_technologys_headline_generative(title, text):
    assert relevant(title, text)


def test_a_lexicon_term_setting_the_scene_leaves_another_technologys_headline_off_topic():
    assert not relevant(
        "名古屋大学、自動運転の新しい評価手法を開発",
        "基盤モデルの時代を迎えるなか、名古屋大学の研究チームは自動運転車の走行を実環境に近い条件で評価する手法を"
        "開発した。",
    )


# AI as the subject that writes, summarises, answers or makes pictures and voices, a few words from what it makes:
# generative AI described without a generative-AI word.
AI_AS_THE_MAKER = [
    (
        "仙台の不動産会社、AIが物件写真から紹介文を作成",
        "仙台市の不動産会社は、AIが物件の写真と間取りから紹介文を作成するサービスを始めた。",
    ),
    (
        "熊本市、AIが市民の問い合わせに答える窓口を開設",
        "熊本市は、AIが市民の問い合わせに答える窓口をウェブ上に開設した。",
    ),
    (
        "神戸の印刷会社、AIが商品の広告画像を生成",
        "神戸市の印刷会社は、AIが商品の広告画像を生成するツールを中小企業向けに売り出した。",
    ),
    (
        "Kyoto startup's AI summarizes council meetings",
        "A Kyoto startup released an AI that summarizes city council meetings.",
    ),
    (
        "Sapporo studio's AI creates images for tourism ads",
        "A Sapporo design studio says its AI creates images for tourism ads.",
    ),
]


@pytest.mark.parametrize(("title", "text"), AI_AS_THE_MAKER)
def test_ai_as_the_maker_of_words_pictures_or_voices_is_generative_ai(title, text):
    language = "en" if title.isascii() else "ja"
    assert relevant(title, text, language=language)


NOT_AI_AS_THE_MAKER = [
    (
        "名古屋の物流会社、AIが最適な配送ルートを生成",
        "名古屋市の物流会社は、AIが最適な配送ルートを生成するシステムを導入した。",
    ),
    ("Tokyo logistics firm says AI generates savings", "A Tokyo logistics firm said its AI generates savings on fuel."),
    ("広島の工場、AIが描く未来の生産ライン", "広島市の工場は、AIが検品を担う生産ラインを公開した。"),
]


@pytest.mark.parametrize(("title", "text"), NOT_AI_AS_THE_MAKER)
def test_ai_making_plans_or_savings_is_not_generative_ai(title, text):
    language = "en" if title.isascii() else "ja"
    assert not relevant(title, text, language=language)
