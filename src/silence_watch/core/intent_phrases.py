"""The phrases that say what an employer's message means, in en, de, fr, es and nl.

Data only: ``core.intents`` decides with them. ``PHRASES`` holds every row (intent,
strength, reason, patterns) from ``core.phrases_outcome``, ``core.phrases_process`` and
the smaller phrase modules beside them;
this module adds the smaller tables: reassurance, negation, courtesy and coldness.
``core.phrase_rows`` says how a row is written.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.late_promises import ROWS as LATE_PROMISES
from silence_watch.core.other_openings import OTHER_OPENING
from silence_watch.core.phrase_rows import Row
from silence_watch.core.phrase_rows import compile_phrase as _compile
from silence_watch.core.phrases_aimed_replies import AIMED_REPLY_PHRASES
from silence_watch.core.phrases_answered_noes import ANSWERED_NO_PHRASES
from silence_watch.core.phrases_asks import ASK_PHRASES, STILL_INTERESTED_PHRASES
from silence_watch.core.phrases_brush_offs import (
    BRUSH_OFF_PHRASES,
    ONLY_IF_IT_FITS,
    PRAISE,
    TIME_SHE_GAVE,
)
from silence_watch.core.phrases_close_seconds import CLOSE_SECOND_PHRASES
from silence_watch.core.phrases_closed_doors import CLOSED_DOOR_PHRASES
from silence_watch.core.phrases_closed_posts import CLOSED_POST_PHRASES
from silence_watch.core.phrases_decision_days import ROWS as DECISION_DAYS
from silence_watch.core.phrases_exclusion import EXCLUSION_PHRASES
from silence_watch.core.phrases_held_roles import HELD_ROLE_PHRASES
from silence_watch.core.phrases_implied_noes import IMPLIED_NO_PHRASES
from silence_watch.core.phrases_indirect_noes import INDIRECT_NO_PHRASES
from silence_watch.core.phrases_invited_talks import INVITED_TALK_PHRASES
from silence_watch.core.phrases_more import MORE_PHRASES
from silence_watch.core.phrases_next_word import NEXT_WORD_PHRASES
from silence_watch.core.phrases_no_vacancy import NO_VACANCY_PHRASES
from silence_watch.core.phrases_noes_in_passing import NOES_IN_PASSING
from silence_watch.core.phrases_oblique import OBLIQUE_PHRASES
from silence_watch.core.phrases_offer import OFFER_PHRASES
from silence_watch.core.phrases_offer_stages import OFFER_STAGE_PHRASES
from silence_watch.core.phrases_outcome import OUTCOME_PHRASES
from silence_watch.core.phrases_plain_asks import PLAIN_ASK_PHRASES
from silence_watch.core.phrases_planned_steps import PLANNED_STEP_PHRASES
from silence_watch.core.phrases_polite_asks import POLITE_ASK_PHRASES
from silence_watch.core.phrases_process import PROCESS_PHRASES
from silence_watch.core.phrases_proposed_slots import PROPOSED_SLOT_PHRASES
from silence_watch.core.phrases_quiet_noes import QUIET_NO_PHRASES
from silence_watch.core.phrases_references import REFERENCE_PHRASES
from silence_watch.core.phrases_regional import REGIONAL_PHRASES
from silence_watch.core.phrases_round_invites import LATER_INVITE_PHRASES, ROUND_INVITE_PHRASES
from silence_watch.core.phrases_rounds_and_asks import ROUND_AND_ASK_PHRASES
from silence_watch.core.phrases_rounds_by_people import ROUNDS_BY_PEOPLE_PHRASES
from silence_watch.core.phrases_said_no import SAID_NO_PHRASES
from silence_watch.core.phrases_settled_noes import SETTLED_NO_PHRASES
from silence_watch.core.phrases_short_promises import SHORT_PROMISES
from silence_watch.core.phrases_standing_offers import STANDING_OFFER_PHRASES
from silence_watch.core.phrases_step_forms import STEP_FORM_PHRASES
from silence_watch.core.phrases_still_open import STILL_OPEN_PHRASES
from silence_watch.core.phrases_summons import SUMMONS_PHRASES
from silence_watch.core.phrases_withheld_news import DEFERRED_NO_PHRASES, WITHHELD_NEWS_PHRASES
from silence_watch.core.phrases_wondered_asks import WONDERED_ASK_PHRASES

#: The reason of a no that ended a pause: "put on hold ... and has subsequently been filled".
PAUSE_THEN_FILLED: Final = "the pause ended: the position is filled"
#: The reason of their kind answer to her own no (``core.her_declined_round``): the
#: learned reader never overrules it ("we're sorry you've decided not to continue with us",
#: a sure cold rejection at p=1.00 to its "not ... continue", would have drafted a
#: feedback request to people she had just said goodbye to; probe-sure2).
HER_NO: Final = "good wishes for the round you declined, no news"

#: Every phrase row, in the order they are tried.
PHRASES: Final[tuple[Row, ...]] = (
    *OUTCOME_PHRASES, *MORE_PHRASES, *EXCLUSION_PHRASES, *OBLIQUE_PHRASES, *NO_VACANCY_PHRASES,
    *CLOSED_DOOR_PHRASES, *CLOSED_POST_PHRASES, *INDIRECT_NO_PHRASES, *QUIET_NO_PHRASES,
    *ANSWERED_NO_PHRASES, *CLOSE_SECOND_PHRASES, *BRUSH_OFF_PHRASES,
    *WITHHELD_NEWS_PHRASES, *SAID_NO_PHRASES, *SETTLED_NO_PHRASES, *IMPLIED_NO_PHRASES,
    *NOES_IN_PASSING,
    *OFFER_PHRASES, *OFFER_STAGE_PHRASES, *STANDING_OFFER_PHRASES, *STILL_INTERESTED_PHRASES,
    *PROCESS_PHRASES, *STILL_OPEN_PHRASES, *ASK_PHRASES, *POLITE_ASK_PHRASES, *REFERENCE_PHRASES,
    *NEXT_WORD_PHRASES, *LATE_PROMISES, *DECISION_DAYS, *REGIONAL_PHRASES, *AIMED_REPLY_PHRASES,
    *SUMMONS_PHRASES, *ROUND_AND_ASK_PHRASES,
    *SHORT_PROMISES, *DEFERRED_NO_PHRASES, *HELD_ROLE_PHRASES, *PROPOSED_SLOT_PHRASES,
    *INVITED_TALK_PHRASES, *PLAIN_ASK_PHRASES, *ROUND_INVITE_PHRASES,
    *LATER_INVITE_PHRASES, *WONDERED_ASK_PHRASES, *STEP_FORM_PHRASES, *ROUNDS_BY_PEOPLE_PHRASES,
    *PLANNED_STEP_PHRASES,
)

#: A rejection word with a negation in front is reassurance ("this is not a rejection").
NOT_A_REJECTION: Final = _compile(
    r"\b(?:not|no|isn't|keine?|kein|geen|pas|ni|nicht|nada de|sin)\b_SW_{0,3}? "
    r"(?:rejection|absage|afwijzing|refus|rechazo|unsuccessful)\b|\bzu- (?:oder|bzw\.?) absage\b"
    # "your application was not unsuccessful; the hiring manager simply hasn't ..." and "by
    # no means unsuccessful" (probe-noes11: a sure no, 0.97)
    # the negation after it: "Eine Absage ist das natürlich nicht", "een afwijzing is het niet"
    # "eine Absage an Sie ist das nicht" (probe-noes10: a no at 0.71)
    r"|\b(?:rejection|absage|afwijzing|refus|rechazo)(?: (?:an|fur|for|to|pour|para|voor)"
    r" (?:sie|dich|you|vous|toi|ti|usted|jou|je|u))? (?:ist|is|es) (?:das|es|dies|dit|het|this"
    r"|that|it|eso|esto) (?:naturlich |sicher |ubrigens |hoor |zeker |certainly |definitely )?"
    r"(?:nicht|niet|not|no)\b"
    # no good news yet, and no bad news either: "keine positive Nachricht - aber eben auch
    # keine negative", "pas de mauvaise non plus", "pero tampoco malas", "maar ook geen
    # slecht nieuws", "het is geen nee" (tester round u52hd)
    r"|\bno bad news (?:either|yet)\b|\bauch keine (?:negative|schlechte)\w*"
    r"|\bpas de mauvaise\w*(?: nouvelles?)? non plus\b|\bpero tampoco (?:malas?|negativ\w*)\b"
    r"|\bgeen slecht nieuws\b|\bgeen nee\b|\bkein nein\b|\bpas un non\b|\bno es un no\b",
)

#: The pause is over: "le recrutement a été suspendu plusieurs semaines ... le poste est de
#: nouveau ouvert" is no pause now (tester round u21gh; es, nl, de, en too).
RESUMED: Final = _compile(
    r"\b(?:est (?:de nouveau|a nouveau) ouvert|(?:a ete|est) rouvert|(?:se ha|ha sido)"
    r" (?:reactivad[oa]|reabiert[oa])|vuelve a estar abiert[oa]|esta de nuevo abiert[oa]"
    r"|(?:is|staat) (?:nu )?weer open|(?:is|zijn) (?:weer |inmiddels )?hervat"
    r"|ist (?:jetzt )?wieder (?:offen|ausgeschrieben)|wurde wieder aufgenommen"
    r"|(?:has|have) (?:now )?(?:been )?(?:reopened|resumed|unfrozen)|is (?:now )?(?:back )?open"
    r" again|is back open)\b",
)

#: "Todavía no es una oferta": the sender says in so many words that it is no offer (yet).
#: "Not a *formal* offer" is left out: it says a verbal one was made.
NOT_AN_OFFER: Final = _compile(
    # an eligible list's placement that "does not guarantee an offer of employment" (u10ps)
    r"(?:\b(?:does not|doesn't|is no|no|without) guarantee(?: of)? (?:an offer|employment|a job"
    r"|a position|appointment)|\bkeine (?:garantie|zusage) (?:fur|auf) (?:ein angebot|eine"
    r" (?:einstellung|anstellung))|\bne garantit pas (?:une offre|un emploi|l'embauche|un"
    r" recrutement)|\bno garantiza (?:una oferta|un empleo|la contratacion|el nombramiento)"
    r"|\bgeen garantie (?:op|voor) (?:een aanbod|een baan|een aanstelling|aanstelling)"
    r"|\b(?:isn't|is not|not) (?:yet )?(?:a|an) offer|\bnoch kein (?:angebot|vertragsangebot)"
    r"|\bpas (?:encore )?une offre|\bno es (?:todavia |aun )?una oferta|\b(?:todavia|aun) no es"
    r" una oferta|\bnog geen aanbod)\b(?! (?:formal|official|written|in writing|formell|schriftlich"
    r"|formelle|officielle|ecrite|par ecrit|formal|oficial|por escrito|formeel|officieel"
    r"|schriftelijk))",
)

#: Negation words, for the clause in front of a polar phrase.
NEGATION: Final = _compile(
    r"(?:\b(?:not|no|never|cannot|unable|nicht|kein\w*|nie|niemals|pas|ne|jamais|aucun\w*"
    r"|nunca|niet|geen|nooit)\b|n't\b|\bn')",
)

#: Phrases that contain a negation word but negate nothing that matters.
HARMLESS_NEGATIONS: Final = _compile(
    r"\b(?:no worries|no problem|not only|nicht nur|kein problem|geen probleem|no solo"
    r"|pas seulement"
    r"|niet alleen|no later than|sans faute|sin falta|not sure (?:yet )?(?:if|whether)"
    r"|don't hesitate|do not hesitate|n'hesitez pas|no dude|aarzel niet|nicht zogern"
    r"|pas de (?:souci|soucis|probleme|quoi)|sin problema|no hay problema|geen zorgen|keine sorge"
    r"|kein stress|no te preocupes|no se preocupe)\b"
    # no day for the meeting yet, not no meeting: "de momento no hay fecha para la segunda
    # entrevista", "there's no date yet for the final round", "noch kein Termin für"
    r"|\b(?:no|not|without|kein(?:en)?|pas|sin|geen)\b (?:(?:yet|noch|encore|todavia|aun|nog"
    r"|a|any|de|d'|una?|een|set|fixed|confirmed|concrete|exact[ao]?|hay|tenemos|have|has"
    r"|gibt es|haben wir|y a|avons|hebben we|is er) ?){0,3}(?:dates?|times?"
    r"|slots?|day|termine?|zeitpunkt|datum|data|fecha|hora|dia|tijdstip|horaire|creneau)\b",
)

#: Someone there is away for a sad or a health reason ("Dana has had a death in her family
#: and is on compassionate leave"): "I'm sorry to say" and "I'm afraid" are about that, not
#: a no (tester round t88sx: a colleague's note read as a sure rejection).
SOMEONE_AWAY: Final = _compile(
    r"\b(?:on|taking|take) (?:compassionate|bereavement|sick|medical|parental|maternity"
    r"|paternity|family|emergency) leave\b|\bdeath in (?:her|his|their|the|my|our) family\b"
    r"|\bpassed away\b|\b(?:off|out) sick\b|\bin (?:the )?hospital\b|\bfamily emergency\b"
    r"|\btrauerfall\b|\bkrankgeschrieben\b|\bkrankheitsbedingt\b|\bverstorben\b"
    r"|\bim krankenhaus\b|\bdeces\b|\ben arret maladie\b|\ben conge maladie\b|\bhospitalise"
    r"|\bfallecimiento\b|\bfallecido\b|\bde baja (?:medica|por enfermedad)\b|\bhospitalizad"
    r"|\boverlijden\b|\boverleden\b|\bziek(?:temelding)?\b|\bin het ziekenhuis\b",
)

#: What makes a short note more than courtesy: a hand-over to someone else, a misdirected
#: message, logistics, money. Such a note is "other", never a pleasantry.
NOT_COURTESY: Final = _compile(
    r"\b(?:no longer (?:handling|responsible|working on|with)|moved (?:across |over )?to"
    r"|taken (?:it"
    r"|this) over|please (?:write|direct|contact|reach out)|nicht mehr (?:zustandig|\S+ )"
    r"|betreue _W_{0,3}nicht mehr|wenden sie sich|ne m'etait pas destine|je (?:le"
    r"|la) transfere"
    r"|ya no (?:llevo|manejo|estoy)|no manejo|te reenvio|niet meer (?:verantwoordelijk|bezig)"
    r"|neem contact op met|reimburse\w*|reiskosten\w*|erstattung|rembours\w*|reembols\w*"
    r"|parking|parkplatz|reception|rezeption|accueil|recepcion"
    # news in few words is no courtesy: "another candiate was a beter fit. good luck!"
    r"|better fit|beter fit|another (?:candi\w*|applicant|person)|moving ahead|move ahead"
    r"|wont be|won't be|not be moving|stop (?:emailing|contacting)"
    r"|mitteilen|mitzuteilen|annoncer|vous informer|inform you|let you know|to tell you"
    r"|comunicarte|comunicarle|informarte|informarle|laten weten|vertellen)\b",
)

#: Words about the application itself: a note that speaks of them has news, or is about
#: to, and is no mere pleasantry ("thanks, the decision is taking a little longer").
PROCESS_WORDS: Final = _compile(
    # her own feedback, her kind words, thanked for: "Besten Dank für Ihr Feedback zum
    # Gespräch", "merci pour votre retour chaleureux" (round probe-warm5)
    r"(?<!your )(?<!ihr )(?<!dein )(?<!votre )(?<!ton )(?<!tu )(?<!su )(?<!je )(?<!uw )"
    r"(?<!gentil )(?<!aimable )(?<!sympathique )\b(?:feedback|retour)\b(?! chaleureux)"
    r"|\b(?:application|applicants?|candidat\w*|decision|decide|outcome|role"
    r"|position|vacanc\w*|opening|offer\w*|next steps?|process|shortlist\w*|hiring|recruit\w*"
    r"|hire|headcount|budget|nothing for you"
    r"|bewerbung\w*|stelle|entscheid\w*|ruckmeldung|kandidat\w*|auswahl\w*|poste"
    r"|candidatura|puesto|vacante|decisi\w*|proceso|seleccion|sollicitatie|functie|vacature"
    r"|beslissing|procedure|selectie)\b",
)

#: Courtesy: thanks, warmth and wishes, which alone make a pleasantry.
COURTESY: Final = _compile(
    r"\b(?:thank|thanks|thx|appreciate|likewise|you too|as well|pleasure|lovely|great (?:to"
    r"|chatting"
    r"|meeting|talking|read)|nice (?:to|meeting)|enjoy|enjoyed|have a (?:great|good|lovely|nice|"
    r"wonderful)|happy (?:holidays|new year|thanksgiving|christmas|friday)|merry|congrat\w*"
    r"|good luck|all the best|best of luck|no worries|safe travels|fingers crossed|glad"
    r"|danke|dank|bedankt|freude|gefreut|freut mich|schon,? dass|schones wochenende"
    r"|schone feiertage|frohe|alles gute|viel erfolg|viel gluck"
    r"|gute besserung|ebenfalls|gleichfalls|gerne?|merci|plaisir|de rien|bonne (?:journee"
    r"|soiree|fin de semaine|continuation|annee|semaine)|belle (?:journee|soiree)|bon week-end"
    r"|meilleurs voeux|joyeuses fetes|felicitations|egalement|gracias|un placer|un gusto"
    r"|con gusto|igualmente|felices fiestas|feliz|buen fin de semana|enhorabuena|suerte"
    r"|graag gedaan|fijn|leuk|prettig|fijne feestdagen|succes|gefeliciteerd|beterschap"
    r"|ook voor ons|you're (?:very |most )?welcome|you are (?:very |most )?welcome"
    # "Looking forward to meeting you, Jordan." from a panellist copied in (tester t80pn)
    r"|looking forward to (?:meeting|seeing|speaking (?:with|to)|chatting (?:with|to)) you"
    r"|freue mich (?:auf|darauf)|au plaisir|hasta pronto|tot (?:dan|snel|straks)"
    # "Je vous en prie. Bonnes fêtes.", "¡A ti! Buen finde." (third probe, issue 12)
    r"|je vous en prie|je t'en prie|bonnes fetes|buen finde|a ti(?=\s*[!.])"
    # "Bon courage pour jeudi !", "¡Mucho éxito el jueves!" (stop 44)
    r"|bon courage|bonne chance|much[oa]s? exitos?"
    # warmth the replies to her thank-you note were written in (round probe-warm5): "das
    # Vergnügen war ganz unsererseits", "eine schöne Adventszeit wünsche ich Ihnen", "c'est
    # moi qui vous remercie pour ce moment fort agréable", "De nada! Me alegra ...", "Het
    # genoegen was geheel aan onze kant. Ik wens u een prettige week."
    r"|wishing you|take care|vergnugen|angenehme?n?|wunsche (?:ich )?(?:ihnen|dir|euch)"
    r"|wunschen (?:wir )?(?:ihnen|dir|euch)|guten rutsch|schone[nrs]? (?:adventszeit|woche"
    r"|abend|tag|sonntag|weihnacht\w*|wochenende|tage)|remerci\w*|agreable|(?:je|nous) (?:vous"
    r"|te) souhait\w*|ravie?|prenez soin|de nada|(?:me|nos) alegr\w*|buen viaje|el placer"
    r"|genoegen|prettige|fijne|gezellig|aangena\w+|insgelijks|(?:ik|wij|we) wens(?:en)? (?:u|je"
    r"|jullie))\b"
    # a thumbs up, folded hands, a smile, a heart, a party popper: courtesy without words
    "|[\U0001f44d\U0001f64f\U0001f642\U0001f60a\U0001f600-\U0001f604\u2764\U0001f389\U0001f917]"
    # ... and its typed form, a colleague's "+1" seconding the mail it quotes (u51il); never
    # the "+1 (617) 555-0142" of a signature
    r"|(?<![\w+(])\+1(?!\d| ?[\d(]|[-.)] ?\d)",
)

#: A brush-off that promises contact only "if there's a fit": cold when it is short.
CONDITIONAL_CONTACT: Final = _compile(
    r"\b(?:if|only if|should|when) _W_{0,4}?(?:a fit|a match|match|matches|suitable"
    r"|something suitable|needed|anything (?:comes up|suitable)|your (?:profile|qualifications)"
    r" (?:match|fit))"
    r"|\bfalls _W_{0,3}(?:passend|passt)|\bsi _W_{0,3}(?:correspond|encaj|ajust)"
    r"|\bals _W_{0,3}(?:past|passend)"
    # "we'll be in touch if anything changes", "si ça bouge", "falls sich etwas ändert"
    r"|\b(?:if|should|when) (?:anything|something|things|that|this) (?:changes?|moves?)\b"
    r"|\bsi (?:ca|cela|quelque chose) (?:bouge|change)\b|\bsi algo cambia\b"
    r"|\b(?:falls|wenn|sobald) sich (?:etwas|was) (?:andert|tut|ergibt)\b"
    r"|\bsollte sich (?:etwas|was) (?:andern|ergeben|tun)\b|\bsi surge algo\b"
    r"|\b(?:als|mocht) er iets (?:verandert|wijzigt|veranderen|verandeert)\b"
    # "Bij interesse nemen wij contact op", "on vous rappelle si ça colle avec une mission"
    r"|\bbij (?:interesse|een match)\b|\bbei (?:interesse|passendem)\b|\ben caso de interes\b"
    r"|\ben cas d'interet\b|\bsi (?:ca|cela) (?:colle|matche)\b"
    # contact only for those chosen, "le cas échéant" (``core.phrases_brush_offs``)
    rf"|{ONLY_IF_IT_FITS}",
)

#: Warm, personal words that keep a short rejection from being a cold brush-off.
PERSONAL_WARMTH: Final = _compile(
    r"\b(?:so much|really|genuinely|truly|sincerely|enjoyed|impressed|pleasure|appreciate your"
    r"|for your time|great (?:to|conversation|talking|meeting)|wonderful|keep you in mind"
    r"|future opportunit\w*|stay in touch|feedback|i know|keen|sehr gerne|herzlich\w*|beaucoup"
    r"|vraiment"
    r"|muchas|mucho|de verdad|hartelijk|echt"
    # a phone's warm no: "sorry mate they went another way gutted for you ill keep an eye
    # out for other stuff" is no brush-off (probe-noes10)
    r"|gutted|keep (?:an eye|my eyes) (?:out|open)|balen|ogen open"
    # thanks for coming by: "bedankt dat je langskwam", "merci d'être passée au magasin"
    r"|(?:thanks|thank you) for (?:coming|stopping|popping) (?:in|by|over|round)"
    r"|dat (?:je|u) langs ?(?:kwam|kwamen|bent gekomen)|d'etre (?:passee?s?|venue?s?)"
    r"|gracias por (?:venir|pasarte|pasarse|acercarte)|furs vorbeikommen"
    r"|dass (?:du|sie) vorbeigekommen)\b"
    rf"|{PRAISE}|{TIME_SHE_GAVE}",
)

#: Another job on offer after a no for this one ("gekozen voor een andere kandidaat. Maar
#: ik heb wel iets anders voor je!"): like a filled role followed by a next step.
ANOTHER_JOB: Final = _compile(
    r"\b(?:heb|hebben|have|has|got|habe|haben|ai|avons|tengo|tenemos) (?:wel |ook |still |noch"
    r" |aussi |tambien )?(?:iets|something|etwas|quelque chose|algo) (?:anders|else|anderes"
    r"|d'autre|mas|distinto|diferente) (?:voor (?:je|jou|u)|for you|fur (?:sie|dich)"
    r"|pour (?:vous|toi)|para (?:ti|usted|vos))\b"
    r"|\b(?:another|a different) (?:role|position|opening|vacancy|job) (?:that|which) (?:i|we)"
    r" (?:think|thought) (?:would|could|might) (?:suit|fit|be)"
    # a present, concrete opening: "tengo otra búsqueda abierta" (``core.other_openings``)
    rf"|{OTHER_OPENING}"
    # "While you weren't shortlisted for that role, ... invite you to interview for our
    # Digital Engagement Officer vacancy instead" (enh-121)
    r"|\b(?:role|position|opening|vacancy|job|post) instead\b",
)
