"""The intent model shipped as package data (``data/intent_model.json``), read once (shell).

Reads a file inside the installed package, never the network, and hands the parsed
weights to the pure core as an ``IntentReader`` (the model and the rules' record it was
trained beside). Nothing is downloaded at run time; the file is written at development
time by ``scripts/train_intent_model.py``. Cached per process: every caller gets the same
reader, parsed once.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Final

from silence_watch.core.intent_blend import IntentReader
from silence_watch.core.intent_features import ModelFileError

MODEL_FILE: Final = "intent_model.json"


@functools.cache
def load_intent_reader() -> IntentReader:
    """The shipped reader; raises ``ModelFileError`` when the file is missing or malformed."""
    resource = resources.files("silence_watch") / "data" / MODEL_FILE
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelFileError(f"cannot read the intent model {MODEL_FILE}: {error}") from error
    if not isinstance(data, dict):
        raise ModelFileError(f"the intent model {MODEL_FILE} is not a JSON object")
    return IntentReader.from_dict(data)
