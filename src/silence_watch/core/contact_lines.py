"""A signature's contact lines: a phone, mobile or fax label and its number. Pure.

Herr Albrecht's promise "werden uns bis Freitag, den 4. Dezember, bei Ihnen melden" was
read as a next step with no day when his signature said "Telefon +49 7361 000 2284", and
as the dated promise it is when it said "Tel. +49 ..." (tester round u28re): his
signature ("i. A. Markus Albrecht" under a blank line) stays in what is read, and the word
"Telefon" counts for the learned reader as a call being set up. A label with only a
number after it is how to reach the writer, never news: "Telefon +49 ...", "Tel.: ...",
"Phone: (555) 010-2284", "Mobile +44 7700 900123 | Fax ...", "Téléphone : 01 23 45 67 89",
"Teléfono: +34 ...", "Telefoon 020 123 4567", "T +31 20 ... | M +31 6 ...". Such lines
are left out of the words the learned reader reads (the phrase rules never read a bare
label, and their verdicts on the corpus are the model's ``rule_evidence``: unchanged).

Near misses stay: a line that says something ("Telefoninterview am Donnerstag um 10 Uhr",
"Phone: Monday at 10am works", "Telefon: bitte rufen Sie mich an") and a number in a
sentence ("call me on +49 ...").

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: The labels a signature puts before a number, in the five languages (not folded: the
#: text keeps its accents and case here).
_LABEL: Final = (
    r"(?:(?:tele)?phone|tel|tele?fon|telefoon|t[eé]l[eé]phone|t[eé]l|tel[eé]fono|tlf|telf"
    r"|mobile?|mob|cell(?:ular)?|handy|mobiel|gsm|portable|port|m[oó]vil|celular|fax|direct"
    r"|direct line|durchwahl|office|zentrale|switchboard|standard|centralita|t|m|f|p|d|o)"
)
#: A number: digits with the spaces, dots, dashes, slashes and brackets people put in.
_NUMBER: Final = r"\+?\(?\d[\d \t()./-]{4,}\d(?:\s*(?:ext\.?|x|dw\.?|-)\s*\d{1,5})?"
#: One "label number" pair, the label perhaps qualified ("Tel. (direkt):") and punctuated.
_PAIR: Final = (
    rf"{_LABEL}(?:\s*/\s*{_LABEL})*\.?(?:\s*\([^)\n]{{1,20}}\))?\s*[.:]?\s*{_NUMBER}"
)
#: A whole line of such pairs, joined by "|", "·", "•", "," or wide spaces (folded or not).
_CONTACT_LINE: Final = lazy_pattern(
    rf"^[ \t>]*{_PAIR}(?:\s*(?:[|·•,;]\s*|\s{{2,}}){_PAIR})*[ \t|]*$",
    re.IGNORECASE | re.MULTILINE,
)

#: Any digit: a reply without one has no contact line (a search, not a loop over characters).
_A_DIGIT: Final = lazy_pattern(r"\d")


def without_contact_lines(text: str) -> str:
    """``text`` with every line that is only a phone, mobile or fax label and its number cut."""
    if not text or _A_DIGIT.search(text) is None:  # most replies: no number at all
        return text
    return _CONTACT_LINE.sub("", text)
