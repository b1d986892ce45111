"""Mail about the day of an interview, or its expenses, that says nothing of the process. Pure.

"Parking: the Assembly Row garage ... Nothing you need to reply to" the day before an
onsite was read as a pause ("parking"), and the thank-you never came; an expense form
after the round ("rellénalo y envíalo antes del 30 de noviembre") was a request, the
candidate's move, and the follow-up never came (tester round t63lg). Such mail is
"other", surely: no news, never a question, and the waiting goes on as it was. A
decision in it still counts ("Reisekostenformular anbei ... leider haben wir uns für eine
andere Kandidatin entschieden"); a no the reader alone leans to, unsure, counts only when it
is said of something else than a cost ("we're not able to reimburse the hotel for the
second night" is no rejection; probe round probe-noes5).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.ladder import CERTAIN, UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

#: Travel costs and their forms, in five languages (folded).
_EXPENSES: Final = lazy_pattern(
    r"\b(?:expense (?:claim|form|report)s?|travel (?:expenses|reimbursement|costs)"
    r"|reimburse\w*|reisekosten\w*|fahrtkosten\w*|kostenerstattung|note de frais"
    r"|frais de (?:deplacement|transport|voyage)|rembourse\w*|gastos de (?:viaje|desplazamiento"
    r"|alojamiento|hotel|hospedaje)|hotelkosten|ubernachtungskosten|frais d'(?:hotel|hebergement)"
    r"|(?:hotel|accommodation) costs"
    r"|reembols\w*|reiskosten\w*|onkostenvergoeding|onkostendeclaratie)\b"
)
#: "Nothing you need to reply to": the writer says no answer is needed (folded).
_NO_ANSWER_NEEDED: Final = lazy_pattern(
    r"\b(?:nothing (?:you need|for you) to (?:reply|respond) to|no need to (?:reply|respond"
    r"|answer)|(?:you )?(?:don't|do not) need to (?:reply|respond)|keine antwort (?:notig"
    r"|erforderlich)|(?:sie|du) (?:mussen|musst) nicht antworten|pas besoin de (?:me )?repondre"
    r"|no (?:hace falta|es necesario) (?:que )?(?:respondas|contestes|responder|contestar)"
    r"|(?:je|u) hoeft niet te (?:reageren|antwoorden))\b"
)
#: A phone line's hold, beside the number to dial: "You may hear hold music for a minute
#: until the host joins" before a call was heard as a hiring pause (probe round
#: probe-hold6). Both are needed: "el proceso queda en espera" alone is a pause (folded).
_LINE_ON_HOLD: Final = lazy_pattern(
    r"\b(?:hold music|music on hold|(?:put|placed|kept) (?:you )?on hold|on hold for a"
    r" (?:minute|moment|few)|warteschleife|musique d'attente|en attente quelques|musica de"
    r" espera|te dejan en espera|wachtmuziek|in de wachtrij)\b"
)
_DIAL: Final = lazy_pattern(
    r"\b(?:dial|dial-in|pin|passcode|access code|meeting id|einwahl\w*|wahlen sie|composez"
    r"|code d'acces|marca|llama al|llame al|codigo de acceso|bel (?:naar|het nummer)"
    r"|inbelnummer)\b"
)
#: Readings a logistics note may have been mistaken for. A no or an offer is never undone,
#: nor a next step: an invitation says "we reimburse your travel costs" too.
_MISTAKEN: Final = frozenset({Intent.REQUEST, Intent.ON_HOLD, Intent.OTHER, Intent.PLEASANTRY})
#: An acknowledgement is one too, unless it speaks of the hiring: "your reimbursement is
#: submitted ... I'll let you know if Accounts Payable kicks anything back" (u10ps) is the
#: coordinator's, "we'll decide by Friday; the expense form is attached" is not (folded).
_HIRING: Final = lazy_pattern(
    r"\b(?:decision|decide\w*|outcome|next (?:step|round|stage)s?|feedback|shortlist\w*"
    r"|committee|panel|finalists?|entscheid\w*|ruckmeldung zu ihrer bewerbung|nae?chste\w* runde"
    r"|decider|suite (?:du|de la) (?:processus|procedure)|decidir"
    r"|proxim[oa] (?:paso|fase|ronda)|beslis\w*|besluit|vervolg|volgende ronde)\b"
)


#: Words of a no or a regret (folded): the sentences a no might be said in.
_NO_WORDS: Final = lazy_pattern(
    r"n't\b|\b(?:not|no|cannot|unable|afraid|sorry|unfortunately|nicht|kein\w*|leider|pas|ne"
    r"|malheureusement|lamentablemente|desafortunadamente|niet|geen|helaas)\b"
)
#: What a cost refused is about: "the hotel for the second night", "los gastos de alojamiento".
_COSTS: Final = lazy_pattern(
    r"\b(?:hotel\w*|taxi\w*|accommodation|nights?|mileage|parking|alojamiento|hospedaje"
    r"|billetes?|noches?|hebergement|nuits?|ubernachtung\w*|kilometer\w*|overnachting\w*"
    r"|parkeer\w*|factur\w*|invoice|receipts?|quittung|beleg\w*)\b"
)
_SENTENCES: Final = lazy_pattern(r"[.!?\n]+")
#: A sentence that only apologises for it: "Sorry about that!", "Désolée !", "Lo siento."
_APOLOGY: Final = lazy_pattern(
    r"^\W*(?:(?:i'm |i am |so |very |really )*sorry(?: about| for)?(?: that| this)?|desolee?"
    r"|(?:lo )?siento(?: mucho)?|perdon|tut mir leid|(?:het )?spijt me|sorry daarvoor)\W*$"
)


#: Paying for it: the verb a cost is refused with.
_PAY: Final = lazy_pattern(
    r"\b(?:reimburs\w*|cover\w*|pay\w*|refund\w*|erstatt\w*|ubernehm\w*|bezahl\w*|rembours\w*"
    r"|prendre en charge|pris en charge|pagar|cubrir|reembols\w*|abonar|vergoed\w*|betal\w*)\b"
)


def _no_only_to_costs(folded: str) -> bool:
    """True when every sentence with a no or a regret in it refuses to pay for a cost."""
    noes = [said for said in _SENTENCES.split(folded)
            if _NO_WORDS.search(said) and not _APOLOGY.match(said)]
    return bool(noes) and all(
        _EXPENSES.search(said) or (_PAY.search(said) and _COSTS.search(said)) for said in noes
    )


def only_logistics(
    text: str, intent: Intent | None, confidence: float, reasons: list[str],
    rules: str | None = None,
) -> tuple[Intent | None, float]:
    """Expenses or day-of logistics with no decision in them: "other", surely (no news).

    A next step only the reader leans to, unsure, is mistaken too: "Ihre Fahrtkosten-
    abrechnung ist ... zur Erstattung angewiesen, Sie müssen nichts weiter veranlassen"
    (u31cc, after the 2026-12-07 retrain: next step at 0.50).
    """
    doubted_step = intent is Intent.NEXT_STEP and confidence < UNSURE_BELOW
    # a no only the reader heard, unsure, said only of a cost: "I'm afraid we're not able to
    # reimburse the hotel for the second night" (probe round probe-noes5: 0.41, asked)
    doubted_no = (intent is Intent.REJECTION and confidence < UNSURE_BELOW
                  and rules != Intent.REJECTION.value)
    # nor the round the rules read, with its travel paid: "Je bezoek aan ons kantoor staat
    # gepland op woensdag 16 december ... We vergoeden je reiskosten" (probe-steps7: the
    # reader's unsure "other" was made sure, and the visit was no news)
    round_read = rules == Intent.NEXT_STEP.value and intent in (Intent.OTHER, Intent.NEXT_STEP)
    if not text or round_read or (intent not in {*_MISTAKEN, Intent.ACKNOWLEDGEMENT}
                                  and not doubted_step and not doubted_no):
        return intent, confidence
    folded = fold(text)
    if doubted_no:
        if not _no_only_to_costs(folded):
            return intent, confidence
        reasons.append("intent other, surely: the no is about a cost, not about you")
        return Intent.OTHER, CERTAIN
    if intent is Intent.ACKNOWLEDGEMENT and _HIRING.search(folded):
        return intent, confidence
    on_the_line = _LINE_ON_HOLD.search(folded) is not None and _DIAL.search(folded) is not None
    if not (_EXPENSES.search(folded) or _NO_ANSWER_NEEDED.search(folded) or on_the_line):
        return intent, confidence
    # certain: "other" at this confidence is no news, never a question
    # (``conversation.is_pleasantry``), as the candidate's own "it was other" is
    reasons.append("intent other, surely: interview logistics or expenses, no news")
    return Intent.OTHER, CERTAIN
