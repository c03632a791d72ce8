"""English names of bodies by an ending ``detect`` does not read: a city's government, a studio or a production
company, an academy, a center, and a bank named with its town; prefectures listed in text about prefectures; and
what a sentence says a body is called ('a group called "X"', "a survey by X").

    Pohang City / Busan Metropolitan City / WIT Studio / Aoni Production / National Police Academy
    Japan Fact-check Center / Tanegashima Space Center / US Commerce Department
    Shonai Bank of Tsuruoka -> Shonai Bank

Read in the body only (a headline in title case would read as one long name). A word before the ending that says
what kind of city, studio or production it is ("Smart City", "Visual Studio", "Mass Production") makes no name, nor
does a known company's or model's name ("Google AI Studio": a product). These names are in Latin letters: no
Japan evidence by themselves, whichever country the city is in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipelines.classification.detect_characters import NATIONALITY

_WORD = r"[A-Z][A-Za-z0-9&'’\-]*(?:\.[A-Za-z0-9]+)*"
_ENDINGS = r"Metropolitan City|City|Studios?|Productions?|Academy|Center|Centre|Department"
_ENDING = re.compile(rf" (?:{_ENDINGS})(?![A-Za-z0-9\-]| [A-Z]| of\b| for\b)")
_NAME = re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>(?:{_WORD} ){{1,3}}(?P<ending>{_ENDINGS}))$")
# Words before the ending that say what kind it is, not which one.
_KIND = {
    "City": frozenset(
        """Smart Safe Inner Sister Host Capital Global Model Future Digital Garden Forbidden Twin Big Free Holy Eternal
        Mega Super Compact Creative Resilient Sustainable Learning Ghost Boom Company Port Walled New Old Home Each
        Every This That Which The Our Your Their Its One Any Silicon Tech Startup Science Research""".split()
    ),
    "Studio": frozenset(
        """AI Visual Android LM Copilot Code Creative Design Photo Recording Sound Music Film Movie Video Audio Art
        Dance Yoga Fitness Web Game Developer Power Data Cloud Home Open Free Pro Prompt Agent Model Voice Speech Vertex
        Azure Foundry Prompts Bot Chat Content Creator Broadcast Radio TV Television Podcast Virtual Mobile My The
        This That Our Your Their Its Each Every New Own Independent Indie Small Big Major""".split()
    ),
    "Production": frozenset(
        """Mass Food Video Content Music Film Movie Energy Hydrogen Oil Gas Power Electricity Industrial Agricultural
        Crop Meat Milk Egg Steel Chip Chips Semiconductor Battery Vehicle Car Auto Manufacturing Knowledge Multiparticle
        Particle Pair Photon Hadron Jet Protein Antibody Cell Virtual Digital Lean Large-Scale Small-Scale Commercial
        Domestic Global Total Annual Daily Animation Anime TV Television Media Audio Speech Text Image Data Software
        Code Theatre Theater Stage Live Post Pre Joint Co Local Own Independent In-House The This That Our Their Its
        New Full Initial Pilot Trial Serial Volume""".split()
    ),
    "Academy": frozenset(
        """AI Data Online Digital Summer Winter Coding Code Tech Startup Business Cloud Google Microsoft Amazon Partner
        Developer Learning The This That Our Their Its New""".split()
    ),
}
_OPENERS = frozenset("The A An In At On By For With From As And Its".split())
_KIND["Center"] = frozenset(
    """Development Research Data Call Service Services Support Contact Distribution Fulfillment Shopping Community
    Fitness Convention Exhibition Visitor Visitors Control Operations Innovation Test Testing Training Learning Methods
    Fixed Mass Dead Command Information Help Customer Processing Logistics Recycling Health Care Day Design Media Art
    Arts Cultural Culture Sports Student Career Resource Resources Security Network Computing Computer Cloud AI
    Excellence Competence Technology Science""".split()
)
_KIND["Centre"] = _KIND["Center"]
_KIND["Department"] = frozenset()
# A department is a government's only by its portfolio ("US Commerce Department", "Metropolitan Police Department";
# not "IT Department" or a university's "Physics Department").
_PORTFOLIOS = frozenset(
    """Commerce State Justice Defense Defence Treasury Energy Labor Labour Education Interior Transportation
    Agriculture Health Police Fire Security""".split()
)
_KIND["Studios"] = _KIND["Studio"]
_KIND["Productions"] = _KIND["Production"]
_KIND["Metropolitan City"] = frozenset()
# "Shonai Bank of Tsuruoka in Yamagata": a bank named with its town, written before a place or a clause.
_BANK_OF = re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD} Bank) of {_WORD}(?= in |, | and |\.|;)")
# Words before "Bank of" that begin a longer name ("Royal Bank of Canada", "Development Bank of Japan").
_BANK_KIND = frozenset(
    """Royal National Development World Asian African European Central Reserve Export-Import Investment International
    Industrial Commercial Agricultural Savings Cooperative People's State Federal First Merchant Islamic Standard
    Commonwealth Union Overseas Trust Land Mortgage Postal Japan China Korea India America The Construction
    Agriculture Communications Infrastructure Policy Import Export Shinkin Regional Local Citizens Farmers""".split()
)


def english_endings(body: str, known: Callable[[str], object], known_model: Callable[[str], object]) -> Iterator[str]:
    """The names these endings mark in ``body``."""
    for found in _ENDING.finditer(body):
        match = _NAME.search(body, max(0, found.start() - 60), found.end())
        if match is None:
            continue
        ending = match.group("ending")
        stem = match.group("name").split(" ")[: -len(ending.split(" "))]
        if body.endswith((" of ", " for "), 0, match.start()) or (
            body.endswith((" and ", " & "), 0, match.start()) and stem[0] in _KIND[ending]
        ):
            continue  # "Research and Development Center": the end of a longer name ("X and Incheon City" is a list)
        owned = [index for index, word in enumerate(stem) if word.endswith(("'s", "’s"))]
        if owned:
            stem = stem[owned[-1] + 1 :]  # "Japan's Tanegashima Space Center": the center, not its owner's possessive
        while stem and stem[0] in _OPENERS:
            stem = stem[1:]
        if not stem or stem[-1] in _KIND[ending] or (ending == "Department" and stem[-1] not in _PORTFOLIOS):
            continue
        # "Google AI Studio", "Gemini Studio": a known company's or model's product (a city may bear a company's name).
        if not ending.endswith("City") and any(known(word) is not None or known_model(word) for word in stem):
            continue
        yield " ".join([*stem, ending])
    if " Bank of " in body:
        for match in _BANK_OF.finditer(body):
            if match.group("name").split(" ")[0] not in _BANK_KIND:
                yield match.group("name")


# Japan's 47 prefectures by their English names (Tokyo, Osaka, Kyoto and Hokkaido included).
_PREFECTURES = (
    "Hokkaido Aomori Iwate Miyagi Akita Yamagata Fukushima Ibaraki Tochigi Gunma Saitama Chiba Tokyo Kanagawa Niigata"
    " Toyama Ishikawa Fukui Yamanashi Nagano Gifu Shizuoka Aichi Mie Shiga Kyoto Osaka Hyogo Nara Wakayama Tottori"
    " Shimane Okayama Hiroshima Yamaguchi Tokushima Kagawa Ehime Kochi Fukuoka Saga Nagasaki Kumamoto Oita Miyazaki"
    " Kagoshima Okinawa"
).split()
_PREFECTURE = "|".join(_PREFECTURES)
# "Fukushima, Ibaraki, Gunma and Niigata": three prefectures or more in a list, or two before "prefectures".
_PREFECTURE_LIST = re.compile(
    rf"(?<![A-Za-z0-9&.\-])(?P<items>(?:(?:{_PREFECTURE}), ){{2,}}(?:{_PREFECTURE}),? and (?:{_PREFECTURE})"
    rf"|(?:{_PREFECTURE})(?:, (?:{_PREFECTURE}))*,? and (?:{_PREFECTURE}) [Pp]refectures)(?![A-Za-z0-9\-])"
)
_LIST_SEPARATOR = re.compile(r",? and |, ")


def listed_prefectures(body: str) -> Iterator[str]:
    """The prefectures a list names in text about prefectures: their governments ("a survey of all 47 prefectures
    found that Fukushima, Ibaraki, Gunma and Niigata have …", "Aomori and Iwate prefectures")."""
    if "refecture" not in body:
        return
    for match in _PREFECTURE_LIST.finditer(body):
        items = match.group("items").removesuffix(" prefectures").removesuffix(" Prefectures")
        yield from _LIST_SEPARATOR.split(items)


# What the sentence calls a body: 'a group called "No More Unauthorized AI"', "a survey by Arts Workers Japan of …".
_CALLED = re.compile(
    r"\b(?:group|organi[sz]ation|association|coalition|union|alliance|campaign|collective|network|nonprofit|non-profit"
    r"|company|startup|start-up|firm) (?:called|named) [\"“](?P<name>[A-Za-z0-9][^\"”]{1,40}?)[\"”]"
)
_SURVEYED_BY = re.compile(
    rf"\b(?:survey|poll) (?:by|conducted by|from) (?:the )?(?P<name>{_WORD}(?: {_WORD}){{0,3}})"
    r"(?= of | found| showed| shows| finds|,|\.|;)"
)


def called_names(body: str) -> Iterator[str]:
    """Names the sentence gives as what a body is called, or who ran a survey."""
    if "called " in body or "named " in body:
        for match in _CALLED.finditer(body):
            yield match.group("name").strip()
    if "survey " in body or "poll " in body:
        for match in _SURVEYED_BY.finditer(body):
            yield match.group("name")


# A country's legislature by its own name ("Taiwan's Legislative Yuan passed …", "Vietnam's National Assembly
# adopted …"): a body of the state, as a ministry is. Read after a country's possessive or "the", in the body only.
_LEGISLATURES = (
    "National Assembly",
    "Legislative Yuan",
    "Legislative Council",
    "National People's Congress",
    "National Diet",
    "House of Representatives",
    "House of Councillors",
    "House of Commons",
    "House of Lords",
    "Bundestag",
    "Lok Sabha",
    "Rajya Sabha",
    # Other houses and the state's councils by their own names ("the Chamber of Deputies", "the Executive Yuan").
    "Chamber of Deputies",
    "Executive Yuan",
    "Judicial Yuan",
    "Control Yuan",
    "Examination Yuan",
    "State Duma",
    "Federation Council",
    "Bundesrat",
    "Knesset",
    "Riksdag",
    "Storting",
    "Folketing",
    "Sejm",
)
# A country's own senate, parliament or government by its nationality ("the Italian Senate", "a Scottish Government
# consultation"; Japan's own state is named by other words, and "the government" in lower case is no name).
_NATIONAL_BODY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?) (?P<name>(?:{NATIONALITY}) (?:Senate|Parliament|Government))"
    r"(?![A-Za-z0-9\-]| [A-Z]| of\b)"
)
_NATIONAL_BODY_WORDS = (" Senate", " Parliament", " Government")
_LEGISLATURE = re.compile(
    rf"(?:(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:'s|’s)|\b[Tt]he) )(?P<name>{'|'.join(_LEGISLATURES)})"
    r"(?![A-Za-z0-9\-]| [A-Z])"
)


def legislatures(body: str) -> Iterator[str]:
    """The legislatures and councils of state the body names after a country's possessive or "the", and a
    country's senate, parliament or government after its nationality."""
    if any(name in body for name in _LEGISLATURES):
        for match in _LEGISLATURE.finditer(body):
            yield match.group("name")
    if any(word in body for word in _NATIONAL_BODY_WORDS):
        for match in _NATIONAL_BODY.finditer(body):
            yield match.group("name")
