"""The shortcuts of the reader give what the plain path gives, on near-misses too."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from silence_watch.config.models import MODEL_FILE
from silence_watch.core.fronted_promises import fronted_cues
from silence_watch.core.intent_features import char_keys
from silence_watch.core.intent_model import IntentModel
from silence_watch.core.language import _ranked, fold, foreign_language, language_of
from silence_watch.core.late_promises import late_cues
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.literal_gates import literals_of
from silence_watch.core.promise_cues import _TELL_US, PROMISE_CUES, promise_cues
from silence_watch.core.quotes import _STARTS, SIGNATURE, _starts_alone, quote_starts

SENTENCES = [
    "we'll get back to you by friday.",
    "geben sie mir gerne bis mitte nachster woche kurz bescheid.",  # her deadline: no cue
    "avisame antes del viernes, te respondo el lunes.",  # an ask and a promise
    "laat me voor vrijdag weten, dan laat ik je maandag mijn beslissing weten.",
    "la proxima semana le confirmamos.",  # a fronted verb
    "dsl journee de fou, demain sans faute",  # excused: a late cue
    "thanks for your time today, it was great to meet you.",  # no cue at all
    "let me know by friday",  # an ask with no promise
    "apologies for the slow reply, we decide on monday",
]


def _plain(sentence: str, *, excused: bool) -> list[int]:
    """``promise_cues`` as it was: what asks her looked for in every sentence."""
    asked = [(m.start(), m.end()) for m in _TELL_US.finditer(sentence)]
    found = [m.start() for m in PROMISE_CUES.finditer(sentence)]
    cues = sorted(
        start for start in {*found, *fronted_cues(sentence)}
        if not any(low <= start < high for low, high in asked)
    )  # fmt: skip
    return sorted([*cues, *late_cues(sentence)]) if excused else cues


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("excused", [False, True])
def test_promise_cues_skip_the_ask_only_where_nothing_is_left_to_take(
    sentence: str, *, excused: bool
) -> None:
    """Looking for her deadline only where a cue stands finds the same cues."""
    folded = fold(sentence)
    assert promise_cues(folded, excused=excused) == _plain(folded, excused=excused)


GATED = r"\bpicking (?:this|it) up from (?:here|me)\b|\bhands? (?:this|it) over\b"
FILLER = "Thanks for your time on the call today, it was a pleasure to speak with you. " * 2


@pytest.mark.parametrize(
    "text",
    [
        FILLER + "Sam is picking this up from here.",  # a literal and a match
        FILLER + "Sam is picking it up later.",  # the literal, no match
        FILLER + "Sam is Picking this up from here.",  # the case differs: no match either way
        FILLER + "Sam picks this up from here.",  # near: no literal
        FILLER + "I will hand this over to Sam.",
        "picking this up from here",  # short: searched at once
        FILLER,
    ],
)
def test_a_gated_pattern_answers_as_the_search_does(text: str) -> None:
    """The literal test before a search never changes what any method finds."""
    gated, plain = lazy_pattern(GATED), re.compile(GATED)
    assert literals_of(plain) is not None  # it is gated
    assert bool(gated.search(text)) == bool(plain.search(text))
    assert bool(gated.match(text)) == bool(plain.match(text))
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert gated.findall(text) == plain.findall(text)
    assert bool(gated.search(text, 5)) == bool(plain.search(text, 5))
    assert bool(gated.fullmatch(text)) == bool(plain.fullmatch(text))


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\bpicking this up\b", re.IGNORECASE),  # "PICKING" holds no "picking"
        (r"\bpicking this up\b", re.VERBOSE),  # its spaces are not the text's
        (r"[\]x]yz", 0),  # a bracket the anchor reader does not follow
        (r"[a-z]+", 0),  # no literal at all
    ],
)
def test_patterns_whose_literals_are_not_exact_are_not_gated(source: str, flags: int) -> None:
    """Only a pattern whose literals are plain substrings of every match is gated."""
    assert literals_of(re.compile(source, flags)) is None


def test_the_language_of_a_text_is_the_same_remembered() -> None:
    """A remembered ranking is the one a fresh count gives."""
    text = "Vielen Dank für Ihre Bewerbung, wir melden uns bei Ihnen."
    first = language_of(text)
    assert first == "de"
    assert language_of(text) == first == _ranked.__wrapped__(text)[0]
    assert foreign_language(text) is None


def test_a_pattern_the_anchor_reader_cannot_parse_is_searched_plainly() -> None:
    """A brace that is no quantifier ("{_GAP}", literal text to ``re``) leaves it ungated."""
    source = r"\bich bin\s{_GAP}weg\b"
    assert literals_of(re.compile(source)) is None
    text = FILLER + "ich bin {_GAP}weg"
    assert bool(lazy_pattern(source).search(text)) == bool(re.compile(source).search(text))


@pytest.mark.parametrize(
    "line",
    [
        "",  # a third of all lines: remembered
        "--",  # a signature's separator
        "-- ",
        "---",  # near: no separator of a signature
        "Mit freundlichen Grüßen",
        "On Tue, 24 Nov 2026, Dana wrote:",
        "On Tuesday we spoke about the role.",  # near: no "wrote"
        "Hafenkontor Logistik GmbH | Sitz: Hamburg",
        "Hafenkontor Logistik GmbH | Hamburg",  # near: no register word
        "This message is confidential. This is for you only.",
    ],
)
def test_a_remembered_quote_start_is_the_search(line: str) -> None:
    """Whether a line opens a quote, remembered or gated or not, is what the patterns say."""
    every = "|".join(f"(?:{pattern.pattern})" for pattern in (SIGNATURE, *_STARTS))
    plain = re.match(every, line, re.IGNORECASE) is not None
    assert _starts_alone(line) == plain
    assert _starts_alone(line) == plain  # the second answer comes from memory


def test_a_wrapped_attribution_is_found_either_way_round() -> None:
    """"On ..." then "... wrote:" on the next line starts a quote; either line alone does not."""
    wrapped = ["Thanks!", "On Tue, 24 Nov 2026 at 10:00 AM Dana Lee", "<dana@example.com> wrote:"]
    assert quote_starts(wrapped, 1)
    assert not quote_starts(wrapped, 0)
    assert not quote_starts([*wrapped[:2], "wrote nothing"], 1)
    assert not quote_starts(wrapped[:2], 1)  # no next line


def test_a_new_words_character_row_is_the_plain_sum() -> None:
    """A word's n-gram rows, looked up in C, add up to what one lookup at a time gives."""
    data = json.loads((resources.files("silence_watch.data") / MODEL_FILE).read_text("utf-8"))
    model = IntentModel.from_dict(data)
    model.predict("wir melden uns")  # some n-grams remembered, some not
    for word in ("meldung", "unfortunately", "zz", "?", "bewerbungsunterlagen"):
        spec = model.spec
        rows = [row for key in char_keys(word, spec.char_min, spec.char_max)
                if (row := IntentModel.from_dict(data)._row(key))]  # fmt: skip
        plain = tuple(map(sum, zip(*rows, strict=True))) if rows else None
        assert model._word(word).chars == (None if word == "?" else plain)
