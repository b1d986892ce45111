"""Her own mail that only asks back, or says the work will come: no answer yet. Pure.

Keisha sets a take-home "by Thursday, December 10"; that evening Jordan writes "Would it
be possible to have until Monday, December 14 for the HackerRank?", and nobody answers
(tester round u32ta). Her question hands nothing back: the work is still hers to do, so no
follow-up to them may be planned from it, and it is no follow-up she wrote (docs/process.md,
rule 9: a question back answers nothing). Her later mail that delivers is her answer.

Read here, from her own words (en, de, fr, es, nl; folded):

- more time asked: "could I have until Monday the 14th?", "would an extension be
  possible?", "¿podría entregarlo el lunes?", "Könnte ich bis Montag abgeben?", "serait-il
  possible d'avoir jusqu'à lundi ?", "zou ik tot maandag mogen hebben?";
- the task made clear, in a question: "should I use Python or Go?", "do you want the slides
  as PDF?", "Soll ich ...?", "Dois-je ...?", "¿Debo ...?", "Moet ik ...?";
- the work promised for later, her acknowledgement ("thanks, I'll get it back to you by
  Thursday", "ich schicke es Ihnen bis Donnerstag", "je vous l'envoie d'ici jeudi", "se lo
  envío el lunes", "ik stuur het vrijdag"): the careful reading is that it is not the
  delivery.

Never such a mail, whatever it asks: one that delivers (a document attached, "here is my
submission", "anbei", "ci-joint", "adjunto", "bijgevoegd", "I submitted it tonight", a
link), one that declines the task, and one that answers otherwise ("Tuesday at 3 works",
"yes", "I'm still interested"): a question beside an answer is an answer. Withdrawing is
read by ``core.withdrawal``, and settles more than this.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TAG = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_JOUR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DIA = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_DAG = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"

#: Words that ask: a question's frame, also where the question mark is missing (folded).
_ASKING: Final = lazy_pattern(
    r"\b(?:would|will) it be (?:possible|ok|okay|alright|a problem)|\bis it (?:possible|ok"
    r"|okay)\b|\b(?:could|can|may|might) i\b|\bi (?:was|am) wondering\b|\bi wanted to ask\b"
    r"|\b(?:do|would) you mind if\b"
    r"|\bware es (?:moglich|ok|in ordnung)|\bist es moglich|\b(?:konnte|kann|durfte|darf)"
    r" ich\b|\bich wollte (?:fragen|nachfragen)"
    r"|\bserait-il possible|\best-il possible|\b(?:pourrais|puis)-je\b|\best-ce que je"
    r" (?:pourrais|peux)\b|\bje me demandais\b"
    r"|\bseria posible|\bes posible|\b(?:podria|puedo)\b|\bquer(?:ia|ria) (?:preguntar"
    r"|consultar)|\bme preguntaba\b"
    r"|\bzou het (?:mogelijk|ok|goed) zijn|\bis het mogelijk|\b(?:zou|mag|kan) ik\b"
    r"|\bik vroeg me af\b|\bik wilde vragen\b"
)
#: More time for the work: an extension, a later day to hand it in (folded).
_MORE_TIME: Final = lazy_pattern(
    # en
    r"\bextension\b|\b(?:more|extra|additional) (?:time|days?)\b|\b(?:have|get|take) (?:it )?"
    r"(?:until|till|til|through|up to)\b|\b(?:submit|send|hand|deliver|finish|complete|return"
    r"|turn|do)(?: (?:it|this|them|in))? (?:(?:an?|the|my) )?(?:\w+ ){0,2}?(?:in )?(?:on|by|until"
    r"|till|next|after|over) (?:the )?(?:\d|" + _DAY + r"|week)"
    r"|\b(?:push|move|extend|postpone) (?:back )?(?:the |my )?(?:deadline|due date)"
    # de
    r"|\b(?:frist)?verlangerung\b|\baufschub\b|\bmehr zeit\b|\b(?:\w+ )?tage? (?:mehr|langer"
    r"|zusatzlich)\b|\b(?:frist|deadline|abgabe\w*) (?:\w+ ){0,4}?(?:verlangern|verschieben)"
    r"|\bbis (?:\w+ ){0,3}?(?:abgeben|einreichen|schicken|senden|zuschicken|bearbeiten"
    r"|erledigen|zeit (?:haben|bekommen))\b|\b(?:erst|spater) (?:am \w+ )?(?:abgeben"
    r"|einreichen|schicken)\b"
    # fr
    r"|\bprolongation\b|\bdelai supplementaire|\b(?:plus|davantage) de temps\b|\bjours? (?:de"
    r" plus|supplementaires?)\b|\b(?:prolonger|repousser|decaler|reporter) (?:le|la|l')"
    r" ?(?:delai|date|echeance|deadline)|\b(?:avoir|disposer) (?:de )?jusqu'(?:a|au)\b"
    r"|\b(?:rendre|envoyer|remettre|soumettre|terminer) (?:le |la |l'|les )?(?:\w+ )?(?:"
    + _JOUR + r"|d'ici|jusqu'|la semaine)"
    # es
    r"|\bprorroga\b|\b(?:ampliar|extender|alargar|aplazar|mover) (?:el|la) (?:plazo|fecha"
    r"|entrega)\b|\bmas tiempo\b|\bdias (?:mas|extra|adicionales)\b"
    r"|\b(?:entregar|enviar|mandar|terminar|tener)(?:l[oa]s?|selo|sela)? (?:\w+ ){0,3}?(?:el"
    r"|hasta el|para el|antes del) (?:" + _DIA + r"|\d)"
    # nl
    r"|\buitstel\b|\bverlenging\b|\bmeer tijd\b|\bdagen (?:extra|langer|meer)\b|\b(?:deadline"
    r"|termijn) (?:\w+ )?(?:verschuiven|verlengen|opschuiven)\b|\btot (?:\w+ ){0,2}?(?:hebben"
    r"|krijgen|de tijd)\b|\b(?:inleveren|insturen|opsturen|aanleveren|sturen) (?:op|tot"
    r"|uiterlijk) \w+|\b(?:op|tot) " + _DAG + r" (?:\w+ )?(?:inleveren|insturen|opsturen"
    r"|aanleveren|sturen)\b"
)
#: A question about the work itself: how to do it, in what form (folded; with a "?").
_ABOUT_THE_TASK: Final = lazy_pattern(
    r"\b(?:should|shall|must) (?:i|it|the|they|my)\b|\bdo i (?:need|have) to\b"
    r"|\b(?:do|would) you (?:want|like|prefer) (?:me to|it|them|the|a|an|my)\b"
    r"|\bis it (?:ok|okay|fine|alright|allowed) (?:if i|to)\b|\bam i allowed\b"
    r"|\b(?:can|may) i (?:use|write|do|submit|send|include|assume)\b"
    r"|\bwhich (?:language|format|version|framework|tools?)\b|\bin (?:what|which) format\b"
    r"|\b(?:is|are) there (?:a|any) (?:page|word|time|length|size) (?:limit|requirement)"
    r"|\b(?:soll|sollte|muss) ich\b|\b(?:mochten|wollen|hattet|hatten) (?:sie|ihr) (?:\w+ ){0,3}?"
    r"(?:als|im) (?:pdf|word|format)\b|\bdarf ich (?:\w+ )?(?:verwenden|nutzen|benutzen)\b"
    r"|\bin welchem format\b|\bwelche (?:sprache|programmiersprache)\b"
    r"|\b(?:dois|devrais)-je\b|\bfaut-il\b|\best-ce que je dois\b|\b(?:voulez|preferez)-vous\b"
    r"|\bpuis-je (?:utiliser|employer)\b|\bquel format\b"
    r"|\b(?:debo|deberia|tengo que)\b|\b(?:prefier\w+|quier\w+) (?:que|el|la|los|las) (?:\w+ )?"
    r"(?:en|como) (?:pdf|word|formato)\b|\bpuedo (?:usar|utilizar)\b|\bque formato\b"
    r"|\b(?:moet|zou) ik\b|\bwillen (?:jullie|u) (?:\w+ ){0,3}?(?:als|in) (?:pdf|word)\b"
    r"|\bmag ik (?:\w+ )?(?:gebruiken|gebruik maken)\b|\bwelk formaat\b"
)
#: The work promised for later: her acknowledgement, no delivery (folded).
_LATER: Final = lazy_pattern(
    # en
    r"\bi(?:'ll| will| shall|'m going to| am going to) (?:\w+ ){0,2}?(?:send|get|submit|return"
    r"|share|complete|finish|do|deliver|hand|turn|upload|have|work on|tackle) (?:you |u )?"
    r"(?:it|them|this|that|the|my|over|in)\b|\bi(?:'ll| will) get back to you\b"
    r"|\bwill do\b(?! (?:it|the|that|this) )"
    # de
    r"|\bich (?:schicke|sende|reiche|liefere) (?:\w+ ){0,3}?(?:bis|am|morgen|ubermorgen|diese"
    r"|nachste|spatestens)\b|\bich werde (?:\w+ ){0,4}?(?:schicken|senden|einreichen|abgeben"
    r"|erledigen|bearbeiten|liefern|zuschicken|machen)\b|\bich melde mich (?:\w+ ){0,3}?(?:bis"
    r"|am|morgen|mit)\b"
    # fr
    r"|\bje (?:vous |te )?(?:l'|les |le |la )?(?:envoie|renvoie|rends|transmets)\b(?=[^.!?]"
    r"{0,40}?\b(?:demain|" + _JOUR + r"|d'ici|ce soir|ce week-end|la semaine|bientot|des que"
    r"|avant))|\bje (?:vous |te )?(?:l'|les |le |la )?(?:enverrai|renverrai|rendrai"
    r"|transmettrai|soumettrai|ferai|reviendrai)\b|\bje vais (?:vous |te )?(?:l'|les |le |la )?"
    r"(?:envoyer|renvoyer|rendre|transmettre|faire|soumettre|terminer|revenir)\b"
    # es
    r"|\b(?:(?:se|te|os|le) )?(?:lo|la|los|las) (?:envio|mando|entrego|hago llegar|paso)\b"
    r"(?=[^.!?]{0,40}?\b(?:manana|" + _DIA + r"|antes|esta semana|este fin|en cuanto|pronto"
    r"|hasta))|\b(?:enviare|mandare|entregare|hare llegar|pasare|terminare|completare)\b"
    r"|\bvoy a (?:\w+ )?(?:enviar|mandar|entregar|hacer|terminar|completar)\w*"
    # nl
    r"|\bik (?:stuur|lever|mail|bezorg|zend)\b(?=[^.!?]{0,40}?\b(?:morgen|" + _DAG + r"|voor"
    r"|uiterlijk|deze week|dit weekend|zo snel|zsm))|\bik (?:zal|ga) (?:\w+ ){0,3}?(?:sturen"
    r"|inleveren|opsturen|insturen|maken|afronden|doen|mailen|aanleveren)\b"
    r"|\bje (?:krijgt|ontvangt) (?:het|ze|de \w+) (?:\w+ )?van mij\b"
)
#: The work delivered: attached, here, sent, done (folded; a "no" before it undoes it).
_DELIVERED: Final = lazy_pattern(
    # en
    r"\battach(?:ed|ing)\b|\benclosed\b|\bplease find\b|\bhere(?:'s| is| are| you go)\b"
    r"(?! (?:my |a |one |the )?(?:quick |small )?question)|\bsubmitted\b|\buploaded\b"
    r"|\bi(?:'ve| have)? (?:just |now )?(?:sent|shared|completed|finished|pushed|done)\b"
    r"|\b(?:it's|it is|all|now) (?:done|in|submitted|complete)\b|^done\b"
    # de
    r"|\banbei\b|\bim anhang\b|\bangehangt\b|\bbeigefugt\b|\bhier (?:ist|sind|die|der|das"
    r"|meine?)\b(?! frage)|\b(?:habe|hab) (?:\w+ ){0,4}?(?:eingereicht|abgeschickt|abgegeben"
    r"|hochgeladen|erledigt|abgeschlossen|geschickt|gesendet|verschickt|geteilt|bearbeitet)\b"
    r"|\bist (?:erledigt|fertig|abgeschickt|eingereicht)\b"
    # fr
    r"|\bci-joint\w*|\bci joint\w*|\ben piece jointe\b|\ben pj\b|\bvous trouverez\b"
    r"|\btu trouveras\b|\bvoici\b(?! (?:ma|une) question)|\bj'ai (?:\w+ ){0,3}?(?:envoye"
    r"|soumis|termine|rendu|complete|depose|partage|fini|transmis|effectue|realise)\b"
    r"|\bc'est fait\b"
    # es
    r"|\badjunt[oa]s?\b|\baqui (?:tienes|tiene|teneis|esta|estan|va|van|le dejo|te dejo)\b"
    r"|\b(?:he|hemos) (?:\w+ ){0,2}?(?:enviado|entregado|completado|terminado|subido"
    r"|compartido|mandado|realizado|hecho|remitido)\b|\bya (?:esta|lo he|la he)\b"
    # nl
    r"|\bbijgevoegd\b|\bin de bijlage\b|\bals bijlage\b|\bhierbij\b|\bhier (?:is|zijn|de|het"
    r"|mijn)\b(?! vraag)|\b(?:heb|hebben) (?:\w+ ){0,4}?(?:ingeleverd|ingestuurd|verstuurd"
    r"|opgestuurd|afgerond|gedaan|geupload|gedeeld|gemaakt|voltooid|verzonden)\b"
    r"|\bis (?:ingeleverd|verstuurd|klaar|afgerond)\b"
    # a link in her own words, but not a profile of hers
    r"|\bhttps?://(?!(?:www\.)?(?:linkedin|twitter|x|instagram|facebook|calendly)\.)"
)
#: A "no" before a delivery word in its sentence: "I haven't submitted it yet".
_NOT: Final = lazy_pattern(
    r"\b(?:not|never|yet to|nicht|nie|pas|jamais|nunca|no(?! (?:worries|problem|need|rush"
    r"|pressure|stress))|niet|nooit)\b|n't\b"
)
#: How far before a delivery word a "not" belongs to it ("not sure it's right, but
#: attached is ..." delivers).
_NOT_REACH: Final = 25
#: The task declined: an answer, not a question (folded).
_DECLINED: Final = lazy_pattern(
    r"\b(?:i'll|i will|i'd like to|i have to|i must|i've decided to|i have decided to) (?:pass"
    r" on|decline|skip)\b|\b(?:i'd|i would) rather not (?:do|complete|take)\b"
    r"|\bverzichte (?:\w+ )?auf\b|\b(?:lehne|sage) (?:\w+ ){0,4}?ab\b"
    r"|\bje (?:prefere|prefererais) ne pas\b|\bje (?:renonce|decline)\b"
    r"|\bprefiero no (?:hacer|realizar|seguir)\b|\b(?:renuncio|declino)\b"
    r"|\bik zie (?:\w+ )?af van\b|\bik pas (?:voor|op)\b"
)
#: An answer of another kind beside it: a day that suits her, a yes, her interest (folded).
_ANSWERED: Final = lazy_pattern(
    # en
    r"\bworks (?:for me|well|great|perfectly|fine)\b|(?<!if )(?<!whether )\b(?:that|this|"
    + _DAY + r"|at [\d:.]+(?: ?[ap]m)?|\d(?: ?[ap]m)?) works\b(?! for you)|\bsuits me\b"
    r"|\b(?:all |that's |i'm |i am )?confirmed for\b|\bi(?:'m| am| can)? confirm(?:ing)?"
    r" (?:the|my|that|for|\w+day)\b|\bsee you (?:then|on|next|there|tomorrow|" + _DAY + r")\b"
    r"|\bi(?:'m| am) (?!not )(?:\w+ )?(?:available|free) (?:on|at|from|any|all|every|next|this|"
    + _DAY + r")\b|\bi can (?:do|make) (?:" + _DAY + r"|the \d|\d)|\bcount me in\b"
    r"|\bstill (?:very )?interested\b|(?:^|[.!?] )(?:yes|yeah|yep|absolutely|definitely)\b"
    # de
    r"|\bpasst (?:mir|gut|bei mir|perfekt)\b|\bbin (?:\w+ )?(?:verfugbar|erreichbar)\b"
    r"|\b(?:bin ich|ich bin) (?:\w+ )?da\b|\bbestatige (?:ich )?(?:den|die|ihnen|gerne"
    r"|hiermit)\b|\b(?:noch|weiterhin) (?:sehr )?interessiert\b|(?:^|[.!?] )ja\b"
    # fr
    r"|\b(?:me|nous) convient\b|\bca me va\b|\bje (?:vous |te )?confirme\b|\bje (?:suis"
    r"|serai) disponible\b|\btoujours (?:tres )?interessee?\b|(?:^|[.!?] )oui\b"
    # es
    r"|\bme (?:viene|va|queda) bien\b|\b(?:le|te|les|os) confirmo\b|\bestoy disponible\b"
    r"|\bestare disponible\b|\bsigo (?:muy )?interesad[oa]\b|(?:^|[.!?] )si[,!.]"
    # nl
    r"|\bschikt\b|\bpast (?:mij|me|prima|goed)\b|\bik bevestig\b|\bik ben (?:\w+ )?beschikbaar"
    r"\b|\bnog (?:steeds )?(?:zeer )?geinteresseerd\b"
)
#: Where a sentence ends.
_SENTENCE_END: Final = lazy_pattern(r"(?<=[.!?;])\s+")


def only_asks_back(words: str, *, attached: bool = False) -> str | None:
    """Her words that ask back (more time, the task) or promise the work later, or None.

    None when the mail delivers (``attached``: a document came with it), declines the
    task, or answers otherwise: then it is her answer, whatever else it asks.
    """
    folded = fold(words)
    if attached or not folded or _delivers(folded):
        return None
    if _DECLINED.search(folded) or _ANSWERED.search(folded):
        return None
    for sentence in _SENTENCE_END.split(folded):
        question = "?" in sentence
        found = None
        if question or _ASKING.search(sentence):
            found = _MORE_TIME.search(sentence)
        if found is None and question:
            found = _ABOUT_THE_TASK.search(sentence)
        found = found or _LATER.search(sentence)
        if found is not None:
            return sentence.strip()
    return None


def _delivers(folded: str) -> bool:
    """Whether a sentence of hers says the work is here or sent, with no "not" before it."""
    for sentence in _SENTENCE_END.split(folded):
        for found in _DELIVERED.finditer(sentence):
            if not _NOT.search(sentence, max(0, found.start() - _NOT_REACH), found.end()):
                return True
    return False
