"""The day their side will send the papers of an offer or a next step: their promise. Pure.

An offer names its start date and often her deadline, a next step its slots: none of them
is when the employer comes back. But the same mail may say when their next word arrives,
as the contract, the written offer or the task they send (corpus batches w15pd, w19cw):

- "You'll have the written offer letter and contract from me by Friday", "Het contract
  volgt uiterlijk donderdag per mail", "Den Arbeitsvertrag erhalten Sie bis Mitte nächster
  Woche", "Den Arbeitsvertrag schicken wir Ihnen bis Ende nächster Woche zu", "El lunes te
  mando el contrato", "Je vous fais parvenir la convocation d'ici vendredi", "Te enviaremos
  el enunciado por correo el lunes 11", "I will mail it to you on Monday morning" (after a
  sentence naming the case);

a silent day after it is when a nudge is owed, so that day is ``promised_by``.

The day is named ("Friday", "el lunes 11") or comes after a deadline word ("bis Ende
nächster Woche"): "you'll get it today", "this week", "dans les prochains jours", "within
1-2 days" are a courtesy about the post, not a day to hold them to (the corpus labels
none of them).

Near misses name no such day: a day the papers are *for* or take effect from ("the
contract starting January 18", "Eintritt per 1. Februar", "we'll send the invite for
Friday", "le contrat à partir du 4 janvier"), her own deadline ("please return it signed by
Friday", "renvoyez-le signé avant vendredi", "stuur het getekend terug voor vrijdag"),
papers she sends ("send us your references by Monday"), a meeting's day ("the invitation
for the panel on Tuesday"), a question, a day gone by, and a day in another clause.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.datephrases import Found, dates_in
from silence_watch.core.dates import kept, names_its_day, reading_context, sentences
from silence_watch.core.deadline_words import meetings_day
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Container
    from datetime import date, datetime

    from silence_watch.core.calendardays import Context

#: The papers of an offer or a next step (folded): the contract, the written offer, the
#: task or case, the invitation.
_PAPERS: Final = lazy_pattern(
    r"\b(?:(?:employment |written |formal )?contracts?|(?:written |formal )?offer (?:letter"
    r"|pack|paperwork|documents?)|paperwork|offer in writing|case(?: study)?|assignment"
    r"|exercise|take-home|(?:technical |written )?test|brief|(?:calendar )?invite|invitation"
    r"|(?:arbeits)?vertrag\w*|vertragsunterlagen|unterlagen|(?:schriftliche[ns]? )?angebot"
    r"|aufgabe|fallstudie|einladung|contrat(?: de travail)?|promesse d'embauche"
    r"|lettre d'(?:offre|embauche)|proposition (?:ecrite|formelle)|convocation|cas pratique"
    r"|exercice|enonce|contrato|carta (?:de )?oferta|oferta (?:formal|por escrito)|enunciado"
    r"|prueba(?: tecnica)?|caso(?: practico)?|ejercicio|convocatoria|arbeidsovereenkomst"
    r"|aanbiedingsbrief|arbeidsvoorwaarden|opdracht|uitnodiging)\b",
    grouped=True,
)
#: Their side sending them, or her receiving them from it (folded); never "send us".
_THEY_SEND: Final = lazy_pattern(
    r"\b(?:will|'ll|shall|(?:am|are|is) going to|(?:i'm|we're|i am|we are))(?: \w+)?"
    r" (?:send\w*|e-?mail\w*|mail\w*|forward\w*|issu\w+|post\w*|shar\w+)(?! (?:us|me)\b)"
    r"|\b(?:you'll|you will|you should|you'd) (?:have|receive|get)\b"
    r"|\b(?:will (?:follow|arrive|be (?:sent|issued|with you|in your inbox))|follows)\b"
    r"|\b(?:schicken|senden|schicke|sende|ubermitteln|ubermittle|ubersenden|lassen|lasse)"
    r" (?:wir|ich) (?:ihnen|dir|euch)\b|\b(?:wir|ich|\w+) (?:schicken|senden|schicke|sende"
    r"|schickt|sendet|ubermitteln|ubersenden|lassen|lasst) (?:ihnen|dir|euch)\b"
    r"|\b(?:erhalten|bekommen) sie\b|\b(?:erhaltst|bekommst) du\b|\b(?:folgt|kommt)\b"
    r"|\b(?:je|nous|\w+) (?:vous|te) (?:l')?(?:envo\w+|fai(?:s|t|sons) parvenir|fer\w+ parvenir"
    r"|transmet\w*|transmettr\w+|adress\w+)|\b(?:vous recevrez|tu recevras|suivra)\b"
    r"|\b(?:te|le|os|les|se) (?:lo |la |los |las )?(?:mando|envio|paso|mandamos|enviamos"
    r"|pasamos|enviar\w+|mandar\w+|pasar\w+|hago llegar|hacemos llegar|har\w+ llegar"
    r"|(?:vamos|voy|va|van) a (?:enviar|mandar|pasar))\b|\b(?:recibiras|recibira|recibireis"
    r"|recibiran|llegara)\b"
    r"|\b(?:stuur|stuurt|sturen|mail|mailt|mailen|zend|zenden) (?:ik|we|wij|hij|zij)"
    r" (?:je|jou|u|jullie)\b|\b(?:ik|we|wij) (?:stuur|sturen|mail|mailen|zend|zenden)"
    r" (?:je|jou|u|jullie)\b|\b(?:ontvang|ontvangt|krijg|krijgt) (?:je|jij|u)\b|\bvolgt\b"
)
#: "It" for papers a sentence before named: "I will mail it to you on Monday".
_IT: Final = lazy_pattern(
    r"\b(?:send|e-?mail|mail|forward|share|post)(?:ing)? (?:it|them|that|this)\b"
    r"|\b(?:te|se) (?:lo|la|los|las) (?:mando|envio|paso|enviar\w+|mandar\w+)\b"
    r"|\b(?:vous|te) l'(?:envo|adress|transmet)\w*|\b(?:schicke|sende) (?:ich|wir) (?:es|sie)"
    r" (?:ihnen|dir)\b|\b(?:stuur|mail) ik (?:het|hem) (?:je|u)\b"
)
#: What the day just before it says it is not their sending day: a start or an effect
#: ("starting", "Eintritt per", "à partir du"), a meeting the papers are for ("for Friday").
_NOT_SENDING: Final = lazy_pattern(
    r"\b(?:for|fur|pour|para|from|starting|start\w*|effective|as of|ab|per|zum|eintritt|beginn"
    r"|a partir du|a partir de|des le|debut|desde|incorporacion|vanaf|met ingang van|per"
    r"|startdatum|inizio|(?:date|datum|fecha) (?:of|de|van|vom|d')|date d')"
    r"(?: (?:the|le|el|la|den|dem|de|on|am))? ?$"
)
#: Her own move before the day: "please return it signed by Friday" (folded).
_HER_MOVE: Final = lazy_pattern(
    r"\b(?:return|sign|send (?:it |them )?back|reply|respond|let (?:me|us) know|please"
    r"|zuruck\w*|unterschr\w+|bitte|renvo\w+|retourn\w+|sign\w+|merci de|devuelv\w+|devolv\w+"
    r"|firm\w+|por favor|terug\w*|onderteken\w*|graag)\b|[,;:]"
)
#: A deadline word just before the day: "by", "bis", "d'ici", "antes del", "uiterlijk".
_BY: Final = lazy_pattern(
    r"\b(?:by|before|no later than|bis|spae?testens|vor|d'ici|avant|au plus tard|antes del?"
    r"|a mas tardar|uiterlijk|voor|ten laatste)(?: (?:the|le|el|la|den|dem|zum|am|op))? $"
)
_SPAN: Final = lazy_pattern(
    r"\d ?(?:days?|weeks?|hours?|tage?n?|wochen?|stunden|jours?|semaines?|heures?|dias?|semanas?"
    r"|horas?|dagen|weken|uur)\b"
)
_REACH: Final = 80


def papers_day(
    text: str,
    sent_at: datetime,
    holidays: Container[date] = frozenset(),
    language: str | None = None,
    *,
    day_first: bool = False,
) -> Found | None:
    """The day their side sends the contract, the offer letter, the task, or None."""
    context = reading_context(text, sent_at, holidays, language, day_first=day_first,
                              deadline=True)  # fmt: skip
    named = False  # papers named in a sentence before: "it" may be them
    for sentence in sentences(text):
        papers = _PAPERS.search(sentence)
        earlier, named = named, named or papers is not None
        if sentence.rstrip().endswith("?"):
            continue
        # a sending verb counts only where the papers are named (or "it" stands for them):
        # looked for there alone, most sentences name none
        if not (papers or (earlier and _IT.search(sentence))):
            continue
        sends = list(_THEY_SEND.finditer(sentence))
        if not sends:
            continue
        found = _sending_day(sentence, [send.span() for send in sends], context)
        if found is not None:
            return found
    return None


def _sending_day(sentence: str, sends: list[tuple[int, int]], context: Context) -> Found | None:
    """The day in ``sentence`` nearest a sending verb at ``sends``, in its clause."""
    best: tuple[int, Found] | None = None
    for item in dates_in(sentence, context):
        if not kept(item, context) or item.day < context.sent or meetings_day(sentence, item):
            continue
        just_before = sentence[max(0, item.start - 24) : item.start]
        if _NOT_SENDING.search(just_before) or not (
            names_its_day(item) or _BY.search(just_before)
        ):
            continue  # "today", "in the next few days": a courtesy, no day to hold them to
        if _SPAN.search(item.text):
            continue  # "within 1-2 days" names a number, not a day
        for start, end in sends:
            between = sentence[end : item.start] if item.start >= end else (
                sentence[item.end : start] if item.end <= start else "")
            if len(between) > _REACH or _HER_MOVE.search(between) or re.search(r"\?", between):
                continue
            distance = len(between)
            if best is None or distance < best[0]:
                best = (distance, item)
    return None if best is None else best[1]
