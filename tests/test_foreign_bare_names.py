"""Foreign companies, outlets and state bodies that AI news names bare, with no legal form or ending to read them by.

The sentences are our own; each names organisations of the watch list's foreign entries the way news does, and the
words that share a name's letters without naming it must stay out.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify


def named(title: str, text: str) -> set[str]:
    return {organisation["name"] for organisation in classify(title, text).organisations}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Korea's technology companies in a list, as news of its sovereign-AI programme gives them.
        (
            "The ministry picked teams led by Kakao, Krafton and SK Telecom, with Naver Cloud as a cloud partner.",
            {"Kakao", "Krafton", "SK Telecom", "Naver Cloud"},
        ),
        # China's and Taiwan's companies as a round's backers or a deal's parties.
        (
            "CATL and SenseTime backed the robotics startup, and Foxconn will build its arms.",
            {"CATL", "SenseTime", "Foxconn"},
        ),
        (
            "The app's voice feature was copied by TikTok within a month, analysts at PitchBook said.",
            {"TikTok", "PitchBook"},
        ),
        # State bodies of Singapore and the UK by their short names.
        (
            "IMDA, AI Singapore and A*STAR run the national programme; DSIT said it would study it.",
            {
                "Infocomm Media Development Authority",
                "AI Singapore",
                "A*STAR",
                "Department for Science, Innovation and Technology",
            },
        ),
        # Sovereign-AI bodies and companies of India, China and Saudi Arabia, and a benchmark firm in AI text.
        (
            "MeitY funds BharatGen, while 01.AI and Humain train models; Artificial Analysis ranked the LLMs.",
            {
                "Ministry of Electronics and Information Technology",
                "BharatGen",
                "01.AI",
                "Humain",
                "Artificial Analysis",
            },
        ),
        # Japanese text naming them in katakana or kanji.
        ("センスタイムと寧徳時代が出資し、鴻海が製造を請け負う。", {"SenseTime", "CATL", "Foxconn"}),
        # The world's large drug makers, in katakana as Japanese trade papers rank them and in English.
        (
            "製薬各社のうち、ノバルティスとサノフィが生成AIの導入で先行し、アストラゼネカ、ファイザーが続く。",
            {"Novartis", "Sanofi", "AstraZeneca", "Pfizer"},
        ),
        (
            "Eli Lilly, Novo Nordisk and GSK signed drug-discovery deals with the LLM startup.",
            {"Eli Lilly", "Novo Nordisk", "GSK"},
        ),
        # India's sovereign-AI startup, a failed unicorn and the investors of Asian and Gulf rounds.
        (
            "Sarvam AI trains Indic models; Alpha Wave Global and International Holding Company joined its round.",
            {"Sarvam AI", "Alpha Wave Global", "International Holding Company"},
        ),
        ("米国ではWeWorkの破綻以降、投資家が慎重になったと生成AIの起業家は語る。", {"WeWork"}),
        (
            "New World Development's family office and VinVentures backed eFishery's generative AI pilot.",
            {"New World Development", "VinVentures", "eFishery"},
        ),
    ],
)
def test_foreign_organisations_named_bare_are_found(text: str, names: set[str]) -> None:
    assert names <= named("Generative AI alliance", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("カカオ豆の価格予測に生成AIを使った。", {"Kakao"}),  # cacao, not the company
        ("The scanner used a 3 tesla magnet, and Carlyle wrote about it.", {"Carlyle Group"}),  # a unit, a surname
        ("The model is on the verge of release.", {"The Verge"}),  # an ordinary phrase, left out of the list
        # An inflection point, a Bayer filter and a man called Roche are not the AI company or the drug makers.
        ("The LLM market reached an inflection point, Mr Roche said of the Bayer filter.", {"Inflection AI", "Roche"}),
    ],
)
def test_words_that_share_a_foreign_names_letters_are_not_that_organisation(text: str, names: set[str]) -> None:
    assert not names & named("Generative AI", text)


def test_a_firm_whose_name_is_a_phrase_counts_only_in_text_about_generative_ai() -> None:
    assert "Artificial Analysis" not in named("Soil study", "An artificial analysis of soil samples was run.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Trackers of start-up money and a policy institute, cited as a report's source.
        (
            "According to the tracker Africa: The Big Deal and StartupBlink's index, generative AI rounds rose.",
            {"Africa: The Big Deal", "StartupBlink"},
        ),
        (
            "ASPI's latest roundup says Thailand's LLM programme is accelerating.",
            {"Australian Strategic Policy Institute"},
        ),
        # Japan's business news app, a survey house, a local paper and a foundation, in English and in Japanese.
        (
            "A Nikkei Research poll for NewsPicks found that the Saga Shimbun and The Nippon Foundation use LLMs.",
            {"Nikkei Research", "NewsPicks", "Saga Shimbun", "The Nippon Foundation"},
        ),
        ("日経リサーチと日本財団の調査で、生成AIの利用が広がった。", {"Nikkei Research", "The Nippon Foundation"}),
    ],
)
def test_outlets_and_data_providers_cited_by_name_are_found(text: str, names: set[str]) -> None:
    assert names <= named("Generative AI survey", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The US departments and agencies of the federal AI programmes, in English and in Japanese.
        (
            "The U.S. Department of Energy and the General Services Administration will buy LLM access for staff.",
            {"U.S. Department of Energy", "General Services Administration"},
        ),
        (
            "米国防総省と米エネルギー省が生成AIの調達を拡大した。",
            {"U.S. Department of Defense", "U.S. Department of Energy"},
        ),
        # Singapore's civil-service college and union congress, Italy's central bank and market regulator.
        (
            "Officers train at the Civil Service College, NTUC backs the plan, and Consob and the Bank of Italy "
            "will watch how banks use generative AI.",
            {"Civil Service College", "National Trades Union Congress", "Consob", "Bank of Italy"},
        ),
        # Universities abroad, by their English names, short forms and Japanese names.
        (
            "Researchers at Stanford, Carnegie Mellon and IIT Bombay released the LLM benchmark.",
            {"Stanford University", "Carnegie Mellon University", "Indian Institute of Technology Bombay"},
        ),
        (
            "ハーバード大学、ソウル大学とシンガポール国立大学の研究者が大規模言語モデルを評価した。",
            {"Harvard University", "Seoul National University", "National University of Singapore"},
        ),
        # Japan's Tokyo police as English news calls it.
        (
            "Tokyo police arrested a man over deepfake images made with generative AI.",
            {"Tokyo Metropolitan Police Department"},
        ),
    ],
)
def test_foreign_state_bodies_and_universities_are_found(text: str, names: set[str]) -> None:
    assert names <= named("Generative AI", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Another country's energy department, a licence, a comma style and a town are not these bodies.
        (
            "The Philippine Department of Energy released the LLM under the MIT License, Oxford comma and all.",
            {"U.S. Department of Energy", "Massachusetts Institute of Technology", "University of Oxford"},
        ),
        ("The generative AI startup moved to Cambridge, Massachusetts.", {"University of Cambridge"}),
    ],
)
def test_words_that_share_a_bodys_letters_are_not_that_body(text: str, names: set[str]) -> None:
    assert not names & named("Generative AI", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An outlet whose name is an ordinary word, written with its capitals before a Japanese particle.
        ("Axiosは、生成AIの偽動画が選挙を混乱させかねないと指摘した。", {"Axios"}),
        ("The Vergeが、画像生成AIの新機能を試した記事を掲載した。", {"The Verge"}),
        ("Wiredによれば、LLMの学習データを巡る訴訟が増えている。", {"Wired"}),
        # A trade paper whose name is a phrase nothing else is called.
        ("Journal of Commerceの記事をもとに、物流での生成AIの使い方を紹介する。", {"Journal of Commerce"}),
    ],
)
def test_an_outlet_named_by_an_ordinary_word_counts_before_a_japanese_particle(text: str, names: set[str]) -> None:
    assert names <= named("生成AIと報道", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The startup is on the verge of a deal for its LLM, and its wired offices run the model.",
            {"The Verge", "Wired"},
        ),
        ("npmでaxiosを入れてから、生成AIのAPIを呼び出す。", {"Axios"}),  # a library in small letters
    ],
)
def test_an_outlets_ordinary_word_in_small_letters_is_not_the_outlet(text: str, names: set[str]) -> None:
    assert not names & named("Generative AI", text)
