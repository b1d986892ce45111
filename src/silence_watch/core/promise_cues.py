"""The words of a promise to answer, in en, de, fr, es, nl. Pure.

"We'll get back to you by Friday", "je vous reviens d'ici jeudi", "uiterlijk woensdag hoor je
van ons": a sentence holding one of these is searched for the promised date
(``core.dates``), so a proposed interview slot or the candidate's own deadline is not taken
for it ("they need your answer by December 14": their answer, not the employer's; tester
batch w18pr).
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.fronted_promises import fronted_cues
from silence_watch.core.hoped_days import hoped_cues
from silence_watch.core.late_promises import late_cues
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.others_answers import others_answer_spans
from silence_watch.core.present_sends import present_send_cues
from silence_watch.core.promise_addressees import to_someone_else
from silence_watch.core.reported_promises import reported_spans
from silence_watch.core.return_promises import return_cues
from silence_watch.core.times_to_come import TIMES_TO_COME

#: Words asking the candidate to tell them (folded): the date in them is hers to keep, not
#: theirs ("Geben Sie mir gerne bis Mitte nächster Woche kurz Bescheid", "avísame antes del
#: viernes", "laat me voor vrijdag weten": tester round u13vs). Searched with its
#: alternatives grouped by their first letter (``core.lazy_patterns``): it is searched in
#: every sentence holding a cue, a tenth of the time of one boundary moved behind each word.
_TELL_US: Final = lazy_pattern(
    # a date's dots between: "Gib mir bitte bis Mittwoch, 16.12., Bescheid" (probe-dates11)
    r"\b(?:geben sie (?:mir|uns)|gib (?:mir|uns)|gebt (?:mir|uns))\b(?:[^.!?;]|(?<=\d)\.){0,60}?"
    r"\bbescheid\b"
    # what they would like to hear from her: "we horen graag uiterlijk vrijdag of je akkoord
    # gaat", "wir hören gerne bis Freitag von Ihnen" (probe-dates11)
    r"|\b(?:we|wij|ik) (?:horen|hoor) (?:het |dan |nog )?graag\b[^.!?;]{0,60}"
    r"|\b(?:wir|ich) (?:horen|hore) (?:dann |gerne?|gern)+\b[^.!?;]{0,60}"
    r"|\blass(?:en sie|t)? (?:mich|uns)\b[^.!?;]{0,60}?\bwissen\b"
    r"|\b(?:bitte|bitten wir|bitten) um (?:ihre |deine |eine |kurze )*(?:ruckmeldung|antwort"
    r"|bestatigung|nachricht)\b[^.!?;]{0,60}"
    r"|\bmelden sie sich\b[^.!?;]{0,60}|\bmeld(?:e)? dich\b[^.!?;]{0,60}"
    r"|\b(?:avis(?:ame|anos|eme|enos)|dime|digame|diganos|dinos|confirm(?:ame|eme|anos|enos)"
    r"|escrib(?:eme|ame|enos|anos)|contesta(?:me|nos)|responde(?:me|nos))\b"
    r"|\b(?:hazme|hagame|hacednos|haganos) saber\b"
    r"|\b(?:dites|faites|tenez|confirmez|ecrivez|repondez)-(?:moi|nous)\b[^.!?;]{0,60}"
    r"|\b(?:dis|fais|tiens|confirme|ecris|reponds)-moi\b[^.!?;]{0,60}"
    r"|\blaat (?:u )?(?:me|mij|ons)\b[^.!?;]{0,60}?\bweten\b"
    # "laat even weten of donderdag schikt": an imperative with no "me" (not "ik laat even")
    r"|(?<!\bik )(?<!\bwe )(?<!\bwij )(?<!\bze )(?<!\bzij )(?<!\bhij )\blaat (?:even|eens"
    r"|gerust|maar|snel|wel)\b[^.!?;]{0,60}?\bweten\b|(?<!\bich )(?<!\bwir )\bsag(?:e)?"
    r" (?:mir |uns )?(?:(?:kurz|einfach|gerne?|bitte|mal|doch) )*bescheid\b[^.!?;]{0,60}"
    r"|\bgeef (?:me|mij|ons|het)\b[^.!?;]{0,60}?\bdoor\b"
    # her answer asked in other words: "merci de me répondre rapidement", "ons uiterlijk
    # vrijdag te laten weten of u het aanbod aanvaardt" (w5fr, w5esnl)
    r"|\bmerci de (?:me|nous) (?:repondre|faire savoir|faire part|confirmer|indiquer)\b"
    r"(?: (?:de |d')?(?:votre|ta) (?:decision|reponse|retour)\b[^.!?;]{0,40})?"
    r"|\b(?:please )?let (?:me|us) know\b|\bons\b[^.!?;]{0,60}?\bte laten weten\b"
    r"|\buns\b[^.!?;]{0,40}?\b(?:wissen (?:zu )?lassen|mitzuteilen)\b"
    r"|\b(?:nous|me) faire (?:savoir|part)\b|\b(?:hacernos saber|comunicarnos|indicarnos"
    r"|confirmarnos)\b"
    # news told now, not promised: "just to let you know I've moved to finance", "je vous
    # informe que je quitte", "te escribo para avisarte", "le comunicamos que" (w5en, w6fr)
    r"|\b(?:just|wanted|writing|this is|quick note) to let you know\b"
    r"|\b(?:je vous|je t'|nous vous) inform(?:e|ons) (?:que\b|qu'|de\b)"
    r"|\bte escribo (?:solo )?para (?:avisarte|contarte|informarte)\b"
    r"|\b(?:le|les|te|os) (?:comunicamos|informamos)(?: de)? que\b|\bte aviso de que\b"
    r"|\b(?:hiermit )?(?:teilen|informieren) wir (?:ihnen|dir|euch)? ?(?:hiermit )?mit\b"
    r"|\bhierbij (?:laten|informeren) (?:wij|we|ik) (?:u|je)(?: weten)?\b"
    # a reply spoken of, not promised: "apologies for the slow reply (our FY wraps 12/31)",
    # "sorry für die späte Antwort", "pardon pour ma réponse tardive", "perdona la respuesta
    # tardía", "sorry voor de late reactie"
    r"|\b(?:slow|late|delayed|belated|tardy|quick|prompt|your) (?:reply|response|answer)\b"
    r"|\b(?:spate|verspatete|spaten|verspateten) (?:antwort|ruckmeldung)\b"
    r"|\b(?:reponse|retour)s? tardi\w*|\bretard (?:de|dans (?:ma|notre)) reponse\b"
    r"|\brespuesta tardia\b|\btardanza en (?:responder|contestar)\b"
    r"|\b(?:late|trage) (?:reactie|antwoord)\b"
    # a reply someone already gave, news told now: "Cerise Banque vient de me répondre",
    # "the client has just got back to me", "acaba de contestarme", "hat sich gerade
    # zurückgemeldet", "heeft net gereageerd"
    r"|\bvien(?:t|nent) de (?:me |nous )?(?:repondre|revenir)\b"
    r"|\b(?:has|have) just (?:got(?:ten)? back|replied|responded|come back)\b"
    r"|\bacaba(?:n)? de (?:responder|contestar)\w*"
    r"|\b(?:hat|haben) sich (?:gerade|eben|soeben) (?:zuruckgemeldet|gemeldet)\b"
    r"|\b(?:heeft|hebben) (?:net|zojuist|daarnet) (?:gereageerd|geantwoord|teruggekoppeld)\b"
    # who writes and why, not a promise: "te escribo desde Administración por el
    # reintegro", "I'm writing from Accounts about", "je vous écris au sujet de"
    r"|\bte escribo (?:desde|por|en nombre|de parte)\b|\bles? escribo (?:desde|por)\b"
    r"|\b(?:i'm|i am|we're|we are) writing (?:to you )?(?:from|about|regarding|on behalf)\b"
    r"|\b(?:je vous|je t'|nous vous) ecri(?:s|vons) (?:de la part|au sujet|concernant|depuis)\b"
    r"|\b(?:ich schreibe|wir schreiben) (?:dir|ihnen|euch) (?:wegen|im auftrag|aus|von)\b"
    r"|\b(?:ik schrijf|wij schrijven|we schrijven) (?:je|u) (?:namens|over|vanuit|vanwege)\b"
    # her task, asked with its deadline: "please sign in and answer the questionnaire
    # within 5 business days", "bitte beantworten Sie", "veuillez répondre", "por favor
    # completa", "gelieve te antwoorden"; her notice to her own employer ("tienes que
    # avisar con 30 días")
    r"|\bplease\b(?: [\w-]+){0,3}? (?:answer|reply|respond|complete|submit|return|fill)\b"
    r"[^.!?;]{0,80}"
    r"|\bbitte (?:beantworten|antworten) sie\b[^.!?;]{0,80}"
    r"|\bveuillez (?:repondre|completer|remplir|renvoyer)\b[^.!?;]{0,80}"
    r"|\bpor favor,? (?:responde|contesta|completa|rellena|envia)\w*[^.!?;]{0,80}"
    r"|\bgelieve (?:te )?(?:antwoorden|beantwoorden|in te vullen|te reageren)\b[^.!?;]{0,80}"
    r"|\b(?:tienes|tiene|tendras|tendra|debes|debe|hay) que avisar\b[^.!?;]{0,40}"
    # her answer they need: "we need a decision from you by Thursday" (stop 46)
    r"|\b(?:we|i)(?:'d| would)? (?:need|require)\b[^.!?;]{0,30}?\b(?:from you|your (?:decision"
    r"|answer|response|reply|confirmation))\b[^.!?;]{0,60}"
    # her answer awaited or welcomed by a day: "I'd appreciate a reply within 48 hours", "wir
    # freuen uns auf Ihre Rückmeldung bis Freitag", "merci de me faire un retour sous 48
    # heures", "te agradecería una respuesta en las próximas 48 horas", "esperamos tu
    # respuesta antes del viernes", "we zien je reactie graag tegemoet" (probe-dates11); up
    # to a clause of theirs ("..., und melden uns dann")
    r"|\b(?:(?:i|we)(?:'d| would) appreciate (?:a|an|your)(?: quick| prompt)? (?:reply|response"
    r"|answer|decision|confirmation)|(?:look|looking) forward to (?:hearing from you|your (?:reply"
    r"|response|answer|decision))|(?:await|awaiting) your (?:reply|response|answer|decision)"
    r"|freu(?:e|en) (?:uns|mich) (?:auf|uber) (?:ihre|deine|eure) (?:ruckmeldung|antwort|nachricht"
    r"|entscheidung|zusage)|(?:wir )?erwarten (?:ihre|deine) (?:ruckmeldung|antwort|entscheidung)"
    r"|merci de (?:me|nous) faire (?:un |votre |ton )?retour|(?:nous )?attend(?:ons|s) (?:votre"
    r"|ta) (?:reponse|retour|decision)|dans l'attente de (?:votre|ta) (?:reponse|retour)"
    r"|(?:te|le|les|os) agradecer(?:ia|iamos|e|emos) (?:una |tu |su |vuestra )?(?:respuesta"
    r"|confirmacion|contestacion)|(?:esperamos|espero|quedo a la espera de|quedamos a la espera"
    r" de) (?:tu|su|vuestra) (?:respuesta|confirmacion|decision)"
    r"|(?:zien|zie) (?:je|uw|jouw) (?:reactie|antwoord|beslissing) graag)\b"
    r"(?:(?!\b(?:und|and|et|y|en|but|aber|mais|pero|maar)\b)[^.!?;]){0,60}",
    grouped=True,
)


def has_promise_cue(folded: str) -> bool:
    """Whether any words of a promise to answer stand in ``folded`` text."""
    return (PROMISE_CUES.search(folded) is not None or bool(fronted_cues(folded))
            or bool(present_send_cues(folded))
            or bool(return_cues(folded)) or bool(hoped_cues(folded)))


def promise_cues(sentence: str, *, excused: bool = False) -> list[int]:
    """Where the words of a promise to answer start in a folded sentence.

    A cue inside words that ask the candidate to tell them is none, and so is one of a
    promise made to someone else ("in touch with the team": ``core.promise_addressees``).
    ``excused``: the
    message apologises for the wait, so a day "for sure" is a promise ("dsl journée de
    fou, demain sans faute": ``core.late_promises``).
    """
    # "la próxima semana le confirmamos": the day in front (``core.fronted_promises``)
    starts = {found.start() for found in PROMISE_CUES.finditer(sentence)}
    starts.update(fronted_cues(sentence))
    starts.update(present_send_cues(sentence))  # "el jueves te mando horarios"
    starts.update(return_cues(sentence))  # "ich antworte Ihnen nach meiner Rückkehr"
    starts.update(hoped_cues(sentence))  # "no news yet, hopefully by Friday"
    # what asks her only takes cues away: with none, it is not looked for (most sentences)
    asked = [(m.start(), m.end()) for m in _TELL_US.finditer(sentence)] if starts else []
    asked += others_answer_spans(sentence) if starts else []  # "asked your references to"
    asked += reported_spans(sentence) if starts else []  # "du schreibst, man habe dir ..."
    cues = sorted(
        start for start in starts
        if not any(low <= start < high for low, high in asked)
        and not to_someone_else(sentence, start)
    )  # fmt: skip
    return sorted([*cues, *late_cues(sentence)]) if excused else cues

#: Words of a promise to answer, in en, de, fr, es, nl (folded). Only sentences holding
#: one are searched for the promised date, so a proposed interview slot is not taken.
PROMISE_CUE_WORDS: Final = (
    r"\b(?:get back|come back|circle back|back to (?:you|u)|hear back"
    r"|hear from (?:us|me|them|him|her)|hear (?:anything|something|more)"
    # "I'll give you a bell this arvo", "give u a buzz" (Australia, Britain: tester round u48rg)
    r"|give (?:you|u) a (?:call|ring|return|bell|buzz|shout|tinkle)|(?:will|to) contact"
    r"|communicat\w*|(?:je|nous|on) (?:vous|te) r?appel\w*|bel ik (?:je|u)"
    r"|bellen (?:wij|we) (?:je|u)"
    r"|bezorgen (?:wij )?(?:u|je|jou)|keuze|(?:vous|te) (?:ferai|ferons|fais|faisons|fera) parvenir"
    r"|mail (?:it |them )?(?:to )?you"
    # never a wish to look at her papers: "the hiring manager wants to review everything
    # before the holidays" asks her for them by then (probe-dates6)
    r"|be (?:back )?in touch|get (?:back )?in touch|(?<!want to )(?<!wants to )review|send you"
    # "we aim to decide by", never her start date: "we'd aim to have you start on November 16"
    r"|aim to(?! have (?:you|u) (?:start|join|begin|on-?board))"
    r"|le envio|te envio|vous envoie|ik stuur je|schicke ihnen|(?:te|se) l[oa] (?:envio|mando|paso)"
    r"|let (?:you|all \w+|everyone|candidates) know|update you|keep you (?:posted|updated)"
    # "Panel Thursday, will update Friday." with no one named (probe-cold3)
    r"|(?:will|we'll|i'll) update"
    # the decision in en, fr, es; never "aún no hay decisión: esta semana vemos a dos más"
    # (that week is the interviews', not the answer's: probe-noes7)
    r"|(?<!no hay )(?<!sin )(?<!aucune )decisions?"
    r"|decid\w*|respond\w*|repl\w*|(?<!your )answer\w*|reach out|contact you|feedback"
    r"|an update"
    # never news told now: "Great news, you're through to the final round on Wednesday 16th"
    # (the round's day, not an answer's: probe-dates11)
    r"|(?<!no )(?<!good )(?<!great )(?<!exciting )(?<!fantastic )(?<!happy )news\b"
    r"|know more|next steps|revert|notif\w+|outcome|follow up|have something"
    r"|call you|ping you|email you|write to you|touch base|selection"
    # a text message promised: "tomorrow afternoon I'll text you the verdict" (probe-dates10)
    r"|text (?:you|u)\b"
    # "I'll ring you straight after our team meeting on Monday" (stop 44)
    r"|(?:ring|phone|bell) (?:you|u)\b"
    # to every candidate, she among them, and in the -ing form: "we'll email everyone by
    # Tuesday the 12th", "we anticipate getting back to candidates by 12/4" (probe-dates3)
    r"|(?:getting|coming) back|(?:email|write to|contact|call) (?:everyone|everybody"
    r"|(?:all|each)(?: of)?(?: the| our)? (?:[\w-]+ )?(?:candidates|applicants|finalists))"
    # "eind deze week weet je meer", "bis Freitag weißt du mehr", "vous en saurez plus d'ici
    # vendredi", "el viernes sabrás algo": what she will know is their news (probe-dates3)
    r"|weet (?:je|u|jij) (?:meer|het|wat)|(?:weisst du|wisst ihr|wissen sie) (?:mehr|bescheid)"
    r"|(?:vous en saurez|tu en sauras) (?:plus|davantage)|sabr(?:as|a|an) (?:algo|mas)"
    r"|make (?:a|the|our)(?: final)? call|phone (?:you|u)"
    # a note from them, an update an ATS expects: "Expect a note from me the first week of
    # January", "Next update expected: 11/23/2026" (probe round p52b)
    r"|(?:a )?(?:note|line|word|message|email|yes/no|yes or no|go/no-go|decision|verdict"
    r"|answer|response|reply) from (?:me|us)\b|update (?:expected|due)"
    # word to her: "I'll have final word for you early next week" (probe-dates4)
    r"|(?:final |firm |some |more )?word (?:for|to) (?:you|u)\b"
    # never a wish beside the promise: "We'll let you know by Friday, December 18 - we want to
    # wrap this up before the holidays" promises the 18th (t17of)
    r"|(?<!want to )(?<!wants to )(?<!like to )wrap (?:things |it |this )?up"
    r"|melden|meldet|melde|meld|ruckmeldung|bescheid|entscheid\w*|horen|horst"
    r"|(?<!ihre )(?<!deine )antwort|mitteilen|ergebnis"
    r"|nachricht|informieren"
    r"|reviendr\w*|revenir|reviens|revient|revenons|confirmerons|confirmerai"
    # never a pleasure of now: "Nous avons le plaisir de vous confirmer votre journée sur
    # site le mercredi 16 décembre" is the visit's day, no answer promised (probe-steps7)
    r"|(?<!avons le plaisir de )(?<!ai le plaisir de )(?<!sommes ravis de )(?<!suis ravie de )"
    r"(?<!suis ravi de )(?<!sommes heureux de )(?<!suis heureuse de )(?<!suis heureux de )"
    r"(?:vous|te) confirmer"
    # a present for a future, its day or its "whether" after it: "je vous confirme la
    # semaine prochaine si le processus reprend" (probe-dates10), never "je vous confirme
    # votre entretien"
    r"|(?:je|nous|on) (?:vous|te) confirm(?:e|ons) (?=d'ici|la semaine|demain|lundi|mardi"
    r"|mercredi|jeudi|vendredi|en (?:debut|fin) de|au plus tard|avant|dans|sous|si\b|s'il)"
    # the same in Spanish, its day or span just after: "Te confirmamos en 48h" (probe-dates11)
    r"|(?:te|le|os|les) confirm(?:o|amos) (?=en (?:\d|las? |los? |un |una )|manana|esta semana"
    r"|la (?:semana|proxima)|el (?:lunes|martes|miercoles|jueves|viernes)|antes|a mas tardar"
    r"|dentro|durante|a lo largo|si\b)"
    r"|(?<!votre )(?<!ta )reponse"
    r"|repond\w*"
    r"|decider|nouvelles|tenir informe\w*"
    r"|tiendr\w* au courant|tenir au courant|tien(?:s|t|nent) au (?:courant|jus)"
    r"|contacter|recontact\w*|ferons part|ferai part|t'ecris|vous ecri\w*|communiqu\w+"
    # feedback, never someone back: "Notre DRH est de retour le 4 janvier ; le dossier est
    # entre ses mains" promises nothing (probe-dates9)
    r"|(?<!est de )(?<!sera de )(?<!sont de )(?<!seront de )(?<!suis de )(?<!serai de )"
    r"(?<!sommes de )(?<!serons de )(?<!etre de )(?<!etes de )retour"
    r"|(?<!tu )(?<!su )respuesta|respond\w*|decidir|noticias|confirmaremos|confirmare"
    r"|contact\w+|escrib\w+|comunic\w+|avis\w+"
    # "inform" as a verb, not "informal", "information", "informatie", "informel"
    r"|inform(?!al|at|el|eel)\w*"
    r"|dire|(?<!no te )(?<!no le )digo|diremos|decimos|(?:te|vous) (?:dis|dirai|dirons)"
    r"|devolucion|valoracion|resultado|definicion(?! del? )|contestamos|contestaremos"
    r"|contestare|contestarte|contestarle|(?:te|le|os) contesto|contestara|contestaran"
    r"|(?:te|le|os) contest(?:e|en)\b|te tengo|doy|contare|contaremos"
    r"|(?:te|le) cuento (?:algo )?(?=el |la |este |esta |manana|pasado|antes|en cuanto)"
    r"|(?:we'll|we will|i'll|i will) confirm (?=(?:a |the )?(?:time|times|date|slot|details)"
    r" (?:tomorrow|today|on |by |this |next |early|later)|(?:[\w ,]{0,40}? )?(?:by|before) "
    r"|either way"
    r"|one way or the other"
    r"|early|later|next|the outcome|the decision|whether)"
    # "Heute noch lasse ich Sie wissen, wie es weitergeht": the verb before its subject
    r"|(?:lasse ich|lassen wir) (?:sie|dich|euch)(?= (?:\w+ ){0,4}?wissen\b)"
    r"|(?:te|le|os|les) confirm(?:o|amos) (?:algo )?(?=(?:el|los) siguientes? pasos?"
    r"|(?:el|la|este|esta) (?:semana|lunes|martes"
    r"|miercoles|jueves|viernes|proxim\w+)|manana|pasado|antes|en cuanto|a (?:mas tardar"
    r"|finales|principios|mediados))"
    # an expected result by a day: "we expect to certify the eligible list by Friday,
    # December 11", "wir rechnen damit, bis", "nous prevoyons de ... d'ici", "esperamos
    # ... antes del", "we verwachten ... uiterlijk" (tester round u10ps)
    r"|(?:we|i) expect to (?=(?:[\w ,']{0,50}? )?(?:by|before) )"
    r"|wir rechnen damit,? (?=(?:[\w ,.]{0,50}? )?bis )"
    r"|nous prevoyons de (?=(?:[\w ,']{0,50}? )?(?:d'ici|avant) )"
    r"|esperamos (?=(?:[\w ,]{0,50}? )?(?:antes del?|a mas tardar) )"
    r"|we verwachten (?=(?:[\w ,]{0,50}? )?(?:uiterlijk|voor) )"
    r"|laten weten|laat \w+ weten|weten|weet (?:je|u) of|hoort|hoor je|horen|bericht|beslissing"
    # their reaction promised: "wij reageren binnen vijf werkdagen", "ik reageer uiterlijk
    # vrijdag", probe-dates6
    r"|(?:wij|we|ik) (?:zullen |zal )?(?:reageren|reageer)\b|(?:reageren wij|reageer ik)\b"
    r"|besluit|you(?:'ll| will) know (?:whether|if)"
    # a decision taken by a day, the verb's: "we beslissen uiterlijk vrijdag", "hakken
    # uiterlijk woensdag 9 december de knoop door" (tester round u51il), "nous trancherons
    # d'ici vendredi", "le comité tranche d'ici le 9"
    r"|beslis(?:sen|t)|besluiten|knoop|trancher(?:a|ai|ons|ont)?"
    r"|(?:nous|on|il|elle|ils|elles|comite|jury|direction|equipe) tranch(?:e|ons|ent)"
    # when they will know is when she hears: "I can't promise anything, but I hope to know
    # by Friday", "am Dienstag wissen wir mehr", "j'espère en savoir plus d'ici vendredi",
    # "el martes sabré más", "volgende week dinsdag weet ik meer" (tester round u52hd)
    # (the older cues "know more", "hear from us" keep their own start: nearest counts)
    r"|(?:hope|hoping|expect|expecting|aim|aiming|should|will|'ll|shall) (?:to )?know"
    r"(?! (?:if|whether) (?:you|u)\b| more\b)"
    r"|(?:wissen|weiss) (?:wir|ich) (?:mehr|naheres|genaueres)"
    r"|mehr (?:zu )?wissen|klarheit|en (?:saurai|saurons|saura|savoir) (?:plus|davantage)"
    r"|(?:sabre|sabremos|sabra|sabran) (?:algo|mas)|saber (?:algo|mas)"
    r"|(?:weet|weten) (?:ik|we|wij) (?:meer|iets|het)|meer te weten|duidelijkheid"
    # her patience asked until a day, the decision put off to one: "wir bitten Sie noch um
    # etwas Geduld bis KW 51", "bear with us until the 10th", "un report à la semaine
    # prochaine", "te pido paciencia hasta el 18", "nog even geduld tot vrijdag" (u52hd)
    r"|geduld (?:bis|tot)|(?:de |un peu de )?patience jusqu|patienter jusqu"
    r"|paciencia hasta|bear with (?:us|me) (?:until|till|til)|(?:un|le|simple) report (?:a|au)"
    # the time they ask for, and when she will hear: "give us until Wednesday", "geben Sie
    # uns noch bis Freitag Zeit", "danos hasta el viernes", "geef ons tot vrijdag", "expect
    # to hear by 9 December" (u52hd)
    r"|give (?:us|me) (?:until|till|til)|(?:geben sie|gib|gebt) (?:uns|mir) (?:noch )?bis"
    r"|(?:laissez|laisse|accordez|accorde)-(?:nous|moi) (?:encore )?jusqu"
    r"|(?:danos|dame|denos|deme) (?:hasta|de plazo)"
    r"|geef (?:ons|me|mij) (?:nog )?(?:even )?tot|(?:expect|expecting|should|will|'ll) (?:to )?hear"
    r"(?! (?:from|back|anything|something|more)\b)"
    # "morgen einde dag heb je antwoord" (probe-dates5), never "heb je antwoord nodig"
    r"|(?:heb|hebt|krijg|krijgt) (?:je|jij|u) (?:(?:ons|mijn|een|het) )?antwoord"
    r"(?! (?:nodig|gegeven|gekregen|gestuurd)\b)|(?<!je )(?<!uw )antwoord"
    # never someone back, "de manager is vanaf maandag weer terug" (probe-dates7)
    # never her reaction: "Graag ontvangen we je reactie uiterlijk 14-12" (probe-dates10)
    r"|terugkoppeling|(?<!je )(?<!jouw )(?<!uw )reactie"
    r"|(?<!weer )(?<!\bis )(?<!\bzijn )terug(?! van\b)|uitsluitsel"
    r"|contact (?:met (?:je|jou|u) )?op|op de hoogte"
    r"|bellen|bel je"
    # a phone's promise: "ich ruf dich Do an", "je te fais signe jeudi", "ik app je morgen"
    # (never "Rufen Sie mich an": hers to do)
    r"|(?:ruf|rufe|rufen) (?:dich|sie|euch)(?! (?:mich|uns)\b)|(?:fais|ferai|ferons) signe"
    r"|(?:te|vous) redi(?:s|rai)"
    # German verb before its subject, and its split verb: "dann rufe ich Sie an", "wir
    # kommen bis Freitag auf Sie zu", heard by the date probe (probe-dates3)
    r"|(?:rufe? ich|rufen wir) (?:sie|dich|euch)|auf (?:sie|dich|euch) (?:zu\b|zukommen)"
    r"|(?:schreibe ich|schreiben wir) (?:ihnen|dir|euch)"
    # what they will tell: "Nächste Woche sage ich Ihnen, ob es weitergeht" (probe-dates10)
    r"|(?:sage ich|sagen wir|ich sage|wir sagen) (?:ihnen|dir|euch)(?=[^.!?;]{0,30}?\b(?:ob|wie"
    r"|wann)\b)"
    # its present for a future, never why one writes now: "ich schreibe Ihnen in der ersten
    # Januarwoche", not "ich schreibe Ihnen heute wegen ..." (probe-dates9)
    r"|(?:ich schreibe|wir schreiben) (?:ihnen|dir|euch)\b(?! (?:heute|gerade|jetzt|nur|kurz"
    r"|wegen|im auftrag|aus|von|bezuglich|zu|mit|um|in sachen)\b)"
    r"|tiens au jus|(?:app|mail|sms|ping) (?:je|jou|u)"
    # someone else's call, and a yes or no for her: "De teamleider belt je maandag met de
    # uitslag", "Realistically I'll have a yes or no for you by Weds" (probe-dates9)
    r"|(?:belt|mailt|appt) (?:je|jou|u)\b|(?<!your )(?:yes or no|yes/no)(?! from (?:you|u)\b)"
    # "en principe le manager vous appelle vendredi", "Stand jetzt rechnen wir mit Donnerstag"
    r"|(?:vous|te) (?:appelle|appellera|rappelle|rappellera)\b"
    # the same to a "tu", cut short: "Je t'appelle vendredi" (probe-dates11)
    r"|\b(?:je|on) t'(?:appelle|appellera|rappelle|rappellera)\b"
    r"|(?:wir rechnen|rechnen wir|ich rechne|rechne ich) mit (?=(?:[\w ,.]{0,40}? )?(?:bis|am"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|anfang|mitte|ende|nachste\w*|kommende\w*)\b)"
    # a line dropped, a call, more said: "will drop you a line in 48 hrs", "Wir werden Sie
    # kontaktieren", "sollten wir Ihnen etwas sagen können", "el lunes te llamo", "je meer
    # te kunnen vertellen" (probe round p51)
    r"|drop (?:you|u) (?:a )?(?:line|note|mail|email)|tell (?:you|u) more|kontaktier\w*"
    r"|(?:ihnen|dir|euch)(?: [\w.]+){0,6}? (?:etwas|mehr|naheres|genaueres|was) sagen"
    r"|(?:te|le|os|les) llam(?:o|amos|are|aremos)|llamarte|llamarle"
    # Mexico's "marcar", to phone: "le marco el jueves", "te marcamos mañana" (u48rg)
    r"|(?:te|le|les) marc(?:o|amos|are|aremos)|marcarte|marcarle"
    r"|(?:meer|iets) (?:te )?(?:kunnen )?vertellen|vertel(?:len)? (?:ik|we|wij) (?:je|u))\b"
    # the result a public body publishes: "la lista provisional ... se publicará en unos
    # quince días", "the shortlist will be published by Friday" (w8es)
    r"|\b(?:(?:short)?list[ae]?|lijst|results?|resultados?|resultats?|ergebniss?e?|uitslag"
    r"|ranking)\b(?=[^.!?;]{0,60}?\b(?:se publicara|will be (?:published|posted)|sera publiee?"
    r"|seront publiee?s|(?:wird|werden|wordt|worden)(?: [^.!?;]{0,30}?)? (?:veroffentlicht"
    r"|gepubliceerd|bekendgemaakt))\b)"
    # their side sends the times or the invitation: "Becca will send over a few time
    # options by Wednesday" (``core.times_to_come``, tester round u43of)
    rf"|{TIMES_TO_COME}"
)
#: Searched grouped by first letter (``core.lazy_patterns``): some two hundred alternatives
#: were tried one by one at every word of every sentence (a fifth of the time now).
PROMISE_CUES: Final = lazy_pattern(PROMISE_CUE_WORDS, grouped=True)
