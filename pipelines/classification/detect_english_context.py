"""Organisation names read from the English words around them: what a company is ("Turing Drive, a Taiwanese
startup", "AI chip designer Groq", "Japan-based TIER IV"), an outlet that reports or is cited, a name and its
relation to another ("Disruptive, Groq's long-time backer"), a company and its round, and the positions only an
organisation takes ("Mujin, which makes", "Toyota's chief executive", "SoftBank-backed", "according to Nikkei").

``detect_institutions.candidate_names`` runs the readers with a group ``name`` (pairs: what the text must hold, the
pattern) and ``english_roles``, which reads the positions, each name without the words that describe it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_characters import DESCRIBED, ENGLISH_LEADING, NATIONALITY, OWNER, WORD, present
from pipelines.classification.detect_words import NOT_SUBJECTS

# --- Words around a company's name (read by ``detect_institutions.candidate_names``) ---------------------
# "Turing Drive, a Taiwanese startup that …", "Connected Robotics, a startup on …": a name and what it is.
# "Kyoto Fusioneering, a venture founded by …": Japan's English press calls a startup a venture.
# A party or a consortium too ("Team Acme, a new political party led by …").
_WHAT_IT_IS = (
    r"(?:startup|start-up|venture|company|firm|developer|maker|unicorn|bank|investor|political party|consortium)"
)
DESCRIBED_AFTER = (
    re.compile(rf", an? (?:[\w-]+ ){{0,4}}?{_WHAT_IT_IS}"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,3}}), an? (?:[\w-]+ ){{0,4}}?{_WHAT_IT_IS}\b"),
)
# "Japan-based TIER IV", "Shibuya-based APTO": where a company is based, then its name.
_PLACES = (
    r"(?:Japan|Tokyo|Osaka|Kyoto|Fukuoka|Nagoya|Yokohama|Sapporo|Kobe|Sendai|Tsukuba|Shibuya|Minato|Chiyoda|Shinjuku"
    r"|Chuo|US|U\.S\.|California|San Francisco|Paris|London|Berlin|Singapore|Seoul|Taipei|Taiwan|Beijing|Shanghai"
    r"|Shenzhen|Hangzhou|China|Korea|India|Bangalore|Toronto|Canada|Israel|Tel Aviv|New York|Boston|Seattle|UK|France"
    r"|Germany)"
)
BASED = (
    re.compile(r"-based [A-Z]"),
    re.compile(
        rf"\b{_PLACES}-based (?:(?:AI|generative AI|tech|LLM) )?(?:startup |company |firm )?"
        rf"(?P<name>{WORD}(?: {WORD}){{0,2}})"
    ),
)
# English: "AI chip designer Groq", "AI voice platform CoeFont", "CNBC reported", "Disruptive, Groq's long-time
# backer": what a company is, an outlet reporting, and a name with its relation to another.
_WHAT_IT_DOES_WORDS = (
    "startup start-up designer maker developer firm unicorn provider operator lender investor insurer company pioneer"
    # Outlets and agencies: "news agency Kyodo", "business newspaper Nikkan Kogyo", "public broadcaster NHK".
    " platform consultancy broadcaster newspaper publisher agency"
).split()
_WHAT_IT_DOES = "(?:" + "|".join(_WHAT_IT_DOES_WORDS) + ")"
# A trade in one word: "chipmaker ASML", "insurtech Naked", "agritech unicorn eFishery" (not "lawmaker", "filmmaker":
# people).
_TRADE_WORD = (
    r"(?<![A-Za-z-])(?:(?:chip|auto|car|drug|steel|toy|truck|ship|game|phone|handset|robot|battery|tyre|tire|camera"
    r"|printer|appliance|device|machine|tool)maker|[a-z]{3,}tech)"
)
# A name may start in lower case before a capital ("eFishery", "techUK").
_CAMEL = r"[a-z]{1,4}[A-Z][A-Za-z0-9&'’\-]*"
DESCRIBED_BEFORE = (
    # Found at a space before a capital, looking back for the word: cheaper than trying every word at every letter.
    re.compile(
        r" (?=[A-Z]|[a-z]{1,4}[A-Z])(?:" + "|".join(f"(?<={word} )" for word in (*_WHAT_IT_DOES_WORDS, "tech")) + ")"
    ),
    # Not a name cut before its "of" ("analysis platform Forest of Innovation").
    # The word before may be a nationality ("Dutch startup Axelera", "Korean developer Upstage").
    re.compile(
        rf"(?:\b(?:[a-z][A-Za-z-]*|{NATIONALITY}) {_WHAT_IT_DOES}|{_TRADE_WORD})"
        rf" (?P<name>(?:{WORD}|{_CAMEL})(?: {WORD}){{0,2}})"
        r"(?![A-Za-z0-9&'’\-]| (?:of|for) [A-Z])"
    ),
)
REPORTED = (
    re.compile(r" report(?:ed|s)\b"),
    re.compile(
        rf"(?:^|, |\. )(?P<name>{WORD}(?: {WORD}){{0,2}}) report(?:ed|s)"
        r"(?=[,.;]| that | on | citing | late | earlier )"
    ),
)
_RELATION = r"(?:backer|investor|parent|rival|partner|owner|subsidiary|unit|affiliate|shareholder)"
APPOSITIVE = (
    re.compile(rf", (?:a |an |the |its )?(?:[A-Z][\w-]*(?:'s|’s) )?(?:[\w-]+ ){{0,2}}{_RELATION}\b"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,2}}), (?:a |an |the |its )?"
        rf"(?:[A-Z][\w-]*(?:'s|’s) )?(?:[\w-]+ ){{0,2}}{_RELATION}\b"
    ),
)
# "Nscale's 958 million euros", "Isomorphic Labs' 523 million": a company and its round in a roundup.
# The currency may carry its country's letters ("Acme's US$95 million Series D", "S$20 million", "₹150 crore").
_AMOUNT = r"(?:(?:US|S|A|C|HK|NT)?[$€£¥₹][0-9]|[0-9][0-9.,]* (?:million|billion|bn)\b)"
OWNER_OF_AMOUNT = (
    re.compile(rf"(?:'s|’s|s') {_AMOUNT}"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,2}})(?:'s|’s|') {_AMOUNT}"),
)
# "Citing EU-Startups, the article lists …": the outlet a report relies on.
SOURCE = (
    re.compile(r"\b[Cc]iting "),
    re.compile(rf"(?:^|\. |, |。| )[Cc]iting (?:the )?(?P<name>{WORD}(?: {WORD}){{0,2}})(?=[,.;]|$)"),
)

# --- Positions only an organisation takes (read by ``english_roles``) ----------------------------------------
# English: "Mujin, which makes robot controllers", "Toyota's chief executive", "Sakana AI CEO David Ha",
# "SoftBank-backed Claude rival", "shares of Kioxia": words only an organisation is the subject or owner of.
_WHICH = (
    re.compile(r", which (?:makes|develops|sells|designs|manufactures|owns|raised|was|is|spec)"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,3}}), which (?:makes(?! use| it)|develops|sells"
        r"|designs|manufactures|owns|raised|was founded|is backed|is headquartered|specializes|specialises)\b"
    ),
)
_OFFICER = (
    r"(?:co-?founder|founder|CEO|chief executive|Chief Executive|chief technology officer|CTO|president|President"
    r"|chairman|Chairman|spokesperson|spokesman|spokeswoman|board|shareholders|headquarters|subsidiary"
    r"|parent company|venture arm|investment arm|research lab|AI lab"
    # What only a company has: "Kumo's valuation", "Orbix's IPO", "Acme's market value".
    r"|valuation|IPO|initial public offering|market value|market capitalisation|market capitalization|revenue"
    r"|annual revenue|operating profit|net profit|stock price|share price|order book)"
)
_OWNER_OF_OFFICER = (
    re.compile(rf"(?:'s|’s) {_OFFICER}\b"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,2}})(?:'s|’s) (?:co-)?{_OFFICER}\b"),
)
# An outlet or a data firm and its regular publication: "Tech.eu's weekly roundup", "Crunchbase's monthly report".
_PUBLICATION = (
    re.compile(r"(?:'s|’s) (?:weekly|monthly|quarterly|annual|yearly|daily) "),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?:\.[A-Za-z0-9]+)*(?: {WORD}(?:\.[A-Za-z0-9]+)*){{0,2}})(?:'s|’s)"
        r" (?:weekly|monthly|quarterly|annual|yearly|daily) (?:[a-z]+ )?"
        r"(?:roundup|round-up|newsletter|report|survey|index|ranking|recap|review|digest|tally|count|data)\b"
    ),
)
# "PwC Consulting partner Jane Doe", "Acme Securities analyst John Roe": a firm's partner, analyst or economist.
_TITLES = (
    r"CEO|co-founder|founder|Chief Executive|President|Chairman|partner|managing partner|general partner|analyst"
    r"|chief economist|economist|spokesperson|spokesman|spokeswoman"
)
_TITLED_PERSON = (
    re.compile(rf" (?:{_TITLES}) [A-Z]"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,2}}) (?:{_TITLES})"
        r" (?:and (?:co-)?founder )?[A-Z][a-z]+ [A-Z][a-z]+"
    ),
)
_BACKED = (
    re.compile(r"-(?:backed|owned|funded) "),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,2}})-(?:backed|owned|funded) "),
)
_SHARES_OF = (
    re.compile(r"(?:shares|stake) (?:of|in) [A-Z]"),
    re.compile(rf"\b(?:shares|stake) (?:of|in) (?P<name>{WORD}(?: {WORD}){{0,2}})"),
)
# Positions read from a phrase that marks them, found by a plain search (not a pattern tried at every word):
# each is (phrases, what must follow the phrase, what precedes it), the name taken after the phrase or before it.
# "according to Nikkei.", "according to Mark & Company, which …" (one word, or a name joined by "&"; two plain
# words are as often a person); "researchers at KGU and HHU"; "Micron's Hiroshima DRAM plant".
_NAME_BEFORE = re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{WORD}(?: {WORD}){{0,2}})$")
_ACCORDING_TO = (
    ("according to ",),
    re.compile(rf"(?:data from |figures from |a report by )?(?:the )?(?P<name>{WORD}(?: & {WORD})?)(?=[,.;:)]|$)"),
    None,
)
_WORKPLACE = (
    ("esearchers ", "cientists ", "ngineers "),
    re.compile(
        rf"(?:at|from) (?:the )?(?P<name>{WORD}(?: {WORD}){{0,3}})(?![A-Za-z0-9&'’\-]| of\b)"
        rf"(?: and (?:the )?(?P<second>{WORD}(?: {WORD}){{0,3}})(?![A-Za-z0-9&'’\-]| of\b))?"
    ),
    None,
)
_OWNER_OF_SITE = (
    ("'s ", "’s "),
    re.compile(r"(?:[A-Z][\w-]* ){0,2}(?:plant|factory|fab|fabs|headquarters)\b"),
    _NAME_BEFORE,
)
# Words that such a position may hold and that name no organisation: places, and the parts of a paper.
NOT_SOURCES = frozenset(
    """Eq Eqs Fig Figs Figure Figures Table Tables Section Sections Theorem Lemma Algorithm Appendix Equation
    China Europe Asia Africa America Korea India Japan Taiwan Singapore Germany France Canada Australia Britain
    UK US U.S EU Tokyo Beijing Shanghai Seoul London Paris Berlin""".split()
)


# A sentence's subject that raises money or buys a company: "Cursor raised $2.3 billion", ", and Clio secured
# a $500 million round", "Sakana AI acquired …" (what people do too, "signed" or "said", is left out).
# A name of a web company may have a dotted part ("Builder.ai", "FlowX.ai"); money may be in rupees or in
# Australian dollars ("PlasmaGen raised ₹150 crore", "took $18 million of debt", "invested $72 million in …").
_DOTTED = rf"{WORD}(?:\.[A-Za-z0-9]+)*"
# An amount may be given as about so much ("raised more than $50 million", "secured nearly €20 million").
_MONEY_AFTER = (
    r"(?:(?:more than|over|about|around|nearly|almost|roughly|close to|just over|just under) )?"
    r"(?:an? |\$|€|£|¥|₹|US\$|A\$|C\$|S\$|HK\$|NT\$|Rs\.? ?[0-9]|[0-9])"
)
_ACTS_IN_PROSE = (
    # The verb with what must follow it, so that "received attention" in an abstract costs nothing more.
    re.compile(
        rf" (?:(?:raised|secured|closed|landed|bagged|took|received|invested) {_MONEY_AFTER}"
        r"|(?:acquired|bought) (?:rival |startup |start-up )?[A-Z]|agreed to acquire|partnered with|teamed up with)"
    ),
    re.compile(
        rf"(?:^|(?<=[\n。])|(?<=\. )|(?<=, )|(?<=; )|(?<=\band )|(?<=\bwhile ))"
        rf"(?P<name>{_DOTTED}(?: {_DOTTED}){{0,2}}) "
        rf"(?:(?:has )?(?:raised|secured|closed|landed|bagged|took|received|invested) {_MONEY_AFTER}"
        r"|(?:has )?(?:acquired|bought) (?:rival |startup |start-up )?[A-Z]|agreed to acquire [A-Z]"
        r"|partnered with [A-Z]|teamed up with [A-Z])"
    ),
)
# What a company bought, named with what it is to the buyer ("bought rival BorrowLenses"); investors that
# joined ("MNI Ventures-Claypond and Sentinel Global joined as new investors"); "Polars, the company behind …";
# a company with its form written out, kept whole ("McKinsey & Company", "Alexander Capital, L.P."); an
# institution's acronym before its researchers ("a preprint by MIT researchers").
_DOTTED_NAME = rf"{_DOTTED}(?: {_DOTTED}){{0,2}}"
_BOUGHT = (
    (" rival ", " startup ", " start-up ", " competitor ", " peer "),
    re.compile(rf"(?P<name>{_DOTTED_NAME})"),
    None,
)
_BUYING = ("acquired", "bought", "acquire", "buy")
_JOINED = (
    (" joined as ",),
    re.compile(r"(?:new |existing )?(?:investors|backers|shareholders)"),
    re.compile(
        rf"(?:^|(?<=[\n。])|(?<=\. )|(?<=, )|(?<=, and ))(?P<name>{_DOTTED_NAME})(?: and (?P<second>{_DOTTED_NAME}))?$"
    ),
)
_BEHIND = (
    (" behind ",),
    None,
    # "BharatGen, the IIT Bombay-anchored consortium behind …": what describes the consortium may come between.
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{_DOTTED_NAME}), the (?:[\w-]+ ){{0,2}}?"
        r"(?:company|startup|start-up|firm|consortium|group|lab)$"
    ),
)
_MAKER_OF_PRODUCT = (
    (" maker of ", " developer of "),
    None,
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_DOTTED_NAME}), the$"),
)
_WITH_FORM = (
    (" & Company", "L.P.", "LLP"),
    re.compile(r"(?![A-Za-z])"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>(?:{WORD} ){{0,2}}{WORD})(?P<gap>,? |)$"),
)
_ACRONYM_RESEARCHERS = (
    (" researchers", " scientists"),
    re.compile(r"(?![A-Za-z])"),
    re.compile(r"\b(?:by|from|of) (?P<name>[A-Z]{2,6})$"),
)
_BY_PHRASE = (
    _ACCORDING_TO,
    _WORKPLACE,
    _OWNER_OF_SITE,
    _BOUGHT,
    _JOINED,
    _BEHIND,
    _MAKER_OF_PRODUCT,
    _WITH_FORM,
    _ACRONYM_RESEARCHERS,
)


def _by_phrase(text: str, kinds: tuple = _BY_PHRASE) -> Iterator[str]:
    """The names of the phrase-marked positions (``_BY_PHRASE``): after the phrase, or before it when what
    follows it fits."""
    for phrases, after, before in kinds:
        for phrase in phrases:
            at = text.find(phrase)
            while at != -1:
                end = at + len(phrase)
                following = after.match(text, end) if after is not None else None
                if before is None:
                    if following is not None and (phrases is not _BOUGHT[0] or text.endswith(_BUYING, 0, at)):
                        yield following.group("name")
                        if phrases is _WORKPLACE[0] and following.group("second"):
                            yield following.group("second")
                elif after is None or following is not None:
                    preceding = before.search(text, max(0, at - 80), at)
                    if preceding is not None:
                        if phrases is _WITH_FORM[0]:
                            # "McKinsey & Company", "Alexander Capital, L.P."
                            yield preceding.group("name") + preceding.group("gap") + phrase
                        else:
                            yield preceding.group("name")
                            if phrases is _JOINED[0] and preceding.group("second"):
                                yield preceding.group("second")
                at = text.find(phrase, end)


# Fields written in capitals, not institutions ("NLP researchers").
_FIELDS = frozenset("AI ML NLP CV HCI RL LLM IR ASR TTS HPC IT ICT DL GNN".split())
# A company and its round in a roundup: "Lovable ($200 million)", "n8n (€60m)".
_NAME_AND_ROUND = (
    re.compile(r" \((?:[$€£¥]|US\$|USD |EUR |GBP )[0-9]"),
    re.compile(
        r"(?<![A-Za-z0-9&.\-])(?P<name>(?:[A-Z]|[a-z0-9]+-?[A-Z0-9])[A-Za-z0-9\-]*(?:\.[A-Za-z0-9]+)*"
        r"(?: [A-Z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9]+)*){0,2})"
        r" \((?:[$€£¥]|US\$|USD |EUR |GBP )[0-9][0-9.,]*\s?(?:[mMbBkK]|bn|million|billion)\b"
    ),
)
# A company and its round in a list of rounds: "ahead of Acme with $60 million, Beta Labs with $50 million and …"
# (an item of the list: after its start, a comma, "and" or "ahead of").
_WITH_AMOUNT = (
    re.compile(r" with (?:US|S|A|C|HK|NT)?[$€£¥₹][0-9]"),
    re.compile(
        rf"(?:^|(?<=[\n。])|(?<=\. )|(?<=, )|(?<=\band )|(?<=\bof ))(?P<name>{_DOTTED}(?: {_DOTTED}){{0,2}})"
        r" with (?:US|S|A|C|HK|NT)?[$€£¥₹][0-9][0-9.,]*\s?(?:[mMbB]|bn|million|billion|crore)\b"
    ),
)
# India's national institutes by their acronym and their city: "IIT Bombay", "IIIT Hyderabad", "IIM Ahmedabad".
_INSTITUTE_OF_CITY = (
    re.compile(r"\b(?:IIT|IIIT|NIT|IIM|IISER) [A-Z]"),
    re.compile(r"(?<![A-Za-z0-9&.\-])(?P<name>(?:IIT|IIIT|NIT|IIM|IISER) [A-Z][a-z]+)(?![A-Za-z])"),
)
# Partnerships named after their partners, as law firms are: two names, "&", a third ("Mori Hamada & Matsumoto");
# not an author pair ("Smith & Jones", two words) nor fields ("Research Design & Optimization").
_PARTNERS = (
    re.compile(r"[a-z] & [A-Z]"),
    re.compile(r"(?<![A-Za-z0-9&.\-])(?P<name>[A-Z][a-z]+ [A-Z][a-z]+ & [A-Z][a-z]+)(?![A-Za-z0-9\-]| [A-Z&])"),
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][A-Za-z]* $")
_NOT_PARTNERS = frozenset(
    """Research Development Science Sciences Technology Technologies Engineering Design Optimization Innovation Data
    Analytics Media Communications Arts Culture Health Safety Security Policy Management Marketing Sales Operations
    Trade Industry Energy Environment Finance Risk Compliance Legal Law Education Learning Mergers Acquisitions
    Planning Strategy Control Systems Services Products Software Hardware Digital Society Economy Economics""".split()
)
# A name and what the sentence says it was in a tally: "UOB was the most active institutional investor", "Acme is
# the largest lender", "HFS had the biggest deal".
_WAS_THE = (
    (" was the ", " is the ", " had the ", " was a ", " is a "),
    re.compile(
        rf"(?:^|(?<=[\n。])|(?<=\. )|(?<=, )|(?<=; ))(?P<name>{_DOTTED}(?: {_DOTTED}){{0,2}})"
        r" (?:was|is|had) (?:the|a|an) (?:[a-z-]+ ){0,3}(?:investor|backer|lender|deal|round)\b"
    ),
)
_NOT_SUBJECT_WORDS = frozenset("This That It There Here What Which Who One Each Every Such Another".split())
_ROUNDS = frozenset("Series Seed Pre-Series Pre-seed Round Bridge Tranche".split())
# Places that rankings of funding list the same way ("ahead of Jakarta with US$85 million"): the hubs and
# countries of such tallies, no company.
_HUBS = frozenset(
    """Jakarta Singapore Bangkok Manila Hanoi Kuala Lumpur Seoul Tokyo Osaka Beijing Shanghai Shenzhen Hangzhou
    Taipei Hong Kong Bengaluru Bangalore Mumbai Delhi Hyderabad Chennai Pune Gurugram Noida Sydney Melbourne
    London Paris Berlin Munich Stockholm Amsterdam Dubai Riyadh Toronto Boston Austin Seattle Indonesia Vietnam
    Thailand Malaysia Philippines India China Japan Korea Taiwan Australia Europe Asia Africa America City""".split()
)
# Ranks before a title ("General partner", "Managing partner").
_RANKS = frozenset("General Managing Chief Executive Deputy Associate Venture".split())
# Capitalised words that open a sentence or describe, and are no organisation's name.
_NOT_OWNERS = frozenset(
    """Fintech FinTech NBFC Edtech EdTech Healthtech HealthTech Agritech Insurtech Proptech Deeptech Unicorn
    Former Then Now Today Meanwhile However Government State Venture VC Company Startup Its Their His Her
    Senior Junior Lead Principal Independent Industry Market Equity Credit Research
    Private Public Family Founder Co-founder CEO Chief President Chairman Board Deputy Acting Interim Japanese
    The A An It He She They We Investors Analysts Researchers Officials Earlier Later Previously Also""".split()
)


# The investor that leads a round: "in a round led by Acme Capital", "$12 million led by Peak XV", "debt led by X".
_LEADS_ROUND = re.compile(
    r"(?:\b(?:round|funding|financing|debt|investment|raise|Series [A-F])|[0-9] ?(?:million|billion|crore|lakh|m|bn))"
    r" (?:co-)?led by $"
)
_LEADER = re.compile(rf"(?:the )?(?P<name>{_DOTTED}(?: {_DOTTED}){{0,2}})")


def _round_leaders(text: str) -> Iterator[str]:
    at = text.find(" led by ")
    while at != -1:
        end = at + len(" led by ")
        if _LEADS_ROUND.search(text, max(0, at - 24), end):
            leader = _LEADER.match(text, end)
            if leader is not None:
                yield leader.group("name")
        at = text.find(" led by ", end)


def english_roles(text: str, japanese: bool = False) -> Iterator[str]:
    """Names in the English positions only an organisation takes: "X, which makes", "X's CEO", "X-backed"."""
    for needs, pattern in (
        _WHICH,
        _OWNER_OF_OFFICER,
        _PUBLICATION,
        _TITLED_PERSON,
        _BACKED,
        _SHARES_OF,
        _ACTS_IN_PROSE,
        _NAME_AND_ROUND,
        _WITH_AMOUNT,
        _INSTITUTE_OF_CITY,
        _PARTNERS,
        _WAS_THE,
    ):
        if not present(needs, text):
            continue
        for match in pattern.finditer(text):
            name = _role_name(match.group("name"))
            if pattern is _TITLED_PERSON[1] and name in _RANKS:
                continue  # "General partner Jane Doe", "Managing director …": a rank, not a firm
            if pattern is _WAS_THE[1] and name and name.split()[0] in _NOT_SUBJECT_WORDS:
                continue  # "This was the biggest round"
            if pattern is _PARTNERS[1] and (
                _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start())
                or not _NOT_PARTNERS.isdisjoint(match.group("name").replace("&", " ").split())
                or ENGLISH_LEADING.match(match.group("name"))
            ):
                continue  # the end of a longer name, fields joined by "&", or two names after "As", "The" …
            if pattern is _WITH_AMOUNT[1] and name and (name.split()[0] in _ROUNDS or name.split()[-1] in _HUBS):
                continue  # "a Series A with $10 million", "Jakarta with $85 million": a round or a place
            if name and not (pattern is _WHICH[1] and name.isupper()):
                yield name
    if not japanese and " led by " in text:
        for found in _round_leaders(text):
            name = _role_name(found)
            if name:
                yield name
    for found in _by_phrase(text, (_WITH_FORM,) if japanese else _BY_PHRASE):  # English prose: not in Japanese
        name = _role_name(found)
        if name:
            yield name


def _role_name(found: str) -> str:
    """A name read from an English position, without what describes it; empty when it names no organisation."""
    # "London's Builder.ai", "Bucharest-founded FlowX.ai": the name, not where it is from.
    words = DESCRIBED.sub("", OWNER.sub("", found)).split()
    while words and words[0] in _NOT_OWNERS:  # "Former Google CEO …", "Japanese LLM developer …"
        words.pop(0)
    name = " ".join(words)
    if len(name) < 2 or name in NOT_SUBJECTS or name in NOT_SOURCES or name in _FIELDS:
        return ""
    return name
