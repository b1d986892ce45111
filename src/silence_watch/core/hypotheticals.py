"""A "no" said of a case that may come, or of other people: no news for the candidate. Pure.

Hiring systems wrap invitations in boilerplate that says no in the abstract: "we are
unable to give feedback to candidates who are not selected", "if you are not selected,
you may apply again", "Sollten wir Ihnen leider keine Stelle anbieten können, speichern
wir Ihre Daten", "Si vous n'êtes pas retenu, nous conserverons votre CV". Read as a
rejection, such a letter drafts a feedback request for a final-round invitation. A
rejection phrase counts only when it is said of the candidate, as a fact:

- not in a clause opened by a condition ("if", "should", "falls", "sollten", "si",
  "en caso de", "indien", "als je", "mocht"), though a concession ("even if", "même si",
  "auch wenn") is no condition;
- not of a generic group ("candidates who", "applicants that", "Bewerber, die",
  "candidats qui", "candidatos que", "kandidaten die");
- not as what to assume when nothing comes ("If you have not heard from us within two
  weeks, please consider your application unsuccessful", "Als je binnen twee weken niets
  hoort, ben je helaas niet geselecteerd", "Hoor je niets, ...");
- not as what follows if papers never come ("Without these documents we cannot process
  your application further", "Zonder deze documenten kunnen wij uw kandidatuur niet
  verder behandelen", "sans ces pièces", "ohne diese Unterlagen", "sin esta
  documentación"): the papers are what is asked;
- not of the other candidates ("the other finalists have been told they were not
  selected", "al resto de los candidatos ya se les notificó que no continúan", "de
  overige kandidaten ... niet met hen verder"), unless the rest of the sentence speaks to
  the candidate ("..., so we will not move forward with your application"); what follows
  a "but" speaks of her, not of the no ("the other finalists were not selected, but you
  are through to the final round");
- not of the one other candidate turned down by them, the no's object: "nous n'avons pas
  retenu l'autre candidate : seriez-vous toujours intéressée ?" read as a sure no (0.98)
  where the writer passed the other one over and brings her back (probe-noes10); nor of
  a date or a slot turned down ("nous n'avons pas retenu la date du 14, mais le 16 ...");
  nor a rejecting verb denied ("no hemos descartado tu candidatura, solo vamos con retraso").

The words are folded (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.no_one_yet import no_one_yet

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable

#: How far before a phrase its clause is looked at (characters).
_REACH: Final = 120
#: A condition opening the clause the phrase stands in (up to the last comma or stop).
_CONDITION: Final = lazy_pattern(
    r"(?<!even )(?<!meme )(?<!auch )(?<!selbst )(?<!ook )(?<!aun )(?<!incluso )"
    r"\b(?:if|in case|in the event (?:that|of)|should (?:you|we|your)|falls|wenn"
    r"|sofern|sollten?|si(?! bien\b)|au cas ou|dans le cas ou|en caso de(?: que)?|en el caso"
    r" de(?: que)?|indien|mocht(?:en)?|als (?:je|jij|u|we|wij|uw|jouw|jullie))\b"
)
#: A group of people the phrase is said of, then a relative word: "candidates who are".
_GENERIC: Final = lazy_pattern(
    r"\b(?:candidates|applicants|those|anyone|everyone|people|individuals|bewerber(?:innen)?"
    r"|bewerbende[n]?|kandidat(?:en|innen)|kandidaten|candidat(?:e|s|es)|candidatos|candidatas"
    r"|aspirantes|postulantes|personas|sollicitanten|aanmeldingen)\b"
    r",?(?: [^\s.!?;:,]+)? (?:who|that|whose|die|deren|welche|qui|dont|que|quienes|cuyas?)\b"
    r"[^.!?;:,]{0,60}$"
)
#: "If you have not heard from us ..., please consider": what to assume when nothing comes.
_SILENCE_MEANS_NO: Final = lazy_pattern(
    r"(?:\b(?:if|should|falls|wenn|sollten|si|indien|als|mocht(?:en)?)\b[^.!?;:]{0,80}?"
    r"\b(?:hear[d]?|heard back|hor(?:en|t)|gehort|nouvelles|de retour|noticias|respuesta"
    r"|horst|horen|hoort|hoor|gehoord|bericht|contacted|contactado|contacte|kontaktiert)\b"
    r"|\b(?:sans (?:reponse|nouvelles|retour)|faute de (?:reponse|retour)|ohne (?:ruckmeldung"
    r"|antwort|nachricht)|sin (?:respuesta|noticias)|de no (?:recibir|tener)|zonder (?:reactie"
    r"|bericht|antwoord)|in the absence of|absent any|without (?:a |any )?(?:response|reply"
    r"|word))\b"
    # the condition as a question: "Hoor je over drie weken niets, ...", "Hören Sie nichts"
    r"|\b(?:hoor|hoort) (?:je|jij|u)\b[^.!?;:]{0,60}?\bniets\b"
    r"|\b(?:horen sie|horst du)\b[^.!?;:]{0,60}?\bnichts\b)[^.!?;]{0,120}$"
)
#: "Without these documents we cannot process your application": a no only if the papers
#: never come; what is asked is the papers (a request), in five languages (dev, w9dn).
_WITHOUT_PAPERS: Final = lazy_pattern(
    r"\b(?:without|ohne|sans|sin|zonder|faute de|a falta de|bij gebrek aan)"
    r" (?:these|this|the|those|that|such|diese[nrs]?|die|den|ces|cette|ce|ces|les|vos|votre"
    r"|estos|estas|esta|este|esos|esa|la|los|las|deze|dit|die|de|het|uw|your|ihre?n?)?"
    r" ?(?:\w+ ){0,2}?(?:documents?|papers|forms?|certificates?|unterlagen|dokumente?n?"
    r"|nachweise?n?|angaben|pieces?|justificatifs?|elements|documentos?|documentacion"
    r"|certificados?|documenten|stukken|formulieren|formulier|attesten|gegevens|information"
    r"|informationen|informations|informacion|informatie)\b[^.!?;]{0,120}$"
)
#: Other people a "no" is said of, named before it in its sentence.
#: The one other candidate (folded), five languages: also ``core.not_a_no``'s subject.
ONE_OTHER: Final = (
    r"the (?:other|internal) (?:candidate|applicant|finalist)|(?:der|die) (?:andere|interne)"
    r" (?:kandidat|kandidatin|bewerber|bewerberin)|l'autre (?:candidat|candidate|finaliste)"
    r"|(?:le|la) (?:candidat|candidate) interne|(?:el|la) (?:otr[oa] (?:candidat[oa]|finalista"
    r"|postulante)|candidat[oa] intern[oa])|(?:al|a la) otr[oa] (?:candidat[oa]|finalista"
    r"|postulante)|de (?:andere|interne) (?:kandidaat|kandidate|sollicitant)"
)
#: Their no whose object is the one other candidate (folded): a negation, at most four
#: words that are no punctuation, no "you", no "this time" and no "as" or "because" (not
#: "we won't proceed as the other candidate was stronger"), then that candidate. "We did
#: not end up hiring the other finalist", "nous n'avons pas retenu l'autre candidate", "wir
#: haben uns nicht für die andere Kandidatin entschieden", "no elegimos al otro
#: candidato", "we hebben niet gekozen voor de andere kandidaat".
NEGATED_OTHER: Final = (
    r"(?:\b(?:not|never|pas|jamais|nicht|nie|no|nunca|niet|nooit)|n't)"
    r"(?: (?!(?:you|your|vous|votre|sie|ihnen|ihre|dich|dir|te|tu|usted|je|jou|jouw|u|uw"
    r"|time|fois|mal|vez|keer|moment|as|since|because|given|and|so|da|weil|denn|und|car"
    r"|puisque|et|donc|porque|como|ya|y|omdat|want|en|dus)\b)[\w']+){0,4}? (?:" + ONE_OTHER
    # or the others, counted: "we've decided not to go ahead with the other two finalists,
    # so it's down to you", "we gaan niet verder met de andere twee kandidaten, alleen nog
    # met jou" (a sure no, 1.00)
    + r"|the (?:other|remaining) (?:two |three |four )?(?:candidates|applicants|finalists)"
    r"|(?:den|die) (?:anderen|ubrigen) (?:beiden |zwei |drei )?(?:kandidat\w*|bewerber\w*"
    r"|finalist\w*)|(?:les|aux) (?:deux |trois )?autres (?:candidat\w*|finalistes)"
    r"|(?:a )?(?:los|las) otr[oa]s (?:dos |tres )?(?:candidat\w*|finalistas|postulantes)"
    r"|de (?:andere|overige) (?:twee |drie )?(?:kandidaten|finalisten|sollicitanten))\b"
)
_NEGATED_OTHER: Final = lazy_pattern(NEGATED_OTHER)
#: Their no whose object is a day or a time slot (folded): "nous n'avons pas retenu la date
#: du 14, mais le 16 décembre à 10h conviendrait" was read as a sure no of her (0.88).
_NEGATED_SLOT: Final = lazy_pattern(
    r"(?:\b(?:not|pas|nicht|no|niet)|n't)(?: [\w']+){0,2}? (?:(?:la|cette|une|votre) date"
    r"|(?:le|ce|votre) creneau|l'horaire|(?:the|that|your) (?:date|slot)"
    r"|(?:den|diesen|ihren) termin|das datum|(?:la|esa|tu) fecha|(?:el|ese) horario"
    r"|(?:de|die|deze) datum|(?:dat|het|dit) tijdstip)\b"
)
#: A rejecting verb denied (folded): "no hemos descartado tu candidatura, solo vamos con
#: retraso" was a sure no (0.90) where the writer says it is none; "we haven't turned your
#: application down", "nous n'avons pas écarté votre candidature", "wir haben Ihre
#: Bewerbung nicht aussortiert", "we hebben je sollicitatie niet afgewezen". At most three
#: words between, none a stop, a "because" or an "and" ("not successful and was rejected").
_DENIED_NO: Final = lazy_pattern(
    r"(?:\b(?:not|never|pas|jamais|nicht|nie|no|nunca|niet|nooit)|n't)"
    r"(?: (?!(?:as|since|because|and|so|but|da|weil|und|aber|car|et|mais|porque|y|pero|omdat"
    r"|en|maar)\b)[\w']+){0,3}? (?:rejected|turned\b(?: [\w']+){0,2} down|ruled (?:you )?out"
    r"|descartad[oa]|rechazad[oa]|desestimad[oa]|ecartee?|rejetee?|refusee?|abgelehnt"
    r"|aussortiert|abgesagt|afgewezen|afgeschreven)\b"
)
#: How far before a no's phrase its negation may stand ("n'avons pas | retenu").
_NEGATION_REACH: Final = 30
#: How far before the negation a no's phrase may begin ("decided | not to go ahead with the
#: other two finalists", "gaan | niet verder met de andere twee kandidaten").
_LEAD: Final = 16
_OTHERS: Final = lazy_pattern(
    r"\b(?:(?:the|all|our) (?:other|remaining) (?:\w+ )?(?:candidates|applicants|finalists"
    r"|interviewees|people)|other (?:candidates|applicants|finalists)|the rest of (?:the )?"
    r"(?:candidates|applicants|shortlist|field|group|finalists)|everyone else"
    r"|(?:den|die|allen) (?:anderen|ubrigen|restlichen|weiteren) (?:kandidat\w*|bewerber\w*"
    r"|finalist\w*)|(?:les|aux) autres (?:candidat\w*|finalistes|personnes)"
    r"|(?:al|el) resto de (?:los|las) (?:candidat\w*|postulantes|finalistas|aspirantes)"
    r"|(?:a )?(?:los|las) (?:demas|otros|otras) (?:candidat\w*|postulantes|finalistas)"
    r"|de (?:andere|overige) (?:kandidaten|sollicitanten|finalisten)"
    # one other person: "La candidate interne n'a finalement pas été retenue" (probe-noes5)
    rf"|{ONE_OTHER}|(?:the|de|der|die) (?:other|andere) finalist(?:in)?|l'autre finaliste"
    # some of them, counted: "two of the four finalists have withdrawn and a third was not
    # successful" (stop 47: a no held at 0.59 where she "remains in the process")
    r"|(?:one|two|three|four|some|several|most|both) of (?:them|(?:the|our)(?: \w+)? (?:finalists"
    r"|candidates|applicants|interviewees))|(?:a|the) (?:second|third|fourth)(?= (?:was|were|has"
    r"|had|did)\b)"
    r"|(?:einer|eine|zwei|drei|vier|einige|beide) (?:der|von den)(?: \w+)? (?:kandidat\w*"
    r"|bewerber\w*|finalist\w*)|(?:l'une?|deux|trois|quatre|certains) des(?: \w+)? (?:candidat"
    r"\w*|finalistes)|(?:uno|una|dos|tres|cuatro|algunos) de (?:los|las)(?: \w+)? (?:candidat"
    r"\w*|finalistas|postulantes)|(?:een|twee|drie|vier|enkele) van de(?: \w+)? (?:kandidaten"
    r"|finalisten|sollicitanten))\b"
)
#: Words to the candidate: a "no" in a sentence that holds one may be theirs.
_TO_YOU: Final = lazy_pattern(
    r"\b(?:you|your|yours|sie|ihnen|ihre?|ihren|dich|dir|dein\w*|vous|votre|vos|te|tu|toi|ton|ta"
    r"|usted|su|tus?|je|jou|jouw|jij|u|uw)\b"
)
#: A turn in the sentence: what follows it speaks of someone else ("Two of the other
#: finalists were not selected to go on, but you are through": probe-noes5).
_TURN: Final = lazy_pattern(r"\b(?:but|however|whereas|while|aber|jedoch|mais|alors que|pero"
                            r"|mientras que|maar|terwijl)\b")
#: At most this many words between the others named and the no: they are its subject.
_SUBJECT_GAP: Final = 2
#: Clause ends: a stop ends everything; a comma ends a condition's reach.
_STOP: Final = lazy_pattern(r"[.!?;:]")
_COMMA: Final = lazy_pattern(r"[.!?;:,]")


def hypothetical_no(folded: str, start: int) -> bool:
    """True when the rejection phrase at ``start`` of ``folded`` text is not said as news.

    The phrase is conditional, said of a generic group, or what to assume if nothing is
    heard: boilerplate, not the candidate's answer.
    """
    before = folded[max(0, start - _REACH) : start]
    sentence = after_last(before, _STOP)
    if _GENERIC.search(sentence) is not None or _SILENCE_MEANS_NO.search(sentence) or (
        _WITHOUT_PAPERS.search(sentence)
    ):
        return True
    if passed_over_other(folded, start):
        return True  # "we did not retain the other candidate": theirs, not hers
    others = [found.end() for found in _OTHERS.finditer(sentence)]
    if others and len(sentence[others[-1] :].split()) <= _SUBJECT_GAP:
        return True  # their subject: "the internal candidate was not selected, so ... you"
    # "we went with the other candidate, so you were not selected": the no is hers
    if others and _TO_YOU.search(sentence, others[-1]) is None:
        stop = _STOP.search(folded, start)
        end = stop.start() if stop else len(folded)
        if (turn := _TURN.search(folded, start, end)) is not None:
            end = turn.start()  # "..., but you are through to the final round!"
        if _TO_YOU.search(folded, start, end) is None:
            return True  # "the other finalists were told they were not selected"
    return _CONDITION.search(after_last(sentence, _COMMA)) is not None


def passed_over_other(folded: str, start: int) -> bool:
    """Whether the no at ``start`` is their "not" to the other candidate, to a date, or itself.

    "We didn't go with the other candidate", "nous n'avons pas retenu la date du 14", "no
    hemos descartado tu candidatura": no news of a no for her.
    """
    begin = max(0, start - _NEGATION_REACH)
    return any(
        found.start() - _LEAD <= start < found.end()
        and _STOP.search(folded, start, found.start()) is None
        for pattern in (_NEGATED_OTHER, _NEGATED_SLOT, _DENIED_NO)
        for found in pattern.finditer(folded, begin, start + _REACH)
    )


def bounds(text: str, start: int, end: int, marks: Iterable[str]) -> tuple[int, int]:
    """Where the stretch of ``text`` holding ``text[start:end]`` begins and stops.

    It begins after the last of ``marks`` before ``start`` and stops at the first of them
    from ``end`` (at the text's end when there is none): a clause, or a sentence.
    """
    begin = max(text.rfind(mark, 0, start) for mark in marks) + 1
    stops = [i for mark in marks if (i := text.find(mark, end)) >= 0]
    return begin, min(stops, default=len(text))


def after_last(text: str, ends: re.Pattern[str]) -> str:
    """What follows the last match of ``ends`` in ``text`` (all of it when there is none)."""
    last = 0
    for found in ends.finditer(text):
        last = found.end()
    return text[last:]


#: Other people named right after a "no": "we won't be progressing the other two finalists",
#: "we won't be moving forward with them", "descartar a gente muy buena" (u20rj).
_OTHERS_AFTER: Final = lazy_pattern(
    r"\b(?:with them|(?:the|our) (?:other|remaining) (?:\w+ )?(?:finalists?|candidates?"
    r"|applicants?|people)|the rest of the (?:shortlist|candidates|finalists)|(?:a|al) (?:gente"
    r"|otros perfiles|otras personas|otros candidatos|los demas)|(?:les|aux) autres (?:candidat"
    r"\w*|finalistes|profils)|(?:den|die) (?:anderen|ubrigen) (?:kandidat\w*|bewerber\w*)"
    r"|de (?:andere|overige) (?:kandidaten|finalisten|sollicitanten)"
    # the one other: "we gaan niet verder met de andere kandidaat, dus ..." (probe-noes7)
    rf"|{ONE_OTHER}|(?:the|de|der|die) (?:other|andere) finalist(?:in)?|l'autre finaliste)\b"
)
#: ... while the message says the candidate goes on (folded).
_YOU_GO_ON: Final = lazy_pattern(
    r"\b(?:(?:move|moving) forward with you\b|progress(?:ing)? (?:with )?you\b|you(?:'re| are)"
    r" (?:still )?(?:very much )?in the running|between you and|seguir contigo|contigo y con"
    r"|sigues en (?:el proceso|la carrera)|continuer avec vous|poursuivre avec vous"
    r"|(?:weiter|fortsetzen) mit (?:ihnen|dir)|verder (?:gaan )?met (?:jou|u)\b"
    # ... or invites her on: "dus we willen jou uitnodigen voor de laatste ronde"
    r"|(?:like|love|want) to invite you\b|(?:jou|je|u) (?:graag )?(?:\w+ )?uitnodigen\b"
    r"|nodigen (?:we |wij )?(?:jou|je|u) (?:\w+ ){0,4}?uit\b"
    r"|(?:vous|te) (?:inviter|convier|convoquer)\b|invitar(?:te|le)\b"
    r"|(?:laden|mochten) wir (?:sie|dich) (?:\w+ ){0,4}?(?:ein|einladen)\b)"
)


def said_of_others(folded: str, start: int) -> bool:
    """True when the "no" at ``start`` names other people, and the message says she goes on.

    "We won't be progressing the other two finalists ... we decided to move forward with
    you!" is good news (tester round u20rj: read as a no, a feedback request went to the
    recruiter who had just advanced the candidate). "We decided to progress with the other
    finalists" says no "with you": a no. So is a no to everyone until a day: "we won't be
    inviting anybody to a second interview until the posting closes" (``core.no_one_yet``).
    """
    if no_one_yet(folded, start, start):
        return True
    stop = _STOP.search(folded, start)
    clause = folded[start : stop.start() if stop else len(folded)]
    return _OTHERS_AFTER.search(clause) is not None and _YOU_GO_ON.search(folded) is not None

