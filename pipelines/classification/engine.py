"""The rule engine: relevance, kind, topics, entities and funding of one item.

Every decision is a sum of named pieces of evidence, and each piece that
fires is written to ``reasons``, so a reader can see why an item was kept,
dropped or labelled the way it was. This module finds the evidence in the
text once and hands it to the decisions: ``relevance``, ``entities``,
``kind`` (with ``funding``) and ``topics``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from common.folding import COMPANY_FORMS, bare_name, fold, fold_term, normalise
from common.taxonomy import TOPICS
from config.currency_rates import load_currency_rates
from config.lexicon import load_lexicon
from config.listed_companies import LISTED_FILE, load_listed_companies
from config.sources import load_sources_file
from config.watchlist import Organisation, Watchlist, load_watchlist
from pipelines.classification.catalogue import family_of
from pipelines.classification.detect import detect_names
from pipelines.classification.detect_municipalities import japanese_bodies
from pipelines.classification.entities import (
    AGGREGATOR_HOSTS,
    found_models,
    found_organisations,
    host_spellings,
    named_by_host,
    roles,
    site_labels,
    site_owner,
)
from pipelines.classification.funding_rules import FundingRules, OrganisationHit
from pipelines.classification.headline import HEADLINE_LABEL, lead_subject, model_name_headline
from pipelines.classification.kind import decide_kind
from pipelines.classification.kind_address import acronym_host_owner, chamber_host_owner, katakana_host_owner
from pipelines.classification.labels import Labels
from pipelines.classification.listed_companies import ListedCompanies
from pipelines.classification.relevance import RELEVANT_GENAI, RELEVANT_JAPAN, Evidence, off_topic
from pipelines.classification.relevance_foreign import ForeignMarks, japanese_detected
from pipelines.classification.relevance_genai import lexical_genai
from pipelines.classification.relevance_genai_signs import (
    ai_inventor,
    drafted_text,
    generative_model_shapes,
    writing_in_lead,
)
from pipelines.classification.relevance_japan import japan_evidence, japan_section, japanese_host, own_japanese_site
from pipelines.classification.text import Hit, TermMatcher
from pipelines.classification.topics import decide_topics, partnership_sides

# What an aggregator appends to a headline: " - 日本経済新聞", " | ITmedia AI+".
_PUBLISHER_SUFFIX = re.compile(r"\s(?:-|\||–|—|｜|－)\s(?P<publisher>[^-|–—｜－]{1,40})$")
# Image placeholders that PR TIMES puts in its descriptions: "[画像1: https://prcdn.../release_image/...]".
_PLACEHOLDERS = re.compile(r"[\[［]\s*(?:画像|image|動画|video)\s*\d*\s*[:：][^\]］]*[\]］]", re.IGNORECASE)


class Classifier:
    """Labels items with the watch list and lexicons of one data directory."""

    def __init__(
        self,
        watchlist: Watchlist,
        lexicon: Mapping[str, Any],
        yen_per_unit: Mapping[str, float],
        japanese_sources: Mapping[str, str] | None = None,
        listed_companies: ListedCompanies | None = None,
    ) -> None:
        self.watchlist = watchlist
        # Japan's listed companies (``listed_companies.toml``), read by their names alone in Japanese text.
        self.listed_companies = listed_companies
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
        for term in lexicon["genai"].get("strong_phrases", ()):
            terms[fold_term(term)].append(("genai", "strong"))
        ambiguous = [fold_term(term) for term in lexicon["genai"].get("ambiguous_phrases", ())]
        for term in (*ambiguous, *map(fold_term, lexicon["genai"].get("weak_phrases", ()))):
            terms[term].append(("genai", "weak"))
        for group in (
            "language",
            "place",
            "state",
            "company_forms",
            "legal_forms",
            "national",
            "state_bodies",
            "domestic_trades",
        ):
            for term in lexicon["japan"].get(group, ()):
                # A legal form is Japan evidence as a company form is, and a body of the state (最高裁) as 政府 is.
                kind = {"legal_forms": "company_forms", "state_bodies": "state"}.get(group, group)
                terms[fold_term(term)].append(("japan", kind))
        neutral = [
            fold_term(term) for term in (*lexicon["japan"]["neutral"], *lexicon["japan"].get("outlet_names", ()))
        ]
        for term in neutral:
            terms[term].append(("neutral",))
        for term in lexicon["multilingual"]["terms"]:
            terms[fold_term(term)].append(("multilingual",))
        for term in lexicon["multilingual"]["other_languages"]:
            terms[fold_term(term)].append(("other_language",))
        for term in lexicon["off_topic"]["terms"]:
            terms[fold_term(term)].append(("off_topic",))
        for key, words in lexicon["kind"].items():
            # "policy_legislature" adds to "policy": a kind's terms may be kept in several lists.
            kind = key.split("_", 1)[0]
            for term in words:
                terms[fold_term(term)].append(("kind", kind))
        for topic, words in lexicon["topic"].items():
            if topic not in TOPICS:
                raise ValueError(f"lexicon topic {topic!r} is not in the taxonomy {TOPICS}")
            for term in words:
                terms[fold_term(term)].append(("topic", topic))
        # 日本語 is the language, not also the place 日本: Japanese as one language of several is no Japan evidence.
        opaque = [*neutral, *ambiguous, *(fold_term(term) for term in lexicon["japan"]["language"])]
        self.matcher: TermMatcher[tuple] = TermMatcher(terms, opaque=opaque)
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
        self.foreign_marks = ForeignMarks.from_lexicon(lexicon["japan"])
        self.japanese_hosts = frozenset(lexicon["japan"]["hosts"])
        self._host_spellings = {
            organisation.name: host_spellings(organisation) for organisation in watchlist.organisations
        }

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
    ) -> Labels:
        """The labels of one item (see the README for every field).

        ``issuers`` are the names a source gives for who published the item
        (PR TIMES' company field); with the URL's site they say whose own
        announcement it is.
        """
        address = urlsplit(url) if url else None
        # A fully qualified host ("www.jetro.go.jp.") is the same site as without its root dot.
        host = (address.hostname or "").lower().rstrip(".") if address else ""
        title_n = normalise(self._without_publisher(title, host))
        text_n = normalise(_PLACEHOLDERS.sub(" ", text or "")) if text else ""
        document = f"{title_n}。{text_n}" if text_n else title_n
        folded = fold(document)
        title_length = len(title_n)
        reasons: list[str] = []

        evidence, organisation_hits, model_hits, title_models = self._matches(folded, title_length)
        labels = site_labels(host, address.path) if address else frozenset()
        issuer, named_issuer = self._issuers(host, issuers)

        genai = lexical = lexical_genai(evidence, reasons, folded, title_length)
        if lexical < RELEVANT_GENAI:
            genai = lexical = lexical + drafted_text(folded, title_length, reasons)
        if lexical < RELEVANT_GENAI:
            genai = lexical = lexical + ai_inventor(folded, title_length, reasons)
        models = found_models(self.watchlist, model_hits, lexical)
        label = HEADLINE_LABEL.match(folded)
        organisations = found_organisations(
            self.watchlist, organisation_hits, lexical, folded, label.end() if label else 0
        )
        if issuer is None and host:
            issuer = named_by_host(labels, [organisation for organisation, _ in organisations], self._host_spellings)
        owner = site_owner(labels, title_n) if issuer is None else None
        if owner is None and issuer is None and labels and text_n:
            # The body opening with the site's owner as its subject ("BEMACとグループ会社のYは…" on bemac-jp.com).
            subject = lead_subject(text_n)
            owner = (
                site_owner(labels, subject) or katakana_host_owner(subject, labels) or chamber_host_owner(subject, host)
            )
        if owner is None and issuer is None and host and text_n:
            # A short capital name opening the body's subject that the host names ("ROXは…" on rox-jp.com).
            owner = acronym_host_owner(lead_subject(text_n), host)
        if owner is not None and self.watchlist.resolve(owner) is not None:
            issuer, owner = self.watchlist.resolve(owner), None  # a known name the matcher leaves alone ("Meta")
        for model in models:
            genai += 2.0 if model.generative and model.japanese else 1.0 if model.generative else 0.0
            reasons.append(f"model:{model.name}" + ("" if model.generative else " (not generative)"))
        generative_players = [organisation for organisation, _ in organisations if organisation.generative]
        if generative_players:
            genai += 1.0
            reasons.append(f"genai-organisation:{generative_players[0].name}")

        named_in_context: list[Organisation] = []
        detected = detect_names(
            document,
            self.watchlist.resolve,
            self.watchlist_model_alias,
            title_length + 1,
            named_in_context,
            self.listed_companies,
        )
        already = {organisation.name for organisation, _ in organisations}
        organisations += [(each, len(document)) for each in dict.fromkeys(named_in_context) if each.name not in already]
        shapes = generative_model_shapes(detected, document)
        if shapes and not any(model.generative for model in models):
            genai += 1.0
            reasons.append(f"genai-model-name:{shapes[0]}")
        japan, japan_reasons = japan_evidence(
            evidence,
            organisations,
            models,
            issuer,
            folded,
            title_length,
            self.foreign_marks,
            host,
            self.watchlist.resolve,
        )
        bodies = japanese_bodies(detected)
        if bodies:
            japan += 1.0
            japan_reasons.append(f"japan:local government {bodies[0]}")
        else:
            foreign_headline = bool(detected["organisations"]) and self.foreign_marks.foreign_company_headline(
                organisations, folded, title_length
            )
            foreign_lead = self.foreign_marks.lead_abroad(folded, title_length) is not None
            unknown = japanese_detected(
                detected, document, self.foreign_marks, self.watchlist.resolve, host, foreign_headline, foreign_lead
            )
            if unknown:
                japan += 1.0
                japan_reasons.append(f"japan:organisation written in Japanese {unknown[0]}")
        outlet = self.japanese_sources.get(source)
        if outlet is not None and not (issuer is not None and issuer.japanese):
            japan += 1.0
            japan_reasons.append(f"japan-source:{source} ({outlet})")
        elif (
            outlet is None and japanese_host(host, self.japanese_hosts) and not (issuer is not None and issuer.japanese)
        ):
            if (lead := self.foreign_marks.lead_abroad(folded, title_length)) is not None:
                # A Japanese site's digest of another country's affairs ("英国の…省は…" on a .go.jp site).
                japan_reasons.append(f"japan:site {host} reports on {lead}, the subject of the first sentence")
            else:
                japan += 1.0
                japan_reasons.append(f"japan-source:{host}")
        elif address is not None and japan_section(address.path):
            japan += 1.0
            japan_reasons.append(f"japan-source:{host}'s section for Japan")
        elif (
            outlet is None
            and not (issuer is not None and issuer.japanese)
            and japan < RELEVANT_JAPAN
            and own_japanese_site(host, folded, title_length)
            and self.foreign_marks.lead_abroad(folded, title_length) is None
        ):
            japan += 1.0
            japan_reasons.append(f"japan-source:{host}, a company's own site in its own voice (当社)")
        reasons.extend(japan_reasons)

        blocked = off_topic(evidence, models, generative_players, title_length, organisations)
        if blocked is not None:
            # A headline naming an AI by another technology whose body opens on what the AI writes: the item is
            # about generative AI ("窓口に音声認識AI導入" whose lead says the AI generates the answers).
            writing = writing_in_lead(folded, title_length, reasons)
            if writing is not None:
                reasons.append(
                    f"genai:AI writing in the body's first sentence ({writing}), under a headline about {blocked}"
                )
                blocked = None
        relevant, score = _relevance(genai, japan, blocked, reasons)

        named = {organisation.name for organisation, _ in organisations}
        organisation_hit_spans = [
            OrganisationHit(self.watchlist.organisations[index], hit.start, hit.end)
            for hit, index, _ in organisation_hits
            if self.watchlist.organisations[index].name in named
        ]
        item_kind, funding = decide_kind(
            self.funding_rules,
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
            site_owner=owner,
            path=address.path if address else "",
            model_headline=model_name_headline(folded[:title_length], title_models),
        )
        named_issuer = named_issuer or owner
        if funding is not None and funding["company"] is None and named_issuer:
            funding["company"] = named_issuer
        topics = decide_topics(evidence, item_kind, models, funding, reasons)
        organisation_roles = roles(organisations, issuer, funding, named_issuer)
        return Labels(
            relevant=relevant,
            score=score,
            kind=item_kind,
            topics=topics,
            partnership=partnership_sides(topics, organisation_roles),
            organisations=organisation_roles,
            models=[model.name for model in models],
            funding=funding,
            reasons=list(dict.fromkeys(reasons)),
            detected=detected,
        )

    def _matches(
        self, folded: str, title_length: int
    ) -> tuple[dict[tuple, Evidence], list[tuple[Hit, int, bool]], list[tuple[int, bool]], list[tuple[int, int]]]:
        """Every lexicon term, organisation and model name in the text: evidence by kind, the name hits, and where
        the headline names models."""
        evidence: dict[tuple, Evidence] = defaultdict(Evidence)
        organisation_hits: list[tuple[Hit, int, bool]] = []
        model_hits: list[tuple[int, bool]] = []
        title_models: list[tuple[int, int]] = []
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
                    if in_title:
                        title_models.append((hit.start, hit.end))
                    evidence[("model_title" if in_title else "model_text",)].add(str(payload[1]), True)
                else:
                    evidence[payload].add(hit.term, in_title)
        return evidence, organisation_hits, model_hits, title_models

    def _issuers(self, host: str, issuers: Sequence[str]) -> tuple[Organisation | None, str | None]:
        """Who published the item: a watched organisation (by its site or the feed's issuer) and a name the
        feed gives that the watch list does not know."""
        issuer = self.watchlist.issuer_of(host) if host else None
        named_issuer = None
        for name in issuers:
            known = self.watchlist.resolve(name)
            if known is not None:
                issuer = issuer or known
            elif name.strip():
                named_issuer = named_issuer or COMPANY_FORMS.sub("", normalise(name)).strip(" ,、・")
        return issuer, named_issuer

    def _without_publisher(self, title: str, host: str) -> str:
        """The headline without the publisher that an aggregator appends ("… - ITmedia AI+"): the outlet that
        reports a story is no evidence about it."""
        suffix = _PUBLISHER_SUFFIX.search(title) if title and " " in title else None
        if suffix is None or suffix.start() == 0:
            return title
        if host.endswith(AGGREGATOR_HOSTS) or self.watchlist.resolve(suffix["publisher"]) is not None:
            return title[: suffix.start()]
        return title

    def watchlist_model_alias(self, name: str) -> str | None:
        """The canonical model family a written name belongs to, if the watch list knows it.

        ``Sarashina2-7B`` -> Sarashina.
        """
        return self._model_by_alias.get(bare_name(name)) or self._model_by_alias.get(bare_name(family_of(name)))


def japanese_sources(registry_path: Path, watchlist: Watchlist) -> dict[str, str]:
    """The registry's sources whose organisation or publisher is a Japanese organisation of the watch list."""
    if not registry_path.is_file():
        return {}
    found = {}
    for source in load_sources_file(registry_path).source:
        # An outlet's own organisation may be written loosely ("AIST AIRC"); a publisher must be named as it is
        # (a news site reporting on others is no Japan evidence unless the watch list holds it as Japanese).
        for written, resolve in ((source.organisation, _resolve_loosely), (source.publisher, _resolve_exactly)):
            known = resolve(watchlist, written)
            if known is not None and known.japanese:
                found[source.name] = known.name
                break
    return found


def _resolve_exactly(watchlist: Watchlist, name: str) -> Organisation | None:
    return watchlist.resolve(name) if name else None


def _resolve_loosely(watchlist: Watchlist, name: str) -> Organisation | None:
    """A registry's name for an organisation, as written or by its parts: "LLM-jp (NII)" is LLM-jp,
    "AIST AIRC" (a centre of AIST) is AIST."""
    outside = re.sub(r"\s*[(（][^)）]*[)）]\s*", " ", name).strip()
    inside = re.findall(r"[(（]([^)）]+)[)）]", name)
    words = outside.split()
    candidates = [name, outside, *inside, *(" ".join(words[:count]) for count in range(len(words) - 1, 0, -1))]
    for candidate in candidates:
        known = watchlist.resolve(candidate) if candidate else None
        if known is not None:
            return known
    return None


def load_classifier(data_dir: str | Path, sources_file: str | Path | None = None) -> Classifier:
    """A classifier built from ``watchlist.toml``, ``lexicon.toml``, ``currency_rates.toml`` and, when it is there,
    ``listed_companies.toml`` in ``data_dir``.

    The source registry (``sources_file``, default ``<data_dir>/sources.toml``) says which sources are
    Japanese outlets.
    """
    data_dir = Path(data_dir)
    watchlist = load_watchlist(data_dir / "watchlist.toml")
    lexicon = load_lexicon(data_dir / "lexicon.toml").as_tables()
    rates = load_currency_rates(data_dir / "currency_rates.toml")
    registry = Path(sources_file) if sources_file else data_dir / "sources.toml"
    listed_file = data_dir / LISTED_FILE
    listed = ListedCompanies(load_listed_companies(listed_file)) if listed_file.exists() else None
    return Classifier(watchlist, lexicon, rates.yen_per_unit, japanese_sources(registry, watchlist), listed)


def _relevance(genai: float, japan: float, blocked: str | None, reasons: list[str]) -> tuple[bool, float]:
    """Relevant when both kinds of evidence reach their floor and nothing marks the item off topic; the score
    is half generative-AI evidence, half Japan evidence (each capped at 2), halved when off topic."""
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
    return relevant, score
