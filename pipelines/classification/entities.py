"""Which watch-list organisations and models an item names, whose site it is on, and the role each plays."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from common.folding import bare_name
from config.watchlist import ModelFamily, Organisation, Watchlist
from pipelines.classification.relevance import RELEVANT_GENAI
from pipelines.classification.text import Hit

# What follows the subject of a headline: "シャープ、…", "シャープは…", "Sharp, …".
_SUBJECT_MARKERS = ("、", "は", "が", ", ")
# A country written before a company's name in Japanese news: "米Perplexity", "独SAP".
_COUNTRY_PREFIXES = frozenset("米英仏独中韓台豪印")
# What follows a company's name and nothing else ("シャープの堺工場", "シャープと資本業務提携", "Sharp's plant",
# "Sharp Corp."): an ambiguous alias counts there, in text about anything.
_COMPANY_CONTEXT = re.compile(
    r"(?:社(?:は|が|の|と|長)|株式会社|\(株\)|の(?:[\u4e00-\u9fff]{1,3})?(?:工場|本社|社長|会長|株|株式|子会社|傘下|従業員|社員"
    r"|決算|業績|株主|最高経営責任者)|と(?:の)?(?:資本業務提携|業務提携|資本提携|提携|協業|合弁)|傘下|製の"
    r"|(?:'s|’s) (?:plant|factory|shares?|stake|ceo|president|chief|board|headquarters|unit|subsidiary|business)"
    r"| (?:corp|corporation|inc|co|holdings|group)\b"
    r"|, the (?:japanese|osaka|tokyo)[\w -]{0,20}(?:maker|company|firm|group))"
)


def found_models(watchlist: Watchlist, model_hits: list[tuple[int, bool]], lexical_genai: float) -> list[ModelFamily]:
    """The model families named, once each; an ambiguous alias only in text already about generative AI."""
    found: dict[int, None] = {}
    for index, context_only in model_hits:
        if context_only and lexical_genai < RELEVANT_GENAI:
            continue
        found[index] = None
    return [watchlist.models[index] for index in found]


def found_organisations(
    watchlist: Watchlist,
    organisation_hits: list[tuple[Hit, int, bool]],
    lexical_genai: float,
    folded: str = "",
    headline_start: int = 0,
) -> list[tuple[Organisation, int]]:
    """The organisations named, once each with where they are first named.

    An ambiguous alias ("シャープ", "Turing") counts in text already about generative AI, as the subject
    that opens the headline ("シャープ、液晶パネルの生産を停止"), or where only a company is named
    ("シャープの堺工場", "シャープと資本業務提携", "Sharp's plant").
    """
    found: dict[int, int] = {}
    for hit, index, context_only in organisation_hits:
        if (
            context_only
            and lexical_genai < RELEVANT_GENAI
            and not (hit.start == headline_start and folded.startswith(_SUBJECT_MARKERS, hit.end))
            and not _COMPANY_CONTEXT.match(folded, hit.end)
            and not (hit.start > 0 and folded[hit.start - 1] in _COUNTRY_PREFIXES)
        ):
            continue
        found.setdefault(index, hit.start)
    return [(watchlist.organisations[index], start) for index, start in found.items()]


def roles(
    organisations: list[tuple[Organisation, int]],
    issuer: Organisation | None,
    funding: dict[str, Any] | None,
    named_issuer: str | None,
) -> list[dict[str, str]]:
    """Each organisation once, with the most specific role it plays in the item."""
    leads = set(funding["lead_investors"]) if funding else set()
    investors = set(funding["investors"]) if funding else set()
    company = funding["company"] if funding else None
    labels = []
    seen = set()
    for organisation, _ in organisations:
        if organisation.name == company:
            role = "issuer"
        elif organisation.name in leads:
            role = "lead_investor"
        elif organisation.name in investors:
            role = "investor"  # also on its own site: an investor announcing its investment
        elif issuer is organisation:
            role = "issuer"
        else:
            role = "mentioned"
        labels.append(organisation.as_label(role))
        seen.add(organisation.name)
    if issuer is not None and issuer.name not in seen:
        labels.append(issuer.as_label("issuer"))
        seen.add(issuer.name)
    if issuer is None and named_issuer and named_issuer not in seen:
        labels.append({"name": named_issuer, "name_ja": "", "sector": "", "country": "", "role": "issuer"})
        seen.add(named_issuer)
    if funding:
        for name, role in [(company, "issuer")] + [
            (name, "lead_investor" if name in leads else "investor") for name in funding["investors"]
        ]:
            if name and name not in seen:
                labels.append({"name": name, "name_ja": "", "sector": "", "country": "", "role": role})
                seen.add(name)
    return labels


# Host labels that name no organisation.
_GENERIC_HOST_LABELS = frozenset(
    "www jp en co com ne or ac go ed lg net org info news press pr blog tech corp global group ir note".split()
)
_NOT_HOST_CHARACTERS = re.compile(r"[^a-z0-9]")
_NAME_SUFFIXES = re.compile(r"(?:ai|inc|technologies|technology|tech|holdings|group|labs|lab|corp|corporation)$")


def host_spellings(organisation: Organisation) -> tuple[str, ...]:
    """How a host may spell an organisation's names: letters and digits only, "lightblue technology" as
    "lightbluetechnology" and "lightblue" (a common suffix dropped); names shorter than four are left out."""
    spellings: dict[str, None] = {}
    for alias in (organisation.name, *organisation.aliases):
        squeezed = _NOT_HOST_CHARACTERS.sub("", bare_name(alias))
        if len(squeezed) >= 4:
            spellings[squeezed] = None
            spellings[_NAME_SUFFIXES.sub("", squeezed)] = None
    return tuple(spellings)


# Platforms where an organisation writes under its own account: note.com/<account>, zenn.dev/<account>, ...
_PLATFORM_HOSTS = ("note.com", "zenn.dev", "medium.com", "qiita.com", "speakerdeck.com", "github.com")
# Sites that link to others' stories: news.google.com is not Google's announcement.
AGGREGATOR_HOSTS = (
    "news.google.com",
    "news.yahoo.co.jp",
    "news.yahoo.com",
    "smartnews.com",
    "t.co",
    "feedproxy.google.com",
)
# A Latin name in a headline: "AI Picasso", "INITIAL", "Meta".
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*(?:\s[A-Z0-9][A-Za-z0-9&.\-]*)*")
# What an aggregator appends to a headline: " - 日本経済新聞", " | TechCrunch".
_PUBLISHER_SUFFIX = re.compile(r"\s[-|｜–—]\s[^-|｜–—]{1,40}$")


def site_labels(host: str, path: str) -> frozenset[str]:
    """The words of an address that may spell whose site it is: the host's labels and their hyphenated
    parts, and the account on a shared platform ("note.com/aipicasso" -> aipicasso); generic ones left out."""
    if host.endswith(AGGREGATOR_HOSTS):
        return frozenset()
    labels = {piece for label in host.split(".") for piece in (label, *label.split("-")) if len(piece) >= 4}
    if host.removeprefix("www.") in _PLATFORM_HOSTS:
        account = path.strip("/").split("/", 1)[0].lstrip("@").lower()
        labels.update(piece for piece in (account, *account.split("-"), *account.split("_")) if len(piece) >= 4)
    return frozenset(labels - _GENERIC_HOST_LABELS)


def named_by_host(
    labels: frozenset[str], organisations: Sequence[Organisation], spellings: Mapping[str, tuple[str, ...]]
) -> Organisation | None:
    """The mentioned organisation whose name the site spells (karakuri.ai, lightblue-tech.com): its own site.

    ``labels`` come from ``site_labels``; ``spellings`` holds ``host_spellings`` of every organisation
    by its name, computed once.
    """
    if not labels:
        return None
    for organisation in organisations:
        if not labels.isdisjoint(spellings[organisation.name]):
            return organisation
    return None


def site_owner(labels: frozenset[str], title: str) -> str | None:
    """A Latin name in the headline that the site spells, for organisations the watch list does not know:
    "INITIAL" on initial.inc, "AI Picasso" on note.com/aipicasso."""
    if not labels:
        return None
    for match in _LATIN_NAME.finditer(_PUBLISHER_SUFFIX.sub("", title)):
        name = match.group(0).strip(" .-&")
        squeezed = _NOT_HOST_CHARACTERS.sub("", name.lower())
        if len(squeezed) >= 4 and (squeezed in labels or _NAME_SUFFIXES.sub("", squeezed) in labels):
            return name
    return None
