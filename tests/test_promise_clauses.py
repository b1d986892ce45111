"""A day before ", so" is the reason, not the promise's day (tester round u35rl)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silence_watch.core.dates import promised_date
from silence_watch.core.language import fold
from silence_watch.core.promise_clauses import (
    _NEW_CLAUSE,
    _parted_from,
    first_from_each,
    same_clause,
)

CET = timezone(timedelta(hours=1))
WED_DEC_2 = datetime(2026, 12, 2, 17, 48, tzinfo=CET)
FRI_DEC_4 = date(2026, 12, 4)

CASES = [
    # the day stands in the reason, before a consequence: no promise of it
    pytest.param("We hebben deze week nog twee gesprekken staan en vrijdag is het hier op kantoor"
                 " Sinterklaas-chaos (surprises, gedichten), dus ik laat je pas na Sinterklaas"
                 " weten of je door bent.", None, id="nl-vrijdag-dus-pas-na"),
    pytest.param("Friday is our team offsite, so I'll get back to you after that.", None,
                 id="en-friday-so-after-that"),
    pytest.param("Am Freitag ist unsere Weihnachtsfeier, daher melde ich mich erst danach.",
                 None, id="de-freitag-daher"),
    pytest.param("Am Freitag ist unsere Weihnachtsfeier, also melde ich mich erst danach.",
                 None, id="de-freitag-also"),
    pytest.param("Vendredi nous voyons le dernier candidat, donc je reviendrai vers vous"
                 " ensuite.", None, id="fr-vendredi-donc"),
    pytest.param("El viernes tenemos la última entrevista, así que te diré algo después.",
                 None, id="es-viernes-asi-que"),
    # near-misses: the promise's own clause, or a consequence that points back at the day
    pytest.param("Bis Freitag melde ich mich bei dir.", FRI_DEC_4, id="de-bis-freitag"),
    pytest.param("Vrijdag laat ik je weten of je door bent.", FRI_DEC_4, id="nl-vrijdag-laat"),
    pytest.param("By Friday, we will let you know.", FRI_DEC_4, id="en-by-friday-comma"),
    pytest.param("Friday is our last interview, so we'll let you know then.", FRI_DEC_4,
                 id="en-so-then"),
    pytest.param("Freitag führen wir das letzte Gespräch, also melde ich mich bis dahin.",
                 FRI_DEC_4, id="de-also-bis-dahin"),
    pytest.param("Vendredi nous voyons le dernier candidat, donc je reviens vers vous d'ici là.",
                 FRI_DEC_4, id="fr-donc-d-ici-la"),
    pytest.param("Tot vrijdag hebben we gesprekken; daarna laat ik je weten hoe het zit.",
                 FRI_DEC_4, id="nl-semicolon-daarna"),
    # a day after the promise word is read as before
    pytest.param("Friday is our offsite, so we'll get back to you by Monday.",
                 date(2026, 12, 7), id="en-so-by-monday"),
    pytest.param("Vrijdag is het Sinterklaas, dus ik laat je maandag weten of je door bent.",
                 date(2026, 12, 7), id="nl-dus-maandag"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_consequence_starts_a_new_clause(text: str, expected: date | None) -> None:
    """", so", ", dus", ", donc", ", así que", ", daher" end the day's clause."""
    assert promised_date(text, WED_DEC_2) == expected


def test_a_semicolon_still_parts_the_clauses() -> None:
    """"this week we interview; we'll let you know the outcome" has no day."""
    sentence = fold("this week we interview on friday; we'll let you know the outcome")
    assert not same_clause(sentence, sentence.index("friday") + 6, sentence.index("let"))
    plain = fold("by friday we'll let you know")
    assert same_clause(plain, plain.index("friday") + 6, plain.index("let"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["and", "andere", "y", "yes", "then", "dann", "dank", "luego", "x",
                              ",", ";", " ", "  "]), max_size=14),
    st.data(),
)
def test_clauses_found_once_as_each_search_would(words: list[str], data: st.DataObject) -> None:
    """The parts found once answer each end as a search up to it would, a word cut there too."""
    sentence = "".join(words)
    past = data.draw(st.integers(0, len(sentence)))
    parted = _parted_from(sentence, past)
    searched = re.compile(_NEW_CLAUSE.pattern)
    for end in range(past, len(sentence) + 1):
        assert parted(end) == (searched.search(sentence, past, end) is not None), (past, end)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["da", "weil", ", da", ", dass", " - weil", ",", " ", "x"]),
             max_size=12),
    st.data(),
)
def test_a_reason_is_found_as_from_each_start(words: list[str], data: st.DataObject) -> None:
    """Each start gets what a search from it finds, though most are answered by another's."""
    sentence = "".join(words)
    starts = sorted(data.draw(st.lists(st.integers(0, len(sentence)), max_size=8)))
    reason = re.compile(r"(?:,| -) (?:da|weil)\b")
    found = first_from_each(reason, sentence, starts)
    for start in starts:
        expected, given_back = reason.search(sentence, start), found[start]
        assert (given_back and given_back.span()) == (expected and expected.span()), start
