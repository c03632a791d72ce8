"""Organisations named in Japanese sentences, by classes of phrasing real Japanese news uses (the seventh
session's misses of names written in Japanese), each written here in our own invented words.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify


def detected(title: str, text: str = "") -> set[str]:
    return {entry["name"] for entry in classify(title, text).detected["organisations"]}


# --- A parent and its unit: Latin words before a Japanese ending, a subsidiary after what kind it is ----------
@pytest.mark.parametrize(
    ("title", "text", "name", "fragment"),
    [
        (
            "物流AIの実証",
            "北海道は、SAKURA LOGIホールディングスと組み、配送計画をAIで最適化する。",
            "SAKURA LOGIホールディングス",
            "LOGIホールディングス",
        ),
        (
            "ファンド組成",
            "Blue Harborキャピタルは、North Starパートナーズと共同で新ファンドを組成した。",
            "North Starパートナーズ",
            "Starパートナーズ",
        ),
        (
            "水産AI",
            "同社の水産子会社ウミノミライ(宮城県石巻市)は、AIで漁獲量を予測する。",
            "ウミノミライ",
            "水産子会社ウミノミライ",
        ),
    ],
)
def test_a_name_is_read_whole_with_its_parent_words_and_without_its_relation(
    title: str, text: str, name: str, fragment: str
) -> None:
    found = detected(title, text)
    assert name in found
    assert fragment not in found


# --- The kind of business written right before the name -----------------------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("AIで番組制作", "長野県のラジオ局FM安曇野は、AI音声のニュース番組を始めた。", "FM安曇野"),
        ("生成AI調査", "業界誌テックウォッチャーが、企業の導入状況を調べた。", "テックウォッチャー"),
        ("欧州の投資", "ベンチャーキャピタルNordwindの報告書によると、投資額は減った。", "Nordwind"),
        (
            "需要予測AI",
            "九州の食品スーパーのマルミツストアは、AI発注を広げた。マルミツストアの担当者が語った。",
            "マルミツストア",
        ),
        ("電力事業", "事業主体は特別目的会社のグリーンベイ発電所で、地元銀行が融資する。", "グリーンベイ発電所"),
        ("大学VC", "東北大学のベンチャーキャピタル、杜都ミライ創造(TMS)は新ファンドを設立した。", "杜都ミライ創造"),
        ("ドラッグストアのサクラ堂、AIで在庫管理", "同社は全店でAIを使う。", "サクラ堂"),
    ],
)
def test_a_name_after_the_kind_of_business_it_is(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("スパコン", "国内最大級のAIスーパーコンピュータを構築した。", "コンピュータ"),
        ("取材", "海外メディアのインタビューに答えた。", "インタビュー"),
        ("経済安保", "同社はサプライチェーンリスクに指定された。", "リスク"),
    ],
)
def test_a_word_run_into_a_kind_word_is_no_name(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


# --- Public bodies by their short or full name --------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("偽画像の捜査", "生成AIで作られた画像について、福岡県警は詐欺の疑いで調べている。", "福岡県警察"),
        ("サイバー対策", "北海道警察本部と連携し、AIで不審な通信を見つける。", "北海道警察"),
        ("AIで税務相談", "生成AIを試す静岡県浜松財務事務所では、問い合わせ対応に使う。", "静岡県浜松財務事務所"),
        ("電波の実証", "総務省東海総合通信事務所は、AI通訳の実証を支援した。", "総務省東海総合通信事務所"),
        ("裁判とAI", "最高裁は判決文の作成に生成AIを使えるか検討を始めた。", "最高裁"),
    ],
)
def test_a_japanese_public_body_by_its_short_or_full_name(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


def foreign_detected(title: str, text: str = "") -> set[str]:
    return {entry["name"] for entry in classify(title, text).detected["organisations"] if entry.get("foreign")}


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("AI規制", "米国土安全保障省は、生成AIの利用指針を公表した。", "国土安全保障省"),
        ("AI安全", "英国のビジネス・貿易省は、AI企業への支援策をまとめた。", "ビジネス・貿易省"),
        ("AIと治安", "同国の司法省と共同で、AIによる詐欺の対策班を作る。", "司法省"),
    ],
)
def test_a_ministry_the_watch_list_does_not_know_is_another_countrys(title: str, text: str, name: str) -> None:
    assert name in foreign_detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("反省", "同社は猛反省を表明し、再発防止策を示した。", "猛反省"),
        ("中国の工場", "中国の広東省深圳市に生成AIの拠点を置く。", "広東省"),
        ("米国の判決", "米国の最高裁は、AIの著作権を巡る上告を退けた。", "最高裁"),
    ],
)
def test_no_public_body_is_read_from_other_words(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


# --- A name that begins in hiragana, by the ending of a pharmacy or a group -----------------------------------
@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("薬歴をAIで", "秋田県のひまわり薬局は、生成AIで薬歴の下書きを作る。", "ひまわり薬局"),
        ("資金調達", "すずらんグループの社長は、AI事業への投資を語った。", "すずらんグループ"),
        ("新薬開発", "ほーぷグループは、AI創薬の提携を発表した。", "ほーぷグループ"),
    ],
)
def test_a_hiragana_name_by_the_ending_of_a_pharmacy_or_group(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("服薬指導", "市のかかりつけ薬局は、AIで服薬指導を記録する。", "かかりつけ薬局"),
        ("小児医療", "県のこども病院は、AI問診を導入した。", "こども病院"),
    ],
)
def test_a_kind_of_body_in_hiragana_is_no_name(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


# --- The maker of a product named in brackets, with what the product is in between ------------------------
@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("調剤の効率化", "薬局はメディコードの服薬指導AIアシスタント「くすりメモ」を使う。", "メディコード"),
        ("VCの発信", "Lumina Worksの連載「AI起業の現場」が最終回を迎えた。", "Lumina Works"),
        ("接客の自動化", "店頭ではハナミズキの接客ロボット「ミズキ」が案内する。", "ハナミズキ"),
    ],
)
def test_the_maker_of_a_product_named_in_brackets(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("公開", "オープンソースのモデル群「Lumen」を公開した。", "オープンソース"),
        ("商談会", "自治体とバイヤーのマッチングイベント「つなぐ市」を開く。", "バイヤー"),
        # (what a product is, not who made it: "open source" before the product's kind)
        ("新モデル", "オープンソースの大規模言語モデル「Kumo-8B」が公開された。", "オープンソース"),
        ("画像生成", "マルチモーダルの生成AIモデル「Iroha」を試した。", "マルチモーダル"),
    ],
)
def test_a_word_before_a_product_that_is_no_maker(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("AI規制", "フランスデータ保護庁は、生成AIの学習データについて指針を出した。", "フランスデータ保護庁"),
        ("中国のAI", "中国国務院は、生成AIの産業振興策を発表した。", "国務院"),
        ("中国のAI規制", "中国国家データ管理弁公室は新たな規則を公表した。", "国家データ管理弁公室"),
    ],
)
def test_another_countrys_body_written_in_japanese_is_foreign(title: str, text: str, name: str) -> None:
    assert name in foreign_detected(title, text)


# --- The subject that announces, after the clause that describes it -----------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("物流の自動化", "無人配送の実用化を目指すK9は、大手物流会社と業務提携を結んだと発表した。", "K9"),
        ("新製品", "米粉でパンを作るコメルンは4月1日、新商品を発売した。", "コメルン"),
        ("協業", "東北大学で生まれたMiraxは、地銀と協業を開始した。", "Mirax"),
    ],
)
def test_the_subject_that_announces_after_the_clause_describing_it(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


# --- Places named together before 両県 / 両市 (both of them) -------------------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "names", "fragment"),
    [
        ("広域連携", "秋田・岩手両県は、生成AIの共同利用で協定を結んだ。", {"秋田県", "岩手県"}, "岩手両県"),
        ("AI観光案内", "高松・丸亀両市が、観光案内にAIを使う。", {"高松市", "丸亀市"}, "丸亀両市"),
    ],
)
def test_places_named_together_before_both(title: str, text: str, names: set[str], fragment: str) -> None:
    found = detected(title, text)
    assert names <= found
    assert fragment not in found


# --- A mayor by name is no city; a place name may hold ケ -------------------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("AIで窓口", "佐倉市の山本花子市長は、生成AIの導入を表明した。", "山本花子市"),
        ("連携協定", "宇都宮市役所で締結式があり、佐藤一郎市長と頭取が署名した。", "佐藤一郎市"),
        ("町とAI", "小川町は生成AIの研修を開いた。鈴木次郎町長は、職員全員が受けると述べた。", "鈴木次郎町"),
        ("区の実証", "本社(東京都世田谷区)のほか、拠点(横浜市保土ケ谷区)を置く。", "谷区"),
    ],
)
def test_a_mayor_by_name_or_a_piece_of_a_place_is_no_local_government(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


def test_a_city_whose_name_holds_ke_is_named_whole() -> None:
    assert {"千葉県", "鎌ケ谷市"} <= detected("窓口にAI", "千葉県鎌ケ谷市は、生成AIで窓口業務を効率化する。")


# --- What stands in a subject's place and is no organisation: an act before its date, an office, a conjunction ---
@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("講座の案内", "全10講座を用意した。申込は4月1日から受け付ける。", "申込"),
        ("新株の発行", "払込金額は1億円。決済は7月3日に予定している。", "決済"),
        ("AI法が成立", "罰則も設けた。施行は2027年1月1日。", "施行"),
        ("量子で連携", "山田太郎総理は18日、量子分野の協力を表明した。", "山田太郎総理"),
        ("覚書", "両者は「AIと社会、および大学の役割」に関する覚書を結んだ。", "および大学"),
    ],
)
def test_an_act_an_office_or_a_conjunction_is_no_name(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


# --- A party to a contract or an agreement ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("AIで漏水調査", "市は、市内のミズミエールと契約し、国の補助金で調査する。", "ミズミエール"),
        ("DX協定", "町とKotonohaが結んだ包括連携協定に基づき、職員研修を開く。", "Kotonoha"),
        ("大学と連携", "同大学はヒカリノミチと連携協定を結び、AI人材を育てる。", "ヒカリノミチ"),
    ],
)
def test_a_party_to_a_contract_or_an_agreement(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("履歴書とAI", "研究チームは、採用支援のTalentnestに集まった履歴書を調べた。", "Talentnest"),
        ("EV電池", "電池製造のVoltaraは、生成AIで品質検査を自動化した。", "Voltara"),
    ],
)
def test_a_latin_name_after_what_the_company_does(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


def test_a_tool_after_what_is_developed_is_no_company() -> None:
    assert "Flutter" not in detected("アプリ", "アプリ開発のFlutterを使い、画面を作った。")


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("小売", "スーパーのセルフレジは混雑が続く。", "セルフレジ"),
        ("小売の人", "大手スーパーのバイヤーが語った。", "バイヤー"),
        ("株価", "証券会社のアナリストは、業績予想を引き上げた。", "アナリスト"),
        ("会員", "ドラッグストアのポイントカードは、便利だ。", "ポイントカード"),
        ("経営", "事業運営のPDCAを回す。", "PDCA"),
        ("中国の工場", "中国企業は河北省の工場で生成AIを使う。", "河北省"),
    ],
)
def test_a_trades_people_things_and_terms_and_a_province_are_no_names(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [("投資家", "ベンチャーキャピタルVCの役割は大きい。"), ("資金の出し手", "国内のベンチャー、VCは投資を控えた。")],
)
def test_a_kind_in_capitals_after_a_kind_word_is_no_name(title: str, text: str) -> None:
    assert "VC" not in detected(title, text)


def test_a_bodys_other_name_in_katakana_in_brackets_after_it() -> None:
    found = classify(
        "誘致策", "シンガポール経済開発庁(エコノミック・ディベロップメント・ボード)は、誘致策を公表した。"
    ).detected
    names = {entry["name"]: entry.get("foreign") for entry in found["organisations"]}
    assert names.get("エコノミック・ディベロップメント・ボード") == "yes"


def test_a_product_after_the_clause_describing_it_is_no_announcer() -> None:
    assert "スマートフォン" not in detected("新製品", "新機能を搭載したスマートフォンは、来月の発売を発表した。")


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("新アプリ", "スマホの新アプリ「ミチシルベ」を配信した。", "スマホ"),
        ("統合", "厚生省と労働省が統合して生まれた。", "厚生省"),
        ("組織", "、おおきなグループと連携した。", "おおきなグループ"),
    ],
)
def test_a_device_a_former_japanese_ministry_or_a_description_is_no_new_name(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


def test_a_kind_of_company_with_an_acronym_after_a_kind_word_is_no_name() -> None:
    assert "大企業" not in detected("連携", "スタートアップ、大企業(JTC)は連携を強める。")


# --- A startup named in kanji after the word for it -------------------------------------------------------
def test_a_startup_in_kanji_after_the_word_for_it() -> None:
    text = "農業ロボットを作る東北大学発スタートアップの緑翼は、新型機を発表した。"
    assert "緑翼" in detected("収穫ロボ", text)


@pytest.mark.parametrize(
    "text",
    [
        "国内スタートアップの資金調達額は、前年を上回ったと発表した。",
        "宇宙スタートアップの課題は、資金だ。",
        "AIスタートアップの経営者は、新会社の設立を発表した。",
    ],
)
def test_what_a_startup_has_does_or_counts_is_no_name(text: str) -> None:
    assert not {"資金調達額", "課題", "経営者"} & detected("スタートアップ", text)


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("運用", "投資会社のリターンは、高い水準を保った。", "リターン"),
        ("事件", "県警は20日、男を逮捕した。", "県警"),
        ("参加者", "、さまざまなグループが参加した。", "さまざまなグループ"),
    ],
)
def test_a_trade_word_a_kind_of_body_or_a_description_is_no_name(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [("証券会社アナリストは、指摘した。", "アナリスト"), ("商社トレーダーが語った。", "トレーダー")],
)
def test_a_person_of_the_trade_run_into_its_kind_is_no_name(text: str, word: str) -> None:
    assert word not in detected("市場", text)


def test_a_foreign_maker_in_katakana_gives_no_japan_evidence() -> None:
    labels = classify("音声AIの新機能", "アマゾンの音声アシスタント「アレクサ」に生成AIを使った新機能が加わった。")
    assert not labels.relevant
    assert "not relevant: no Japan evidence" in labels.reasons


# --- Second round (O8): Japanese names by their parent, their ending or their particle frame ----------------------
@pytest.mark.parametrize(
    ("text", "town", "office"),
    [
        ("長野県の白馬村役場は、生成AIで議事録を作る。", "白馬村", "白馬村役場"),
        ("北海道の鷹栖町役場に職員向けのAI研修を開いた。", "鷹栖町", "鷹栖町役場"),
    ],
)
def test_a_town_or_village_office_is_named_with_its_town(text: str, town: str, office: str) -> None:
    assert {town, office} <= detected("役場のAI", text)


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        ("東京都目黒区は、窓口の案内に生成AIを使う。", "目黒区"),
        ("東京都江東区が、AIによる議事録作成を始めた。", "江東区"),
    ],
)
def test_a_ward_after_its_prefecture_as_the_subject_is_named_with_it(text: str, ward: str) -> None:
    labels = classify("区のAI", text)
    assert ward in {entry["name"] for entry in labels.detected["organisations"]}
    assert "Tokyo Metropolitan Government" in {organisation["name"] for organisation in labels.organisations}


def test_a_ward_in_an_address_is_still_no_name() -> None:
    text = "株式会社サンプル(東京都港区、代表取締役:山田一郎)は、生成AIを発表した。"
    assert "港区" not in detected("新サービス", text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("弘前医療大学附属病院の研究チームは、生成AIで紹介状を要約した。", "弘前医療大学附属病院"),
        ("東京学芸大学附属小金井小学校で、生成AIを使った授業が開かれた。", "東京学芸大学附属小金井小学校"),
        ("調査は、北斗工科大学付属図書館が担った。", "北斗工科大学付属図書館"),
    ],
)
def test_a_universitys_unit_is_named_after_the_university(text: str, unit: str) -> None:
    assert unit in detected("大学のAI", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宮崎県警は、宮崎空撮ドローン協同組合と災害協定を結んだ。", "宮崎空撮ドローン協同組合"),
        ("特産のメロンを作る旭町温室園芸生産組合は、AIで糖度を予測する。", "旭町温室園芸生産組合"),
        ("出荷はミナトベリー出荷組合が担う。", "ミナトベリー出荷組合"),
    ],
)
def test_a_cooperative_whose_name_says_whose_it_is_is_read_by_its_ending(text: str, name: str) -> None:
    assert name in detected("組合のAI", text)


def test_a_kind_of_cooperative_or_a_headlines_short_form_is_no_name() -> None:
    names = detected(
        "県警がドローン協同組合と協定", "農業協同組合や生産組合が参加し、県警は北浜ドローン協同組合と協定を結んだ。"
    )
    assert not {"農業協同組合", "生産組合", "ドローン協同組合"} & names
    assert "北浜ドローン協同組合" in names


@pytest.mark.parametrize(
    ("text", "school", "division"),
    [
        ("青葉学院中学校・高等学校は、生成AIを使った探究授業を始めた。", "青葉学院中学校・高等学校", "青葉学院中学校"),
        ("白鷺学園中学校・高校の生徒が、生成AIで新聞を作った。", "白鷺学園中学校・高校", "白鷺学園中学校"),
    ],
)
def test_a_school_of_two_divisions_is_named_as_one(text: str, school: str, division: str) -> None:
    names = detected("学校のAI", text)
    assert school in names
    assert division not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("3月には日本発酵食品学会大会で、生成AIを使った研究が発表された。", "日本発酵食品学会"),
        ("全日本ドローン連盟年次総会では、AIの安全基準が議論された。", "全日本ドローン連盟"),
    ],
)
def test_a_society_before_its_meeting_is_named(text: str, name: str) -> None:
    assert name in detected("学会のAI", text)


def test_a_kind_of_society_before_a_meeting_is_no_name() -> None:
    assert not {"国際学会", "学会"} & detected("学会", "国際学会大会で発表した。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在宅医療大手のひまわり会は、生成AIで訪問記録を要約する仕組みを導入した。", "ひまわり会"),
        ("農業ベンチャーの緑風舎が、生成AIで栽培日誌を自動で書くサービスを始めた。", "緑風舎"),
        ("町は、物流スタートアップの青嵐運輸の配送網を使い、生成AIで配車を組む。", "青嵐運輸"),
    ],
)
def test_a_japanese_name_after_the_kind_of_company_and_no(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_a_word_for_many_companies_after_the_kind_of_company_is_no_name() -> None:
    names = detected("大手の動き", "通信大手の各社は生成AIに投資し、ベンチャーの経営者が集まった。")
    assert not {"各社", "経営者"} & names


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("AI基金", "ブラジル政府は、生成AIの研究拠点に資金を出すと発表した。", "ブラジル政府"),
        ("AI規制", "カナダ政府が、AIの安全評価の指針をまとめた。", "カナダ政府"),
    ],
)
def test_another_countrys_government_named_with_its_country_is_foreign(title: str, text: str, name: str) -> None:
    assert name in foreign_detected(title, text)


def test_the_state_alone_or_many_governments_is_no_name() -> None:
    names = detected("AI政策", "政府は3日、生成AIの指針を決めた。各国政府も対応を急ぐ。")
    assert not {"政府", "各国政府", "国政府"} & names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("大林組 KOBOラボの山田氏は、生成AIで施工計画を書く試みを語った。", "大林組"),
        ("住友林業 TREEラボは、生成AIの相談窓口を開いた。", "住友林業"),
    ],
)
def test_a_listed_company_before_its_units_name_in_capitals(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_a_listed_name_run_into_a_capital_or_a_word_is_another_company() -> None:
    names = detected("AIの活用", "ソフトバンクGは出資を決め、富士通Japanは生成AIの窓口を開いた。")
    assert not {"ソフトバンク", "富士通"} & names


# --- The body's first words as the subject of an organisation's own act (ninth session) ---------------------
@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("若者のAI利用", "マクロミルデータは、高校生にアンケートを行い、生成AIの使い方を調べた。", "マクロミルデータ"),
        ("中小企業とAI", "クロスリサーチが中小企業800社に行った調査で、生成AIの導入率が分かった。", "クロスリサーチ"),
        ("AIで点検", "Hoshizora Labsは、橋の点検にAIを使うシステムを構築した。", "Hoshizora Labs"),
        ("AI窓口", "テラスゲートは、自治体向けに生成AIの窓口サービスの提供を開始した。", "テラスゲート"),
    ],
)
def test_the_body_opening_with_the_subject_of_its_own_act(title: str, text: str, name: str) -> None:
    assert name in detected(title, text)


@pytest.mark.parametrize(
    ("title", "text", "word"),
    [
        ("AIの話題", "メタバースは、新しい仮想空間として注目を集めている。", "メタバース"),
        ("AIの話題", "カメラマンが撮った写真を公開した。", "カメラマン"),
    ],
)
def test_a_word_opening_the_body_without_an_act_of_its_own_is_no_name(title: str, text: str, word: str) -> None:
    assert word not in detected(title, text)


# --- A school or a hospital after its operator's legal form and name (ninth session) ------------------------
@pytest.mark.parametrize(
    ("text", "names", "whole"),
    [
        ("社会医療法人緑風会ミナミ病院は、AI問診を導入した。", {"緑風会", "ミナミ病院"}, "緑風会ミナミ病院"),
        (
            "医療法人社団清和会青空クリニックは、生成AIで紹介状を書く。",
            {"清和会", "青空クリニック"},
            "清和会青空クリニック",
        ),
        ("学校法人青葉学園緑台高等学校は、生成AIを授業に使う。", {"青葉学園", "緑台高等学校"}, "青葉学園緑台高等学校"),
        (
            "学校法人光陽舎デジタルアーツ専門学校の校長は話した。",
            {"光陽舎", "デジタルアーツ専門学校"},
            "光陽舎デジタルアーツ専門学校",
        ),
    ],
)
def test_an_operator_and_its_school_or_hospital_are_two_names(text: str, names: set[str], whole: str) -> None:
    found = detected("生成AIの活用", text)
    assert names <= found
    assert whole not in found


def test_a_university_holding_its_founders_name_stays_whole() -> None:
    assert "緑葉学園前橋情報大学" in detected("生成AIの活用", "緑葉学園前橋情報大学は、生成AIの指針を公表した。")


# --- A vocational school by its ending (ninth session) -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("来年度はKOBEゲームクリエイター専門学校で生成AIの授業を始める。", "KOBEゲームクリエイター専門学校"),
        ("北陸電子情報専門学校は、生成AIの講座を開いた。", "北陸電子情報専門学校"),
    ],
)
def test_a_vocational_school_by_its_ending(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_a_kind_of_vocational_school_is_no_name() -> None:
    found = detected("生成AIの活用", "県内の看護専門学校や調理師専門学校で生成AIの授業が始まった。")
    assert not {"看護専門学校", "調理師専門学校"} & found


# --- A survey's author whose name opens in kanji and ends in katakana (ninth session) -------------------------
@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("中小企業の生成AI導入は2割【北陸経済リサーチ調べ】", "北陸経済リサーチ"),
        ("生成AIの利用率、若者で5割超(関西マーケティングラボ調べ)", "関西マーケティングラボ"),
    ],
)
def test_a_surveys_author_opening_in_kanji(title: str, name: str) -> None:
    assert name in detected(title, "生成AIの利用を尋ねた。")


def test_our_own_survey_is_no_name() -> None:
    assert not detected("生成AIの導入率は3割(当社調べ)", "生成AIの利用を尋ねた。")


# --- A company after its trade or its rank and の, as the lead's topic (ninth session, second round) ------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("倉庫不動産のミナトロジスは、生成AIでミナトロジスの入居企業の質問に答える。", "ミナトロジス"),
        ("家電メーカーのハルカゼは、生成AIを載せた冷蔵庫を売る。ハルカゼの店で試せる。", "ハルカゼ"),
        ("生成AIの導入では、通信大手のコネクトラが、法人向けの窓口を設けた(東京)。", "コネクトラ"),
        ("日本語の大規模言語モデルでは、AI開発企業のNorthwindが、評価で首位だった。", "Northwind"),
        ("生活雑貨ストアのモモハウスは、生成AIで商品説明を書いている。モモハウスの担当者が語った。", "モモハウス"),
    ],
)
def test_a_company_after_its_trade_or_rank_and_no(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


@pytest.mark.parametrize(
    "text",
    [
        "企業のニーズは、生成AIの活用で変わった。ニーズは多様だ。",
        "家電メーカーのシェアは、生成AIで変わる。シェアの推移を見る。",
        "中小企業のセキュリティは、生成AIで強まる。セキュリティの課題もある。",
        "大企業のガバナンスは、生成AIの利用で問われる。ガバナンスの議論が続く。",
    ],
)
def test_what_a_trade_has_or_needs_is_no_name(text: str) -> None:
    found = detected("生成AIの活用", text)
    assert not {"ニーズ", "シェア", "セキュリティ", "ガバナンス"} & found


@pytest.mark.parametrize(
    "text",
    [
        "大阪に本社を置くドラッグストアのクスリノミナミは、生成AIで接客している。",
        "札幌に拠点を置く家具メーカーのキタノキは、生成AIで図面を描く。",
        "横浜を拠点とするカフェチェーンのハマカフェは、生成AIで献立を考える。",
    ],
)
def test_the_kind_of_business_after_where_it_is_based_is_no_name(text: str) -> None:
    found = detected("生成AIの活用", text)
    assert not {"ドラッグストア", "家具メーカー", "カフェチェーン"} & found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("大阪に本社を置くドラッグストアのクスリノミナミは、生成AIで接客している。", "クスリノミナミ"),
        ("札幌に拠点を置く家具メーカーのキタノキは、生成AIで図面を描く。", "キタノキ"),
        ("横浜を拠点とするカフェチェーンのハマカフェは、生成AIで献立を考える。", "ハマカフェ"),
        ("仙台に本社を置く建設会社のAobaworksが、生成AIで日報を書く。", "Aobaworks"),
    ],
)
def test_the_name_after_where_it_is_based_and_its_kind(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


# --- State bodies the press names without their ministry (ninth session, second round) -------------------------
def organisations(title: str, text: str) -> set[str]:
    labels = classify(title, text)
    return {entry["name"] for entry in labels.organisations} | {
        entry["name"] for entry in labels.detected["organisations"]
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国立国会図書館は、所蔵する古い雑誌を生成AIで要約する実験を始めた。", "National Diet Library"),
        ("災害時には自衛隊が生成AIで被害の報告をまとめる。", "Japan Self-Defense Forces"),
        ("海上自衛隊は、生成AIで航海日誌の下書きを作る試みを公表した。", "Japan Maritime Self-Defense Force"),
        ("日本学士院は、生成AIをめぐる公開講演会を開く。", "Japan Academy"),
        ("原子力規制委員会は、審査資料の検索に生成AIを使う方針を示した。", "Nuclear Regulation Authority"),
    ],
)
def test_a_state_body_named_without_its_ministry(text: str, name: str) -> None:
    assert name in organisations("生成AIの活用", text)


# --- A university's institute or centre named after it without 附属 (ninth session, second round) ---------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("東京大学史料編纂所は、古文書の読み取りに生成AIを試している。", "東京大学史料編纂所"),
        ("京都大学情報環境機構センターが、学内向けの生成AIを公開した。", "京都大学情報環境機構センター"),
        ("大阪大学数理科学研究院の教員が、生成AIの講座を開いた。", "大阪大学数理科学研究院"),
        ("東北大学災害記録研究センターで、生成AIが証言を要約する。", "東北大学災害記録研究センター"),
    ],
)
def test_a_universitys_institute_named_after_it(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_a_university_before_an_exam_centres_word_is_no_unit() -> None:
    found = detected("生成AIの活用", "東京大学入試センター試験の問題を生成AIに解かせた。")
    assert "東京大学入試センター" not in found


# --- A unit of the Self-Defense Forces after its service (ninth session, second round) ------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("陸上自衛隊高田駐屯地は、地元の企業と防災の協定を結んだ。", "陸上自衛隊高田駐屯地"),
        ("航空自衛隊千歳基地で、生成AIを使った訓練の記録づくりが始まった。", "航空自衛隊千歳基地"),
        ("陸上自衛隊第9師団が、生成AIで災害派遣の報告を下書きした。", "陸上自衛隊第9師団"),
        ("自衛隊秋田地方協力本部は、生成AIで募集の案内を作った。", "自衛隊秋田地方協力本部"),
    ],
)
def test_a_unit_of_the_self_defense_forces(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


# --- A name opening in hiragana at the start of the body (ninth session, second round) ------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("みなとでんきは、生成AIで検針の記録を整理するシステムを構築した。", "みなとでんき"),
        ("ひがしかわ町民大学は5月10日、生成AIの講座を開いた。", "ひがしかわ町民大学"),
        ("あおぞらネットは、生成AIで問い合わせに答える窓口を始めた。", "あおぞらネット"),
        ("よつばシステムズは3日、生成AIの新製品を発表した。", "よつばシステムズ"),
    ],
)
def test_a_name_opening_in_hiragana_at_the_body_start(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


@pytest.mark.parametrize(
    "text",
    [
        "さらに同社は10日、生成AIの新製品を発表した。",
        "これは、生成AIで作った画像を公開したものだ。",
        "そして政府は3日、生成AIの指針を公表した。",
        "きょうは、生成AIの勉強会を開始した。",
        "わたしたちは、生成AIで記事を書く試みを始めた。",
    ],
)
def test_a_conjunction_or_pronoun_in_hiragana_is_no_name(text: str) -> None:
    found = detected("生成AIの活用", text)
    assert not {"さらに同社", "これ", "そして政府", "きょう", "わたしたち"} & found


# --- A name with the role of the person named after it, run together (ninth session, second round) ------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("セミナーでは、ミドリテック取締役の山本健一氏が生成AIの使い方を話した。", "ミドリテック"),
        ("地域医療データ研究所理事長の中川誠氏は、生成AIで診療記録をまとめる試みを語った。", "地域医療データ研究所"),
        ("会場では、Brightline執行役員の田村氏が生成AIの事例を紹介した。", "Brightline"),
        ("寄稿では、スマートエイジ協会代表理事の木村洋子氏が生成AIの課題を論じた。", "スマートエイジ協会"),
    ],
)
def test_a_name_with_the_role_of_the_person_after_it(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_a_kanji_body_before_a_role_is_not_read_by_it() -> None:
    found = detected("生成AIの活用", "県教育委員会教育長の田中一郎氏は、生成AIの指針を示した。")
    assert "県教育委員会教育長" not in found


# --- An investment partnership whose name opens in hiragana (ninth session, second round) ---------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme、ほしぎんベンチャー2号投資事業有限責任組合が出資した。", "ほしぎんベンチャー2号投資事業有限責任組合"),
        (
            "第三者割当増資の引受先は、みなとキャピタル1号投資事業有限責任組合である。",
            "みなとキャピタル1号投資事業有限責任組合",
        ),
        (
            "しんきん地域創生ファンド投資事業有限責任組合などから5億円を調達した。",
            "しんきん地域創生ファンド投資事業有限責任組合",
        ),
    ],
)
def test_an_investment_partnership_opening_in_hiragana(text: str, name: str) -> None:
    assert name in detected("資金調達", text)


def test_a_clause_in_hiragana_before_a_partnership_is_no_part_of_it() -> None:
    found = detected("資金調達", "地域の企業を支えるためのファンドとして投資事業有限責任組合を作った。")
    assert not any(name.endswith("投資事業有限責任組合") for name in found)


def test_a_particle_in_hiragana_before_a_fund_is_no_part_of_it() -> None:
    found = detected("資金調達", "地元銀行によるファンド1号投資事業有限責任組合が、5億円を出資した。")
    assert "によるファンド1号投資事業有限責任組合" not in found


# --- Investors listed before how they put money in (ninth session, second round) ------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "シリーズBで5億円を調達した。ミナミトレード、ハルカゼ工房が新たに出資した。",
            {"ミナミトレード", "ハルカゼ工房"},
        ),
        ("追加調達では、キタカゼ物流、アオイメディカルも追加で出資した。", {"キタカゼ物流", "アオイメディカル"}),
        (
            "3億円を調達し、コハク技研、ソラマメ電機、ヒスイ通商が共同で出資した。",
            {"コハク技研", "ソラマメ電機", "ヒスイ通商"},
        ),
    ],
)
def test_investors_listed_before_how_they_put_money_in(text: str, names: set[str]) -> None:
    assert names <= detected("資金調達", text)


def test_two_kinds_of_people_before_new_money_are_no_names() -> None:
    found = detected("資金調達", "学生、教員が新たに参加した。")
    assert not {"学生", "教員"} & found


# --- A foreign company after its country and の (ninth session, second round) ---------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("倉庫ロボットのスウェーデンのリフトボルグ(日本法人は大阪市)は、生成AIで保守の手順を作る。", "リフトボルグ"),
        ("倉庫ロボットを手がけるドイツのベルクストア(日本法人は東京都港区)は、生成AIの保守を始めた。", "ベルクストア"),
        (
            "物流システムを作るオランダのデルタチェーン(日本法人は大阪市)は5月2日、生成AIの窓口を開いた。",
            "デルタチェーン",
        ),
    ],
)
def test_a_foreign_company_after_its_country(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_a_foreign_leader_after_his_country_is_no_company() -> None:
    found = detected("生成AIの規制", "ロシアのプーチン大統領は、生成AIの規制を命じた。")
    assert not {"プーチン", "プーチン大統領"} & found


# --- A kind of firm or a headline's share in front of a name (ninth session, second round) --------------------
@pytest.mark.parametrize(
    ("title", "text", "name", "whole"),
    [
        (
            "生成AIの調査",
            "大分銀行系のシンクタンク大分経済研究所は、県内企業の生成AI利用を調べた。",
            "大分経済研究所",
            "シンクタンク大分経済研究所",
        ),
        (
            "中小企業の生成AI導入は4割 東海経済新聞の調査で判明",
            "中小企業の生成AI導入が進んでいる。",
            "東海経済新聞",
            "4割東海経済新聞",
        ),
        (
            "生成AIの活用",
            "地元のベンチャーキャピタル瀬戸内投資研究所が、生成AIの新興企業に出資した。",
            "瀬戸内投資研究所",
            "ベンチャーキャピタル瀬戸内投資研究所",
        ),
    ],
)
def test_a_kind_of_firm_or_a_share_in_front_of_a_name(title: str, text: str, name: str, whole: str) -> None:
    found = detected(title, text)
    assert name in found
    assert whole not in found


# --- A body named before what is affiliated with it (ninth session, second round) -----------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北陸中央銀行系のシンクタンクが、生成AIの利用を調べた。", "北陸中央銀行"),
        ("瀬戸内証券系列の運用会社は、生成AIで報告書を書く。", "瀬戸内証券"),
        ("南海総合研究所傘下の調査会社が、生成AIの動向をまとめた。", "南海総合研究所"),
    ],
)
def test_a_body_before_what_is_affiliated_with_it(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_a_kind_of_bank_before_its_affiliates_is_no_name() -> None:
    found = detected("生成AIの活用", "地方銀行系のベンチャーキャピタルが、生成AIの新興企業に出資した。")
    assert "地方銀行" not in found


# --- A long katakana name of a body before its acronym (ninth session, second round) --------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "日本インタラクティブエンターテインメント協会(JIEA)は、生成AIの指針を公表した。",
            "日本インタラクティブエンターテインメント協会",
        ),
        (
            "全国デジタルトランスフォーメーション推進機構(ZDX)が、生成AIの講座を開く。",
            "全国デジタルトランスフォーメーション推進機構",
        ),
        (
            "アジアパシフィックコミュニケーションテクノロジー研究所(APCT)の調べでは、生成AIの利用が増えた。",
            "アジアパシフィックコミュニケーションテクノロジー研究所",
        ),
    ],
)
def test_a_long_katakana_name_before_its_acronym(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


# --- A company by its unnamed spokesman (ninth session, second round) -----------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "生成AIで点検の記録を作れるようになったと、ミナトエンジニアリングの担当者が説明した。",
            "ミナトエンジニアリング",
        ),
        ("ハルカゼフーズの広報担当者によると、生成AIで献立を考えている。", "ハルカゼフーズ"),
        ("生成AIの導入について、Bluefinの担当者は効果を認めた。", "Bluefin"),
    ],
)
def test_a_company_by_its_unnamed_spokesman(text: str, name: str) -> None:
    assert name in detected("生成AIの活用", text)


def test_the_spokesman_of_a_field_names_no_company() -> None:
    found = detected(
        "生成AIの活用", "セキュリティの担当者は、生成AIの使い方に気を配る。キャンペーンの担当者が説明した。"
    )
    assert not {"セキュリティ", "キャンペーン"} & found
