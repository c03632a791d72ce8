"""Words that are not names: kinds of body before an ending (国立大学, 地方銀行), and words that open headlines or
fill lists without naming anyone (政府, 同社, データ). Read by the ``detect_*`` modules."""

from __future__ import annotations

# Words that number things with a letter or a count ("Phase-2B", "Type-1B", "COVID-19"): what follows their hyphen
# is no model size, so "Phase-2B" is no model's name.
NUMBERING_WORD = (
    r"(?:Phase|Type|Series|Stage|Grade|Class|Level|Tier|Section|Article|Form|Route|Line|Gate"
    r"|Terminal|Building|Block|Room|Chapter|Part|Vitamin|Covid|COVID)-"
)
# Words before an ending that say what kind of body it is, not which one ("国立大学", "地方銀行").
GENERIC_STEMS = frozenset(
    """同 本 当 各 他 両 全 新 旧 元 某 国立 公立 私立 県立 市立 府立 都立 有名 難関
    主要 複数 海外 国内 国外 地方 地域 地元 中央 大手 中堅 中小 民間 外資 外国 欧米 米国
    海外の 世界の 提携 協力 参加 共同 研究 総合 基礎 応用 技術 理系 文系 女子 工業 医科
    短期 新設 投資 都市 信託 有価 ネット メガ 地銀 第二地方 取引 メイン 主力 有力 公益
    一般 業界 傘下 附属 付属 関連 系列 政府系 政策 先端 科学 理工 情報 工学 医学 教育
    企業 ベンチャー グローバル デジタル オンライン インターネット 米 英 仏 独 中国 韓国 台湾
    欧州 日本 日米 国際 大学 大学院 自社 他社 子会社 グループ 音楽 映画 出版 放送 地上
    衛星 化学 精密 重 軽 機械 電気 電子 金属 鉄鋼 繊維 建設 自動車 石油 ガス 食品 医療
    総合 附属 付属 市民 県立 市立 地域 動物 歯科 小児 専門 組合 研究
    ゲーム 公共 生 再 業界紙 地方紙 全国紙 英字 経済 スポーツ 夕刊 朝刊 電子版 学術 国際学
    関連学 テレビ ラジオ 生成AI AI
    実行 運営 審査 選考 編集 倫理 諮問 検討 評価 調査 第三者 特別 常任 分科 指名 報酬 監査 有識者 準備 審議
    組織 選挙管理 公安 規制 人事 専門 小 大会 商業 農業 水産 定時制 通信制 全日制 夜間 男子 名門 強豪 進学 報道 編成
    制作 営業 総務 公開 記念 講演 基調 円卓 年次 合同 DX
    ワーキング プロジェクト ユーザー タスク フォーカス アイドル ガールズ ボーイズ ダンス ボーカル バンド ハッカー
    作業 専門家 研究者 市民 住民 患者 支援 親子 学生 利用者 当事者 企業連合 事業 金融 持株 中核 コア ターゲット
    対照 比較 介入 実験 年齢 所得 世代 テロ 武装 犯罪 詐欺 過激派 反政府 抗議 宗教 右翼 左翼 民族 少数 多数""".split()
)
# The same words at the end of a longer run: "…地方銀行", "…大手証券" (not 総合 or 公立: 野村総合研究所, 大阪公立大学).
GENERIC_TAILS = tuple(
    """地方 大手 中堅 民間 外資 地銀 有名 難関 主要 複数 海外 国内 提携 傘下 系列
    関連 有力 主力 取引 メイン 国立 私立 共同開発""".split()
)
GENERIC_NAMES = frozenset(
    """新聞 日報 新報 放送 学会 大学院大学 放送大学 通信社 新聞社 総研 商事 電機 製薬 工業
    証券 銀行 財団 協会 研究所 研究室 大学 放送局 通信制大学 中央銀行 世界銀行の 投資銀行 国立大学
    私立大学 公立大学 研究大学 地方大学 総合大学 単科大学 工業大学 医科大学 女子大学 外国語大学
    教育大学 芸術大学 技術大学 裁判所 地方裁判所 高等裁判所 家庭裁判所 簡易裁判所 地裁 高裁 家裁""".split()
)
# Words that open headlines and are no one's name (and what a product is, where its maker would stand: "オープン
# ソースの…モデル「X」").
NOT_SUBJECTS = frozenset(
    """台湾 豪州 英国 ドイツ フランス インド シンガポール ベトナム アジア 世界 国内 海外 東京 大阪
    アメリカ イギリス イタリア スペイン カナダ ブラジル メキシコ ロシア ウクライナ イスラエル サウジアラビア
    オーストラリア ニュージーランド インドネシア タイ マレーシア フィリピン オランダ ベルギー スイス スウェーデン
    ノルウェー フィンランド デンマーク ポーランド トルコ エジプト アフリカ ヨーロッパ カタール
    シリコンバレー ニューヨーク ロンドン パリ ベルリン ソウル 北京 上海 深圳
    既存株主 エンジェル投資家 個人投資家 投資家 ベンチャーキャピタル 事業会社 金融機関 複数社
    政府 同社 当社 弊社 同省 同庁 同市 同県 同大 同行 同局 同機構 首相 大臣 知事 市長 会社 両社 各社 国
    日本 米国 中国 欧州 本学 本校 当行 同グループ AI LLM GPU OSS API RAG SaaS DX IT
    IoT PR NEW New Update Japan Japanese Tokyo Osaka The This
    Why How What When Exclusive Breaking Report Opinion Analysis
    Interview Review Study Research Startup Startups Generative
    Open データ ニュース サービス システム アプリ プラットフォーム モデル エージェント チャット ロボット
    ソフトウェア レポート インタビュー コラム セミナー イベント ウェビナー キャンペーン プレスリリース リリース
    スタートアップ ベンチャー ユニコーン アップデート アンケート ランキング ガイドライン ルール テクノロジー
    ビジネス マーケティング エンジニア クリエイター ユーザー
    オープンソース オープンウェイト オープンウエイト マルチモーダル""".split()
)
# Katakana words for who does something that are no one's name, and the words such a word ends in: they stand
# where a company's name stands ("チームが開発した", "中国のゲームメーカーが", "米ハイパースケーラー").
GENERIC_ACTORS = frozenset(
    """チーム パートナー メーカー ベンダー プロジェクト コミュニティ クライアント メンバー スタッフ オペレーター
    プロバイダー ブランド ファンド リサーチャー ホテル チェーン カフェ ストア ショップ レストラン スーパー
    プレーヤー プレイヤー ビッグテック テック ハイパースケーラー スケーラー ポンド ドル ユーロ ウォン
    グループ メディア クラウド コンテンツ ソリューション ツール デバイス ゲーム アニメ キャラクター
    オーナー ドライバー スポンサー ディベロッパー デベロッパー ライバル トップ リーダー フォーラム
    コンソーシアム アライアンス ネットワーク センター ラボ スクール カンパニー エージェンシー""".split()
)
GENERIC_ACTOR_TAILS = tuple(
    "メーカー ベンダー プレーヤー プレイヤー パートナー チーム ユーザー スケーラー ストア チェーン ブランド".split()
)
