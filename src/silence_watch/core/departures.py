"""An automatic reply that says the person has left the company, in en, de, fr, es, nl. Pure.

"Brianna Kowalski is no longer with Acme Fulfillment. This mailbox is not monitored." is
not an absence with a return date: nobody will ever read what goes to that address. It
is not a reply either, so the process goes on; but, like a bounced address, the address
is never written to again, and the next step goes to another person there (or the digest
says nobody is left). "I'm no longer in the office this week" and "nicht mehr im Büro"
are absences, not departures.

A person may say it themselves before they go: "this Friday (the 13th) is my last day at
Ostrander; my colleague Ines Ferraz, copied here, is picking up my searches" (tester round
t44hx). A nudge into that mailbox a week later reaches nobody: their address is treated as
a departed one from that message on, and the next step goes to whoever else is there.

Patterns are written for folded text (``core.language.fold``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.handover_forms import LOOSE_HANDOVER, process_handed_on
from silence_watch.core.phrase_rows import compile_phrase

if TYPE_CHECKING:
    import re

#: Words for "the company" after "left" ("has left the company", "a quitté la société").
_THE_COMPANY: Final = (
    r"(?:the (?:company|organi[sz]ation|business|firm|team)|us|our (?:company|organi[sz]ation"
    r"|team))"
)

LEFT: Final = compile_phrase(
    # en
    r"\b(?:is|am|are) no longer (?:with|at|employed (?:by|at|with)|working (?:for|at|with)"
    r"|part of|an employee of)\b(?! (?:the|my) (?:office|desk)\b)"
    rf"|\b(?:has|have) (?:now )?left {_THE_COMPANY}"
    r"|\b(?:has|have) left _W_{0,3}?(?:as of|effective|on) \S+"
    r"|\b(?:her|his|my|their) last day (?:at|with) _W_{1,3}?was\b"
    r"|\bno longer (?:works|working) (?:at|for|here)\b"
    r"|\b(?:mailbox|email address|e-mail address|account|inbox)(?: \S+@\S+)? (?:is|has been) "
    r"(?:no longer (?:monitored|active|in use|(?:being )?(?:checked|read|monitored))"
    r"|deactivated|closed)\b"
    r"|\b(?:i've|i have|has|have) moved on from\b"
    # de
    r"|\bnicht mehr (?:bei|fur) _W_{1,5}?(?:tatig|beschaftigt)\b"
    r"|\bnicht mehr (?:im|in unserem|in diesem) (?:unternehmen|haus|team)\b"
    r"|\bnicht mehr (?:bei uns|teil (?:des|unseres) (?:teams|unternehmens))\b"
    r"|\b(?:hat|haben) (?:das|unser) (?:unternehmen|haus|team) verlassen\b"
    r"|\b(?:ist|bin) (?:aus (?:dem|unserem) unternehmen )?ausgeschieden\b"
    r"|\b(?:postfach|e-mail-adresse|adresse|mailbox) wird _W_{0,5}?nicht mehr (?:gelesen|abgerufen"
    r"|bearbeitet|betreut|uberwacht)\b"
    # fr
    r"|\bne (?:fait|faisons) plus partie (?:de|des|du)\b"
    r"|\ba quitte (?:la societe|l'entreprise|le groupe|l'equipe|nos effectifs|notre (?:societe"
    r"|entreprise|equipe))\b"
    r"|\bn'(?:est|suis) plus (?:en poste|salariee?|employee?|au sein|chez)\b"
    r"|\b(?:cette|la) (?:adresse|boite)(?: mail| e-mail| aux lettres)? n'est plus "
    r"(?:active|consultee|lue|relevee)\b"
    # es
    r"|\bya no (?:trabaja|trabajo|forma parte|formo parte|hace parte|hago parte|pertenece"
    r"|pertenezco|esta vinculad[oa]"
    r"|estoy vinculad[oa])\b"
    r"|\bha dejado (?:la empresa|la compania|la organizacion|de trabajar)\b"
    r"|\b(?:esta|este) (?:cuenta|buzon|direccion)(?: de correo)? ya no (?:esta activ[oa]|se "
    r"(?:revisa|consulta|lee))\b"
    # nl
    r"|\bniet (?:meer|langer) (?:werkzaam|in dienst|actief) (?:bij|voor)\b"
    r"|\b(?:is|ben) uit dienst\b"
    r"|\bheeft (?:het bedrijf|de organisatie|ons|onze organisatie) verlaten\b"
    r"|\b(?:deze|dit) (?:mailbox|e-mailadres|emailadres|adres) wordt niet (?:meer|langer) "
    r"(?:gelezen|gecontroleerd|bekeken)\b",
)


def has_left(folded: str) -> str | None:
    """The words in ``folded`` (an automatic reply, folded) saying the person has left."""
    found = LEFT.search(folded)
    return found.group(0) if found is not None else None


#: A person's own word that they are leaving: "Friday is my last day", "I'm leaving
#: Ostrander at the end of the month", in the five languages.
LAST_DAY: Final = compile_phrase(
    r"\b(?:is|will be|'s) my (?:very )?last day\b|\bmy last day (?:at|with|here)"
    # "My own last day is this Friday, November 13" (tester round t88sx)
    r"\b|\bmy (?:own |very )?last day (?:is|will be) (?:this|next|on|tomorrow|today|friday"
    r"|monday|tuesday|wednesday|thursday)"
    r"|\bi(?:'m| am) leaving (?:the company|the team|\w+ (?:at the end|on|this|next))"
    r"|\b(?:ist|wird) mein letzter (?:arbeits)?tag\b|\bmein letzter (?:arbeits)?tag (?:bei|im|hier"
    r"|ist (?:dieser|diesen|am|morgen|heute|der))"
    r"|\b(?:sera|est) mon dernier jour\b|\bmon dernier jour (?:chez|au sein|ici)\b"
    r"|\b(?:es|sera) mi ultimo dia\b|\bmi ultimo dia (?:en|aqui)\b"
    r"|\b(?:is|wordt) mijn laatste (?:werk)?dag\b|\bmijn laatste (?:werk)?dag (?:bij|hier)\b",
)


#: After "my last day": a break, not a departure ("my last day before the holidays",
#: "mein letzter Arbeitstag vor dem Urlaub", "mon dernier jour avant les congés").
_ONLY_A_BREAK: Final = compile_phrase(
    r"\b(?:before|until|ahead of|for the (?:year|holidays|week)|of the (?:year|week)|this (?:year"
    r"|week)|in the office|vor|in diesem jahr|dieses jahr|avant|de l'annee|cette (?:annee"
    r"|semaine)|antes|del ano|este ano|esta semana|voor|van het jaar|dit jaar|deze week"
    r"|holidays?|vacations?|leave|break|pto|urlaub|ferien|feiertag|conges|vacances|vacaciones"
    r"|vakantie|verlof)\b",
)


def is_leaving(folded: str) -> str | None:
    """The words in ``folded`` (a person's own, folded) saying they are leaving soon."""
    return _not_a_break(LAST_DAY, folded)


#: The writer's own word that their part in the process is over: "Mijn rol zit er hiermee
#: op" (tester round u41ag), "my part in this is done", "damit ist meine Rolle beendet", "mon
#: rôle s'arrête là", "mi papel termina aquí". Never a task of it ("my part of the paperwork").
_PART_DONE: Final = (
    r"|\bmy (?:part|role|job|work) (?:in (?:this|it|the process) |here )?(?:is (?:now )?(?:done"
    r"|over|finished|complete)|ends here)\b|\bthat's my (?:part|role|job) (?:in this )?done\b"
    r"|\b(?:damit|hiermit) (?:ist|endet) meine (?:rolle|aufgabe|arbeit)(?: hier| im prozess)?"
    r" (?:beendet|erledigt|getan)\b|\bmeine (?:rolle|aufgabe) (?:ist )?(?:damit|hiermit)"
    r" (?:beendet|erledigt)\b"
    r"|\bmon (?:role|travail|intervention) s'arrete (?:la|ici)\b|\bma mission s'arrete (?:la"
    r"|ici)\b|\bmon role (?:est termine|prend fin)\b"
    r"|\bmi (?:papel|parte|trabajo|labor) (?:termina|acaba|finaliza) aqui\b"
    r"|\bmijn (?:rol|taak|werk) zit er (?:hiermee |nu |dan |bij deze )?op\b|\bmijn (?:rol|taak)"
    r" is (?:hiermee|nu|bij deze) (?:klaar|afgerond|voorbij)\b"
)
#: The writer hands the candidate's process to a colleague and stays at the company: "Sam
#: is picking this up from here", "you own the PMM search now" (tester round u01cc). Like a
#: leaver's, their address is not written to again about this process; the colleague they
#: copied is (``core.sending.successors``).
_HANDS_OVER: Final = compile_phrase(
    r"\bpicking (?:this|it|things|your (?:application|candidacy|process)) up from (?:here|me"
    r"|now on)\b|\bpick(?:s|ing)? up (?:my|the|this) (?:search(?:es)?|reqs?|requisitions?)\b"
    r"|\b(?:will|is going to|'ll|is) (?:be )?tak(?:e|ing) over (?:the|this|my|your) (?:search"
    r"|process|recruitment|recruiting|hiring process|application|candidacy)\b"
    r"|\btak(?:e|es|ing) over (?:from me|my (?:searches|roles|reqs|requisitions|candidates))\b"
    r"|\bhand(?:ing)? you over to\b"
    r"|\byou(?:'ll)? (?:now )?own (?:the|this) _W_{0,2}?(?:search|role|process|reqs?"
    r"|requisition|hire)\b"
    r"|\b(?:will be|is) your new (?:point of contact|contact|recruiter)\b"
    r"|\bwill be your (?:point of contact|contact|recruiter) (?:going forward|from now on"
    r"|from here on|moving forward)\b"
    # de
    r"|\bubernimmt (?:ab (?:sofort|jetzt|morgen|montag) )?(?:ihren|deinen|den|ihre|deine|die)"
    r" (?:bewerbungs)?(?:prozess|vorgang|suche|stelle|bewerbung|betreuung)\b"
    r"|\b(?:ist|wird) (?:ab (?:sofort|jetzt) |kunftig |zukunftig )(?:ihr|ihre|dein|deine)"
    r" (?:neuer? )?ansprechpartner(?:in)?\b|\b(?:ihr|ihre|dein|deine) neuer? ansprechpartner"
    r"|\bab (?:sofort|jetzt) ist _W_{1,3}?(?:ihr|ihre|dein|deine) ansprechpartner"
    # fr
    r"|\bprend(?:ra)? le relais\b|\breprend(?:ra)? (?:votre|ton|le) (?:dossier|processus"
    r"|candidature|recrutement)\b|\bsera (?:desormais|dorenavant|a partir de maintenant)"
    r" (?:votre|ton|ta) (?:interlocut\w+|contact)\b"
    # es
    r"|\b(?:tomara|toma|va a tomar) el relevo\b|\bse (?:encargara|hara cargo|va a encargar"
    r"|va a hacer cargo) (?:a partir de ahora |desde ahora )?de (?:tu|su) (?:proceso"
    r"|candidatura)\b|\bsera (?:a partir de ahora|desde ahora) (?:tu|su) (?:persona de )?"
    r"contacto\b"
    # nl
    r"|\bneemt (?:het stokje|het|dit|je|jouw|uw) (?:(?:sollicitatie)?(?:proces|traject|dossier)"
    r" |sollicitatie )?(?:van mij )?over\b|\bis (?:vanaf nu|voortaan) (?:je|jouw|uw)"
    r" (?:contactpersoon|aanspreekpunt)\b"
    # the colleague named between the verb and the process (tester round u41ag): "neemt Lotte
    # Brouwer (in de cc) het proces van me over", "Lotte takes over the process from me"
    r"|\bneemt _W_{1,10}?(?:het|je|jouw|uw) (?:sollicitatie)?(?:proces|traject|dossier"
    r"|sollicitatie) (?:van (?:mij|me) )?over\b"
    r"|\btakes? over (?:the|this|your) (?:process|application|candidacy|search) from me\b"
    # the writer's own word that their part in it is over
    + _PART_DONE
)
#: The colleague stands in while the writer is away: an absence, not a hand-over.
_WHILE_AWAY: Final = compile_phrase(
    r"\b(?:in|during|while) (?:my|i'm|i am) (?:absence|away|out|off|on leave)\b|\buntil i'm back"
    r"|\bwahrend meiner abwesenheit\b|\bbis ich (?:wieder )?zuruck bin\b|\bpendant mon absence"
    r"|\ben mi ausencia\b|\bdurante mi ausencia\b|\btijdens mijn afwezigheid\b"
)


def hands_over(folded: str) -> str | None:
    """The words in ``folded`` (a person's own, folded) handing the process to a colleague.

    Also in looser words, and never a task alone ("handing off scheduling ... he'll take it
    from here": ``core.handover_forms``).
    """
    if _WHILE_AWAY.search(folded) is not None:
        return None
    return process_handed_on(_HANDS_OVER, folded) or process_handed_on(LOOSE_HANDOVER, folded)


#: What "I've left" leaves that is not an employer: a voicemail, the office, early.
_NOT_A_PLACE: Final = (
    r"(?:you|a|an|it|them|him|her|some|my|your|word|voicemail|messages?|notes?|comments?"
    r"|feedback|the (?:office|building|meeting|call|room|message|note|door|details|link)"
    r"|early|late|work|home|office)\b"
)
#: The writer's own departure, already made, in five languages (folded).
_HAVE_LEFT: Final = compile_phrase(
    r"\b(?:was|had been) my (?:very )?last day\b|\bmy last day (?:at|with) [^.!?\n]{1,40}? was\b"
    rf"|\bi(?:'ve| have) (?:now )?(?:left|moved on from) (?!{_NOT_A_PLACE})"
    rf"|\bi left (?!{_NOT_A_PLACE})\w+ (?:last|in|on|at the end)\b"
    r"|\bi(?:'m| am) no longer (?:with|at|working (?:at|for))\b"
    r"|\bwar mein letzter (?:arbeits)?tag\b|\bich (?:habe|hab) (?!mich\b|uns\b|es\b)\w+ (?:\w+ )?"
    r"verlassen\b|\bich bin nicht mehr (?:bei|fur)\b"
    r"|\bc'etait mon dernier jour\b|\bj'ai quitte (?!le bureau|la reunion|l'appel|la salle)"
    r"|\bje ne (?:suis|travaille) plus (?:chez|pour|au sein)\b"
    r"|\b(?:fue|era) mi ultimo dia\b|\b(?:he dejado|deje) (?:la empresa|\w+ el)\b"
    r"|\bya no (?:estoy|trabajo) (?:en|con|para)\b"
    r"|\bwas mijn laatste (?:werk)?dag\b"
    r"|\bik (?:ben|werk) niet (?:meer|langer) (?:bij|werkzaam bij)\b|\bik heb \w+ verlaten\b"
)


def has_moved_on(folded: str) -> str | None:
    """The words in ``folded`` (a person's own, folded) saying they have already left.

    "Yesterday was my last day of the holidays" is a break, not a departure.
    """
    return _not_a_break(_HAVE_LEFT, folded)


def _not_a_break(pattern: re.Pattern[str], folded: str) -> str | None:
    """The first words ``pattern`` finds in ``folded`` that no break follows ("of the holidays")."""
    for found in pattern.finditer(folded):
        if not _ONLY_A_BREAK.search(folded, found.end(), found.end() + 40):
            return found.group(0)
    return None
