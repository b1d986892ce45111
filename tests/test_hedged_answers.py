"""Hedges, double negatives and "not a no" against soft noes (tester round u52hd).

Delays said in the words of a no keep their day and never read as a no: "I can't promise
anything, but I hope to know by Friday", "Geduld bis KW 51", "ce n'est pas un refus,
simplement un report à la semaine prochaine", "volgende week dinsdag weet ik meer", "noch
keine positive Nachricht - aber eben auch keine negative". Noes said softly stay noes: "it's
a no from Fernhill this time, I'm afraid", "heute leider keine positive Nachricht".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from silence_watch.core.dates import promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.model import Intent
from silence_watch.core.no_in_words import called_a_no, no_in_words

#: Wednesday, December 2, 2026, mid-morning: Friday is the 4th, next Tuesday the 8th, next
#: week ends on Friday the 11th, week 51 on Friday the 18th.
SENT = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)


def _reading(text: str) -> str:
    found = intent_of(text)
    return "other" if found is None else found[0].value


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (("We haven't ruled anyone out yet. I can't promise anything, but I hope to know by"
          " Friday."), date(2026, 12, 4)),
        ("Still waiting on the panel. We should know by the 10th.", date(2026, 12, 10)),
        ("Nothing's decided. I'm hoping to know more on Monday.", date(2026, 12, 7)),
        ("Noch ist nichts entschieden. Am Dienstag wissen wir mehr.", date(2026, 12, 8)),
        ("Ich hoffe, bis Freitag mehr zu wissen.", date(2026, 12, 4)),
        ("Rien n'est décidé. J'espère en savoir plus d'ici vendredi.", date(2026, 12, 4)),
        ("Nous en saurons plus mardi prochain.", date(2026, 12, 8)),
        ("Todavía no hay nada decidido. Espero saber algo el viernes.", date(2026, 12, 4)),
        ("El martes que viene sabré más.", date(2026, 12, 8)),
        ("Het is geen nee, maar ook nog geen ja. Volgende week dinsdag weet ik meer.",
         date(2026, 12, 8)),
        ("Ik verwacht voor vrijdag meer duidelijkheid.", date(2026, 12, 4)),
        ("Nog geen goed nieuws, maar ook geen slecht nieuws: we beslissen op 10 december.",
         date(2026, 12, 10)),
    ],
    ids=["en-hope-to-know-by-friday", "en-should-know-by-the-10th", "en-hoping-to-know-more",
         "de-am-dienstag-wissen-wir-mehr", "de-bis-freitag-mehr-zu-wissen",
         "fr-en-savoir-plus-d-ici-vendredi", "fr-en-saurons-plus-mardi-prochain",
         "es-espero-saber-algo-el-viernes", "es-el-martes-sabre-mas",
         "nl-volgende-week-dinsdag-weet-ik-meer", "nl-meer-duidelijkheid-voor-vrijdag",
         "nl-we-beslissen-op"],
)  # fmt: skip
def test_when_they_will_know_is_when_she_hears(text: str, day: date) -> None:
    """The day they say they will know (more) is the day of their answer."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wir bitten Sie noch um etwas Geduld bis KW 51.", date(2026, 12, 18)),
        ("Bear with us until the 10th, please.", date(2026, 12, 10)),
        ("Ce n'est pas un refus, simplement un report à la semaine prochaine.",
         date(2026, 12, 11)),
        ("Te pido un poco de paciencia hasta el 18.", date(2026, 12, 18)),
        ("Nog even geduld tot vrijdag, dan hoor je het.", date(2026, 12, 4)),
    ],
    ids=["de-geduld-bis-kw-51", "en-bear-with-us-until", "fr-un-report-a-la-semaine",
         "es-paciencia-hasta-el-18", "nl-geduld-tot-vrijdag"],
)  # fmt: skip
def test_patience_asked_until_a_day_waits_for_it(text: str, day: date) -> None:
    """Patience asked until a day, or the decision put off to one: that day."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    [
        "As you know, Friday is our Christmas party, so the office closes early.",
        "Let me know by Friday whether Tuesday works for the call.",
        "L'entretien est reporté à jeudi 10h, même salle.",
        "Leider kann ich Ihnen heute noch keine Nachricht geben, die Geschäftsführung tagt noch.",
        "Sorry, I can't give you an answer today, the panel is still deliberating.",
        "Je ne peux pas encore vous donner de réponse aujourd'hui, le comité délibère.",
        "Ik kan je vandaag nog geen antwoord geven, de commissie is er nog niet uit.",
    ],
    ids=["en-as-you-know", "en-her-answer-by-friday", "fr-entretien-reporte",
         "de-heute-noch-keine-nachricht", "en-cant-give-an-answer-today",
         "fr-pas-de-reponse-aujourd-hui", "nl-vandaag-nog-geen-antwoord"],
)  # fmt: skip
def test_no_promise_in_these(text: str) -> None:
    """Her answer, a meeting moved, or today named as the day they have no answer yet."""
    assert promised_date(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ik kan je vandaag nog geen antwoord geven, maar uiterlijk vrijdag hoor je van me.",
         date(2026, 12, 4)),
        ("No news today I'm afraid, but you'll hear from me by Friday.", date(2026, 12, 4)),
        ("Heute noch gebe ich Ihnen Bescheid.", date(2026, 12, 2)),
        ("I'll get back to you today, don't worry.", date(2026, 12, 2)),
    ],
    ids=["nl-maar-uiterlijk-vrijdag", "en-but-by-friday", "de-heute-noch-gebe-ich",
         "en-today-dont-worry"],
)  # fmt: skip
def test_a_day_after_the_turn_or_today_promised_stays(text: str, day: date) -> None:
    """"..., but by Friday" is theirs again; "heute noch gebe ich Ihnen Bescheid" is today."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize(
    "text",
    [
        ("Leider kann ich Ihnen heute noch keine positive Nachricht geben - aber eben auch"
         " keine negative."),
        "Leider noch keine Zusage, die Geschäftsführung entscheidet erst am 10.12.",
        "Sorry, no good news yet - but no bad news either. We'll know more by the 10th.",
        "Pas encore de bonne nouvelle, mais pas de mauvaise non plus ! Décision le 10.",
        "Todavía no hay buenas noticias, pero tampoco malas: decidimos el 10 de diciembre.",
        "Nog geen goed nieuws, maar ook geen slecht nieuws: we beslissen op 10 december.",
    ],
    ids=["de-aber-auch-keine-negative", "de-noch-keine-zusage", "en-no-bad-news-either",
         "fr-pas-de-mauvaise-non-plus", "es-pero-tampoco-malas", "nl-geen-slecht-nieuws"],
)  # fmt: skip
def test_no_good_news_yet_is_no_no(text: str) -> None:
    """Good news not yet, or no bad news either: a delay, never a rejection."""
    assert _reading(text) != "rejection"


@pytest.mark.parametrize(
    "text",
    [
        ("Nach Abschluss aller Gespräche können wir Ihnen heute leider keine positive"
         " Nachricht geben."),
        "Leider können wir Ihnen keine Zusage geben.",
        "I'm afraid it's bad news: we went with another candidate.",
        ("Just off the phone with Owen \u2013 it\u2019s a no from Fernhill this time,"
         " I\u2019m afraid."),
        "The client's answer is no, sorry.",
        "Es ist leider ein Nein geworden.",
        "Die Antwort ist leider nein.",
        "C'est malheureusement un non pour ce poste.",
        "La réponse est non, je suis désolée.",
        "Al final ha sido un no, lo siento.",
        "La respuesta es que no, lo siento mucho.",
        "Het is helaas een nee geworden.",
        "Het antwoord is nee, sorry.",
    ],
    ids=["de-heute-leider-keine-positive", "de-keine-zusage", "en-bad-news",
         "en-its-a-no-from", "en-the-answer-is-no", "de-ein-nein-geworden",
         "de-die-antwort-ist-nein", "fr-c-est-un-non", "fr-la-reponse-est-non",
         "es-ha-sido-un-no", "es-la-respuesta-es-que-no", "nl-een-nee-geworden",
         "nl-het-antwoord-is-nee"],
)  # fmt: skip
def test_a_soft_no_is_a_no(text: str) -> None:
    """A no written softly, or called a no, is a rejection."""
    assert _reading(text) == "rejection"


@pytest.mark.parametrize(
    "text",
    [
        "It's not a no! They're just slow.",
        "It's not a no, but it's not a yes yet either.",
        "Whether it's a yes or a no, I'll call you on Friday.",
        "If it's a no, I'll tell you straight away.",
        "Honestly it's a no-brainer for us to keep you in the loop.",
        "The answer is no longer relevant, the panel moved on Monday.",
        "Ich melde mich Freitag, ob es ein Ja oder ein Nein wird.",
        "Es ist kein Nein, nur eine Verzögerung.",
        "Ce n'est pas un non, juste un report.",
        "Si c'est un non, je vous le dirai vendredi.",
        "No es un no, es un todavía no.",
        "Het is geen nee, maar ook nog geen ja.",
        "Als het een nee wordt, bel ik je vrijdag.",
        "Ik laat je vrijdag weten of het een ja of een nee wordt.",
        "C'est un non-sens de vous faire attendre, réponse vendredi.",
    ],
    ids=["en-not-a-no", "en-not-a-no-not-a-yes", "en-whether-yes-or-no", "en-if-its-a-no",
         "en-no-brainer", "en-no-longer", "de-ob-ja-oder-nein", "de-kein-nein",
         "fr-pas-un-non", "fr-si-c-est-un-non", "es-no-es-un-no", "nl-geen-nee",
         "nl-als-het-een-nee-wordt", "nl-of-het-een-ja-of-een-nee", "fr-non-sens"],
)  # fmt: skip
def test_no_as_a_word_that_is_no_no(text: str) -> None:
    """"No" that is denied, still to come, or part of another word is no rejection."""
    assert _reading(text) != "rejection"


def test_a_no_called_a_no_stands_over_the_readers_doubt() -> None:
    """The rules' no, called a no, is sure just enough; a "not a no" never is."""
    text = "Just off the phone with Owen - it's a no from Fernhill this time, I'm afraid."
    reasons: list[str] = []
    assert no_in_words(text, Intent.REJECTION, 0.54, "rejection", reasons) == (
        Intent.REJECTION, 0.6,
    )
    assert reasons == ["intent rejection, surely: the writer calls the answer a no"]
    assert no_in_words(text, Intent.REJECTION, 0.54, None, []) == (Intent.REJECTION, 0.54)
    assert no_in_words(text, Intent.REJECTION, 0.9, "rejection", []) == (Intent.REJECTION, 0.9)
    assert not called_a_no("It's a no from me only if the panel agrees. It's not a no yet.")
    assert not called_a_no("If it's a no, I'll tell you straight away.")
    assert called_a_no("Het is helaas een nee geworden.")


@pytest.mark.parametrize(
    "text",
    [
        "Noch ist nichts entschieden. Am Dienstag wissen wir mehr.",
        "Sie sind weiterhin im Rennen. Wir brauchen leider noch etwas Geduld.",
        "Rien n'est joué, vous êtes toujours dans la course.",
        "Pas encore de décision de notre côté, désolée.",
        "Todavía no hay nada decidido, lo siento.",
        "Aún no tenemos una decisión.",
        "We kunnen je helaas nog geen uitsluitsel geven.",
        "Nog niets besloten, helaas.",
        "Je bent nog steeds in de race.",
        "Nothing's decided. I'm hoping to know more on Monday.",
        "You're still very much in the running.",
        # still interviewing, said as "we are still interviewing" is (stop 47)
        "Wir hoffen, bis Ende Januar zu besetzen, und führen aktuell noch Interviews.",
        "Nous poursuivons encore quelques entretiens cette semaine.",
        "Estamos aún realizando entrevistas, perdona la espera.",
        "We voeren momenteel nog enkele gesprekken, dus even geduld.",
    ],
    ids=["de-noch-nichts-entschieden", "de-weiterhin-im-rennen", "fr-rien-n-est-joue",
         "fr-pas-encore-de-decision", "es-nada-decidido", "es-aun-no-tenemos-decision",
         "nl-nog-geen-uitsluitsel", "nl-nog-niets-besloten", "nl-nog-steeds-in-de-race",
         "en-nothing-s-decided", "en-still-very-much-in-the-running",
         "de-fuehren-noch-interviews", "fr-poursuivons-encore-des-entretiens",
         "es-aun-realizando-entrevistas", "nl-voeren-nog-gesprekken"],
)  # fmt: skip
def test_nothing_decided_yet_is_a_wait(text: str) -> None:
    """No decision yet, or still in the running, with "leider" or "helaas": a wait."""
    assert _reading(text) == "acknowledgement"


@pytest.mark.parametrize(
    "text",
    [
        ("Intern ist noch nichts entschieden, aber für diese Stelle haben wir uns für eine"
         " andere Kandidatin entschieden."),
        "Rien n'est décidé pour l'équipe, mais nous avons retenu un autre profil pour ce poste.",
    ],
    ids=["de-aber-andere-kandidatin", "fr-mais-un-autre-profil"],
)  # fmt: skip
def test_a_no_beside_nothing_decided_stays_a_no(text: str) -> None:
    """"Nothing decided" of something else does not hide the no beside it."""
    assert _reading(text) == "rejection"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("It's not a no, but it's not a yes yet either. Give us until Wednesday.",
         date(2026, 12, 9)),
        ("Geben Sie uns noch bis Freitag Zeit.", date(2026, 12, 4)),
        ("Danos hasta el viernes, porfa.", date(2026, 12, 4)),
        ("Geef ons tot vrijdag, dan weet je het.", date(2026, 12, 4)),
        (("Unfortunately I don't have any news yet - nobody has been turned down. Expect to"
          " hear by 9 December."), date(2026, 12, 9)),
    ],
    ids=["en-give-us-until", "de-geben-sie-uns-bis", "es-danos-hasta", "nl-geef-ons-tot",
         "en-expect-to-hear-by"],
)  # fmt: skip
def test_the_time_they_ask_for_is_their_day(text: str, day: date) -> None:
    """The time they ask for, and when she will hear, is the day of their answer."""
    assert promised_date(text, SENT) == day


@pytest.mark.parametrize("text", [
    "Encore un peu de patience jusqu'à vendredi, nous avons presque fini.",
    "Laissez-nous jusqu'à vendredi, s'il vous plaît.",
    "Accordez-nous encore jusqu'à vendredi pour trancher.",
])
def test_patience_until_a_weekday_in_french_promises_it(text: str) -> None:
    """"jusqu'à vendredi" is that Friday (the folded "jusqu'a" is no article "a")."""
    assert promised_date(text, SENT, language="fr") == date(2026, 12, 4)


@pytest.mark.parametrize("text", [
    "Pour le calendrier, rien ne change : retour au plus tard le 11 décembre.",
    "Merci pour votre patience. Retour d'ici vendredi, promis.",
])
def test_a_french_retour_with_its_day_is_their_promise(text: str) -> None:
    """"retour au plus tard le 11": the noun for their answer, with its day (t55bx)."""
    assert _reading(text) == "acknowledgement"
