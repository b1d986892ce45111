"""Where the sender's own words end: attributions, header blocks, forwards, signatures."""

from __future__ import annotations

import pytest

from silence_watch.core.commands import parse_reply
from silence_watch.core.quotes import own_lines, own_text

OWN = "Thanks, see you Tuesday."

#: A reply's own line, then what starts someone else's text, then that text.
ENDINGS = (
    ("en attribution", "On Tue, Nov 24, 2026 at 9:00 AM Dana Ruiz <dana@acme.example> wrote:"),
    ("en attribution wrapped", "On Tue, Nov 24, 2026 at 9:00 AM Dana\n<dana@acme.example> wrote:"),
    ("de attribution", "Am 24.11.2026 um 09:00 schrieb Dana Ruiz <dana@acme.example>:"),
    ("fr attribution", "Le mar. 24 nov. 2026 à 09:00, Dana Ruiz <dana@acme.example> a écrit :"),
    ("es attribution", "El mar, 24 nov 2026 a las 9:00, Dana Ruiz (<dana@acme.example>) escribió:"),
    ("nl attribution", "Op di 24 nov. 2026 om 09:00 schreef Dana Ruiz <dana@acme.example>:"),
    ("pt attribution", "Em ter., 24 de nov. de 2026 às 09:00, Dana <dana@acme.example> escreveu:"),
    ("it attribution", "Il giorno mar 24 nov 2026 alle ore 09:00 Dana Ruiz ha scritto:"),
    ("Outlook header block", "From: Dana Ruiz <dana@acme.example>\nSent: Tuesday, November 24"),
    ("Outlook header block, de", "Von: Dana Ruiz <dana@acme.example>\nGesendet: Dienstag"),
    ("Outlook header block, fr", "De : Dana Ruiz <dana@acme.example>\nEnvoyé : mardi"),
    ("Outlook header block, nl", "Van: Dana Ruiz <dana@acme.example>\nVerzonden: dinsdag"),
    ("Outlook header block, it", "Da: Dana Ruiz <dana@acme.example>\nInviato: martedì"),
    ("Outlook rule", "________________________________\nFrom: Dana Ruiz"),
    ("original message", "-----Original Message-----\nFrom: Dana Ruiz"),
    ("original message, de", "-----Ursprüngliche Nachricht-----"),
    ("original message, es", "-----Mensaje original-----"),
    ("original message, it", "-------- Messaggio originale --------"),
    ("Gmail forward", "---------- Forwarded message ---------\nFrom: Dana Ruiz"),
    ("forward, pt", "---------- Mensagem encaminhada ---------"),
    ("Apple Mail forward", "Begin forwarded message:"),
    ("Apple Mail forward, de", "Anfang der weitergeleiteten Nachricht:"),
    ("signature", "-- \nJordan Lee\n+1 555 0100"),
    ("original message, sv (by shape)", "-------- Originalmeddelande --------"),
    ("forward, sv (by shape)", "---------- Vidarebefordrat meddelande ----------"),
    ("Outlook header block naming the writer without an address, nl (by shape)",
     ("Van: Mark de Jong\nVerzonden: donderdag 3 december 2026 11:46\n"
      "Aan: Sanne Bakker <sanne.bakker@example.com>\nOnderwerp: RE: Bedankt")),
    ("header block, sv (by shape)",
     ("Från: Dana Ruiz <dana@acme.example>\nSkickat: den 24 november 2026 09:00\n"
      "Till: Jordan Lee <jordan@example.com>\nÄmne: Re: Data Engineer")),
)


@pytest.mark.parametrize(("name", "ending"), ENDINGS, ids=[name for name, _ in ENDINGS])
def test_own_text_stops_where_others_words_start(name: str, ending: str) -> None:
    """Nothing from the line that starts quoted, forwarded or signature text on is kept."""
    body = f"{OWN}\n\n{ending}\n> We decided to move forward with other candidates.\n"
    assert own_text(body) == OWN, name


KEPT = (
    ("a line quoted inline is skipped, the answer below it kept", "> When?\nTuesday.", "Tuesday."),
    ("'on ... wrote' inside a sentence is kept", "On reflection I wrote more.", None),
    ("a plain 'De:' without an address is kept", "De: nada, Dana", None),
    ("a sentence starting with 'from' is kept", "From what you said, Tuesday works.", None),
    ("a German sentence with 'am ... schrieb' is kept", "am Montag schrieb ich Ihnen schon.", None),
    ("a Dutch sentence with 'op ... schreef' is kept", "Op maandag schreef ik je al.", None),
    ("two 'Label: value' lines are no header block",
     "Contact: Jordan <jordan@example.com>\nWhen: Tue 10:00", None),
    ("CRLF line ends", "Thanks!\r\n\r\n-- \r\nJordan", "Thanks!"),
)


@pytest.mark.parametrize(("name", "body", "expected"), KEPT, ids=[name for name, _, _ in KEPT])
def test_own_text_keeps_the_senders_words(name: str, body: str, expected: str | None) -> None:
    """Lines that merely look like the start of a quote stay the sender's own."""
    assert own_text(body) == (body if expected is None else expected), name


def test_own_lines_keep_blank_lines() -> None:
    """Blank lines between the sender's own lines are kept (an edited draft needs them)."""
    lines = own_lines("Hi,\n\nThanks.\n> quoted\nJordan\n-- \nsig")
    assert lines == ["Hi,", "", "Thanks.", "Jordan"]


@pytest.mark.parametrize(("name", "ending"), ENDINGS, ids=[name for name, _ in ENDINGS])
def test_a_quoted_digest_is_never_obeyed(name: str, ending: str) -> None:
    """The digest reader stops where the classifier does: no command below a quote is read."""
    reply = parse_reply(f"approve 1\n{ending}\napprove 2\nskip all\n")
    assert [c.line for c in reply.commands] == ["approve 1"], name


def test_a_signature_block_is_no_header_block() -> None:
    """Label lines with an address but no date and time are the sender's (a signature)."""
    body = "Thanks!\nEmail: jordan@example.com\nMobile: +46 70 123 45 67\nHours: Mon-Fri 09:00"
    assert own_text(body) == body


@pytest.mark.parametrize(
    "footer",
    [
        "DISCLAIMER: The information contained in this message is confidential.",
        "This e-mail and any attachments are confidential and intended solely for the addressee.",
        ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur"
         " destinataire."),
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der Adressat sind",
        "Amtsgericht Köln HRB 000000 · Geschäftsführer: A. Beispiel",
        "En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos",
        "Dit bericht is uitsluitend bestemd voor de geadresseerde.",
        # tester round u29es: longer than the old 100 characters, or opening with the
        # "not the recipient" line, in five languages
        ("Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y"
         " pueden contener información confidencial."),
        "La información contenida en este correo electrónico es confidencial.",
        "Si usted no es el destinatario, le rogamos que lo comunique al remitente.",
        "Si ha recibido este mensaje por error, bórrelo.",
        "If you are not the intended recipient, please notify the sender and delete it.",
        "If you have received this email in error, please delete it.",
        "Si vous n'êtes pas le destinataire de ce message, merci de le détruire.",
        "Sollten Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie bitte.",
        "Indien u niet de geadresseerde bent, verzoeken wij u dit bericht te verwijderen.",
    ],
)
def test_a_legal_footer_is_not_the_senders_words(footer: str) -> None:
    """Confidentiality notices and register lines end the sender's own words (five languages)."""
    body = f"Lovely to meet you too, have a good week!\n\nSam\n\n{footer}\nMore legal text."
    assert own_text(body) == "Lovely to meet you too, have a good week!\n\nSam"


@pytest.mark.parametrize(
    "body",
    [
        "This email is to confirm your interview on Monday at 10.\n\nSam",
        "Este mensaje es para confirmarle la entrevista del lunes.\n\nJavier",
        "Si usted no puede el lunes, dígamelo y buscamos otro día.\n\nJavier",
        "If you are not available on Monday, let me know.\n\nSam",
        "Si vous n'êtes pas disponible lundi, dites-le-moi.\n\nClaire",
        "Wenn Sie nicht können, melden Sie sich bitte.\n\nAnna",
        "Als u niet kunt, laat het even weten.\n\nDaan",
    ],
)
def test_a_sentence_about_this_email_is_still_the_senders(body: str) -> None:
    """'This email is to confirm your interview', 'if you are not available': no footer."""
    assert own_text(body) == body


def test_a_reply_written_below_the_quote_is_the_senders() -> None:
    """Bottom-posted (Thunderbird, list habit): her words come after the ``>`` lines."""
    body = ("On 11/4/26 9:12 AM, Nadia Farouk wrote:\n> Hi Jordan,\n> We decide by Friday.\n"
            "\nSmall change: we'll now decide by Wednesday, November 25.\n\nNadia\n-- \n"
            "Nadia Farouk | Talent")  # fmt: skip
    assert own_text(body) == "Small change: we'll now decide by Wednesday, November 25.\n\nNadia"


def test_a_reply_below_a_webde_header_block_is_the_senders() -> None:
    """web.de and GMX quote with an unmarked header block over the ``>`` lines (t40mc)."""
    body = ('Gesendet: Montag, 23. November 2026 um 09:41 Uhr\nVon: "Miriam Scholz"'
            " <miriam@example.com>\nAn: gerd@web.example\nBetreff: Nachfrage\n"
            "> Sehr geehrter Herr Wendt,\n> wie sieht es aus?\n\nSehr geehrte Frau Scholz,\n\n"
            "Sie hören bis Mitte Dezember von mir.\n\nGerd Wendt")  # fmt: skip
    assert own_text(body) == ("Sehr geehrte Frau Scholz,\n\nSie hören bis Mitte Dezember von"
                              " mir.\n\nGerd Wendt")
    forwarded = body.replace("> ", "").replace(">", "")  # a forward's unmarked original
    assert own_text(forwarded) == ""


def test_an_unmarked_original_after_an_attribution_is_never_the_senders() -> None:
    """No ``>`` under "On ... wrote:": an original pasted as it was, not a bottom post."""
    body = "On Tue, Nov 3, 2026 at 10:00 AM Dana <d@acme.example> wrote:\nWe decide by Friday.\n"
    assert own_text(body) == ""
    top = "Thanks!\n\nOn Tue, Dana wrote:\n> hello\n\nan older line\n"
    assert own_text(top) == "Thanks!"


def test_answers_written_between_the_quoted_questions_are_the_senders() -> None:
    """Gmail, "my answers are inline": their lines between ``>`` blocks are read."""
    body = (
        "Hi Jordan,\n\nGood questions - my answers are inline.\n\n"
        "On Fri, Nov 13, 2026 at 4:47 PM Jordan Lee <jordan@example.com> wrote:\n\n"
        "> 1. Is there a rough timeline for a decision?\n>\n\n"
        "I'll get back to you with their decision by Thursday, December 3.\n\n"
        "> 2. Would you need references?\n>\n\nNo references needed.\n\n"
        "> Thanks so much,\n> Jordan\n\nPriya\n"
    )
    text = own_text(body)
    assert text.startswith("Hi Jordan,\n\nGood questions - my answers are inline.")
    assert "decision by Thursday, December 3." in text
    assert "No references needed." in text
    assert "Is there a rough timeline" not in text


def test_inline_answers_below_a_signature_above_the_quote_are_the_senders() -> None:
    """Gmail's signature sits above the attribution; her answers are below it (t77lt)."""
    body = (
        "Bonjour Inès,\n\nJe vous réponds directement dans le texte.\n\nClaire\n\n"
        "-- \nClaire Morel\nChargée de recrutement\n04 00 00 00 00\n\n"
        "Le mar. 8 déc. 2026 à 09:47, Inès Haddad <ines@example.com> a écrit :\n\n"
        "> - Avez-vous une idée du calendrier ?\n\n"
        "Je reviens vers vous au plus tard le jeudi 17 décembre.\n\n"
        "> - Des références ?\n\nPas à ce stade.\n\n> Bien cordialement,\n> Inès\n"
    )
    text = own_text(body)
    assert "au plus tard le jeudi 17 décembre." in text
    assert "Pas à ce stade." in text
    assert "calendrier" not in text
    assert "Chargée de recrutement" not in text
    plain = body.split("\n\n> - Avez", maxsplit=1)[0] + "\n\n> older words\n> Inès\n"
    assert own_text(plain) == (  # no answers between the quote's lines: the words above
        "Bonjour Inès,\n\nJe vous réponds directement dans le texte.\n\nClaire"
    )


@pytest.mark.parametrize(
    "banner",
    [
        "🚀 We\u2019re hiring! 40+ open roles across our New Jersey, Ohio and Texas hubs",
        "📅 Free webinar: “Peak Season Without the Panic” on Thursday, November 19 - register now",
        "🏆 Brightlane Logistics named one of the Best Places to Work 2026",
        "🌱 Wir stellen ein: 12 offene Stellen in Hamburg",
        "✨ Nous recrutons ! Découvrez nos offres",
    ],
)
def test_a_signatures_promotional_banner_is_not_their_words(banner: str) -> None:
    """An advert under the signature ends the sender's words, like a legal footer."""
    body = f"Noted 👍\n\n    Marcus Oyelaran\n    Director of Operations\n\n    {banner}\n"
    assert own_text(body) == "Noted 👍\n\n    Marcus Oyelaran\n    Director of Operations"


@pytest.mark.parametrize(
    "line",
    [
        "🚀 Great news: you're through to the final round!",
        "📅 Thursday 10:00 works for me, see you then.",
        "👍 Noted, thanks.",
    ],
)
def test_a_line_that_opens_with_an_emoji_is_still_theirs(line: str) -> None:
    """Only an advert is cut: news or a time written after an emoji is the sender's."""
    assert own_text(f"Hi Jordan,\n\n{line}\n\nDana") == f"Hi Jordan,\n\n{line}\n\nDana"


BANNERS = [
    (("EXTERNAL SENDER: This message originated outside Hawthorne University. Do not click"
      " links or open attachments.\n\nThanks, will do.\n\nDenise"), "Thanks, will do.\n\nDenise"),
    (("CAUTION: This email originated from outside of the organization.\n\nHi Jordan,"
      " unfortunately not this time."), "Hi Jordan, unfortunately not this time."),
    (("You don't often get email from dana@acme.example. Learn why this is important\n\n"
      "Great news, Jordan!"), "Great news, Jordan!"),
    # a person's own first paragraph that only shares a word with a banner stays
    ("Notice: we have decided to go with an external candidate.\n\nBest, Dana",
     "Notice: we have decided to go with an external candidate.\n\nBest, Dana"),
]


@pytest.mark.parametrize(("body", "own"), BANNERS)
def test_a_gateways_banner_above_the_words_is_not_theirs(body: str, own: str) -> None:
    """"EXTERNAL SENDER ... do not open attachments" read as a request (tester t46sf)."""
    assert own_text(body) == own


def test_an_outlook_block_with_names_only_is_a_quote_and_a_booking_is_not() -> None:
    """An Outlook block naming people without addresses opens a quote; a booking does not.

    "De: Jordan Lee / Enviado: ... / Para: ... / Asunto:" opens the quoted message (t40mc);
    Personio's "Termin: / Datum: ... 10:00 / Ort: / Ansprechpartnerin:" is its own text.
    """
    reply = (
        "I'll get back to you by Wednesday 25 November.\n\nOliver\n\n"
        "De: Jordan Lee\nEnviado: jueves, 12 de noviembre de 2026 17:31\n"
        "Para: Carmen Ibáñez\nAsunto: Gracias por la entrevista\n\n"
        "Lamentablemente no pude preguntar por el calendario."
    )
    assert "Lamentablemente" not in own_text(reply)
    booking = (
        "vielen Dank, Ihr Termin wurde erfolgreich gebucht.\n\n"
        "Termin: Zweitgespräch Data Engineer\nDatum: Dienstag, 24.11.2026, 10:00 Uhr\n"
        "Ort: Kranich Energiesysteme, Raum 3\nAnsprechpartnerin: Lena Hoffmann\n"
    )
    assert "Zweitgespräch" in own_text(booking)


def test_a_job_board_s_from_label_is_no_quoted_message() -> None:
    """"Von: Birte Petersen, Hansekontor / Stelle: ..." heads the relayed words (t66jb).

    A quoted message's own header block names an address, or when and to whom it was
    sent: that one still ends the sender's words.
    """
    relayed = ("Sie haben eine neue Nachricht in Ihrem Postfach.\n\nVon: Birte Petersen, "
               "Hansekontor Logistik GmbH\nStelle: Disponent Seefracht\n\nEine Rückmeldung "
               "erhalten Sie spätestens bis Freitag, den 4. Dezember.")
    assert "spätestens bis Freitag" in own_text(relayed)
    quoted = ("Danke, ich melde mich.\n\nVon: Birte Petersen\nGesendet: Mittwoch, 18. November "
              "2026 09:42\nAn: Jonas Albrecht\nBetreff: Telefonat\n\nFrüher geschrieben.")
    assert own_text(quoted) == "Danke, ich melde mich."
    assert own_text("Thanks!\n\nFrom: Dana Ruiz <dana@acme.example>\n\nOld words.") == "Thanks!"
