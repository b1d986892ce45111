"""Answers typed into the quoted mail, each prefaced with the writer's name in brackets. Pure.

Outlook marks a writer's comments inside the mail they answer ("Preface comments with:"):
Megan's "Great questions - my answers are below in blue" stood above the candidate's
quoted questions, and under "1. When do you expect to reach a decision?" she wrote
"[Megan Holt] ... you'll have our decision by Friday, December 11". Her own words were
only the line on top, so the reply was asked about and the promise never counted (tester
round u51il; Anna's "[AW] ... We will let you know by Friday, 4 December" in t29qt).

Lines of the quoted message that open with one bracketed name are the writer's own when
the name is a person's (one to four capitalised words, or two to four initials), and
either the words above point down at them ("see my answers below", "siehe unten",
"voir mes réponses ci-dessous", "ver abajo", "zie hieronder", "answers inline") or the
same name prefaces two lines or more. "[cid:image001.png]", "[External]" or "[1]" are not
names.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

#: "[Megan Holt] Hybrid ...", "[AW] Not at this stage.", "[J. van Dijk] Ja." — the name,
#: then the writer's words on the same line.
_PREFACED: Final = lazy_pattern(r"^\s*\[(?P<name>[^\]\n]{1,40})\]:?\s+(?P<said>\S.*)$")
#: A person's name: capitalised words (with "van", "de", "von" between), or initials.
_NAME: Final = lazy_pattern(
    r"^(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|den|del|la|le|ter|ten)"  # noqa: RUF001
    r"(?: (?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|den|del|la|le|ter|ten)){0,3}$"  # noqa: RUF001
    r"|^[A-ZÀ-Þ]{2,4}$"
)
#: Bracketed words that are a client's or a gateway's, never a person's (folded).
_NOT_A_PERSON: Final = frozenset({
    "external", "extern", "externe", "externo", "image", "bild", "logo", "attachment",
    "anhang", "piece jointe", "adjunto", "bijlage", "warning", "caution", "info", "fyi",
    "note", "nb", "ps", "edit", "update", "ok", "n/a", "tbd", "tbc", "link", "photo",
})
#: Words above the quote that point down or in-line at the answers (folded).
_POINTS_DOWN: Final = lazy_pattern(
    r"\b(?:below|inline|in-line|in line|in (?:blue|red|green)|between the lines|unten"
    r"|(?:direkt )?in (?:ihrer|deiner|der) (?:mail|nachricht)|in (?:blau|rot)|ci-dessous"
    r"|plus bas|dans (?:le|votre|ton) (?:texte|message|mail)|en (?:bleu|rouge)|abajo"
    r"|debajo|entre lineas|en (?:azul|rojo)|en (?:tu|su) (?:correo|mensaje)|hieronder"
    r"|onderstaand\w*|tussen de regels|in (?:je|jouw|uw) (?:mail|bericht)|in het (?:blauw"
    r"|rood))\b"
)
#: How often one name must preface lines when nothing above points at them.
_REPEATED: Final = 2


def prefaced_answers(above: Sequence[str], quoted: Sequence[str]) -> list[str]:
    """The writer's lines in ``quoted``, each without its bracketed name; else ``[]``.

    ``above`` is what the writer wrote above the quote, ``quoted`` the quoted message down
    to where an older one starts.
    """
    found: dict[str, list[str]] = {}
    for line in quoted:
        if (match := _PREFACED.match(line)) is None:
            continue
        name = re.sub(r"\s+", " ", match["name"].strip())
        if _NAME.match(name) and fold(name) not in _NOT_A_PERSON:
            found.setdefault(name, []).append(match["said"].strip())
    if not found:
        return []
    said = max(found.values(), key=len)
    pointed = _POINTS_DOWN.search(fold("\n".join(above))) is not None
    return said if pointed or len(said) >= _REPEATED else []
