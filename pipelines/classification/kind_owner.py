"""A site's owner named by the body's opening subject, for an item's kind: "Cloudpick Japanが自社ブログで…" on
jpblog.cloudpick.com, "Copyright Agency reported …" on copyright.com.au, "The Nippon Foundation's survey …" on
nippon-foundation.or.jp. The host spells the first words of the name that opens the lead: the organisation telling of
its own work on its own site. And a group company's own site, whose host opens with the Latin name of a known
organisation that opens the headline or the body (東芝テック on toshibatec.co.jp)."""

from __future__ import annotations

import re

from config.watchlist import Organisation
from pipelines.classification.headline import lead_subject

# Host labels that spell no one's name.
_GENERIC_LABELS = frozenset(
    "www jp en co com ne or ac go ed lg net org info news press pr blog tech corp global group ir note japan media"
    " online digital web site home official".split()
)
# A Latin name as the body's subject writes it: capitalised words ("Cloudpick Japan", "Pacific Bridge Media").
_OPENING_NAME = re.compile(r"(?:The )?(?P<name>[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*)")
_NAME_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_NOT_HOST = re.compile(r"[^a-z0-9]")
# How short a spelled prefix may be: "cloudpick", "copyright"; not "ai" or "tokyo".
_MINIMUM = 6
# How short a known organisation's Latin name may be to open a group company's host: "toshiba", "dentsu"; not "nec".
_NAMESAKE_MINIMUM = 5


def host_labels(host: str) -> frozenset[str]:
    """The host's labels, each whole without its hyphens and in its hyphenated parts, generic ones left out."""
    labels = set()
    for label in host.lower().split("."):
        labels.add(_NOT_HOST.sub("", label))
        labels.update(label.split("-"))
    return frozenset(label for label in labels if len(label) >= _MINIMUM and label not in _GENERIC_LABELS)


def lead_owner(host: str, document: str, title_length: int) -> str | None:
    """The Latin name opening the body's first sentence as its subject whose first words the host spells (the whole
    name, or its first word or words before a word of what it is: "Cloudpick" of "Cloudpick Japan", "Pacific
    Bridge" of "Pacific Bridge Media"); None when the host spells no such name."""
    labels = host_labels(host)
    if not labels:
        return None
    name = _OPENING_NAME.match(lead_subject(document[title_length + 1 : title_length + 160]))
    if name is None:
        return None
    words = _NAME_WORDS.findall(name.group("name"))
    for end in range(len(words), 0, -1):
        spelled = "".join(words[:end]).lower()
        if len(spelled) >= _MINIMUM and spelled in labels:
            return " ".join(words)
    return None


def namesake_owner(
    host: str, organisations: list[tuple[Organisation, int]], title_length: int, label_end: int = 0
) -> str | None:
    """A group company's own site: a watch-list organisation opening the headline or the body (東芝テック on
    toshibatec.co.jp, 電通総研 on tech.dentsusoken.com) whose Latin name opens a label of the host, the group
    company's name in its own spelling. The host's label names the owner; None when no such organisation opens."""
    labels = host_labels(host)
    if not labels:
        return None
    for organisation, start in organisations:
        if start not in (label_end, title_length + 1) or organisation.sector in ("ministry", "national_lab"):
            continue
        for name in (organisation.name, *organisation.aliases):
            spelled = _NOT_HOST.sub("", name.lower())
            if len(spelled) < _NAMESAKE_MINIMUM or not name.isascii():
                continue
            for label in labels:
                if label.startswith(spelled):
                    return f"{label}, a company of {organisation.name}'s name"
    return None
