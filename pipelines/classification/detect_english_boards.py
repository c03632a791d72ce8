"""English names of boards and hospitals by their ending: a board that says whose or what it is, a hospital named
after its founder or its town.

    Public Sector Pension Investment Board / Generative AI Procurement Advisory Board / Masayuki-kai Hospital
    Kyoto University Hospital / Kestrel General Hospital

A name of up to five capitalised words before the ending, read in the body only, without its owner's possessive
("the Digital Agency's X Board" is "X Board"). What says only what kind of board or hospital it is makes no name:
"Editorial Board", "Scientific Advisory Board", "Independent Oversight Board", "University Hospital", "General
Hospital". Found by a plain search for the ending.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = r"[A-Z][A-Za-z0-9&'’\-]*"
_ENDING = re.compile(r" (?P<ending>Board|Hospital)(?![A-Za-z0-9\-]| [A-Z]| of\b| for\b)")
_NAME = re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>(?:{_WORD} ){{1,5}})$")
# Words that say what kind of board or hospital it is, or describe it, not whose or which it is.
_KINDS = frozenset(
    """Editorial Advisory Supervisory Review Ethics Executive Governing Management Scientific Steering Oversight Audit
    School Circuit Mother Dash Key Bulletin Message Skate Surf Snow Chess Game Diving Draft Drawing Head Card Black
    White Cutting Bread Ironing Sounding Notice Planning Control Parole Examination Exam Licensing Admissions Leader
    Medical Dental Nursing Expert Technical Strategy Policy Coordinating Consultative Operating Foundation Founding
    General Children's Children Private Public University Teaching Field Mental Veterinary Animal Psychiatric Community
    Regional Local District City Military Base Day Cottage Maternity Women's Cancer Eye Rehabilitation Emergency
    Central National International Independent Global Joint Special Senior Federal State New Interim Main Big Large
    Small Top Whole Full Entire AI Data Digital Research Clinical Academic Prefectural Municipal Red Cross The A An
    In At On By For With From As And Its This That Our Their Each Every One Two Three""".split()
)
# A field alone before "Board" says what a board oversees, not which one ("the Health Board said").
_FIELDS = frozenset(
    """Health Education Water Gaming Tourism Film Trade Tax Transport Housing Energy Safety Labour Labor Land Police
    Fire Pension Loan Loans School Schools Library Election Elections Civil Service Zoning Parks""".split()
)
_OPENERS = frozenset("The A An In At On By For With From As And Its This That Our Their".split())


def boards_and_hospitals(body: str) -> Iterator[str]:
    """The boards and hospitals ``body`` names by their ending."""
    if " Board" not in body and " Hospital" not in body:
        return
    for found in _ENDING.finditer(body):
        match = _NAME.search(body, max(0, found.start() - 80), found.start() + 1)
        if match is None:
            continue
        stem = match.group("name").split()
        owned = [index for index, word in enumerate(stem) if word.endswith(("'s", "’s"))]
        if owned:
            stem = stem[owned[-1] + 1 :]  # "the Digital Agency's X Board": the board, not its owner's possessive
        while stem and stem[0] in _OPENERS:
            stem = stem[1:]
        if stem and not set(stem) <= _KINDS and not (len(stem) == 1 and stem[0] in _FIELDS):
            yield " ".join([*stem, found.group("ending")])
