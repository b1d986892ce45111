"""The candidate's network: LinkedIn and vCard exports, matching people to companies."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from silence_watch.core.companies import company_key
from silence_watch.core.connections import (
    LINKEDIN,
    MAX_EXPORT_BYTES,
    VCARD,
    ImportProblem,
    Person,
    find_person,
    known_people,
    read_export,
    works_at,
)
from silence_watch.core.record import Connection
from support.cli import maildir_config, one_plain_line, run_cli

if TYPE_CHECKING:
    from pathlib import Path

NY = ZoneInfo("America/New_York")

#: As LinkedIn writes it today: notes above the header, then the rows.
LINKEDIN_CSV = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are \
missing. You will only see email addresses for connections who have allowed their connections \
to see or download their email address using this setting https://www.linkedin.com/psettings/\
privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Priya,Shah,https://www.linkedin.com/in/priya-shah-example,,ACME Corporation,Staff Engineer,\
14 Mar 2021
Jürgen,Müller,https://www.linkedin.com/in/jm-example,jm@globex.example,"Globex, Inc.",\
"Head of Data, EMEA",02 Feb 2024
,,https://www.linkedin.com/in/unknown,,,,01 Jan 2020
Li,Wei,https://www.linkedin.com/in/li-wei-example,li.wei@gmail.com,Initech,Recruiter,\
5 May 2022
"""

VCARDS = """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller
TEL;CELL:+49 170 1234567
EMAIL;INTERNET:JM@Globex.example
ORG:Globex GmbH;Data
TITLE:Head of Data
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Ruiz;Dana;;;
FN:Dana Ruiz
EMAIL;TYPE=INTERNET,WORK:dana@acme.example
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Sam Cole
EMAIL;TYPE=work:sam@initech.example
ORG:Initech Inc.
TITLE:Engineer
END:VCARD
"""


def test_linkedin_export_is_read_past_its_notes() -> None:
    """LinkedIn's notes above the header are skipped; every named row becomes a person."""
    found = read_export(LINKEDIN_CSV.encode(), "Connections.csv")
    assert found.kind == LINKEDIN
    assert [p.name for p in found.people] == ["Priya Shah", "Jürgen Müller", "Li Wei"]
    assert found.skipped == 1
    priya, jurgen, _ = found.people
    assert priya.company == "ACME Corporation"
    assert priya.position == "Staff Engineer"
    assert priya.connected_on == date(2021, 3, 14)
    assert priya.email == ""
    assert jurgen.email == "jm@globex.example"
    assert jurgen.position == "Head of Data, EMEA"


def test_linkedin_export_saved_by_excel_in_windows_1252_is_read() -> None:
    """A file re-saved as Windows-1252 (Excel) keeps its accents."""
    found = read_export(LINKEDIN_CSV.encode("cp1252"), "Connections.csv")
    assert found.people[1].name == "Jürgen Müller"


def test_vcards_of_every_version_are_read() -> None:
    """Cards of vCard 2.1 (quoted-printable), 3.0 and 4.0: name, address, company and title."""
    found = read_export(VCARDS.encode(), "contacts.vcf")
    assert found.kind == VCARD
    assert [(p.name, p.email, p.company, p.position) for p in found.people] == [
        ("Jürgen Müller", "jm@globex.example", "Globex GmbH", "Head of Data"),
        ("Dana Ruiz", "dana@acme.example", "", ""),
        ("Sam Cole", "sam@initech.example", "Initech Inc.", "Engineer"),
    ]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"Name,Given Name,E-mail 1 - Value\nDana,Dana,dana@acme.example\n",
         "neither LinkedIn's Connections.csv"),
        (b"BEGIN:VCARD\nVERSION:3.0\nFN:Dana\n", "cannot be read as vCards"),
        (b"\xff\xfe\x00\x00binary\x00" * 10, "neither LinkedIn's"),
    ],
    ids=["empty", "blank", "google-csv", "unclosed-vcard", "binary"],
)
def test_bad_input_is_one_line_and_nothing(data: bytes, words: str) -> None:
    """A file that is no export is refused whole, in one line that names it."""
    with pytest.raises(ImportProblem) as problem:
        read_export(data, "upload.csv")
    message = str(problem.value)
    assert "\n" not in message
    assert "upload.csv" in message
    assert words in message
    assert message.endswith("nothing was imported")


def test_a_file_too_big_is_refused_before_it_is_parsed() -> None:
    """Above the limit nothing is parsed: one line with the size."""
    with pytest.raises(ImportProblem, match=r"big\.csv is 100\.0 MB, too big"):
        read_export(b"x" * (MAX_EXPORT_BYTES + 1), "big.csv")


def test_linkedins_largest_export_is_read_whole() -> None:
    """30,000 connections (LinkedIn's limit, about 4 MB): every one read, none lost."""
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    rows = "".join(
        f"Given{n},Family{n},https://www.linkedin.com/in/p{n},,Company {n % 700},Engineer,"
        f"{1 + n % 28} Mar 2021\n"
        for n in range(30_000)
    )
    found = read_export((header + rows).encode(), "Connections.csv")
    assert len(found.people) == 30_000
    assert found.skipped == 0
    assert found.people[-1] == Person(
        "Given29999 Family29999", "", "Company 599", "Engineer", LINKEDIN, date(2021, 3, 12),
        "https://www.linkedin.com/in/p29999",
    )  # fmt: skip


def test_a_phones_export_with_photos_is_read_without_them() -> None:
    """Base64 photos (3.0 folded, 2.1 unfolded) are skipped; the people are all there."""
    photo = "A" * 76
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Dana Ruiz\nEMAIL:dana@acme.example\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\n" + f" {photo}\n" * 2000 + "ORG:Acme\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:2.1\nFN:Sam Cole\n"
        f"PHOTO;ENCODING=BASE64;JPEG:{photo}\n" + f"{photo}\n" * 2000 + "\n"
        "EMAIL;INTERNET:sam@initech.example\nEND:VCARD\n"
    )
    found = read_export(cards.encode(), "phone.vcf")
    assert [(p.name, p.email, p.company) for p in found.people] == [
        ("Dana Ruiz", "dana@acme.example", "Acme"),
        ("Sam Cole", "sam@initech.example", ""),
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [("Acme Corp", "ACME Corporation"), ("Acme, Inc.", "acme"), ("The Acme Company", "Acme"),
     ("Société Générale", "Societe Generale SA")],
)  # fmt: skip
def test_company_names_compare_without_case_accents_or_legal_form(one: str, other: str) -> None:
    """Two spellings of one company have one key."""
    assert company_key(one) == company_key(other)


def test_different_companies_stay_apart() -> None:
    """Acme and Acme Bank are not one company."""
    assert company_key("Acme Corp") != company_key("Acme Bank")


def person(company: str, email: str = "") -> Person:
    """Someone from LinkedIn at ``company``."""
    return Person("Priya Shah", email, company, "Staff Engineer", LINKEDIN, date(2021, 3, 14))


def test_people_match_by_name_alias_or_domain_but_never_a_free_mail_domain() -> None:
    """Name, configured alias and company domain match; gmail.com never does."""
    assert works_at(person("ACME Corporation"), "Acme Corp")
    assert works_at(person("Roadrunner Labs"), "Acme Corp", aliases=["Roadrunner"])
    assert works_at(person("", "p@mail.acme.example"), "Acme Corp", domains=["acme.example"])
    assert not works_at(person("", "p@gmail.com"), "Acme Corp", domains=["gmail.com"])
    assert not works_at(person("Globex"), "Acme Corp", domains=["acme.example"])


def test_known_people_merge_the_export_and_mail_history() -> None:
    """Someone in both is one line known both ways; mail-only people follow."""
    exported = [
        person("Acme", "priya@acme.example"),
        Person("Li Wei", "", "Globex", "Recruiter", LINKEDIN),
    ]
    mail = [
        Connection("priya@acme.example", "Priya S.", 3, datetime(2026, 11, 2, 15, tzinfo=UTC)),
        Connection("lee@acme.example", "Lee Park", 1, datetime(2026, 10, 1, 15, tzinfo=UTC)),
    ]
    found = known_people(
        "Acme Corp", exported, mail, today=date(2026, 12, 1), zone=NY, domains=["acme.example"]
    )
    assert [p.line() for p in found] == [
        (
            "Priya Shah (Staff Engineer; LinkedIn connection since Mar 2021; you have written:"
            " 3 messages, last Mon 2 Nov)"
        ),
        "Lee Park (you have written: 1 message, last Thu 1 Oct)",
    ]


def test_a_person_is_found_by_address_or_by_name() -> None:
    """An exact address wins; else a whole name; else part of one."""
    people = known_people(
        "Acme", [person("Acme", "priya@acme.example")], [], today=date(2026, 12, 1), zone=NY
    )
    assert find_person(people, "PRIYA@acme.example") == people
    assert find_person(people, "priya") == people
    assert find_person(people, "dana") == []


# --- the command ----------------------------------------------------------------------------


def test_import_command_reports_what_it_read_and_importing_again_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second import of a smaller file updates and adds; nobody is removed."""
    config = maildir_config(tmp_path)
    export = tmp_path / "Connections.csv"
    export.write_text(LINKEDIN_CSV, encoding="utf-8")
    first = run_cli(capsys, "connections", "import", export, "--config", config)
    assert first.code == 0, first.err
    assert one_plain_line(first.out) == (
        "Read 3 people from Connections.csv (LinkedIn connections): 3 new, 0 updated,"
        " 0 unchanged. 1 entry without a name was left out."
    )
    cards = tmp_path / "contacts.vcf"
    cards.write_text(VCARDS, encoding="utf-8")
    second = run_cli(capsys, "connections", "import", cards, "--json", "--config", config)
    assert second.json()["added"] == 3
    again = run_cli(capsys, "connections", "import", export, "--json", "--config", config)
    assert again.json() | {"file": ""} == {
        "file": "", "kind": "linkedin", "people": 3, "added": 0, "updated": 0, "unchanged": 3,
        "skipped": 1,
    }  # fmt: skip


@pytest.mark.parametrize(
    "content",
    [b"", b"Name,Given Name\nDana,Dana\n", b"x" * (50 * 1024 * 1024)],
    ids=["empty", "other-header", "50MB"],
)
def test_import_command_refuses_bad_files_in_one_line_and_keeps_what_was_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    """Bad input: exit 1, one clear line, and the people imported before are all still there."""
    config = maildir_config(tmp_path)
    good = tmp_path / "contacts.vcf"
    good.write_text(VCARDS, encoding="utf-8")
    assert run_cli(capsys, "connections", "import", good, "--config", config).code == 0
    bad = tmp_path / "upload.csv"
    bad.write_bytes(content)
    outcome = run_cli(capsys, "connections", "import", bad, "--config", config)
    assert outcome.code == 1
    assert "upload.csv" in one_plain_line(outcome.err)
    assert "nothing was imported" in outcome.err
    again = run_cli(capsys, "connections", "import", good, "--json", "--config", config)
    assert again.json()["unchanged"] == 3


def test_import_of_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path that does not exist: exit 1 and one line, not a traceback."""
    config = maildir_config(tmp_path)
    outcome = run_cli(capsys, "connections", "import", tmp_path / "nope.csv", "--config", config)
    assert outcome.code == 1
    assert "nope.csv" in one_plain_line(outcome.err)


ACME = """  - company: Acme Corp
    role: Data Engineer
    date: 2026-11-18T15:00:00-05:00
    contacts: [{name: Dana Ruiz, email: dana.ruiz@acme.example}]
"""


def test_plan_call_finds_the_process_by_id_or_name_and_says_when_it_cannot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """By id or company the plan prints; an unknown process is one line and exit 1."""
    config = maildir_config(tmp_path, ACME)
    now = ("--now", "2026-12-01T09:00")
    by_id = run_cli(capsys, "plan", "--call", "1", *now, "--config", config)
    assert by_id.code == 0, by_id.err
    assert by_id.out.startswith("Call plan for Acme Corp — Data Engineer\n")
    by_name = run_cli(capsys, "plan", "--call", "ACME Corporation", "--json", *now,
                      "--config", config)  # fmt: skip
    assert by_name.json()["lines"] == by_id.out.rstrip("\n").splitlines()
    unknown = run_cli(capsys, "plan", "--call", "Globex", *now, "--config", config)
    assert unknown.code == 1
    assert one_plain_line(unknown.err) == (
        "silence-watch: there is no process 'Globex' (see: silence-watch status)"
    )


def test_a_connection_note_needs_someone_known_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nobody by that name at the company: one line, exit 1, nothing drafted."""
    config = maildir_config(tmp_path, ACME)
    outcome = run_cli(capsys, "drafts", "new", "connection_note", "acme", "--to", "priya",
                      "--config", config)  # fmt: skip
    assert outcome.code == 1
    assert "you know nobody called 'priya' at Acme Corp" in one_plain_line(outcome.err)
    listed = run_cli(capsys, "drafts", "list", "--json", "--config", config)
    assert listed.json() == []


def test_the_digest_card_of_a_note_names_the_person_and_the_company() -> None:
    """"Note to Rosa Diaz about Acme Corp — Data Engineer", not a note "to Acme"."""
    from silence_watch.core.digest import DraftLine, render_digest  # noqa: PLC0415 - one test

    line = DraftLine(1, 5, "Acme Corp", "connection_note", "rosa@mail.example", "A quick favour",
                     "Hi Rosa,\n", None, role="Data Engineer", to_name="Rosa Diaz")  # fmt: skip
    now = datetime(2026, 12, 1, 9, tzinfo=NY)
    text = render_digest([], [line], now=now, zone=NY)
    assert "  [1] Note to Rosa Diaz about Acme Corp — Data Engineer\n" in text
