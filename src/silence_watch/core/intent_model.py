"""A learned reader of intents: the sender's own words in, the likeliest intent and how sure.

A linear model over hashed features: word uni-grams and bi-grams, character n-grams,
cross-language cue concepts (``CUES``: "leider", "helaas" and "unfortunately" are one
concept) and a length band. A softmax over the class scores, divided by a temperature
fitted on held-out predictions, makes ``confidence`` a calibrated probability. A second,
binary head gives the probability that a reply is a cold brush-off.

The weights are data: a plain dict (the JSON written by ``scripts/train_intent_model.py``)
handed to ``IntentModel.from_dict``. Training calls ``features`` from this module, so what
was learned is exactly what is read. The hash is CRC-32, never Python's salted ``hash()``,
so a bucket means the same thing in every process and on every machine.

Pure: no IO, no clock, the standard library only (no numpy, no scikit-learn). Reading the
file is the shell's business (``silence_watch.intent_weights``).
"""

from __future__ import annotations

import html
import itertools
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from silence_watch.core.errors import SilenceWatchError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

#: The version of the feature recipe below (normaliser, groups, ``CUES``); a model file
#: written for another one is refused. Any change to the recipe needs a new number and a
#: retrained model (``tests/test_intent_model.py`` notices a stale model file).
FEATURE_VERSION: Final = 1

#: Typographic quotes and dashes, folded before accents are dropped (which would drop
#: them), so a curly apostrophe reads like a straight one.
_PUNCTUATION: Final = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"},
)
_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT: Final = re.compile(r"\d")
_TOKEN: Final = re.compile(r"[a-z0-9]+|\?")
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
        "contract*", "contrat*", "contrato*", "oferta*", "ofrec*", "proposer", "proposons",
        "promesse", "aanbied*", "aanbod*", "salary", "gehalt*", "salaire*", "salario*",
        "salaris*", "bruto", "brutto*", "compensation", "welcome*", "willkommen",
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
        "eis", "einstellungsstopp*", "stopp*", "gele*", "suspend*", "suspens*", "congel*",
        "opgeschort", "opschort*", "aanwervingsstop*", "vacaturestop*", "personeelsstop*",
        "ruht", "ruhen", "aplaz*", "postpon*", "verschob*", "verschieb*", "budget*",
        "headcount", "parking", "parked", "reprise", "retomar*", "retomaremos", "hervat*",
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
#: Word-count bands: a two-line "Noted, thanks." reads differently from a long letter.
_LENGTH_BANDS: Final = ((0, "empty"), (5, "tiny"), (12, "short"), (25, "brief"), (80, "medium"))

_MASK_32: Final = 0xFFFFFFFF


class ModelFileError(SilenceWatchError):
    """A model file is malformed, or was written for another feature recipe."""


def stable_hash(key: str) -> int:
    """CRC-32 of the UTF-8 bytes of ``key``: the same number in every process."""
    return zlib.crc32(key.encode("utf-8")) & _MASK_32


def normalise(text: str) -> str:
    """Lower case, accents and typographic punctuation folded, links and digits masked."""
    text = html.unescape(text)
    text = _URL.sub(" urltoken ", text)
    text = _EMAIL.sub(" emailtoken ", text)
    text = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION).casefold())
    text = text.encode("ascii", "ignore").decode("ascii")
    return _DIGIT.sub("0", text)


def tokens(text: str) -> list[str]:
    """The words (and question marks) of ``text`` after ``normalise``."""
    return _TOKEN.findall(normalise(text))


@lru_cache(maxsize=1 << 16)
def concepts(word: str) -> tuple[str, ...]:
    """The ``CUES`` concepts a normalised word stands for (most words: none)."""
    return tuple(
        concept
        for concept, entries in CUES.items()
        if any(
            word.startswith(entry[:-1]) if entry.endswith("*") else word == entry
            for entry in entries
        )
    )


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """How text becomes features: the hash space, the n-gram range and each group's weight.

    Groups: words, word pairs, character n-grams (inside each word, padded with a space),
    cue concepts (``CUES``), pairs of consecutive cue concepts, and the length band. Each
    group is scaled by its weight over the square root of its number of items, so a long
    letter and a one-liner land on the same scale and no group drowns the others.
    """

    buckets: int = 1 << 20
    char_min: int = 3
    char_max: int = 5
    word_weight: float = 1.0
    bigram_weight: float = 1.0
    char_weight: float = 1.0
    cue_weight: float = 1.0
    cue_pair_weight: float = 1.0
    length_weight: float = 1.0

    def to_dict(self) -> dict[str, float | int]:
        """The spec as plain data, for the model file."""
        return {
            "version": FEATURE_VERSION,
            "buckets": self.buckets,
            "char_min": self.char_min,
            "char_max": self.char_max,
            "word_weight": self.word_weight,
            "bigram_weight": self.bigram_weight,
            "char_weight": self.char_weight,
            "cue_weight": self.cue_weight,
            "cue_pair_weight": self.cue_pair_weight,
            "length_weight": self.length_weight,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> FeatureSpec:
        """The spec stored in a model file; refuses another feature recipe's."""
        if data.get("version") != FEATURE_VERSION:
            raise ModelFileError(
                f"model features are version {data.get('version')!r}, "
                f"this reader knows version {FEATURE_VERSION}",
            )
        return cls(
            buckets=_int(data, "buckets"),
            char_min=_int(data, "char_min"),
            char_max=_int(data, "char_max"),
            word_weight=_float(data, "word_weight"),
            bigram_weight=_float(data, "bigram_weight"),
            char_weight=_float(data, "char_weight"),
            cue_weight=_float(data, "cue_weight"),
            cue_pair_weight=_float(data, "cue_pair_weight"),
            length_weight=_float(data, "length_weight"),
        )


DEFAULT_SPEC: Final = FeatureSpec()


def length_band(word_count: int) -> str:
    """The name of the length band a message of ``word_count`` words falls in."""
    for limit, name in _LENGTH_BANDS:
        if word_count <= limit:
            return name
    return "long"


@dataclass(frozen=True, slots=True)
class Group:
    """One group of features of a text: readable keys, the word each came from, a scale.

    ``sources`` holds, for every key, the text it is credited to in explanations: the
    word a character n-gram was cut from, "[pause]" for a cue concept.
    """

    name: str
    scale: float
    keys: tuple[str, ...]
    sources: tuple[str, ...]


def feature_groups(text: str, spec: FeatureSpec = DEFAULT_SPEC) -> list[Group]:
    """Every feature key of ``text`` by group, each key with its source and group scale.

    The keys are readable ("w:regret", "b:regret to", "c:egr", "k:unfortunately",
    "n:short"); ``features`` hashes them into buckets.
    """
    words = tokens(text)
    pairs = [f"{first} {second}" for first, second in itertools.pairwise(words)]
    char_keys: list[str] = []
    char_sources: list[str] = []
    found: list[str] = []
    for word in words:
        if word != "?":
            grams = _char_keys(word, spec.char_min, spec.char_max)
            char_keys.extend(grams)
            char_sources.extend([word] * len(grams))
        found.extend(concepts(word))
    cue_pairs = [f"{first}+{second}" for first, second in itertools.pairwise(found)]
    band = length_band(len(words))
    candidates = (
        ("word", spec.word_weight, [f"w:{word}" for word in words], words),
        ("bigram", spec.bigram_weight, [f"b:{pair}" for pair in pairs], pairs),
        ("char", spec.char_weight, char_keys, char_sources),
        ("cue", spec.cue_weight, [f"k:{cue}" for cue in found], [f"[{cue}]" for cue in found]),
        (
            "cue_pair",
            spec.cue_pair_weight,
            [f"p:{pair}" for pair in cue_pairs],
            [f"[{pair}]" for pair in cue_pairs],
        ),
        ("length", spec.length_weight, [f"n:{band}"], [f"({band} message)"]),
    )
    return [
        Group(name, weight / math.sqrt(len(keys)), tuple(keys), tuple(sources))
        for name, weight, keys, sources in candidates
        if keys and weight
    ]


def features(text: str, spec: FeatureSpec = DEFAULT_SPEC) -> dict[int, float]:
    """The hashed feature vector of ``text``: bucket -> value (what training sees)."""
    vector: dict[int, float] = {}
    buckets = spec.buckets
    for group in feature_groups(text, spec):
        scale = group.scale
        for key in group.keys:
            bucket = _bucket(key, buckets)
            vector[bucket] = vector.get(bucket, 0.0) + scale
    return vector


@lru_cache(maxsize=1 << 16)
def _char_keys(word: str, low: int, high: int) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(
        f"c:{padded[start : start + size]}"
        for size in range(low, high + 1)
        for start in range(len(padded) - size + 1)
    )


@lru_cache(maxsize=1 << 18)
def _bucket(key: str, buckets: int) -> int:
    return stable_hash(key) % buckets


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the model reads in a text, how sure it is, and what tipped it.

    ``confidence`` is the probability of ``intent`` (in [0, 1]); ``runner_up`` the next
    likeliest intent with its probability; ``probabilities`` every intent's;
    ``top_features`` the words and cue concepts that pushed hardest toward ``intent`` over
    ``runner_up``; ``cold`` the probability of a cold brush-off (None when the model has
    no cold head).
    """

    intent: str
    confidence: float
    runner_up: str
    runner_up_confidence: float
    probabilities: Mapping[str, float]
    top_features: tuple[str, ...]
    cold: float | None


@dataclass(frozen=True, slots=True)
class _Head:
    """Linear layers stacked side by side: a bias per output and a weight row per bucket.

    The intent classes come first, then the cold head's single output when there is one.
    """

    bias: tuple[float, ...]
    weights: Mapping[int, tuple[float, ...]]

    def scores(self, vector: Mapping[int, float]) -> list[float]:
        """Bias plus the weighted sum of ``vector`` (the plain definition of a score)."""
        totals = list(self.bias)
        weights = self.weights
        for bucket, value in vector.items():
            row = weights.get(bucket)
            if row is not None:
                totals = [total + value * weight for total, weight in zip(totals, row, strict=True)]
        return totals


@dataclass(frozen=True, slots=True)
class _Word:
    """What one word adds to the scores: its own row, its character n-grams' summed row."""

    own: tuple[float, ...] | None
    chars: tuple[float, ...] | None
    char_count: int


#: Words remembered per model before the memory is cleared (a bound on memory, not a cache
#: anyone can observe: a remembered word scores exactly as a fresh one).
_WORD_MEMORY: Final = 1 << 16


class IntentModel:
    """A trained intent model, built from plain data; ``predict`` reads one text.

    Scores are linear in the features, so each word's contribution (its own weight and
    the sum of its character n-grams' weights) is computed once and remembered; a text
    is then scored by adding rows, which is what makes whole messages cheap to read.
    ``scores_of_features`` is the plain definition the fast path must equal.
    """

    __slots__ = ("_head", "_words", "classes", "has_cold", "spec", "temperature")

    def __init__(
        self,
        *,
        spec: FeatureSpec,
        classes: tuple[str, ...],
        head: _Head,
        temperature: float,
        has_cold: bool,
    ) -> None:
        """Use ``from_dict``; this takes the parts already checked."""
        self.spec = spec
        self.classes = classes
        self._head = head
        self.temperature = temperature
        self.has_cold = has_cold
        self._words: dict[str, _Word] = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> IntentModel:
        """The model stored as ``data`` (the parsed JSON of a model file)."""
        spec = FeatureSpec.from_dict(_mapping(data, "features"))
        classes = tuple(str(name) for name in _sequence(data, "classes"))
        if len(classes) < 2 or len(set(classes)) != len(classes):
            raise ModelFileError("model file: needs two or more distinct classes")
        intents = _head(_mapping(data, "intent"), len(classes), "intent")
        head = intents
        has_cold = data.get("cold") is not None
        if has_cold:
            cold = _head(_mapping(data, "cold"), 1, "cold")
            zeros = (0.0,) * len(classes)
            head = _Head(
                bias=intents.bias + cold.bias,
                weights={
                    bucket: intents.weights.get(bucket, zeros) + cold.weights.get(bucket, (0.0,))
                    for bucket in intents.weights.keys() | cold.weights.keys()
                },
            )
        temperature = _float(data, "temperature")
        if not temperature > 0:
            raise ModelFileError(f"model file: temperature must be positive, not {temperature}")
        return cls(
            spec=spec, classes=classes, head=head, temperature=temperature, has_cold=has_cold,
        )

    def scores_of_features(self, text: str) -> list[float]:
        """The raw scores of ``text`` from ``features`` (slow; the definition)."""
        return self._head.scores(features(text, self.spec))

    def scores(self, text: str) -> list[float]:
        """The raw scores of ``text``: one per class in ``classes``, then the cold score."""
        return self._scores(tokens(text))

    def probabilities(self, text: str) -> dict[str, float]:
        """The probability of every intent for ``text``."""
        scores = self.scores(text)[: len(self.classes)]
        return dict(zip(self.classes, softmax(scores, self.temperature), strict=True))

    def predict(self, text: str, *, explain: int = 3) -> Prediction:
        """The likeliest intent of ``text``, its probability, the runner-up and why.

        ``explain`` is how many features to name in ``top_features`` (0: none, faster).
        """
        parts = self._parts(tokens(text))
        scores = self._scores_of(parts)
        count = len(self.classes)
        probabilities = softmax(scores[:count], self.temperature)
        ranked = sorted(range(count), key=lambda index: -probabilities[index])
        best, second = ranked[0], ranked[1]
        return Prediction(
            intent=self.classes[best],
            confidence=probabilities[best],
            runner_up=self.classes[second],
            runner_up_confidence=probabilities[second],
            probabilities=dict(zip(self.classes, probabilities, strict=True)),
            top_features=self._explain(parts, best, second, explain) if explain else (),
            cold=_sigmoid(scores[count]) if self.has_cold else None,
        )

    def _word(self, word: str) -> _Word:
        known = self._words.get(word)
        if known is not None:
            return known
        weights, buckets = self._head.weights, self.spec.buckets
        own = weights.get(_bucket(f"w:{word}", buckets))
        chars: tuple[float, ...] | None = None
        grams: tuple[str, ...] = ()
        if word != "?":
            grams = _char_keys(word, self.spec.char_min, self.spec.char_max)
            rows = [row for key in grams if (row := weights.get(_bucket(key, buckets)))]
            chars = tuple(map(sum, zip(*rows, strict=True))) if rows else None
        if len(self._words) >= _WORD_MEMORY:
            self._words.clear()
        entry = self._words[word] = _Word(own, chars, len(grams))
        return entry

    def _parts(self, words: list[str]) -> list[tuple[float, list[tuple[str, tuple[float, ...]]]]]:
        """Each feature group's scale, and the weight rows its features hit with their source.

        The source is what an explanation credits: the word (its own weight and its
        character n-grams'), the word pair, the "[concept]" or "[concept+concept]".
        """
        spec, weights = self.spec, self._head.weights
        entries = [self._word(word) for word in words]
        found = [concept for word in words for concept in concepts(word)]
        char_count = sum(entry.char_count for entry in entries)

        def rows(keyed: Iterable[tuple[str, str]]) -> list[tuple[str, tuple[float, ...]]]:
            return [
                (source, row)
                for key, source in keyed
                if (row := weights.get(_bucket(key, spec.buckets)))
            ]

        cue_pairs = [f"{first}+{second}" for first, second in itertools.pairwise(found)]
        band = length_band(len(words))
        groups = (
            (
                spec.word_weight,
                len(words),
                [(w, e.own) for w, e in zip(words, entries, strict=True) if e.own],
            ),
            (
                spec.bigram_weight,
                len(words) - 1,
                rows((f"b:{a} {b}", f"{a} {b}") for a, b in itertools.pairwise(words)),
            ),
            (
                spec.char_weight,
                char_count,
                [(w, e.chars) for w, e in zip(words, entries, strict=True) if e.chars],
            ),
            (spec.cue_weight, len(found), rows((f"k:{cue}", f"[{cue}]") for cue in found)),
            (spec.cue_pair_weight, len(cue_pairs), rows((f"p:{p}", f"[{p}]") for p in cue_pairs)),
            (spec.length_weight, 1, rows([(f"n:{band}", f"({band} message)")])),
        )
        return [
            (weight / math.sqrt(size), hit)
            for weight, size, hit in groups
            if size > 0 and weight and hit
        ]

    def _scores(self, words: list[str]) -> list[float]:
        return self._scores_of(self._parts(words))

    def _scores_of(
        self,
        parts: list[tuple[float, list[tuple[str, tuple[float, ...]]]]],
    ) -> list[float]:
        totals = list(self._head.bias)
        for scale, hits in parts:
            for column, total in enumerate(map(sum, zip(*(row for _, row in hits), strict=True))):
                totals[column] += scale * total
        return totals

    def _explain(
        self,
        parts: list[tuple[float, list[tuple[str, tuple[float, ...]]]]],
        best: int,
        second: int,
        count: int,
    ) -> tuple[str, ...]:
        """What separates ``best`` from ``second`` most, credited to words and concepts."""
        credit: dict[str, float] = {}
        for scale, hits in parts:
            for source, row in hits:
                credit[source] = credit.get(source, 0.0) + scale * (row[best] - row[second])
        ranked = sorted(credit.items(), key=lambda item: (-item[1], item[0]))
        return tuple(f"{source} {value:+.2f}" for source, value in ranked[:count] if value > 0)


def softmax(scores: list[float], temperature: float = 1.0) -> list[float]:
    """Probabilities from linear scores (divided by ``temperature`` first)."""
    top = max(scores)
    exps = [math.exp((score - top) / temperature) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)


def _head(data: Mapping[str, object], width: int, name: str) -> _Head:
    bias = tuple(_number(value, f"{name} bias") for value in _sequence(data, "bias"))
    if len(bias) != width:
        raise ModelFileError(f"model file: {name} head has {len(bias)} biases for {width} classes")
    weights: dict[int, tuple[float, ...]] = {}
    for bucket, row in _mapping(data, "weights").items():
        values = (
            tuple(_number(value, f"{name} weight") for value in row)
            if isinstance(row, list)
            else (_number(row, f"{name} weight"),)
        )
        if len(values) != width:
            raise ModelFileError(
                f"model file: {name} bucket {bucket} has {len(values)} weights, not {width}",
            )
        weights[int(bucket)] = values
    return _Head(bias=bias, weights=weights)


def _mapping(data: Mapping[str, object], key: str) -> Mapping[str, object]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ModelFileError(f"model file: {key!r} must be an object")
    return value


def _sequence(data: Mapping[str, object], key: str) -> list[object]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ModelFileError(f"model file: {key!r} must be a list")
    return value


def _number(value: object, what: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ModelFileError(f"model file: {what} must be a number, not {value!r}")
    return float(value)


def _int(data: Mapping[str, object], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ModelFileError(f"model file: {key!r} must be an integer")
    return value


def _float(data: Mapping[str, object], key: str) -> float:
    return _number(data.get(key), repr(key))
