"""An $EDITOR for scenarios: appends the text in SW_EDITOR_APPENDS to the file it is given."""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    target = Path(sys.argv[1])
    text = target.read_text(encoding="utf-8").rstrip("\n")
    target.write_text(f"{text}\n\n{os.environ['SW_EDITOR_APPENDS']}\n", encoding="utf-8")
