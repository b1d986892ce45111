"""Every real bounce and auto-reply, plus the labelled set, through the whole pipeline.

A Maildir in a temp dir links (never copies) the files of ../shared/corpora/sisimai/eml and
tests/labelled; interviews whose contacts and domains match some of them are configured;
then `run --once --now`, `status --json`, `drafts list --json` and `report`, at several
moments. Skipped when the corpus is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from silence_watch.core.parse import parse_headers
from silence_watch.core.senders import is_no_reply
from support.cli import run_cli, run_once_at
from support.corpora import corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = corpus("sisimai", "eml")
CORPUS_FILES = sorted(CORPUS.glob("*.eml")) if CORPUS.is_dir() else []
LABELLED = sorted((ROOT / "tests/labelled").glob("*.eml"))

pytestmark = pytest.mark.skipif(not CORPUS_FILES, reason=f"sisimai corpus not found at {CORPUS}")

# The corpus writes to these (fictional) people: they are the candidate here.
ME = ["jordan@example.com", "kijitora@example.jp", "shironeko@example.jp", "sironeko@example.jp"]
INTERVIEWS = """\
  - company: Neko Example
    role: Engineer
    date: 2013-01-07T10:00:00+09:00
    domains: [example.co.jp, neko.example.com]
    contacts: [{name: Shiro Neko, email: shironeko@example.co.jp}]
    agency: {name: Cat Agency, contacts: [{name: Kuro, email: kuro@agency.example}]}
  - company: Example Org
    role: Analyst
    date: 2014-06-02T10:00:00+09:00
    domains: [example.org, example.net, df.example.jp]
    contacts: [{name: Neko Nyaan, email: nekonyaan@example.org}]
  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
    agency: {name: Talent Bridge, contacts: [{name: Sam Cole, email: sam@talentbridge.example}]}
"""
#: Interviews whose only mail is machine mail: nothing may ever look like an answer.
MACHINE_ONLY = {"Neko Example", "Example Org"}
ANSWERED = {"replied", "rejected", "offer"}
MOMENTS = [
    "2013-01-20T10:00:00+09:00",
    "2014-07-01T10:00:00+09:00",
    "2020-01-01T10:00:00+00:00",
    "2026-12-20T10:00:00-05:00",
]


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Maildir of links to every corpus and labelled file, and a config over it."""
    base = tmp_path_factory.mktemp("corpus")
    maildir = base / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for number, path in enumerate([*CORPUS_FILES, *LABELLED]):
        (maildir / "cur" / f"{1700000000 + number}.M{number}P1.{path.stem}:2,S").symlink_to(path)
    path = base / "config.yaml"
    path.write_text(
        f"me: {{name: Jordan Lee, email: {ME[0]}, aliases: [{', '.join(ME[1:])}],"
        " timezone: America/New_York}\n"
        f"mailbox: {{kind: maildir, path: {maildir}}}\n"
        f"state_dir: {base / 'state'}\n"
        f"interviews:\n{INTERVIEWS}",
        encoding="utf-8",
    )
    return path


def human_senders() -> set[str]:
    """Everyone who wrote a labelled message (a draft may answer any of them)."""
    found = set()
    for path in LABELLED:
        message = parse_headers(path.read_bytes())
        if message.sender is not None:
            found.add(message.sender.email)
    return found


def test_the_whole_pipeline_survives_the_corpus(
    capsys: pytest.CaptureFixture[str], config: Path
) -> None:
    """Nothing raises; machine mail never answers an interview; drafts go to people only."""
    allowed = {
        "shironeko@example.co.jp", "kuro@agency.example", "nekonyaan@example.org",
        "dana.ruiz@acme.example", "sam@talentbridge.example", *human_senders(),
    }  # fmt: skip
    kinds: set[str] = set()
    for now in MOMENTS:
        ran = run_once_at(capsys, config, now)
        assert ran.code == 0, ran.err
        shown = run_cli(capsys, "status", "--json", "--now", now, "--config", config)
        assert shown.code == 0, shown.err
        states = {item["company"]: item["state"] for item in shown.json()}
        assert set(states) == {"Neko Example", "Example Org", "Acme Corp"}
        wrongly = {c: s for c, s in states.items() if c in MACHINE_ONLY and s in ANSWERED}
        assert wrongly == {}, now
        drafts = run_cli(capsys, "drafts", "list", "--json", "--config", config)
        assert drafts.code == 0, drafts.err
        for draft in drafts.json():
            kinds.add(draft["kind"])
            assert draft["to"] in allowed, draft
            assert not is_no_reply(draft["to"]), draft
    assert kinds >= {"agency_check_in", "follow_up", "status_update"}
    report = run_cli(capsys, "report", "--config", config)
    assert report.code == 0, report.err
    assert "Neko Example" in report.out
