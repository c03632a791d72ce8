"""Generative-AI evidence that no lexicon term gives: text that AI drafts for people, AI named as an invention's
author, and a model's name that gives a parameter count or a chat tuning."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipelines.classification.detect_words import NUMBERING_WORD

# What a model's name says when it gives a parameter count or a chat tuning: "X-8B", "X-70B-Instruct", "X-Chat".
_GENERATIVE_MODEL_SHAPE = re.compile(r"-(?:\d+(?:\.\d+)?[Bb]|Instruct|Chat)(?:\b|-)")
# The same in running text, for names the detector does not take whole ("LFM2.5-1.2B-JP", "Qwen2.5-72B"): a name
# joined by a hyphen to a count of billions of parameters.
# Not "Phase-2B" or "Type-1B", words that number things with a letter.
_PARAMETER_COUNT = re.compile(
    rf"(?<![A-Za-z0-9])(?!{NUMBERING_WORD})"
    r"[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+){0,3}-\d{1,3}(?:\.\d)?B(?![A-Za-z0-9])"
)
# What a parameter count needs, searched for first: most texts have none, and the full pattern may start anywhere.
_PARAMETER_SUFFIX = re.compile(r"-\d{1,3}(?:\.\d)?B(?![A-Za-z0-9])")
# Text that AI writes for people, in a text about AI: minutes, documents, replies, summaries or articles made
# automatically ("議事録や文書の自動生成", "回答文を自動で作成", "記事を自動生成"). Only generative AI writes them.
_DRAFTED_TEXT = re.compile(
    r"(?:議事録|議事要旨|文書|文章|答弁書?|回答文?|返信文?|要約|原稿|報告書|記事|メール文?|説明文|通知文)"
    r"(?:(?:や|と|、|・)[^。、\s]{1,8}?)?(?:の|を)?自動(?:で|的に)?(?:生成|作成)"
)
AI_WORD = re.compile(r"(?<![a-z])ai(?![a-z])")
# The same with AI as the writer: "AIで議事録を作成", "AIが回答文を作成", "AIを使って答弁書の下書き".
_AI_DRAFTS = re.compile(
    r"(?<![a-z])ai(?:で|が|を使って|を使い|を活用して|を用いて|による|により)[^。、]{0,8}?"
    r"(?:議事録|議事要旨|文書|文章|答弁書?|回答文?|返信文?|原稿|報告書|記事|メール文?|説明文|通知文)"
    r"(?:の|を)?(?:作成|生成|要約|下書き|起案)"
)
_AI_AS_WRITER = ("aiで", "aiが", "aiを", "aiによ")
# AI as the subject that makes words, pictures or sounds for people, a few words from what it makes, in one clause:
# "AIが商品画像を生成する", "AIが会議の内容を要約", "AIが住民の質問に答える", "an AI tool that summarizes meetings",
# "AI that answers residents' questions", "its AI generates images". An AI that writes, summarises, answers in
# natural language or makes images or voices is generative AI (the definition), though no generative-AI word is
# written. Only what is made for people (文章, 画像, 音声, an answer, a summary): not "AIが最適なルートを生成", nor
# "AI generates revenue", nor a metaphor ("AIが描く未来").
_MADE_THINGS_JA = (
    r"(?:文章|テキスト|画像|イラスト|動画|映像|音声|声|音楽|楽曲|コード|回答|返答|要約|記事|原稿|下書き|"
    r"キャッチコピー|広告文|紹介文|案内文|広報文|文書|台本|シナリオ|説明文|メール)"
)
_AI_MAKES = re.compile(
    # Opening on the literal "ai" (not a letter before it, checked behind) lets the engine skip to each "ai" fast.
    r"ai(?<![a-z]ai)(?:"
    r"(?:が|で|により|によって|を使って|を用いて|を活用して)[^。、「」]{0,20}?"
    rf"(?:{_MADE_THINGS_JA}(?:文|案)?を(?:自動(?:で|的に)?)?(?:生成|作成|作る|作り|書く|書き|執筆)"
    r"|を要約|に(?:答え|回答|返答)(?:る|す|ま|て))"
    r"|(?:[- ][a-z]+){0,2} (?:that|which) (?:can |automatically |instantly )?"
    r"(?:summari[sz]es|answers (?:questions|queries|residents|customers|users|inquiries)|drafts"
    r"|(?:generates|creates|produces|makes) (?:images|videos|pictures|illustrations|music|songs|voices|text|replies))"
    r"(?![a-z])"
    r"| (?:summari[sz]es|drafts|(?:generates|creates|produces) (?:images|videos|pictures|illustrations"
    r"|music|songs|voices|text|replies|answers))(?![a-z])"
    r")"
)
# An answer generated for a question, in a Japanese text about AI, however far the AI is from it ("AIが会話を認識し、
# 規程を参照して回答を生成する", "返答文を生成"): an AI that answers in natural language, which the definition counts as
# generative AI. Not answers that are only returned or shown (回答を表示), which a search or an FAQ system gives; and
# not English "generate answers", which classical question answering (VQA) writes too.
_GENERATED_ANSWER = re.compile(r"(?:回答|応答|返答|答え)(?:文|案)?(?:を|の)(?:自動)?生成")


def drafted_text(folded: str, title_length: int, reasons: list[str]) -> float:
    """The generative-AI weight of text that AI drafts ("議事録や文書の自動生成" in an item about AI, "AIで議事録を
    作成"), and of an answer generated in a text about AI ("AIが…回答を生成する")."""
    drafted = None
    if "自動" in folded:
        drafted = _DRAFTED_TEXT.search(folded)
        if drafted is not None and not AI_WORD.search(folded):
            drafted = None
    if drafted is None and any(writer in folded for writer in _AI_AS_WRITER):
        drafted = _AI_DRAFTS.search(folded)
    what = "text drafted by AI"
    if drafted is None and "ai" in folded:
        drafted = _AI_MAKES.search(folded)
        what = "what AI writes or makes"
    if drafted is None and "生成" in folded and AI_WORD.search(folded):
        drafted = _GENERATED_ANSWER.search(folded)
        what = "an answer AI generates"
    if drafted is None:
        return 0.0
    reasons.append(f"genai:{what} ({drafted.group(0)})")
    return 2.0 if drafted.start() < title_length else 1.0


# AI as the author of an invention, as of a picture or a song: "AI does not qualify as inventor", "whether an AI
# system can be an inventor", "AI inventors", "invented by AI", "AIを発明者と認めず", "発明者をAIとした出願",
# "AIによる発明" (not "AI inventions" nor AI発明, which may be inventions about AI). Whether what an AI generates can
# be patented is a question about generative AI.
_AI_INVENTOR = re.compile(
    r"(?<![a-z])ai(?:\s(?:system|systems|model|models|tool|tools|program|programs|machine|machines))?"
    r"(?:\s(?:can|cannot|could|does|do|did|not|to|be|qualify|qualifies|is|was|named|listed|as|an|the)){1,5}"
    r"\sinventors?(?![a-z])"
    r"|(?<![a-z])ai[-\s]invent(?:or|ors|ed)(?![a-z])|invented by (?:an? )?ai(?![a-z])"
    r"|(?<![a-z])ai(?:を|は|が)?発明者|発明者(?:を|は|が|として)ai(?![a-z])|(?<![a-z])ai(?:による|が行った|が生み出した)発明"
)


def ai_inventor(folded: str, title_length: int, reasons: list[str]) -> float:
    """The generative-AI weight of AI named as an invention's author ("AI does not qualify as inventor",
    "AIを発明者と認めず")."""
    if "invent" not in folded and "発明" not in folded:
        return 0.0
    found = _AI_INVENTOR.search(folded)
    if found is None:
        return 0.0
    reasons.append(f"genai:AI as an invention's author ({found.group(0)})")
    return 2.0 if found.start() < title_length else 1.0


def generative_model_shapes(detected: Mapping[str, list[dict[str, str]]], document: str) -> list[str]:
    """Models the watch list does not know whose name gives a parameter count or a chat tuning ("X-8B-Instruct"):
    a generative language model by its name."""
    shapes = [entry["name"] for entry in detected["models"] if _GENERATIVE_MODEL_SHAPE.search(entry["name"] + "-")]
    if not shapes and "B" in document and _PARAMETER_SUFFIX.search(document):
        shapes = [match.group(0) for match in _PARAMETER_COUNT.finditer(document)][:1]
    return shapes


# The reasons of the signs above that say what an AI itself does with words: it drafts a text, it generates an answer.
_WRITING_SIGNS = ("genai:text drafted by AI (", "genai:what AI writes or makes (", "genai:an answer AI generates (")


def writing_in_lead(folded: str, title_length: int, reasons: list[str]) -> str | None:
    """The words of an AI that drafts a text or generates an answer, when the body's first sentence gives them
    ("区役所の窓口で…AIが…回答を生成する支援システムを導入"): what the AI a headline names by another technology
    (音声認識AI) does, and that makes it generative AI. A lexicon term in the lead ("in an era of foundation models")
    does not: it may only set the scene."""
    body = folded[title_length + 1 :]
    ends = [end for end in (body.find("。"), body.find(". ")) if end >= 0]
    lead = body[: min(ends)] if ends else body
    for reason in reasons:
        if reason.startswith(_WRITING_SIGNS):
            words = reason.partition(" (")[2].removesuffix(")")
            if words and words in lead:
                return words
    return None
