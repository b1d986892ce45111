"""The intent model shipped as package data (``data/intent_model.json``), read once.

Shell side: reads a file inside the installed package, never the network, and hands the
parsed weights to the pure ``core.intent_model``. Nothing is downloaded at run time; the
file is written at development time by ``scripts/train_intent_model.py``.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Final

from silence_watch.core.intent_blend import RuleEvidence
from silence_watch.core.intent_model import IntentModel, ModelFileError

MODEL_FILE: Final = "intent_model.json"


def load_intent_model() -> IntentModel:
    """The shipped model; raises ``ModelFileError`` when the file is missing or malformed."""
    return _loaded()[0]


def load_rule_evidence() -> RuleEvidence:
    """The rules' record the shipped model was trained beside (for ``intent_blend``)."""
    return _loaded()[1]


@functools.cache
def _loaded() -> tuple[IntentModel, RuleEvidence]:
    resource = resources.files("silence_watch") / "data" / MODEL_FILE
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelFileError(f"cannot read the intent model {MODEL_FILE}: {error}") from error
    if not isinstance(data, dict):
        raise ModelFileError(f"the intent model {MODEL_FILE} is not a JSON object")
    return IntentModel.from_dict(data), RuleEvidence.from_dict(data)
