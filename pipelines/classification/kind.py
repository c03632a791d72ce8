"""The kind of an item: paper, funding, policy, press or news, and the round of a funding story.

The source decides first (arXiv, a paper host or a research repository is
paper), then a government issuer, a government as the headline's subject or
policy vocabulary, funding vocabulary backed by an amount or a round, the
issuer's own site (not a news outlet's, unless the outlet opens the
headline), an address that says whose page it is (a model card, a newsroom's
host, a release wire's path, a university's site) or press-release wording,
and otherwise news.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from common.text import host_within
from config.watchlist import Organisation
from pipelines.classification.funding import (
    FundingRules,
    OrganisationHit,
    announced_in_lede,
    extract_funding,
    investment_signals,
)
from pipelines.classification.money import find_money
from pipelines.classification.relevance import Evidence

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
        # A research repository and a site that prints reviews of papers, one paper a page.
        "zenodo.org",
        "themoonlight.io",
    }
)
# An institution's research repository (repository.ninjal.ac.jp, eprints.example.ac.uk, dspace.example.edu): its
# records are papers, theses and reports with their abstracts.
_REPOSITORY_HOST = re.compile(r"^(?:www\.)?(?:repository|repositories|eprints|dspace|ir\.library|escholarship)\.")
# Paths that hold a paper on a site that also holds other things: Hugging Face's paper pages.
_PAPER_PATH = re.compile(r"^/papers/\d{4}\.\d{4,5}")
# Sites of governments: Japan's ministries (.go.jp) and local governments (.lg.jp, city.*.jp, pref.*.jp),
# and other states' (.gov, .gov.uk, the EU).
_GOVERNMENT_HOST = re.compile(
    r"(?:^|\.)(?:[a-z0-9-]+\.go\.jp|[a-z0-9-]+\.lg\.jp|(?:city|pref)\.[a-z0-9.-]+\.jp|[a-z0-9-]+\.gov|gov\.uk|europa\.eu)$"
)
POLICY_MINIMUM = 3.0
# How many distinct marks of a paper's abstract ("we propose", "experimental results", 本論文, 提案手法) make an
# abstract printed outside a paper host a paper: one alone is found in reports about research too.
PAPER_MINIMUM = 2
# "raises $30M", "secured ¥3 billion in a Series D", but not "raises its forecast".
RAISING = re.compile(
    r"(?<![a-z])(?P<verb>raises|raised|raising|secures|secured|lands|landed|bags|closes|closed|nabs)(?![a-z])"
    r"(?=[^.;。]{0,30}?(?:[$¥€£]|\d|funding|round|seed|series|capital|investment|money|cash))"
)
# More ways a headline tells of a round (read in the headline only).
_RAISING_HEADLINE = re.compile(
    # "race to raise money", "to raise $50M": the bare verb with money after it, not "to raise rates by 0.25%".
    r"(?<![a-z])(?P<bare>raise)\s(?=[^.;。]{0,20}?(?:[$¥€£]|money|cash|funds|funding|capital|a (?:seed|series|round)))"
    # Headline slang for raising, with an amount of money straight after it: "picks up $8 million", "scores $25M",
    # "rakes in $100 million" (not "scores 90% on a benchmark", "nets $5 billion in profit", "lands a $30M contract").
    r"|(?<![a-z])(?P<slang>snags|snagged|scores|scored|picks up|picked up|pulls in|pulled in|rakes in|raked in|hauls in"
    r"|hauled in|nets|netted|grabs|grabbed|garners|garnered|banks|banked|reels in|reeled in|draws in|brings in)\s"
    r"(?=(?:a |an |about |nearly |over |some )?(?:us\$|[$¥€£]|\d[\d.,]*\s?(?:million|billion|m\b|bn\b|万|億|crore)))"
    r"(?![^.;。]{0,40}\b(?:profits?|revenues?|sales|earnings|income|loss|losses|orders?|contracts?|deals?|awards?"
    r"|prizes?|grants?|in (?:fines|damages))\b)"
    # Backing from an investor, and a round called new: "Kumo gets backing from Index Ventures", "Kumo valued at $1bn
    # in new round" (not "a new round of layoffs").
    r"|(?<![a-z])(?P<backing>(?:gets|got|wins|won|receives|received|lands|landed|draws|drew|attracts|attracted)"
    r" backing)\b"
    r"|(?<![a-z])(?P<new_round>(?:new|latest|fresh) (?:funding |financing )?round)\b(?! of\b)"
    # An investor leading a round in the headline: "Sequoia leads $20M round in Indian edtech Vedu".
    r"|(?<![a-z-])(?P<lead>leads|led|co-leads|co-led)\s(?=(?:a |an |the )?(?:us\$|[$¥€£]|\d)[^.;。]{0,25}?"
    r"\b(?:round|series|seed|funding|investment)\b)"
)
# A ministry or an agency by its ending (経産省, 米商務省, デジタル庁; not 県庁 or 都庁, a prefecture's office), and
# a local government by its ending (横須賀市, 東京都, 山梨県, 小鹿野町; not 都市, 同市 or 全国).
_MINISTRY_NAME = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8}(?:省|(?<![都道府県])庁)"
_LOCAL_GOVERNMENT_NAME = (
    r"(?!都市|同[市県町村区]|全[市国])(?:[\u4e00-\u9fff]{1,5}(?:都|道|府|県|市|区)|[\u4e00-\u9fff]{2,5}(?:町|村))"
)
# A headline whose subject is a state: "政府、…", "首相は…", "横須賀市、…", "Japan to …", "Japan's cabinet …".
# (A ministry of the watch list at the start of the headline counts too; see ``_government_headline``.)
_STATE_HEADLINE = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:"
    r"(?:日本政府|政府・与党|政府(?!系)|首相(?!官邸の)|[\u4e00-\u9fff]{1,4}首相|首相官邸|官邸|内閣(?!府)|与党|自民党|国会)"
    rf"|(?:{_LOCAL_GOVERNMENT_NAME}|[\u3041-\u3096]{{2,5}}(?:市|町|村))(?=、|は|が|も|と|,|・)"
    r"|(?:the\s)?japan(?:ese)?(?:'s|’s)?\s(?:government|cabinet|prime minister|pm|diet|parliament|lawmakers|regulators?"
    r"|(?:antitrust|competition|privacy|data protection|financial|copyright|communications|media|telecom|internet)"
    r"\s(?:watchdog|regulator|authority|agency|commission)"
    r"|ministry|trade ministry|economy ministry|industry ministry|digital agency|state)\b"
    r"|japan\s(?:to|will|plans?|launches|unveils|sets|approves|passes|adopts|eyes|considers|urges|proposes|issues|seeks"
    r"|pledges|aims|targets|backs|moves|calls|enacts|announces|allocates|earmarks|selects|picks|funds|creates"
    r"|establishes|drafts|tightens|introduces|outlines|unveil|launch|set|approve|pass|adopt|consider|propose)\b"
    r"|(?:prime minister|pm)\s)"
)
# Another state, a regulator or an international body as the headline's subject: "米商務省、…", "国連総会、…",
# "China's internet regulator issues …", "UK AI Safety Institute publishes …", "EU investigates …", "OECD updates …".
_OTHER_STATE_HEADLINE = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:"
    r"(?:国連(?:総会|安保理)?|欧州委員会|欧州連合|欧州議会|eu|oecd|g7|g20|ユネスコ"
    rf"|{_MINISTRY_NAME})(?=、|は|が|も|,)"
    r"|(?:the\s)?(?:(?:u\.?s\.?|us|uk|eu|china|korea|south korea|india|france|germany|britain|singapore|taiwan|canada"
    r"|australia|california|[a-z]+(?:ese|ian|an|ish|ch))(?:'s|’s)?\s)?"
    r"(?:government|cabinet|parliament|congress|senate|national assembly|lawmakers|regulators?|watchdog"
    r"|(?:internet|antitrust|competition|privacy|data protection|financial|communications|cyberspace|media)"
    r"\s(?:watchdog|regulator|authority|agency|commission|administration)"
    r"|ai (?:safety|security) institute|ai office|(?:commerce|justice|state) department|department of [a-z]+"
    r"|ministry of [a-z]+|european commission|european parliament|white house|federal trade commission|ftc)\b"
    r"|(?:the\s)?(?:un|united nations|oecd|g7|g20|unesco|european union|eu)(?:'s|’s)?\s"
    r"(?!startups?\b|companies\b|firms?\b|tech\b|-based\b|based\b)"
    # A foreign state by its name doing what states do: "China releases labelling rules for AI-generated content",
    # "Korea to require watermarks", "India unveils AI governance guidelines".
    r"|(?:the\s)?(?:u\.s\.|united states|uk|britain|china|korea|south korea|india|france|germany|singapore|taiwan"
    r"|canada|australia|vietnam|indonesia|malaysia|thailand|brazil|italy|spain)\s"
    r"(?:releases|issues|unveils|adopts|passes|bans|orders|requires|proposes|publishes|finalises|finalizes|enacts"
    r"|tightens|approves|introduces|drafts|mandates|restricts|to (?:ban|require|regulate|tighten|introduce|issue|adopt"
    r"|restrict|mandate))\b"
    # A foreign ministry by its Chinese or Korean name, ending in 部: "中国工業情報化部、…", "韓国科学技術情報通信部は".
    r"|(?:中国|韓国|台湾|北朝鮮|ベトナム)の?[\u4e00-\u9fff]{2,10}部(?=、|は|が|も|,))"
)
# A state actor speaking in the headline or the lead sentence: "デジタル相が発表", "デジタル庁の松本尚大臣は",
# "小池百合子知事は", "新発田市議会の12月定例会で", "Prime Minister Sanae Takaichi hosted", "the Trump Administration
# released": a government's programme, whoever reports it. (Not 様相, 真相 or 世相: words ending in 相.)
_STATE_SPEAKER = re.compile(
    r"(?:[\u4e00-\u9fff\u30a1-\u30fa]{1,6}(?<![様真世位手人皮実])相|大臣|知事|市長|町長|村長|区長|長官)(?:は|が|、)"
    r"|(?:市|県|府|町|村|区|都)議会(?:の|で|は|が)"
    r"|。(?:[\u4e00-\u9fff]{2,5}(?:都|府|県|市|区))(?:と|は|が)"
    # A city opening the first sentence after its prefecture, as papers write it: "神奈川県横須賀市は",
    # "茨城県つくば市が".
    r"|。[\u4e00-\u9fff]{2,3}[都道府県](?:[\u4e00-\u9fff]{1,5}|[\u3041-\u3096]{2,5})(?:市|区|町|村)(?:と|は|が)"
    # An English report's city or prefecture acting: "The city of Yokosuka began", "Kobe City said", "the Osaka
    # prefectural government will".
    r"|(?:^|\. |。)(?:the )?(?:city|prefecture|town|village) of [a-z]+\s"
    r"|(?:^|\. |。)(?:the )?[a-z]+ (?:city|prefectural|metropolitan|municipal) government\s"
    r"|(?:^|\. |。)(?:the )?[a-z]+ (?:city|prefecture)\s(?:said|says|will|plans|has|began|begins|launched|launches"
    r"|announced|announces|introduced|introduces|adopted|adopts|started|starts|became|becomes)\b"
    r"|(?:^|\. |。)(?:the )?(?:prime minister|minister|chief cabinet secretary|governor|mayor)\s[a-z]"
    r"|(?:^|\. |。)(?:the )?(?:eu|european union)(?:'s|’s) (?:ai act|ai office|rules?|regulators?|commission)"
    r"|(?:^|\. |。)(?:the )?(?:white house|european commission|[a-z]+ administration)\s"
    r"(?:released|releases|issued|issues|announced|announces|unveiled|unveils|signed|signs)"
    r"|the [a-z]+ administration (?:released|issued|announced|unveiled|signed)"
    # A ministry opening the first sentence: "The Ministry of Science and ICT announced on January 15 that …",
    # "Korea's science ministry said".
    r"|(?:^|\. |。)(?:the )?(?:[a-z]+(?:'s|’s) )?(?:ministry of [a-z][a-z ,&-]{2,60}?|[a-z]+ ministry)\s"
    r"(?:said|says|announced|announces|released|releases|issued|issues|unveiled|unveils|published|publishes|selected"
    r"|selects|approved|approves|will|plans)\b"
)
# A headline that is a roundup or a statistic of many rounds, not one company's round: "AI funding recap",
# "資金調達 金額・件数ともに2桁減".
_ROUNDUP = re.compile(
    r"recap|roundup|round-up|this week in|weekly|monthly|(?:biggest|largest|top) (?:[a-z]+ )?rounds"
    r"|まとめ|件数|ランキング|上半期|下半期|動向"
    # The field's money as a statistic: "スタートアップの資金調達額、過去最高", "前年比", "VC funding to Japanese
    # startups fell", "AI funding hits a record in Q3".
    r"|スタートアップ(?:の|による|への)(?:資金調達|調達|投資)(?:額|総額)|前年比|前年同期|四半期"
    r"|(?:venture|vc|startup|ai) (?:funding|investment) (?:to|in|for|hits|reached|reaches|tops|topped|fell|falls"
    r"|drops|dropped|slumps|surges|surged|soars|climbs|rose|rises|declines|declined)\b"
    r"|\bq[1-4]\b|so far this year|year-on-year"
    # A week's rounds of many companies: "Indian startups and funds raise ₹2,500 crore in the last week of December".
    r"|\b(?:last|past|final|first|second|third|fourth) week of\b"
    r"|^(?:[a-z-]+ ){0,3}(?:startups|companies|firms)(?: and [a-z]+)? (?:raise|raised|secure|secured|bag|bagged)\b"
)
# Where a report names its source: "according to a weekly newsletter", "citing PitchBook's monthly data".
_ATTRIBUTION = re.compile(r"(?:according to|citing|cited by|per)\s[^.;。]*$")
# A headline over a digest of the week's or the month's stories ("【今週のAIニュース】…", "This week in AI: …",
# "生成AIニュースまとめ"): news, whatever single story it names first.
_DIGEST = re.compile(
    r"(?:今週|先週|今月|週刊|月刊)の?[^】\]]{0,12}(?:ニュース|まとめ|トピックス)|ニュースまとめ|まとめ[】\]]|ダイジェスト"
    r"|this week in\b|\bweek in review\b|\b(?:weekly|monthly) (?:roundup|recap|digest|newsletter)\b"
    r"|\b(?:news )?(?:roundup|round-up|recap|digest)\b"
)
# An investor telling of its own investment, in the headline or the first sentence: "we have invested in X", "our
# investment in X", "we are proud to lead X's Series A", "why we backed X", "当社はX社に出資しました", "第三者割当増資を
# 引き受けました", "新規投資先のお知らせ". The announcement is the round's, with or without an amount.
_INVESTOR_OWN_EN = re.compile(
    r"(?i:\bwe(?:'ve| have| are)? (?:invested|investing) in|\bwe(?:'ve| have| are)? (?:backed|backing)"
    r"|\bour (?:latest |new |seed |lead )?investment in) [A-Z]"
    r"|(?i:\bwe(?:'ve| have| are)? (?:led|co-led|leading|lead)\b[^.]{0,40}\b(?:round|series|seed|financing|raise))"
    r"|(?i:\bproud to (?:lead|co-lead|back|invest in)\b|\bwhy we (?:invested|backed|led)\b)"
)
_INVESTOR_OWN_JA = re.compile(
    r"(?:当社|弊社)(?:が運営する|の)?[^。]{0,30}(?:に|へ)の?(?:出資|投資)(?:しました|いたしました|を実行|を決定|することを決議)"
    r"|(?:第三者割当増資|株式)を引き受け(?:ました|ることを決議)|(?:新規)?投資先のお知らせ|出資(?:に関する|の)お知らせ"
)
# A round in dispute, a headline about doubts, a probe or a lawsuit over it: news about the round, not its announcement.
_DISPUTE = re.compile(
    r"\b(?:scrutiny|questioned|questions over|probe[ds]?|investigat\w+|lawsuit|sues|sued|fraud|allegations?"
    r"|accused)\b|疑義|疑惑|不正|訴訟|提訴|捜査|告発|粉飾"
)
# Words that put a round in the past: "has raised", "recently announced a funding round", "これまでに…調達".
_PAST_ROUND = re.compile(
    r"\bha(?:s|ve) (?:so far |already )?raised\b|\brecently (?:announced|raised|closed|secured)\b|\bpreviously raised\b"
    r"|これまでに[^。]{0,30}調達|過去に[^。]{0,30}調達"
)
_ANNOUNCING = re.compile(r"(?:announc\w*|said|says) (?:that )?(?:it |the company )?$|(?:と)?発表[^。]{0,10}$")
# An address that says the page is a press release, wherever it is printed: news.livedoor.com/pr_article/…,
# /press-release/, /newsrelease/.
_RELEASE_PATH = re.compile(
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
# An academic institution's own site (www.kuicr.kyoto-u.ac.jp, centralasia.jinsha.tsukuba.ac.jp): its news is its
# own.
_ACADEMIC_HOST = re.compile(r"\.ac\.jp$")
# A headline telling of a lab's own work: "産総研、日本語音声の基盤モデルを公開", "NICT develops a translation model",
# "…センターを設立", "…と連携協定を締結".
_OWN_WORK_HEADLINE = re.compile(
    r"開発|公開|発見|成功|達成|解明|実証|構築|リリース|提供|発売|受賞|新技術|新手法|設立|開設|発足|締結|連携|協定"
    r"|\b(?:develops?|developed|releases?|released|launch(?:es|ed)?|unveils?|unveiled|discover(?:s|ed)?"
    r"|achieves?|achieved|demonstrates?|demonstrated|open-sources?|builds?|built|establish(?:es|ed)?|opens?|opened"
    r"|signs?|signed|partners?|partnered)\b"
)
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
        # Wires of research institutions' releases: universities and labs post their releases there as written.
        "eurekalert.org",
        "alphagalileo.org",
        "press-news.org",
        "idw-online.de",
    }
)
# The body opening with a company's legal form and its name ("株式会社X(本社…)は", "X株式会社と株式会社Yは"): a
# release's first sentence; reporters drop the form.
_OWN_LEAD = re.compile(
    r"[^。]{0,40}?(?:(?:株式会社|一般社団法人|一般財団法人|公益財団法人|学校法人)[^。、]{1,30}|[^。、]{1,30}株式会社)"
    r"(?:\([^)]*\))?(?:は|と|が)"
)
# A headline that opens with the issuer's legal form ("株式会社ABEJA「…」"): the organisation's own wording.
_OWN_HEADLINE = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:株式会社|合同会社|一般社団法人|一般財団法人|公益財団法人|国立大学法人|学校法人|国立研究開発法人)"
)
# State money going to one company, with the company first in the headline: "ラピダスに官民で総額2676億円の出資",
# "TSMC熊本第2工場に経産省が約7300億円支援へ", "Rapidus gets ¥100 billion more from Japanese government". The
# recipient's round is the story (funding), not the state's programme, which has the state as its subject
# ("経産省、ラピダスに…", "Japan to give Rapidus …": policy).
_TO_RECIPIENT_JA = re.compile(r"(?P<recipient>[^、。\s]{2,24}?)(?:に|へ)(?:対し(?:て)?)?(?P<rest>[^。]{0,40})")
_STATE_MONEY_JA = re.compile(
    r"(?:政府|官民|国(?:が|から|の)|[\u4e00-\u9fff]{1,6}(?:省|庁)|nedo|jic|産業革新投資機構|日本政策投資銀行|政投銀|[都道府県市](?:が|から))"
)
_SUPPORT_VERB_JA = re.compile(r"(?:出資|支援|補助|助成|投資|融資|拠出)")
_RECIPIENT_EN = re.compile(
    r"(?P<recipient>[a-z][\w&.-]*(?: [a-z][\w&.-]*){0,3}?) (?:to get|gets|got|to receive|receives|received|wins|won"
    r"|secures|secured|lands|landed|awarded|granted|to win)\b(?P<rest>[^.;。]{0,60})"
)
# A recipient by its shape: a Latin name ("TSMC", "Rapidus"), or any company name before a plant of its
# ("マイクロンの広島工場", "TSMC熊本第2工場").
_RECIPIENT_SHAPE = re.compile(
    r"(?P<name>[a-z][a-z0-9&. -]*|[\u30a1-\u30fa\u30fc・]{2,})"
    r"(?P<facility>の?[\u4e00-\u9fff0-9]{0,6}(?:新工場|工場|拠点|プラント))?"
)
_STATE_MONEY_EN = re.compile(r"\b(?:government|state|subsid\w*|grants?|ministry|meti|public funds?|taxpayer)\b")
# A state as the subject of a later clause of the headline, or a ministry named last as who acts, as Japanese
# headlines put it: "生成AI開発に政府が1000億円", "議会答弁に生成AI 取手市が試験導入", "…補助事業を採択 国交省".
# (A 県庁 or 都庁 buying a service is a customer, as when it opens the headline.)
_STATE_NAMES = rf"(?:政府|国|{_MINISTRY_NAME}|{_LOCAL_GOVERNMENT_NAME})"
_STATE_IN_HEADLINE = re.compile(
    rf"(?:^|(?<=[\s、,a-z0-9])|(?<=に|で|へ|と))(?P<state>{_STATE_NAMES})(?:が|は)(?!じめ)"
    rf"|(?P<last>政府|{_MINISTRY_NAME})$"
)
# The polite forms of an organisation speaking for itself, which reporters do not write.
_POLITE = re.compile(r"ました|します|ません|いたし|お知らせ|弊社|当社")
# A short quotation: a title or a phrase someone else wrote.
_QUOTATION = re.compile(r"「[^「」]{0,40}」")
# A headline about a state's own mishap, which it apologises for ("女川町、…がフェイクだったと謝罪",
# "City of X apologises for …"): news about the state, not its policy.
_MISHAP = re.compile(r"謝罪|陳謝|おわび|お詫び|誤って|誤投稿|誤送信|\bapologi[sz]e[sd]?\b|\bapology\b")
_LOCAL_GOVERNMENT = re.compile(_LOCAL_GOVERNMENT_NAME)
# A share that a state is the subject of, a statistic: "8割超", "3割", "半数", "約9割", "12%" (not "8件を採択").
_FIGURE = re.compile(r"(?:約|ほぼ|全体の)?(?:[\d.]+%|[\d一二三四五六七八九十]+割|半数|過半)")
# A headline announcing or reporting an event that its organiser holds: "生成AI活用セミナーを開催します",
# "ハッカソン 参加者募集", "【セミナーレポート】", "「AI博覧会」に出展", "Join us at …", "Webinar: …". The organiser's
# own notice (press), a company's or a local government's.
_EVENT_HEADLINE = re.compile(
    r"(?:セミナー|ウェビナー|イベント|シンポジウム|カンファレンス|フォーラム|ハッカソン|アイデアソン|ワークショップ|説明会"
    r"|勉強会|講演会|講座|研修会|交流会|展示会|エキスポ|expo)[^。]{0,30}?(?:を?開催(?:します|いたします|決定|のお知らせ|報告)?"
    r"|参加者?(?:を)?募集|申込|受付|のご案内|のお知らせ|レポート)"
    r"|(?:に|へ)出展|に登壇|開催(?:します|いたします|決定|のお知らせ)"
    # The organiser calling for participants, whatever the event is called ("事例研究「…」を開催、参加者を募集").
    r"|(?:参加者|受講者|受講生)を?募集"
    r"|\bjoin us\b|\bwebinar\b|\bregister (?:now|today|here)\b|\bvisit (?:us|our booth)\b"
)
# A local government's site (a city's, a prefecture's): its event notices are notices, not policy.
_LOCAL_GOVERNMENT_HOST = re.compile(r"(?:^|\.)(?:[a-z0-9-]+\.lg\.jp|(?:city|pref|town|vill)\.[a-z0-9.-]+\.jp)$")
# A survey or a document cited ("調査によると", "according to the survey"): neutral, said by releases and reports.
_CITATION = re.compile(
    r"(?:調査|結果|データ|統計|レポート|報告書|白書|資料|試算|推計)(?:結果)?によると"
    r"|according to (?:the |a |an |our |its |this |their )?(?:[a-z0-9-]+ ){0,3}"
    r"(?:survey|report|study|data|research|poll|analysis|index|ranking|estimates?|figures)"
)
# A name and a verb of announcing opening an English headline: "Rakuten Releases …", "APTO Launches …".
_RELEASE_VERB = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s){1,4}(?:Releases|Launches|Announces|Unveils|Introduces|Debuts|Expands|Partners|Opens"
    r"|Selects|Joins|Achieves|Completes|Signs|Appoints|Adds|Brings|Enters|Establishes|Rolls Out|Teams Up)\b"
)
# The end of a newsroom's headline, where the body tells what it did itself: "…第2版を発行", "…を公開しました",
# "…に関するお知らせ".
_OWN_NEWSROOM_HEADLINE = re.compile(
    r"(?:を|の)(?:公開|発行|発表|開始|策定|改訂|刊行|公表|締結|受賞|リリース|提供開始)(?:しました|いたしました)?$"
    r"|(?:に関する|についての|の)お知らせ$"
)
# A headline that names who acts: "X、…", "Xが…", "Xは…", "X and Y …" (a comma or a particle in its first words).
_HEADLINE_SUBJECT = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*[^、。]{1,25}?(?:、|,|が|は(?!じめ)|と[^、。]{1,20}(?:、|が|は))"
)
_JAPANS = re.compile(r"(?:the\s)?(?:japan(?:'s|’s)|japanese)?\s?(?:the\s)?")
# A label before the headline proper: "【速報】", "[PR]".
_HEADLINE_LABEL = re.compile(r"(?:【[^】]*】|\[[^\]]*\])\s*")
# A company announcing a grant it receives: "経産省から上限50億円の助成", "助成金の交付が決定",
# "receives a ¥5bn subsidy".
_GRANT_RECEIVED = re.compile(
    r"(?:省|庁|府|都|県|市|機構|財団|nedo|jst|政府|委員会)(?:から|より)[^。]{0,24}?(?:助成|補助)"
    r"|(?:助成|補助)金?の?交付(?:が)?決定"
    r"|(?:receive[sd]?|receiving|awarded|wins|won|granted|gets|obtains|obtained)[^.;。]{0,50}?(?:grant|subsid)"
)

# What an investor puts money into that is no company ("データセンター事業に", "AI研究開発に"): the same words as
# funding.py's test of the object.
_NOT_A_COMPANY = (
    "事業",
    "分野",
    "領域",
    "市場",
    "施設",
    "センター",
    "設備",
    "工場",
    "インフラ",
    "プロジェクト",
    "開発",
    "研究",
)
# An investor's headline about money it puts into one company: "Toyota's Woven unit to invest in Hokkaido rocket
# maker Interstellar", "しんきん脱炭素応援ファンド、倉敷市のひだかやに5000万円を投資". The English investor speaks in
# the future; the Japanese one is a fund by its ending, the headline's subject.
_INVESTOR_HEADLINE = re.compile(
    r"\b(?:to|will|plans to|agrees to|agreed to) (?P<verb>invest)\b[^.;。]{0,50}?"
    r"\b(?:startup|start-up|company|firm|developer|maker|manufacturer)\b"
    r"|^(?:【[^】]*】|\[[^\]]*\])?\s*[^、。\s]{1,30}?(?:ファンド|キャピタル|ベンチャーズ|インベストメント|投資事業有限責任組合)"
    r"(?:、|が|は)[^。]{0,40}?"
    + "".join(f"(?<!{word})" for word in _NOT_A_COMPANY)
    + r"に[^。]{0,20}?を?(?P<verb_ja>出資|投資)(?!家|信託|計画|額|先|事業|方針|枠)"
)
# A company's headline saying it gets a state body's money for its work: "さかなドリーム、JSTのA-STEPで最大5億円の
# 開発資金を受け…", "X、NEDOの事業で3億円の助成金を獲得".
_STATE_MONEY_RECEIVED = re.compile(
    r"(?:省|庁|機構|nedo|jst|amed|jsps|政府|国|都|県|市)の[^。]{0,30}?(?:資金|開発費|助成金?|補助金?)を(?:受け|獲得)"
)


def decide_kind(
    rules: FundingRules,
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
    site_owner: str | None = None,
    path: str = "",
) -> tuple[str, dict[str, Any] | None]:
    """paper, funding, policy, press or news, and the round of a funding story.

    ``site_owner`` is a name in the headline that the item's address spells, when the watch list does not
    know whose site it is ("INITIAL" on initial.inc, "AI Picasso" on note.com/aipicasso).
    """
    if (
        hint == "paper"
        or source == "arxiv"
        or host_within(host, PAPER_HOSTS)
        or _PAPER_PATH.match(path)
        or (hint in (None, "") and _REPOSITORY_HOST.match(host))
    ):
        reasons.append("kind:paper (source)")
        return "paper", None
    government_issuer = (issuer is not None and issuer.sector == "ministry") or (
        bool(_GOVERNMENT_HOST.search(host)) and not (issuer and issuer.sector == "national_lab")
    )
    # An abstract printed where no organisation speaks for itself (a project page, an index of papers): the
    # authors' own framing, and no reporter's wording.
    paper_terms = evidence[("kind", "paper")].terms()
    if (
        len(paper_terms) >= PAPER_MINIMUM
        and issuer is None
        and not site_owner
        and not government_issuer
        and hint in (None, "", "news")
        and not evidence[("kind", "news")]
        and not evidence[("kind", "funding")].title
        and len(paper_terms) > len(evidence[("kind", "press")].terms())
    ):
        reasons.append("kind:paper (" + ", ".join(paper_terms[:3]) + ")")
        return "paper", None
    # A digest of many stories is a report of them all, not the policy or the round it names first.
    digest = _DIGEST.search(folded[:title_length])
    if (
        digest is not None
        and not government_issuer
        and issuer is None
        and not site_owner
        and hint in (None, "", "news")
    ):
        reasons.append(f"kind:news (a digest: {digest.group(0)})")
        return "news", None
    funding_terms = evidence[("kind", "funding")]
    for match in RAISING.finditer(folded):
        funding_terms.add(match.group("verb"), match.start() < title_length)
    for match in _RAISING_HEADLINE.finditer(folded, 0, title_length):
        funding_terms.add(match.group(match.lastgroup or 0), True)
    for verb, in_title in investment_signals(document, folded, title_length, organisation_hits):
        funding_terms.add(verb, in_title)
    investing = _INVESTOR_HEADLINE.search(folded, 0, title_length)
    if investing is not None:
        funding_terms.add(investing.group("verb") or investing.group("verb_ja"), True)
    lead_end = len(_lead(folded, title_length))
    for own in (_INVESTOR_OWN_EN.search(document, 0, lead_end), _INVESTOR_OWN_JA.search(folded, 0, lead_end)):
        if own is not None:
            funding_terms.add(own.group(0).lower(), True)  # the investor's own announcement, as a headline's
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
    state_opening = not government_issuer and _government_headline(folded[:title_length], organisations)
    # A state acting later in the headline makes policy unless the headline announces a round ("X、10億円を調達
    # 国が…"): then the round is the story.
    state_headline = state_opening or (
        None if government_issuer or funding_terms.title else _state_later_in_headline(document[:title_length])
    )
    # A town apologising in the headline for its own mishap is news about the town, in the headline and the lead
    # alike; the state's apology ("政府、…に謝罪") is an act of state.
    mishap = _MISHAP.search(folded, 0, title_length) is not None
    if mishap and state_headline and _LOCAL_GOVERNMENT.fullmatch(state_headline):
        state_opening = state_headline = None
    speaker = (
        None if government_issuer or state_headline or mishap else _STATE_SPEAKER.search(_lead(folded, title_length))
    )
    if speaker is not None:
        policy += 3.0
        policy_terms.add(speaker.group(0).strip(" 、.。"), speaker.start() < title_length)
    if government_issuer:
        policy += 3.0
    elif state_headline:
        policy += 3.0
        if state_headline not in {ministry.name for ministry in ministries}:
            policy_terms.add(state_headline, True)
    reporting = _reporting_terms(evidence[("kind", "news")], folded)
    event = _EVENT_HEADLINE.search(folded[:title_length])
    if (
        event is not None
        and not reporting
        and not state_headline
        and speaker is None
        and hint != "policy"
        and (not government_issuer or _LOCAL_GOVERNMENT_HOST.search(host))
    ):
        reasons.append(f"kind:press (an event's notice: {event.group(0)})")
        return "press", None
    funding = None
    funding_weight = funding_terms.weight(2.0, 1.0)
    grant = (
        any(rules.grant_received.find(folded))
        or _GRANT_RECEIVED.search(folded) is not None
        or _STATE_MONEY_RECEIVED.search(folded, 0, title_length) is not None
    )
    if funding_terms or grant:
        funding, funding_reasons = extract_funding(rules, document, folded, title_length, organisation_hits, issuer)
        signals = (funding["amount"] is not None) + (funding["round"] is not None)
        funding_weight += signals
    else:
        funding_reasons = []
    recipient = (
        None if government_issuer or state_opening else _state_money_recipient(folded, title_length, organisations)
    )
    if recipient is not None:
        if funding is None:
            funding, funding_reasons = extract_funding(rules, document, folded, title_length, organisation_hits, issuer)
        reasons.append(f"kind:funding (state money to {recipient})")
        reasons.extend(funding_reasons)
        return "funding", funding
    received_grant = grant and funding is not None and funding["amount"] is not None
    if received_grant and not government_issuer and not state_headline:
        reasons.append("kind:funding (a grant received)")
        reasons.extend(funding_reasons)
        return "funding", funding
    # Policy words alone ("ガイドライン", "著作権") in a body's own announcement, a headline with no subject that says
    # what the body itself did ("…ガイドライン第2版を発行"), where no state acts: an industry body's or a company's
    # release about its own rules.
    no_state = not (government_issuer or state_headline or speaker or ministries)
    own_newsroom = (
        no_state
        and not reporting
        and hint in (None, "", "press")
        and _OWN_NEWSROOM_HEADLINE.search(document[:title_length]) is not None
        and _HEADLINE_SUBJECT.match(document[:title_length]) is None
    )
    if policy >= POLICY_MINIMUM and (government_issuer or state_headline or speaker or policy > funding_weight):
        if own_newsroom:
            reasons.append("kind:press (a headline of the issuer's own newsroom, no state acting)")
            return "press", None
        named = policy_terms.terms()[:3] + [ministry.name for ministry in ministries[:2]]
        reasons.append("kind:policy (" + ", ".join(named or [f"site of a government: {host}"]) + ")")
        return "policy", None
    # A round is announced in the headline, or the text states its amount: a round named in passing
    # ("the unicorn's Series A") is not a funding story; nor is one the text tells only further down, nor a
    # roundup of many rounds, nor one the body only looks back on ("the startup, which has raised ¥30 billion",
    # "recently announced a round"): background to another story.
    roundup = _roundup(folded, title_length) or _DISPUTE.search(folded[:title_length]) is not None
    past_round = not funding_terms.title and _looks_back(folded, title_length)
    if (
        funding is not None
        and not roundup
        and not past_round
        and (
            funding_terms.title
            or funding_weight >= 3
            and funding["amount"] is not None
            and announced_in_lede(rules, folded, title_length)
        )
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
    if (
        hint == "funding"
        and funding is not None
        and (
            funding["amount"] is not None
            or funding["round"] is not None
            or "funding:amount undisclosed" in funding_reasons
        )
    ):
        reasons.append("kind:funding (source)")
        reasons.extend(funding_reasons)
        return "funding", funding
    press_terms = evidence[("kind", "press")]
    news_terms = reporting
    if (
        issuer is not None
        and issuer.sector == "national_lab"
        and hint in (None, "")
        and _GOVERNMENT_HOST.search(host)
        and not press_terms
        and not _OWN_WORK_HEADLINE.search(folded, 0, title_length)
    ):
        # A national agency's government site telling of something other than its own work: an interview on its
        # portal, its report on another country's policy.
        reasons.append(f"kind:policy (site of a national agency, not a release of its own work: {host})")
        return "policy", None
    # An outlet's site is its own release only when the outlet opens the headline ("読売新聞、米Xを提訴").
    outlet = host_within(host, NEWS_OUTLETS) and not _opens_headline(issuer, organisations, folded)
    if issuer is not None and not outlet:
        reasons.append(f"kind:press (site of {issuer.name})")
        return "press", None
    if host_within(host, RELEASE_WIRES):
        reasons.append(f"kind:press (a release wire: {host})")
        return "press", None
    if site_owner and not outlet:
        reasons.append(f"kind:press (site of {site_owner})")
        return "press", None
    own_page = _own_page(host, path.lower())
    if own_page is not None and hint in (None, "", "press"):
        reasons.append(f"kind:press ({own_page})")
        return "press", None
    # The issuer's wording in the body, or a polite form in the headline ("…を開始しました", "…のお知らせ"): a
    # headline's plain "…の提供を開始" is how reports put it too.
    polite_title = _POLITE.search(folded, 0, title_length) is not None
    said_by_issuer = [term for term in press_terms.terms() if polite_title or term in press_terms.text]
    own_wording = _unquoted(said_by_issuer, folded)[:2]
    if _OWN_HEADLINE.match(folded):
        own_wording.append("legal form in the headline")
    if _OWN_LEAD.match(folded, title_length + 1):
        own_wording.append("legal form opening the text")
    if _RELEASE_PATH.search(path.lower()):
        own_wording.append("address of a press release")
    if _release_headline(document[:title_length]):
        own_wording.append("a release's headline")
    if hint == "press" or (not hint and own_wording and not news_terms):
        reasons.append("kind:press (" + (", ".join(own_wording[:2]) or "source") + ")")
        return "press", None
    # A release that a news site prints as it came: the issuer's own wording, and no reporter's.
    if hint == "news" and len(_unquoted(press_terms.terms(), folded)) >= 2 and not news_terms:
        reasons.append("kind:press (" + ", ".join(press_terms.terms()[:2]) + ", printed by a news site)")
        return "press", None
    reasons.append("kind:news")
    return "news", None


def _opens_headline(
    organisation: Organisation | None, organisations: list[tuple[Organisation, int]], folded: str
) -> bool:
    """Whether the organisation is the first words of the headline, a label ("【速報】") aside."""
    if organisation is None:
        return False
    label = _HEADLINE_LABEL.match(folded)
    begins = label.end() if label else 0
    return any(found is organisation and start == begins for found, start in organisations)


def _unquoted(terms: list[str], folded: str) -> list[str]:
    """The terms that the item says outside a quotation: 「クマ出没のお知らせ」 is the title of a notice that a report
    quotes, not the report's own wording."""
    if not terms or "「" not in folded:
        return terms
    bare = _QUOTATION.sub("」", folded)
    return [term for term in terms if term in bare]


def _own_page(host: str, path: str) -> str | None:
    """What says that the address is its publisher's own page, whatever wording its text has.

    A model's or a data set's card on Hugging Face is written by the account that publishes it
    (huggingface.co/<account>/<model>); a newsroom's host (press.example.co.jp, newsroom.example.com) and a path
    that names a release wire (…/release/prtimes2-today/…, /pr_article/) carry releases; an academic institution's
    site (.ac.jp) tells its own news, in whatever words ("…を達成したと発表した").
    """
    if host_within(host, _MODEL_HUB_HOSTS):
        parts = path.strip("/").split("/")
        if parts[0] == "datasets":  # huggingface.co/datasets/<account>/<data set>
            parts = parts[1:]
        if len(parts) >= 2 and parts[0] not in _MODEL_HUB_SECTIONS:
            return f"a card published on {host}"
        return None
    if _NEWSROOM_HOST.match(host):
        return f"a newsroom's address: {host}"
    if _WIRE_PATH.search(path):
        return "an address naming a release wire"
    if _ACADEMIC_HOST.search(host):
        return f"an academic institution's site: {host}"
    return None


def _reporting_terms(news: Evidence, folded: str) -> list[str]:
    """A reporter's wording: the news terms, less a survey or a document cited, which releases cite as well."""
    terms = news.terms()
    if not terms:
        return terms
    cited = [citation.group(0) for citation in _CITATION.finditer(folded)]
    return [term for term in terms if not cited or folded.count(term) > sum(citation.count(term) for citation in cited)]


def _release_headline(title: str) -> bool:
    """An English headline as releases write it: a name, a verb of announcing, and every longer word capitalised
    ("Rakuten Releases AI 2.0 Mixture of Experts LLM"); reporters write "Rakuten releases a new model"."""
    match = _RELEASE_VERB.match(title)
    if match is None:
        return False
    words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", title) if len(word) >= 4]
    return len(words) >= 4 and all(word[0].isupper() for word in words)


def _roundup(folded: str, title_length: int) -> bool:
    """Whether the headline or the first sentence calls the story a roundup or a statistic of many rounds.

    A roundup the first sentence only cites as its source ("according to a weekly robotics investment newsletter")
    tells one round.
    """
    for match in _ROUNDUP.finditer(_lead(folded, title_length)):
        if match.start() < title_length or not _ATTRIBUTION.search(
            folded, max(title_length, match.start() - 40), match.start()
        ):
            return True
    return False


def _looks_back(folded: str, title_length: int) -> bool:
    """Whether the body mentions a round only as past ("has raised"), not as what it announces ("today announced
    it has raised")."""
    for match in _PAST_ROUND.finditer(folded, title_length):
        if not _ANNOUNCING.search(folded, max(title_length, match.start() - 40), match.start()):
            return True
    return False


def _lead(folded: str, title_length: int) -> str:
    """The headline and the body's first sentence, where a report names who acts."""
    end = min(
        (found for found in (folded.find("。", title_length + 1), folded.find(". ", title_length + 1)) if found > 0),
        default=len(folded),
    )
    return folded[: end + 1]


def _state_later_in_headline(title: str) -> str | None:
    """A state acting in a later clause of a Japanese headline ("…に政府が", "… 取手市が導入", "… 国交省").

    A ministry or agency ending the headline acts; a city there is often only where it happened.
    """
    title = title.lower().strip()
    for match in _STATE_IN_HEADLINE.finditer(title):
        if match["state"] and _FIGURE.match(title, match.end()):
            continue  # a statistic of the state, not the state acting: "…852団体に 富山県は8割超"
        return (match["state"] or match["last"]).strip()
    return None


def _state_money_recipient(folded: str, title_length: int, organisations: list[tuple[Organisation, int]]) -> str | None:
    """The company that a headline opens with as the recipient of the state's money, with its amount.

    The recipient is a watch-list organisation that is no state, or a Latin name ("TSMC熊本第2工場に"); a field or a
    place ("データセンターに1兆円", "AI開発に官民で1兆円") is a programme, not a round.
    """
    title = folded[:title_length]
    label = _HEADLINE_LABEL.match(title)
    begins = label.end() if label else 0
    if not find_money(title):
        return None
    match = _TO_RECIPIENT_JA.match(title, begins)
    if match is not None and _SUPPORT_VERB_JA.search(match["rest"]):
        lead = _lead(folded, title_length)
        if _STATE_MONEY_JA.search(match["rest"]) or _STATE_MONEY_JA.search(lead, title_length):
            return _recipient_name(match["recipient"], begins, organisations)
    match = _RECIPIENT_EN.match(title, begins)
    if match is not None and _STATE_MONEY_EN.search(match["rest"]):
        return _recipient_name(match["recipient"], begins, organisations)
    return None


def _recipient_name(recipient: str, begins: int, organisations: list[tuple[Organisation, int]]) -> str | None:
    for organisation, start in organisations:
        if start == begins and organisation.sector not in ("ministry", "national_lab"):
            return organisation.name
    shape = _RECIPIENT_SHAPE.fullmatch(recipient)
    if shape is None or (shape["facility"] is None and not re.fullmatch(r"[a-z][a-z0-9&. -]{3,}", shape["name"])):
        return None
    return shape["name"]


def _government_headline(title: str, organisations: list[tuple[Organisation, int]]) -> str | None:
    """The state the headline is about, when its subject is one: 政府, a ministry, a city, "Japan to …"."""
    match = _STATE_HEADLINE.match(title) or _OTHER_STATE_HEADLINE.match(title)
    if match is not None:
        return match.group(0).strip("【】[] ")
    label = _HEADLINE_LABEL.match(title)
    begins = label.end() if label else 0
    # "Japan's FSA orders …", "The Digital Agency …": the ministry after a possessive of Japan or an article.
    owner = _JAPANS.match(title, begins)
    after = owner.end() if owner else begins
    for organisation, start in organisations:
        if organisation.sector == "ministry" and start in (begins, after):
            return organisation.name
    return None
