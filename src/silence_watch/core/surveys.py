"""A hiring system's survey about how the candidate found the process, in five languages. Pure.

"How was your interview experience? Take the survey", "Hoe heb je het sollicitatieproces
ervaren? Het invullen van de vragenlijst kost ongeveer twee minuten": the employer's
hiring system asks for an opinion of the process, and nothing of the process itself. The
reader sees a request in it ("could you take two minutes"); ``core.system_notices`` makes
it no reply (docs/process.md, "Never a reply").

Three ways a survey shows itself, on folded text (``core.language.fold``):

- ``SURVEY``: its own words ("take our candidate survey", "zur Umfrage");
- ``EXPERIENCE_ASK``: the question about the process ("how did you experience the
  application process", "wie haben Sie den Bewerbungsprozess erlebt", "comment avez-vous
  vécu l'entretien", "¿cómo valoras el proceso?", "hoe je het sollicitatieproces hebt
  ervaren"): about the process, never a task ("how did you find the assessment?");
- ``SURVEY_LENGTH``: a form that takes a few minutes ("the questionnaire takes about two
  minutes", "Het invullen van de vragenlijst kost ongeveer twee minuten", "der Fragebogen
  dauert nur 2 Minuten"), only where the mail also asks her opinion (``_OPINION``: "your
  feedback", "jouw mening", "help us improve"). A screening questionnaire or a document to
  upload that "takes about two minutes" asks no opinion: it is a request.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import compile_phrase

#: A survey about how the candidate found the process: it asks nothing of the process.
SURVEY: Final = compile_phrase(
    # en
    r"\b(?:take|complete|fill (?:in|out)|answer|respond to) (?:a|our|the|this) "
    r"(?:(?:short|quick|brief|anonymous|\d+[- ]minutes?|two[- ]minutes?),? ){0,3}"
    r"(?:candidate (?:experience )?|feedback )?survey\b"
    r"|\b(?:our|the|this|a) (?:(?:short|quick|brief|anonymous),? ){0,3}(?:candidate|interview"
    r"|feedback) (?:experience )?survey\b"
    r"|\b(?:love|like|want) to hear (?:about|how) (?:your|you found) (?:the |our )?(?:interview"
    r"|candidate|application|recruiting|hiring)?(?: )?(?:experience|process)\b(?! (?:with (?!us\b"
    r"|our (?:hiring|recruit|interview|application))|of|in|at|on|as|using|building|leading)\b)"
    r"|\bhow was your (?:interview(?:ing)?|candidate|application|recruiting|hiring) experience\b"
    r"|\brate your (?:(?:interview|candidate|recruiting|application) )?experience\b"
    # Ashby, tester round t63lg: the survey that has four quick questions
    r"|\b(?:the|this) survey (?:has|takes|is|only takes)\b|\bhow was your interview with\b"
    r"|\b(?:candidate|interview) experience (?:survey|questionnaire)\b"
    r"|\bfeedback (?:on|about) your (?:interview|candidate|recruitment|recruiting|application)"
    r" experience\b"
    # Greenhouse, tester round t99tm: "How did we do? ... Share your feedback (about 2 minutes)"
    r"|\bhow did we do ?[?!]|\bshare your feedback \(?(?:about|it takes|takes|in) (?:\d+|two|three)"
    r"|\btell us about your interview (?:with|at)\b|\bhttps?://surveys?\.[a-z0-9.-]+/"
    # de
    r"|\b(?:kurze|kurzen|anonyme|anonymen) umfrage\b|\ban (?:unserer|einer) umfrage\b"
    # Personio, tester round t89sz: "Die Umfrage dauert etwa zwei Minuten und ist anonym"
    r"|\b(?:die|diese|zur) umfrage (?:dauert|ist|nimmt)\b|\bzur umfrage\b"
    r"|\bwie war (?:ihr|dein) (?:bewerbungsprozess|auswahlprozess|bewerbungsverfahren)\b"
    r"|\b(?:la|cette) (?:enquete|questionnaire) (?:dure|prend|est anonyme)\b"
    r"|\b(?:la|esta) encuesta (?:dura|lleva|es anonima)\b"
    r"|\b(?:de|deze) enquete (?:duurt|is anoniem)\b"
    r"|\bwie (?:haben sie|hast du) (?:unseren|den) (?:bewerbungs|auswahl|interview)prozess"
    r" erlebt\b|\bwie war (?:ihr|dein) (?:bewerbungs|interview)erlebnis\b"
    # fr
    r"|\b(?:questionnaire|enquete) (?:de satisfaction|candidat|anonyme)\b"
    r"|\bcomment avez-vous vecu (?:votre|notre) (?:processus|entretien|experience)\b"
    # "pourriez-vous répondre à notre questionnaire ?" (Teamtailor, tester round t58lp)
    r"|\brepondre a (?:notre|ce|un|le) (?:court |bref )?questionnaire\b"
    r"|\bcomment s'est passe (?:votre|ton) entretien\b"
    # es
    r"|\b(?:breve |corta )?encuesta (?:de satisfaccion|anonima|sobre tu experiencia|"
    r"sobre su experiencia)\b|\bcomo (?:fue|ha sido) (?:tu|su) experiencia (?:en|con) (?:el|la|"
    r"nuestro|nuestra) (?:proceso|entrevista)\b"
    # nl
    r"|\b(?:korte |anonieme )?(?:enquete|vragenlijst) (?:over|invullen)\b"
    r"|\bhoe heb (?:je|u) (?:het|de|onze) (?:sollicitatie|selectie)(?:procedure|proces)? ervaren\b",
)

#: What the process is called, in the five languages (a stem: "sollicitatieproces").
_PROCESS = (
    r"(?:application|interview(?:ing)?|recruit(?:ment|ing)|hiring|selection|candidate|bewerbungs"
    r"|auswahl|vorstellungs|recruiting|einstellungs|processus|entretien|recrutement|candidature"
    r"|proceso|entrevista|seleccion|candidatura|sollicitatie|selectie|wervings?|sollicitatie)"
)
#: The question about the process: how did the candidate experience it.
EXPERIENCE_ASK: Final = compile_phrase(
    # en: "how did you experience / find our hiring process?", "how you found the interview
    # process"; the process, not a task in it
    r"\bhow (?:(?:did|do|would) you (?:experience|find|rate|feel about)|you (?:experienced|found"
    r"|rated|felt about|would rate))\b(?: [\w'-]+){0,6}? (?:application|interview(?:ing)?"
    r"|recruit(?:ment|ing)|hiring|selection|candidate) (?:process|experience|journey|procedure)\b"
    r"|\bhow was your experience (?:with|of|in) (?:the|our) (?:[\w'-]+ ){0,3}?(?:application"
    r"|interview(?:ing)?|recruit(?:ment|ing)|hiring|selection) (?:process|journey|procedure)\b"
    # de: "Wie haben Sie den Bewerbungsprozess bei Nordwerk erlebt?", "wie du ... empfunden hast"
    rf"|\bwie (?:haben sie|hast du|sie|du)\b[^.?!\n]{{0,80}}?\b{_PROCESS}\w*\b[^.?!\n]{{0,60}}?"
    r"\b(?:erlebt|empfunden|wahrgenommen)\b"
    # fr: "comment avez-vous vécu" or "trouvé" the process, the interview
    r"|\bcomment (?:avez-vous|as-tu|vous avez|tu as)\b[^.?!\n]{0,20}?\b(?:vecu|trouve|percu"
    rf"|apprecie)\b[^.?!\n]{{0,60}}?\b{_PROCESS}\b"
    # es: "¿cómo valoras el proceso de selección?", "¿cómo has vivido la entrevista?"
    r"|\bcomo (?:valoras|valora|valorarias|valoraria|calificarias|calificaria|puntuarias"
    r"|puntuaria|has vivido|ha vivido|viviste|vivio)\b[^.?!\n]{0,60}?\b(?:experiencia|"
    rf"{_PROCESS})\b"
    # nl: "Hoe heb je het sollicitatieproces ervaren?", "hoe je ... tot nu toe hebt ervaren"
    r"|\bhoe (?:heb je|hebt u|heeft u|je|u|jij)\b[^.?!\n]{0,80}?\b(?:sollicitatie|selectie"
    r"|wervings?|interview|gesprek|kennismaking)\w*\b[^.?!\n]{0,60}?\b(?:ervaren|beleefd)\b",
)

#: A form that takes a few minutes: "the questionnaire takes about two minutes".
_FORM = (
    r"(?:survey|questionnaire|feedback(?: form)?|umfrage|fragebogen|befragung|sondage|enquete"
    r"|encuesta|cuestionario|vragenlijst)"
)
_FEW = (
    r"(?:[1-5]|one|two|three|four|five|a (?:few|couple of)|(?:ein|zwei|drei|vier|funf|wenige)"
    r"|(?:une|deux|trois|quatre|cinq|quelques)|(?:un|dos|tres|cuatro|cinco|unos|pocos)"
    r"|(?:een|twee|drie|vier|vijf|een paar|enkele))"
)
SURVEY_LENGTH: Final = compile_phrase(
    rf"\b{_FORM}\b[^.!?\n]{{0,60}}?\b(?:takes?|will take|should take|kost|duurt|neemt|dauert"
    r"|nimmt|prend|dure|lleva|llevara|toma|tarda)\b(?: [\w.]+){0,3}? "
    rf"\b{_FEW}(?:[- ](?:minutes?|mins?|minuten|minutos?|minuut))\b"
    # "(about 2 minutes)", "en deux minutes", "in twee minuten" beside the form
    rf"|\b{_FORM}\b[^.!?\n]{{0,40}}?\(?(?:about|around|only|just|in|en|in nur|ca\.?|etwa|ongeveer"
    rf"|environ|unos|solo|apenas)? ?\b{_FEW} (?:minutes?|mins?|minuten|minutos?|minuut)\b",
)
#: The mail asks her opinion: "your feedback", "jouw mening", "help us improve". Not a word
#: a task's mail also says: "your experience with SQL", "we'll give you feedback".
_OPINION: Final = compile_phrase(
    r"\b(?:your|jouw|je|uw|ihr|ihre|dein|deine|votre|ton|tu|su) (?:honest |ehrliche[sn]? )?"
    r"(?:feedback|opinion|thoughts|views|impressions?|mening|meinung|eindruck|avis|valoracion)\b"
    r"|\bhelp(?:s)? us (?:to )?(?:improve|get better)\b|\buns (?:zu )?verbessern\b"
    r"|\bnous ameliorer\b|\b(?:ayudan?|ayudarnos) a mejorar\b|\b(?:ons )?(?:te )?verbeteren\b"
    r"|\b(?:wie|how|hoe|comment|como)\b[^.?!\n]{0,60}\b(?:erlebt|experienced|ervaren|vecu"
    r"|vivido)\b",
)


def is_survey(folded: str) -> bool:
    """Whether ``folded`` (a hiring system's words, folded) is a survey about the process."""
    if SURVEY.search(folded) or EXPERIENCE_ASK.search(folded):
        return True
    return SURVEY_LENGTH.search(folded) is not None and _OPINION.search(folded) is not None
