"""Organisations named in the positions real Japanese and English news puts them in, known or not.

Each case is a class of sentence (a court, a foreign company with its country, a company in the position of its
own acts, an English name with its officer or its business), written here in our own words about real facts.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify


def detected(title: str, text: str = "") -> list[str]:
    return [entry["name"] for entry in classify(title, text).detected["organisations"]]


def assert_found_whole(title: str, text: str, names: set[str], fragments: set[str]) -> None:
    """Every name is detected whole, and none of the pieces a wrong cut would leave."""
    found = set(detected(title, text))
    assert names <= found
    assert not fragments & found


def named(title: str, text: str = "") -> set[str]:
    """Every organisation an item is found to name: watch-list ones and detected ones."""
    labels = classify(title, text)
    return {organisation["name"] for organisation in labels.organisations} | set(detected(title, text))


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # Courts, by their ending, short or long, and with a ruling after the short form.
        ("生成AI画像の著作権訴訟", "原告は名古屋地裁に損害賠償を求めて提訴した。", "名古屋地裁"),
        ("AI特許の出願を巡る判決", "ダバスの発明者を巡り、知的財産高等裁判所は控訴を棄却した。", "知的財産高等裁判所"),
        ("新聞社がAI検索を提訴", "大阪地裁判決は来年に出る見通しだ。", "大阪地裁"),
        ("AI生成物の判決", "最高裁判所は上告を受理しなかった。", "最高裁判所"),
        ("Newspapers sue AI search", "Nikkei and Asahi sued it at the Tokyo District Court.", "Tokyo District Court"),
        ("Ruling on AI inventor", "The Osaka High Court upheld the decision.", "Osaka High Court"),
        # A foreign company with its country before it.
        ("法律AIが日本進出", "米Harveyは、国内の法律事務所向けに日本語版を提供する。", "Harvey"),
        ("中国AIの台頭", "中国のStepFunが動画生成モデルを公開した。", "StepFun"),
        ("欧州のAI", "独アレフアルファは政府向けに主権AIを売り込む。", "アレフアルファ"),
        # What a company is, then its name.
        ("半導体の供給", "米半導体大手マイクロンは広島工場に投資する。", "マイクロン"),
        ("AI新興の動向", "AI新興のフツパーは外観検査AIを展開する。", "フツパー"),
        # A name in the position of a company's own acts.
        ("自動運転バスの実証", "車両はティアフォーが開発した自動運転ソフトを搭載する。", "ティアフォー"),
        ("配送AIの実証", "同社はヤマトと共同開発した配送計画AIを使う。", "ヤマト"),
        ("CVCが出資", "同ファンドはアイディアファクトリーに出資した。", "アイディアファクトリー"),
        ("買収", "メルカリはソウゾウを買収した。", "ソウゾウ"),
        ("生成AIで記事要約", "Ippu Senkinが提供する解説チャットボットを使う。", "Ippu Senkin"),
        ("日本語LLM", "ユビタスが公開したモデルを使った。", "ユビタス"),
        ("調査", "マクロミルによれば、導入企業は増えた。", "マクロミル"),
        # A university laboratory by its ending.
        ("医療LLM", "東京大学の原田研究室は、医療文書で追加学習したモデルを公開した。", "原田研究室"),
        # A company's name in brackets after the word for a company.
        ("宇宙新興", "宇宙スタートアップ「アークエッジ・スペース」は資金を集めた。", "アークエッジ・スペース"),
        ("社名変更", "同社は4月1日付で社名を「ミラティブAI」に変更する。", "ミラティブAI"),
        # The subject of a sentence that announces something.
        ("ECの新機能", "カウシェは、生成AIで商品説明を書く機能の提供を開始した。", "カウシェ"),
        # English: what only an organisation does or has.
        ("Store robots", "Telexistence, which makes shelf-stocking robots, opened a plant in Chiba.", "Telexistence"),
        ("Chips", "Tenstorrent's chief executive said the chip would be made in Japan.", "Tenstorrent"),
        ("Disaster AI", "We met Spectee CEO Kenjiro Murakami in Tokyo last week.", "Spectee"),
        ("Round", "The Sequoia-backed startup said it would open an office in Tokyo.", "Sequoia"),
        ("Payments", "PayPal bought all the shares of Paidy in 2021.", "Paidy"),
        ("Quantum", "Jij, which was founded in 2018, raised a Series B.", "Jij"),
    ],
)
def test_an_organisation_named_in_its_position_is_found(title: str, text: str, name: str):
    assert name in named(title, text)


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # A company name that begins in hiragana, before or after its form; not the tail alone.
        ("配送AIの実証", "つながりAI株式会社とココネット株式会社は実証を始める。", {"つながりAI"}),
        ("地銀系VCが出資", "今回、株式会社ちゅうぎんキャピタルが出資した。", {"ちゅうぎんキャピタル"}),
        # Investors in a list that the sentence says are investors, parted by 、 and および.
        (
            "資金調達",
            "ミライ株式会社は、カモメロジ、ハヤブサを引受先とする第三者割当増資を実施した。",
            {"カモメロジ", "ハヤブサ"},
        ),
        (
            "資金調達",
            "同社はソラノ技研、カモメロジおよびハヤブサ重工を引受先とする第三者割当増資を実施した。",
            {"ソラノ技研", "カモメロジ", "ハヤブサ重工"},
        ),
        (
            "Acme raises $10M",
            "Acme raised $10 million. Investors included Hoshi Tech, Kumo Works and Sora Robotics.",
            {"Hoshi Tech", "Kumo Works", "Sora Robotics"},
        ),
        # A company and its officer by name; a listed company and its code.
        ("外観検査AI", "フツパーの大西洋社長は「現場に合わせる」と語った。", {"フツパー"}),
        ("決算", "カウシェ(東証グロース: 1234)は通期の見通しを示した。", {"カウシェ"}),
        ("Results", "Acmeroid (TSE: 1234) said profit rose.", {"Acmeroid"}),
        # Labs and funds by their ending; the lab, not its owner's possessive.
        ("Benchmarks", "The benchmark comes from Alibaba Group's Tongyi Lab.", {"Tongyi Lab"}),
        # Japanese companies by their trade ending; a known company's arm is that company.
        (
            "部品の共同開発",
            "ミライ精機とソラノ技研、カモメ重工は、ハヤブサロボティクスやツバメシステムズと組む。",
            {"ミライ精機", "ソラノ技研", "カモメ重工", "ハヤブサロボティクス", "ツバメシステムズ"},
        ),
        # Public bodies and associations by their ending, in English.
        (
            "AI rules",
            "The rules were drafted with the Kanagawa Prefecture and the Japan Data Center Council.",
            {"Kanagawa Prefecture", "Japan Data Center Council"},
        ),
        ("Open models", "Members of the AI Alliance and the Linux Foundation met in Tokyo.", {"AI Alliance"}),
        # The companies of an English roundup: subjects that raise, and names with their round in brackets.
        (
            "AI funding recap",
            "Cursor raised $2.3 billion, and Clio secured a $500 million round. Other deals: Lovable ($200 million),"
            " d-Matrix ($275M) and n8n (€60m).",
            {"Cursor", "Clio", "Lovable", "d-Matrix", "n8n"},
        ),
    ],
)
def test_names_in_lists_hiragana_officers_and_roundups_are_found(title: str, text: str, names: set[str]):
    found = detected(title, text)
    assert names <= set(found)
    assert not {"フィナンシャルグループ", "Matrix"} & set(found)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("EU's AI rules", "The new AI Office will enforce the rules for large language models.", "EU AI Office"),
        ("AI規制", "AP通信によると、欧州委員会は指針を公表した。", "Associated Press"),
        ("中国の生成AI", "新華社は国産の大規模言語モデルが増えたと伝えた。", "Xinhua"),
        ("資金調達", "ラウンドにはフィデリティ・インベストメンツも参加した。", "Fidelity"),
    ],
)
def test_outlets_bodies_and_investors_of_the_watch_list_are_named(title: str, text: str, name: str):
    assert name in named(title, text)


@pytest.mark.parametrize(
    ("title", "text", "name", "fragment"),
    [
        # A method in an abstract is no company ("DSO, which makes …"), nor is "high fidelity".
        (
            "Robots",
            "Telexistence, which makes store robots, saw high fidelity with the DSO, which makes plans fast.",
            "Telexistence",
            "DSO",
        ),
        ("Robots", "Telexistence, which makes store robots, saw high fidelity in tests.", "Telexistence", "Fidelity"),
        # Kinds of court are not courts.
        ("判決", "名古屋地裁は、高等裁判所と地方裁判所の判断が分かれた点に触れた。", "名古屋地裁", "高等裁判所"),
        # The last word of a longer Latin name; a description before a name; a title before a person.
        ("出資", "ティアフォーが開発した技術を使う東大発スタートアップPale Blueに出資した。", "ティアフォー", "Blue"),
        (
            "Stake",
            "KDDI will take a stake in Japanese LLM developer ELYZA, Tenstorrent's chief executive said.",
            "Tenstorrent",
            "Japanese LLM",
        ),
        ("People", "Former Google CEO Eric Schmidt backs the Sequoia-backed startup.", "Sequoia", "Former Google"),
        # Generic words in a name's position.
        ("提携", "米Harveyは米国のスタートアップと共同開発した。", "Harvey", "スタートアップ"),
        ("市場", "米ドルの上昇を受け、米Gleanは価格を改めた。", "Glean", "ドル"),
        # The tail of a hiragana name; a particle before a form; a particle in a physics abstract.
        (
            "地銀",
            "本日、ふくおかフィナンシャルグループ株式会社とソラノ株式会社は提携した。",
            "ソラノ",
            "フィナンシャルグループ",
        ),
        ("提携", "当社は、つながりAI株式会社と提携した。", "つながりAI", "提携"),
        ("Decays", "Hoshi Tech, which makes detectors, studied e+e- to X(3872) decays.", "Hoshi Tech", "to X"),
        ("創薬AI", "ミライ精機はアステラスファーマと組み、データラボを開いた。", "ミライ精機", "アステラスファーマ"),
        ("創薬AI", "ミライ精機はアステラスファーマと組み、データラボを開いた。", "ミライ精機", "データラボ"),
        ("研究", "和泉研究室は、松尾研究室、原田研究室、同研究室の卒業生を集めた。", "原田研究室", "同研究室"),
        # Words for who does something, in a company's place.
        ("開発", "ティアフォーが開発し、チームが公開したツールを使う。", "ティアフォー", "チーム"),
        ("半導体", "米ハイパースケーラーや中国のゲームメーカーが米Gleanと組む。", "Glean", "ゲームメーカー"),
        ("半導体", "米ハイパースケーラーや中国のゲームメーカーが米Gleanと組む。", "Glean", "ハイパースケーラー"),
        (
            "会社概要",
            "会社「概要」の欄に、スタートアップ「アークエッジ・スペース」とある。",
            "アークエッジ・スペース",
            "概要",
        ),
        ("Labs", "Stanford's AI Lab and Tongyi Lab released the data.", "Tongyi Lab", "AI Lab"),
    ],
)
def test_words_in_those_positions_that_name_no_one_stay_out(title: str, text: str, name: str, fragment: str):
    names = detected(title, text)
    assert name in names
    assert fragment not in names


def test_a_numbering_word_with_a_letter_is_no_new_model_name():
    labels = classify(
        "Kyoto lab releases Hanami-13B-Instruct",
        "The lab's drug partner started a Phase-2B trial; a Type-1B form was also tested.",
    )
    assert [entry["name"] for entry in labels.detected["models"]] == ["Hanami-13B-Instruct"]


@pytest.mark.parametrize(
    ("title", "text", "names", "fragments"),
    [
        # A body named by what it is "of" or "for", with several words and an "and"; not the first words of a
        # longer name, nor a headline's verb.
        (
            "Chip policy",
            "Taiwan's Ministry of Science and Technology will fund it, and the Office of Science and Technology"
            " Policy agreed.",
            {"Ministry of Science and Technology", "Office of Science and Technology Policy"},
            {"Office of Science and Technology"},
        ),
        (
            "Korean corpus",
            "A team at the National Institute for Korean Language and Culture built it; the Ministry of Economy,"
            " Trade and Industry paid.",
            {"National Institute for Korean Language and Culture"},
            {"National Institute for Korean", "Ministry of Economy"},
        ),
        (
            "Hoshi Institute of Marine Robotics Unveils Arm Model",
            "The arm was shown in Osaka.",
            {"Hoshi Institute of Marine Robotics"},
            {"Hoshi Institute of Marine", "Hoshi Institute of Marine Robotics Unveils Arm"},
        ),
        # Government offices and markets by their ending, and their acronym; a government by its leader is none.
        (
            "Drone rules",
            "The Civil Aviation Administration (CAA) and the Digital Strategy Headquarters wrote it, the Taipei"
            " Exchange said; the Biden Administration had not.",
            {"Civil Aviation Administration", "CAA", "Digital Strategy Headquarters", "Taipei Exchange"},
            {"Biden Administration"},
        ),
        # The source a report cites, where people work, the owner of a plant; not a table or a place.
        (
            "Memory prices",
            "Prices rose 30%, according to Trendline. The gap is wider, according to Table 2 and according to"
            " Japan. Researchers at POSTECH and Hoshi Labs agree, and Kumo Semi's Kumamoto fab opens in May.",
            {"Trendline", "POSTECH", "Hoshi Labs", "Kumo Semi"},
            {"Table", "Japan"},
        ),
        (
            "Survey",
            "Most startups cut costs, according to Ito & Partners, which runs a database.",
            {"Ito & Partners"},
            set(),
        ),
        # An English list with "&" in a name, a name led by "the", and a last item that is no name.
        (
            "Fusion council",
            "Its members include Hoshi Tech, Kumo & Co., Sora Heavy Industries and several universities.",
            {"Hoshi Tech", "Kumo & Co.", "Sora Heavy Industries"},
            set(),
        ),
        (
            "Round",
            "Investors include Hoshi Tech, Kumo Works and the Sora Fund.",
            {"Hoshi Tech", "Kumo Works", "Sora Fund"},
            set(),
        ),
    ],
)
def test_english_bodies_sources_workplaces_and_lists_are_found_whole(
    title: str, text: str, names: set[str], fragments: set[str]
):
    assert_found_whole(title, text, names, fragments)


@pytest.mark.parametrize(
    ("title", "text", "names", "fragments"),
    [
        # Japanese towns, local offices and names after a verb.
        # Towns and villages before any particle in text that names a prefecture; a kind of town is none.
        (
            "AIデマンド交通",
            "岐阜県の東濃地区で、白川町と東白川村を結ぶバスと、七宗町の予約バスが城下町の観光客も運ぶ。",
            {"白川町", "東白川村", "七宗町"},
            {"城下町"},
        ),
        ("AI配車の実証", "ミライ交通は秋田県上小阿仁村で実証を始めた。", {"秋田県", "上小阿仁村"}, set()),
        # A district of a city, written without its prefecture, is no town.
        ("新オフィス", "本社を大手町の新しいビルに移した。", set(), {"大手町"}),
        # A local government's offices: its board of education, its fire department.
        (
            "生成AI研修",
            "岐阜県教育委員会が主催し、高知県四万十市消防本部も参加した。",
            {"岐阜県教育委員会", "四万十市消防本部"},
            set(),
        ),
        # A name after the verb that describes it ("協定を結ぶX", "運営するXファンド").
        (
            "議会答弁AI",
            "同市は協定を結ぶミライ・ボイスの「答弁作成AI」を導入し、同社が運営するミライ2号投資事業有限責任組合も出資した。",
            {"ミライ・ボイス", "ミライ2号投資事業有限責任組合"},
            set(),
        ),
        # Japanese schools, units of a university, bureaus and funds: found whole.
        # Schools by their ending, with the prefecture that runs them; students and teachers are not schools.
        (
            "生成AIの出前授業",
            "ミライ高専は、岐阜県立恵那中等教育学校と長野県立松本深志高校で授業を行い、高校生と高校教員が参加した。",
            {"岐阜県立恵那中等教育学校", "長野県立松本深志高校"},
            {"高校生", "高校教員"},
        ),
        # A university's hospital, faculty, campus and institute; the university too.
        (
            "医療AIの導入",
            "湘南ミライ医科大学病院が導入し、成城大学経済学部の教授とテキサス大学オースティン校の研究者、"
            "北京理工大学計算知能研究院が協力した。",
            {
                "湘南ミライ医科大学病院",
                "湘南ミライ医科大学",
                "成城大学",
                "テキサス大学オースティン校",
                "北京理工大学計算知能研究院",
            },
            set(),
        ),
        # Commissions and bureaus, a second body after "・", a center with its acronym; a secretariat, a pharmacy,
        # the authorities and a service in brackets are none.
        (
            "AI産業政策",
            "深圳市工業委員会・前海管理委員会の主任と国家統計局、韓国インターネット振興センター(KISC)が語った。"
            "大会事務局と調剤薬局、規制当局、「宇宙郵便局」も触れた。",
            {"深圳市工業委員会", "前海管理委員会", "国家統計局", "韓国インターネット振興センター", "KISC"},
            {"大会事務局", "調剤薬局", "規制当局", "宇宙郵便局", "インターネット振興センター"},
        ),
        # A fund with a long name, and one of the older form.
        (
            "第三者割当",
            "ミライ・アセット・パートナーズJAPAN2号投資事業有限責任組合と北陸創生ファンド投資事業組合を割当先とする。",
            {"ミライ・アセット・パートナーズJAPAN2号投資事業有限責任組合", "北陸創生ファンド投資事業組合"},
            set(),
        ),
        # The names of an English roundup: found without their descriptions.
        # The companies of an English roundup: in rupees and Australian dollars, with dotted names, after a
        # sector word or a city's possessive, a buyer and what it bought, what a company is before its name.
        (
            "Funding roundup",
            "Fintech Kumo Money raised $12 million, and Hoshi Bio raised ₹150 crore. NBFC Tsubame Finance took $18"
            " million of debt, and Tsuru Alternates invested $72 million in a platform. Osaka's Builder.io raised"
            " $25 million, Lisbon-founded FlowY.ai closed a $35 million round and Danish healthcare company"
            " Medic42 raised 100 million euros.",
            {"Kumo Money", "Hoshi Bio", "Tsubame Finance", "Tsuru Alternates", "Builder.io", "FlowY.ai", "Medic42"},
            {"Fintech Kumo Money", "NBFC Tsubame Finance", "Osaka's Builder.io", "Lisbon-founded FlowY.ai"},
        ),
        (
            "Deals of the week",
            "Camerarent bought rival LensHub, scooter pioneer Ridezy passed to a rival, and Hoshi Ventures-Kumo"
            " and Tsubame Global joined as new investors, citing DealBook.",
            {"Camerarent", "LensHub", "Ridezy", "Hoshi Ventures-Kumo", "Tsubame Global", "DealBook"},
            {"Hoshi Ventures"},
        ),
        # Investors in a pair that the words before call investors; a fund with its number in a list; a company
        # "behind" its product; a company with its form written out; an institution's researchers.
        (
            "Round",
            "Existing investors including Tsuru and Kame took part; Hoshi Ventures, Kumo Vision Fund 2, Sora"
            " Partners and Y Combinator added more. Polaris, the company behind the library, hired Ito & Company"
            " and Kame Capital, L.P. A paper by UNIST researchers and by NLP researchers was cited.",
            {"Tsuru", "Kame", "Kumo Vision Fund 2", "Polaris", "Ito & Company", "Kame Capital, L.P.", "UNIST"},
            {"NLP"},
        ),
        # A result unveiled by two people is no pair of investors.
        ("Physics", "The effect was unveiled by Tanaka and Suzuki in 1952.", set(), {"Tanaka", "Suzuki"}),
    ],
)
def test_towns_offices_schools_bureaus_funds_and_roundup_names_are_found_whole(
    title: str, text: str, names: set[str], fragments: set[str]
):
    assert_found_whole(title, text, names, fragments)


@pytest.mark.parametrize(
    ("title", "text", "names", "fragments"),
    [
        # The company that makes or runs what the sentence names, or owns a service; not a word for who does it.
        (
            "買収",
            "ミライは「Codex」を開発するHoshi Labsを買収し、「空旅」を運営するソラトラベルは、"
            "ツバメの運営会社を訴えた。アプリを開発するチームが参加した。",
            {"Hoshi Labs", "ソラトラベル", "ツバメ"},
            {"チーム"},
        ),
        # Who a survey is by; a university's spin-off; a company's new name.
        (
            "生成AIの利用者が3倍に カモメリサーチ調べ",
            "京都大学発のKumoTechが協力し、同社は「Hoshizora」に改称した。",
            {"カモメリサーチ", "KumoTech", "Hoshizora"},
            set(),
        ),
        # Chinese ministries, with their minister or after 中国; not a region (東部) or a company's department.
        (
            "中国の産業政策",
            "全人代で、商工技術部の王明部長が語った。中国の通信情報化部は文書を出し、中国東部の工場が増えた。",
            {"商工技術部", "通信情報化部"},
            {"東部", "中国東部"},
        ),
    ],
)
def test_makers_surveyors_spin_offs_new_names_and_chinese_ministries_are_found(
    title: str, text: str, names: set[str], fragments: set[str]
):
    assert_found_whole(title, text, names, fragments)


def test_a_body_read_as_foreign_is_no_japan_evidence():
    labels = classify(
        "全人代、大規模言語モデルの企業数が急増",
        "全人代で、商工技術部の王明部長は大規模言語モデルの企業が増えたと述べた。"
        "中国の中関村AI管理委員会も生成AIの支援を広げ、スタンフォード大学サンディエゴ校も協力する。",
    )
    names = {entry["name"] for entry in labels.detected["organisations"]}
    assert {"商工技術部", "中関村AI管理委員会", "スタンフォード大学サンディエゴ校"} <= names
    assert not any("written in Japanese" in reason for reason in labels.reasons)


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # A pair at the head of a clause, a known short name with a long one and its acronym.
        (
            "搭乗の実証",
            "ANAと関西エアポートテクノ(KAT)は実証を始めた。実験は東京大学と、大阪大学とKRSが担う。",
            {"関西エアポートテクノ", "KAT", "KRS"},
        ),
        # Names parted by や and 、 that the words after call companies.
        ("ファンド組成", "HOKUやKAMO TECH、TSURUDOなど地元企業の関係者が出資した。", {"HOKU", "KAMO TECH", "TSURUDO"}),
        # A list item that begins in hiragana; a Latin name with its reading in brackets.
        (
            "資金調達",
            "同社は、ちばぎん銀行、K-Growth、住友商事のCVCなどから出資を受けた。同市のSoranoCap(ソラノキャピタル)も加わる。",
            {"K-Growth", "SoranoCap"},
        ),
        # A headline's survey credit after a figure, the space dropped.
        ("生成AIの月間利用者は2年で8倍 カモメデータ調べ", "カモメデータがログを分析した。", {"カモメデータ"}),
    ],
)
def test_pairs_company_lists_readings_and_survey_credits_are_found(title: str, text: str, names: set[str]):
    assert names <= set(detected(title, text))


def test_kinds_of_committee_school_and_bureau_are_no_names():
    found = set(
        detected(
            "大会の運営",
            "実行委員会と第三者委員会、選考委員会が集まり、商業高校と定時制高校の生徒、テレビ局の報道局も加わった。"
            "原子力規制委員会とカモメ市立北高校は別に参加した。",
        )
    )
    assert not {"実行委員会", "第三者委員会", "選考委員会", "商業高校", "定時制高校", "報道局"} & found
    assert "カモメ市立北高校" in found


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("バイデン米大統領、AIの安全性で大統領令", "バイデン米大統領は、AIの安全性に関する大統領令に署名した。"),
        ("習近平国家主席、AI協力の枠組みを提案", "習近平国家主席は、各国にAI協力の枠組みを提案した。"),
    ],
)
def test_a_head_of_state_opening_the_headline_is_no_organisation(title: str, text: str):
    assert detected(title, text) == []


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # A list that the words after call investors or count, its items named by nothing else.
        (
            "新興が資金調達",
            "ラウンドにはアオバラ、ミナトノハナ、シロツメクサなどが参加した。",
            {"アオバラ", "ミナトノハナ", "シロツメクサ"},
        ),
        (
            "3社が提携",
            "ハヤブサ・ナビゲーション・アンド・ロジスティクス・グループ、コマドリ通運、ヒバリの3社は提携した。",
            {"ハヤブサ・ナビゲーション・アンド・ロジスティクス・グループ", "ヒバリ"},
        ),
        (
            "代替肉の新興",
            "仏Biscuits Élan、アサギ、ルリビタキなどが出資した。",
            {"Biscuits Élan", "アサギ", "ルリビタキ"},
        ),
        # The last name of an English list after ", as well as".
        ("Round closes", "Investors include Sony, Hitachi, as well as Zebrafin.", {"Zebrafin"}),
        ("Grant winners", "The fund backed Canon, Olympus, as well as Quillwort.", {"Quillwort"}),
        # An English company by the trade its name ends in; an office of state by its ending.
        (
            "Grants",
            "The grant went to Kestrel Robotics and Tidewater Energy this week.",
            {"Kestrel Robotics", "Tidewater Energy"},
        ),
        (
            "Filings",
            "Records came from the European Patent Office and the Korean Intellectual Property Office.",
            {"European Patent Office"},
        ),
        # Two fields joined by "and" before the ending: one body's name.
        ("Approval", "The Food and Drug Administration cleared the device.", {"Food and Drug Administration"}),
        (
            "Patents",
            "Data came from the United States Patent and Trademark Office.",
            {"United States Patent and Trademark Office"},
        ),
        # A capital word after a list's comma is part of a name, not a sentence's opening word.
        ("Series A", "The round drew Emerson Collective, At Nine Ventures and Kiwi Capital.", {"At Nine Ventures"}),
    ],
)
def test_lists_said_by_what_follows_trades_and_offices_are_found(title: str, text: str, names: set[str]):
    assert names <= set(detected(title, text))


@pytest.mark.parametrize(
    ("title", "text", "names", "fragments"),
    [
        # An ending that runs on into a longer name is no name's end.
        (
            "出資",
            "カモメ・キャピタル・グループとミライジャパン機構が出資した。",
            set(),
            {"カモメ・キャピタル", "ミライジャパン"},
        ),
        # What a company is, written before its name without a particle.
        ("資金調達", "AIスタートアップFoobarは6日、資金を調達したと発表した。", {"Foobar"}, {"AIスタートアップFoobar"}),
        # Kinds of energy, robotics and office, and two names joined by "and", are no name.
        (
            "Energy",
            "Solar Energy and Soft Robotics grew. Files sit in Microsoft Office. "
            "Google and Brightwater University agreed.",
            {"Brightwater University"},
            {
                "Solar Energy",
                "Soft Robotics",
                "Microsoft Office",
                "Google and Brightwater University",
                "Trademark Office",
            },
        ),
    ],
)
def test_longer_names_descriptions_and_kinds_leave_no_fragment(
    title: str, text: str, names: set[str], fragments: set[str]
):
    assert_found_whole(title, text, names, fragments)


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # A body "of the" something.
        (
            "Regional talks",
            "On Monday the Council of the Baltic Sea States met in Riga.",
            {"Council of the Baltic Sea States"},
        ),
        # Councils of state and their sections; an edition before a committee is no part of its name.
        (
            "著作権と生成AI",
            "文化審議会著作権分科会の令和7年度第2回法制度小委員会が開かれた。",
            {"文化審議会著作権分科会", "法制度小委員会"},
        ),
        # An agency by its ending; a university's institute by its own name too.
        ("政府系ファンド", "サウジ公共投資庁が出資した。", {"サウジ公共投資庁"}),
        # A Latin name of several words before を割当先, some in lower case.
        ("増資", "同社は英Orca marine Partnersを割当先とする第三者割当増資を決めた。", {"Orca marine Partners"}),
        # A firm's partner or analyst, named before the person.
        (
            "Views",
            "Acme Consulting partner Jane Doe said so, and Kobe Securities analyst Ken Sato agreed.",
            {"Acme Consulting", "Kobe Securities"},
        ),
        # A name right after the word for a company.
        (
            "新会社",
            "元幹部は新会社Zephyr Worksを設立した。配車会社モビリオのCEOも加わる。",
            {"Zephyr Works", "モビリオ"},
        ),
        # An outlet whose name ends in "+", after any hiragana; a farm's name in brackets.
        ("報道", "生成AIを使うというTechPulse+の報道がある。", {"TechPulse+"}),
        ("実証", "牧場「ハナミ・ランチ」で実証が始まった。", {"ハナミ・ランチ"}),
    ],
)
def test_bodies_of_councils_institutes_agencies_and_positions_are_found(title: str, text: str, names: set[str]):
    assert names <= set(detected(title, text))


def test_a_universitys_institute_is_named_by_its_own_name_too():
    assert {"Nagoya University", "未来材料研究所"} <= named("新材料", "名古屋大学未来材料研究所の研究者が発表した。")


@pytest.mark.parametrize(
    ("title", "text", "fragments"),
    [
        ("省庁の対応", "中央省庁と官公庁、都道府県庁が生成AIの指針を作る。", {"中央省庁", "官公庁", "都道府県庁"}),
        ("増資", "同社は英Orca marine Partnersを割当先とする。", {"Partners", "marine Partners"}),
        ("報道", "生成AIを使うというTechPulse News+の報道がある。", {"News+"}),
        ("協会", "一般社団法人スタートアップミライ協会が開いた。", {"ミライ協会"}),
    ],
)
def test_kinds_of_office_and_pieces_of_names_are_no_names(title: str, text: str, fragments: set[str]):
    assert not fragments & set(detected(title, text))


def test_a_foreign_city_is_named_and_read_as_foreign():
    labels = classify("市長会見", "甲府市長は、姉妹都市の中国・杭州市を訪れると述べた。")
    entries = {entry["name"]: entry for entry in labels.detected["organisations"]}
    assert entries["杭州市"].get("foreign") == "yes"
    assert not any("杭州市" in reason for reason in labels.reasons)


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # The investor that leads a round, one name after "led by".
        ("Seed round", "Acme raised $8 million in a round led by Quillfeather.", {"Quillfeather"}),
        (
            "Debt",
            "The lender took $5 million of debt led by Quarry Lane, and $2 million led by Osprey.",
            {"Quarry Lane", "Osprey"},
        ),
        # Investment firms by their ending; a forum or consortium by its ending.
        (
            "Series B",
            "Heron Investment followed on in the round.",
            {"Heron Investment"},
        ),
        ("実証", "京都スマートシティフォーラムの補助金で実証した。", {"京都スマートシティフォーラム"}),
    ],
)
def test_round_leaders_investment_firms_and_forums_are_found(title: str, text: str, names: set[str]):
    assert names <= set(detected(title, text))


@pytest.mark.parametrize(
    ("title", "text", "fragments"),
    [
        (
            "Research",
            "A team led by Professor Ito found it. Foreign Direct Investment fell after the Series A Investment.",
            {"Professor Ito", "Foreign Direct Investment", "Series A Investment"},
        ),
        (
            "Round",
            "It raised $40 million in a round led by General Catalyst. General partner Jane Doe spoke.",
            {"Catalyst", "General"},
        ),
    ],
)
def test_people_kinds_of_investment_and_ranks_are_no_names(title: str, text: str, fragments: set[str]):
    assert not fragments & set(detected(title, text))


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # The watch list knows a model maker by its short name where only a company stands.
        ("Open models", "Paris-based Mistral released new open-weight language models for chat.", "Mistral AI"),
        # A company named "X by Y" is one name, not two.
        ("Rocket maker", "Woven by Toyota will invest in the rocket maker's next round.", "Woven by Toyota"),
        # A known name before its staff.
        ("A multilingual benchmark", "Meta researchers present a benchmark of questions for LLMs.", "Meta"),
    ],
)
def test_known_names_in_company_positions_are_found(title: str, text: str, name: str):
    assert name in named(title, text)
    assert "Woven" not in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # A katakana name that ends in Latin letters.
        ("AI新興", "米新興のカモメAIは、新しいモデルを公開した。", {"カモメAI"}),
        # A katakana name with its Latin name in brackets.
        ("医療AI", "米ブルーキャニオン(BlueCanyon)は医療向けAIを提供する。", {"ブルーキャニオン", "BlueCanyon"}),
    ],
)
def test_katakana_names_with_latin_letters_are_found(title: str, text: str, names: set[str]):
    assert names <= set(detected(title, text))


def test_a_kanji_company_after_its_country_with_its_reading_is_found_and_foreign():
    labels = classify("生成AIの提携", "同社は台湾の緑光電子(グリーンライト)と生成AIで組む。")
    entries = {entry["name"]: entry for entry in labels.detected["organisations"]}
    assert entries["緑光電子"].get("foreign") == "yes"
    assert entries["グリーンライト"].get("foreign") == "yes"
    assert not any("緑光電子" in reason or "グリーンライト" in reason for reason in labels.reasons)


def test_an_officer_or_a_market_in_brackets_is_no_name():
    assert "CEO" not in detected("人事", "米ブルーキャニオン(CEO)の発表。")


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # A sentence's subject that partners with others.
        ("提携", "ハヤテソフトは、地元の銀行2行と業務提携し、新サービスを始める。", "ハヤテソフト"),
        ("協業", "クロスノードは、大手商社と協業すると明らかにした。", "クロスノード"),
        # A laboratory's spin-off.
        ("研究室発", "京都大学の研究室発のミナモテクノは資金を調達した。", "ミナモテクノ"),
    ],
)
def test_partners_and_laboratory_spin_offs_are_found(title: str, text: str, name: str):
    assert name in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # An outlet or a data firm and its regular publication.
        ("Funding", "Startups.io's weekly roundup counted 40 deals.", "Startups.io"),
        ("Funding", "Dealtally's monthly funding report showed a rise.", "Dealtally"),
        # A parliamentary group named after its party and its partner.
        ("国会", "緑風党・未来の会の議員が質問に立った。", "緑風党・未来の会"),
    ],
)
def test_publications_owners_and_parliamentary_groups_are_found(title: str, text: str, name: str):
    assert name in detected(title, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("生成AIを開発するハヤテラボ(米カリフォルニア州)は、新モデルを公開した。", "ハヤテラボ"),
        ("同社はAcme Robotics(本社:米国ニューヨーク州)と生成AIで提携した。", "Acme Robotics"),
        ("生成AIでは百鳥科技(中国・北京)も追随した。", "百鳥科技"),
    ],
)
def test_a_company_with_a_foreign_address_is_found_and_foreign(text: str, name: str):
    labels = classify("生成AIの動向", text)
    entries = {entry["name"]: entry for entry in labels.detected["organisations"]}
    assert entries[name].get("foreign") == "yes"
    assert not any(name in reason for reason in labels.reasons)


def test_a_country_alone_in_brackets_is_no_address():
    assert detected("発言", "トランプ大統領(米国)が発言した。") == []


@pytest.mark.parametrize(
    ("title", "text", "names", "not_names"),
    [
        # A company group by its ending; kinds of group and a company's division are no name.
        (
            "Deal",
            "The Kestrel Group said it would invest. The Working Group met, and Orbix's Tech. Innovation Group spoke.",
            {"Kestrel Group"},
            {"Working Group", "Innovation Group"},
        ),
        (
            "Physics",
            "We apply the Density Matrix Renormalization Group to chains.",
            set(),
            {"Density Matrix Renormalization Group"},
        ),
        # The two parties of a deal after "between".
        (
            "Venture",
            "They formed a joint venture between Quorvane and Tessmark last year.",
            {"Quorvane", "Tessmark"},
            set(),
        ),
        ("Gap", "The gap between Men and Women narrowed.", set(), {"Men", "Women"}),
    ],
)
def test_company_groups_and_parties_to_a_deal(title: str, text: str, names: set[str], not_names: set[str]):
    assert_found_whole(title, text, names, not_names)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A list that the words after call participants, of kinds of people, surnames or kinds of body.
        ("参加者", "イベントには学生、教員、職員が参加した。"),
        ("協議", "田中、鈴木、佐藤の3者が協議した。"),
        ("出資", "自治体、企業、大学などが出資した。"),
        ("参加", "メーカー、ベンダー、パートナーが参加した。"),
        # Countries as the parties of a deal.
        ("Trade", "They signed a trade deal between China and Korea."),
    ],
)
def test_lists_of_kinds_of_people_and_bodies_and_countries_are_no_names(title: str, text: str):
    assert detected(title, text) == []


def test_kinds_of_forum_are_no_names():
    assert detected("催し", "公開フォーラムと記念フォーラム、DXフォーラムを開いた。") == []


@pytest.mark.parametrize(
    ("title", "text", "names", "not_names"),
    [
        # A company group, a trading house by their ending; the dot before the ending is the name's own.
        (
            "出資",
            "カモメグループとツバメ商会、ハヤテ・グループが出資した。",
            {"カモメグループ", "ツバメ商会", "ハヤテ・グループ"},
            {"ハヤテグループ"},
        ),
        # Kinds of group, and a known company's group, are no new name.
        (
            "報告",
            "生成AIワーキンググループとアイドルグループ、研究グループ、KDDIグループが集まった。",
            set(),
            {"生成AIワーキンググループ", "アイドルグループ", "研究グループ", "KDDIグループ"},
        ),
        # The company a person leads or founded.
        (
            "新興",
            "元幹部の山田氏が率いるカモメAIは、元研究者が創業したHayate Labsと組む。",
            {"カモメAI", "Hayate Labs"},
            set(),
        ),
    ],
)
def test_groups_trading_houses_and_companies_people_lead(title: str, text: str, names: set[str], not_names: set[str]):
    assert_found_whole(title, text, names, not_names)


def test_a_roundups_companies_and_a_lower_case_name_with_a_digit_are_found():
    found = set(
        detected(
            "Funding roundup",
            "The article lists big rounds, and rounds for Quillmate, Vantorra, k9x and Ombrelle.",
        )
    )
    assert {"Quillmate", "Vantorra", "k9x", "Ombrelle"} <= found


def test_a_kanji_company_with_its_reading_in_text_about_china_is_found_and_foreign():
    labels = classify(
        "中国のロボット新興が調達", "杭州市のロボット企業、青鳥智能(Bブルーバード)がシリーズBで調達した。"
    )
    entries = {entry["name"]: entry for entry in labels.detected["organisations"]}
    assert entries["青鳥智能"].get("foreign") == "yes"
    assert entries["Bブルーバード"].get("foreign") == "yes"
    assert not any("青鳥智能" in reason for reason in labels.reasons)


def test_what_only_a_company_has_names_its_owner():
    found = set(detected("Markets", "Quillmate's valuation doubled, and Vantorra's IPO is set for May."))
    assert {"Quillmate", "Vantorra"} <= found


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # A katakana or Latin name before 社長/会長.
        ("インタビュー", "ハヤテ社長の山田氏は方針を語った。", {"ハヤテ"}),
        # Two parties of a partnership at the start of a sentence.
        ("提携", "カモメAIとツバメAIが提携した。", {"カモメAI", "ツバメAI"}),
    ],
)
def test_presidents_companies_and_partners_are_found(title: str, text: str, names: set[str]):
    assert names <= set(detected(title, text))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("合意", "イタリアとスペインが合意した。"),
        ("合意", "学生と教員が合意した。"),
        ("ファンド", "ロボットなどの先端技術、環境、医療介護などのスタートアップに投資する。"),
    ],
)
def test_countries_people_and_fields_are_no_partners(title: str, text: str):
    assert detected(title, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("同社はハヤテマリンから出資を受けた。", "ハヤテマリン"),
        ("シリーズAはツバメをリード投資家とする。", "ツバメ"),
    ],
)
def test_an_investor_named_by_what_it_gives_is_found(text: str, name: str):
    assert name in detected("資金調達", text)


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        # An English legal form or ending right before Japanese text ("…, LLCにも", "… Capitalが").
        ("注意喚起", "委員会はツバメAIを運営するKestrel Labs OpCo, LLCにも注意を促した。", {"Kestrel Labs OpCo"}),
        ("資金調達", "今回のラウンドはHeronbrook Capitalが主導し、既存株主も加わった。", {"Heronbrook Capital"}),
        ("資金調達", "Marlow Ventures Inc.が出資した。", {"Marlow Ventures"}),
    ],
)
def test_english_forms_and_endings_before_japanese_text_are_found(title: str, text: str, names: set[str]):
    assert names <= set(detected(title, text))


@pytest.mark.parametrize(
    ("text", "name", "dated"),
    [
        (
            "Rules are due, and in July Kestrel Agritech, a unit of Kestrel Holdings, showed a tractor.",
            "Kestrel Agritech",
            "July Kestrel Agritech",
        ),
        (
            "Since March Heron Robotics, a subsidiary of Heron Group, has sold arms.",
            "Heron Robotics",
            "March Heron Robotics",
        ),
    ],
)
def test_a_month_written_as_a_date_before_a_name_is_no_part_of_it(text: str, name: str, dated: str):
    assert_found_whole("Machines", text, {name}, {dated})


def test_a_month_that_opens_a_name_after_a_comma_stays():
    assert "May Mobility" in detected(
        "Robotaxis", "Toyota backs robotaxi firms, and May Mobility, a unit of none, grew."
    )


def test_a_company_form_with_dots_is_a_company_form():
    from common.folding import bare_name

    assert bare_name("Kestrel, L.L.C.") == bare_name("Kestrel")


@pytest.mark.parametrize(
    ("text", "arm"),
    [
        # A known company's name run into a trade word: its arm, a company of its own.
        ("講師は富士通ロボティクスで案内ロボットを手がけた。", "富士通ロボティクス"),
        ("JR西日本メカトロニクスは新しい改札機を展示した。", "JR西日本メカトロニクス"),
        ("蓄電池はトヨタエナジーとマツダが共同で開発する。", "トヨタエナジー"),
    ],
)
def test_a_known_companys_arm_by_its_trade_is_found_whole(text: str, arm: str):
    assert_found_whole("事業", text, {arm}, {"、" + arm})


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The clinic drew on Microsoft Japan's expertise for the rollout.", "Microsoft Japan"),
        ("Staff trained with Amazon Web Services Japan and a local integrator.", "Amazon Web Services Japan"),
    ],
)
def test_a_known_companys_japanese_unit_is_found_as_written(text: str, unit: str):
    assert unit in detected("Hospital AI", text)


def test_japan_after_a_name_that_describes_or_begins_another_name_is_no_unit():
    found = detected("Flights", "Toyota Japan-based staff flew Japan Airlines with Google.")
    assert not {"Toyota Japan", "Google Japan"} & set(found)


@pytest.mark.parametrize(
    ("text", "prefecture", "fragment"),
    [
        ("鳥取県知事は定例会見で、生成AIの県庁業務への活用を検討すると述べた。", "鳥取県", "県庁"),
        ("大阪府知事は、生成AIを使う市役所の窓口を視察した。", "大阪府", "市役所"),
    ],
)
def test_a_governor_names_the_prefecture_and_an_office_of_no_named_place_is_no_name(
    text: str, prefecture: str, fragment: str
):
    assert prefecture in named("知事会見", text) | {
        organisation["name_ja"] for organisation in classify("知事会見", text).organisations
    }
    assert fragment not in detected("知事会見", text)


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # A city's government by its English name, in Korea or anywhere: named, no Japan evidence by itself.
        (
            "Daejeon City in South Korea and Incheon Metropolitan City opened chatbots, unlike most Smart City pilots.",
            {"Daejeon City", "Incheon Metropolitan City"},
            {"Smart City", "Metropolitan City"},
        ),
        # Studios and production companies, not products or kinds of production.
        (
            "Voice agency Kazeno Production and animation house Hoshikaze Studio signed; Visual Studio and mass"
            " production were not involved, nor Google AI Studio.",
            {"Kazeno Production", "Hoshikaze Studio"},
            {"Visual Studio", "Google AI Studio", "AI Studio"},
        ),
        # An academy of state; a bank named with its town.
        (
            "The National Fire Academy will study it. Kitaura Bank of Hakodate, in Hokkaido, and Minami Bank of Oita,"
            " merged; the Royal Bank of Canada did not.",
            {"National Fire Academy", "Kitaura Bank", "Minami Bank"},
            {"Royal Bank", "Royal Bank of Canada"},
        ),
    ],
)
def test_cities_studios_productions_academies_and_town_banks_in_english_are_found(
    text: str, names: set[str], fragments: set[str]
):
    assert_found_whole("Local news", text, names, fragments)


def test_a_korean_city_in_english_is_no_japan_evidence():
    labels = classify("Chatbot", "Daejeon City in South Korea launched a generative AI chatbot for citizens.")
    assert "Daejeon City" in {entry["name"] for entry in labels.detected["organisations"]}
    assert not any(reason.startswith("japan") for reason in labels.reasons)


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # Private schools, promotion societies, federations and chambers by their ending.
        (
            "東進塾が予想する得点を上回り、大手学習塾も注目した。",
            {"東進塾"},
            {"大手学習塾", "学習塾"},
        ),
        (
            "文学賞(日本文芸振興会主催)の選考会と、日本囲碁連盟後援の大会、横浜商工会議所の講演会があった。",
            {"日本文芸振興会", "日本囲碁連盟", "横浜商工会議所"},
            {"日本文芸振興会主催"},
        ),
    ],
)
def test_schools_societies_federations_and_chambers_are_found_by_their_ending(
    text: str, names: set[str], fragments: set[str]
):
    assert_found_whole("生成AIと文学", text, names, fragments)


def test_a_body_that_opens_with_korea_is_foreign_and_no_japan_evidence():
    labels = classify(
        "AI投資、米国に集中", "大韓商工会議所がOECDのデータを分析し、生成AIへの投資が米国に集中していると発表した。"
    )
    entries = {entry["name"]: entry for entry in labels.detected["organisations"]}
    assert entries["大韓商工会議所"].get("foreign") == "yes"
    assert not any("大韓商工会議所" in reason for reason in labels.reasons)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # A company in the possessive before its model family; a bare "Meta" elsewhere is left alone.
        ("Japanese LLM", "The team distilled Meta's Llama weights into a small Japanese model.", "Meta"),
        # Words in small letters that describe the model between the possessive and the family.
        ("Public chatbot", "The city's assistant runs on Meta's open-source Llama and a local model.", "Meta"),
        ("Clinic notes", "Doctors tried Meta's latest open Llama weights on discharge summaries.", "Meta"),
        ("Tutoring", "The school fine-tuned Google's small Gemma model for maths feedback.", "Google"),
        # A foreign company's katakana or Latin name before a particle the matcher did not read.
        ("AI人材", "研究者はメタを退社して新会社を設立した。", "Meta"),
        ("半導体", "同社はメタによる買収提案を断った。", "Meta"),
        ("調達", "ScaleはMetaから出資を受けた。", "Meta"),
    ],
)
def test_a_known_name_the_matcher_leaves_alone_counts_before_its_model_or_a_particle(title: str, text: str, name: str):
    assert name in {organisation["name"] for organisation in classify(title, text).organisations}


def test_a_japanese_companys_katakana_name_that_is_also_a_word_is_left_to_context():
    labels = classify("電池の研究", "水溶液ではイオンが移動し、電極に集まる。")
    assert "AEON" not in {organisation["name"] for organisation in labels.organisations}


def test_a_center_is_found_by_its_ending_and_not_as_the_end_of_a_longer_name():
    assert_found_whole(
        "Launch",
        "The rocket left Uchinoura Space Center, and the Okinawa Fact-check Center checked claims; the Research and"
        " Development Center for Robotics and a Data Center were not involved.",
        {"Uchinoura Space Center", "Okinawa Fact-check Center"},
        {"Development Center", "Data Center"},
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ジャフコ グループ、KQX、北陸精工、東京大学への第三者割当増資を実施した。", {"KQX", "北陸精工"}),
        ("グローバル・ブレイン、ミサゴ、ZenQへ新株予約権を発行した。", {"ミサゴ", "ZenQ"}),
    ],
)
def test_a_list_before_he_names_its_members(text: str, names: set[str]):
    assert names <= set(detected("資金調達", text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("医療AIを手がけるKestrelは新しいモデルを公開した。", "Kestrel"),
        ("翻訳アプリを手掛けているハヤブサリンクが資金を集めた。", "ハヤブサリンク"),
    ],
)
def test_the_company_that_makes_something_in_the_verbs_plain_form_is_found(text: str, name: str):
    assert name in detected("翻訳AI", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A ministry's regional office: by its own name too.
        ("総務省東北総合通信局は、生成AIの講演会を開いた。", {"東北総合通信局"}),
        ("国土交通省中部地方整備局が点検にAIを使う。", {"中部地方整備局"}),
        # A college with its department run into its name.
        ("講師は函館工業高等専門学校情報工学科の教授が務めた。", {"函館工業高等専門学校"}),
    ],
)
def test_a_ministrys_office_and_a_college_before_its_department_are_found_by_their_own_names(
    text: str, names: set[str]
):
    assert names <= set(detected("生成AI講演", text))


def test_a_college_before_its_department_leaves_no_piece_of_its_name():
    assert_found_whole(
        "生成AI講演", "講師は函館工業高等専門学校情報工学科の教授が務めた。", {"函館工業高等専門学校"}, {"函館工業"}
    )


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("米大統領府は、州のAI規制を抑える大統領令を出したと発表した。", "大統領府"),
        ("韓国の総統府ではなく大統領府が、生成AIの指針を示した。", "大統領府"),
    ],
)
def test_a_states_office_ending_in_fu_is_foreign_and_no_local_government(text: str, office: str):
    labels = classify("AI規制", text)
    entries = {entry["name"]: entry for entry in labels.detected["organisations"]}
    assert entries[office].get("foreign") == "yes"
    assert not any("local government" in reason for reason in labels.reasons)


def test_japans_own_government_and_an_office_in_a_list_are_no_local_government():
    labels = classify("AI規制", "日本政府は、英国政府と総督府の担当者と、生成AIの規制を協議した。")
    assert "日本政府" not in {entry["name"] for entry in labels.detected["organisations"]}
    assert not any("local government" in reason for reason in labels.reasons)


@pytest.mark.parametrize(
    ("text", "names", "not_named"),
    [
        (
            "A poll of the 47 prefectures found that Shiga, Tottori, Kochi and Saga let staff use chatbots.",
            {"Shiga", "Tottori", "Kochi", "Saga"},
            set(),
        ),
        (
            "Nagano and Gifu prefectures began trials, while Tokyo and Osaka waited on guidance for prefectures.",
            {"Nagano", "Gifu"},
            {"Tokyo", "Osaka"},
        ),
    ],
)
def test_prefectures_listed_in_text_about_prefectures_are_named(text: str, names: set[str], not_named: set[str]):
    found = set(detected("Local AI", text))
    assert names <= found
    assert not not_named & found


def test_places_listed_in_text_not_about_prefectures_are_not_named():
    assert not {"Shiga", "Tottori", "Kochi"} & set(detected("Trip", "We drove through Shiga, Tottori and Kochi."))


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        ("Dealroomのデータによると、AI投資は倍増した。GPSのデータによると混雑は減った。", {"Dealroom"}, {"GPS"}),
        ("Tracxnの調査では件数が伸び、センサーのデータによれば温度も上がった。", {"Tracxn"}, {"センサー"}),
    ],
)
def test_whose_data_or_survey_a_figure_is_from_is_named(text: str, names: set[str], not_names: set[str]):
    found = set(detected("AI投資", text))
    assert names <= found
    assert not not_names & found


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        (
            'Illustrators formed a group called "Stop Unlicensed Training" and met lawmakers; the model, named'
            ' "Kotori", was not discussed.',
            {"Stop Unlicensed Training"},
            {"Kotori"},
        ),
        (
            "A 2024 survey by Creators Union Japan of 5,000 artists found that most feared AI copies.",
            {"Creators Union Japan"},
            set(),
        ),
    ],
)
def test_what_a_sentence_says_a_body_is_called_is_its_name(text: str, names: set[str], not_names: set[str]):
    found = set(detected("Artists and AI", text))
    assert names <= found
    assert not not_names & found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("講師は、AI技術者のコミュニティKaggleNightsTokyoを主宰する田中氏が務めた。", "KaggleNightsTokyo"),
        ("学生はコミュニティOpenRoboClubに参加した。コミュニティのメンバーも来た。", "OpenRoboClub"),
    ],
)
def test_a_community_named_after_what_it_is_is_found_and_a_plain_word_after_it_is_not(text: str, name: str):
    assert_found_whole("勉強会", text, {name}, {"メンバー"})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Helix Fusion Works, a venture founded by university researchers, raised 3 billion yen.",
            {"Helix Fusion Works"},
        ),
        (
            "The round drew trading houses Itochu Kestrel and Marubeni Heron, and a regional bank.",
            {"Itochu Kestrel", "Marubeni Heron"},
        ),
        ("Suppliers to chipmakers Kioxa Memory and Tokai Wafer rose.", {"Kioxa Memory", "Tokai Wafer"}),
    ],
)
def test_a_venture_and_two_names_after_a_trade_in_the_plural_are_found(text: str, names: set[str]):
    assert names <= set(detected("Energy startups", text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("同社はハヤテセミコンとの合併後に上場を目指す。", "ハヤテセミコン"),
        ("ツバメ証券はKestrel Tradeと経営統合する。", "Kestrel Trade"),
    ],
)
def test_a_mergers_other_party_is_found(text: str, name: str):
    assert name in detected("再編", text)


def test_a_government_department_by_its_portfolio_is_found_and_an_office_department_is_not():
    assert_found_whole(
        "Export rules",
        "The US Labor Department and the Osaka Fire Department agreed, while the IT Department and the Physics"
        " Department of the college did not.",
        {"US Labor Department", "Osaka Fire Department"},
        {"IT Department", "Physics Department"},
    )


def test_a_foreign_university_by_its_short_form_after_its_country_is_found_and_foreign():
    labels = classify("AI研究", "英エディンバラ大と米カーネギーメロン大が、大規模言語モデルの評価を公表した。")
    entries = {entry["name"]: entry for entry in labels.detected["organisations"]}
    assert entries["エディンバラ大"].get("foreign") == "yes"
    assert entries["カーネギーメロン大"].get("foreign") == "yes"
    assert not any("大規模" in name for name in entries)
    assert not any("エディンバラ" in reason for reason in labels.reasons)


def test_a_kind_of_energy_is_no_company():
    assert "クリーンエナジー" not in detected("電池", "クリーンエナジーの普及に向け、各社が協力する。")


def test_japan_after_a_sentence_that_ends_with_a_known_name_is_no_unit():
    found = detected("Cars", "The deal was signed by Toyota. Japan's ministry welcomed it.")
    assert not any(name.endswith(" Japan") for name in found)


def test_an_owners_possessive_is_no_part_of_a_name_by_its_ending():
    assert_found_whole(
        "Launch",
        "JAXA's Uchinoura Space Center hosted it.",
        {"Uchinoura Space Center"},
        {"JAXA's Uchinoura Space Center"},
    )


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Hokuriku Trust and Banking Corporation", "Hokuriku Trust and Banking"),
        ("Kansai Rail Holdings Limited", "Kansai Rail Holdings"),
        ("社会福祉法人みどり会", "みどり会"),
        ("医療法人社団青葉会", "青葉会"),
        ("特定非営利活動法人こども未来", "こども未来"),
    ],
)
def test_a_long_english_form_at_the_end_and_a_welfare_form_in_front_are_no_part_of_the_bare_name(written, bare):
    from common.folding import bare_name

    assert bare_name(written) == bare_name(bare)


@pytest.mark.parametrize("written", ["LINE Corporation", "Corporation for Public Broadcasting", "Limited"])
def test_a_one_word_name_keeps_its_long_form(written):
    from common.folding import bare_name

    assert bare_name(written) == written.lower()


def test_a_known_company_written_with_dots_between_its_words_is_found():
    found = named("クラウド選定", "政府はアマゾン・ウェブ・サービスとさくらインターネットを選んだ。")
    assert "Amazon Web Services" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北浜漁業協同組合と市がドローン実証の協定を結んだ。", "北浜漁業協同組合"),
        ("生成AIの相談窓口を、南山農業協同組合が開いた。", "南山農業協同組合"),
        ("7月にはミドリグループHDが不正アクセスを受けた。", "ミドリグループHD"),
        ("カワセミHDは生成AIの全社導入を決めた。", "カワセミHD"),
    ],
)
def test_a_cooperative_by_its_trade_and_a_holding_company_by_hd_are_found_whole(text, name):
    assert name in detected("お知らせ", text)


def test_a_cooperative_without_its_place_and_a_resolution_ending_in_hd_are_no_names():
    assert detected("お知らせ", "農業協同組合の役割が変わり、4KHDの映像配信も増えた。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("評価機関Model Metricsの指数で、同モデルは5位だった。", "Model Metrics"),
        ("業界団体JDLAQとの覚書を結んだ。", "JDLAQ"),
        ("ハッカー集団「BlackFern」は文書を盗んだと主張した。", "BlackFern"),
        ("民間調査機関ミライリサーチが公表した報告によると", "ミライリサーチ"),
        ("調査機関スタートアップゲノムが出した報告で、東京は10位だった。", "スタートアップゲノム"),
    ],
)
def test_a_name_after_the_kind_of_body_it_is_is_found_whole(text, name):
    assert name in detected("お知らせ", text)


def test_a_kind_of_body_before_an_ordinary_word_or_a_trade_word_names_no_one():
    assert detected("お知らせ", "行政機関データの扱いと、研究機関AIの活用、団体スポーツの振興を議論した。") == []
    assert "ゲノム" not in detected("お知らせ", "調査機関スタートアップゲノムが出した報告で、東京は10位だった。")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("特別賞にKAZEtechとLumora、優秀賞に市が選ばれた。", {"KAZEtech", "Lumora"}),
        ("同月にNEXQとOrbitalisがそれぞれ覚書を結んだ。", {"NEXQ", "Orbitalis"}),
    ],
)
def test_two_latin_names_joined_by_to_as_a_subject_or_an_item_are_found(text, names):
    assert names <= set(detected("お知らせ", text))


def test_latin_trade_words_products_and_terms_joined_by_to_are_no_names():
    text = (
        "新モデル「Nimbus」「Cirrus」を公開した。NimbusとCirrusは無料で使える。PythonとRustは人気だ。"
        "語彙課題(LXT)と要約課題(SMT)を作り、LXTとSMTは埋め込みで測る。"
    )
    assert detected("お知らせ", text) == []


def test_companies_in_a_list_of_rounds_by_with_and_an_amount_are_found_but_not_rounds_or_places():
    text = (
        "Nirvaa led the week at $40 million, ahead of Tiffinly with $25 million, Loom Pay with $12 million and "
        "Saathi with ₹90 crore. Bengaluru with $300 million led the cities; a Series A with $10 million closed."
    )
    found = set(detected("Funding tally", text))
    assert {"Tiffinly", "Loom Pay", "Saathi"} <= found
    assert not {"Bengaluru", "Series A"} & found


def test_a_company_owning_an_amount_in_a_currency_with_its_country_letters_is_found():
    assert "Quillbase" in detected("Funding", "Quillbase's US$40 million Series C was the quarter's largest.")
    assert "Harbourly" in detected("Funding", "Harbourly's S$12 million round followed.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "同社はSeaside Growth 2号投資事業有限責任組合を引受先とする増資を行った。",
            "Seaside Growth 2号投資事業有限責任組合",
        ),
        (
            "ファンド(Blue Orbit Ventures 1号投資事業有限責任組合)にLP出資した。",
            "Blue Orbit Ventures 1号投資事業有限責任組合",
        ),
    ],
)
def test_a_fund_whose_name_opens_with_latin_words_is_found_whole_and_its_number_alone_is_no_name(text, name):
    number = name.split()[-1]  # "2号投資事業有限責任組合"
    assert_found_whole("出資", text, {name}, {number})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市と、配送ロボットを運営するRoboMile Japanなどが実証を始めた。", "RoboMile Japan"),
        ("翻訳アプリを開発するLinguaNestは、新版を出した。", "LinguaNest"),
        ("コープみやざきと市が、生成AIで献立を提案する実験を始めた。", "コープみやざき"),
        ("災害時の配送を、コープしずおかが担う。", "コープしずおか"),
    ],
)
def test_a_latin_name_after_what_it_does_and_a_consumer_cooperative_by_its_word_in_front_are_found(text, name):
    assert name in detected("お知らせ", text)


def test_a_trade_word_after_what_it_does_and_a_word_ending_in_koopu_are_no_names():
    assert detected("お知らせ", "社内で開発するAIと、提供するSaaSは別だ。調査のスコープは広い。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mirai Shinto, a new political party founded by engineers, won two seats.", "Mirai Shinto"),
        ("Nava Labs, the Pune-based consortium behind the Marathi model, got a grant.", "Nava Labs"),
        ("The model was trained at IIT Jodhpur with support from the ministry.", "IIT Jodhpur"),
        ("IIIT Hyderabad's speech lab released a corpus of Telugu.", "IIIT Hyderabad"),
    ],
)
def test_a_party_or_consortium_by_its_description_and_an_indian_institute_by_its_acronym_and_city_are_found(text, name):
    assert name in detected("News", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("茨城県ひたちなか市は、生成AIで窓口の案内を始めた。", {"茨城県", "ひたちなか市"}),
        ("研修は群馬県みどり市で開かれた。", {"群馬県", "みどり市"}),
    ],
)
def test_a_city_in_hiragana_after_its_prefecture_is_found_with_it(text, names):
    assert names <= set(detected("お知らせ", text))


def test_hiragana_that_ends_a_phrase_after_a_prefecture_is_no_city():
    assert detected("お知らせ", "茨城県にある市が連携し、愛知県として市は動かない。") == []


def test_a_listed_name_of_five_words_is_found_whole():
    assert_found_whole(
        "Funding",
        "Its backers include Monsoon Ventures South Asia & Gulf, Kestrel Growth and Temasek.",
        {"Monsoon Ventures South Asia & Gulf", "Kestrel Growth"},
        {"Ventures South Asia & Gulf"},
    )


def test_a_partnership_named_after_its_partners_is_found_but_not_an_author_pair_or_joined_fields():
    found = detected("Ruling", "A client note by Hoshino Kawabe & Sugita says the court ruled for the first time.")
    assert "Hoshino Kawabe & Sugita" in found
    text = "As Brandt & Okafor showed, Joint Design & Optimization and Applied Research & Development help."
    assert detected("Paper", text) == []


@pytest.mark.parametrize(
    ("text", "name", "piece"),
    [
        ("株式会社ミナトとひだまりケアラボ株式会社が共同で実証を行う。", "ひだまりケアラボ", "ケアラボ"),
        ("合同会社Kiboとさくらんぼデータ株式会社は提携した。", "さくらんぼデータ", "データ"),
    ],
)
def test_a_name_that_begins_in_hiragana_after_another_name_and_to_is_found_whole(text, name, piece):
    assert_found_whole("お知らせ", text, {name}, {piece})


def test_a_verb_after_to_is_no_start_of_a_name():
    found = detected("お知らせ", "株式会社Aを割当先とするBeta株式会社が出資した。")
    assert not any(name.startswith("する") for name in found)


@pytest.mark.parametrize(
    ("title", "text", "names"),
    [
        ("治水AIを開発", "KAIROSとグループ会社のNamiSenseは、市と協力して水位を予測する。", {"KAIROS", "NamiSense"}),
        ("配送実験", "ハルカゼモビリティは静岡県掛川市、JA遠州とともに、配送の実験を始めた。", {"ハルカゼモビリティ"}),
        ("実証", "実験は秋に始まる。Orbiqueは岡山大学と共同で画像診断AIを試す。", {"Orbique"}),
    ],
)
def test_companies_by_their_relation_and_a_subject_acting_with_named_bodies_are_found(title, text, names):
    assert names <= set(detected(title, text))


def test_a_common_word_acting_with_someone_is_no_name():
    assert detected("働き方", "ロボットは人とともに働く。テクノロジーは社会と共同で進む。") == []


def test_a_list_goes_on_after_an_item_with_its_short_name_in_brackets():
    text = "ハルカゼは静岡県掛川市、遠州中央農業協同組合(JA遠州)、掛川青果倉庫とともに配送の実験を始めた。"
    found = set(detected("配送実験", text))
    assert {"遠州中央農業協同組合", "掛川青果倉庫"} <= found
    assert "静岡県掛川市" not in found  # the prefecture and the city are found as local governments


def test_a_name_after_its_trade_as_a_platform_is_found_but_not_cut_before_its_of():
    text = (
        "Talent agency Hoshizora and AI voice platform KoeLoom signed a deal. "
        "Fund Acme runs the research platform Garden of Ideas."
    )
    found = set(detected("Voice deal", text))
    assert "KoeLoom" in found
    assert "Garden" not in found


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("AIで雷を予測", "ソラミエルは、独自のAIで雷の発生を予測した結果をまとめた。", "ソラミエル"),
        ("核融合に出資", "Seeds and Stars Japanが、核融合炉のスタートアップに出資した。", "Seeds and Stars Japan"),
    ],
)
def test_the_subject_opening_the_body_that_announces_or_invests_is_found(title, text, name):
    assert name in detected(title, text)


def test_a_word_opening_the_body_that_does_what_no_organisation_does_is_no_name():
    assert detected("被害が増加", "ランサムウェアは、中小企業を中心に被害を広げている。") == []


def test_a_known_companys_asian_unit_is_its_own_name_but_a_region_after_any_word_is_not():
    assert "ソニーアジア" in detected("お知らせ", "ソニーアジアが生成AIの新拠点を開いた。")
    assert detected("お知らせ", "東南アジアと南アジアの市場が伸びた。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("資金は福岡を拠点とするkumo九州の立ち上げに充てる。", "kumo九州"),
        ("市は市内に拠点を置くd-Lineと組み、AIで橋を点検する。", "d-Line"),
        ("大阪に本社を置くハナミズキロボットは、配膳ロボを発売する。", "ハナミズキロボット"),
    ],
)
def test_a_company_by_where_it_is_based_is_found(text, name):
    assert name in detected("お知らせ", text)


def test_a_trade_word_after_where_it_is_based_is_no_name():
    assert detected("お知らせ", "東京を拠点とするAIと、大阪に拠点を置くITの会社が増えた。") == []


def test_the_items_of_a_list_that_puts_money_in_are_organisations():
    text = "Alongside the plan, Harbour Compute, Veldra and Quorix committed £9bn to build data centres."
    assert {"Harbour Compute", "Veldra", "Quorix"} <= set(detected("UK AI plan", text))
    assert detected("Paper", "We compare Adam, SGD and Lion on small models.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lumo共同創業者の佐藤氏らエンジェル投資家も参加した。", "Lumo"),
        ("Orbitex創業者、田中氏が講演した。", "Orbitex"),
    ],
)
def test_a_latin_name_run_into_its_founder_is_its_company(text, name):
    assert name in detected("お知らせ", text)


def test_a_kind_of_company_run_into_founder_is_no_name():
    assert detected("お知らせ", "スタートアップ創業者の集まりと、AI創業者の会が開かれた。") == []


def test_a_joint_body_by_its_ending_and_a_fund_of_funds_are_found():
    assert "不正送金対策共同機構" in detected("お知らせ", "不正送金対策共同機構が提供するAI検知サービスを使う。")
    text = "The plan extends the life of the Taiwan Fund of Funds and adds regional hubs."
    assert "Taiwan Fund of Funds" in detected("Startup plan", text)


def test_a_name_that_a_tally_calls_its_top_investor_or_deal_is_found_but_not_a_pronoun():
    text = "Quenta had the biggest deal at $80 million. Marlow Bank was the most active institutional investor."
    assert {"Quenta", "Marlow Bank"} <= set(detected("Funding tally", text))
    assert detected("Funding tally", "This was the biggest round. It was a lead investor.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("熊本市は窓口業務に生成AIを使い始めた。", {"熊本市"}),
        ("京都市が職員向けのAI指針をまとめた。", {"京都市"}),
        ("和歌山県橋本市で自動運転バスの実証を行う。", {"和歌山県", "橋本市"}),
    ],
)
def test_a_city_whose_own_name_ends_like_a_word_that_names_none_is_found(text, names):
    assert names <= set(detected("お知らせ", text))


def test_the_words_a_city_name_may_end_in_name_no_city_alone():
    assert detected("お知らせ", "今回本市では、全国の都市と同じく生成AIを使う。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("JA大洲と組み、AIでみかんの糖度を予測する。", "JA大洲"),
        ("出荷はJAさがみを通じて行う。", "JAさがみ"),
        ("JA東京中央管内の農家が実証に参加した。", "JA東京中央"),
        ("JA全農様と共同で開発しました。", "JA全農"),
    ],
)
def test_an_agricultural_cooperative_by_ja_run_into_its_place_is_found(text, name):
    assert name in detected("お知らせ", text)


def test_ja_run_into_latin_letters_or_a_place_half_in_kana_is_no_cooperative():
    found = detected("お知らせ", "JAXAとJA北みやぎ管内の農家が協定を結んだ。")
    assert not [name for name in found if name.startswith("JA") and name != "JAXA"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("弁護士法人湊川総合法律事務所は、AIと著作権の解説を公開した。", "弁護士法人湊川総合法律事務所"),
        ("KRS法律事務所の弁護士が生成AIの契約を解説した。", "KRS法律事務所"),
        ("青葉国際特許事務所が出願を代理した。", "青葉国際特許事務所"),
    ],
)
def test_a_law_patent_or_accounting_firm_by_its_ending_is_found(text, name):
    assert name in detected("お知らせ", text)


def test_a_kind_of_firm_before_the_ending_is_no_name():
    assert detected("お知らせ", "外資系法律事務所に相談し、総合法律事務所にも聞いた。") == []


@pytest.mark.parametrize(
    ("text", "name", "fragment"),
    [
        ("合同会社ミナトデータ社長の山田氏による寄稿。", "ミナトデータ", "ミナトデータ社長"),
        ("株式会社ハルカゼ代表取締役の佐藤氏が登壇した。", "ハルカゼ", "ハルカゼ代表取締役"),
    ],
)
def test_an_officers_title_run_into_the_company_before_it_is_cut_off(text, name, fragment):
    found = detected("お知らせ", text)
    assert name in found
    assert fragment not in found


def test_a_person_by_an_honorific_or_an_officers_title_alone_is_no_organisation():
    found = detected("お知らせ", "米ノヴァのリク・ハンCEOは5月1日、新モデルを公開した。")
    assert "ノヴァ" in found
    assert "CEO" not in found
    found = detected("お知らせ", "ノルドキャピタルのケン・アルダー氏は、AIへの投資が続くと述べた。")
    assert not [name for name in found if name.endswith("氏")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("経産省は、ノヴァやカイトなど5社に協力を求めた。", {"ノヴァ", "カイト"}),
        ("同氏はLumoやOrbitexなど12社のユニコーンに投資してきた。", {"Lumo", "Orbitex"}),
    ],
)
def test_a_list_that_the_words_after_count_as_companies_names_them(text, names):
    assert names <= set(detected("お知らせ", text))


def test_two_names_run_together_with_a_dot_in_a_counted_list_are_not_one_name():
    found = detected("お知らせ", "経産省は、ノヴァやZ・カイトAIなど5社に協力を求めた。")
    assert "Z・カイトAI" not in found
    assert detected("お知らせ", "学生や教員など5人が参加した。") == []


def test_the_chinese_style_group_name_japanese_wires_use_is_the_watch_lists_company():
    from tests.classification_helpers import project_classifier

    watchlist = project_classifier().watchlist
    assert watchlist.resolve("アリババ集団") is watchlist.resolve("Alibaba") is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("基金は港湾物流情報基盤機構(PLIB)が管理する。", "港湾物流情報基盤機構"),
        ("事業を担う海洋データ連携機構(MDC)の役割を説明した。", "海洋データ連携機構"),
    ],
)
def test_an_organisation_ending_in_kikou_with_its_acronym_after_it_is_found(text, name):
    assert name in detected("お知らせ", text)


def test_a_kikou_without_an_acronym_is_a_mechanism_not_a_body():
    assert detected("お知らせ", "市場の価格決定機構が働かなくなった。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("しずく銀行の役員が、ABCアドバイザリーの森川圭介氏との対談で狙いを語った。", "ABCアドバイザリー"),
        (
            "評価額は倍増し、RSTベンチャーキャピタルのケン・アルダー氏は防衛が主役だったと述べた。",
            "RSTベンチャーキャピタル",
        ),
        ("対談には、オルカデータの川口真一氏が加わった。", "オルカデータ"),
    ],
)
def test_the_company_a_person_named_with_shi_is_of_is_found(text, name):
    assert name in detected("お知らせ", text)


def test_no_company_from_a_team_an_officer_or_a_kanji_noun_before_a_person():
    text = "チームの山田太郎氏、CDOの田中一郎氏、政府の佐藤氏が説明した。"
    assert detected("お知らせ", text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("カモメ食品は富士通、ルミナスソフトと組み、AIで発注を自動化した。", {"ルミナスソフト"}),
        ("市はNEC、ハヤブサデータと連携して、窓口にAIを入れる。", {"ハヤブサデータ"}),
    ],
)
def test_the_two_partners_a_subject_teams_up_with_are_organisations(text, names):
    assert names <= set(detected("お知らせ", text))


def test_kinds_of_people_a_subject_works_with_are_no_partners():
    assert detected("お知らせ", "大学は、学生、教員と連携して、AIを学ぶ講座を開く。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北斗電機、マクニカ、栄光の3社による実証が始まった。", "栄光"),
        ("カモメテック、翠化の2社が参加する。", "翠化"),
    ],
)
def test_a_short_kanji_name_in_a_list_counted_as_companies_is_found(text, name):
    assert name in detected("お知らせ", text)


def test_short_kanji_words_in_a_list_counted_as_people_or_kinds_are_no_names():
    found = detected("お知らせ", "カモメテック、田中、鈴木の3者と、マクニカ、大手、中堅の3社が参加した。")
    assert not {"田中", "鈴木", "大手", "中堅"} & set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("講師は小樽市総務部の職員が務めた。", "小樽市"),
        ("表紙は飯田市秘書広報課が生成AIで作った。", "飯田市"),
    ],
)
def test_a_city_run_into_its_own_department_or_section_is_found(text, name):
    assert name in detected("お知らせ", text)


def test_a_city_run_into_a_direction_or_a_trade_fair_is_no_local_government_by_that():
    assert detected("お知らせ", "見本市事務局によると、小樽市北部で雪が降った。") == []
