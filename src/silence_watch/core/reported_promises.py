"""A promise she reports someone made her, quoted back to her: no promise of theirs. Pure.

"Du schreibst, man habe dir eine Antwort bis Freitag zugesagt - das kann ich so leider
nicht bestätigen", "En tu correo mencionas que te prometieron respuesta el viernes;
lamentablemente, todavía no tenemos fecha" (probe-dates10): the words of an answer and its
day are hers, repeated by the recruiter, and the Friday was read as theirs; a follow-up
went out on a day nobody had promised. "You mentioned you'd been told to expect news by
Friday", "vous m'indiquez qu'on vous avait promis une réponse vendredi", "je schrijft dat
je vrijdag een antwoord zou krijgen" are the same.

``reported_spans`` gives where such words stand in a folded sentence, from "you wrote"
to the end of what she said: the promise words inside them are left out
(``core.promise_cues``). Their own promise after it stays one: "as you mentioned, we'll get
back to you by Friday" agrees with her ("as", "wie", "comme", "como", "zoals" before it);
"you mentioned Friday, but I'll write on Monday" turns to theirs at the "but" or at a
first person of theirs.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Her words reported (folded): "you mentioned", "du schreibst", "vous m'indiquez", "en tu
#: correo mencionas", "je schrijft", never after "as" ("as you said, we'll ...").
_SHE_SAID: Final = lazy_pattern(
    r"(?<!\bas )(?<!\bwie )(?<!\bcomme )(?<!\bcomo )(?<!\bzoals )"
    r"\b(?:you (?:mentioned|wrote|said|say|write|noted|note|told me|tell me|were told"
    r"|had been told|'d been told|'ve been told|have been told)"
    # never "Sie schreiben Ihnen" (they write to you)
    r"|(?:du (?:schreibst|erwahnst|sagst|meinst)|sie (?:schreiben|erwahnen))(?! (?:ihnen|dir"
    r"|euch)\b)"
    r"|(?:man|jemand) (?:hat|habe|hatte) (?:dir|ihnen)"
    # the subject's own ending: "vous dites", never "je vous dis vendredi ce qu'il en est"
    r"|vous (?:m'|nous )?(?:indiquez|ecrivez|dites|mentionnez|precisez)"
    r"|tu (?:m')?(?:indiques|ecris|dis|mentionnes|precises)"
    r"|(?:on|ils) (?:vous|t') (?:avai(?:t|ent)|a|ont) (?:promis"
    r"|dit|annonce)"
    r"|(?:me )?(?:mencionas|comentas|dices|escribes|indicas|cuentas)|(?:te|le) (?:prometieron"
    r"|dijeron|habian dicho|habian prometido)"
    r"|(?:je|u) (?:schrijft|zegt|noemt|geeft aan|gaf aan)|(?:is|werd|was) (?:je|jou|u)"
    r" (?:\w+ ){0,4}?(?:beloofd|toegezegd))\b",
    grouped=True,
)
#: Where what she said ends: a clause of theirs, a turn, or the clause's end (folded).
_HERS_ENDS: Final = lazy_pattern(
    r"[.;:!?]|\s[-\u2013\u2014]\s|,? (?:but|however|aber|jedoch|mais|pero|maar)\b"
    r"|,? (?:i|we)(?:'ll| will| shall)\b|,? (?:ich|wir) (?:melde|melden|rufe|schreibe"
    r"|schreiben)\b|,? (?:je|nous) (?:vous|te) (?:reviens|reviendrai|reviendrons|ecris"
    r"|ecrirai|appelle)\b|,? (?:ik|we|wij) (?:laat|laten|bel|bellen|mail|mailen)\b"
)


def reported_spans(sentence: str) -> list[tuple[int, int]]:
    """Where, in a folded sentence, a promise she reports stands (start, end)."""
    spans = []
    for said in _SHE_SAID.finditer(sentence):
        end = _HERS_ENDS.search(sentence, said.end())
        spans.append((said.start(), len(sentence) if end is None else end.start()))
    return spans
