"""The sentence around a position, as the funding rules read it (found once per text, asked for many times)."""

from __future__ import annotations

import pytest

from pipelines.classification.funding_rules import sentence_bounds

TEXT = "heron co., ltd. raised 5 billion yen. u.s. investors joined; the round closed。次の文"


def sentence_at(text: str, word: str) -> str:
    start, end = sentence_bounds(text, text.index(word))
    return text[start:end]


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("raised", "heron co., ltd. raised 5 billion yen"),  # "co." and "ltd." end no sentence
        ("investors", "u.s. investors joined"),  # nor does "u.s."
        ("closed", " the round closed"),
        ("次の", "次の文"),
    ],
)
def test_abbreviations_do_not_end_a_sentence(word: str, sentence: str) -> None:
    assert sentence_at(TEXT, word) == sentence


def test_a_full_stop_just_before_the_position_ends_the_sentence_before_it() -> None:
    # Read up to the position, "5 m." ends there even though no space follows yet.
    text = "raised 5 m.more"
    assert sentence_bounds(text, text.index("more")) == (text.index("more"), len(text))


def test_the_same_text_asked_about_again_gives_the_same_answers() -> None:
    first = [sentence_bounds(TEXT, position) for position in range(len(TEXT) + 1)]
    other = "one. two. three"
    assert sentence_bounds(other, other.index("two")) == (5, 8)
    assert [sentence_bounds(TEXT, position) for position in range(len(TEXT) + 1)] == first
    assert first[0] == (0, TEXT.index(". u.s."))
    assert first[-1] == (TEXT.index("次"), len(TEXT))


def test_a_position_past_the_end_is_the_last_sentence() -> None:
    # The funding rules ask for "the sentence after the headline" of a text that is only a headline.
    assert sentence_bounds("x raised 5 m.", 20) == (13, 13)
    assert sentence_bounds("マチAI、1億円を調達", 20) == (0, 11)
