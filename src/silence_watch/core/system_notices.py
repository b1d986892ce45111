"""A hiring system's notices that decide nothing, in en, de, fr, es and nl. Pure.

"The status of your application has changed: sign in to view it" and "How was your
interview experience? Take the survey" come from the employer's hiring system, but they
say nothing about the process: the candidate cannot tell from them whether it is a no,
and a survey asks nothing of the process. They are not a reply (docs/process.md). The
reader, though, sees a question or a request in them ("please sign in", "could you take
two minutes"), which would stop the follow-ups as if the ball were with the candidate.

``notice_of`` names such a notice in the sender's own words (folded, as
``core.language.fold`` writes them). The classifier uses it only for mail of kind
``automated`` and only where neither the rules nor the reader lean to a rejection, offer
or pause: "Unfortunately we will not move forward. Log in to see your status" stays a
rejection.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.kinds import NO_NEWS_REASONS
from silence_watch.core.language import fold
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.phrase_rows import compile_phrase
from silence_watch.core.stage_notices import stage_named
from silence_watch.core.surveys import is_survey

#: The outcomes an account or list notice can never be.
_OUTCOMES: Final = frozenset({Intent.REJECTION, Intent.OFFER})
#: Readings a notice never overrules: the news is in the mail.
_NEWS: Final = frozenset({"rejection", "offer", "on_hold"})
#: What a rule reads that a stage named does not overrule: news, or a move of hers.
_MOVES: Final = _NEWS | {"next_step", "request"}
#: What the reader may surely read that a stage named does not overrule: a move of hers.
_HERS: Final = frozenset({"next_step", "request"})
#: How sure a notice is: as sure as a phrase rule.
NOTICE_CONFIDENCE: Final = 0.9

#: "Your status changed, sign in to see it": the news itself is behind a login.
STATUS_NOTICE: Final = compile_phrase(
    # "status changed" alone may go on to say what it is ("Neuer Status: Interview"); the
    # notice is the one that sends the candidate to log in to find out.
    # en
    r"\b(?:sign|log)(?:ging)? ?in(?:to)?\b.{0,80}\b(?:view|see|check|review|find out)\b.{0,40}"
    r"\bstatus\b"
    r"|\b(?:view|see|check)\b.{0,40}\bstatus\b.{0,40}\b(?:sign|log)(?:ging)? ?in(?:to)?\b"
    # de
    r"|\b(?:melden sie sich|logge dich|loggen sie sich|einloggen|anmelden)\b.{0,80}\bstatus\b"
    r"|\bstatus\b.{0,80}\b(?:melden sie sich|logge dich|loggen sie sich|einloggen|anmelden)\b"
    # fr
    r"|\bconnecte[rz]?(?:-vous|-toi)?\b.{0,80}\bstatut\b"
    r"|\bstatut\b.{0,80}\bconnecte[rz]?(?:-vous|-toi)?\b"
    # es
    r"|\b(?:inicia|iniciar|inicie) (?:tu |su )?sesion\b.{0,80}\bestado\b"
    r"|\bestado\b.{0,80}\b(?:inicia|iniciar|inicie) (?:tu |su )?sesion\b"
    # nl
    r"|\b(?:log (?:in|je in|u in)|inloggen)\b.{0,80}\bstatus\b"
    r"|\bstatus\b.{0,80}\b(?:log (?:in|je in|u in)|inloggen)\b",
)

_TASK = (
    r"(?:test|assessment|assignment|challenge|questionnaire|video interview|exercise|task|prueba"
    r"|evaluacion|cuestionario|ejercicio|entrevista en video|evaluation|exercice|entretien video"
    r"|aufgabe|fragebogen|video-?interview|opdracht|vragenlijst)"
)
#: A hiring system's receipt of a task the candidate completed ("¡Gracias por completar la
#: prueba! ... se pondrá en contacto contigo"): the move is theirs again (tester round u00tp).
COMPLETED_NOTICE: Final = compile_phrase(
    r"\b(?:thank you|thanks) for (?:completing|submitting|finishing) (?:the|your|our)"
    rf"[^.!?\n]{{0,80}}?\b{_TASK}\b|\b(?:thank you|thanks) for taking (?:the|your|our)"
    rf"(?: [\w-]+){{0,3}}? {_TASK}\b|\byou(?:'ve| have) (?:successfully )?(?:completed|submitted"
    rf"|finished) (?:the|your)[^.!?\n]{{0,80}}?\b{_TASK}\b|\byour (?:responses|answers) (?:have"
    r" been|were) (?:submitted|sent|shared)\b"
    rf"|\b{_TASK} (?:erfolgreich )?(?:abgeschlossen|absolviert|eingereicht|abgeschickt)\b"
    r"|\b(?:ihre|deine) (?:antworten|ergebnisse) wurden (?:an \w+ )?(?:ubermittelt|gesendet"
    r"|weitergeleitet)\b"
    rf"|\bmerci d'avoir (?:complete|realise|passe|termine|repondu a)[^.!?\n]{{0,80}}?\b{_TASK}"
    r"|\bvos reponses ont ete (?:transmises|envoyees)\b"
    rf"|\bgracias por (?:completar|realizar|terminar|enviar|hacer)[^.!?\n]{{0,80}}?\b{_TASK}"
    r"|\b(?:tus|sus) respuestas (?:se han enviado|han sido enviadas)\b"
    rf"|\bbedankt voor het (?:maken|invullen|afronden|voltooien|indienen)[^.!?\n]{{0,80}}?"
    rf"\b{_TASK}|\b(?:je|jouw|uw) antwoorden zijn (?:verstuurd|doorgestuurd|ingediend)\b"
)

#: A vendor's word that the references or the background check are in ("Good news! All of
#: your referees have responded, and your reference check ... is now complete": Referoo,
#: SkillSurvey, Xref, HireRight): nothing is decided, and the employer has not answered
#: (tester round u32ta); the next word is theirs, as the mail itself says.
CHECK_DONE_NOTICE: Final = compile_phrase(
    r"\b(?:all (?:of )?your (?:referees|references) have (?:now )?(?:responded|replied"
    r"|completed)|your references have (?:now )?(?:responded|been (?:completed|submitted|received"
    r"|sent))|your (?:reference|background|pre-employment|employment) (?:check|screening"
    r"|verification)\b[^.!?\n]{0,80}?\b(?:is|has been) (?:now )?complete(?:d)?\b)"
    r"|\b(?:ihre|deine) (?:referenzprufung|referenzabfrage|hintergrundprufung)\b[^.!?\n]{0,60}?"
    r"\b(?:ist|wurde) (?:jetzt |nun )?abgeschlossen\b|\balle (?:ihre |deine )?(?:referenzgeber"
    r"|referenzpersonen) haben (?:geantwortet|reagiert)\b"
    r"|\b(?:la )?verification (?:de (?:vos|tes) references|d'antecedents)\b[^.!?\n]{0,60}?"
    r"\best (?:maintenant )?terminee\b|\btous (?:vos|tes) referents ont repondu\b"
    r"|\b(?:la )?(?:verificacion|comprobacion) de (?:tus |sus )?(?:referencias|antecedentes)\b"
    r"[^.!?\n]{0,60}?\b(?:se )?ha (?:completado|finalizado)\b|\btodas (?:tus|sus) referencias"
    r" han respondido\b"
    r"|\b(?:je|jouw|uw) (?:referentiecheck|antecedentenonderzoek|screening)\b[^.!?\n]{0,60}?"
    r"\b(?:is )?(?:nu )?(?:afgerond|voltooid)\b|\b(?:al )?(?:je|uw) referenties hebben"
    r" (?:gereageerd|geantwoord)\b",
)

#: "Your application has been transferred to our new system: create your Candidate Home
#: account" (tester round t44hx): a move between hiring systems, no word on the process.
ACCOUNT_NOTICE: Final = compile_phrase(
    r"\b(?:create|activate|set up|claim|register) (?:your|a|an) (?:new )?(?:candidate (?:home )?"
    r"|applicant |careers? )?(?:account|profile)\b.{0,160}\b(?:new (?:careers? site|system"
    r"|platform|portal)|transferred|migrated|moved)\b"
    r"|\b(?:new (?:careers? site|system|platform|portal)|transferred|migrated|moved)\b.{0,200}"
    r"\b(?:create|activate|set up|claim|register) (?:your|a|an) (?:new )?(?:candidate (?:home )?"
    r"|applicant |careers? )?(?:account|profile)\b"
    r"|\b(?:kandidaten|bewerber)(?:konto|profil) (?:erstellen|anlegen|aktivieren)\b.{0,160}"
    r"\bneue[nsm]? (?:system|plattform|karriereseite|bewerbermanagement)"
    r"|\bneue[nsm]? (?:system|plattform|karriereseite|bewerbermanagement)\w*\b.{0,200}"
    r"\b(?:kandidaten|bewerber)(?:konto|profil) (?:erstellen|anlegen|aktivieren)\b"
    r"|\b(?:creer|activer) (?:votre|ton) (?:compte|profil) (?:candidat)?.{0,160}\bnouvel(?:le)?"
    r" (?:plateforme|outil|site carrieres?|systeme)"
    r"|\b(?:crea|crear|activa|activar) (?:tu|su) (?:cuenta|perfil) (?:de candidato)?.{0,160}"
    r"\bnuev[ao] (?:plataforma|sistema|portal)"
    r"|\b(?:maak|activeer) (?:je|uw) (?:kandidaat)?(?:account|profiel) (?:aan)?.{0,160}"
    r"\bnieuwe? (?:platform|systeem|sollicitatiesysteem|portaal)",
)

#: A scheduler's reminder of a booked meeting ("Reminder: your interview is tomorrow"):
#: the round is on the calendar already; the reminder asks nothing (tester round t49ct).
REMINDER_NOTICE: Final = compile_phrase(
    r"\b(?:a|this is a|just a|friendly|quick) reminder (?:that|of|for|about) (?:your|the|an?)"
    r" (?:upcoming )?(?:interview|meeting|event|call|appointment|booking)"
    r"|\byour (?:upcoming )?(?:interview|meeting|event|call|appointment|booking) (?:is|starts)"
    r" (?:tomorrow|today|soon|in \d+)"
    r"|\berinnerung an (?:ihr|dein|ihren|deinen|den) (?:termin|gesprach|interview)"
    r"|\brappel (?:de|pour) (?:votre|ton) (?:entretien|rendez-vous)"
    r"|\brecordatorio de (?:tu|su) (?:entrevista|reunion|cita)"
    r"|\bherinnering (?:aan|voor) (?:je|uw) (?:gesprek|afspraak|interview)",
)
#: A scheduler's word that a booked meeting was cancelled ("Gavin Roth has canceled the
#: following event"): the calendar part cancels the round; the notice is no answer.
CANCEL_NOTICE: Final = compile_phrase(
    r"\bhas cancel+ed (?:the following|your|this) (?:event|meeting|interview|booking|appointment)"
    r"|\b(?:event|meeting|booking|appointment|interview) (?:has been|was) cancel+ed\b",
)
#: A job board's "Your application was viewed": an employer opened it, nothing is decided
#: (tester round t66jb; Indeed, StepStone, InfoJobs, Welcome to the Jungle).
VIEWED_NOTICE: Final = compile_phrase(
    r"\b(?:your )?application (?:was|has been) (?:viewed|seen|opened)\b"
    r"|\b(?:viewed|opened) your (?:application|resume|cv)\b"
    r"|\b(?:ihre|deine) bewerbung wurde (?:an)?gesehen\b|\bhat (?:ihre|deine) bewerbung"
    r" (?:angesehen|geoffnet)\b"
    r"|\b(?:votre|ta) candidature a ete (?:consultee|vue|ouverte)\b|\ba consulte (?:votre|ta)"
    r" candidature\b"
    r"|\b(?:tu|su) (?:candidatura|cv|curriculum) (?:ha sido|fue) (?:vist[oa]|leid[oa])\b"
    r"|\bcv leido\b|\bha(?:n)? visto (?:tu|su) (?:cv|candidatura)\b"
    r"|\b(?:je|uw) sollicitatie is bekeken\b|\bheeft (?:je|uw) (?:sollicitatie|cv) bekeken\b",
)
#: A posting closed and put up again ("geschlossen und unter der neuen Stellen-ID ...
#: erneut veröffentlicht", Personio, tester round u37at) ...
REPOSTED_NOTICE: Final = compile_phrase(
    r"\b(?:re-?posted|re-?published|re-?listed|re-?opened|posted again|published again"
    r"|erneut (?:veroffentlicht|ausgeschrieben)|neu ausgeschrieben|wieder (?:veroffentlicht"
    r"|ausgeschrieben)|republiee?|remise? en ligne|rouverte?|republicad[oa]|volvio a publicar"
    r"|reabiert[oa]|opnieuw (?:gepubliceerd|opengesteld|uitgezet|geplaatst))\b",
)
#: ... with her application carried over to it: her process goes on, nothing is decided.
CARRIED_OVER: Final = compile_phrase(
    r"\b(?:application|candidacy|profile)\b[^.!?\n]{0,80}?\b(?:moved|transferred|carried over"
    r"|migrated|copied|linked)\b"
    r"|\bbewerbung\b[^.!?\n]{0,80}?\b(?:ubernommen|ubertragen|verschoben|verknupft)\b"
    r"|\bcandidature\b[^.!?\n]{0,80}?\b(?:transferee|reprise|rattachee|deplacee|basculee)\b"
    r"|\bcandidatura\b[^.!?\n]{0,80}?\b(?:transferida|trasladada|movida|vinculada)\b"
    r"|\bsollicitatie\b[^.!?\n]{0,80}?\b(?:overgezet|meegenomen|overgezet|gekoppeld|verplaatst)\b",
)
#: Why such a notice is no news.
REPOSTED: Final = "a hiring system's word that the posting moved: your application goes on"
#: Why a "viewed" notice is no news; it acknowledges nothing the candidate sent either.
VIEWED: Final = "a job board's word that your application was viewed: nothing is decided"
#: ... unless it asks the candidate to book again ("please pick a new slot there").
_REBOOK: Final = compile_phrase(
    r"\b(?:pick|choose|select|book) (?:a|another|a new) (?:new )?(?:slot|time|date|meeting)"
    r"|\bbook again\b|\breschedule (?:here|now|using|via|with)",
)

#: Why a vendor's "your reference check is complete" is no news.
CHECK_DONE: Final = "a vendor's word that your references or checks are in: nothing is decided"

_NOTICES: Final = (
    (STATUS_NOTICE, "a hiring system's status notice: the news is behind a login"),
    (ACCOUNT_NOTICE, "a hiring system's account notice: a move between systems decides nothing"),
    (REMINDER_NOTICE, "a scheduler's reminder of a meeting already booked: it asks nothing"),
    (None, "a hiring system's survey about the interview: it asks nothing of the process"),
    (COMPLETED_NOTICE, "a hiring system's receipt of a task you completed: the move is theirs"),
    (CHECK_DONE_NOTICE, CHECK_DONE),
    (VIEWED_NOTICE, VIEWED),
)


def notice_of(folded: str) -> str | None:
    """Why ``folded`` (the sender's own words, folded) is a notice that decides nothing."""
    for pattern, why in _NOTICES:
        # None: a survey, read by ``core.surveys`` (its words and its length)
        if is_survey(folded) if pattern is None else pattern.search(folded):
            return why
    if REPOSTED_NOTICE.search(folded) and CARRIED_OVER.search(folded):
        return REPOSTED
    if CANCEL_NOTICE.search(folded) and not _REBOOK.search(folded):
        return "a scheduler's cancellation: the round is off, and nobody answered anything"
    return None


def notice_reading(
    kind: MessageKind,
    text: str | None,
    leanings: tuple[str | None, ...],
    reading: tuple[Intent | None, float, bool],
    reasons: list[str],
) -> tuple[Intent | None, float, bool]:
    """``reading`` (intent, confidence, cold), or "no reply" for a hiring system's notice.

    ``leanings`` are what the rules and the reader leaned to; if either leans to news,
    the reading stands. The reason is added to ``reasons``.
    """
    if kind is MessageKind.AUTOMATED and reading[0] in _OUTCOMES and (
        NO_NEWS_REASONS.intersection(reasons)
    ):
        # "Reset your candidate portal password ... this is not ...": a model's perhaps-no
        # in an account or list notice, which decides nothing whatever its words.
        reasons.append("intent other: an account or list notice decides nothing")
        return Intent.OTHER, min(reading[1], NOTICE_CONFIDENCE), False
    if kind is not MessageKind.AUTOMATED or not text:
        return reading
    stage, rules, news = stage_named(text), leanings[0], leanings[-1]
    if stage is not None and rules not in _MOVES and news not in _HERS:
        # "Estado actual: Finalista": the stage says it, whatever the reader leans to
        # (it knows these templates from their no); a rule's news or a move of hers stands
        reasons.append(f'intent acknowledgement: a status change to "{stage}", a stage that'
                       " decides nothing")  # fmt: skip
        sure = reading[1] if reading[0] is Intent.ACKNOWLEDGEMENT else 0.0
        return Intent.ACKNOWLEDGEMENT, max(sure, NOTICE_CONFIDENCE), False
    if not _NEWS.isdisjoint(leanings):
        return reading
    notice = notice_of(fold(text))
    if notice is None:
        return reading
    # "viewed" acknowledges nothing the candidate sent, unless the words do ("CV leído ...
    # si la empresa decide avanzar, se va a contactar con vos")
    viewed = notice == VIEWED and reading[0] is not Intent.ACKNOWLEDGEMENT
    intent = Intent.OTHER if viewed else Intent.ACKNOWLEDGEMENT
    reasons.append(f"intent {intent}: {notice}")
    return intent, NOTICE_CONFIDENCE, False


def viewed_only(reasons: list[str]) -> bool:
    """Whether the reading is a job board's "viewed" notice: its dates are nobody's promise.

    "Employers usually respond within 2 weeks" under "Quarry & Vale viewed your application"
    is the board's figure, not the employer's word: the usual wait runs (tester round u46nw).
    """
    return any(reason.endswith(VIEWED) for reason in reasons)
