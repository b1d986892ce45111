"""An answer someone else was asked for, or given time for: no promise to her. Pure.

A recruiter waiting on others names the day *their* answer is due: "we've asked your
references to respond within 48 hours", "hemos pedido a tus referencias que nos respondan
en un plazo de 48 horas", "De hiring manager heeft de andere kandidaat gevraagd om binnen
48 uur te laten weten of hij nog interesse heeft", "vos deux références, qui ont jusqu'à
vendredi pour répondre" (probe-dates6). The words "respond", "laten weten", "répondre" sit
in them as they sit in a promise, and the day was read as the one she waits for: a
follow-up two days on, about an answer nobody promised her.

``others_answer_spans`` gives where such words stand in a folded sentence, so the promise
words inside them are left out (``core.promise_cues``). An answer asked for *her* is a
promise through a colleague and stays one: "I've asked Priya to get back to you by
Friday", "he pedido a Lucía que te escriba", "ik heb Jeroen gevraagd je te bellen".

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: The rest of a clause: up to its end, a comma or a "but" (folded); "asked the panel to
#: confirm, and we'll get back to you by Friday" keeps the promise after it.
_REST: Final = r"(?:(?!, | and | und | et | but | aber | mais | pero | maar )[^.!?;]){0,80}"
#: Someone asked to answer, or given until a day to: the span up to its clause's end
#: (folded). "Waiting for the feedback of your references" is theirs too.
_OTHERS_ANSWER: Final = lazy_pattern(
    # en: "asked the two finalists to confirm", "they have until Friday to respond",
    # "waiting to hear back from your referees"
    rf"\b(?:asked|requested|told) (?:[\w'-]+ ){{1,5}}?to (?:reply|respond|confirm|answer"
    rf"|get back|come back|revert|let us know)\b{_REST}"
    rf"|\b(?:they|he|she|who|references?|referees?) (?:have|has) until\b{_REST}"
    rf"|\bwaiting (?:to hear back|for (?:feedback|an answer|a reply)|on feedback) from {_REST}"
    # de: "gebeten, sich bis Mitte nächster Woche zurückzumelden", "haben bis Freitag Zeit",
    # "warten noch auf die Rückmeldung Ihrer Referenzgeber"
    r"|\bgebeten,? (?:[\w.,-]+ ){0,8}?(?:zuruckzumelden|zu melden|zu antworten|zu bestatigen)\b"
    rf"|\b(?:haben|hat) (?:noch )?bis\b[^.!?;]{{0,40}}?\bzeit\b{_REST}"
    rf"|\bwarten (?:noch )?auf (?:die )?(?:ruckmeldung|antwort) (?:der|von|ihrer|deiner)\b{_REST}"
    # fr: "demandé à vos références de répondre", "qui ont jusqu'à vendredi pour répondre",
    # "nous attendons encore le retour de vos deux références"
    rf"|\bdemande (?:a|aux) (?:[\w'-]+ ){{1,5}}?de (?:nous )?(?:repondre|revenir|confirmer"
    rf"|faire savoir)\b{_REST}"
    rf"|(?<!\bon )\b(?:ont|a) (?:encore |toujours )?jusqu'\w*[^.!?;]{{0,40}}?\bpour\b{_REST}"
    rf"|\battend\w* (?:encore |toujours )?(?:le|les) retours? (?:de|des|du) {_REST}"
    # es: "hemos pedido a tus referencias que nos respondan", "tienen hasta el viernes para",
    # "esperando la respuesta de tus referencias"
    rf"|\b(?:pedido|pedimos|solicitado|solicitamos) a (?:[\w'-]+ ){{1,5}}?que (?:nos )?"
    rf"(?:respond|contest|confirm|digan|avisen)\w*{_REST}"
    rf"|\btienen? (?:de plazo )?hasta\b[^.!?;]{{0,40}}?\bpara\b{_REST}"
    rf"|\besperando (?:todavia |aun )?(?:la|las) respuestas? (?:de|del) {_REST}"
    # nl: "gevraagd om binnen 48 uur te laten weten", "hebben tot vrijdag om te reageren",
    # "wachten nog op de reactie van je referenties"
    r"|\bgevraagd,? (?:om )?(?:[\w.,-]+ ){0,8}?te (?:laten weten|reageren|antwoorden|bevestigen)\b"
    rf"|\b(?:hebben|heeft) (?:nog )?tot\b[^.!?;]{{0,40}}?\bom\b{_REST}"
    rf"|\bwachten (?:nog )?op (?:de )?(?:reactie|terugkoppeling) van {_REST}",
    grouped=True,
)
#: The answer asked for goes to her: a colleague's promise through the writer (folded);
#: a bare "te" is Dutch ("te laten weten"), so only the Spanish and French verbs after it.
_TO_HER: Final = lazy_pattern(
    r"\b(?:you|u|ihnen|dir|vous|toi|jou)\b|\bje (?:te |laten |bellen|mailen|terug)"
    r"|\bte (?:respond|contest|escrib|confirm|dig|avis|llam|repond|revien|recontact|rappel)"
)


def others_answer_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a folded ``sentence`` speaks of an answer someone else owes them."""
    return [
        (found.start(), found.end()) for found in _OTHERS_ANSWER.finditer(sentence)
        if _TO_HER.search(found.group(0)) is None
    ]
