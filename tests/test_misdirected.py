"""Mail written to someone else and sent to the candidate by mistake. Pure."""

from __future__ import annotations

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.misdirected import meant_for_someone_else
from silence_watch.core.model import Intent
from silence_watch.core.parse import parse_message


def mail(body: str, to: str = "Jordan Lee <jordan@example.com>") -> bytes:
    """A plain message from a hiring manager, dated, to ``to``."""
    return (
        "From: Aaron Feld <aaron@quillon.example>\r\n"
        f"To: {to}\r\n"
        "Subject: Re: DevRel Engineer\r\n"
        "Date: Thu, 12 Nov 2026 16:05:52 -0500\r\n"
        "Message-ID: <m1@quillon.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        "Mark - notes below. Can we talk before I get back to Jordan? I want to close this week.",
        "Hi Priya,\n\nJordan's references are in; I'll let you know by Friday what we decide.",
        "Hallo Sven: kannst du Jordan morgen anrufen? Ich melde mich bis Freitag.",
        # the candidate named after "from", a comma after her name (tester round u46nw)
        "Tom - see below from Jordan, the strong one. I'll update her on Friday.",
        "Sanne, hieronder van Jordan, zie haar vraag. Ik laat het vrijdag weten.",
    ],
)
def test_a_note_to_a_colleague_about_the_candidate_is_asked_about(body: str) -> None:
    """Greets someone else by name and names the candidate: no reading, no promise, a question."""
    message = parse_message(mail(body))
    assert meant_for_someone_else(message, body) is not None
    result = classify_message(message)
    assert result.intent is Intent.OTHER
    assert result.promised_by is None
    assert result.confidence < 0.6


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # a greeting word and another name (tester round t68ic): a no, an offer for another
        ("Hola Sergio:\n\nLamentablemente, hemos decidido seguir adelante con otra candidatura.",
         "María Fernández <m@example.com>"),
        ("Bonjour Thomas,\n\nNous avons le plaisir de vous proposer le poste de Chef de projet.",
         "Léa Marchand <l@example.org>"),
        # a bare name and then a she: a note for the colleague
        ("Birgit,\nzur Info, siehe unten. Ich glaube nicht, dass sie weit genug ist.",
         "Katharina Wendt <k@example.org>"),
        ("Sophie, peux-tu organiser le prochain tour avec elle ? Avant le 4/12.",
         "Inès Benali <i@example.com>"),
    ],
)  # fmt: skip
def test_a_note_greeting_someone_else_is_asked_about(body: str, to: str) -> None:
    """Another person greeted plainly: not said to the candidate, so she is asked."""
    message = parse_message(mail(body, to))
    assert meant_for_someone_else(message, body) is not None
    result = classify_message(message)
    assert result.intent is Intent.OTHER
    assert result.confidence < 0.6


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # a nickname, accents dropped, a form of address, a word that opens a line, a bare
        # name with no she or he spoken of
        ("Hi Maddie,\n\nThe team is on hold until January.", "Madison Ng <m@example.com>"),
        ("Hola Vero, ¿qué tal? Te escribo el lunes.", "Verónica Salas <v@example.com>"),
        ("Hi Zoe,\n\nCould you send your portfolio?", "Zoë Harrington <z@example.com>"),
        ("Dear Applicant,\n\nThank you for applying.", "Ngozi Okeke <n@example.com>"),
        ("Madame,\n\nNous avons bien reçu votre candidature.", "Julie Mertens <j@example.com>"),
        ("Likewise, Leah! It was great to meet you.", "Leah Cohen <l@example.com>"),
        ("Noted, thanks. We'll be in touch if there's a fit.", "Hannah Schultz <h@example.com>"),
        # greets the candidate
        ("Jordan - thanks for today. Back to you by Friday.", "Jordan Lee <j@example.com>"),
        ("Hi Jordan,\n\nMark will call you on Friday.", "Jordan Lee <j@example.com>"),
        # a word, not a name, and the candidate named in passing
        ("Thanks - Jordan, I'll be in touch by Friday.", "Jordan Lee <j@example.com>"),
        ("Hi team, quick update for Jordan: we decide on Friday.", "Jordan Lee <j@example.com>"),
        # surname first in the display name
        ("Jordan, we will decide by Friday.", '"Lee, Jordan" <j@example.com>'),
        # someone else greeted, but the candidate never named: a forward's own words
        ("Mark - see below, thoughts?", "Jordan Lee <j@example.com>"),
        # greets the candidate and names her after a preposition
        ("Jordan - a note for Jordan, from all of us: we'll decide by Friday.",
         "Jordan Lee <j@example.com>"),
        # shapes that fooled the first version on the labelled corpus: a two-word greeting,
        # a letter's place and day, a protective marking, an interjection and a vocative
        ("Buenas tardes, Lucía:\nLe escribimos para confirmar a Lucía la fecha.",
         "Lucía Pardo <l@example.com>"),
        ("Asunción, 3 de diciembre de 2026\n\nEstimado Tomás:\nLamentamos informarle.",
         "Tomás Ruiz <t@example.com>"),
        ("OFFICIAL - SENSITIVE\n\nDear Callum, thank you for applying.",
         "Callum Reid <c@example.com>"),
        ("Jaja, ¡qué bien! Ya lo vi, Mariana. Te cuento.", "Mariana Sol <m@example.com>"),
        ("Aww - thanks Ava! That made my day.", "Ava Stone <a@example.com>"),
        # two recipients: whom it greets says nothing
        ("Mark - Jordan is copied here.", "Jordan Lee <j@example.com>, Mark <m@example.com>"),
        # the recipient's name is her bare address (Outlook, tester round t90cl)
        ("Sehr geehrte Frau Lenz,\nleider müssen wir Ihnen absagen.",
         '"katharina.lenz@example.org" <katharina.lenz@example.org>'),
    ],
)
def test_mail_to_the_candidate_is_read_as_usual(body: str, to: str) -> None:
    """Only both signs together: another name greeted and the candidate spoken of."""
    assert meant_for_someone_else(parse_message(mail(body, to)), body) is None


def _copied(body: str, to: str, cc: str) -> bytes:
    """A hiring manager's mail to ``to``, with ``cc`` copied."""
    return mail(body, to).replace(b"Subject:", f"Cc: {cc}\r\nSubject:".encode(), 1)


def test_a_note_to_a_colleague_with_the_candidate_only_copied_is_asked_about() -> None:
    """Tester round u15in: "Claire, peux-tu caler un 2e tour pour Mme Moreau", Inès in Cc."""
    body = ("Claire,\n\nPeux-tu caler un 2e tour pour Mme Moreau avec Hélène avant le 11/12 ?"
            " Vois avec Sandrine pour mon agenda.\n\nLaurent")  # fmt: skip
    note = parse_message(_copied(body, "DUBOIS Claire <claire@quillon.example>",
                                 "ines.moreau@example.com"))  # fmt: skip
    assert meant_for_someone_else(note, body) is not None
    # said to the candidate, a colleague copied: her words to him
    said = ("Bonjour Inès,\n\nJe vous propose un 2e tour avec Mme Dubois (en copie) jeudi à"
            " 10h.\n\nLaurent")  # fmt: skip
    to_her = parse_message(_copied(said, "Inès Moreau <ines.moreau@example.com>",
                                   "Claire Dubois <claire@quillon.example>"))  # fmt: skip
    assert meant_for_someone_else(to_her, said) is None
    # a colleague greeted, another colleague spoken of: nobody from outside
    inside = ("Claire,\n\nPeux-tu voir avec Mme Roux pour la salle ?\n\nLaurent")
    internal = parse_message(_copied(inside, "Claire <claire@quillon.example>",
                                     "Anne Roux <anne.roux@quillon.example>"))  # fmt: skip
    assert meant_for_someone_else(internal, inside) is None


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # courtesy returned, then her name and a dash (tester round u38pl): said to her
        ("Likewise, Dario - enjoyed the conversation. Best of luck with the rest of the process!",
         "Dario Okafor <d@example.net>"),
        ("Same, Keisha - great to put a face to the name. Talk to Keisha's referee soon.",
         "Keisha Brown <k@example.com>"),
        ("Igualmente, Rocío - fue un gusto. Le paso lo de Rocío a Marcos.",
         "Rocío Vidal <r@example.com>"),
        ("Ebenso, Malte - hat mich gefreut, ich melde mich bei Malte nach der Runde.",
         "Malte Brink <m@example.org>"),
        ("Gleichfalls, Jana \u2013 schönes Wochenende!", "Jana Kühn <j@example.org>"),
        ("Pareillement, Hugo - un plaisir. Je garde le dossier de Hugo sous le coude.",
         "Hugo Lemaire <h@example.fr>"),
        ("Eveneens, Bram - leuk gesprek gehad. Ik bel Bram volgende week.",
         "Bram Peeters <b@example.be>"),
        ("Evenzo, Lotte - tot snel.", "Lotte Jansen <l@example.nl>"),
        ("Absolutely, Dario - happy to. Dario is on my list for Friday.",
         "Dario Okafor <d@example.net>"),
    ],
)  # fmt: skip
def test_courtesy_before_a_comma_greets_no_one_else(body: str, to: str) -> None:
    """"Likewise," "Igualmente," "Ebenso," "Pareillement," "Eveneens,": no one's name."""
    assert meant_for_someone_else(parse_message(mail(body, to)), body) is None


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # a real name before the comma, then the candidate spoken of: still a note for him
        ("Liam, Dario's notes below - can we talk before I get back to Dario?",
         "Dario Okafor <d@example.net>"),
        ("Hola Ignacio, te reenvío lo de Rocío; decidimos el viernes.",
         "Rocío Vidal <r@example.com>"),
        ("Pascale, peux-tu rappeler Hugo ? Je vois Hugo jeudi.", "Hugo Lemaire <h@example.fr>"),
    ],
)  # fmt: skip
def test_a_name_before_the_comma_still_greets_someone_else(body: str, to: str) -> None:
    """The courtesy words take nothing away from a colleague greeted by name."""
    assert meant_for_someone_else(parse_message(mail(body, to)), body) is not None
