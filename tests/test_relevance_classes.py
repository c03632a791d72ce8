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
        "九州先端科学技術研究所、LLMを用いた自治体文書の要約を検証",
        "公益財団法人九州先端科学技術研究所は、大規模言語モデルで自治体の議事録を要約する実証を行った。",
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
        "金沢工業大学、LLMを使った学習支援システムを開発",
        "金沢工業大学の研究チームは、学生のレポートに助言する大規模言語モデルのシステムを開発した。",
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
        "埼玉県川口市の病院、生成AIで問診票を要約",
        "埼玉県川口市の総合病院は、患者が入力した問診票を生成AIで要約する取り組みを始めた。",
    ),
    (
        "福岡のスタートアップ、AIエージェントで経理業務を自動化",
        "福岡市に本社を置くスタートアップは、請求書の処理をAIエージェントに任せるサービスを始めた。",
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
        "米スタートアップのアークライト、新しいLLMを公開",
        "米国のAIスタートアップであるアークライト研究所は、推論に強い大規模言語モデルを公開した。",
    ),
    (
        "中国の清華大学、長文に強いLLMを発表",
        "中国の清華大学の研究チームは、長い文書を扱える大規模言語モデルを発表した。",
    ),
    (
        "英AI企業、動画生成AIの新版を公開",
        "英国のスタートアップ、ノーザンライト研究所は動画生成AIの新しい版を公開した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), FOREIGN_MARKED)
def test_a_foreign_marked_institution_is_no_japan_evidence(title, text):
    assert not relevant(title, text)


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
        "米Googleは、画像と音声を扱えるGeminiの新しい版を開発者向けに公開した。",
    ),
]


@pytest.mark.parametrize(("title", "text"), JAPANESE_ARTICLES_ON_FOREIGN_PRODUCTS)
def test_a_japanese_article_on_a_foreign_product_stays_out(title, text):
    assert not relevant(title, text)


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
        "Kyoto startup releases Llama-based model for legal drafting",
        "The Kyoto-based firm released Kotowari-8B-Instruct, tuned to draft contracts in Japanese legal style.",
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


def test_a_japanese_and_english_model_is_still_about_japanese():
    assert relevant(
        "A bilingual Japanese-English LLM trained from scratch",
        "We train a 13B model on Japanese and English text and evaluate it on Japanese benchmarks.",
        url="https://arxiv.org/abs/2501.00002",
        language="en",
    )
