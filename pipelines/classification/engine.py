"""The rule engine: relevance, kind, topics, entities and funding of one item.

Every decision is a sum of named pieces of evidence, and each piece that
fires is written to ``reasons``, so a reader can see why an item was kept,
dropped or labelled the way it was.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from common.folding import COMPANY_FORMS, bare_name, fold, fold_term, normalise
from common.taxonomy import PARTNERSHIP_SIDE, TOPICS
from config.currency_rates import load_currency_rates
from config.lexicon import load_lexicon
from config.watchlist import ModelFamily, Organisation, Watchlist, load_watchlist
from pipelines.classification.catalogue import family_of
from pipelines.classification.detect import detect_names
from pipelines.classification.funding import FundingRules, OrganisationHit, extract_funding
from pipelines.classification.text import Hit, TermMatcher

PAPER_HOSTS = ("arxiv.org", "openreview.net", "aclanthology.org")
# "raises $30M", "secured ¥3 billion in a Series D", but not "raises its forecast".
RAISING = re.compile(
    r"(?<![a-z])(?P<verb>raises|raised|raising|secures|secured|lands|landed|bags|closes|closed|nabs)(?![a-z])"
    r"(?=[^.;。]{0,30}?(?:[$¥€£]|\d|funding|round|seed|series|capital|investment))"
)
# Image placeholders that PR TIMES puts in its descriptions: "[画像1: https://prcdn.../release_image/...]".
_PLACEHOLDERS = re.compile(r"[\[［]\s*(?:画像|image|動画|video)\s*\d*\s*[:：][^\]］]*[\]］]", re.IGNORECASE)
_MANY_LANGUAGES = re.compile(r"(?<![\d.])(?:[2-9]\d|\d{3,})\s?(?:languages|言語)")
# Thresholds on summed evidence; a term in the title counts twice.
RELEVANT_GENAI = 1.0
RELEVANT_JAPAN = 1.0
TOPIC_MINIMUM = 2.0
POLICY_MINIMUM = 3.0


@dataclass
class Evidence:
    """The terms of one category that fired, split by where they fired."""

    title: dict[str, None] = field(default_factory=dict)
    text: dict[str, None] = field(default_factory=dict)

    def add(self, term: str, in_title: bool) -> None:
        (self.title if in_title else self.text)[term] = None

    def weight(self, title_weight: float = 2.0, text_weight: float = 1.0) -> float:
        return title_weight * len(self.title) + text_weight * len(self.text.keys() - self.title.keys())

    def terms(self) -> list[str]:
        return list(dict.fromkeys([*self.title, *self.text]))

    def __bool__(self) -> bool:
        return bool(self.title or self.text)


class Classifier:
    """Labels items with the watch list and lexicons of one data directory."""

    def __init__(
        self,
        watchlist: Watchlist,
        lexicon: Mapping[str, Any],
        yen_per_unit: Mapping[str, float],
        japanese_sources: Mapping[str, str] | None = None,
    ) -> None:
        self.watchlist = watchlist
        # Registry sources that are Japanese outlets (source name -> whose outlet): a ministry, a
        # Japanese company's newsroom, PR TIMES. An item from one of them is tied to Japan by where it comes from.
        self.japanese_sources = dict(japanese_sources or {})
        terms: dict[str, list[tuple]] = defaultdict(list)
        for index, organisation in enumerate(watchlist.organisations):
            for alias in organisation.aliases:
                terms[fold_term(alias)].append(("org", index, False))
            for alias in organisation.context_aliases:
                terms[fold_term(alias)].append(("org", index, True))
        for index, model in enumerate(watchlist.models):
            for alias in model.aliases:
                terms[fold_term(alias)].append(("model", index, False))
            for alias in model.context_aliases:
                terms[fold_term(alias)].append(("model", index, True))
        for strength in ("strong", "weak"):
            for term in lexicon["genai"][strength]:
                terms[fold_term(term)].append(("genai", strength))
        for group in ("language", "place", "company_forms"):
            for term in lexicon["japan"][group]:
                terms[fold_term(term)].append(("japan", group))
        neutral = [fold_term(term) for term in lexicon["japan"]["neutral"]]
        for term in neutral:
            terms[term].append(("neutral",))
        for term in lexicon["multilingual"]["terms"]:
            terms[fold_term(term)].append(("multilingual",))
        for term in lexicon["multilingual"]["other_languages"]:
            terms[fold_term(term)].append(("other_language",))
        for term in lexicon["off_topic"]["terms"]:
            terms[fold_term(term)].append(("off_topic",))
        for kind, words in lexicon["kind"].items():
            for term in words:
                terms[fold_term(term)].append(("kind", kind))
        for topic, words in lexicon["topic"].items():
            if topic not in TOPICS:
                raise ValueError(f"lexicon topic {topic!r} is not in the taxonomy {TOPICS}")
            for term in words:
                terms[fold_term(term)].append(("topic", topic))
        self.matcher: TermMatcher[tuple] = TermMatcher(terms, opaque=neutral)
        # The organisations a term names itself: "salesforce ventures" is Salesforce Ventures, not also Salesforce.
        self._own_organisations = {
            term: {payload[1] for payload in payloads if payload[0] == "org"} for term, payloads in terms.items()
        }
        # Every lexicon term: an imported alias that is also an ordinary keyword is not taken.
        self.lexicon_terms = frozenset(
            term for term, payloads in terms.items() if any(payload[0] not in ("org", "model") for payload in payloads)
        )
        self._model_by_alias = {
            bare_name(alias): model.name
            for model in watchlist.models
            for alias in (model.name, *model.aliases, *model.context_aliases)
        }
        self.funding_rules = FundingRules.from_lexicon(lexicon["funding"], yen_per_unit)

    def classify(
        self,
        *,
        title: str,
        text: str = "",
        url: str = "",
        language: str = "",
        source: str = "",
        kind: str | None = None,
        published: str | None = None,
        issuers: Sequence[str] = (),
    ) -> dict[str, Any]:
        """The labels of one item (see the README for every field).

        ``issuers`` are the names a source gives for who published the item
        (PR TIMES' company field); with the URL's site they say whose own
        announcement it is.
        """
        title_n = normalise(title)
        text_n = normalise(_PLACEHOLDERS.sub(" ", text or ""))
        document = f"{title_n}。{text_n}" if text_n else title_n
        folded = fold(document)
        title_length = len(title_n)
        reasons: list[str] = []

        evidence: dict[tuple, Evidence] = defaultdict(Evidence)
        organisation_hits: list[tuple[Hit, int, bool]] = []
        model_hits: list[tuple[int, bool]] = []
        for hit in self.matcher.find(folded):
            in_title = hit.start < title_length
            for payload in hit.payloads:
                tag = payload[0]
                if tag == "org":
                    own = self._own_organisations.get(hit.term)
                    if not own or payload[1] in own:
                        organisation_hits.append((hit, payload[1], payload[2]))
                elif tag == "model":
                    model_hits.append((payload[1], payload[2]))
                    evidence[("model_title" if in_title else "model_text",)].add(str(payload[1]), True)
                else:
                    evidence[payload].add(hit.term, in_title)

        host = (urlsplit(url).hostname or "").lower() if url else ""
        issuer = self.watchlist.issuer_of(host) if host else None
        named_issuer = None
        for name in issuers:
            known = self.watchlist.resolve(name)
            if known is not None:
                issuer = issuer or known
            elif name.strip():
                named_issuer = named_issuer or COMPANY_FORMS.sub("", normalise(name)).strip(" ,、・")

        strong = evidence[("genai", "strong")]
        weak = evidence[("genai", "weak")]
        for term in strong.terms():
            weak.title.pop(term, None)
            weak.text.pop(term, None)
        genai = strong.weight(2.0, 1.0) + min(weak.weight(0.5, 0.5), 1.0)
        reasons.extend(f"genai:{term}" for term in strong.terms())
        reasons.extend(f"genai(weak):{term}" for term in weak.terms())
        lexical_genai = genai

        models = self._models(model_hits, lexical_genai)
        organisations = self._organisations(organisation_hits, lexical_genai, models)
        if issuer is None and host:
            issuer = _named_by_host(host, [organisation for organisation, _ in organisations])
        for model in models:
            genai += 2.0 if model.generative and model.japanese else 1.0 if model.generative else 0.0
            reasons.append(f"model:{model.name}" + ("" if model.generative else " (not generative)"))
        generative_players = [organisation for organisation, _ in organisations if organisation.generative]
        if generative_players:
            genai += 1.0
            reasons.append(f"genai-organisation:{generative_players[0].name}")

        japan, japan_reasons = self._japan(evidence, organisations, models, issuer, folded)
        outlet = self.japanese_sources.get(source)
        if outlet is not None and not (issuer is not None and issuer.japanese):
            japan += 1.0
            japan_reasons.append(f"japan-source:{source} ({outlet})")
        reasons.extend(japan_reasons)

        blocked = self._off_topic(evidence, models, generative_players, title_length, organisations)
        if blocked:
            reasons.append(f"off-topic:{blocked}")
        relevant = genai >= RELEVANT_GENAI and japan >= RELEVANT_JAPAN and not blocked
        score = round(0.5 * min(genai, 2.0) / 2.0 + 0.5 * min(japan, 2.0) / 2.0, 3)
        if blocked:
            score = round(score / 2, 3)
        if not relevant and not blocked:
            missing = [
                name
                for name, value, floor in (("generative AI", genai, RELEVANT_GENAI), ("Japan", japan, RELEVANT_JAPAN))
                if value < floor
            ]
            reasons.append("not relevant: no " + " and no ".join(missing) + " evidence")

        organisation_hit_spans = [
            OrganisationHit(self.watchlist.organisations[index], hit.start, hit.end)
            for hit, index, context in organisation_hits
            if any(organisation is self.watchlist.organisations[index] for organisation, _ in organisations)
        ]
        item_kind, funding = self._kind(
            evidence,
            kind,
            source,
            host,
            issuer,
            organisations,
            document,
            folded,
            title_length,
            organisation_hit_spans,
            reasons,
        )
        if funding is not None and funding["company"] is None and named_issuer:
            funding["company"] = named_issuer
        topics = self._topics(evidence, item_kind, models, funding, reasons)
        roles = self._roles(organisations, issuer, funding, named_issuer)
        partnership = None
        if "partnership" in topics:
            sides = sorted(
                {
                    PARTNERSHIP_SIDE[entry["sector"]]
                    for entry in roles
                    if entry["sector"] in PARTNERSHIP_SIDE and entry["role"] in ("issuer", "mentioned")
                }
            )
            partnership = {"sides": sides}
        return {
            "relevant": relevant,
            "score": score,
            "kind": item_kind,
            "topics": topics,
            "partnership": partnership,
            "organisations": roles,
            "models": [model.name for model in models],
            "funding": funding,
            "reasons": list(dict.fromkeys(reasons)),
            "detected": detect_names(document, self.watchlist.resolve, self.watchlist_model_alias),
        }

    def watchlist_model_alias(self, name: str) -> str | None:
        """The canonical model family a written name belongs to, if the watch list knows it ("Sarashina2-7B" -> Sarashina)."""
        return self._model_by_alias.get(bare_name(name)) or self._model_by_alias.get(bare_name(family_of(name)))

    def _models(self, model_hits: list[tuple[int, bool]], lexical_genai: float) -> list[ModelFamily]:
        found: dict[int, None] = {}
        for index, context_only in model_hits:
            if context_only and lexical_genai < RELEVANT_GENAI:
                continue
            found[index] = None
        return [self.watchlist.models[index] for index in found]

    def _organisations(
        self, organisation_hits: list[tuple[Hit, int, bool]], lexical_genai: float, models: list[ModelFamily]
    ) -> list[tuple[Organisation, int]]:
        found: dict[int, int] = {}
        for hit, index, context_only in organisation_hits:
            if context_only and lexical_genai < RELEVANT_GENAI:
                continue
            found.setdefault(index, hit.start)
        return [(self.watchlist.organisations[index], start) for index, start in found.items()]

    def _japan(
        self,
        evidence: Mapping[tuple, Evidence],
        organisations: list[tuple[Organisation, int]],
        models: list[ModelFamily],
        issuer: Organisation | None,
        folded: str,
    ) -> tuple[float, list[str]]:
        """How strongly the item is tied to Japan, with the reasons."""
        reasons = []
        language = evidence[("japan", "language")]
        other_languages = evidence[("other_language",)]
        multilingual = evidence[("multilingual",)]
        many_languages = ("languages" in folded or "言語" in folded) and _MANY_LANGUAGES.search(folded)
        # "Japanese and multilingual LLMs" is about Japanese; "Chinese, Japanese and Korean" is not.
        multilingual_title = bool(other_languages.title)
        multilingual_text = bool(multilingual) or len(other_languages.terms()) >= 2 or bool(many_languages)
        japan = 0.0
        if language.title:
            japan += 0.5 if multilingual_title else 2.0
            reasons.append(
                f"japan:{next(iter(language.title))} in title"
                + (" (one language of several)" if multilingual_title else "")
            )
        elif language.text:
            if multilingual_text:
                reasons.append("japan:japanese is one language of several")
            else:
                japan += 1.0
                reasons.append(f"japan:{next(iter(language.text))}")
        place = evidence[("japan", "place")]
        if place:
            japan += min(place.weight(1.0, 1.0), 2.0)
            reasons.extend(f"japan:{term}" for term in place.terms()[:3])
        company_form = evidence[("japan", "company_forms")]
        if company_form:
            japan += 1.0
            reasons.append(f"japan:company form {company_form.terms()[0]}")
        japanese_organisations = [organisation for organisation, _ in organisations if organisation.japanese]
        if japanese_organisations:
            japan += min(len(japanese_organisations), 2)
            reasons.extend(f"japan-organisation:{organisation.name}" for organisation in japanese_organisations[:3])
        japanese_models = [model for model in models if model.japanese]
        if japanese_models:
            japan += 2.0
            reasons.extend(f"japan-model:{model.name}" for model in japanese_models[:3])
        if issuer is not None and issuer.japanese:
            japan += 1.0
            reasons.append(f"issuer:{issuer.name}")
        return japan, reasons

    def _off_topic(
        self,
        evidence: Mapping[tuple, Evidence],
        models: list[ModelFamily],
        generative_players: list[Organisation],
        title_length: int,
        organisations: list[tuple[Organisation, int]],
    ) -> str | None:
        """A title about robots, chips, OCR or speech recognition without generative AI in it."""
        off_topic = evidence[("off_topic",)]
        if not off_topic.title:
            return None
        genai_title = evidence[("genai", "strong")].title or evidence[("model_title",)].title
        player_in_title = any(
            start < title_length for organisation, start in organisations if organisation in generative_players
        )
        if (
            genai_title
            and any(model.generative for model in models)
            or evidence[("genai", "strong")].title
            or player_in_title
        ):
            return None
        return next(iter(off_topic.title))

    def _kind(
        self,
        evidence: Mapping[tuple, Evidence],
        hint: str | None,
        source: str,
        host: str,
        issuer: Organisation | None,
        organisations: list[tuple[Organisation, int]],
        document: str,
        folded: str,
        title_length: int,
        organisation_hits: list[OrganisationHit],
        reasons: list[str],
    ) -> tuple[str, dict[str, Any] | None]:
        """paper, funding, policy, press or news, and the round of a funding story."""
        if hint == "paper" or source == "arxiv" or host.endswith(PAPER_HOSTS):
            reasons.append("kind:paper (source)")
            return "paper", None
        funding_terms = evidence[("kind", "funding")]
        for match in RAISING.finditer(folded):
            funding_terms.add(match.group("verb"), match.start() < title_length)
        policy_terms = evidence[("kind", "policy")]
        policy = min(policy_terms.weight(2.0, 1.0), 4.0)
        ministries = [organisation for organisation, start in organisations if organisation.sector == "ministry"]
        if ministries:
            policy += min(
                2.0
                if any(start < title_length for organisation, start in organisations if organisation in ministries)
                else 1.0,
                2.0,
            )
        government_issuer = (
            (issuer is not None and issuer.sector == "ministry")
            or host.endswith(".go.jp")
            and not (issuer and issuer.sector == "national_lab")
        )
        if government_issuer:
            policy += 3.0
        funding = None
        funding_weight = funding_terms.weight(2.0, 1.0)
        if funding_terms:
            funding, funding_reasons = extract_funding(
                self.funding_rules, document, folded, title_length, organisation_hits, issuer
            )
            signals = (funding["amount"] is not None) + (funding["round"] is not None)
            funding_weight += signals
        else:
            funding_reasons = []
        received_grant = (
            funding is not None
            and funding["amount"] is not None
            and any(self.funding_rules.grant_received.find(folded))
        )
        if received_grant and not government_issuer:
            reasons.append("kind:funding (a grant received)")
            reasons.extend(funding_reasons)
            return "funding", funding
        if policy >= POLICY_MINIMUM and (government_issuer or policy > funding_weight):
            reasons.append(
                "kind:policy (" + ", ".join(policy_terms.terms()[:3] + [m.name for m in ministries[:2]]) + ")"
            )
            return "policy", None
        if funding is not None and (
            funding_terms.title
            or funding_weight >= 3
            and (funding["amount"] is not None or funding["round"] is not None)
        ):
            reasons.append("kind:funding (" + ", ".join(funding_terms.terms()[:3]) + ")")
            reasons.extend(funding_reasons)
            return "funding", funding
        if hint == "policy":
            reasons.append(
                "kind:policy ("
                + ", ".join(policy_terms.terms()[:3] + [m.name for m in ministries[:2]] or [f"source says {hint}"])
                + ")"
            )
            return "policy", None
        if hint == "funding" and funding is not None:
            reasons.append("kind:funding (source)")
            reasons.extend(funding_reasons)
            return "funding", funding
        press_terms = evidence[("kind", "press")]
        news_terms = evidence[("kind", "news")]
        if issuer is not None:
            reasons.append(f"kind:press (site of {issuer.name})")
            return "press", None
        if hint == "press" or (not hint and press_terms and not news_terms):
            reasons.append("kind:press (" + (", ".join(press_terms.terms()[:2]) or "source") + ")")
            return "press", None
        reasons.append("kind:news")
        return "news", None

    def _topics(
        self,
        evidence: Mapping[tuple, Evidence],
        kind: str,
        models: list[ModelFamily],
        funding: dict[str, Any] | None,
        reasons: list[str],
    ) -> list[str]:
        topics = []
        for topic in TOPICS:
            terms = evidence[("topic", topic)]
            on = terms.weight(2.0, 1.0) >= TOPIC_MINIMUM
            if topic == "funding":
                on = funding is not None
            elif topic == "policy":
                on = on or kind == "policy"
            elif topic == "model_release":
                on = on and (bool(models) or bool(evidence[("genai", "strong")]))
            if on:
                topics.append(topic)
                reasons.append(f"topic:{topic}" + (f" ({', '.join(terms.terms()[:2])})" if terms else ""))
        return topics

    def _roles(
        self,
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
            if organisation.name == company or issuer is organisation:
                role = "issuer"
            elif organisation.name in leads:
                role = "lead_investor"
            elif organisation.name in investors:
                role = "investor"
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
_NAME_SUFFIXES = re.compile(r"(?:ai|inc|technologies|technology|tech|holdings|group|labs|lab|corp|corporation)$")


def _named_by_host(host: str, organisations: Sequence[Organisation]) -> Organisation | None:
    """The mentioned organisation whose name the site's host spells (karakuri.ai, lightblue-tech.com): its own site."""
    labels = {piece for label in host.split(".") for piece in (label, *label.split("-")) if len(piece) >= 4}
    labels -= _GENERIC_HOST_LABELS
    if not labels:
        return None
    for organisation in organisations:
        for alias in (organisation.name, *organisation.aliases):
            squeezed = re.sub(r"[^a-z0-9]", "", bare_name(alias))
            if len(squeezed) >= 4 and (squeezed in labels or _NAME_SUFFIXES.sub("", squeezed) in labels):
                return organisation
    return None


def japanese_sources(registry_path: Path, watchlist: Watchlist) -> dict[str, str]:
    """The registry's sources whose organisation or publisher is a Japanese organisation of the watch list."""
    if not registry_path.is_file():
        return {}
    with registry_path.open("rb") as handle:
        registry = tomllib.load(handle)
    found = {}
    for source in registry.get("source", []):
        for field_name in ("organisation", "publisher"):
            known = watchlist.resolve(source.get(field_name) or "") if source.get(field_name) else None
            if known is not None and known.japanese and source.get("name"):
                found[source["name"]] = known.name
                break
    return found


def load_classifier(data_dir: str | Path, sources_file: str | Path | None = None) -> Classifier:
    """A classifier built from ``watchlist.toml``, ``lexicon.toml`` and ``currency_rates.toml`` in ``data_dir``.

    The source registry (``sources_file``, default ``<data_dir>/sources.toml``) says which sources are
    Japanese outlets.
    """
    data_dir = Path(data_dir)
    watchlist = load_watchlist(data_dir / "watchlist.toml")
    lexicon = load_lexicon(data_dir / "lexicon.toml").as_tables()
    rates = load_currency_rates(data_dir / "currency_rates.toml")
    registry = Path(sources_file) if sources_file else data_dir / "sources.toml"
    return Classifier(watchlist, lexicon, rates.yen_per_unit, japanese_sources(registry, watchlist))
