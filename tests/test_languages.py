"""Drafts in the conversation's language: detection, greetings, and every template (golden)."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from silence_watch.config.templates import load_templates
from silence_watch.core.compose import SAMPLE_CONTEXT, Voice, compose, render
from silence_watch.core.greetings import greeting
from silence_watch.core.language import (
    LANGUAGES,
    Tongue,
    conversation_language,
    detect,
    is_informal,
    language_for,
)
from silence_watch.core.model import (
    Action,
    Contact,
    Direction,
    Intent,
    Interview,
    MessageKind,
    TimelineEntry,
)
from silence_watch.core.recall import (
    Recall,
    day_in,
    interview_name,
    items_in,
    round_kind,
    sent_items,
    when_in,
)

GOLDEN = Path(__file__).parent / "golden"
TEMPLATES = load_templates(None)
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
CASES = [
    (lang, action, informal)
    for lang in OTHERS
    for action in Action
    for informal in (False, True)
]
NY = ZoneInfo("America/New_York")


def sample(language: str, *, informal: bool) -> dict[str, object]:
    """The start-up sample values, written in ``language``."""
    return {
        **SAMPLE_CONTEXT,
        "greeting": greeting("Dana Ruiz", language, informal=informal),
        "interview_day": day_in(date(2026, 11, 18), language),
        "interview_when": when_in(date(2026, 11, 18), date(2026, 11, 18), language),
        "answer_by": day_in(date(2026, 12, 4), language),
        "informal": informal,
        "interview_name": interview_name(None, language),
    }


def golden_path(language: str, action: Action, *, informal: bool) -> Path:
    """The reviewed text of one template, in one language and tone."""
    return GOLDEN / language / f"{action.value}{'_informal' if informal else ''}.txt"


@pytest.mark.parametrize(
    ("language", "action", "informal"),
    CASES,
    ids=[f"{lang}-{a.value}-{'du' if i else 'Sie'}" for lang, a, i in CASES],
)
def test_every_template_in_every_language_is_the_golden_text(
    language: str, action: Action, *, informal: bool
) -> None:
    """Each translated template renders exactly its reviewed text (formal and informal)."""
    subject, body = render(action, TEMPLATES, sample(language, informal=informal), language)
    text = f"Subject: {subject}\n\n{body}"
    path = golden_path(language, action, informal=informal)
    if os.environ.get("SILENCE_WATCH_WRITE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", OTHERS)
def test_translations_stay_short_plain_and_signed(language: str) -> None:
    """At most 130 words, no links, no English left, signed with the candidate's name."""
    for action in Action:
        for informal in (False, True):
            _, body = render(action, TEMPLATES, sample(language, informal=informal), language)
            assert len(body.split()) <= 130, action
            assert not re.search(r"https?://", body)
            assert body.rstrip().endswith("Jordan Lee")
            assert not re.search(r"\b(?:the|and|your|thank)\b", body, re.IGNORECASE), action


@pytest.mark.parametrize(
    ("language", "formal", "informal"),
    [
        ("de", re.compile(r"\b(?:Sie|Ihnen|Ihre?)\b"), re.compile(r"\b(?:du|dir|dich|deine?)\b")),
        ("fr", re.compile(r"\bvous\b"), re.compile(r"\b(?:tu|te|toi|ton)\b|\bt'")),
        ("es", re.compile(r"\b(?:usted|su|le)\b"), re.compile(r"\b(?:tú|tu|te)\b")),
        ("nl", re.compile(r"\b(?:u|uw)\b"), re.compile(r"\b(?:je|jij|jouw)\b")),
    ],
)
def test_formal_drafts_never_say_du_and_informal_ones_never_say_sie(
    language: str, formal: re.Pattern[str], informal: re.Pattern[str]
) -> None:
    """The follow-up, thank-you and check-in keep to one register throughout."""
    for action in (Action.FOLLOW_UP, Action.THANK_YOU, Action.AGENCY_CHECK_IN):
        context = {**sample(language, informal=False), "promised_day": "x", "sent_items": "y"}
        _, polite = render(action, TEMPLATES, context, language)
        assert formal.search(polite), (action, polite)
        assert not informal.search(polite), (action, polite)
        context = {**sample(language, informal=True), "promised_day": "x", "sent_items": "y"}
        _, casual = render(action, TEMPLATES, context, language)
        assert informal.search(casual), (action, casual)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vielen Dank für Ihre Bewerbung. Wir melden uns in der nächsten Woche bei Ihnen.", "de"),
        ("Merci pour votre candidature, nous revenons vers vous la semaine prochaine.", "fr"),
        ("Gracias por su candidatura; le escribiremos la semana que viene con novedades.", "es"),
        ("Bedankt voor uw sollicitatie, wij nemen volgende week contact met u op.", "nl"),
        ("Thank you for your time today, we will be in touch about the role next week.", "en"),
        ("Ok!", None),
    ],
)
def test_the_language_is_read_from_their_words(text: str, language: str | None) -> None:
    """Common words tell the five languages apart; a text too short tells nothing."""
    assert detect(text) == language


def test_du_in_their_mail_makes_the_conversation_informal() -> None:
    """"Hallo Jordan, ... melde dich" is informal; "Sehr geehrte ..., Ihnen" is not."""
    assert is_informal("Hallo Jordan, danke dir! Melde dich gern, wenn du Fragen hast.", "de")
    assert not is_informal("Sehr geehrter Herr Lee, wir danken Ihnen für Ihr Interesse.", "de")
    # "Hallo" greets Frau Vogt and Jordan alike: no "du" in it
    assert not is_informal("Hallo Jordan, schön, dass es geklappt hat! Hat mich gefreut.", "de")
    assert not is_informal("Thanks, talk to you soon", "en")


@pytest.mark.parametrize(
    ("text", "informal"),
    [
        # usted without "usted": "le confirmo", "le ruego", "no dude", beside words that
        # only end like "confirmarte" ("formar parte", "por nuestra parte", "mucha suerte")
        (("Tal y como le comenté, le confirmo la entrevista. Para quienes van a formar parte "
          "del área es importante; por nuestra parte le facilitaremos un portátil. Le ruego "
          "que traiga su DNI. Si necesitara cambiar la hora, no dude en avisarme. Un cordial "
          "saludo y mucha suerte"), False),
        ("Le escribo para darle la bienvenida: forma parte del equipo desde hoy.", False),
        ("Es un equipo fuerte y aparte de eso le daremos una respuesta el lunes.", False),
        # tú: the pronouns, and an infinitive with "te", also "-parte" verbs
        ("¿Te viene bien una videollamada? Te paso el enlace.", True),
        ("Quería confirmarte la entrevista y verte pronto.", True),
        ("Nos encantaría invitarte a participar y no preocuparte de nada más.", True),
        # near miss: "le" said of someone else is no usted
        ("Gracias por tu tiempo, le comenté a Ramón lo bien que fue. ¡Mucha suerte!", True),
    ],
)  # fmt: skip
def test_spanish_usted_is_read_from_its_own_words(text: str, *, informal: bool) -> None:
    """"le confirmo", "no dude" are usted; "formar parte", "mucha suerte" are no tú (u33fu)."""
    assert is_informal(text, "es") is informal


def test_the_config_wins_then_their_latest_message_then_english() -> None:
    """``language:`` on the process first; else the employer's latest reading; else English."""
    readings = [("fr", False), (None, False), ("de", True)]
    assert conversation_language(None, readings) == Tongue("de", informal=True, source="their mail")
    assert conversation_language("fr", readings) == Tongue("fr", informal=False, source="config")
    assert conversation_language(None, [(None, False)]) == Tongue("en")


@pytest.mark.parametrize(
    ("name", "language", "informal", "expected"),
    [
        ("Dana Ruiz", "de", False, "Guten Tag Dana Ruiz,"),
        ("Dana Ruiz", "de", True, "Hallo Dana,"),
        ("Dr. Hanna Weber", "de", False, "Guten Tag Dr. Weber,"),
        ("Ruiz, Dana", "es", False, "Buenos días, Dana Ruiz:"),
        ("Dana Ruiz", "es", True, "Hola, Dana:"),
        ("", "fr", False, "Bonjour,"),
        ("Dana Ruiz", "nl", False, "Beste Dana Ruiz,"),
        ("Dana Ruiz", "en", False, "Hi Dana,"),
    ],
)
def test_greetings_are_written_as_each_language_greets(
    name: str, language: str, *, informal: bool, expected: str
) -> None:
    """Whole names in formal greetings (no guessed Herr/Frau), first names among friends."""
    assert greeting(name, language, informal=informal) == expected


def test_days_and_items_are_written_in_the_drafts_language() -> None:
    """A day and what was sent read as a native speaker writes them."""
    friday = date(2026, 12, 4)
    assert [day_in(friday, lang) for lang in LANGUAGES] == [
        "Friday, December 4", "Freitag, 4. Dezember", "vendredi 4 décembre",
        "viernes 4 de diciembre", "vrijdag 4 december",
    ]  # fmt: skip
    assert items_in(("references", "work_sample"), "de") == "meine Referenzen und die Arbeitsprobe"
    assert when_in(date(2026, 11, 18), date(2026, 11, 20), "es") == "el miércoles"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please find attached my references and the work sample.", ("references", "work_sample")),
        ("Anbei meine Arbeitsprobe.", ("work_sample",)),
        ("Do you need references from me?", ()),
        ("Ci-joint mon portfolio.", ("portfolio",)),
    ],
)
def test_what_the_candidate_sent_is_read_only_when_they_say_it_is_attached(
    text: str, expected: tuple[str, ...]
) -> None:
    """An attachment named in their own words counts; a question about one does not."""
    assert sent_items(text) == expected


INTERVIEW = Interview(
    id=1, company="Acme GmbH", role="Data Engineer",
    date=datetime(2026, 11, 18, 15, tzinfo=ZoneInfo("Europe/Berlin")),
    contacts=(Contact("Dana Ruiz", "dana@acme.example"),), timezone="Europe/Berlin",
)  # fmt: skip


def test_a_follow_up_in_german_refers_to_what_was_said() -> None:
    """Their promised day and what the candidate sent appear; nothing else is invented."""
    draft = compose(
        Action.FOLLOW_UP, INTERVIEW, [], voice=Voice("Jordan Lee", TEMPLATES, NY),
        recipient=Contact("Dana Ruiz", "dana@acme.example"), tongue=Tongue("de"),
        recall=Recall(date(2026, 12, 4), ("references",)),
    )  # fmt: skip
    assert draft.body.startswith("Guten Tag Dana Ruiz,\n\nSie hatten erwähnt, dass die"
                                 " Entscheidung bis Freitag, 4. Dezember fallen soll.")  # fmt: skip
    assert "am Mittwoch, 18. November" in draft.body
    assert "Über meine Referenzen hinaus" in draft.body
    plain = compose(
        Action.FOLLOW_UP, INTERVIEW, [], voice=Voice("Jordan Lee", TEMPLATES, NY),
        recipient=Contact("Dana Ruiz", "dana@acme.example"), tongue=Tongue("de"),
    )  # fmt: skip
    assert "erwähnt" not in plain.body
    assert "Referenzen" not in plain.body


def test_an_english_follow_up_names_the_promise_and_what_was_sent() -> None:
    """"You mentioned you hoped to decide by Friday, December 4" and the references sent."""
    draft = compose(
        Action.FOLLOW_UP, INTERVIEW, [], voice=Voice("Jordan Lee", TEMPLATES, NY),
        recipient=Contact("Dana Ruiz", "dana@acme.example"),
        recall=Recall(date(2026, 12, 4), ("references",)),
    )  # fmt: skip
    assert "You mentioned you hoped to decide by Friday, December 4, so I wanted to follow up" \
        in draft.body
    assert "I'm happy to send anything beyond my references if it would help." in draft.body


def test_a_status_update_names_the_deadline_or_the_final_round() -> None:
    """The deadline appears only when given; a final round is said as such."""
    voice = Voice("Jordan Lee", TEMPLATES, NY)
    to = Contact("Dana Ruiz", "dana@acme.example")
    deadline = compose(Action.STATUS_UPDATE, INTERVIEW, [], voice=voice, recipient=to,
                       deadline=date(2026, 12, 12))  # fmt: skip
    assert "and I've been asked to answer by Saturday, December 12." in deadline.body
    final = compose(Action.STATUS_UPDATE, INTERVIEW, [], voice=voice, recipient=to,
                    news="final_round", tongue=Tongue("fr"))  # fmt: skip
    assert "on me propose un dernier entretien dans une autre entreprise" in final.body


@pytest.mark.parametrize(
    ("gender", "said", "not_said"),
    [
        ("feminine", ["je suis invitée", "heureuse de savoir", "tenir informée"], ["·"]),
        ("masculine", ["je suis invité à", "heureux de savoir", "tenir informé :"], ["·"]),
        # her gender unknown: words that have none, not "invité·e" (u44pp)
        ("neutral", ["on me propose un dernier entretien", "j'aimerais donc savoir"],
         ["invité·e", "heureux·se"]),
    ],
)
def test_french_drafts_speak_of_the_candidate_in_their_gender(
    gender: str, said: list[str], not_said: list[str]
) -> None:
    """me.grammatical_gender: "invitée" or "invité"; neutral says it with no gender."""
    voice = Voice("Camille Durand", TEMPLATES, NY, gender)
    to = Contact("Dana Ruiz", "dana@acme.example")
    text = compose(Action.STATUS_UPDATE, INTERVIEW, [], voice=voice, recipient=to,
                   news="final_round", tongue=Tongue("fr")).body  # fmt: skip
    assert all(words in text for words in said), text
    assert not any(words in text for words in not_said), text


@pytest.mark.parametrize(
    ("gender", "word"),
    [("feminine", "interesada"), ("masculine", "interesado"),
     # her gender unknown (Lucía, u44pp): words with none, never "interesado/a"
     ("neutral", "Sigo teniendo mucho interés en")],
)  # fmt: skip
def test_spanish_drafts_speak_of_the_candidate_in_their_gender(gender: str, word: str) -> None:
    """"interesado/a" becomes the candidate's own word."""
    voice = Voice("Sergio Campos", TEMPLATES, NY, gender)
    to = Contact("Dana Ruiz", "dana@acme.example")
    text = compose(Action.FOLLOW_UP, INTERVIEW, [], voice=voice, recipient=to,
                   tongue=Tongue("es")).body  # fmt: skip
    assert word in text
    assert "/a " not in text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We'd like you to come in for an onsite with the data team on Thursday.", "onsite"),
        ("Wir würden Sie gern zu einem Fachgespräch mit dem Team einladen.", "technical"),
        ("Nous vous proposons un entretien téléphonique mardi.", "phone"),
        ("Le invitamos a la entrevista final con la directora.", "final"),
        ("After the phone screen we'd like an onsite.", None),
        ("Could you send your references?", None),
        ("Wir laden Sie zu einem persönlichen Gespräch in unserem Büro ein.", "onsite"),
        # thanks for a call already held: that call is no round (since tester round t84ml;
        # before, the two kinds named neither)
        (("Danke für das nette Telefonat am Mittwoch. Wie besprochen laden wir Sie zu einem"
          " persönlichen Gespräch ein."), "onsite"),
        (("Vielen Dank für Ihre Bewerbung und das nette Telefonat am Dienstag. Gerne laden wir"
          " Sie zu einem Vorstellungsgespräch ein."), None),
        ("Thanks for the call yesterday! Next we'd like to set up a phone screen.", "phone"),
        ("Nous vous recevrons en présentiel dans nos bureaux de Lyon.", "onsite"),
        # a round looked back on is no round being set up (tester round u33fu)
        (("Great news: following your phone screen, the team would love to have you back for"
          " a 90-minute panel interview over Zoom."), None),
        ("Nach Ihrem Telefoninterview laden wir Sie gern zu einem Gespräch vor Ort ein.", "onsite"),
        (("Suite à votre entretien téléphonique, nous vous proposons un entretien technique."),
         "technical"),
        ("Tras su entrevista telefónica, le invitamos a una entrevista presencial.", "onsite"),
        (("Naar aanleiding van je telefonisch gesprek nodigen we je uit voor een technisch"
          " gesprek."), "technical"),
        (("Thank you for the technical interview. We'd like to invite you to a final round."),
         "final"),
        # near miss: a round being confirmed (and "After the phone screen", above)
        ("Thanks for confirming the phone screen on Tuesday at 10.", "phone"),
    ],
)
def test_the_round_is_named_as_they_named_it_or_not_at_all(text: str, kind: str | None) -> None:
    """One kind of round in their words names it; none, or two, name nothing."""
    assert round_kind(text) == kind


def test_a_follow_up_names_the_round_that_happened() -> None:
    """"Follow up on the onsite for the Data Engineer role on Wednesday, November 18"."""
    voice = Voice("Jordan Lee", TEMPLATES, NY)
    to = Contact("Dana Ruiz", "dana@acme.example")
    english = compose(Action.FOLLOW_UP, INTERVIEW, [], voice=voice, recipient=to,
                      recall=Recall(round_kind="onsite"))  # fmt: skip
    assert "to follow up on the onsite for the Data Engineer role on Wednesday, November 18" \
        in english.body
    dutch = compose(Action.FOLLOW_UP, INTERVIEW, [], voice=voice, recipient=to,
                    recall=Recall(round_kind="technical"), tongue=Tongue("nl"))  # fmt: skip
    assert "hoe het staat na mijn technische gesprek op woensdag 18 november" in dutch.body


def test_a_draft_follows_the_recipients_own_language_first() -> None:
    """Her French no gets a French answer; an English client is not written to in German."""
    mine: list[tuple[str | None, bool]] = []
    theirs, side, anyone = [("fr", False)], [("nl", False)], [("nl", True)]
    assert language_for(None, [theirs, side, mine, anyone]) == Tongue("fr", source="their mail")
    # He never wrote; his side never wrote; the candidate wrote to him in English.
    client = [[], [], [("en", False)], [("de", False)]]
    assert language_for(None, client) == Tongue("en", source="their mail")
    # Nobody on his side and nothing from the candidate: anyone's language, else English.
    assert language_for(None, [[], [], [], [("de", False)]]).language == "de"
    assert language_for(None, [[], [], [], []]) == Tongue("en")
    # The config comes first, its tone read from everything.
    assert language_for("es", client) == Tongue("es", informal=False, source="config")


def test_once_they_wrote_informally_the_drafts_stay_informal() -> None:
    """"du" in the invitation, then a pronoun-free "Danke, melde mich!": still du."""
    readings = [("de", True), ("de", False)]
    assert conversation_language(None, readings) == Tongue("de", informal=True, source="their mail")
    assert conversation_language(None, [("de", False)]).informal is False


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("action", [Action.FOLLOW_UP, Action.AGENCY_CHECK_IN, Action.CLOSING_NOTE])
def test_a_round_called_off_is_never_recalled_as_an_interview_that_happened(
    language: str, action: Action
) -> None:
    """Cancelled that morning, the role paused: the draft names the role, never the day."""
    called_off = replace(INTERVIEW, cancelled=True)
    for round_, named in ((INTERVIEW, True), (called_off, False)):
        draft = compose(
            action, round_, [], voice=Voice("Jordan Lee", TEMPLATES, NY),
            recipient=Contact("Dana Ruiz", "dana@acme.example"), tongue=Tongue(language),
        )  # fmt: skip
        assert (day_in(date(2026, 11, 18), language) in draft.body) is named, draft.body
        assert INTERVIEW.role in draft.body


PAUSED = TimelineEntry(
    at=datetime(2026, 12, 8, 10, tzinfo=ZoneInfo("Europe/Berlin")), direction=Direction.INBOUND,
    kind=MessageKind.HUMAN, message_id="<pause@acme.example>", sender="dana@acme.example",
    subject="Re: Data Engineer", intent=Intent.ON_HOLD, revisit_by=date(2027, 1, 10),
)  # fmt: skip


@pytest.mark.parametrize(
    ("language", "asked", "not_asked"),
    [
        ("en", "whether the search has started again", "next steps or the timeline"),
        ("de", "ob das Verfahren wieder aufgenommen wurde", "nächsten Schritten"),
        ("fr", "savoir si le recrutement a pu reprendre", "prochaines étapes"),
        ("es", "saber si el proceso se ha retomado", "próximos pasos"),
        ("nl", "of de procedure inmiddels weer is opgepakt", "volgende stappen"),
    ],
)
def test_a_follow_up_after_a_pause_asks_whether_it_started_again(
    language: str, asked: str, not_asked: str
) -> None:
    """A follow-up after their pause asks whether it started again (u47ye-fr).

    Not "the next steps or the timeline", as if nothing had been said; an unsure pause, or
    one their later word moved on from, changes nothing.
    """

    def draft(timeline: list[TimelineEntry]) -> str:
        return compose(
            Action.FOLLOW_UP, INTERVIEW, timeline, voice=Voice("Jordan Lee", TEMPLATES, NY),
            recipient=Contact("Dana Ruiz", "dana@acme.example"), tongue=Tongue(language),
        ).body  # fmt: skip

    assert asked in draft([PAUSED])
    assert not_asked not in draft([PAUSED])
    unsure = replace(PAUSED, confidence=0.5)
    assert not_asked in draft([unsure])
    resumed = replace(PAUSED, at=datetime(2027, 1, 12, tzinfo=NY), intent=Intent.ACKNOWLEDGEMENT)
    assert not_asked in draft([PAUSED, resumed])


def test_her_own_mail_is_the_last_word_before_english() -> None:
    """A first check-in to an agency that never wrote: her Dutch thank-you decides (u53rv)."""
    none: list[tuple[str | None, bool]] = []
    theirs, side, mine, anyone = none, none, none, none
    hers: list[tuple[str | None, bool]] = [("nl", False)]
    assert language_for(None, [theirs, side, mine, anyone, [], hers]).language == "nl"
    # the company's hiring system still speaks first, and any of their people before it
    assert language_for(None, [theirs, side, mine, anyone, [("de", False)], hers]).language == "de"
    assert language_for(None, [[("fr", False)], side, mine, anyone, [], hers]).language == "fr"
