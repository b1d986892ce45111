"""Invitations to her next round and their near-misses (probe round probe-steps4).

Worded differently from the probe's lines: the constructions, not the sentences.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.her_declined_round import in_her_refusal, she_declined
from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold
from silence_watch.core.others_interviews import others_interviewed
from silence_watch.core.parse import parse_message


def _intent(text: str) -> str | None:
    found = intent_of(text)
    return found[0].value if found else None


@pytest.mark.parametrize("text", [
    # the German infinitive with "zu": read as nothing at all
    "Wir würden uns freuen, dich zu einem Gespräch mit unserer Gründerin einzuladen.",
    "Gerne möchten wir Sie noch einmal zu uns ins Büro nach Kassel einzuladen.",
    # a test or a visit she is asked to come for
    "Könnten Sie am Freitag für eine praktische Aufgabe bei uns vorbeischauen?",
    "Hast du Lust? Kannst du am Montag für einen fachlichen Test vorbeikommen?",
    "We'd love to get you in to meet Priya and the platform folks next week.",
    "Could we have you in for a coffee with the design lead on Wednesday?",
    # a slot to book by link
    "Unter diesem Link können Sie einen Termin mit Frau Ott zu buchen.",
    # the Dutch inverted invitation; a case to prepare
    "Hierbij nodigen we je uit voor een tweede ronde op het hoofdkantoor.",
    "Voor de volgende stap vragen we je een praktijkopdracht te maken.",
    # a trial day; a call proposed as a question
    "Te proponemos un día de prueba con el equipo de cocina el sábado.",
    "¿Hablamos mañana a las 10 para contarte lo de la otra vacante?",
    # a round moved to a new time
    "Het interview met Joost moeten we een dag verplaatsen: woensdag 16 december om 10.00 uur.",
    "Das Vorstellungsgespräch mit Frau Ott müssen wir auf Montag, 14.12., 9 Uhr verschieben.",
    "Tenemos que reprogramar tu entrevista: ahora es el lunes 14 a las 12:00.",
])
def test_an_invitation_in_these_words_is_a_next_step(text: str) -> None:
    """An invitation in the words the rows lacked is a next step."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    # "nicht einzuladen" is their no
    "Wir haben uns entschieden, Sie nicht zu einem weiteren Gespräch einzuladen.",
])
def test_an_invitation_denied_is_a_rejection(text: str) -> None:
    """"Sie nicht ... einzuladen" is their no."""
    assert _intent(text) == "rejection"


@pytest.mark.parametrize("text", [
    # what was said, not a call proposed
    "Como hablamos el jueves, te escribo cuando tenga noticias del cliente.",
    # the rounds of their side, in the plural
    "We ronden volgende week de tweede gesprekken af en laten je daarna iets weten.",
])
def test_near_misses_of_an_invitation_are_no_next_step(text: str) -> None:
    """What was said, and rounds of their side, invite her to nothing."""
    assert _intent(text) != "next_step"


@pytest.mark.parametrize("text", [
    # a round only once she is chosen, or once she has passed a stage
    ("Muchas gracias. En caso de que tu candidatura resulte seleccionada, serías convocada a"
     " una entrevista con la directora financiera y a una prueba de inglés. Te escribimos"
     " antes del viernes."),
    ("Should you get through this stage, the next step would be an onsite with the team. We"
     " will be in touch by Friday either way."),
    "Wenn Sie diese Runde bestehen, folgt ein Zweitgespräch. Wir melden uns bis Freitag.",
    "Als je deze ronde haalt, volgt een assessment. We laten het je vrijdag weten.",
    ("Mocht u door de selectie komen, dan volgt een gesprek met de directeur. We laten het u"
     " vrijdag weten."),
])
def test_a_round_on_a_condition_of_hers_is_a_promise(text: str) -> None:
    """A round only if she is chosen, or passes a stage, leaves their promise the news."""
    assert _intent(text) == "acknowledgement"


@pytest.mark.parametrize("text", [
    ("Quick update: two other applicants are coming in for their panel interview tomorrow,"
     " and I'll get back to you on Friday."),
    ("Wir haben morgen noch eine andere Bewerberin zum Zweitgespräch hier und melden uns"
     " danach bis Freitag."),
    ("Nous voyons encore une autre candidate en second entretien demain; je reviens vers vous"
     " vendredi."),
    "Mañana viene otra candidata a la segunda entrevista y el viernes te digo algo.",
])
def test_another_candidates_round_is_no_next_step_of_hers(text: str) -> None:
    """Another candidate coming to a round is why she waits, not her round."""
    assert _intent(text) == "acknowledgement"


def test_a_round_for_her_and_another_candidate_stays_hers() -> None:
    """A word for her beside the other candidate keeps the round hers."""
    folded = fold("You and one other candidate are invited to a final interview on Friday.")
    assert not others_interviewed(folded, folded.index("final interview"), len(folded))


@pytest.mark.parametrize("text", [
    ("No worries at all that you've decided not to continue to the panel interview - good"
     " luck with the new job!"),
    "Schade, dass du doch nicht zum Probearbeitstag kommen willst. Alles Gute für dich!",
    ("Merci de m'avoir prévenue que vous préférez ne pas passer le test technique. Belle"
     " continuation !"),
    "Qué pena que no quieras seguir con la prueba técnica, ¡mucha suerte en todo!",
    "Wat jammer dat u toch niet komt naar het tweede gesprek. Veel succes verder!",
])
def test_her_own_no_to_a_round_answered_kindly_is_a_pleasantry(text: str) -> None:
    """Their kind answer to her no to a round is a pleasantry, never their no."""
    assert _intent(text) == "pleasantry"


@pytest.mark.parametrize("text", [
    # her refusal only as a condition, or asked: the round stays hers
    "If you'd rather not do the panel interview on Friday, just let me know.",
    "Sollten Sie nicht mehr zum Zweitgespräch kommen wollen, geben Sie uns bitte Bescheid.",
    "Si vous ne souhaitez pas poursuivre, merci de nous le dire.",
    "Laat je even weten of je wel of niet komt naar het tweede gesprek op vrijdag?",
    # their own no, in the third person: never her refusal
    "La empresa ha decidido no seguir adelante con tu candidatura.",
])
def test_her_refusal_as_a_condition_or_theirs_is_none(text: str) -> None:
    """Her refusal as a condition or a question, or their own no, is none of hers."""
    assert not she_declined(fold(text))


def test_a_round_in_her_refusal_is_not_hers() -> None:
    """The round named in her refusal is the one she declined."""
    folded = fold("Understood that you'd rather not do the final round; all the best!")
    assert in_her_refusal(folded, folded.index("final round"))


def test_her_no_to_a_round_is_never_a_sure_rejection() -> None:
    """The whole message: a pleasantry, so no feedback request goes to a goodbye."""
    message = EmailMessage()
    message["From"] = "Robin Hale <robin@hale.example>"
    message["To"] = "Kim Park <kim@example.com>"
    message["Subject"] = "Re: second interview"
    message["Date"] = "Tue, 08 Dec 2026 09:30:00 +0100"
    message["Message-ID"] = "<r1@hale.example>"
    message.set_content(
        "Hoi Kim,\n\nJammer dat je niet verder wilt met het assessment, maar ik snap het"
        " helemaal. Veel succes bij je nieuwe baan!\n\nGroet,\nRobin"
    )
    result = classify_message(parse_message(bytes(message)))
    assert result.intent is not None
    assert result.intent.value == "pleasantry"


@pytest.mark.parametrize("text", [
    "Should you be shortlisted, we would invite you to a panel interview in January.",
    "If you're selected, you would then be invited to an assessment day.",
    "Falls Sie ausgewählt werden, würden wir Sie zu einem persönlichen Gespräch einladen.",
    "Si votre candidature est retenue, vous seriez conviée à un entretien avec la directrice.",
    "Si resultas seleccionada, serías citada a una entrevista con el gerente.",
    "Indien u geselecteerd wordt, wordt u uitgenodigd voor een kennismaking.",
])
def test_an_invitation_only_if_she_is_chosen_is_a_promise(text: str) -> None:
    """The invitation on a condition leaves its promise to write, not nothing."""
    assert _intent(text) == "acknowledgement"


@pytest.mark.parametrize("text", [
    "If you are shortlisted, our recruiter will be in touch with you.",
    "When you are invited to the next stage, you will get an email from Workday.",
])
def test_a_condition_word_right_in_front_of_the_step_is_a_condition(text: str) -> None:
    """"If you are shortlisted" is no news that she is."""
    assert _intent(text) != "next_step"


def test_an_unconditioned_later_invitation_stays_a_next_step() -> None:
    """The promise row is weaker than the step: "we will invite you to" stays her round."""
    assert _intent("Good news: we will invite you to the final round next week.") == "next_step"


def test_a_meeting_called_off_with_leider_is_no_rejection() -> None:
    """"Leider muss ich unser Treffen am Montag absagen" calls off a meeting, not her."""
    text = "Leider müssen wir unser Kennenlerngespräch am Montag absagen; ich melde mich wieder."
    assert _intent(text) == "acknowledgement"


@pytest.mark.parametrize("text", [
    "Next, you will be invited to a whiteboard session with two engineers.",
    "Im nächsten Schritt werden Sie zu einem Gespräch mit dem Werkleiter eingeladen.",
    "Vous serez conviée à un entretien avec la directrice le lundi 14 décembre.",
    "Usted será citada a una entrevista con el jefe de planta el lunes 14.",
])
def test_an_invitation_said_in_the_future_is_a_next_step(text: str) -> None:
    """Unconditioned, the invitation to come is her round."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Sie werden leider nicht zum Zweitgespräch eingeladen.",
])
def test_an_invitation_in_the_future_denied_is_a_rejection(text: str) -> None:
    """"Sie werden leider nicht ... eingeladen" is their no."""
    assert _intent(text) == "rejection"


def test_a_verb_first_condition_is_no_rejection() -> None:
    """"Werden Sie nicht eingeladen, ..." is a condition, no no."""
    assert _intent("Werden Sie nicht eingeladen, schicken wir Ihnen eine kurze Nachricht.") != (
        "rejection"
    )


@pytest.mark.parametrize("text", [
    "I understand you would rather not relocate, so the final round will be on Zoom on Friday.",
    "Ich verstehe, dass Sie nicht umziehen möchten, daher ist das Zweitgespräch per Video.",
    "Entiendo que prefieras no mudarte, así que la segunda entrevista será por videollamada.",
    "Ik begrijp dat je niet wilt verhuizen, dus het tweede gesprek doen we online.",
])
def test_another_no_of_hers_beside_her_round_keeps_the_round(text: str) -> None:
    """Not moving house is no no to the round: the round in its sentence stays hers."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Would you accept 68k as a base? If so, we'll invite you to a final chat with the COO.",
    "Können Sie im März anfangen? Falls ja, werden wir Sie zum Abschlussgespräch einladen.",
    ("Pourriez-vous commencer en mars ? Si c'est le cas, nous vous convierons à un dernier "
     "échange."),
    "¿Podrías incorporarte en marzo? Si es así, te convocaremos a la entrevista final.",
])
def test_a_round_that_waits_on_her_answer_leaves_the_ask(text: str) -> None:
    """"If so" is her answer to their question: the question is the news, not a promise."""
    assert _intent(text) == "request"


@pytest.mark.parametrize("text", [
    "Quick heads-up: we're pushing your interview to Thursday at 11, same Zoom.",
    "Sorry! Had to shift our call to tomorrow at 9am if that's ok.",
    "Ci-joint le cas pratique à préparer pour notre échange du 16 décembre.",
])
def test_a_round_moved_to_a_day_or_a_case_to_prepare_is_a_next_step(text: str) -> None:
    """Fresh-set causes of the steps round, in other words (stop 45)."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    "Schade, dass Sie Ihre Bewerbung zurückziehen. Alles Gute für die neue Stelle!",
    "Prima dat je het assessment liever niet doet nu je al iets hebt, veel succes!",
])
def test_her_withdrawal_answered_kindly_is_a_pleasantry(text: str) -> None:
    """Her own no, thanked for: good wishes, no news of theirs."""
    assert _intent(text) == "pleasantry"


@pytest.mark.parametrize("text", [
    ("Thanks for the update. I've noted that you'd like to withdraw and closed your file on"
     " our side. Wishing you every success."),
    "Verstanden, dass du deine Bewerbung lieber zurückziehen willst. Alles Gute dir!",
    "Listo: dimos de baja tu postulación como nos pediste. ¡Mucha suerte con lo nuevo!",
])
def test_her_wish_to_withdraw_noted_is_never_their_no(text: str) -> None:
    """Her wish to withdraw, noted and closed, is a kind reply: never their rejection."""
    assert _intent(text) == "pleasantry"


def test_as_she_asked_before_a_round_keeps_the_round() -> None:
    """"Como nos pediste" in front of her interview's new time is no refusal of hers."""
    text = "Como me pediste, te paso la segunda entrevista al jueves 17 a las 9. ¿Te sirve?"
    assert not she_declined(fold(text))


@pytest.mark.parametrize("text", [
    "¿Podrías reunirte con el director financiero el miércoles 9 a las 12?",
    "¿Te gustaría conocer al fundador esta semana? Tiene hueco el jueves.",
])
def test_a_talk_with_someone_senior_asked_is_a_next_step(text: str) -> None:
    """Her next round asked as a question, in Spanish: her step, not only a question."""
    assert _intent(text) == "next_step"


@pytest.mark.parametrize("text", [
    ("Dossier bien reçu. Si votre profil correspond au poste, vous serez conviée à un "
     "entretien vidéo."),
    ("Thanks for applying! If your application matches our requirements, you'll be invited "
     "to a short video interview."),
])
def test_a_round_only_if_her_papers_fit_is_no_next_step(text: str) -> None:
    """The round waits on her papers meeting what they look for: a receipt, no invitation."""
    assert _intent(text) == "acknowledgement"


def test_her_papers_praised_with_a_round_set_stay_a_next_step() -> None:
    """No condition: "su candidatura encaja" with an interview set is her round."""
    text = "Su candidatura encaja muy bien: le invitamos a una entrevista el martes a las 10."
    assert _intent(text) == "next_step"


def test_a_task_named_in_feedback_asked_on_the_process_is_none_to_come() -> None:
    """"Any feedback on the interview process (the format, the take-home brief)": done."""
    text = ("Totally optional: if you have any feedback on the hiring process itself (the"
            " panel, the take-home exercise), I'd love to hear it. We decide by Friday.")
    assert _intent(text) != "next_step"
