"""Read a public catalogue of Japanese LLMs and turn it into watch-list entries.

The catalogue is the community-maintained Markdown list of the
llm-jp "awesome-japanese-llm" project (its Japanese README, its English
README, or both): sections of Markdown tables whose first column names a
model (with a link) and whose "Developer" / "開発元" column names who built
it, with Hugging Face links in the cells. The same table rows in the
Japanese and the English files give one organisation's Japanese and English
names. Pure functions and data: no network, no files written here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from common.folding import bare_name

DEVELOPER_COLUMNS = ("開発元", "開発者", "developer", "développeur")
# Sections whose models generate text, images, video or speech (headings in either language).
GENERATIVE_SECTIONS = re.compile(
    r"テキスト生成|text generation|génération de texte|画像生成|image generation|動画生成|video generation"
    r"|音声合成|speech synthesis|tts|音声基盤モデル・音声対話|dialogue|画像\+テキストからのテキスト生成",
    re.IGNORECASE,
)
# Sections that list no models of their own: benchmarks, papers, contributors.
NO_MODEL_SECTIONS = re.compile(
    r"ベンチマーク|benchmark|論文|papers|contribut|コントリビュータ|引用|citation", re.IGNORECASE
)
_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_HUB_LINK = re.compile(
    r"huggingface\.co/(?!(?:datasets|collections|spaces|blog|papers|docs|organizations)/)([A-Za-z0-9][A-Za-z0-9_.-]*)/"
)
_HTML = re.compile(r"<[^>]+>")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]")
_INDIVIDUAL = re.compile(r"^(?:個人|individual|particulier|individuel)\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:,|、|，|;)\s*")
# Tokens of a model name that say which size, version or variant it is, not which family.
_VARIANT = re.compile(
    r"^(?:v?\d[\d.]*[a-z]?|\d+(?:\.\d+)?[bmk]|\d+[x×]\d+(?:\.\d+)?[bm]?|[a-z]?\d+[bm](?:-a\d+b)?|instruct\w*|chat|base|beta\d*|alpha\d*"
    r"|pretrained|preview|experimental|mini|small|medium|large|xl|hf|gguf|awq|gptq|sft|dpo|rl|it|nve|vl|moe"
    r"|thinking|reasoning|r\d*|op|ac|日本語版)$",
    re.IGNORECASE,
)
# Open model families others build on: "Llama 3 Swallow" belongs to Swallow, not to Llama.
BASE_FAMILIES = frozenset(
    "llama llama2 llama3 qwen qwen2 qwen2.5 qwen3 qwq mistral mixtral gemma gemma2 gemma3"
    " gpt gpt2 gpt-2 gpt-neox gpt-oss phi phi-3 phi-3.5"
    " deepseek deepseek-r1 t5 bart bert roberta deberta deberta-v2 deberta-v3 electra luke modernbert clip siglip"
    " stable diffusion sdxl whisper wav2vec hubert moshi vila llava nvila retnet mamba falcon".split()
)


@dataclass
class CatalogueRow:
    section: str
    model: str
    url: str
    developers: list[str]
    hub: list[str]
    generative: bool


# Hosts where many organisations publish: an announcement there says nothing about whose site it is.
SHARED_HOSTS = re.compile(
    r"(^|\.)(huggingface\.co|github\.com|github\.io|gitlab\.[a-z.]+|note\.com|zenn\.dev|qiita\.com|medium\.com|hatenablog\.com"
    r"|hatenablog\.jp|prtimes\.jp|arxiv\.org|aclanthology\.org|openreview\.net|anlp\.jp|jxiv\.jst\.go\.jp|google\.com"
    r"|amazon\.com|speakerdeck\.com|x\.com|twitter\.com|youtube\.com|docs\.google\.com|substack\.com|notion\.site)$"
)


@dataclass
class CatalogueOrganisation:
    name: str
    name_ja: str = ""
    hub: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    families: list[str] = field(default_factory=list)
    generative: bool = False


@dataclass
class CatalogueFamily:
    name: str
    organisation: str
    example: str
    hub: list[str] = field(default_factory=list)
    generative: bool = True


@dataclass
class Catalogue:
    organisations: dict[str, CatalogueOrganisation]
    families: dict[str, CatalogueFamily]

    @property
    def organisation_count(self) -> int:
        return len(self.organisations)


def parse_rows(markdown: str) -> list[CatalogueRow]:
    """Every model row of the catalogue's tables, in order."""
    rows: list[CatalogueRow] = []
    headings: list[str] = []
    header: list[str] | None = None
    for line in markdown.splitlines():
        heading = re.match(r"^(#+)\s+(.*)", line)
        if heading:
            level = len(heading.group(1))
            headings = headings[: level - 1] + [heading.group(2).strip()]
            header = None
            continue
        if not line.startswith("|"):
            if not line.strip():
                header = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = [_plain(cell).lower() for cell in cells]
            continue
        if set(line) <= set("|:- \t"):
            continue
        section = " / ".join(headings)
        if NO_MODEL_SECTIONS.search(section):
            continue
        column = next((index for index, name in enumerate(header) if name in DEVELOPER_COLUMNS), None)
        first = _LINK.match(cells[0]) if cells else None
        if column is None or column >= len(cells) or not first:
            continue
        rows.append(
            CatalogueRow(
                section=section,
                model=_plain(first.group(1)),
                url=first.group(2),
                developers=split_developers(cells[column]),
                hub=list(dict.fromkeys(_HUB_LINK.findall(line))),
                generative=bool(GENERATIVE_SECTIONS.search(section)),
            )
        )
    return rows


def split_developers(cell: str) -> list[str]:
    """The organisations of a developer cell, without individuals, links or the parent in brackets."""
    names = []
    text = _LINK.sub(lambda match: match.group(1), _HTML.sub(" ", _FOOTNOTE.sub("", cell)))
    # "Preferred Elements (Preferred Networks)", "Megagon Labs (Recruit Co.,Ltd.)": the developer is
    # outside the brackets.
    text = re.sub(r"[(（][^)）]*[)）]", " ", text).replace("Co.,Ltd", "Co. Ltd")
    for piece in _SEPARATORS.split(text):
        piece = re.sub(r"\s+", " ", piece).strip()
        if not piece or _INDIVIDUAL.match(piece) or piece.startswith(("(", "（")):
            continue
        if (
            len(piece) > 60 or not bare_name(piece) or re.fullmatch(r"(?i)limited|ltd\.?|inc\.?|corp\.?", piece)
        ):  # a sentence (a programme's description) or a bare company form
            continue
        names.append(piece)
    return names


@functools.lru_cache(maxsize=8192)
def family_of(model: str) -> str:
    """The model family a catalogue name belongs to: ``Llama 3.3 Swallow 70B`` -> ``Swallow``,
    ``Sarashina2-8x70B`` -> ``Sarashina``.

    Kept for the names read before: the classifier asks it of every name it detects, and news names the same
    models again and again."""
    name = re.sub(r"[(（][^)）]*[)）]", " ", _plain(model)).rsplit("/", 1)[-1]
    own: list[str] = []
    base: list[str] = []
    for token in (token for token in re.split(r"[\s_/]+", name) if token):
        kept: list[str] = []
        ended = False
        for piece in (piece for piece in token.split("-") if piece):
            if _VARIANT.match(piece):
                if kept or own:
                    ended = True
                    break
                continue
            kept.append(piece)
        if kept and all(
            piece.lower().rstrip("0123456789.") in BASE_FAMILIES or piece.lower() in BASE_FAMILIES for piece in kept
        ):
            base.append("-".join(kept))
        elif kept:
            own.append("-".join(kept))
        if ended and own:
            break
    family = " ".join(own) or (base[0] if base else name)
    return re.sub(r"(?<=[A-Za-z])\d+(?:\.\d+)*$", "", family) or family


def build_catalogue(japanese: Iterable[CatalogueRow], english: Iterable[CatalogueRow] = ()) -> Catalogue:
    """Organisations and model families of the catalogue; rows of the two languages are paired by position."""
    japanese, english = list(japanese), list(english)
    agreeing = sum(
        a.url == b.url or a.model == b.model or bool(a.hub and a.hub == b.hub)
        for a, b in zip(japanese, english, strict=False)
    )
    paired = len(japanese) == len(english) and agreeing >= 0.8 * len(japanese)
    rows = (
        list(zip(japanese, english, strict=False))
        if paired
        else [(row, None) for row in japanese] + [(None, row) for row in english]
    )
    organisations: dict[str, CatalogueOrganisation] = {}
    families: dict[str, CatalogueFamily] = {}
    for ja_row, en_row in rows:
        row = en_row or ja_row
        assert row is not None  # a pair holds a row of one language at least
        same_row = (
            ja_row is not None
            and en_row is not None
            and (ja_row.url == en_row.url or bool(ja_row.hub and ja_row.hub == en_row.hub))
        )
        ja_names = ja_row.developers if ja_row and (same_row or en_row is None) else []
        en_names = en_row.developers if en_row else []
        if ja_names and en_names and len(ja_names) != len(en_names):
            ja_names = []
        names = en_names or ja_names
        for index, name in enumerate(names):
            name_ja = ja_names[index] if index < len(ja_names) else ""
            key = bare_name(name)
            entry = organisations.get(key) or organisations.setdefault(key, CatalogueOrganisation(name=name))
            if name_ja and not entry.name_ja and name_ja != name:
                entry.name_ja = name_ja
            entry.generative = entry.generative or row.generative
            for handle in row.hub if len(names) == 1 else []:
                if handle not in entry.hub:
                    entry.hub.append(handle)
            host = (urlsplit(row.url).hostname or "").lower().removeprefix("www.")
            if len(names) == 1 and host and not SHARED_HOSTS.search(host) and host not in entry.domains:
                entry.domains.append(host)
        family = family_of(row.model)
        if not family or not names:
            continue
        key = bare_name(family)
        existing = families.get(key)
        if existing is None:
            families[key] = CatalogueFamily(family, names[0], row.model, list(row.hub[:3]), row.generative)
        else:
            existing.generative = existing.generative or row.generative
        owner = organisations[bare_name(names[0])]
        if family not in owner.families:
            owner.families.append(family)
    # A host that several organisations announce on is nobody's own site.
    owners: dict[str, int] = {}
    for entry in organisations.values():
        for host in entry.domains:
            owners[host] = owners.get(host, 0) + 1
    for entry in organisations.values():
        entry.domains = [host for host in entry.domains if owners[host] == 1]
    return Catalogue(organisations, families)


def _plain(text: str) -> str:
    text = _LINK.sub(lambda match: match.group(1), _HTML.sub(" ", _FOOTNOTE.sub("", text)))
    text = text.replace("**", "").replace("&#x2011;", "-")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
