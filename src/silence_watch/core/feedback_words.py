"""What an employer's own words say about feedback: refused, given, or promised. Pure.

After a no, the product drafts one short thank-you that asks for feedback. Two kinds of
words make that request tone-deaf, and a third makes it wait:

- **refused**: the no itself (or its copy) says none can be given: "Due to the volume of
  applications we are unable to provide individual feedback", "keine individuelle
  Rückmeldung zu den Gründen", "pas en mesure de faire un retour personnalisé", "no
  podemos ofrecer una respuesta personalizada", "geen individuele feedback geven";
- **given**: someone on their side writes after the no to say why, or what to work on:
  "te cuento el porqué ... lo que más nos gustó ... un consejo", "the reason we went with
  ...", "what held you back was", "ce qui a fait la différence", "was uns gefehlt hat",
  "een paar verbeterpunten" (tester round t73fb: the queued request stayed and asked again
  for what Marta had just written);
- **promised**: feedback or the why to come on a day or soon ("te lo envío la semana que
  viene sin falta", "I'll send the panel's feedback next week"): the request waits for it
  (tester round t75fb).

A refusal undone by a condition is none ("we are unable to provide feedback until the
panel has met"), and an offer to explain ("I'd be happy to share feedback on a call") is
neither given nor promised: the request takes it up. Words that only mention feedback
("I've now had client feedback: they decided ...", the usual way a recruiter opens a no)
say nothing of it.

Only the sender's own new words are read (quotes and signatures removed before). Pure:
no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.dates import promised_date
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Direction
from silence_watch.core.words import day_words

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Container, Sequence

    from silence_watch.core.ladder import PolicySettings
    from silence_watch.core.model import TimelineEntry

REFUSED: Final = "refused"
GIVEN: Final = "given"
PROMISED: Final = "promised"

_FEEDBACK: Final = (
    r"(?:feedback|ruckmeldung|retour|retours|commentaires?|devolucion|retroalimentacion"
    r"|respuesta|valoracion|terugkoppeling|toelichting)"
)
_PERSONAL: Final = (
    r"(?:individual|individuell\w*|individuel\w*|individuele|personal|personali[sz]ed"
    r"|personnalise\w*|personalizad[oa]s?|persoonlijke|persoenliche\w*|personliche\w*"
    r"|detailed|detaillierte\w*|detaille\w*|detallad[oa]s?|specific|further|inhoudelijke)"
)

#: Their words that no feedback can be given (folded).
_REFUSED: Final = lazy_pattern(
    r"\b(?:(?:unable|not able|not in a position|cannot|can ?not|can't|won't be able"
    r"|will not be able|are not able|aren't able) to (?:provide|give|offer|share|send)"
    r"(?: you)? (?:any )?(?:\w+ )?feedback(?! (?:until|before|once|after))"
    r"|(?:we|i) (?:do not|don't) (?:provide|give|offer|share) (?:\w+ )?feedback"
    rf"|\bno {_PERSONAL} feedback (?:is|can be|will be|could be) (?:given|provided|offered)"
    r"|feedback (?:is|can|could|will)(?:n't| not) (?:be )?(?:given|provided|offered|available)"
    rf"|\bkeine?n? (?:\w+ ){{0,2}}?{_PERSONAL} (?:feedback|ruckmeldung)"
    r"|\bkeine?n? (?:\w+ )?(?:feedback|ruckmeldung) zu den (?:grunden|einzelnen)"
    r"|(?:pas|plus) en mesure de (?:vous )?(?:faire|donner|apporter|fournir|communiquer"
    rf"|transmettre) (?:un |de |d')?(?:retour|feedback|commentaire)s? {_PERSONAL}"
    r"|\bne (?:pouvons|pourrons|sommes) (?:malheureusement )?pas (?:en mesure de )?(?:vous )?"
    r"(?:faire|donner|apporter|fournir|communiquer|transmettre) (?:de |d'|un )?"
    rf"(?:retour|feedback|commentaire)s? {_PERSONAL}"
    rf"|\baucun (?:retour|feedback|commentaire) {_PERSONAL}"
    r"|\bno (?:podemos|podremos|nos es posible|es posible|estamos en condiciones de|nos resulta"
    r" posible) (?:\w+ ){0,2}?(?:dar|ofrecer|proporcionar|facilitar|enviar|hacer)(?:te|le|les)?"
    rf" (?:un |una |unos |unas )?{_FEEDBACK} {_PERSONAL}"
    rf"|\b(?:geen|niet) (?:\w+ ){{0,2}}?{_PERSONAL} (?:feedback|terugkoppeling|toelichting)"
    r"|niet mogelijk (?:om )?(?:\w+ ){0,2}?(?:feedback|terugkoppeling) te geven)"
)

#: A short aside inside "what we (in the end) missed": up to three words ("was uns am Ende
#: gefehlt hat", "ce qui, au final, a fait la différence", "lo que al final nos faltó", "wat
#: we uiteindelijk misten"; tester round u28re), read with its commas dropped. Words only:
#: it never runs past a sentence's end; never the candidate addressed nor a question's
#: word order ("was hat Ihnen im Prozess gefehlt", "what do you think held you back": they
#: ask her, they tell her nothing).
_ASIDE: Final = (
    r"(?:(?!(?:you|your|do|does|did|ihnen|ihr|dir|du|euch|hat|haben|hatten?|vous|tu|te"
    r"|usted|je|jij|jou|u)\b)[\w']+ ){0,3}?"
)

#: Their words that say why, or what to work on (folded): feedback given.
_GIVEN: Final = lazy_pattern(
    r"\b(?:why we (?:went|decided|chose|have chosen|did not|didn't|moved|are not|aren't)"
    r"|the (?:main )?reasons? (?:we|why we|for (?:our|the) decision)"
    rf"|what {_ASIDE}(?:held you back|tipped it|tipped the balance|we (?:really )?liked"
    rf"|stood out|was {_ASIDE}missing|you could (?:work on|improve))"
    r"|areas? (?:to|for) (?:develop|improve|work on|focus on)|(?:one|a) thing to work on"
    r"|(?:tips?|advice|suggestions?) for (?:next time|the future|future interviews|your next)"
    r"|(?:the|their|panel's|team's|interviewers'?) feedback (?:from \w+(?: and \w+)? )?"
    r"(?:was|is|were) (?:that|mostly|mainly|very|really|positive|mixed|strong)"
    r"|pass on (?:what|the|their|some)|pulled ahead|the panel (?:felt|thought|noted) (?:that )?you"
    rf"|(?:el|del|los) porques?\b|lo que {_ASIDE}echamos en falta|aqui (?:va|tienes|te dejo)"
    rf" lo que|te cuento (?:el )?por ?que|lo que {_ASIDE}(?:mas )?nos (?:gusto|convencio)"
    rf"|lo que {_ASIDE}(?:te |nos )?falto|un consejo|(?:los|el) motivos? (?:de|por)"
    r"|(?:les raisons|la raison) (?:de|pour|qui)|pourquoi (?:nous|on) (?:avons|a) "
    rf"|ce qui {_ASIDE}(?:nous a {_ASIDE}(?:plu|manque|convaincu)|a {_ASIDE}fait la difference"
    rf"|vous a {_ASIDE}manque)"
    r"|axes? (?:d'amelioration|de progres)|points? (?:a travailler|d'amelioration)"
    r"|quelques conseils"
    r"|warum wir uns|die grunde (?:fur|waren)|der (?:ausschlaggebende )?grund (?:war|fur)"
    rf"|was (?:uns )?{_ASIDE}(?:gefehlt|den ausschlag) "
    # what she lacked, told ("..., war"), not asked ("was Ihnen im Prozess gefehlt hat?")
    rf"|was (?:ihnen|dir|euch) {_ASIDE}gefehlt (?:hat|haben) (?:-+ )?(?:war|waren|ist|sind)\b"
    rf"|was uns {_ASIDE}(?:gefallen|uberzeugt) hat"
    r"|(?:ein|als) tipp|verbesserungspotenzial|entwicklungsfelder"
    r"|waarom (?:we|wij) (?:voor|hebben|kozen)|de reden(?:en)? (?:dat|waarom|was|voor)"
    rf"|wat (?:we|wij) {_ASIDE}(?:goed|sterk) vonden|wat (?:we|wij) {_ASIDE}misten"
    rf"|wat (?:ons|er) {_ASIDE}ontbrak"
    r"|verbeterpunt|ontwikkelpunt|aandachtspunt"
    # u15in: the gap named, where the candidate fell behind
    r"|where (?:you|your \w+) (?:fell|were|was|came up|lost out) (?:behind|short)"
    r"|the gap (?:was|is) (?:that|your|in)"
    r"|(?:loved|liked|really liked) your\b[^.]{0,60}\bbut (?:the team|we|they|the role)"
    r" (?:needs?|needed|wanted|want|were looking for|was looking for)\b"
    r"|da(?:ran|bei)? (?:lagst du|lagen sie|warst du|waren sie)\b[^.]{0,50}?\b(?:hinter|zuruck)\b"
    r"|(?:la|sur ce point) que (?:vous etiez|tu etais) (?:en retrait|derriere|moins)"
    r"|(?:ahi|en eso) (?:es donde )?(?:estabas|estaba usted|quedaste) (?:por )?detras"
    r"|daar (?:zat je|lag je|bleef je) (?:\w+ )?achter)"
)

#: A condition or an offer in the same sentence: feedback the candidate may take up, not
#: given ("if you'd like, I can tell you why on a call"; folded).
_OFFERED: Final = lazy_pattern(
    r"\b(?:if you(?:'d)? (?:like|want)|happy to|glad to|would love to|on a call|a quick call"
    r"|wenn du magst|wenn sie mogen|wenn sie mochten|falls du|falls sie|gern(?:e)? (?:\w+ )?"
    r"(?:am telefon|in einem)|si (?:tu veux|vous le souhaitez)|par telephone|si te apetece"
    r"|si quieres|si lo deseas|si te sirve|por telefono|als je wilt|mocht je|mocht u|telefonisch"
    r"|bel me|wenn gewunscht)"
)
#: Feedback to come: a day or a time ahead, or "I'll send / call" (folded).
_LATER: Final = lazy_pattern(
    r"\b(?:next week|tomorrow|in the coming days|early next|by (?:monday|tuesday|wednesday"
    r"|thursday|friday|the end of)|i'll (?:send|call|share|pass)|i will (?:send|call|share)"
    r"|la semana que viene|la proxima semana|manana|en los proximos dias|te lo (?:envio|mando"
    r"|paso|enviare|mandare|pasare)|te llamo|te llamare|le llamare"
    r"|nachste woche|kommende[nr]? woche|morgen|in den nachsten tagen|schicke ich|sende ich"
    r"|rufe ich"
    r"|semaine prochaine|demain|dans les prochains jours|je vous (?:envoie|enverrai|appelle"
    r"|rappelle)|je t'(?:envoie|enverrai|appelle)|je (?:te|vous) (?:transmettrai|ferai"
    r" (?:parvenir|un retour)|communiquerai)"
    r"|volgende week|komende week|ik stuur|ik bel|stuur ik|bel ik)"
)
#: Feedback named, or the why of the decision (folded).
_ABOUT_IT: Final = lazy_pattern(
    rf"\b(?:{_FEEDBACK}|why|reasons?|(?:el|del|los) porques?|motivos?|warum|grunde|pourquoi"
    r"|raisons?|waarom|redenen)\b"
)


def feedback_said(text: str) -> str:
    """``REFUSED``, ``GIVEN``, ``PROMISED`` or "" for an employer's own words ``text``."""
    folded = fold(text)
    if _REFUSED.search(folded):
        return REFUSED
    promised = False
    previous = ""
    for sentence in folded.replace("?", ".").replace("!", ".").split(". "):
        offered = _OFFERED.search(sentence) is not None
        # "... un feedback detallado. Te lo envío la semana que viene sin falta."
        if not offered and _LATER.search(sentence) and _ABOUT_IT.search(previous + sentence):
            promised = True
        elif not offered and _GIVEN.search(sentence.replace(",", "")):
            return GIVEN
        previous = sentence
    return PROMISED if promised else ""


def feedback_settled(timeline: Sequence[TimelineEntry], since: dt.datetime) -> str:
    """Why no feedback request is asked for, from their words since the no (else "").

    ``since`` is when the no was first said: the no itself may refuse feedback or give it,
    and so may anything they wrote after it.
    """
    said = {e.feedback for e in _theirs_since(timeline, since)}
    if REFUSED in said:
        return "they wrote that they cannot give individual feedback"
    if GIVEN in said:
        return "they have already told you why"
    return ""


def feedback_due(
    timeline: Sequence[TimelineEntry], since: dt.datetime, settings: PolicySettings
) -> tuple[dt.datetime, str]:
    """When to ask for feedback after a no first said at ``since``, and why then.

    The next business morning; when they promised feedback ("te lo envío la semana que
    viene sin falta"), the business morning after the day they named, else after the usual
    window (tester round t75fb): asking before would be asking for what is on its way.
    """
    calendar = settings.calendar
    day = calendar.local_date(since)
    promised = [e for e in _theirs_since(timeline, since) if e.feedback == PROMISED]
    if not promised:
        return calendar.morning_of(calendar.next_business_day(day)), ""
    by = promised[-1].promised_by or calendar.add_business_days(
        calendar.local_date(promised[-1].at), settings.wait_business_days
    )
    due = calendar.morning_of(calendar.next_business_day(max(by, day)))
    return due, f"; they promised feedback by {day_words(by)}: if none has come by then,"


def _theirs_since(timeline: Sequence[TimelineEntry], since: dt.datetime) -> list[TimelineEntry]:
    """Their messages from the first word of the no on."""
    return [e for e in timeline if e.direction is Direction.INBOUND and e.at >= since]


def promised_for_a_no(
    said: str, words: str, sent_at: dt.datetime | None, holidays: Container[dt.date]
) -> dt.date | None:
    """The day a no's words (``said`` of feedback) promise feedback by, else None.

    Read only for a promise (the date reader is the costliest part of reading a message).
    """
    if said != PROMISED or sent_at is None:
        return None
    return promised_date(words, sent_at, holidays)
