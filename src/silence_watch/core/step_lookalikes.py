"""Words of a next round or an ask that are not one for her. Pure: no IO, no clock.

A probe of 150 replies about next steps and asks (round probe-steps3) found four shapes
the phrase rows read as news of her next move when none is made:

- a round their side only plans, one for candidates as a group ("only applicants
  shortlisted for the final round will be contacted") or rounds held with several ("Die
  zweiten Gespräche finden im Januar statt"), in a sentence with no word for her: "we plan
  to run a second round later this month", "eine zweite Runde ist für Ende des Monats
  geplant", "a finales de mes haremos una segunda ronda", "eind december staat een tweede
  ronde gepland" (an acknowledgement: she waits for the shortlist; read as her next step,
  the promise beside it was lost). "We plan to invite you to a second round" and a round
  set at a clock time ("is planned for Tuesday at 10") stay hers;
- a task she already handed in, thanked for: "thanks for getting the case study back",
  "vielen Dank für die Zusendung der Fallstudie", "gracias por mandar la prueba";
- a form thanked for, which asks nothing: "Merci pour le formulaire signé", "¡Gracias por
  el formulario firmado!" (read as "fill in the form", a request);
- her availability asked to start the job, not for a meeting: "À partir de quand
  seriez-vous disponible pour une prise de poste ?" (a request, read as an invitation).

A next round promised on a condition of hers is no invitation either ("If successful, we
will invite you to the next round", "Sollten Sie in die engere Auswahl kommen, laden wir
Sie zu einem Gespräch ein"): ``selected_if`` is asked of the clause in front of a next
step, as ``core.intents`` asks its other conditions ("if your profile matches").

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.go_ahead_conditions import if_they_go_ahead
from silence_watch.core.her_declined_round import in_her_refusal
from silence_watch.core.hypotheticals import bounds
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.no_one_yet import no_one_yet
from silence_watch.core.pleasant_meetings import met_with_pleasure
from silence_watch.core.rounds_attended import came_for
from silence_watch.core.rounds_judged import judged_round, praised_work
from silence_watch.core.writers_own_rounds import in_the_writers_day

_SENTENCE_ENDS: Final = (".", "!", "?", ";", "\n")

#: A round planned by their side: the plan word in the sentence of the round.
_PLANNED: Final = lazy_pattern(
    r"\b(?:plan|plans|planned|planning|intend to|geplant|vorgesehen|prevu|prevue|envisage"
    r"|prevoyons|previst[oa]|planead[oa]|haremos|realizaremos|tendremos|gepland|voorzien"
    r"|staat (?:een|de) \S+ (?:ronde|gesprek)"
    # "Yasmina ... wil de tweede ronde zelf inplannen" (t67sc): she plans it, later (never
    # "Zullen we de kennismaking op maandag inplannen?", a time proposed to her)
    r"|(?:zelf|selbst) (?:inplannen|einplanen))\b"
)
#: Her in the sentence (then it is her round after all), or a clock time (a round set).
_HERS_OR_SET: Final = lazy_pattern(
    r"\b(?:you|your|sie|ihnen|dich|dir|du|ihr|ihre|vous|votre|tu|ton|toi|contigo|usted|je"
    r"|jou|jouw|u|uw)\b|\b(?:la|le|te|os) (?:invit|cit|convoc|contact|llam)\w*"
    r"|\b\d{1,2}(?::\d\d| ?h\b| ?uhr\b| ?[ap]\.?m\b| ?u\b)"
    # a link to book it by: "plan via deze link een moment in" (probe-steps5)
    r"|\b(?:deze|onderstaande|this|the|diesen|ce|este) (?:booking ?)?(?:link|lien|enlace)\b"
)
#: One more meeting with someone named by role: "un autre entretien avec le directeur",
#: "another interview with the CTO", "ein weiteres Gespräch mit der Geschäftsführerin":
#: set up for her, not a round their side only plans.
_WITH_SOMEONE: Final = lazy_pattern(
    r"\b(?:another|one more|un autre|une autre|ein weiteres|noch ein|otra|una \S+ mas|nog een)"
    r" (?:\S+ ){0,2}?(?:avec|with|mit|con|met) (?:the|le|la|l'|dem|der|el|de|our|notre|nuestro"
    r"|unserem|unserer|onze)\b"
)
#: Candidates as a group, the ones a round is for: "only applicants shortlisted for the final
#: round will be contacted", "seuls les candidats retenus seront convoqués".
_GROUP: Final = lazy_pattern(
    r"\b(?:candidates|applicants|finalists|bewerber(?:innen)?|kandidat(?:en|innen)|candidat(?:e)?s"
    r"|candidat[oa]s|postulantes|aspirantes|sollicitanten)\b"
    # rounds held with several: "De tweede gesprekken vinden in januari plaats", "die
    # zweiten Gespräche", "les seconds entretiens", "las segundas entrevistas"
    r"|\b(?:second|final|zweiten|finalen|seconds|derniers|segundas|finales|tweede|laatste)"
    r"(?:-round)? (?:interviews|gesprache|entretiens|entrevistas|gesprekken)\b"
    r"|\b(?:entretiens|entrevistas) (?:finales|finaux|de (?:la )?segunda (?:ronda|fase))\b"
)
#: Thanks for something of hers, right in front of the phrase: "thanks for getting the ",
#: "vielen dank fur die zusendung der ", "merci pour le ", "gracias por mandar la ".
_THANKED_FOR: Final = lazy_pattern(
    r"\b(?:thanks|thank you|thx|danke|dank|merci|gracias|bedankt)(?: (?:so |very )?much"
    r"| beaucoup| muchas| wel| je| u)?(?: [a-z]+,?){0,2} (?:for|fur|pour|por|voor)"
    r"(?: (?!(?:you|sie|vous|te|usted|je|u|jou)\b)[^\s,]+){0,4} $"
)
#: Feedback asked on the process she went through, in front of the phrase: "if you have
#: any feedback on the interview process itself (the format, the take-home brief, ...)"
#: names the task she did, none to come (scenario t75fb, after a retrain).
_FEEDBACK_ON: Final = lazy_pattern(
    r"\bfeedback (?:on|about|regarding) (?:the |our |your )?(?:interview |hiring |recruiting"
    r" |recruitment )?(?:process|experience|loop|format)\b[^.!?]{0,80}$"
)
#: A thing of hers they say they received, right in front of the phrase (probe-steps6):
#: "bien reçu le questionnaire, merci !" was a request for its noun.
_RECEIVED: Final = lazy_pattern(
    r"\b(?:bien recu|avons recu|ai recu|we(?:'ve| have) received|got|received back"
    r"|hemos recibido|he recibido|recibimos|recibi)(?: (?:bien|ya|all))? (?:le|la|les|votre"
    r"|ton|ta|vos|tes|the|your|tu|su|el|los|las)(?: [a-z]+){0,2} $"
)
#: News that will come, right in front of "come in" (probe-dates10): "the final decision
#: will come in week 51" is their answer's week, not her visit ("could you come in").
_NEWS_COMES: Final = lazy_pattern(
    r"\b(?:decision|answer|news|outcome|result|feedback|update|verdict|approval|sign-off)s?"
    r" (?:will|should|would|is expected to|is likely to|may|might|could|is going to) (?:\w+ )?$"
)
#: A job to start, after "seriez-vous disponible" or "your availability": "pour une prise
#: de poste", "to start".
_TO_START: Final = lazy_pattern(
    r"^ (?:pour |a )?(?:une |la |votre |ta )?(?:prise de (?:poste|fonction)|commencer"
    r"|demarrer|debuter|integrer|embauche"
    # her start date, not a meeting (probe-steps5): "your availability to start and ..."
    r"|to (?:start|begin|join)\b(?! (?:the|a|an|your) (?:call|chat|interview|meeting))"
    r"|for (?:a |the |your )?start(?:ing)? date)\b"
)
#: A condition of hers on being chosen: "if successful,", "should you be shortlisted",
#: "sollten Sie in die engere Auswahl kommen", "si vous êtes retenue", "si resulta
#: seleccionada", "als u geselecteerd wordt".
_SELECTED_IF: Final = lazy_pattern(
    r"\b(?:if|once|when) (?:you are |you're |you have been |you've been )?(?:successful"
    r"|shortlisted|selected|short-listed|progressed|invited)\b|\bshould (?:you|your (?:profile"
    r"|application|candidacy)) be (?:successful"
    r"|shortlisted|selected)\b|\b(?:sollten|falls|wenn) (?:sie|du) (?:\S+ ){0,4}?(?:in die"
    r" engere (?:aus)?wahl|in die nachste runde|ausgewahlt|berucksichtigt|weiterkommen)\b"
    r"|\bsi (?:vous etes|tu es|votre (?:profil|candidature) est) (?:\S+ )?(?:retenue?"
    r"|selectionnee?|preselectionnee?)\b|\b(?:si|en caso de que) (?:usted |tu |su perfil"
    r" |tu perfil |su candidatura |tu candidatura )?(?:resulta|resultas|resulte|resultes|es"
    r"|eres|sea|seas|fuera|fueras|resultara|quedas?|queda|quede) (?:seleccionad"
    r"|preseleccionad|elegid)"
    r"|\b(?:als|indien|wanneer|mocht|mochten) (?:je|u) (?:\S+ ){0,2}?(?:geselecteerd|door bent"
    r"|doorgaat|door de (?:eerste |\w+ )?selectie (?:komt|komen|bent))\b"
    # a stage she must pass first: "Si superas esta fase, el siguiente paso sería ...", "if
    # you pass this stage", "wenn Sie diese Runde bestehen", "si vous réussissez cette étape"
    r"|\b(?:if|once|si|wenn|falls|sobald|als|zodra) (?:(?:you|usted|sie|du|vous|tu|je|u) )?"
    r"(?:pass|clear|get through|superas?|pasas?|bestehen|bestehst|reussissez|reussis"
    r"|passez|haalt|doorkomt) (?:this|the|esta|la|diese|die|cette|deze|de) (?:\w+ )?(?:stage"
    r"|round|step|test|interview|assessment|fase|etapa|prueba|ronda|entrevista|runde|stufe"
    r"|phase|etape|epreuve|ronde|selectie)\b"
    # the verb last: "wenn Sie diese Runde bestehen", "als je deze ronde haalt"
    r"|\b(?:wenn|falls|sobald) (?:sie|du) (?:die|diese) (?:\w+ )?(?:runde|stufe|phase|prufung"
    r"|test) (?:bestehen|bestehst|meistern|meisterst|schaffen|schaffst)\b"
    r"|\b(?:als|zodra|wanneer) (?:je|u) (?:deze|de) (?:\w+ )?(?:ronde|fase|selectie|test)"
    r" (?:haalt|doorkomt|door komt)\b"
    # her papers meeting what they look for (fresh set of probe-steps4, stop 45): "Si
    # celui-ci correspond à nos attentes, vous serez invitée à passer un test technique"
    r"|\b(?:if|should|si|wenn|falls|sofern|als|indien|mocht|en caso de que) (?:it|this|your"
    r" (?:profile|application|cv)|celui-ci|celle-ci|votre (?:profil|candidature|dossier|cv)"
    r"|(?:ihr|dein) (?:profil|lebenslauf)|(?:ihre|deine) (?:bewerbung|unterlagen)"
    r"|(?:su|tu) (?:perfil|candidatura|cv)|(?:je|uw) (?:profiel|cv|sollicitatie)) (?:\S+ )?"
    r"(?:matches|meets|fits|correspond|repond|entspricht|entsprechen|passt|passen|encaja"
    r"|se ajusta|corresponde|aansluit|past|voldoet)\b"
    # among the chosen (probe-steps6): "if you're among the shortlisted candidates", "wenn Sie
    # zu den ausgewählten Kandidaten gehören", "si vous faites partie des candidats
    # présélectionnés", "si quedas entre los seleccionados", "als je bij de geselecteerde
    # kandidaten hoort"
    r"|\b(?:if|should|once|when) you(?:'re| are| make it)? (?:among|one of|on|onto|to) the"
    r" (?:\w+ )?(?:shortlist|shortlisted|selected|successful|final|finalists)\b"
    r"|\b(?:wenn|falls|sollten|sofern|sobald) (?:sie|du) (?:zu den|auf die|auf der) (?:\w+ )?"
    r"(?:ausgewahlt\w*|engeren|shortlist|finalist\w*)"
    r"|\bsi (?:vous faites|tu fais) partie (?:des|de la) (?:\w+ )?(?:retenu\w*|preselectionn\w*"
    r"|selectionn\w*|short-?list|finalistes)"
    r"|\b(?:si|en caso de que) (?:quedas|queda|quedes|quede|estas|esta|estes|este|formas|forma"
    r"|formes|forme) (?:parte )?(?:entre|de) (?:los|las|la) (?:\w+ )?(?:seleccionad\w*"
    r"|preseleccionad\w*|finalistas|terna)"
    r"|\b(?:als|indien|wanneer|mocht|zodra) (?:je|u) (?:bij|tot|op) de (?:\w+ )?(?:geselecteerde"
    r"|gekozen|shortlist|finalisten)"
    # the condition word right in front of the phrase: "If you are shortlisted, we will
    # contact you" (its "you are shortlisted" was read as news)
    r"|\b(?:if|once|when|should|falls|wenn|sofern|sobald|si|als|indien|mocht|zodra"
    r"|en caso de que) $"
    # the round itself inside the condition (probe-steps7): "Falls Sie in die nächste Runde
    # kommen, erhalten Sie eine Einladung", "if you make it to the final round", "si tu
    # passes au tour suivant", "als je doorgaat naar de tweede ronde"
    r"|\b(?:if|once|should|falls|wenn|sofern|sobald|si|als|indien|mocht|zodra)"
    r" (?:you|you're|sie|du|vous|tu|je|u|usted) (?:\S+ ){0,3}?(?:in die|zur|zum|to the|into"
    r" the|to a|au|a la|naar de|tot de) $"
)


def not_her_move(folded: str, intent: Intent, start: int, end: int) -> bool:
    """True when the next-step or ask phrase at ``folded[start:end]`` is none for her."""
    if intent not in (Intent.NEXT_STEP, Intent.REQUEST):
        return False
    begin, stop = bounds(folded, start, end, _SENTENCE_ENDS)
    front = folded[max(begin, start - 60) : start]
    if _RECEIVED.search(front) is not None or _NEWS_COMES.search(front) is not None:
        return True  # "bien reçu le questionnaire, merci !", "the decision will come in"
    if _THANKED_FOR.search(front) is not None or came_for(folded, begin, start) or (
        _FEEDBACK_ON.search(folded[begin:start]) is not None
    ):  # "thanks for getting the case study back", "gracias por venir el jueves", "any
        return True  # feedback on the interview process (the take-home brief, ...)"
    if intent is not Intent.NEXT_STEP:
        return False
    if _TO_START.search(folded[end : end + 40]) is not None:
        return True  # "seriez-vous disponible pour une prise de poste ?"
    # "graag gedaan, leuk je te ontmoeten!": the meeting just held; "dass Sie nicht zum
    # zweiten Gespräch kommen möchten": the round she declined; "not progressing anyone to
    # the next stage until the role closes": no one's, yet
    return (met_with_pleasure(folded, start, end) or in_her_refusal(folded, start)
            or no_one_yet(folded, start, end) or _only_planned(folded[begin:stop])
            or judged_round(folded, end)  # "das Zweitgespräch am 3.12. war sehr positiv"
            or praised_work(folded, start)  # "the team loved your case study"
            or in_the_writers_day(folded, start, end))  # "morgen bin ich ... im Assessment"


def _only_planned(sentence: str) -> bool:
    """A round for candidates as a group, or one their side only plans, with no word of her."""
    if _HERS_OR_SET.search(sentence) is not None:
        return False
    if _GROUP.search(sentence) is not None:
        return True
    return _PLANNED.search(sentence) is not None and _WITH_SOMEONE.search(sentence) is None


def selected_if(window: str) -> bool:
    """True when ``window``, the clause in front of a next step, makes it hers only if chosen.

    Or only if their side goes ahead ("If the panel decides to go ahead, the next step would
    be ...": ``core.go_ahead_conditions``).
    """
    return _SELECTED_IF.search(window) is not None or if_they_go_ahead(window)
