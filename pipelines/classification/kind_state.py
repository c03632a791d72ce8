"""A state acting in an item, for its kind: a government, a ministry or a local government as the headline's
subject or in a later clause of it, a state speaking in the lead, and a state's own mishap, which is news."""

from __future__ import annotations

import re

from config.watchlist import Organisation
from pipelines.classification.headline import HEADLINE_LABEL
from pipelines.classification.kind_press import OWN_WORK_HEADLINE

# A ministry or an agency by its ending (経産省, 米商務省, デジタル庁; not 県庁 or 都庁, a prefecture's office), and
# a local government by its ending (横須賀市, 東京都, 山梨県, 小鹿野町; not 都市, 同市 or 全国).
_MINISTRY_NAME = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8}(?:省|(?<![都道府県])庁)"
# A court by its name (最高裁, 最高裁判所, 東京地裁, 知財高裁, 大阪地方裁判所): the judiciary is the state acting too.
_COURT_NAME = r"(?:最高裁(?:判所)?|[\u4e00-\u9fff]{1,6}(?:地裁|高裁|家裁|裁判所))"
_LOCAL_GOVERNMENT_NAME = (
    r"(?!都市|同[市県町村区]|全[市国])(?:[\u4e00-\u9fff]{1,5}(?:都|道|府|県|市|区)|[\u4e00-\u9fff]{2,5}(?:町|村))"
)
# A headline whose subject is a state: "政府、…", "首相は…", "横須賀市、…", "Japan to …", "Japan's cabinet …".
# (A ministry of the watch list at the start of the headline counts too; see ``government_headline``.)
_STATE_HEADLINE = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:"
    r"(?:日本政府|政府・与党|政府(?!系)|首相(?!官邸の)|[\u4e00-\u9fff]{1,4}首相|首相官邸|官邸|内閣(?!府)|与党|自民党|国会)"
    # (several joined by "・" only when the list ends as a subject: "秦野市・伊勢原市は", "東京都・広島県・X財団、", not
    # "秦野市・伊勢原市共同消防指令センター運用開始", where the towns name a facility)
    rf"|(?:{_LOCAL_GOVERNMENT_NAME}|[\u3041-\u3096]{{2,5}}(?:市|町|村))"
    rf"(?=(?:・{_LOCAL_GOVERNMENT_NAME})*(?:、|は|が|も|と|,)|(?:・[^・、。\s]{{1,20}})+[、,])"
    r"|(?:the\s)?japan(?:ese)?(?:'s|’s)?\s(?:government|cabinet|prime minister|pm|diet|parliament|lawmakers|regulators?"
    r"|(?:antitrust|competition|privacy|data protection|financial|copyright|communications|media|telecom|internet)"
    r"\s(?:watchdog|regulator|authority|agency|commission)"
    r"|ministry|ministries|trade ministry|economy ministry|industry ministry|digital agency|state)\b"
    r"|japan\s(?:planning|mulls|weighs|considering|drafting|preparing|to|will|plans?|launches|unveils|sets|approves|passes|adopts|eyes|considers|urges|proposes|issues|seeks"
    r"|pledges|aims|targets|backs|moves|calls|enacts|announces|allocates|earmarks|selects|picks|funds|creates"
    r"|establishes|drafts|tightens|introduces|outlines|unveil|launch|set|approve|pass|adopt|consider|propose)\b"
    r"|(?:prime minister|pm)\s)"
)
# Another state, a regulator or an international body as the headline's subject: "米商務省、…", "国連総会、…",
# "China's internet regulator issues …", "UK AI Safety Institute publishes …", "EU investigates …", "OECD updates …".
_OTHER_STATE_HEADLINE = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:"
    r"(?:国連(?:総会|安保理)?|欧州委員会|欧州連合|欧州議会|eu|oecd|g7|g20|ユネスコ"
    rf"|{_MINISTRY_NAME}|{_COURT_NAME})(?=、|は|が|も|,)"
    r"|(?:the\s)?(?:(?:u\.?s\.?|us|uk|eu|china|korea|south korea|india|france|germany|britain|singapore|taiwan|canada"
    r"|australia|california|[a-z]+(?:ese|ian|an|ish|ch))(?:'s|’s)?\s)?"
    r"(?:government|govt(?![-\w])|gov't|cabinet|parliament|congress|senate|national assembly|lawmakers"
    r"|regulators?|watchdog"
    r"|(?:internet|antitrust|competition|privacy|data protection|financial|communications|cyberspace|media)"
    r"\s(?:watchdog|regulator|authority|agency|commission|administration)"
    r"|ai (?:safety|security) institute|ai office|(?:commerce|justice|state) department|department of [a-z]+"
    r"|ministry of [a-z]+|european commission|european parliament|white house|federal trade commission|ftc)\b"
    r"|(?:the\s)?(?:un|united nations|oecd|g7|g20|unesco|european union|eu)(?:'s|’s)?\s"
    r"(?!startups?\b|companies\b|firms?\b|tech\b|-based\b|based\b)"
    # A foreign state by its name doing what states do: "China releases labelling rules for AI-generated content",
    # "Korea to require watermarks", "India unveils AI governance guidelines".
    r"|(?:the\s)?(?:u\.s\.|united states|uk|britain|china|korea|south korea|india|france|germany|singapore|taiwan"
    r"|canada|australia|vietnam|indonesia|malaysia|thailand|brazil|italy|spain"
    # (any country by its name, not only the largest: "Switzerland releases its own language model")
    r"|switzerland|netherlands|sweden|finland|denmark|norway|poland|ireland|estonia|israel|saudi arabia|uae|qatar"
    r"|philippines|new zealand|mexico|nigeria|kenya|turkey|south africa|egypt|argentina|chile|colombia|greece"
    r"|portugal|austria|belgium)\s"
    r"(?:releases|issues|unveils|adopts|passes|bans|orders|requires|proposes|publishes|finalises|finalizes|enacts"
    r"|tightens|approves|introduces|drafts|mandates|restricts|to (?:ban|require|regulate|tighten|introduce|issue|adopt"
    r"|restrict|mandate|launch|set up|create|establish)"
    # (a state setting up a fund or a programme: "Korea launches a startup fund", "India sets up an AI mission")
    r"|launches|sets up|creates|establishes)\b"
    # A foreign ministry by its Chinese or Korean name, ending in 部: "中国工業情報化部、…", "韓国科学技術情報通信部は".
    r"|(?:中国|韓国|台湾|北朝鮮|ベトナム)の?[\u4e00-\u9fff]{2,10}部(?=、|は|が|も|,))"
)
# A state in English by its country's name or adjective, as the owner of one of its bodies ("Vietnam's", "the UK",
# "South Korean", "U.S.").
_STATE_OWNER_EN = (
    r"(?:japan|japanese|(?:south |north )?korea|(?:south |north )?korean|china|chinese|taiwan|taiwanese|india|indian"
    r"|vietnam|vietnamese|u\.s\.|us|united states|american|u\.k\.|uk|united kingdom|britain|british|france|french"
    r"|germany|german|italy|italian|spain|spanish|netherlands|dutch|switzerland|swiss|sweden|swedish|finland|finnish"
    r"|denmark|danish|norway|norwegian|poland|polish|canada|canadian|israel|israeli|saudi arabia|saudi|uae|qatar"
    r"|singapore|singaporean|thailand|thai|indonesia|indonesian|malaysia|malaysian|philippines|philippine|australia"
    r"|australian|new zealand|brazil|brazilian|mexico|mexican|nigeria|kenya|turkey|turkish|ireland|irish|estonia"
    r"|federal|national|state|eu|european union)"
)
# A verb of the body's own act after it, in any tense ("adopted", "said", "has chosen", "is rolling out", "on Oct. 28
# announced"), not a noun of it ("the ministry's report"; a plural noun, "ministry officials", is the body speaking
# too).
_STATE_ACT_EN = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|also|now|jointly|formally|officially"
    r"|on (?:[a-z]{3,9}\.? )?\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?,?|on [a-z]+day,?) )*"
    r"(?:[a-z]{2,}(?:ed|s)|said|chose|chosen|made|set|began|begun|gave|given|took|taken|won|put|held|sent|spent|lent"
    r"|told|sought|drew|drawn|(?:(?<=is )|(?<=are )|(?<=was )|(?<=were ))[a-z]{2,}ing)\b"
)
# A state's body by the kind of body it is, with whose it is, opening the first sentence (or the headline) as the one
# that acts: "Vietnam's National Assembly adopted", "The UK Department for Science, Innovation and Technology said",
# "The US General Services Administration is rolling out", "The Japanese and U.S. governments on Oct. 28 announced"; a
# legislature or a state council needs no owner ("State Council issues …", "Parliament passes …").
_STATE_BODY_EN = (
    r"(?:(?:^|\. |。)(?:the )?"
    rf"{_STATE_OWNER_EN}(?:'s|’s)?(?: and (?:the )?{_STATE_OWNER_EN}(?:'s|’s)?)? (?:[a-z&,-]+ ){{0,5}}?"
    r"(?:ministry|ministries|department|agency|administration|national assembly|state council|parliament|congress"
    r"|senate|cabinet|governments?|legislature|regulators?)"
    r"|(?:^|\. |。)(?:the )?(?:state council|national assembly|national people's congress|parliament|congress|senate))"
    r"(?: (?:of|for) [a-z][a-z ,&-]{1,60}?)?(?: \([a-z]{2,10}\))? " + _STATE_ACT_EN
)
# A state actor speaking in the headline or the lead sentence: "デジタル相が発表", "デジタル庁の松本尚大臣は",
# "小池百合子知事は", "新発田市議会の12月定例会で", "Prime Minister Sanae Takaichi hosted", "the Trump Administration
# released": a government's programme, whoever reports it. (Not 様相, 真相 or 世相: words ending in 相.)
STATE_SPEAKER = re.compile(
    r"(?:[\u4e00-\u9fff\u30a1-\u30fa]{1,6}(?<![様真世位手人皮実])相|大臣|知事|市長|町長|村長|区長|長官|総理"
    # (a head of state: "マクロン大統領は", "習近平国家主席が"; not a former one, 前大統領, 元大統領)
    r"|(?<![前元])大統領|国家主席)(?:は|が|、)"
    # A state body by the kind of body it is opening the first sentence as its topic: the government ("政府は", "日本
    # 政府は"), a ministry or an agency ("厚生労働省は", "米国務省は") or a court ("最高裁は", "東京地裁は"); the
    # police's arrests are crime news, and a が there often opens a clause about a source ("財務省が行った調査で", a
    # survey a report quotes).
    rf"|。(?!警)(?:[\u4e00-\u9fff]{{0,3}}政府|{_MINISTRY_NAME}|{_COURT_NAME})は(?!じめ)"
    r"|(?:市|県|府|町|村|区|都)議会(?:の|で|は|が)"
    # A state's AI safety institute acting (Japan's within IPA, another country's: "AIセーフティ・インスティテュートは",
    # "英AI安全研究所が"): the body that writes the state's safety guides and evaluations, as "UK AI Safety Institute
    # publishes …" opens an English headline.
    r"|ai(?:セーフティ・?インスティテュート|安全研究所|セーフティ研究所|セキュリティ研究所)(?:\([a-z-]{2,8}\))?(?:は|が)(?!じめ)"
    # A state actor opening the first sentence with another as the subject of one act: "岸田文雄首相と米X社のCEOが
    # 会談し", "知事と市長が…を発表した" (a company meeting the minister later in the sentence is its own act).
    r"|。[\u4e00-\u9fff\u30a1-\u30fa]{0,8}(?:首相|大臣|知事|市長|町長|村長)と[^。]{1,40}?(?:が|は)(?!じめ)"
    r"|。(?:[\u4e00-\u9fff]{2,5}(?:都|府|県|市|区))(?:と|は|が)"
    # A city opening the first sentence after its prefecture, as papers write it: "神奈川県横須賀市は",
    # "茨城県つくば市が".
    # (or with の between them: "愛知県の豊橋市と田原市は")
    # (or as its office, "徳島県X町役場は", "X市役所が": the town acting)
    r"|。[\u4e00-\u9fff]{2,3}[都道府県]の?(?:[\u4e00-\u9fff]{1,5}|[\u3041-\u3096]{2,5})(?:市|区|町|村)(?:役場|役所)?"
    r"(?:と|は|が)"
    # Several local governments counted as one subject, in the headline or the lead: "豊橋、田原、湖西の3市が",
    # "A市、B市、C県など5自治体は", "県内の2町が" (a share of them is a statistic: "自治体の3割が").
    r"|(?:の|など|ら)(?:全国)?(?:\d{1,2}|[二三四五六七八九十]{1,2})(?:市町村|市町|市|町|村|県|府県|都県|道県|区|自治体)"
    r"(?:は|が)(?!じめ)"
    # The same with the place and the city joined by a dot, as broadcasters and papers write it: "東京・葛飾区は",
    # "兵庫・明石市が".
    r"|。[\u4e00-\u9fff]{2,3}・(?:[\u4e00-\u9fff]{1,5}|[\u3041-\u3096]{2,5})(?:市|区|町|村)(?:と|は|が)"
    # An English report's city or prefecture acting: "The city of Yokosuka began", "Kobe City said", "the Osaka
    # prefectural government will".
    r"|(?:^|\. |。)(?:the )?(?:city|prefecture|town|village) of [a-z]+\s"
    r"|(?:^|\. |。)(?:the )?[a-z]+ (?:city|prefectural|metropolitan|municipal) government\s"
    # (with where the city is: "Gwangju City in South Korea said", "Kobe City, in Hyogo Prefecture, will")
    # (also after a clause that sets the scene, "After a child died, Kishiwada City in Osaka is running a trial", and
    # in a progressive or a perfect tense, "is testing", "has adopted")
    r"|(?:^|\. |。|, (?!the |its |this |that |a ))(?:the )?[a-z]+ (?:city|prefecture)"
    r"(?:,? in (?:south |north )?[a-z]+(?: prefecture)?,?)?"
    r"\s(?:said|says|will|plans|has|began|begins|launched|launches"
    r"|announced|announces|introduced|introduces|adopted|adopts|started|starts|became|becomes"
    r"|is (?:now )?[a-z]{2,}ing|are (?:now )?[a-z]{2,}ing)\b"
    # (with whose office it is before the title: "Tokyo Governor Jane Doe opened", "India's Minister of State for
    # Science Raj Kumar said", "Osaka Mayor …"; not a former one, and not one giving an outlet an interview, a
    # report of the minister's views)
    # (a secretary of a department too, "UK technology secretary Peter Kyle set out", "US Commerce Secretary X said";
    # also after a clause that sets the scene, "Opening the summit on May 2, Singapore's Senior Minister of State X
    # explained")
    r"|(?:^|(?<![\s.][a-z])\. |。|(?:^|\. |。)(?:[a-z]+ing|at|in|on|after|during)\b[^.。,]{0,80}, )"
    r"(?:the )?(?:(?!former\b|ex\b)[a-z]+(?:'s|’s)? ){0,2}?"
    r"(?:prime minister|minister|chief cabinet secretary|(?<!general )(?<!company )secretary|governor|mayor)\s[a-z]"
    r"(?![^.。]{0,200}\binterview\b)"
    # A head of state opening the sentence or its clause by name, with an act of state: "President Jane Doe signed
    # …", "At a summit on May 2, President Jane Doe announced a plan and signed three executive orders" (a company's
    # president announces products and plans; not
    # "President and CEO …", nor "the president of Acme").
    r"|(?:^|\. |。|, )president (?!and\b|of\b)[a-z]+(?: [a-z.]+){0,2} (?:signed|issued|ordered|declared|vetoed"
    r"|(?:announced|unveiled|proposed|approved)\b[^.。]{0,80}?\b(?:signed|executive orders?|decrees?|laws?|bills?"
    r"|national))\b"
    # A government, or a state's council, opening the sentence as the one that decides: "The Japanese government has
    # decided to …", "Japan's Digital Society Promotion Council decided on Monday that …" (not "the company's European
    # headquarters will").
    r"|(?:^|\. |。)(?:(?:the )?(?:[a-z]+(?:'s|’s) |japanese |[a-z]+ese )?(?:government|cabinet)"
    r"|(?:japan|the government|the cabinet)(?:'s|’s) (?:[a-z-]+ ){1,4}(?:council|headquarters))"
    r" (?:has |have )?(?:decided|approved|adopted|announced|unveiled|compiled|will|plans|is planning|is considering"
    r"|is preparing)\b"
    # (any state's government by its name, having done an act of state: "The UK government unveiled its plan", "The
    # Abu Dhabi government launched its digital strategy"; what one will do for a company is read with its money)
    r"|(?:^|\. |。)(?:the )?(?:[a-z.]+ ){1,2}government (?:has )?(?:unveiled|unveils|launched|launches|released"
    r"|releases|introduced|introduces|published|publishes|issued|issues|adopted|adopts|approved|approves"
    r"|announced|announces)\b"
    r"|(?:^|\. |。)(?:the )?(?:eu|european union)(?:'s|’s) (?:ai act|ai office|rules?|regulators?|commission)"
    # (in any tense, as a state's body by its kind: "The European Commission opened a consultation", "the White House
    # has released")
    r"|(?:^|\. |。)(?:the )?(?:white house|european commission|[a-z]+ administration) " + _STATE_ACT_EN + r""
    r"|the [a-z]+ administration (?:released|issued|announced|unveiled|signed)"
    # A ministry opening the first sentence: "The Ministry of Science and ICT announced on January 15 that …",
    # "Korea's science ministry said".
    # (a state of two words too, "South Korea's science ministry held a ceremony"), and a national government's
    # department, "The U.S. Department of Commerce announced".
    r"|(?:^|\. |。)(?:the )?(?:(?:[a-z]+ )?[a-z]+(?:'s|’s) )?(?:ministry of [a-z][a-z ,&-]{2,60}?|[a-z]+ ministry"
    r"|(?:u\.s\.|us|uk|federal) department of (?:commerce|state|energy|defense|justice|the treasury|treasury|labor"
    r"|education|homeland security|health and human services|transportation|agriculture|the interior))"
    r"(?: \([a-z]{2,10}\))?\s"
    r"(?:said|says|announced|announces|released|releases|issued|issues|unveiled|unveils|published|publishes|selected"
    r"|selects|approved|approves|held|holds|launched|launches|opened|opens|began|begins"
    r"|will|plans|is (?:preparing|planning|set|expected) to|has decided|decided)\b" + "|" + _STATE_BODY_EN
)
# A state as the subject of a later clause of the headline, or a ministry named last as who acts, as Japanese
# headlines put it: "生成AI開発に政府が1000億円", "議会答弁に生成AI 取手市が試験導入", "…補助事業を採択 国交省".
# (A 県庁 or 都庁 buying a service is a customer, as when it opens the headline.)
# (after a clause's end, also an ellipsis: "…求職者に最適のお仕事…厚生労働省が実証実験")
_STATE_NAMES = rf"(?:政府|国|{_COURT_NAME}|{_MINISTRY_NAME}|{_LOCAL_GOVERNMENT_NAME})"
_STATE_IN_HEADLINE = re.compile(
    rf"(?:^|(?<=[\s、,a-z0-9.])|(?<=に|で|へ|と))(?P<state>{_STATE_NAMES})(?:が|は)(?!じめ)"
    rf"|(?P<last>政府|{_MINISTRY_NAME})$"
)
# A headline about a state's own mishap, which it apologises for ("女川町、…がフェイクだったと謝罪",
# "City of X apologises for …"): news about the state, not its policy.
MISHAP = re.compile(r"謝罪|陳謝|おわび|お詫び|誤って|誤投稿|誤送信|\bapologi[sz]e[sd]?\b|\bapology\b")
LOCAL_GOVERNMENT = re.compile(_LOCAL_GOVERNMENT_NAME)
# The same after its prefecture, as a lead names a town: "長野県軽井沢町", "岩手県一関市".
_PLACED_LOCAL_GOVERNMENT = re.compile(rf"(?:[\u4e00-\u9fff]{{2,3}}[都道府県])?{_LOCAL_GOVERNMENT_NAME}")
# A pact between a local government and a party that is no state, as the pair of subjects of the headline and the
# lead: "X銀行とY市が連携協定" / "X銀行と岩手県Y市は…協定を結んだ": news of the pair's partnership, not the town's
# policy (two governments' pact, "A県とB市が連携協定", stays the state's act).
_PACT = re.compile(r"連携協定|包括連携|協定を締結|協定締結|協定を結|協定に調印|覚書を締結")
_PAIR = re.compile(r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?P<a>[^、。\s]{2,20}?)と(?P<b>[^、。\s]{2,20}?)(?:が|は|、|,)")
# A share that a state is the subject of, a statistic: "8割超", "3割", "半数", "約9割", "12%" (not "8件を採択").
_FIGURE = re.compile(r"(?:約|ほぼ|全体の)?(?:[\d.]+%|[\d一二三四五六七八九十]+割|半数|過半)")
_JAPANS = re.compile(r"(?:the\s)?(?:japan(?:'s|’s)|japanese)?\s?(?:the\s)?")


# A ministry opening the lead sentence as its subject: its name (with a bureau of it, 日本銀行金融機構局) and a particle
# of the subject ("総務省は", "日本銀行が"), or in English the name and a verb of saying ("the Financial Services
# Agency said"). (A survey of its cited, "総務省の調査によると", is a source a report quotes, not the state acting.)
_MINISTRY_LEADS = re.compile(
    r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,16}?(?:は|が)(?!じめ)"
    r"|(?:[a-z&.-]+ ){1,7}?(?:said|says|announced|announces|released|releases|published|publishes|issued|issues"
    r"|reported|reports|will|plans)\b"
)


# The same after what the sentence is about, in Japanese: "…について、文部科学省は「…」と明らかにした" (the ministry
# as the topic, with は; a が there may be a clause's subject, "、経産省が定めた基準で").
_MINISTRY_TOPIC = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,16}?は(?!じめ)")


def ministry_opening_lead(folded: str, title_length: int, organisations: list[tuple[Organisation, int]]) -> str | None:
    """A ministry of the watch list (a central bank, an agency) that opens the body's first sentence as its subject
    ("日本銀行金融機構局は…を公表した", "The Financial Services Agency said"), or is its topic after a clause on what
    it speaks of ("H3ロケットについて、文部科学省は…と明らかにした"): the state's own act, whoever reports it."""
    lead = title_length + 1
    opening = (lead, lead + 4) if folded.startswith("the ", lead) else (lead,)
    lead_end = -1
    for organisation, start in organisations:
        if organisation.sector != "ministry":
            continue
        if start in opening and _MINISTRY_LEADS.match(folded, start):
            return organisation.name
        if start > lead and folded[start - 1] == "、" and _MINISTRY_TOPIC.match(folded, start):
            if lead_end == -1:
                lead_end = folded.find("。", lead)
            if lead_end == -1 or start < lead_end:
                return organisation.name
    return None


# A national agency's name as the subject of the lead, with its short form in brackets: "科学技術振興機構(JST)は".
_AGENCY_SUBJECT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,16}?(?:\([^()]{1,12}\))?(?:は|が)(?!じめ)")


def agency_programme_headline(
    folded: str, title_length: int, organisations: list[tuple[Organisation, int]]
) -> str | None:
    """A national agency (JST, NEDO) opening a headline, or as the subject opening its lead ("科学技術振興機構(JST)
    は…"), when the headline names a state programme (the caller's test: a policy word in the headline) and tells of
    no work of its own (開発, 公開, 設立 …): the agency acting for the state."""
    if OWN_WORK_HEADLINE.search(folded, 0, title_length):
        return None
    label = HEADLINE_LABEL.match(folded)
    begins = label.end() if label else 0
    lead = title_length + 1
    for organisation, start in organisations:
        if organisation.sector != "national_lab":
            continue
        if start == begins or (start == lead and _AGENCY_SUBJECT.match(folded, start)):
            return organisation.name
    return None


# A state by its country's name opening a Japanese headline as its subject: "中国、…規定が施行", "英国が…を発表",
# "米、…規制を強化" (a country's short form, 米 or 英, only before its comma).
_COUNTRY_SUBJECT = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:(?:日本|米国|アメリカ|中国|韓国|台湾|英国|イギリス|フランス|ドイツ|イタリア|インド|カナダ"
    r"|オーストラリア|シンガポール|ベトナム|インドネシア|タイ|ブラジル|ロシア|サウジアラビア|アラブ首長国連邦|uae)(?:、|が|は)"
    r"|(?:米|英|仏|独|中|韓)、)"
)


def country_headline(title: str) -> str | None:
    """A state by its country's name as the subject opening a Japanese headline; the caller asks it only of a
    headline that names an act of policy too ("中国、AI生成コンテンツの表示規定を施行"), for a country's name alone
    opens reports of its markets and its companies as well ("中国、スマホ出荷が減少")."""
    match = _COUNTRY_SUBJECT.match(title)
    return match.group(0).strip("【】[] 、がは") if match is not None else None


def pact_with_no_state(title: str, lead: str) -> bool:
    """Whether the (folded) headline tells of a pact between a local government and a party that is no state, and
    the lead names the two as one subject ("X銀行と岩手県Y市は"); a town alone as the lead's subject ("Y県はZ大学と
    協定を結んだ") acts for itself."""
    if not _PACT.search(title):
        return False
    return all(_state_and_other(_PAIR.match(text)) for text in (title, lead))


def _state_and_other(pair: re.Match[str] | None) -> bool:
    if pair is None:
        return False
    states = [
        side for side in (pair["a"], pair["b"]) if _PLACED_LOCAL_GOVERNMENT.fullmatch(side) or side in ("政府", "国")
    ]
    return len(states) == 1


def state_later_in_headline(title: str) -> str | None:
    """A state acting in a later clause of a Japanese headline ("…に政府が", "… 取手市が導入", "… 国交省").

    A ministry or agency ending the headline acts; a city there is often only where it happened.
    """
    title = title.lower().strip()
    for match in _STATE_IN_HEADLINE.finditer(title):
        if match["state"] and _FIGURE.match(title, match.end()):
            continue  # a statistic of the state, not the state acting: "…852団体に 富山県は8割超"
        return (match["state"] or match["last"]).strip()
    return None


# A launch of a rocket or a satellite: the space agency's flight, which "Japan launches …" reports as news, not an act
# of policy ("Japan launches second H3 rocket", "Japan to launch a lunar lander"; not "… satellite programme").
_SPACE_LAUNCH = re.compile(
    r"\blaunch(?:es|ed|ing)?\s(?:[\w-]+\s){0,3}?(?:rockets?|satellites?|probes?|spacecraft|landers?|missiles?)\b"
    r"(?!\s(?:program|programme|constellation|policy|plan|strategy|industry|business|market)s?\b)"
)


def government_headline(title: str, organisations: list[tuple[Organisation, int]]) -> str | None:
    """The state the headline is about, when its subject is one: 政府, a ministry, a city, "Japan to …"."""
    match = _STATE_HEADLINE.match(title) or _OTHER_STATE_HEADLINE.match(title)
    if match is not None and "launch" in title and _SPACE_LAUNCH.search(title):
        match = None
    if match is not None:
        return match.group(0).strip("【】[] ")
    label = HEADLINE_LABEL.match(title)
    begins = label.end() if label else 0
    # "Japan's FSA orders …", "The Digital Agency …": the ministry after a possessive of Japan or an article.
    owner = _JAPANS.match(title, begins)
    after = owner.end() if owner else begins
    for organisation, start in organisations:
        if organisation.sector == "ministry" and start in (begins, after):
            return organisation.name
    return None


# A body's submission to the state in the headline, the state its addressee and not its actor: "Newspaper body
# submits public comment to Japanese government", "X協会、政府に意見書を提出", "内閣府のパブリックコメントに意見を提出".
# The body's act is the story (news, or press on its own site); the state acts only if it opens the headline.
ADDRESSED_TO_STATE = re.compile(
    r"\b(?:submits?|submitted|sends?|sent|files?|filed|hands?|handed|delivers?|delivered) (?:a |an |its |their )?"
    r"(?:joint )?(?:public comments?|comments?|opinions?|letters? of opinion|written opinions?|requests?|petitions?"
    r"|proposals?|recommendations?)\b[^.;:。]{0,30}?\bto (?:the )?(?:[a-z]+ )?(?:government|ministry|cabinet|agency)\b"
    r"|(?:政府|[\u4e00-\u9fff]{1,8}(?:省|庁|府))(?:に|へ)(?:対し(?:て)?)?[^、。\s]{0,20}?(?:意見書|要望書|提言書|意見|要望|提言)を?(?:提出|手交|送付)"
    r"|パブリック・?コメントに(?:意見|コメント)を?(?:提出|送付)"
)
