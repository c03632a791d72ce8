"""State money to one company that opens the headline ("ラピダスに官民で…出資", "Rapidus gets ¥100 billion from the
government"): the recipient's round, a funding story, not the state's programme."""

from __future__ import annotations

import re

from config.watchlist import Organisation
from pipelines.classification.headline import HEADLINE_LABEL, headline_and_lead
from pipelines.classification.money import find_money

# State money going to one company, with the company first in the headline: "ラピダスに官民で総額2676億円の出資",
# "TSMC熊本第2工場に経産省が約7300億円支援へ", "Rapidus gets ¥100 billion more from Japanese government". The
# recipient's round is the story (funding), not the state's programme, which has the state as its subject
# ("経産省、ラピダスに…", "Japan to give Rapidus …": policy).
_TO_RECIPIENT_JA = re.compile(r"(?P<recipient>[^、。\s]{2,24}?)(?:に|へ)(?:対し(?:て)?)?(?P<rest>[^。]{0,40})")
_STATE_MONEY_JA = re.compile(
    r"(?:政府|官民|国(?:が|から|の)|[\u4e00-\u9fff]{1,6}(?:省|庁)|nedo|jic|産業革新投資機構|日本政策投資銀行|政投銀|[都道府県市](?:が|から))"
)
_SUPPORT_VERB_JA = re.compile(r"(?:出資|支援|補助|助成|投資|融資|拠出)")
_RECIPIENT_EN = re.compile(
    r"(?P<recipient>[a-z][\w&.-]*(?: [a-z][\w&.-]*){0,3}?) (?:to get|gets|got|to receive|receives|received|wins|won"
    r"|secures|secured|lands|landed|awarded|granted|to win)\b(?P<rest>[^.;。]{0,60})"
)
# A recipient by its shape: a Latin name ("TSMC", "Rapidus"), or any company name before a plant of its
# ("マイクロンの広島工場", "TSMC熊本第2工場").
_RECIPIENT_SHAPE = re.compile(
    r"(?P<name>[a-z][a-z0-9&. -]*|[\u30a1-\u30fa\u30fc・]{2,})"
    r"(?P<facility>の?[\u4e00-\u9fff0-9]{0,6}(?:新工場|工場|拠点|プラント))?"
)
_STATE_MONEY_EN = re.compile(r"\b(?:government|state|subsid\w*|grants?|ministry|meti|public funds?|taxpayer)\b")


def state_money_recipient(folded: str, title_length: int, organisations: list[tuple[Organisation, int]]) -> str | None:
    """The company that a headline opens with as the recipient of the state's money, with its amount.

    The recipient is a watch-list organisation that is no state, or a Latin name ("TSMC熊本第2工場に"); a field or a
    place ("データセンターに1兆円", "AI開発に官民で1兆円") is a programme, not a round.
    """
    title = folded[:title_length]
    label = HEADLINE_LABEL.match(title)
    begins = label.end() if label else 0
    if not find_money(title):
        return None
    match = _TO_RECIPIENT_JA.match(title, begins)
    if match is not None and _SUPPORT_VERB_JA.search(match["rest"]):
        lead = headline_and_lead(folded, title_length)
        if _STATE_MONEY_JA.search(match["rest"]) or _STATE_MONEY_JA.search(lead, title_length):
            return _recipient_name(match["recipient"], begins, organisations)
    match = _RECIPIENT_EN.match(title, begins)
    if match is not None and _STATE_MONEY_EN.search(match["rest"]):
        return _recipient_name(match["recipient"], begins, organisations)
    return None


def _recipient_name(recipient: str, begins: int, organisations: list[tuple[Organisation, int]]) -> str | None:
    for organisation, start in organisations:
        if start == begins and organisation.sector not in ("ministry", "national_lab"):
            return organisation.name
    shape = _RECIPIENT_SHAPE.fullmatch(recipient)
    if shape is None or (shape["facility"] is None and not re.fullmatch(r"[a-z][a-z0-9&. -]{3,}", shape["name"])):
        return None
    return shape["name"]
