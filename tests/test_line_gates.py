"""Costly line-start patterns behind a test for their words: the same answers, found sooner."""

from __future__ import annotations

import re
import string
import sys

import pytest

from silence_watch.core.line_gates import ODD_CASES, GatedStarts
from silence_watch.core.quotes import quote_starts

FOOTER = re.compile(
    r"^\W*[^\n]{0,80}\b(?:gmbh|ag|kg|se|mbh)\b[^\n]{0,40}\b(?:sitz|amtsgericht)\b\s*:"
)
EMPLOYER = re.compile(r"^\W*[^\n]{0,80}\bequal (?:employment )?opportunity employer\b")
FROM = re.compile(r"^\s*from:\s.+$")


def test_ignoring_case_an_ascii_character_matches_its_lower_case_and_three_more() -> None:
    """The ground of the gate: the lower case of a line keeps every literal a match holds."""
    printable = "".join(c for c in string.printable if c not in "\t\n\r\x0b\x0c")
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    near = set(re.findall("[" + re.escape(printable) + "]", everything, re.IGNORECASE))
    odd = sorted({
        other
        for other in near
        for char in printable
        if re.fullmatch(re.escape(char), other, re.IGNORECASE) and other.lower() != char.lower()
    })
    assert odd == sorted(ODD_CASES)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hafenkontor Logistik GmbH | Sitz: Hamburg", True),
        ("HAFENKONTOR LOGISTIK GMBH | SITZ: HAMBURG", True),
        ("Hafenkontor Logistik GmbH | \u017fitz: Hamburg", True),  # a long s is an s, ignoring case
        ("Hafenkontor Logistik GmbH | Hamburg", False),
        ("Northwind is an Equal Opportunity Employer.", True),
        ("We believe in equal opportunity for every employee.", False),
        ("From: Dana Ruiz <dana@example.com>", True),
        ("FROM: Dana Ruiz", True),
        ("Thanks, I'll send it from home.", False),
        ("", False),
    ],
)
def test_gated_starts_answer_what_the_patterns_together_answer(line: str, expected: bool) -> None:
    """Gated or not, a line starts one of them exactly when the patterns together match it."""
    starts = GatedStarts((FROM, FOOTER, EMPLOYER), costly=(FOOTER, EMPLOYER))
    together = re.compile(
        f"(?:{FROM.pattern})|(?:{FOOTER.pattern})|(?:{EMPLOYER.pattern})", re.IGNORECASE
    )
    assert (together.match(line) is not None) is expected
    assert starts.match(line) is expected


def test_a_gated_pattern_with_words_outside_ascii_is_tried_on_every_line() -> None:
    """"Persönlich" may be written "PERSÖNLICH": such a pattern is never gated, still found."""
    register = re.compile(r"^\W*[^\n]{0,40}\bpersönlich haftende")
    starts = GatedStarts((register,), costly=(register,))
    assert starts.match("Kroll KG, PERSÖNLICH HAFTENDE Gesellschafterin: Kroll GmbH")
    assert not starts.match("Kroll KG, Hamburg")


def test_a_company_register_line_under_the_name_starts_the_footer() -> None:
    """A reply's lines stop at the register line under the company name, not before it."""
    lines = ["Danke, bis Freitag!", "Hafenkontor Logistik GmbH | Sitz: Hamburg | HRB 12345"]
    assert not quote_starts(lines, 0)
    assert quote_starts(lines, 1)
