"""Japan's listed companies named in text the way news names them: without a legal form.

"清水建設は…", "シャープと…", "味の素の…": a company listed on a Japanese exchange is named by its name alone,
with no 株式会社 for the company-form patterns of ``detect`` to read. The names come from the EDINET code
list (``listed_companies.toml``, written by ``scrapy watchlist import-edinet``; PDL1.0, see its header).

A name counts where it stands as a word of its own:

- not inside a longer run of its script: no letter, digit, katakana or kanji just before it (after 株式会社 the
  company-form patterns of ``detect`` read it), none just after it (except what follows a company's name in news:
  社長, 会長, 傘下, 子会社, 製, 株 …), so ソニーグループ is not ソニー and 東芝テクノロジーズ is not テクノロジーズ;
  nor Latin letters ("ソフトバンクG" is SoftBank Group, "富士通Japan" a company of its own), except a unit's
  name in capitals before its kind ("清水建設NOVAREイノベーションセンター" names 清水建設); a name that begins in
  hiragana (いすゞ自動車) not after hiragana either;
- names of three characters or more; a name written only in kana needs four: three kana are mostly ordinary words
  (ベース, フリー, ヒット, はてな), while three characters with a kanji are a company's own name (任天堂, 味の素);
  three katakana are read when the English name is their reading, a Japanese name (ニコン "NIKON");
- names written only in Latin letters are left out (IHI, TOTO, SUBARU, RISE: acronyms and words of English text;
  the company-form patterns read "X Corporation" already);
- a name in kana before な (not など) is an adjective ("シャープな画質"), not the company;
- names that are ordinary words (ライオン, スペース, ビジョン, イノベーション, 光通信) are left out;
- a group's parent is read by the short form the press gives it too (大和証券 for 大和証券グループ本社, "三井住友FG";
  ``listed_short_forms``), and found under its listed name.

Matching does not try four thousand names at every character: the places where a word may begin (a character
that some name begins with, after no letter of a run) are found by one compiled pattern, and there only the names
that begin with the same two characters are tried, longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from config.listed_companies import ListedCompany
from pipelines.classification.listed_english import ListedEnglishNames
from pipelines.classification.listed_short_forms import abbreviated_forms, reads_as_english_name, short_form

REASON = "listed company (EDINET)"

_KANA_ONLY = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc・]+$")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
# A letter that would make the name part of a longer word, on either side.
_RUN_LETTER = r"A-Za-z0-9\u30a1-\u30fa\u30fc\u4e00-\u9fff々ヶ"
_IN_RUN = re.compile(rf"[{_RUN_LETTER}]")
# What follows a company's name in news without being part of it.
_AFTER_NAME = re.compile(
    r"株式会社|\(株\)|社長|副社長|会長|社員|専務|常務|取締役|執行役員|役員|傘下|子会社|本社|幹部|広報|創業者"
    r"|グループ会社|関係者|製(?![\u4e00-\u9fff])|系(?![\u4e00-\u9fff])|株(?![\u4e00-\u9fff])|社(?![\u4e00-\u9fff])"
    r"|等(?![\u4e00-\u9fff])|側(?![\u4e00-\u9fff])"
)
# A unit of the company run into its name, its own name in capitals then its kind in katakana or kanji
# ("清水建設NOVAREイノベーションセンター", "X電機ABC研究所": the text dropped the space between them). Not a
# capital or two ("ソフトバンクG", SoftBank Group) nor a word in small letters ("富士通Japan"): other companies.
_UNIT_AFTER_NAME = re.compile(r"[A-Z]{3,}(?=[\u30a1-\u30fa\u4e00-\u9fff])")
# Listed companies whose name is also an ordinary word or a place, or the first words of another body's name
# (中国工業・情報化部, China's ministry): read only with their legal form (the company-form patterns of ``detect``).
# Three kana read as a Japanese name (``listed_short_forms``) may still be a word in katakana: a herb (ミツバ), an
# animal (キリン, Kirin's short form), a surname (スズキ; the watch list reads Suzuki and Kirin only in context).
COMMON_WORDS = frozenset(
    """
    ライオン アルファ ディスコ アクセル バッファロー マックス ワールド ピープル クリエイト スクロール マルシェ
    ヒマラヤ アプライド ストリーム スペース ステップ クイック フューチャー オーバル ジョイフル プラネット インサイト
    キャンバス ベクトル ビジョン キャリア イノベーション テクノロジーズ フロンティア セキュア スローガン キューブ
    グリッド ガーデン ハイパー アドベンチャー エクストリーム ルネサンス ユナイテッド フュージョン クエスト メンバーズ
    オリジン ヘリオス サクシード ブリーチ マーキュリー ベーシック ハンモック フライヤー スタメン グリーンズ
    ジグザグ グローリー ケアサービス ショーケース クルーズ シャノン マリオン アスタリスク アークス エーアイ キャスター
    コックス スタートライン ライトアップ
    フィーチャ インテグラル アクシス システムソフト ソフトウェア・サービス
    中国工業 光通信 表示灯 日本通信 情報企画 地域新聞社 中央倉庫 大真空 夢展望
    ミツバ スズキ キリン
    """.split()
)


def eligible(name: str, name_en: str = "") -> bool:
    """Whether a listed company's name can be read alone in text (see the module's rules)."""
    if name.isascii() or name in COMMON_WORDS or len(name) < 3:
        return False
    # Three kana are read when the English name is their reading, a Japanese name: ニコン "NIKON", not ベース "BASE".
    return not (_KANA_ONLY.match(name) and len(name) < 4) or reads_as_english_name(name, name_en)


class ListedCompanies:
    """The listed companies' Japanese names, indexed for reading text."""

    def __init__(self, companies: Iterable[ListedCompany]) -> None:
        companies = tuple(companies)
        # Their English names, read in English text (``listed_english``).
        self.english = ListedEnglishNames(companies)
        self.by_name: dict[str, ListedCompany] = {}
        self._by_prefix: dict[str, list[str]] = {}
        for company in companies:
            if eligible(company.name, company.name_en) and company.name not in self.by_name:
                self.by_name[company.name] = company
        # The short forms the press gives a group's parent (日清食品 for 日清食品ホールディングス, "アサヒグループHD";
        # ``listed_short_forms``), when they are no other listed company's name and only one company's short form.
        shorts: dict[str, list[ListedCompany]] = {}
        for company in companies:
            short = short_form(company.name, company.name_en)
            if short is not None and eligible(short, company.name_en):
                shorts.setdefault(short, []).append(company)
            for abbreviated in abbreviated_forms(company.name):
                shorts.setdefault(abbreviated, []).append(company)
        shorts = {short: owners for short, owners in shorts.items() if short not in self.by_name}
        self.by_name.update((short, owners[0]) for short, owners in shorts.items() if len(owners) == 1)
        for name in self.by_name:
            self._by_prefix.setdefault(name[:2], []).append(name)
        for names in self._by_prefix.values():
            names.sort(key=len, reverse=True)
        first = "".join(sorted({name[0] for name in self.by_name}))
        # Where a name may begin: a character some name begins with, after no letter of a run. A name right after
        # its company form ("株式会社X") is the company-form patterns' to read: one lookbehind, not three, halves the
        # cost of the scan.
        self._start = re.compile(rf"(?<![{_RUN_LETTER}])[{re.escape(first)}]") if first else None

    def __len__(self) -> int:
        return len(self.by_name)

    def find(self, text: str) -> list[str]:
        """The listed names of the companies that ``text`` (normalised) names as words of their own, in order (a
        short form gives the listed name: "大和証券は" gives 大和証券グループ本社)."""
        if self._start is None:
            return []
        found: dict[str, None] = {}
        for start in self._start.finditer(text):
            at = start.start()
            names = self._by_prefix.get(text[at : at + 2])
            if not names:
                continue
            for name in names:
                if not text.startswith(name, at):
                    continue
                if _HIRAGANA.match(name) and at > 0 and _HIRAGANA.match(text[at - 1]):
                    continue  # "ではいすゞ": a name that begins in hiragana must not follow hiragana
                end = at + len(name)
                if (
                    end < len(text)
                    and _IN_RUN.match(text[end])
                    and not _AFTER_NAME.match(text, end)
                    and not _UNIT_AFTER_NAME.match(text, end)
                ):
                    continue
                if text.startswith("な", end) and not text.startswith("など", end) and _KANA_ONLY.match(name):
                    continue  # "シャープな画質": a loanword as an adjective, not the company
                found[self.by_name[name].name] = None
                break
        return list(found)
