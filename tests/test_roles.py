"""Which role a hiring system's message names, and when it is another application's."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from silence_watch.core.classify import classify_message
from silence_watch.core.match import Match, MatchRule
from silence_watch.core.model import Address, Agency, Contact, Intent, Interview, Message
from silence_watch.core.role_doubt import DOUBTFUL_CONFIDENCE, is_news, role_doubt
from silence_watch.core.roles import another_role, named_roles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (("Thank you for your interest in the Senior Biostatistician position (R-10472) at"
         " Harbourview Health."), ["Senior Biostatistician"]),
        ("An update on your application (R-10472 Senior Biostatistician)",
         ["Senior Biostatistician"]),
        ("Role: Data Platform Engineer\nLocation: Remote", ["Data Platform Engineer"]),
        ("We have filled the position of Head of Analytics.", ["Head of Analytics"]),
        ("Thank you for applying. We will not be moving forward.", []),
        ("Update on your application for Finance Assistant (Part-Time)",
         ["Finance Assistant"]),
        ("this update only relates to the Finance Assistant (Part-Time) vacancy",
         ["Finance Assistant"]),
        ("Thank you for your application for the position.", []),
        ("after careful consideration we have decided not to proceed with your application",
         []),
        # the other four languages (tester round t37wr: a Personio "Absage" for another role)
        ("Ihre Bewerbung als Content Marketing Manager (m/w/d) bei Lindenhof Verlag GmbH",
         ["Content Marketing Manager"]),
        ("vielen Dank für Ihr Interesse an der Position Content Marketing Manager",
         ["Content Marketing Manager"]),
        ("Suite à votre candidature au poste de Responsable Achats, nous",
         ["Responsable Achats"]),
        ("Gracias por participar en el proceso para el puesto de Analista de Datos.",
         ["Analista de Datos"]),
        ("Bedankt voor je sollicitatie voor de functie van Data Analist.", ["Data Analist"]),
        ("An dieser Stelle möchten wir Ihnen herzlich danken.", []),
        ("Gerne stelle Ihnen das Team am Montag vor.", []),
    ],
)
def test_titles_are_read_as_companies_write_them(text: str, titles: list[str]) -> None:
    """Before or after a job word, or after a requisition number; none when none is named."""
    assert named_roles(text) == titles


@pytest.mark.parametrize(
    ("role", "subject", "body", "other"),
    [
        ("Clinical Data Manager", "An update on your application (R-10472 Senior Biostatistician)",
         "Thank you for your interest in the Senior Biostatistician position.",
         "Senior Biostatistician"),
        ("Data Engineer", "Your application", ("Thank you for interviewing for the Data"
         " Engineer II role."), None),
        ("Backend Developer", "Acme: your application", ("Thank you for your interest in the"
         " Software Engineer - Backend position. We will not be moving forward."), None),
        ("Data Engineer", "Your application to Acme Corp", ("Thank you for your interest in the"
         " Acme Corp position. We have decided to move forward with other candidates."), None),
        ("Data Engineer", "Your application", ("Thank you for your interest in the Machine"
         " Learning Engineer position."), "Machine Learning Engineer"),
        ("Product Analyst", "Thank you from Globex", "We have decided not to move forward.",
         None),
        ("", "Update", "Thank you for your interest in the Senior Biostatistician position.",
         None),
        ("Product Marketing Manager", "Ihre Bewerbung als Content Marketing Manager (m/w/d)",
         "vielen Dank für Ihr Interesse an der Position Content Marketing Manager (m/w/d).",
         "Content Marketing Manager"),
        ("Marketing Manager", "Your application", ("Thank you for your interest in the Product"
         " Marketing Manager role."), None),
        # inclusive spellings are the same title (tester round t66jb)
        ("Chargée de communication digitale", "Nouveau message",
         "Votre candidature : Chargé(e) de communication digitale - Maison Ferrand", None),
        ("Técnica de Reaseguro", "Acuse de recibo", ("Gracias por tu interés en el puesto de"
         " Técnico/a de Reaseguro."), None),
        ("Softwareentwicklerin", "Eingangsbestätigung", ("Ihre Bewerbung als"
         " Softwareentwickler:in (m/w/d) ist eingegangen."), None),
    ],
    ids=["another-role", "same-role-more-words", "shares-a-word", "company-name-is-no-title",
         "shares-only-the-trade",
         "names-no-role", "process-without-role", "two-marketing-roles",
         "a-team-added-is-the-same-role", "fr-charge-e", "es-tecnico-a", "de-entwickler-in"],
)  # fmt: skip
def test_doubt_only_when_every_named_role_is_another(
    role: str, subject: str, body: str, other: str | None
) -> None:
    """Doubt needs a named title whose telling words neither hold nor are held by the role's."""
    assert another_role(role, "Acme Corp", subject, body) == other


HARBOURVIEW = Interview(
    id=1, company="Harbourview Health", role="Clinical Data Manager",
    date=dt.datetime(2026, 11, 9, 16, tzinfo=dt.UTC), domains=("harbourviewhealth.example",),
)  # fmt: skip
OTHER_ROLE = Message(
    message_id="wd-1@myworkday.example",
    date=dt.datetime(2026, 11, 12, 17, tzinfo=dt.UTC),
    sender=Address("Harbourview Health", "harbourviewhealth@myworkday.example"),
    subject="An update on your application (R-10472 Senior Biostatistician)",
    body="We have decided not to move forward with your application for this position.",
)


def test_a_tie_by_hiring_system_is_in_doubt_but_a_known_person_is_not() -> None:
    """The doubt is for ties by where mail comes from, never for a contact who wrote."""
    by_system = Match(1, 0.75, "sent through Workday", rule=MatchRule.ATS_SENDER)
    by_person = Match(1, 0.95, "a contact", rule=MatchRule.CONTACT)
    doubt = role_doubt(by_system, HARBOURVIEW, OTHER_ROLE)
    assert doubt is not None
    assert "Senior Biostatistician" in doubt
    assert role_doubt(by_person, HARBOURVIEW, OTHER_ROLE) is None
    assert DOUBTFUL_CONFIDENCE < 0.6  # below the policy's "unsure": the candidate is asked


def test_news_of_two_applications_in_one_thread_is_in_doubt() -> None:
    """"BI Developer: a no. Data Analyst: by the 20th", in the Data Analyst thread: asked."""
    analyst = Interview(id=1, company="Ostrander Retail Group", role="Data Analyst",
                        date=dt.datetime(2026, 11, 3, 15, tzinfo=dt.UTC))  # fmt: skip
    developer = Interview(id=2, company="Ostrander Retail", role="BI Developer",
                          date=dt.datetime(2026, 11, 4, 19, tzinfo=dt.UTC))  # fmt: skip
    both = Message(
        message_id="m5@ostrander.example", subject="RE: Data Analyst interview",
        date=dt.datetime(2026, 11, 9, 21, tzinfo=dt.UTC),
        sender=Address("Dev Malhotra", "dev@ostrander.example"),
        body=("An update on both of your applications:\n\nBI Developer: we went with another"
              " candidate.\n\nData Analyst: we will get back to you by Friday, November 20."),
    )  # fmt: skip
    by_thread = Match(1, 1.0, "in its thread", rule=MatchRule.THREAD)
    doubt = role_doubt(by_thread, analyst, both, (analyst, developer))
    assert doubt is not None
    assert "BI Developer" in doubt
    only_one = replace(both, body="Data Analyst: we will get back to you by Friday, November 20.")
    assert role_doubt(by_thread, analyst, only_one, (analyst, developer)) is None
    # tied by its own words (a contact, the role in its subject): the words decide
    by_person = Match(2, 0.95, "a contact", rule=MatchRule.CONTACT)
    assert role_doubt(by_person, developer, both, (analyst, developer)) is None


GROWTH = Interview(id=2, company="Harbor & Finch", role="Growth Analyst",
                   date=dt.datetime(2026, 11, 11, 15, tzinfo=dt.UTC))  # fmt: skip
PRODUCT = Interview(id=1, company="Harbor & Finch", role="Product Analyst",
                    date=dt.datetime(2026, 11, 9, 18, tzinfo=dt.UTC))  # fmt: skip
NO_FOR_GROWTH = (
    "Thanks for your patience this week. I wanted to let you know that the Growth team has"
    " decided not to move forward with your application for the Growth Analyst role - they"
    " went with someone who has run paid acquisition at scale.\n\nTo be clear, this only"
    " concerns Growth Analyst. {other}\n\nHave a good weekend,\nRosalind"
)


@pytest.mark.parametrize(
    ("other", "asked"),
    [
        # the other role goes on, no more said of it: the no is the thread's own (u28re)
        (("Your Product Analyst application is still open with Tom's team and you'll hear"
          " from us separately on that one."), False),
        ("Product Analyst is still open.", False),
        # near misses: news of the other role too, or a day promised for it
        ("Unfortunately the Product Analyst team also went with another candidate.", True),
        ("For Product Analyst, Tom would like to schedule a final round with you.", True),
        ("We'll get back to you on Product Analyst by Friday, November 20.", True),
    ],
)
def test_a_no_that_names_its_own_role_beside_another_that_goes_on(other: str, asked: bool) -> None:
    """A recruiter of two: "not to move forward ... Growth Analyst ... Product Analyst is open"."""
    message = Message(
        message_id="no@harborfinch.example", subject="RE: Growth Analyst interview",
        date=dt.datetime(2026, 11, 13, 21, 47, tzinfo=dt.UTC),
        sender=Address("Rosalind Achebe", "rosalind.achebe@harborfinch.example"),
        body=NO_FOR_GROWTH.format(other=other),
    )  # fmt: skip
    by_thread = Match(2, 1.0, "in its thread", rule=MatchRule.THREAD)
    doubt = role_doubt(by_thread, GROWTH, message, (PRODUCT, GROWTH))
    assert (doubt is not None) is asked
    # the no naming neither role: which one is still asked
    neither = replace(message, body=("Thanks for interviewing for the Growth Analyst and"
                                     " Product Analyst roles. Unfortunately we went with other"
                                     " candidates."))
    assert role_doubt(by_thread, GROWTH, neither, (PRODUCT, GROWTH)) is not None


def test_a_hiring_systems_no_naming_no_role_at_a_company_with_two_applications_is_asked() -> None:
    """Lever's "not to move forward with your application", two roles there: which one.

    Tester round t39at: it rejected the later process and planned a feedback request,
    while the no may have been the other one's.
    """
    when = dt.datetime(2026, 11, 9, 17, tzinfo=dt.UTC)
    gameplay = Interview(id=1, company="Quillon Games", role="Gameplay Data Analyst",
                         date=when, process_id=1)  # fmt: skip
    monetization = replace(gameplay, id=2, role="Monetization Analyst", process_id=2)
    lever = Message(
        message_id="lv-1@hire.lever.example", date=dt.datetime(2026, 11, 16, 20, tzinfo=dt.UTC),
        sender=Address("Quillon Games", "no-reply@hire.lever.example"),
        subject="Your application to Quillon Games",
        body="After careful consideration, we've decided not to move forward with your application",
    )  # fmt: skip
    by_system = Match(2, 0.7, "its hiring system", rule=MatchRule.ATS_SUBJECT)
    doubt = role_doubt(by_system, monetization, lever, (gameplay, monetization))
    assert doubt is not None
    assert "Gameplay Data Analyst" in doubt
    # one application there, or the role named: no doubt
    assert role_doubt(by_system, monetization, lever, (monetization,)) is None
    named = replace(lever, subject="Your application for Monetization Analyst")
    assert role_doubt(by_system, monetization, named, (gameplay, monetization)) is None
    # the other application closed: no doubt
    closed = replace(gameplay, closed=True)
    assert role_doubt(by_system, monetization, lever, (closed, monetization)) is None


ALTAIR = Agency("Cabinet Altaïr", (Contact("Guillaume Perrot", "g.perrot@altair.example"),))
DELVAUX = Interview(id=1, company="Maison Delvaux", role="Responsable paie",
                    date=dt.datetime(2026, 11, 10, 13, tzinfo=dt.UTC), agency=ALTAIR,
                    process_id=1)  # fmt: skip
FONTANEL = Interview(id=2, company="Groupe Fontanel", role="Gestionnaire paie senior",
                     date=dt.datetime(2026, 11, 12, 9, tzinfo=dt.UTC), agency=ALTAIR,
                     process_id=2)  # fmt: skip


def test_an_agency_mail_naming_two_of_its_clients_is_in_doubt() -> None:
    """"Maison Delvaux : une autre candidate. Groupe Fontanel : d'ici le 25" (t67sc)."""
    both = Message(
        message_id="a1@altair.example", subject="Point sur vos deux process",
        date=dt.datetime(2026, 11, 17, 17, tzinfo=dt.UTC),
        sender=Address("Guillaume Perrot", "g.perrot@altair.example"),
        body=("Maison Delvaux : Mme Caradec a choisi une autre candidate.\n\nGroupe Fontanel :"
              " ils me reviennent d'ici le mercredi 25 novembre."),
    )  # fmt: skip
    by_agency = Match(2, 0.9, "the agency", via_agency=True, rule=MatchRule.AGENCY)
    doubt = role_doubt(by_agency, FONTANEL, both, (DELVAUX, FONTANEL))
    assert doubt is not None
    assert "Maison Delvaux" in doubt
    one = replace(both, body="Groupe Fontanel : ils me reviennent d'ici le 25 novembre.")
    assert role_doubt(by_agency, FONTANEL, one, (DELVAUX, FONTANEL)) is None


def test_a_recruiter_of_two_processes_naming_no_role_is_in_doubt() -> None:
    """Hatice runs both of Emre's Vossberg processes; "Rückmeldung" names neither (t67sc)."""
    hatice = Contact("Hatice Yildiz", "hatice@vossberg.example")
    lead = Interview(id=1, company="Vossberg Logistik SE", role="Projektleiter",
                     date=dt.datetime(2026, 11, 16, 8, tzinfo=dt.UTC), contacts=(hatice,),
                     process_id=1)  # fmt: skip
    analyst = Interview(id=2, company="Vossberg Logistik SE", role="Supply Chain Analyst",
                        date=dt.datetime(2026, 11, 18, 14, tzinfo=dt.UTC), contacts=(hatice,),
                        process_id=2)  # fmt: skip
    no = Message(
        message_id="h1@vossberg.example", subject="Rückmeldung",
        date=dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC),
        sender=Address("Hatice Yildiz", "hatice@vossberg.example"),
        body="Der Fachbereich hat sich leider für eine andere Kandidatin entschieden.",
    )
    by_contact = Match(2, 0.95, "a contact", rule=MatchRule.CONTACT)
    assert role_doubt(by_contact, analyst, no, (lead, analyst)) is not None
    named = replace(no, subject="Rückmeldung zur Stelle Supply Chain Analyst")
    assert role_doubt(by_contact, analyst, named, (lead, analyst)) is None
    # the hiring manager of one process only: his mail is his process's
    alone = replace(lead, contacts=())
    assert role_doubt(by_contact, analyst, no, (alone, analyst)) is None


def test_a_doubt_about_whose_mail_it_is_matters_only_for_news() -> None:
    """Another application's receipt is no news for this one: nothing to ask (t67sc)."""
    receipt = classify_message(Message(
        message_id="sr@smartrecruiters.example", subject="Gracias por tu candidatura",
        date=dt.datetime(2026, 11, 19, 9, tzinfo=dt.UTC),
        sender=Address("Grupo Alameda", "no-reply@smartrecruiters.example"),
        body="Hemos recibido correctamente tu candidatura. Nuestro equipo la revisará.",
    ))  # fmt: skip
    assert receipt.intent is not Intent.REJECTION
    assert not is_news(replace(receipt, intent=Intent.ACKNOWLEDGEMENT, promised_by=None))
    assert is_news(replace(receipt, intent=Intent.REJECTION))
    assert is_news(replace(receipt, intent=Intent.ACKNOWLEDGEMENT,
                           promised_by=dt.date(2026, 11, 27)))  # fmt: skip
