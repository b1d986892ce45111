"""Which day a sure next step promises an answer by, beside its slots and deadlines. Pure.

A next step's named days are mostly not the employer's promise: a meeting's slot ("we'll
send you the invite for Friday") or the candidate's own deadline ("send us your solution by
Wednesday, December 9"). But the same mail may hold the employer's own word, and that
one they keep:

- a decision promised by a day ("a final decision by Friday, December 18");
- an answer promised by a day, to her or to every candidate, with a deadline word just
  before the day or "at the latest" after it: "we will get back to everyone by Friday,
  December 18 at the latest", "wir melden uns bis spätestens Freitag, 18.12. bei allen",
  "nous reviendrons vers vous au plus tard le vendredi 18 décembre", "os responderemos a
  más tardar el viernes 18 de diciembre", "we laten je uiterlijk vrijdag 18 december
  weten", "Dana will be in touch by Monday to find a time"; with the verb after the day
  in German and Dutch: "wir werden uns bis Freitag, den 4. Dezember, bei Ihnen melden",
  "we zullen je voor vrijdag laten weten";
- an answer after a day in front with its deadline word: "Bis Freitag melde ich mich dann
  bei Ihnen", "By Friday we'll get back to you", "D'ici vendredi je reviens vers vous";
- the times, slots or invitation their side will send by a day ("Becca will send over a
  few time options by Wednesday, December 9": ``core.times_to_come``).

Near misses keep the day a slot or her deadline: an answer asked of her ("get back to us
by Friday", "melde dich bis Freitag", "reviens vers nous avant le 9", "respóndenos antes
del 9", "laat ons voor vrijdag weten"), a promise for a day with no deadline word ("we'll
be in touch with times for Thursday", "wir melden uns wegen eines Termins am Freitag"),
and a day in another sentence. Text is folded (``core.language.fold``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.calloff_words import MEETING
from silence_watch.core.dates import sentences
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.present_sends import sends_on
from silence_watch.core.times_to_come import sends_times_after, sends_times_by

if TYPE_CHECKING:
    from silence_watch.core.datephrases import Found

#: Words that promise the decision itself, not a meeting (folded).
_DECISION_WORDS: Final = (
    r"\b(?:(?:final )?decision|decide|decidir|decision final|entscheidung|entscheiden"
    r"|beslissing|besluit|reponse definitive|respuesta definitiva|final answer)\b"
)
#: The writer's side promising to answer, first person or a colleague by name (folded):
#: never an answer asked of the candidate ("get back to us", "melde dich", "reviens vers
#: nous", "respóndenos", "laat ons ... weten").
_ANSWER: Final = (
    r"\b(?:(?:be|get) (?:back )?in touch|(?:get|come|circle) back to (?!(?:us|me)\b)"
    r"|hear (?:back )?from (?:us|me)|(?:you'll|you will|you should) hear"
    r"|let (?:you|everyone|every(?:body| candidate)|all(?: of)? (?:you|the \w+|\w+)) know"
    r"|(?:we|i)(?:'ll| will| shall| aim to| plan to| hope to)? (?:respond|reply|answer|update)"
    r"|(?:i'll|i will|we'll|we will) confirm"
    # feedback on a round gone by, beside the next one, as probe-dates11 found it: "we'll
    # have feedback from the tech round to you by Friday", "Das Feedback zur Fachrunde
    # bekommst du bis Freitag"
    r"|(?:i'll|i will|we'll|we will) (?:have|get|send|share|give) (?:you )?(?:\w+ ){0,3}?feedback"
    r"|(?:feedback|ruckmeldung|ergebnis)\b[^.!?;:]{0,40}?(?:bekommst|erhaltst|erhalten"
    r"|bekommen) (?:du|sie)"
    # the outcome aimed at and confirmed, as Harcourt & Finch wrote it (tester round u32ta)
    r"|(?:we|i)(?:'re| are|'m| am)? (?:aim|aiming|plan|planning|hope|hoping|expect|expecting"
    r"|intend|intending) to (?:confirm|share|communicate)"
    r"|(?:vous|te) (?:confirmer|communiquer|transmettre) (?:le resultat|l'issue|notre (?:reponse"
    r"|decision)|la (?:reponse|decision))"
    r"|(?:confirmar|comunicar)(?:le|te|les|os) (?:el resultado|la respuesta|nuestra (?:respuesta"
    r"|decision))"
    r"|melden uns|melde mich|melden wir uns|melde ich mich"
    r"|(?:wir geben|ich gebe|geben wir|gebe ich) (?:ihnen|dir|euch|allen|jedem)"
    r"|(?:bekommst|erhaltst|erhalten|bekommen) (?:du|sie|ihr) (?:\w+ ){0,3}?(?:ruckmeldung"
    r"|antwort|bescheid|nachricht)|(?:wir|ich) (?:antworten|antworte|informieren|informiere)"
    r"|reviendr(?:ons|ai|a)|(?:nous|je) (?:revenons|reviens) vers"
    r"|(?:je|nous) (?:vous|te|les) (?:recontacter\w*|repondr\w+|tiendr\w+|informer\w+"
    r"|ferons|ferai)|(?:vous aurez|tu auras) (?:une |notre )?(?:reponse|retour|nouvelles)"
    r"|(?:te|le|os|les) (?:responderemos|respondere|contestaremos|contestare|escribiremos"
    r"|escribire|diremos|dire|informaremos|comunicaremos|confirmaremos)"
    r"|responderemos|contestaremos|nos pondremos en contacto|daremos (?:una )?respuesta"
    r"|(?:te|le|os|les|los|las|lo|la) (?:contactaremos|contactare|avisaremos|avisare)"
    # Latin American periphrases, tester round u29es: le estaremos contactando, te vamos a avisar
    r"|(?:te|le|os|les|los|las|lo|la|nos) (?:(?:vamos|voy) a (?:estar )?|estaremos |estare )"
    r"(?:contact(?:ando|ar)|escribi(?:endo|r)|inform(?:ando|ar)|avis(?:ando|ar)|comunic(?:ando"
    r"|ar)|respond(?:iendo|er)|contest(?:ando|ar)|d(?:ando|ar) (?:una |la |nuestra )?respuesta"
    r"|pon(?:iendo|er) en contacto)|(?:estaremos|vamos a estar) en contacto"
    r"|tendras (?:una |nuestra )?respuesta|tendra (?:una |nuestra )?respuesta"
    r"|(?:laten|laat) (?:we|wij|ik) (?:je|jou|u|jullie|iedereen|alle \w+)"
    r"|(?:we|wij|ik) (?:laten|laat) (?:je|jou|u|jullie|iedereen|alle \w+)"
    r"|(?:hoor|hoort) (?:je|jij|u)|(?:je|jij|u) (?:hoort|hoor)"
    r"|(?:krijg|krijgt) (?:je|jij|u) (?:een |ons )?(?:antwoord|reactie|terugkoppeling|bericht"
    r"|uitsluitsel)"
    r"|(?:nemen|neem) (?:we|wij|ik) \w+ contact|(?:koppelen|koppel) (?:we|wij|ik) \w+ terug)"
)
#: A deadline word just before the day, with "the", "am", "le" ... after it (folded).
_DEADLINE: Final = (
    r"\b(?:by|before|no later than|not later than|at the latest by|latest by|bis"
    r"(?: spae?testens)?(?: zum| am)?|spae?testens(?: bis)?(?: zum| am)?|vor(?: dem)?|d'ici"
    r"(?: au)?|avant|au plus tard|antes del?|a mas tardar|como (?:muy )?tarde"
    r"|uiterlijk(?: op)?|ten laatste(?: op)?|voor|op zijn laatst)"
    r"(?: (?:the|le|el|la|den|dem|de))? $"
)
_LATEST_AFTER: Final = lazy_pattern(
    r"\s*,?\s*(?:at the (?:very )?latest|at latest|spae?testens|au plus tard|a mas tardar"
    r"|como (?:muy )?tarde|op zijn laatst|ten laatste|uiterlijk)\b"
)
#: Between the promise and its deadline word: no new clause, and no meeting being set up
#: ("in touch to schedule the panel before Friday": the panel's day, not the answer's).
_BETWEEN: Final = (
    rf"(?:(?!{MEETING}|schedul|set up|book|arrang|invit|einlad|vereinbar|planifi|organis"
    r"|program|agend|plann)[^.!?;:]){0,60}?"
)
_ANSWER_BY: Final = lazy_pattern(rf"{_ANSWER}{_BETWEEN}\s?{_DEADLINE}")
#: German and Dutch put the verb last: "wir werden uns bis Freitag, den 4. Dezember, bei
#: Ihnen melden", "ich werde Ihnen bis 4.12. Bescheid geben", "we zullen je voor vrijdag
#: laten weten" (tester round u28re). Their side, one clause (no comma, no "wenn": "wir
#: würden uns freuen, wenn Sie sich bis Freitag melden" asks her), up to the deadline word
#: ...
_WILL_BY: Final = lazy_pattern(
    r"\b(?:(?:wir|ich|und) (?:werden|wurden|werde|wurde|mochten|mochte|wollen|will)|werden wir"
    r"|werde ich|(?:we|wij|ik) (?:zullen|zal|willen|wil|gaan|ga|streven ernaar|hopen)|zullen we"
    r"|zal ik)"
    r" (?:uns|mich|ihnen|dir|euch|allen|je|jou|u|jullie|iedereen)\b"
    r"(?:(?!\b(?:wenn|falls|dass|ob|sie sich|du dich|als|of|dat|indien)\b)[^.!?;:,]){0,60}?"
    rf"\s?{_DEADLINE}"
)
#: ... and the verb of answering after the day, a few words on ("..., bei Ihnen melden").
_VERB_AFTER: Final = lazy_pattern(
    r",?(?: (?!(?:und|dann|danach|en|dan|daarna)\b)[\w-]+){0,4}? (?:(?:zuruck)?melden"
    r"|bescheid (?:geben|sagen)|antworten|(?:antwort|ruckmeldung|entscheidung|nachricht|ergebnis)"
    r" (?:geben|mitteilen|zukommen lassen|schicken)|mitteilen|mitzuteilen|laten weten"
    r"|(?:antwoord|bericht|reactie"
    r"|terugkoppeling|uitsluitsel) (?:geven|sturen)|terugkoppelen|informieren|informeren)\b"
)
_ANSWER_BEFORE: Final = lazy_pattern(rf"{_ANSWER}{_BETWEEN}\s?$")
#: A sentence that opens with its deadline ("Bis Freitag", "By Friday,", "D'ici vendredi"),
#: and the answer just after the day, in its clause.
#: (A clock time's dot "om 10:00. Uiterlijk vrijdag ..." leaves one sentence: after a stop.)
_FRONTED_BY: Final = lazy_pattern(rf"(?:^|[.!?;]\s)\W*{_DEADLINE}")
#: ... or with the day itself ("El jueves te mando horarios", "Am Mittwoch schicke ich ...").
_OPENS_WITH_IT: Final = lazy_pattern(
    r"(?:^|[;:]\s?)\W*(?:(?:on|am|le|el|op|the|this|ce|este|deze) )?$"
)
_ANSWER_NEXT: Final = lazy_pattern(rf",?(?: [^.!?;:,]{{0,24}}?)?\s?{_ANSWER}")
_DECIDED: Final = lazy_pattern(rf"{_DECISION_WORDS}[^.!?]{{0,80}}$")


def promised_in_step(text: str, found: Found) -> bool:
    """True when ``found``, a named day in a sure next step's ``text``, is their promise.

    The sentence that holds it promises a decision before it, or an answer with a deadline
    word just before it (or "at the latest" after it).
    """
    for sentence in sentences(text):
        for at in re.finditer(re.escape(found.text), sentence):
            before = sentence[max(0, at.start() - 160) : at.start()]
            if _DECIDED.search(before) or _ANSWER_BY.search(before):
                return True
            if _LATEST_AFTER.match(sentence, at.end()) and _ANSWER_BEFORE.search(before):
                return True
            if _WILL_BY.search(before) and _VERB_AFTER.match(sentence, at.end()):
                return True
            # their times sent by the day: "will send times by Wednesday" (u43of), or after it
            opens = _FRONTED_BY.search(before) or _OPENS_WITH_IT.search(before)
            # and in the present with its day: "..., el jueves te mando horarios" (probe-dates11)
            if (sends_times_by(sentence, at.start())
                    or (opens and sends_times_after(sentence, at.end()))
                    or sends_on(sentence, at.start(), at.end())):
                return True
            # the deadline in front: "Bis Freitag melde ich mich dann bei Ihnen" (w4de)
            if _FRONTED_BY.search(before) and _ANSWER_NEXT.match(sentence, at.end()):
                return True
    return False
