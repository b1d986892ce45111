"""Interviews their side still holds with others: no next step for the candidate. Pure.

"Wir führen in dieser Woche noch ein weiteres Gespräch und werden uns bis Freitag, den
4. Dezember, bei Ihnen melden" says why she must wait: they still meet someone else. Read
as "a second interview is set", it made a dated promise a next step of hers with no day
(tester round u28re). The same in every language: "we still have a second interview this
week", "nous avons encore un autre entretien", "we hebben deze week nog een tweede
gesprek".

An interview phrase is said of their own calendar when, in its clause, their side holds
it ("wir führen", "we have", "nous avons", "tenemos", "we hebben"), it is one more of
several ("noch ein weiteres", "still ... a second", "encore un autre", "otra", "nog een"),
and nothing makes it hers: no
word for her in the clause ("mit Ihnen", "for you", "votre"), no meeting being set up
("geplant", "scheduled", "prévu"), and not the round by its article ("wir führen das
zweite Gespräch am Montag": her next round).

A meeting their side has set up is hers ("nous avons prévu un autre entretien avec le
directeur"), unless its clause names other candidates as the ones met: "todavía tenemos
agendada una entrevista más con otra candidata" (tester round u29es: read as hers, it made
the promise beside it her next step), "with another candidate", "mit einer anderen
Bewerberin", "avec un autre candidat", "met een andere kandidaat".

The words are folded (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Where a clause ends.
_STOP: Final = lazy_pattern(r"[.!?;:]|\b(?:und|and|et|y|en)\b")
#: Their side holding interviews, then "noch ein", "another", "un autre" just before the
#: phrase (the end of the text before it).
_THEY_HOLD: Final = lazy_pattern(
    r"\b(?:we (?:still )?(?:have|are (?:still )?(?:having|holding|conducting|running|doing))"
    r"|wir (?:fuhren|haben)|(?:fuhren|haben) wir|nous (?:avons|menons|faisons|tenons)"
    r"|(?:avons|menons)-nous|tenemos|hacemos|realizamos|(?:we|wij) (?:hebben|voeren|houden)"
    r"|(?:hebben|voeren) (?:we|wij))\b"
    r"(?:(?!\b(?:you|your|sie|ihnen|dir|dich|du|vous|votre|tu|te|ti|usted|su|je|jou|jouw|u|uw)"
    r"\b)[^.!?;:]){0,50}?"
    r"(?:\b(?:noch|still|encore|nog|aun|todavia) )?"
    r"\b(?:ein|eine|einen|zwei|drei|one|two|three|another|a|un|une|deux|trois|una|otra|otro"
    r"|dos|tres|een|twee|drie)(?: (?:more|last|final|weitere[ns]?|letzte[ns]?|autres?"
    r"|derniers?|mas|ultimas?|laatste))? ?$"
)
#: One more of several: "noch", "still", "another", "weiteres", "un autre", "otra", "nog".
_MORE: Final = lazy_pattern(
    r"\b(?:noch|still|encore|nog|aun|todavia|another|more|weitere\w*|autres?|otr[oa]s?"
    r"|andere\w*)\b"
)
_YOU: Final = (
    r"you|your|sie|ihnen|dir|dich|du|vous|votre|ton|tu|te|ti|contigo|usted|su|tu|je|jou|jouw"
    r"|u|uw"
)
#: Her in the clause, or a meeting being set up: her next step after all.
_HERS: Final = lazy_pattern(
    rf"\b(?:{_YOU}|geplant|vereinbart|angesetzt|terminiert|eingeplant|scheduled|planned|booked"
    r"|set up|lined up|arranged|prevu|planifie|programm?e|organise|programad[oa]|agendad[oa]"
    r"|previst[oa]|gepland|ingepland|afgesproken)\b"
)
#: Her in the clause: "le tenemos agendada una entrevista" is set up for her.
_YOURS: Final = lazy_pattern(rf"\b(?:{_YOU}|le (?:tenemos|hemos))\b")
#: Their side holding or setting up a meeting (folded), in the clause of one set up.
_THEY_SET_UP: Final = lazy_pattern(
    r"\b(?:we|wir|nous|on a|tenemos|hemos|(?:we|wij) (?:hebben|zijn))\b"
)
#: Other candidates named as the ones met: "con otra candidata", "with the other
#: applicants", "mit einer anderen Bewerberin", "avec d'autres candidats", "met een andere
#: kandidaat" (folded).
_WITH_OTHERS: Final = lazy_pattern(
    r"\b(?:con|with|mit|avec|met) (?:(?:the|los|las|un|una|a|an|one|einer|einem|den|d'|les"
    r"|un|une|de|een|el|la) ?)?(?:otr[oa]s?|other|another|more|mas|anderen?|weiteren?"
    r"|autres?|andere) (?:(?:dos|tres|two|three|zwei|drei|deux|trois|twee|drie) )?"
    r"(?:candidat\w*|postulantes?|aspirantes?|finalist\w*|perfil\w*|applicants?|kandida\w+"
    r"|bewerber\w*|profils?|sollicitant\w*)"
)
#: Where a clause of a meeting set up ends: also at a comma ("..., por lo que le ...").
_COMMA_STOP: Final = lazy_pattern(r"[.!?;:,]|\b(?:und|and|et|y|so|asi que|por lo que)\b")


#: Another candidate as the one who comes to the round (probe-steps4): "one more candidate
#: coming in for their final interview", "nous recevons encore un autre candidat en
#: entretien final", "noch eine andere Bewerberin zum Zweitgespräch", "otro candidato
#: para la entrevista final", "nog een andere kandidaat voor het laatste gesprek".
_OTHER_COMES: Final = lazy_pattern(
    r"\b(?:one more|another|an other|other|un autre|une autre|d'autres|autres|otro|otra|otros"
    r"|otras|noch (?:eine?n?|zwei) (?:andere[nr]? |weitere[nr]? )?|andere[nr]?|weitere[nr]?"
    r"|nog (?:een|twee) (?:andere )?|een andere|andere) (?:\w+ )?(?:candidates?|applicants?"
    r"|finalists?|people|person|candidat(?:e|s|es)?|candidat[oa]s?|postulantes?|kandidat(?:in"
    r"|en|innen)?|bewerber(?:in|innen)?|kandida(?:at|te|ten))\b"
)
#: Where a clause ends: "La otra candidata no ha sido seleccionada, así que queremos
#: conocerte el martes" invites her.
_CLAUSE_END: Final = lazy_pattern(
    r"[.!?;:,\n]|\b(?:so|but|asi que|pero|mais|donc|alors|aber|daher|deshalb|maar|dus)\b"
)


def others_interviewed(folded: str, start: int, end: int) -> bool:
    """True when the interview phrase at ``folded[start:end]`` is one they hold with others."""
    if _another_comes(folded, start):
        return True
    stops = list(_STOP.finditer(folded, 0, start))
    opening = stops[-1].end() if stops else 0
    held = _THEY_HOLD.search(folded[max(opening, start - 120) : start])
    if held is None or _MORE.search(held.group(0) + folded[start:end]) is None:
        return _set_up_with_others(folded, start, end)
    after = _STOP.search(folded, end)
    clause = folded[opening : after.start() if after else len(folded)]
    return _HERS.search(clause) is None


def _set_up_with_others(folded: str, start: int, end: int) -> bool:
    """A meeting their side has set up with other candidates, in the phrase's own clause.

    "Todavía tenemos agendada una entrevista más con otra candidata" (tester round u29es):
    the interview is set up, but not with her; "nous avons prévu un autre entretien avec
    le directeur" names no other candidate, and stays hers.
    """
    stops = list(_COMMA_STOP.finditer(folded, 0, start))
    opening = stops[-1].end() if stops else 0
    after = _COMMA_STOP.search(folded, end)
    clause = folded[opening : after.start() if after else len(folded)]
    return (
        _THEY_SET_UP.search(clause) is not None and _WITH_OTHERS.search(clause) is not None
        and _YOURS.search(clause) is None
    )  # fmt: skip


def _another_comes(folded: str, start: int) -> bool:
    """Another candidate, not she, comes to the round named at ``start``, in its clause.

    "We've got one more candidate coming in for their final interview on Thursday" (read as
    her final interview, the promise beside it was lost); "another candidate's interview
    with you" never comes up, and a word for her in front ("you and one other candidate")
    keeps it hers.
    """
    stops = list(_CLAUSE_END.finditer(folded, 0, start))
    opening = stops[-1].end() if stops else 0
    window = folded[max(opening, start - 80) : start]
    return _OTHER_COMES.search(window) is not None and _YOURS.search(window) is None
