"""Institutions whose names begin in hiragana, by their ending: ひばり総合研究所, つくし銀行, あおば信用金庫.

A kanji ending after a run of hiragana is ambiguous in running text ("…の研究所", "ことを銀行が"), so the run must
open a clause (the start of the text, after 、。「 or a space, or after と that follows another such name),
must not end in a particle, and the name must stand
as a subject or an item of a list (followed by は, が, 、, と, も, の).
"""

from __future__ import annotations

import re

# A pharmacy and a company group too ("ふたば薬局", "そーせいグループ"); a hiragana name may hold a long-vowel mark.
_ENDINGS = "総合研究所|研究所|信用金庫|信用組合|銀行|証券|生命|病院|大学|財団|協会|薬局|グループ"
_NEEDS = re.compile(_ENDINGS)
# The run may also follow the place it is in ("新潟県のふたば薬局は"). Not a kind of body (かかりつけ薬局, こども病院),
# nor a description (おおきなグループ, さまざまな, あたらしい, わたしたち: a run of four or more ending in な).
_HIRAGANA_INSTITUTION = re.compile(
    r"(?:^|(?<=[、。「『(\s])|(?<=[所庫合行券命院学団会]と)|(?<=[都道府県市町村区]の))"
    r"(?!また|まず|ただ|なお|これ|それ|あの|その|この|どの|および|ならびに|または|もしくは|かかりつけ|こども)"
    rf"(?![\u3041-\u3096ー]{{3,6}}な(?:{_ENDINGS}))"
    rf"(?P<name>[\u3041-\u3096][\u3041-\u3096ー]{{1,6}}(?<![にではがをともてのへや])(?<!しい)(?<!たち)(?:{_ENDINGS}))(?=は|が|、|と|も|の|\s|$)"
)


def hiragana_institutions(text: str) -> list[str]:
    """Names of institutions that begin in hiragana and end in a word for what they are."""
    if not _NEEDS.search(text):
        return []
    return [match.group("name") for match in _HIRAGANA_INSTITUTION.finditer(text)]
