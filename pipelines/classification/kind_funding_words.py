"""The words that tell of a round, for an item's kind: a verb of raising, an investor's headline or its own
announcement, a grant received; and the words that make a round no funding story: a roundup of many rounds, a
dispute over one, a round the body only looks back on."""

from __future__ import annotations

import re

from pipelines.classification.headline import headline_and_lead

# "raises $30M", "secured ¥3 billion in a Series D", "raised 500 crore", but not "raises its forecast", nor a number
# that is no money ("has caught closed: Llama 4, Qwen 3", "secured 2 seats", "landed 3 contracts").
RAISING = re.compile(
    r"(?<![a-z])(?P<verb>raises|raised|raising|secures|secured|lands|landed|bags|closes|closed|nabs)(?![a-z])"
    r"(?=[^.;。]{0,30}?(?:[$¥€£]"
    r"|\d[\d.,]*\s?(?:million|billion|trillion|mn|mln|m|bn|bln|b|k|crore|cr|lakh|百万|千万|万|億|兆)(?![a-z])"
    r"|funding|round|seed|series|capital|investment|money|cash))"
)
# What every verb of RAISING begins with, looked for first: most texts have none, and the pattern may start anywhere.
RAISING_STEMS = ("rais", "secure", "land", "bags", "close", "nabs")
# More ways a headline tells of a round (read in the headline only).
RAISING_HEADLINE = re.compile(
    # "race to raise money", "to raise $50M": the bare verb with money after it, not "to raise rates by 0.25%".
    r"(?<![a-z])(?P<bare>raise)\s(?=[^.;。]{0,20}?(?:[$¥€£]|money|cash|funds|funding|capital|a (?:seed|series|round)))"
    # Headline slang for raising, with an amount of money straight after it: "picks up $8 million", "scores $25M",
    # "rakes in $100 million" (not "scores 90% on a benchmark", "nets $5 billion in profit", "lands a $30M contract").
    r"|(?<![a-z])(?P<slang>snags|snagged|scores|scored|picks up|picked up|pulls in|pulled in|rakes in|raked in|hauls in"
    r"|hauled in|nets|netted|grabs|grabbed|garners|garnered|banks|banked|reels in|reeled in|draws in|brings in)\s"
    r"(?=(?:a |an |about |nearly |over |some )?(?:us\$|[$¥€£]|\d[\d.,]*\s?(?:million|billion|m\b|bn\b|万|億|crore)))"
    r"(?![^.;。]{0,40}\b(?:profits?|revenues?|sales|earnings|income|loss|losses|orders?|contracts?|deals?|awards?"
    r"|prizes?|grants?|in (?:fines|damages))\b)"
    # Money as a noun of help that a company or a field gets: "Humanoid maker gets a $200M boost", "X lands $30M cash
    # injection", "Y receives a ¥5 billion lifeline" (not the state's money, "… from the government", a programme;
    # nor a verb, "to boost the country's AI").
    r"|(?<![a-z])(?P<boost>(?:gets?|got|receives?|received|lands?|landed|wins?|won|secures?|secured) (?:a |an )?"
    r"(?:us\$|[$¥€£]|\d)[\d.,]*\s?(?:million|billion|mn|m|bn|b)?\s(?:cash |capital |funding )?"
    r"(?:boost|injection|infusion|lifeline))\b"
    r"(?![^.;。]{0,40}\b(?:government|state|ministry|subsid\w*|public funds?|taxpayers?)\b)"
    # Backing from an investor, and a round called new: "Kumo gets backing from Index Ventures", "Kumo valued at $1bn
    # in new round" (not "a new round of layoffs").
    # The same with the backer's kind before it, or as support from a backer: "Cohere secures federal backing",
    # "fusion startup gets support from government and private sector" (not "gets support for Android", nor "wins
    # support from users": support from a backer).
    r"|(?<![a-z])(?P<backing>(?:gets|got|wins|won|receives|received|lands|landed|draws|drew|attracts|attracted"
    r"|secures|secured)(?: (?:federal|state|government|public|private|investor|venture|financial|fresh|new))?"
    r" (?:backing|(?:financial )?support from (?:the )?(?:government|state|public|private|investors?|banks?|venture"
    r"|vcs?|funds?)))\b"
    r"|(?<![a-z])(?P<new_round>(?:new|latest|fresh) (?:funding |financing )?round)\b(?! of\b)"
    # An investment a company receives from a backer: a strategic one from anyone ("X、グーグルのAI Futures Fundから
    # 戦略的投資", "X gets strategic investment from Y"), any from an investor by its ending ("Yキャピタルから出資",
    # "Z Venturesから追加投資"); not money flowing from a place ("海外から投資を呼び込む", "から投資家を招く").
    r"|(?P<received>から(?:の)?戦略的(?:投資|出資)"
    r"|(?:ファンド|キャピタル|ベンチャーズ|パートナーズ|fund|capital|ventures|partners)から(?:の)?(?:追加|新規)?(?:投資|出資)"
    r"(?!家|先|信託)|\bstrategic investments? from\b)"
    # A listed company's headline issuing shares or warrants to investors, or filing for it: "X、新株予約権の
    # 発行を決議", "Y 有価証券届出書(第5回新株予約権)", "第三者割当による新株式発行のお知らせ" (shares or warrants
    # given as pay, STOCK_OPTION, are no raising: the caller skips them).
    r"|(?P<issue>(?:新株予約権|新株式|株式)の?(?:発行|募集|割当)|有価証券届出書|第三者割当(?:増資)?)"
    # An investor leading a round in the headline: "Sequoia leads $20M round in Indian edtech Vedu".
    r"|(?<![a-z-])(?P<lead>leads|led|co-leads|co-led)\s(?=(?:a |an |the )?(?:us\$|[$¥€£]|\d)[^.;。]{0,25}?"
    r"\b(?:round|series|seed|funding|investment)\b)"
)
# Shares or warrants issued as pay, not to raise money: a headline with one of these issues no round.
STOCK_OPTION = ("ストックオプション", "stock option", "役職員", "従業員", "取締役に対する", "譲渡制限付株式")
# Lenders' loans to a company in the headline: "Megabanks eye loans of up to ¥2 trillion to Rapidus", "Banks extend
# $500 million loan to X" (the caller asks that a watch-list organisation, no state, follows "to": not "loans to
# small businesses").
LOANS_TO = re.compile(r"\bloans?\b(?: (?:of|worth|totaling|totalling) [^;:。]{1,30}?)? to (?=[a-z])")
# A headline that is a roundup or a statistic of many rounds, not one company's round: "AI funding recap",
# "資金調達 金額・件数ともに2桁減".
_ROUNDUP = re.compile(
    r"recap|roundup|round-up|this week in|weekly|monthly|(?:biggest|largest|top) (?:[a-z]+ )?rounds"
    r"|まとめ|件数|ランキング|上半期|下半期|動向"
    # The field's money as a statistic: "スタートアップの資金調達額、過去最高", "前年比", "VC funding to Japanese
    # startups fell", "AI funding hits a record in Q3".
    r"|スタートアップ(?:の|による|への)(?:資金調達|調達|投資)(?:額|総額)|前年比|前年同期|四半期"
    # The field's raising as a headline's subject, no company's: "米AIスタートアップの資金調達、過去最高に".
    r"|^[^、。\s]{0,12}スタートアップ(?:の|による)(?:資金調達|調達)(?:、|は|が)"
    r"|(?:venture|vc|startup|ai) (?:funding|investment) (?:to|in|for|hits|reached|reaches|tops|topped|fell|falls"
    r"|drops|dropped|slumps|surges|surged|soars|climbs|rose|rises|declines|declined"
    # (any verb of a figure's change: "Africa's startup funding jumps 240%", "VC investment doubled", "slides")
    r"|jumps|jumped|doubles|doubled|triples|tripled|halves|halved|grows|grew|slides|slid|plunges|plunged|shrinks"
    r"|shrank|rebounds|rebounded|recovers|recovered)\b"
    r"|\bq[1-4]\b|so far this year|year-on-year"
    # A quarter's or a half-year's money, as English reports name the period: "US$604M in 1Q24", "in the first
    # quarter of 2024", "in the first half of 2025" (上半期, 四半期 above).
    r"|\b[1-4]q(?:\d\d)?\b|\b(?:first|second|third|fourth|last|final) (?:quarter|half) of\b"
    # A week's rounds of many companies: "Indian startups and funds raise ₹2,500 crore in the last week of December".
    r"|\b(?:last|past|final|first|second|third|fourth) week of\b"
    # (opening the headline or the first sentence, or a clause after "and": "African startups raised $289 million in
    # January", "It's only March and robotics startups have already pulled in $2B"; the field's investors raising
    # their funds are as many raisings: "Indian climate VCs such as A and B are raising new funds")
    r"|(?:^|(?<=。)|(?<=\. )|(?<= and ))(?:[a-z-]+ ){0,3}(?:startups|companies|firms|investors|vcs)(?: and [a-z]+)?"
    r"(?: (?:that|which|who|such as|like|including) [^.;:。]{0,60}?)?"
    r" (?:(?:have|had|are|were|have been) (?:already |now |also )?)?"
    r"(?:raise|raised|raising|secure|secured|securing|bag|bagged|pull in|pulled in|land|landed|attract|attracted"
    r"|draw|drew|rake in|raked in|soak up|soaked up)\b"
    # A lead telling of several companies' rounds at once: "Two startups that make batteries each raised …".
    r"|\b(?:two|three|four|five|six|several|\d+) (?:[a-z-]+ ){0,3}(?:startups|companies|firms)\b[^.;。]{0,60}?"
    r"\beach (?:raised|secured|closed|landed)\b"
    # Money counted over many deals, a place's or a field's tally: "Vietnam attracted $2.6 billion in startup funding
    # through 233 deals", "across 1,200 deals", "326件の資金調達で総額…" (one round is one deal, "in a deal led by"; a
    # company's rounds so far are its own, "bringing its total to $50M over 3 rounds").
    r"|\b(?:across|through|in|over|from|via) (?:some |about |more than |over |nearly )?\d[\d,]* (?:[a-z-]+ ){0,2}"
    r"(?:deals|transactions)\b"
    r"|\d[\d,]*件の(?:資金調達|調達|案件|ディール|投資案件)"
    # A year's money of a field, a market report: "2025年 AI資金調達・M&A深層レポート", "2024年のスタートアップ投資
    # 動向".
    r"|(?:19|20)\d\d年度?の?\s?[a-z\u30a1-\u30fa\u30fc\u4e00-\u9fff]{0,8}(?:資金調達|投資)"
    r"(?:額|動向|市場|・|レポート|\s|$)"
)
# A headline about a fund being formed, which will invest in a field's companies to come ("X、日韓スタートアップに
# 投資するファンドを組成へ", "「Y基金」を設立", "Bank launches a fund for climate startups", "Bank to launch two
# venture debt funds"; not "launches an app and raises funds"), or an investor's budget set aside for investments to
# come ("X allocates $10 million for investments in African startups", "Y、AIスタートアップへの100億円の投資枠を設定"):
# no company's round (a fund's close, its own raising from investors, is not this).
FUND_FORMED = re.compile(
    r"(?:ファンド|基金)」?を?(?:組成|設立|立ち上げ|創設|新設)"
    r"|(?:投資|出資)枠を?(?:設定|設け|新設|創設)"
    r"|\b(?:launch(?:es|ed)?|sets? up|forms?|formed|creates?|created|unveils?|unveiled) (?:a |an |its |new |first )*"
    r"[^.;:。]{0,30}?(?:\bfund|(?<!raise )(?<!raises )(?<!raised )(?<!raising )(?<!secures )(?<!secured )\bfunds)\b"
    r"(?! (?:manager|raise|close))"
    r"|\b(?:allocat(?:es?|ed|ing)|earmark(?:s|ed)?|sets? aside) [^.;:。]{0,30}?\bfor (?:investments?|investing)\b"
)
# A company's valuation in the headline ("Suno評価24億ドル超", "企業価値4000億円に", "X valued at $2.5B"): a round's
# price when the first sentence says the company raised money (the caller asks it); a listed company's market value
# (時価総額, "market cap") is no round's.
VALUATION_HEADLINE = re.compile(
    r"(?<!時価)(?:評価額?|企業価値)(?:は|が|で|も)?(?:約|推定)?[$¥€£]?\d"
    r"|\b(?:valued at|valuations? (?:of|at|hits?|tops?|reaches|soars|jumps|doubles))\b"
)
# A headline reporting a company's results ("SoftBank posts $2.9B quarterly profit", "X、4〜6月期決算は最終黒字"): the
# earnings are the story, and a round the body cites (one the group leads or joined) is its background, unless the
# headline names a round too (the caller asks that no raising word is in it).
EARNINGS_HEADLINE = re.compile(
    r"\b(?:quarterly|annual|half-year|first-half|full-year|fiscal|q[1-4]) (?:net |operating )?"
    r"(?:profits?|loss(?:es)?|results|earnings|revenue)\b"
    r"|\b(?:posts?|posted|reports?|reported|books?|booked|swings? to) (?:a |an )?(?:record |surprise )?"
    r"(?:[$¥€£][\d.,]+\s?(?:[mb]n?|million|billion|trillion)? )?(?:net |operating )?(?:profit|loss)\b"
    r"|決算|純利益|純損益|最終損益|営業利益|経常利益|最終(?:黒字|赤字)|増収増益|減収減益|[増減]益"
)
# Money raised by a listing, the offering of shares on a market ("an IPO that raised HK$4.8 billion", "raised $1.5bn
# in its IPO", "新規上場で120億円を調達"): the market's story, not a round (a pre-IPO round is one, and a round "ahead
# of an IPO" is tied to its own words).
LISTING_RAISE = re.compile(
    r"(?<!pre-)\b(?:ipo|initial public offering|listing)\b[^.;。]{0,20}?\b(?:that |which )?(?:raised|raises|raising)\b"
    r"|\b(?:raised|raises|raising)\b[^.;。]{0,40}?\b(?:in|through|via|from|at) (?:its|an|the|a) (?:[a-z-]+ ){0,3}?"
    r"(?<!pre-)(?:ipo|initial public offering|listing)\b"
    r"|(?<!プレ)(?<!pre-)(?:ipo|新規(?:株式)?上場|株式上場|上場)(?:で|により|に伴い|に際し|時に|による)[^。]{0,30}?調達"
)
# Where a report names its source: "according to a weekly newsletter", "citing PitchBook's monthly data".
_ATTRIBUTION = re.compile(r"(?:according to|citing|cited by|per)\s[^.;。]*$")
# An investor telling of its own investment, in the headline or the first sentence: "we have invested in X", "our
# investment in X", "we are proud to lead X's Series A", "why we backed X", "当社はX社に出資しました", "第三者割当増資を
# 引き受けました", "新規投資先のお知らせ". The announcement is the round's, with or without an amount.
INVESTOR_OWN_EN = re.compile(
    r"(?i:\bwe(?:'ve| have| are)? (?:invested|investing) in|\bwe(?:'ve| have| are)? (?:backed|backing)"
    r"|\bour (?:latest |new |seed |lead )?investment in) [A-Z]"
    r"|(?i:\bwe(?:'ve| have| are)? (?:led|co-led|leading|lead)\b[^.]{0,40}\b(?:round|series|seed|financing|raise))"
    r"|(?i:\bproud to (?:lead|co-lead|back|invest in)\b|\bwhy we (?:invested|backed|led)\b)"
)
INVESTOR_OWN_JA = re.compile(
    r"(?:当社|弊社)(?:が運営する|の)?[^。]{0,30}(?:に|へ)の?(?:出資|投資)(?:しました|いたしました|を実行|を決定|することを決議)"
    r"|(?:第三者割当増資|株式)を引き受け(?:ました|ることを決議)|(?:新規)?投資先のお知らせ|出資(?:に関する|の)お知らせ"
)
# The lead's subject putting capital into a company it names, as the lead's first clause: "Xが、…を開発する
# Acme Roboticsに出資した", "Yは、スタートアップのサカナに出資しました": an investor's story, with or
# without an amount (read from the lead's start; a fund or a project is no company, and a place or a field
# takes 投資, not 出資).
INVESTOR_LEAD_JA = re.compile(
    r"[^。]{1,40}?(?:が|は)、?[^。]{0,60}?"
    r"(?<![a-z0-9\u30a1-\u30fa\u30fc・])(?:[a-z][a-z0-9 .&-]{1,30}|[\u30a1-\u30fa\u30fc・]{2,20})"
    r"(?<!ファンド)(?<!プロジェクト)(?<!プログラム)に(?:対し(?:て)?)?、?出資(?:した|しました|を実行|することを決め)"
    # (the act ending a clause, not a relative clause about something else: "…に出資した経験を生かし")
    r"(?=[。、]|と(?:発表|明らか)|こと|$)"
)
# A round in dispute, a headline about doubts, a probe or a lawsuit over it: news about the round, not its announcement.
DISPUTE = re.compile(
    r"\b(?:scrutiny|questioned|questions over|probe[ds]?|investigat\w+|lawsuit|sues|sued|fraud|allegations?"
    r"|accused)\b|疑義|疑惑|不正|訴訟|提訴|捜査|告発|粉飾"
)
# A piece that calls itself a commentary, an opinion, an analysis or a conversation, in the headline or the first
# sentence: it talks about money ("調達バブル", "a $100 billion round in talks", a bank's AI budget), it announces no
# round. "…氏による寄稿", "…を解説する記事", "…を読み解く", "AとBが語り合った", "対談", "Opinion: …", "an op-ed".
COMMENTARY = re.compile(
    r"寄稿|コラム|論考|対談|鼎談|語り合|解説(?:する|した)?記事|読み解く|考察(?:する|した)?記事"
    r"|\bop-ed\b|^(?:opinion|commentary|analysis|column|essay)\s?[:|]"
    r"|\b(?:an? |this )(?:opinion|commentary) (?:piece|column)\b"
)
# Words that put a round in the past: "has raised", "recently announced a funding round", "これまでに…調達".
_PAST_ROUND = re.compile(
    r"\bha(?:s|ve) (?:so far |already )?raised\b|\brecently (?:announced|raised|closed|secured)\b|\bpreviously raised\b"
    r"|これまでに[^。]{0,30}調達|過去に[^。]{0,30}調達"
)
_ANNOUNCING = re.compile(r"(?:announc\w*|said|says) (?:that )?(?:it |the company )?$|(?:と)?発表[^。]{0,10}$")
# A company announcing a grant it receives: "経産省から上限50億円の助成", "助成金の交付が決定",
# "receives a ¥5bn subsidy".
GRANT_RECEIVED = re.compile(
    r"(?:省|庁|府|都|県|市|機構|財団|nedo|jst|政府|委員会)(?:から|より)[^。]{0,24}?(?:助成|補助)"
    r"|(?:助成|補助)金?の?交付(?:が)?決定"
    r"|(?:receive[sd]?|receiving|awarded|wins|won|granted|gets|obtains|obtained)[^.;。]{0,50}?(?:grant|subsid)"
)
# What every match of GRANT_RECEIVED has in it, looked for first: most texts have none.
GRANT_WORDS = ("助成", "補助", "grant", "subsid")
# What an investor puts money into that is no company ("データセンター事業に", "AI研究開発に"): the same words as
# funding_signals.py's test of the object.
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
INVESTOR_HEADLINE = re.compile(
    r"\b(?:to|will|plans to|agrees to|agreed to) (?P<verb>invest)\b[^.;。]{0,50}?"
    r"\b(?:startup|start-up|company|firm|developer|maker|manufacturer)\b"
    r"|^(?:【[^】]*】|\[[^\]]*\])?\s*[^、。\s]{1,30}?(?:ファンド|キャピタル|ベンチャーズ|インベストメント|投資事業有限責任組合)"
    r"(?:、|が|は)[^。]{0,40}?"
    + "".join(f"(?<!{word})" for word in _NOT_A_COMPANY)
    + r"に[^。]{0,20}?を?(?P<verb_ja>出資|投資)(?!家|信託|計画|額|先|事業|方針|枠)"
)
# A company's headline saying it gets a state body's money for its work: "さかなドリーム、JSTのA-STEPで最大5億円の
# 開発資金を受け…", "X、NEDOの事業で3億円の助成金を獲得".
STATE_MONEY_RECEIVED = re.compile(
    r"(?:省|庁|機構|nedo|jst|amed|jsps|政府|国|都|県|市)の[^。]{0,30}?(?:資金|開発費|助成金?|補助金?)を(?:受け|獲得)"
)


def is_roundup(folded: str, title_length: int) -> bool:
    """Whether the headline or the first sentence calls the story a roundup or a statistic of many rounds.

    A roundup the first sentence only cites as its source ("according to a weekly robotics investment newsletter")
    tells one round.
    """
    for match in _ROUNDUP.finditer(headline_and_lead(folded, title_length)):
        if match.start() < title_length or not _ATTRIBUTION.search(
            folded, max(title_length, match.start() - 40), match.start()
        ):
            return True
    return False


def is_commentary(folded: str, title_length: int) -> bool:
    """Whether the headline or the first sentence calls the piece a commentary, an opinion, an analysis or a
    conversation (a contributed column, an explainer, a dialogue): no round's announcement."""
    return COMMENTARY.search(headline_and_lead(folded, title_length)) is not None


def looks_back(folded: str, title_length: int) -> bool:
    """Whether the body mentions a round only as past ("has raised"), not as what it announces ("today announced
    it has raised")."""
    for match in _PAST_ROUND.finditer(folded, title_length):
        if not _ANNOUNCING.search(folded, max(title_length, match.start() - 40), match.start()):
            return True
    return False
