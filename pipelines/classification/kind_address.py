"""What an item's address says of its page, for its kind: a paper's host or path, a government's site, a news
outlet, a release wire, or an address that is its publisher's own page (a model card, a newsroom's host, a path
naming a release wire, a university's site)."""

from __future__ import annotations

import re

from common.text import host_within

# Where papers are published: preprint servers, proceedings, journals.
PAPER_HOSTS = frozenset(
    {
        "arxiv.org",
        "openreview.net",
        "aclanthology.org",
        "aclweb.org",
        "jxiv.jst.go.jp",
        "jstage.jst.go.jp",
        "ipsj.ixsq.nii.ac.jp",
        "proceedings.neurips.cc",
        "proceedings.mlr.press",
        "papers.nips.cc",
        "dl.acm.org",
        "ieeexplore.ieee.org",
        "link.springer.com",
        "biorxiv.org",
        "medrxiv.org",
        "ssrn.com",
        "semanticscholar.org",
        # Conference proceedings and journals that Japanese and foreign language-model papers appear in.
        "isca-archive.org",
        "openaccess.thecvf.com",
        "ojs.aaai.org",
        "ijcai.org",
        "anlp.jp",
        "cir.nii.ac.jp",
        "nature.com",
        "sciencedirect.com",
        "mdpi.com",
        "frontiersin.org",
        "pubmed.ncbi.nlm.nih.gov",
        "pmc.ncbi.nlm.nih.gov",
        "iopscience.iop.org",
        "journals.plos.org",
        "jmlr.org",
        "transacl.org",
        # More places an abstract is printed: preprint servers, publishers, proceedings and paper indexes.
        "techrxiv.org",
        "chemrxiv.org",
        "preprints.org",
        "researchsquare.com",
        "osf.io",
        "hal.science",
        "europepmc.org",
        "researchgate.net",
        "paperswithcode.com",
        "alphaxiv.org",
        "scholar.archive.org",
        "onlinelibrary.wiley.com",
        "tandfonline.com",
        "academic.oup.com",
        "cambridge.org",
        "science.org",
        "pnas.org",
        "cell.com",
        "jmir.org",
        "peerj.com",
        "journals.sagepub.com",
        "springeropen.com",
        "biomedcentral.com",
        "computer.org",
        "usenix.org",
        "neurips.cc",
        "icml.cc",
        "iclr.cc",
        "aaai.org",
        "ceur-ws.org",
        "jair.org",
        "ieice.org",
        "repo.nii.ac.jp",
        "ixsq.nii.ac.jp",
        "ci.nii.ac.jp",
        "confit.atlas.jp",
        "ecva.net",
        "lrec-conf.org",
        "lrec.elra.info",  # LREC's own site from 2026 (ELRA's), one paper a page as lrec-conf.org
        # A research repository and a site that prints reviews of papers, one paper a page.
        "zenodo.org",
        "themoonlight.io",
        # A company's research journal, one article a page (NTT Technical Review).
        "ntt-review.jp",
    }
)
# An institution's research repository (repository.ninjal.ac.jp, eprints.example.ac.uk, dspace.example.edu): its
# records are papers, theses and reports with their abstracts.
REPOSITORY_HOST = re.compile(r"^(?:www\.)?(?:repository|repositories|eprints|dspace|ir\.library|escholarship)\.")
# Paths that hold a paper on a site that also holds other things: Hugging Face's paper pages, and any path that
# carries an arXiv identifier after a segment naming it (an index or a reader of arXiv papers:
# /paper/arxiv/2312.13951, /abs/2401.01234v2, /pdf/2401.01234, and a reader's page of one paper by its arXiv number,
# /paper/2512.00773, /en/papers/2408.16180: the paper, summarised or not, whoever prints it).
PAPER_PATH = re.compile(r"^(?:/(?:[a-z0-9_-]+/)*(?:papers?|arxiv|abs|pdf)/)\d{4}\.\d{4,5}(?!\d)")
# A page that is a paper wherever it is printed: an address carrying a DOI (…/abs/10.18888/se.0000003601, a journal
# publisher's reader), or a document in a site's papers folder (a researcher's or a lab's list of its papers,
# example-lab.jp/papers/Sato2024-nlp.html, /paper/x.pdf), any page of one paper in such a folder, by its name or an
# identifier one level down (/paper/PMC12345678.md, /paper/detail/0c10-…), and a PubMed Central article's number
# (/pmc/articles/PMC1234567/). (Not "whitepapers" or "newspapers": the segment is "papers".)
PAPER_DOCUMENT_PATH = re.compile(
    r"/10\.\d{4,9}/[^/\s]|/papers?/(?:[a-z]+/)?[^/.]+(?:\.(?:html?|pdf|md))?$|/pmc\d{5,}(?:\.[a-z]+)?/?$"
)
# A learned society's pages for the talks of its conference (ipsj.or.jp/event/taikai/86/…/4T-05.html): a paper's
# page, as a proceedings host's is (an event notice there is told by its headline).
CONFERENCE_PATH = re.compile(r"/(?:taikai|nenji-?taikai|zenkoku-?taikai|proceedings)/")
# Sites of governments: Japan's ministries (.go.jp) and local governments (.lg.jp, city.*.jp, pref.*.jp),
# and other states' (.gov, .gov.uk, the EU; a state's own second-level domain, .gov.sg, .gov.au, .go.kr, .gc.ca,
# .gouv.fr) and a legislature's record (hansard.parliament.uk).
GOVERNMENT_HOST = re.compile(
    r"(?:^|\.)(?:[a-z0-9-]+\.go\.jp|[a-z0-9-]+\.lg\.jp|(?:city|pref)\.[a-z0-9.-]+\.jp|[a-z0-9-]+\.gov|gov\.uk|europa\.eu"
    r"|(?:gov|go|gouv|gc)\.[a-z]{2}|parliament\.uk)$"
)
# An address that says the page is a press release, wherever it is printed: news.livedoor.com/pr_article/…,
# /press-release/, /newsrelease/.
RELEASE_PATH = re.compile(
    r"/(?:pr_article|pr|press-?releases?|news-?releases?|pressrelease|prtimes|atpress|releases?|ir|newsroom)(?:/|$|\.)"
)
# News outlets and wire services: their own site prints reports, even when the outlet is a watched organisation that
# names itself ("TechCrunch's weekly recap"). Whether a page there is a reprinted release is for its wording to say.
NEWS_OUTLETS = frozenset(
    {
        "techcrunch.com",
        "businessinsider.com",
        "businessinsider.jp",
        "forbes.com",
        "forbesjapan.com",
        "cnbc.com",
        "apnews.com",
        "afp.com",
        "afpbb.com",
        "xinhuanet.com",
        "news.cn",
        "yna.co.kr",
        "reuters.com",
        "bloomberg.com",
        "bloomberg.co.jp",
        "nikkei.com",
        "nikkan.co.jp",
        "yomiuri.co.jp",
        "asahi.com",
        "mainichi.jp",
        "sankei.com",
        "jiji.com",
        "kyodonews.jp",
        "nhk.or.jp",
        "japantimes.co.jp",
        "itmedia.co.jp",
        "impress.co.jp",
        "nikkeibp.co.jp",
        "wsj.com",
        "ft.com",
        "nytimes.com",
        "theverge.com",
        "venturebeat.com",
        "wired.com",
        "wired.jp",
        # Japan's national, regional and local papers and broadcasters' news sites (a local paper's own survey is its
        # report: "本紙調査").
        "tokyo-np.co.jp",
        "chunichi.co.jp",
        "hokkaido-np.co.jp",
        "nishinippon.co.jp",
        "kahoku.news",
        "kobe-np.co.jp",
        "kyoto-np.co.jp",
        "shinmai.co.jp",
        "at-s.com",
        "niigata-nippo.co.jp",
        "sanyonews.jp",
        "chugoku-np.co.jp",
        "kanaloco.jp",
        "townnews.co.jp",
        "ryukyushimpo.jp",
        "okinawatimes.co.jp",
        "47news.jp",
        "newsdig.tbs.co.jp",
        "news.tv-asahi.co.jp",
        "fnn.jp",
        "news.ntv.co.jp",
        "tv-tokyo.co.jp",
        "nippon.com",
        "japantoday.com",
        # Japan's business, technology and trade press (a trade paper's report of a talk or a case is its own).
        "toyokeizai.net",
        "diamond.jp",
        "president.jp",
        "newspicks.com",
        "jbpress.ismedia.jp",
        "ascii.jp",
        "gigazine.net",
        "japan.zdnet.com",
        "japan.cnet.com",
        "news.mynavi.jp",
        "nikkinonline.com",  # the Nikkin, the banking trade paper (日本金融通信社)
        "gizmodo.jp",
        "newswitch.jp",
        "sbbit.jp",
        "thebridge.jp",
        "dempa-digital.com",
        "mixonline.jp",
        "agrinews.co.jp",
        "kensetsunews.com",
        "kyobun.co.jp",
        "resemom.jp",
        "robotstart.info",
        # Foreign general, business and technology news.
        "bbc.com",
        "bbc.co.uk",
        "cnn.com",
        "theguardian.com",
        "washingtonpost.com",
        "economist.com",
        "fortune.com",
        "axios.com",
        "semafor.com",
        "theinformation.com",
        "restofworld.org",
        "scmp.com",
        "koreaherald.com",
        "koreatimes.co.kr",
        "straitstimes.com",
        "channelnewsasia.com",
        "theregister.com",
        "arstechnica.com",
        "zdnet.com",
        "cnet.com",
        "engadget.com",
        "siliconangle.com",
        "sifted.eu",
        "techinasia.com",
        "dealstreetasia.com",
        "kr-asia.com",
    }
)
# Where an organisation publishes its own models and data sets, and the sections of such a site that are not one
# account's (papers, blogs, spaces, documentation).
_MODEL_HUB_HOSTS = frozenset({"huggingface.co", "hf.co", "modelscope.cn"})
_MODEL_HUB_SECTIONS = frozenset(
    {
        "papers",
        "blog",
        "spaces",
        "docs",
        "learn",
        "posts",
        "collections",
        "models",
        "datasets",
        "organizations",
        "tasks",
    }
)
# A newsroom's own host: press.example.co.jp, newsroom.example.com, pressroom.example.com.
_NEWSROOM_HOST = re.compile(r"^(?:press|newsroom|pressroom|news-?releases?|media-?room)\.[a-z0-9-]+\.[a-z.]+$")
# A path that names a release wire or calls the page a release outright: …/release/prtimes2-today/…, /pr_article/,
# /press-release/.
_WIRE_PATH = re.compile(
    r"/(?:[a-z0-9_-]*(?:prtimes|atpress|valuepress|dreamnews)[a-z0-9_-]*|pr_article|press-?releases?)/"
)
# A reprint of a release on a site that files each one under its issuer: the page's name is the issuer's name with
# its legal form, then the headline's words (…/63250822-nec-corporation-nec-uses-ai-to-…, …/12345-fujitsu-ltd-the-
# university-of-osaka-and-…). A report's own address spells its headline alone ("apple-inc-sues-…" under "Apple Inc
# sues …"): the issuer's name is no word of it.
_ISSUER_SLUG = re.compile(
    r"/(?:\d+-)?(?P<issuer>(?:[a-z0-9]+-){1,5}?(?:corporation|corp|co-ltd|ltd|limited|inc|kk|k-k|plc|llc|gmbh|ag))"
    r"-(?P<rest>[a-z0-9]+-[a-z0-9]+-[a-z0-9]+)"
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def issuer_before_headline(path: str, title: str) -> str | None:
    """The issuer that an address names, with its legal form, before the words of the headline (lower-cased path
    and headline): a release filed under its issuer by the site that reprints it."""
    match = _ISSUER_SLUG.search(path) if "-" in path else None
    if match is None:
        return None
    headline = _NOT_SLUG.sub("-", title).strip("-")
    return match["issuer"] if headline.startswith(match["rest"] + "-") else None


# A PR TIMES release's number (000000013.000063016: the release, then the company) in a reprint's address
# (a site that republishes the wire's releases: /news/id_000000013.000063016.html).
_PRTIMES_NUMBER = re.compile(r"(?<!\d)\d{9}\.\d{9}(?!\d)")
# An academic institution's own site (www.kuicr.kyoto-u.ac.jp, centralasia.jinsha.tsukuba.ac.jp; abroad by the
# academic domain of its country or the generic one, news.example.edu, www.example.ac.uk, example.edu.au,
# farabi.university): its news is its own.
_ACADEMIC_HOST = re.compile(r"\.(?:ac|edu)\.[a-z]{2}$|\.edu$|\.university$")
# Services that distribute releases as their issuers write them, in Japan and abroad: everything they print is a
# release.
RELEASE_WIRES = frozenset(
    {
        "prtimes.jp",
        "atpress.ne.jp",
        "value-press.com",
        "dreamnews.jp",
        "newscast.jp",
        "kyodonewsprwire.jp",
        "digitalpr.jp",
        "jcnnewswire.com",
        "prnewswire.com",
        "businesswire.com",
        "globenewswire.com",
        "accessnewswire.com",
        "accesswire.com",
        "einpresswire.com",
        "newsfilecorp.com",
        "prweb.com",
        "newswire.ca",
        # More wires that print their clients' releases as written, in Japan and abroad.
        "presswalker.jp",
        "news2u.net",
        "prlog.org",
        "openpr.com",
        "issuewire.com",
        "newswire.com",
        "pressat.co.uk",
        "24-7pressrelease.com",
        # Wires of research institutions' releases: universities and labs post their releases there as written.
        "eurekalert.org",
        "alphagalileo.org",
        "press-news.org",
        "idw-online.de",
    }
)
# A local government's site (a city's, a prefecture's): its event notices are notices, not policy.
LOCAL_GOVERNMENT_HOST = re.compile(r"(?:^|\.)(?:[a-z0-9-]+\.lg\.jp|(?:city|pref|town|vill)\.[a-z0-9.-]+\.jp)$")


# A copy of a page of an organisation's own Japanese site, kept by an archive or a mirror whose path names the site it
# copies, its address whole (/web/2025/https://www.example.co.jp/news/…) or its dots as dashes (/ai/example-co-jp/…):
# the organisation's own page, wherever the copy is. (A company's, an association's, a school's or a hospital's site;
# a state body's copy is left to its wording, for the site's owner, a ministry or an agency, is not known here.)
_COPIED_SITE = re.compile(
    r"/(?:https?:/{1,2})?(?:www\.)?(?P<site>[a-z0-9][a-z0-9-]*(?:\.|-)(?:co|or|ac|ne|ed)(?:\.|-)jp)(?:/|$)"
)


def _copied_site(path: str) -> str | None:
    match = _COPIED_SITE.search(path) if "jp" in path else None
    if match is None:
        return None
    site = re.sub(r"-(co|or|ac|ne|ed)-jp$", r".\1.jp", match["site"])
    return None if host_within(site, NEWS_OUTLETS) else site


def own_page_reason(host: str, path: str) -> str | None:
    """What says that the address is its publisher's own page, whatever wording its text has.

    A model's or a data set's card on Hugging Face is written by the account that publishes it
    (huggingface.co/<account>/<model>); a newsroom's host (press.example.co.jp, newsroom.example.com) and a path
    that names a release wire (…/release/prtimes2-today/…, /pr_article/) carry releases; an academic institution's
    site (.ac.jp, .edu, .ac.uk, .university) tells its own news, in whatever words ("…を達成したと発表した").
    """
    if host_within(host, _MODEL_HUB_HOSTS):
        parts = path.strip("/").split("/")
        if parts[0] == "datasets":  # huggingface.co/datasets/<account>/<data set>
            parts = parts[1:]
        if len(parts) >= 2 and parts[0] not in _MODEL_HUB_SECTIONS:
            return f"a card published on {host}"
        return None
    if _PRTIMES_NUMBER.search(path):
        return "an address carrying a PR TIMES release number"
    if _NEWSROOM_HOST.match(host):
        return f"a newsroom's address: {host}"
    if _WIRE_PATH.search(path):
        return "an address naming a release wire"
    if _ACADEMIC_HOST.search(host):
        return f"an academic institution's site: {host}"
    copied = _copied_site(path)
    if copied is not None:
        return f"a copy of {copied}'s own page"
    return None


# A katakana name's sounds by their consonants, and a Latin host's letters by the same classes, so that a host can
# be seen to spell a Japanese company's katakana name (ソウルドアウト on sold-out.co.jp): vowels, long marks and glides
# fall away, voiced and unvoiced pairs and r/l are one class.
_KANA_ROWS = {
    "K": "カキクケコガギグゲゴ",
    "S": "サシスセソザジズゼゾ",
    "T": "タチツテトダヂヅデド",
    "N": "ナニヌネノン",
    "H": "ハヒフヘホ",
    "B": "バビブベボパピプペポヴ",
    "M": "マミムメモ",
    "R": "ラリルレロ",
    "W": "ワヲ",
}
_KANA_CLASS = {kana: row for row, kanas in _KANA_ROWS.items() for kana in kanas}
_LATIN_CLASS = {
    **dict.fromkeys("kgcq", "K"),
    **dict.fromkeys("szjx", "S"),
    **dict.fromkeys("td", "T"),
    "n": "N",
    **dict.fromkeys("hf", "H"),
    **dict.fromkeys("bpv", "B"),
    "m": "M",
    **dict.fromkeys("rl", "R"),
    "w": "W",
}
# What a Japanese company's katakana name ends with that its host leaves out ("ソウルドアウトグループ" on
# sold-out.co.jp).
_KANA_SUFFIXES = re.compile(r"(?:グループ|ホールディングス|ジャパン|テクノロジーズ|テクノロジー|ラボ)$")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{4,}")
# Katakana words that are kinds of body or of thing, no one's name ("スタートアップのXは" on a startup news site).
_GENERIC_KANA = frozenset(
    "スタートアップ ベンチャー サービス プロジェクト チーム メディア ニュース プラットフォーム センター コンソーシアム"
    " ファンド キャピタル マネージャー エンジニア ユーザー メンバー".split()
)
# Hiragana of four or more opening the lead's subject, before a kanji, katakana or Latin word or the subject's
# particle: a name written in hiragana.
_HIRAGANA_OPENING = re.compile(r"([\u3041-\u3096]{4,}?)(?=[\u4e00-\u9fff\u30a1-\u30faA-Za-z]|[はが][、,]?|$)")
_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}
# A compound noun, no particle inside it, as the object of the verb after を.
_OBJECT_COMPOUND = re.compile(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fffA-Za-z0-9]+を")
# (A skeleton of three classes or more; fewer would match too many hosts.)
_SKELETON_MINIMUM = 3


# How English spellings sound in katakana (read as a second spelling of the host): "th" as ザ/サ (weather, ウェザー),
# "sh" and "ch" as シ and チ, an "r" or a "w" after a vowel and before no vowel falls silent (ウェザー, ニューズ).
_SILENT_LATIN = re.compile(r"(?<=[aeiou])[rw](?![aeiou])")
# ウェ, ウィ, ウォ are one sound, "we", "wi", "wo".
_KANA_W = re.compile(r"ウ(?=[ァィェォ])")


def _skeleton(characters: str, classes: dict[str, str]) -> str:
    letters = [classes.get(character, "") for character in characters]
    collapsed = [letter for index, letter in enumerate(letters) if letter and letter != letters[index - 1]]
    return "".join(collapsed)


def katakana_host_owner(subject: str, labels: frozenset[str]) -> str | None:
    """A katakana name in the lead's subject whose sounds the site's host spells (ソウルドアウト, sold-out.co.jp), when
    the watch list does not know the organisation: the site is its own."""
    # (A compound noun right before を is the object of a clause that tells what the subject does,
    # "ロボット自動倉庫システムを手がけるX" on robot-digest.com: a trade word the host of a trade paper spells, not the
    # subject's name; "Xで…の推進役を担う" keeps X.)
    named = _OBJECT_COMPOUND.sub("", subject) if "を" in subject else subject
    runs = [run for run in _KATAKANA_RUN.findall(named) if run not in _GENERIC_KANA] if labels else []
    # A name opening the subject in hiragana, as regional bodies and banks write theirs (いしかり市民カレッジは on
    # ishikari-c-college.com), sounds as its katakana would; hiragana further in is grammar, not a name.
    opening = _HIRAGANA_OPENING.match(subject) if labels else None
    if opening is not None:
        runs.append(opening.group(1).translate(_HIRAGANA_TO_KATAKANA))
    if not runs:
        return None
    skeletons = set()
    for label in labels:
        letters = re.sub(r"[^a-z]", "", label).replace("ph", "f").replace("ck", "k").replace("sh", "s")
        skeletons.add(_skeleton(letters.replace("th", "t"), _LATIN_CLASS))
        sounded = _SILENT_LATIN.sub("", letters.replace("th", "s").replace("ch", "t"))
        skeletons.add(_skeleton(sounded, _LATIN_CLASS))
    for run in runs:
        name = _KANA_SUFFIXES.sub("", run)
        skeleton = _skeleton(_KANA_W.sub("ワ", name), _KANA_CLASS)
        if len(name) >= 4 and len(skeleton) >= _SKELETON_MINIMUM and skeleton in skeletons:
            return run
    return None


# A chamber of commerce and industry's site: Japan's chambers name their hosts "cci" (www.example-cci.or.jp,
# example.cci.or.jp), and the chamber opening the body as its subject ("X商工会議所は") tells its own work there.
_CHAMBER_HOST = re.compile(r"(?:^|[.-])(?:[a-z]+-?)?cci\.(?:or\.jp|jp)$")
_CHAMBER_SUBJECT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,10}商工会議所")


def chamber_host_owner(subject: str, host: str) -> str | None:
    """The chamber of commerce that opens the lead as its subject, on a chamber's host (…-cci.or.jp)."""
    if "商工会議所" not in subject or not _CHAMBER_HOST.search(host):
        return None
    chamber = _CHAMBER_SUBJECT.search(subject)
    return chamber.group(0) if chamber is not None else None


# A short name in capitals (ROX, IBM, NEC) in the lead's subject ("ROXは", "日本IBMのコンサルタントが"), and the host's
# own name that is that name (rox-jp.com, www.ibm.com): the organisation's own site, its blog or column. The host's
# labels of four letters or more are read elsewhere (site_labels); a short one needs the name in capitals, and
# acronyms of things, not bodies (LLM, GPU), are no one's.
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,4}(?![A-Za-z])")
_HOST_PARTS = frozenset({"www", "co", "or", "ne", "ac", "go", "lg", "ed", "com", "net", "org", "jp"})
_THING_ACRONYMS = frozenset({"llm", "gpu", "cpu", "api", "sns", "iot", "ceo", "cto", "cio", "ict", "sdk", "oss", "gpt"})


def acronym_host_owner(subject: str, host: str) -> str | None:
    """The short capital name opening the lead's subject that the host names (ROX on rox-jp.com)."""
    if not subject or not host or not any("A" <= character <= "Z" for character in subject):
        return None
    names: set[str] = set()
    for label in host.split(".")[:-1]:
        if label not in _HOST_PARTS:
            names.update((label, label.split("-", 1)[0]))
    for match in _ACRONYM.finditer(subject):
        name = match.group(0).lower()
        if name in names and name not in _THING_ACRONYMS:
            return match.group(0)
    return None
