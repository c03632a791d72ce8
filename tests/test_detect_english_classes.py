"""Organisations named in English sentences by the class of phrase around them, not by any known name.

Each case is a class of English sentence that names organisations the watch list does not know (names a plural
word for organisations introduces, ...), written here in our own words with invented names; each names what a wrong
cut would leave, which must not be found.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify


def detected(title: str, text: str = "") -> set[str]:
    return {entry["name"] for entry in classify(title, text).detected["organisations"]}


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # A plural word for organisations, then "such as", "including" or "like", then one name or several.
        (
            "Six organisations, including Kestrel Mahal, Orrin Analytics and the Pune-led VaniGen, were picked.",
            {"Kestrel Mahal", "Orrin Analytics", "VaniGen"},
            {"Pune-led VaniGen", "Six"},
        ),
        ("The ministry will work with startups such as Qubitly and Zetaphase.", {"Qubitly", "Zetaphase"}, set()),
        ("Indian shipping firms such as Tarang Freight are moving more slowly.", {"Tarang Freight"}, set()),
        ("Generic drugmakers like Hanbit Pharma cut prices.", {"Hanbit Pharma"}, set()),
    ],
)
def test_names_a_plural_word_for_organisations_introduces(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Sovereign AI plan", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The plural word set right before a list of two names or more, with no "such as".
        (
            "The group moved its Japanese subsidiaries Kestrel Japan, Orrin Japan and Talvo Japan to Nagoya.",
            {"Kestrel Japan", "Orrin Japan", "Talvo Japan"},
        ),
        ("The plant is funded by regional lenders Hanbit and Morrowa, the filing shows.", {"Hanbit", "Morrowa"}),
        ("Demand from memory chipmakers Nexalon and Orbitec, the report says, is rising.", {"Nexalon", "Orbitec"}),
        ("Its affiliates Zetaphase and Qubitly shared a data centre.", {"Zetaphase", "Qubitly"}),
    ],
)
def test_names_right_after_a_plural_word_for_organisations(text: str, names: set[str]) -> None:
    assert names <= detected("Sovereign AI plan", text)


def test_one_name_right_after_a_plural_word_is_not_read() -> None:
    # One capitalised word after the plural word is as often a clause's subject.
    found = detected("Sovereign AI plan", "The number of startups Kestrelia has produced doubled, as did its unicorns.")
    assert "Kestrelia" not in found


@pytest.mark.parametrize(
    "text",
    [
        # Not organisations: operators of a paper, a lab's team named by its owner.
        "Non-linear operators like Softmax and Layernorm remain bottlenecks.",
        "Chinese labs such as Acme's Qwen team released open weights.",
    ],
)
def test_no_name_from_a_plural_word_that_is_not_for_organisations(text: str) -> None:
    assert not {"Softmax", "Layernorm", "Acme's Qwen", "Acme", "Qwen"} & detected("Open models", text)


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # A roundup gives the verb once: every later name with an amount raised it too, a trade word before it or
        # not; the first may have raised about so much.
        (
            "Kelpwave raised more than $40 million for mini-grids, Trovi $31 million to enter Europe, healthtech "
            "Banda a $22 million Series A and Orla Learning $9 million.",
            {"Kelpwave", "Trovi", "Banda", "Orla Learning"},
            {"Series A", "Europe"},
        ),
        (
            "In Vietnam, Miro Pay secured nearly $15 million, and Lotus Farms $4 million.",
            {"Miro Pay", "Lotus Farms"},
            set(),
        ),
        # A round or a month in a name's place is no company.
        ("Kelpwave raised $40 million in March, Series B $20 million.", {"Kelpwave"}, {"Series B", "March"}),
    ],
)
def test_companies_of_a_roundup_that_gives_the_verb_once(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Startup funding in the region", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A trade in one word before a name ("chipmaker", "insurtech"), and a name that starts in lower case
        # after what it is ("edtech unicorn zLearn").
        ("The lab has backing from chipmaker Norvald and others.", {"Norvald"}),
        ("Last month insurtech Kapsa doubled its staff.", {"Kapsa"}),
        ("Investors grew wary after the fraud at edtech unicorn zLearn, once a darling of funds.", {"zLearn"}),
    ],
)
def test_a_name_after_a_trade_in_one_word_or_in_lower_case(text: str, names: set[str]) -> None:
    assert names <= detected("Startup news", text)


def test_no_name_after_a_trade_that_people_have() -> None:
    found = detected("AI bill", "The bill was criticised by lawmaker Kenji Sato and by filmmaker Mari Ito.")
    assert not {"Kenji Sato", "Mari Ito"} & found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An outlet or a research firm cited by its name before its report, or before its data.
        (
            "A Norvik survey found that 40% of firms use AI, while a Daily Tribune report said otherwise.",
            {"Norvik", "Daily Tribune"},
        ),
        ("Orbis Insight data show that investment doubled in a year.", {"Orbis Insight"}),
        # Who ran the survey or what it covers after the report, and how it was made before it.
        ("A Norvik survey conducted for a broadcaster put support at 30%.", {"Norvik"}),
        ("A Kestrelmill online survey of 1,000 students put the share at 12%.", {"Kestrelmill"}),
        ("A Daily Tribune survey counts 13 startups close to unicorn status.", {"Daily Tribune"}),
    ],
)
def test_a_source_named_before_its_report(text: str, names: set[str]) -> None:
    assert names <= detected("AI adoption", text)


def test_no_source_from_a_report_that_says_what_kind_it_is() -> None:
    text = (
        "A Japanese survey and a January report agreed, as did the Draghi report. A Delphi survey found that experts "
        "agree, a Monte Carlo survey of methods was run, and a Bayesian survey found nothing."
    )
    assert not {"Japanese", "January", "Draghi", "Delphi", "Monte Carlo", "Bayesian"} & detected("AI adoption", text)


def test_no_source_from_a_survey_named_by_its_subject_with_a_number() -> None:
    text = "A COVID-19 survey of 500 clinics and a Monte Carlo survey of the sky were run."
    assert not {"COVID-19", "Monte Carlo"} & detected("AI adoption", text)


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # A list whose first name carries its country's possessive: the list still names that body, so its other
        # names are organisations, and the body is named without the possessive.
        (
            "Singapore's Infocomm Media Development Authority, Kestrel Singapore and Norvik launched the programme.",
            {"Kestrel Singapore", "Norvik"},
            {"Singapore's Infocomm Media Development Authority"},
        ),
        (
            "Malaysia's Khazanah Holdings, Orbin Data and Selat launched a fund.",
            {"Orbin Data", "Selat"},
            {"Malaysia's Khazanah Holdings"},
        ),
    ],
)
def test_a_list_led_by_a_body_with_its_country_possessive(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Programme launched", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # A board that says whose or what it is, a hospital named after its founder or its town; without the
        # owner's possessive.
        (
            "The Ontario Teachers Retirement Board and the Harbourview Hospital will work together.",
            {"Ontario Teachers Retirement Board", "Harbourview Hospital"},
            set(),
        ),
        (
            "The Digital Agency's Generative AI Procurement Advisory Board met on Monday.",
            {"Generative AI Procurement Advisory Board"},
            {"AI Procurement Advisory Board", "Digital Agency's Generative AI Procurement Advisory Board"},
        ),
    ],
)
def test_boards_and_hospitals_by_their_ending(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Boards meet", text)
    assert names <= found
    assert not fragments & found


def test_no_board_or_hospital_named_only_by_its_kind() -> None:
    text = (
        "The Editorial Board, the Scientific Advisory Board and a University Hospital in Osaka agreed, as the Health "
        "Board said."
    )
    found = detected("Boards", text)
    assert not {"Editorial Board", "Scientific Advisory Board", "University Hospital", "Health Board"} & found


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # The partners after a word of partnership, one or a list, without the owner's possessive; a place is no
        # partner.
        (
            "The lab partnered with Norvald on telecom AI. Partnerships with Orbix and Kelp Bank were highlighted.",
            {"Norvald", "Orbix", "Kelp Bank"},
            set(),
        ),
        (
            "Acme has teamed up with Korea's Hanbit to sell in Asia. It also partnered with Japan.",
            {"Hanbit"},
            {"Korea's Hanbit", "Japan"},
        ),
    ],
)
def test_the_partners_of_a_partnership(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Partnership", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name in capitals after a sentence that ends in a word in capitals is a name of its own, not the end of
        # a longer name in capitals.
        ("The largest rounds went to Kestrel, Morae and ZENTRO. OCB was the most active investor.", "OCB"),
        ("Among the buyers were Acme and NOVAGEN. KBX was the most active lender.", "KBX"),
    ],
)
def test_a_capitals_name_after_a_sentence_ending_in_capitals(text: str, name: str) -> None:
    assert name in detected("Funding tally", text)


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # An organisation after its officer's title and "of" or "at"; a place or a name cut before its "of" is none.
        (
            "Le Han, chief executive of VinTrade, the fund of a billionaire, spoke first.",
            {"VinTrade"},
            set(),
        ),
        (
            "The co-founder of zLearn and a general partner at Orbis Capital met the president of France and the "
            "CEO of Bank of Kestrel, who won the CEO of the Year award.",
            {"zLearn", "Orbis Capital"},
            {"France", "Bank", "Year"},
        ),
    ],
)
def test_an_organisation_after_its_officers_title(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Startup capital", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A subject whose shape says it is an organisation's, before an organisation's act: a lower-case start,
        # a capital inside a word, a web name, a name ending in "AI" or "Cloud".
        ("ukTech welcomed the plan. VaniGen has unveiled a new model.", {"ukTech", "VaniGen"}),
        (
            "Sarang.ai has launched small models, while Orbis Cloud plans a data centre in Kyushu.",
            {"Sarang.ai", "Orbis Cloud"},
        ),
        ("Kestrel AI listed it among notable models.", {"Kestrel AI"}),
    ],
)
def test_a_subject_of_an_organisations_shape(text: str, names: set[str]) -> None:
    assert names <= detected("Sovereign AI", text)


def test_no_subject_from_a_plain_word_a_kind_of_ai_or_a_passive() -> None:
    text = (
        "Kono launched a task force. Generative AI launched a new era. MediGen released by Kestrel Labs is open. "
        "RayPlan plans and DoseCalc plans for scenarios were compared. iPhone launched in Japan in 2008."
    )
    assert not {"Kono", "Generative AI", "MediGen", "RayPlan", "DoseCalc", "iPhone"} & detected("AI policy", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A company's unit after what it is to its owner, after a possessive.
        ("A research fellow at its U.S. unit Norvald US told the paper.", {"Norvald US"}),
        (
            "The group's venture arm Kestrel Seed led it, and Orbis's chip subsidiary Selat Devices grew.",
            {"Kestrel Seed", "Selat Devices"},
        ),
    ],
)
def test_a_unit_after_what_it_is_to_its_owner(text: str, names: set[str]) -> None:
    assert names <= detected("Chip plans", text)


def test_no_unit_without_an_owner() -> None:
    text = "The control unit Alpha failed, a processing unit Beta was replaced, and their unit In Tokyo grew."
    assert not {"Alpha", "Beta", "In Tokyo"} & detected("Chip plans", text)


def test_an_outlet_or_agency_after_what_it_is() -> None:
    text = (
        "The figure was reported by news agency Korvo and by business newspaper Daily Selat, while public "
        "broadcaster KBX and consultancy Orbis Insight agreed."
    )
    assert {"Korvo", "Daily Selat", "KBX", "Orbis Insight"} <= detected("Market figures", text)


def test_no_partner_from_a_persons_title_or_a_description() -> None:
    text = (
        "The lab teamed up with Professor Yuki Tanaka and partnered with Dr. Kenji Sato. It also partnered with "
        "Nagoya and Sendai universities."
    )
    assert not {"Professor Yuki Tanaka", "Dr", "Kenji Sato", "Nagoya", "Sendai"} & detected("Study", text)


def test_the_partners_of_an_agreement_signed() -> None:
    text = (
        "Kestrel signed an agreement with Norvald Labs and an MoU with Selat. Its results are in good agreement "
        "with Helmholtz theory."
    )
    found = detected("Deal", text)
    assert {"Norvald Labs", "Selat"} <= found
    assert "Helmholtz" not in found


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # The company invested in or bought; a place or a field is none.
        (
            "Orbis Partners invested in Kestrel last year, and a $20 million investment in Norvald Labs followed.",
            {"Kestrel", "Norvald Labs"},
            set(),
        ),
        (
            "The takeover of Selat closed. Funds invested in Japan, an investment in AI grew, and investment in "
            "Korean startups fell. Firms invested in Machine Learning and in Talent.",
            {"Selat"},
            {"Japan", "AI", "Korean", "Machine Learning", "Talent"},
        ),
    ],
)
def test_the_company_invested_in_or_bought(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Deals", text)
    assert names <= found
    assert not fragments & found


def test_a_fund_with_its_number() -> None:
    text = "Orbis Group's Kestrel Fund 2 and the Selat Growth Fund III invested, as the Fund 2024 report noted."
    found = detected("Funds invest", text)
    assert {"Kestrel Fund 2", "Selat Growth Fund III"} <= found
    assert not {"Kestrel Fund", "Selat Growth Fund", "Orbis Group's Kestrel Fund 2"} & found
    assert "Orbis Pension Fund 10" not in detected("Funds", "The Orbis Pension Fund 10 percent stake was sold.")


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # A list that names a known organisation, ended by "for" and a word in lower case or money: its other
        # items are organisations; "for" before a capital is part of a name, which the list does not cut.
        (
            "The agency picked Sony, Kestrel Robotics, Norvald Labs and Selat AI for a ₩200 billion programme.",
            {"Kestrel Robotics", "Norvald Labs", "Selat AI"},
            set(),
        ),
        (
            "The startup is asking Fujitsu, Orrin Analytics and Tarang Cloud for ¥3 billion each.",
            {"Orrin Analytics", "Tarang Cloud"},
            set(),
        ),
        ("Sony, Kestrel Labs and Center for Open Data signed the pact.", set(), {"Center"}),
    ],
)
def test_a_list_ended_by_for_and_a_word_in_lower_case(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Programme", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # An item of a list named by its kind and its place ("Bank of X", "University of X"); the end of a longer
        # name ("Kestrel Institute of Technology") or a word before "of" that is no kind of body is none.
        (
            "Hiroshima Bank, Bank of Kestrel, Orrin Bank and Bank of Selat signed a pact on supply chains.",
            {"Bank of Kestrel", "Bank of Selat"},
            {"Kestrel", "Selat"},
        ),
        (
            "Researchers from Kyoto University, University of Norvald and Tarang Labs built the model.",
            {"University of Norvald", "Tarang Labs"},
            {"Norvald"},
        ),
        (
            "Kestrel Institute of Technology, Fujitsu and Orrin Labs will build it. Shares of Toyota, Sony and "
            "Selat Labs rose.",
            {"Orrin Labs"},
            {"Institute of Technology", "Technology", "Shares of Toyota"},
        ),
    ],
)
def test_a_list_item_named_by_its_kind_and_place(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Pact", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # Two names joined by "and" alone, one of them an organisation: the other is one too.
        ("Fujitsu and Kestrel Dynamics will build the plant in Kyushu.", {"Kestrel Dynamics"}, set()),
        (
            "The firm is asking Mizuho Bank and Orrin Trust Banking for ¥5 billion each. Researchers from Keio "
            "University and Norvald LLMC turn to exam questions.",
            {"Orrin Trust Banking", "Norvald LLMC"},
            set(),
        ),
        # No place, round, longer name, owner, or subject of a new clause.
        (
            "Kestrel plans a data centre in Sapporo and Fujitsu is expanding. Its tool serves the Orrin Patent "
            "Office and Selatron powers a speaker. Tarang got a $38 million Series B and Fujitsu led it. The "
            "Ministry of Economy, Trade and Industry and NEDO run it. Keio University and Singapore's Norvald "
            "Institute wrote it.",
            set(),
            {"Sapporo", "Selatron", "Series B", "Industry", "Singapore"},
        ),
    ],
)
def test_the_other_name_of_a_pair_with_an_organisation(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Pair", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "names", "fragments"),
    [
        # A country's legislature by its own name, after the country's possessive or "the".
        ("Freedonia's National Assembly adopted the data law with 401 votes.", {"National Assembly"}, set()),
        ("The bill now goes to the Bundestag and then to Ruritania's Legislative Yuan.", {"Bundestag"}, set()),
        ("Ruritania's Legislative Yuan passed the act.", {"Legislative Yuan"}, set()),
        # Not a building or a longer name.
        ("Delegates met at the National Assembly Hall in Freedonia.", set(), {"National Assembly"}),
    ],
)
def test_a_legislature_by_its_own_name(text: str, names: set[str], fragments: set[str]) -> None:
    found = detected("Law", text)
    assert names <= found
    assert not fragments & found


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Keio's Vision Team and Sakana AI built the model.", "Vision Team"),
        ("The method was shown by Nakamura and Sony in a joint talk.", "Nakamura"),
    ],
)
def test_a_pair_after_an_owner_or_by_gives_no_name(text: str, fragment: str) -> None:
    names = {entry["name"] for entry in classify("Notes", text).detected["organisations"]}
    assert fragment not in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The reform now goes to the Chamber of Deputies for a second reading.", {"Chamber of Deputies"}),
        ("Last week the Executive Yuan approved the draft and sent it on.", {"Executive Yuan"}),
        (
            "The Polish Senate passed the data law, and the Welsh Government welcomed it.",
            {"Polish Senate", "Welsh Government"},
        ),
        ("A Swedish Parliament committee heard the AI minister.", {"Swedish Parliament"}),
    ],
)
def test_a_state_organ_by_its_own_name_or_a_nationality_before_it(text: str, names: set[str]) -> None:
    assert names <= detected("Notice", text)


def test_no_state_organ_from_a_lower_case_government_or_a_longer_name() -> None:
    found = detected(
        "Notice", "The Italian government said the French Senate of 1870 and the Greek Parliament Office met."
    )
    assert not found & {"Italian government", "French Senate", "Greek Parliament"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Earlier, Danish startup Korvia raised $12 million for its battery software.", "Korvia"),
        ("The deal makes Brazilian lender Banco Lume the largest backer.", "Banco Lume"),
    ],
)
def test_a_name_after_a_nationality_and_its_trade(text: str, name: str) -> None:
    assert name in detected("Notice", text)


def test_no_name_after_a_nationality_and_a_trade_that_is_plural_or_a_person() -> None:
    assert detected("Notice", "Danish startups Raised more. The Danish minister Anna Holm spoke.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The panel was chaired by Haruki Mizuno of Sendai Photonics, with two professors beside him.",
            "Sendai Photonics",
        ),
        ("Rania El Amin of Qalam.ai explains that the dialects differ widely.", "Qalam.ai"),
        (
            "Slides by Kenta Ishida of the Kobe Rust User group, shown last week, describe the parser.",
            "Kobe Rust User group",
        ),
    ],
)
def test_a_workplace_after_a_persons_name_and_of(text: str, name: str) -> None:
    assert name in detected("Notice", text)


def test_no_workplace_from_a_place_a_title_or_a_name_with_of_inside() -> None:
    found = detected(
        "Notice",
        "Researchers at Tokyo Institute of Technology met Prime Minister of Japan staff; Yui Sato of Nagano said so "
        "and Ken Mori of Osaka spoke. Integrating Future Earnings of Children matters.",
    )
    assert not found & {"Technology", "Japan", "Nagano", "Osaka", "Children"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The farm will be watched from orbit by VoltaSky's Orbitlink satellites next spring.", "VoltaSky"),
        ("A paper from JRT's Vision Lab describes the new tagger.", "JRT"),
    ],
)
def test_a_brand_or_an_acronym_that_owns_a_named_thing(text: str, name: str) -> None:
    assert name in detected("Notice", text)


def test_no_owner_from_a_person_a_technology_or_a_lower_case_product() -> None:
    found = detected("Notice", "We read Maria's Notes on AI's Future and the iPhone's Camera before the UAE's Plan.")
    assert not found & {"Maria", "AI", "iPhone", "UAE"}


@pytest.mark.parametrize(
    ("text", "name", "fragment"),
    [
        (
            "The corpus came from the Polytechnic University of Málaga and a startup.",
            "Polytechnic University of Málaga",
            "Polytechnic University of M",
        ),
        ("A group at the University of Münster tested the model.", "University of Münster", "University of M"),
    ],
)
def test_an_english_name_is_not_cut_at_a_letter_with_an_accent(text: str, name: str, fragment: str) -> None:
    found = detected("Notice", text)
    assert name in found
    assert fragment not in found


@pytest.mark.parametrize(
    ("text", "name", "fragments"),
    [
        # Two fields a body or a working group is named for, joined by "and", are one name, not two.
        (
            "The unit will merge with the Northern Digital and Data Office next year.",
            "Northern Digital and Data Office",
            {"Northern Digital", "Data Office"},
        ),
        (
            "Officials of the Ruritanian Copyright and AI Commission spoke.",
            "Ruritanian Copyright and AI Commission",
            set(),
        ),
        (
            "The Ruritanian Cybersecurity and Privacy Authority fined the app.",
            "Ruritanian Cybersecurity and Privacy Authority",
            set(),
        ),
        ("She chairs the Climate and Space Council, which met on Monday.", "Climate and Space Council", set()),
    ],
)
def test_a_body_named_for_two_fields_joined_by_and_is_one_name(text: str, name: str, fragments: set[str]) -> None:
    found = detected("Notice", text)
    assert name in found
    assert not fragments & found


def test_a_company_and_a_body_named_for_a_field_stay_two_names() -> None:
    found = detected("Notice", "Staff from Kestrel Mahal and Data Office teams joined.")
    assert "Kestrel Mahal and Data Office" not in found
