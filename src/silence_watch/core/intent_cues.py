"""Cross-language cue concepts for the learned intent reader (``core.intent_model``).

Data only. Part of the model's feature recipe: changing a list changes what every
hashed feature means, so it needs a new ``intent_model.FEATURE_VERSION`` and a retrained
model file (``tests/test_intent_model.py`` notices a stale one).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

#: Cross-language cues: words that mean the same thing for an intent in en, de, fr, es
#: and nl, each mapped to one concept so that what is learned from "leider" also counts
#: for "helaas". A trailing ``*`` matches any word starting so; other entries match whole
#: words (after ``normalise``: lower case, no accents). These are features the model
#: weighs, not rules: none of them decides anything alone.
CUES: Final[dict[str, tuple[str, ...]]] = {
    "unfortunately": (
        "unfortunate*", "regret*", "leider", "bedauer*", "malheureuse*", "regrett*",
        "lamentabl*", "desafortunad*", "sentimos", "siento", "helaas", "spijt*", "jammer*",
    ),
    "apology": (
        "sorry", "apolog*", "entschuldig*", "excus*", "desole*", "disculp*", "perdon*",
    ),
    "rejection_word": (
        "reject*", "unsuccessful", "absage*", "abgelehnt", "ablehn*", "refus*", "rechaz*",
        "afwijz*", "afgewezen", "declin*",
    ),
    "other_candidate": (
        "other", "another", "someone", "andere*", "anderen", "jemand*", "autre*", "quelqu*",
        "otro*", "otra*", "alguien", "ander*", "iemand*", "finalist*",
    ),
    "decided": (
        "decid*", "decision*", "entschied*", "entschieden", "entscheid*", "decide*", "decis*",
        "besloten", "beslis*", "besluit*", "gekozen", "kiezen", "chose*", "chosen", "choisi*",
        "elegid*", "optado", "selected", "ausgewahlt", "retenu*", "retenir",
    ),
    "negation": (
        "not", "no", "nicht", "kein*", "pas", "ne", "nee", "niet", "geen", "never", "jamais",
        "nunca", "nie", "don", "won", "isn", "aren", "doesn", "cannot",
    ),
    "offer": (
        "offer*", "anbiet*", "anzubieten", "angebot*", "vertrag*", "arbeitsvertrag*",
        "contract*", "contrat", "contrats", "contrato*", "oferta*", "ofrec*", "proposer",
        "proposons", "promesse", "aanbied*", "aanbod*", "salary", "gehalt*", "salaire*",
        "salario*", "salaris*", "bruto", "brutto*", "compensation", "welcome*", "willkommen",
        "bienvenu*", "bienvenid*", "welkom*",
    ),
    "congratulations": (
        "congrat*", "gluckwunsch*", "gratulier*", "felicit*", "gefeliciteerd", "enhorabuena",
        "bravo", "pleased", "delighted", "thrilled", "heureux", "heureuse*", "ravi*",
        "encantad*", "complace*", "blij", "plezier", "genoegen", "freuen", "freut",
    ),
    "meeting": (
        "interview*", "gesprach*", "vorstellungsgesprach*", "entretien*", "entrevista*",
        "gesprek*", "call", "calls", "appel", "llamada*", "telefon*", "videocall*", "zoom",
        "teams", "meet", "meeting*", "round*", "runde*", "ronde*", "etape*", "assessment*",
        "onsite", "panel*", "kennismak*", "kennenlern*", "charla*", "reunion*", "rencontr*",
        "afspraak*", "termin*", "visio*",
    ),
    "schedule": (
        "schedul*", "slot*", "availab*", "verfugbar*", "disponib*", "creneau*", "horario*",
        "beschikba*", "tijdstip*", "agenda*", "calendar*", "kalender*", "calendly", "book*",
        "pick", "choose", "wahlen", "choisir", "choisissez", "elige", "elegir", "kies",
        "invite*", "invitation*", "einlad*", "eingeladen", "invit*", "uitnodig*",
        "uitgenodigd",
    ),
    "received": (
        "receiv*", "erhalten", "eingegangen", "recu", "recue", "reception", "recibid*",
        "recepcion", "ontvang*", "confirm*", "bestatig*", "bevestig*", "registered",
        "enregistre*", "registrad*",
    ),
    "review": (
        "review*", "prufen", "pruf*", "sicht*", "etudi*", "examin*", "revis*", "evalu*",
        "beoordel*", "bekijk*", "bearbeit*", "consider*", "berucksicht*", "bestudeer*",
    ),
    "get_back": (
        "back", "melden", "melde", "ruckmeld*", "revenir", "reviendr*", "revien*",
        "contact*", "kontakt*", "terug", "hoort", "horen", "update*", "news", "nachricht*",
        "nouvelles", "noticias", "respuesta*", "reponse*", "antwort*", "antwoord*",
        "outcome", "ergebnis*", "resultat*", "resultado*", "uitslag*",
    ),
    "pause": (
        "pause*", "paused", "pausing", "pausier*", "pausar*", "hold", "freeze*", "frozen",
        "eis", "einstellungsstopp*", "stopp*", "gel", "gele", "gelee", "geles", "gelees",
        "suspend*", "suspens*", "congel*",
        "opgeschort", "opschort*", "aanwervingsstop*", "vacaturestop*", "personeelsstop*",
        "ruht", "ruhen", "aplaz*", "postpon*", "verschob*", "verschieb*", "budget*",
        "headcount", "parked", "reprise", "retomar*", "retomaremos", "hervat*",
        "wiederaufnehm*", "resum*", "revisit*",
    ),
    "delay": (
        "delay*", "verzoger*", "verzog*", "retard*", "retras*", "vertraag*", "vertraging*",
        "patience", "geduld", "paciencia", "waiting", "warten",
    ),
    "thanks": (
        "thank*", "danke*", "dank", "bedank*", "merci", "gracias", "agradec*", "appreciat*",
        "remerci*",
    ),
    "warmth": (
        "lovely", "great", "enjoy*", "pleasure", "freude", "schon*", "plaisir", "placer",
        "leuk*", "fijn*", "weekend", "wochenende", "semana", "feestdag*", "holiday*",
        "weihnacht*", "noel", "navidad*", "kerst*", "festive", "wish*", "wunsch*",
        "souhait*", "deseo*", "wens*", "good", "luck", "erfolg*", "succes*", "suerte",
    ),
    "please_send": (
        "send", "share", "provide", "schick*", "senden", "zusend*", "zukommen", "envoy*",
        "transmet*", "fournir", "envi*", "stuur*", "sturen", "opsturen", "bezorg*",
        "upload*", "hochlad*", "telecharg*", "submit*", "einreich*", "complete",
        "ausfull*", "auszufull*", "rempli*", "rellen*", "invul*", "sign", "unterschreib*",
        "unterzeichn*", "signer", "onderteken*", "benotig*", "need",
    ),
    "could_you": (
        "could", "would", "can", "konnten", "konnen", "kannst", "pourriez", "pouvez",
        "podria*", "puedes", "puede*", "kun", "kunt", "zou", "zoudt", "bitte", "please",
        "veuillez", "favor", "graag", "gelieve",
    ),
    "documents": (
        "document*", "unterlag*", "zeugnis*", "diplom*", "certificat*", "referen*", "cv",
        "lebenslauf", "portfolio*", "ausweis*", "passport", "pasaporte", "identiteit*",
        "copy", "kopie*", "copie*", "copia*", "formular*", "form", "formulaire*",
        "vragenlijst*", "fragebogen*", "questionnaire*", "cuestionario*",
    ),
    "role_filled": (
        "filled", "besetzt", "besetzen", "vergeben", "pourvu*", "cubiert*", "vervuld",
        "ingevuld", "closed", "geschlossen", "cerrad*", "ferme*", "gesloten",
    ),
    "move_forward": (
        "forward", "weiter*", "suite", "avanz*", "adelante", "verder", "door", "next",
        "nachst*", "prochain*", "siguiente*", "volgende", "proceed*", "continu*",
    ),
    "future": (
        "future*", "zukunft*", "kunftig*", "zukunftig*", "futur*", "avenir", "futuro*",
        "toekomst*", "toekomstig*",
    ),
    "experience": ("experience*", "erfahrung*", "experien*", "ervaring*"),
    "fit": (
        "fit", "match*", "passt", "passen*", "passend*", "correspond*", "encaj*", "aansluit*",
        "past", "profil*", "profile*", "perfil*", "profiel*",
    ),
}
