"""get(id) from any collection, the agreement/project/event look-ups, cite() in every style,
and CITATION.cff for the dataset."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import aseanrok as a
from aseanrok.about import DOCUMENTATION, REPOSITORY
from aseanrok.api.cite import STYLES
from aseanrok.dataset import COLLECTIONS

ROOT = Path(__file__).resolve().parent.parent


def test_get_finds_every_record_with_an_id() -> None:
    dataset = a.load()
    for name in COLLECTIONS:
        for record in dataset.collection(name):
            rid = getattr(record, "id", None)
            if isinstance(record, a.Merge):  # a merged id answers the record kept
                with pytest.warns(DeprecationWarning, match=record.merged_into):
                    assert a.get(rid) is a.get(record.merged_into)
            elif isinstance(rid, str):
                assert a.get(rid) is record


def test_references_resolve_through_get() -> None:
    for s in a.load().summits:
        for document in s.documents:
            assert isinstance(a.get(document), a.Agreement)
        if s.raised_to:
            assert isinstance(a.get(s.raised_to), a.PartnershipLevel)
        for person in (s.chair, s.rok_leader):
            if person:
                assert isinstance(a.get(person), a.Person)


def test_get_refuses_what_is_no_id() -> None:
    with pytest.raises(a.NotFoundError, match="did you mean 'summit-8'"):
        a.get("summit-8x")
    assert a.get(" SUMMIT-8 ") is a.get("summit-8")  # ids fold case, as every look-up does
    with pytest.raises(TypeError):
        a.get(8)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="blank"):
        a.get("   ")


def test_agreement_project_event_by_id_or_acronym() -> None:
    for agreement in a.agreements():
        assert a.agreement(agreement.id) == agreement
        if agreement.acronym and sum(x.acronym == agreement.acronym for x in a.agreements()) == 1:
            assert a.agreement(f" {agreement.acronym.lower()} ") == agreement
    for project in a.projects():
        assert a.project(project.id) == project
    for event in a.timeline():
        assert a.event(event.id) == event
    with pytest.raises(a.NotFoundError):
        a.project("no such project")
    with pytest.raises(a.NotFoundError):
        a.event("no-such-event")


def test_cite_text_gives_the_page_address() -> None:
    record = next(r for r in a.agreements() if any(a.source(c.source_id).url for c in r.citations))
    text = a.cite(record)
    for c in record.citations:
        url = a.source(c.source_id).url
        if url:
            assert f"<{url}>" in text
        if c.quote:
            assert f'"{c.quote}"' in text
    assert a.cite(record, style="text") == text


def test_cite_apa() -> None:
    s = a.source("mofa-kasi-2022")
    assert a.cite(s, style="apa") == (
        "Ministry of Foreign Affairs, Republic of Korea. (2022, November 11). "
        f"Korea-ASEAN Solidarity Initiative (KASI). {s.url}"
    )
    record = a.summit(8)
    lines = a.cite(record, style="APA ").splitlines()
    assert len(lines) == len({c.source_id for c in record.citations})


def test_cite_bibtex() -> None:
    record = a.summit(8)
    text = a.cite(record, style="bibtex")
    keys = re.findall(r"^@misc\{([^,]+),$", text, flags=re.MULTILINE)
    assert keys == list(dict.fromkeys(c.source_id for c in record.citations))
    assert text.count("{") == text.count("}")
    # LaTeX's special characters are escaped
    assert "&" not in re.sub(r"\\&", "", re.sub(r"url = \{[^}]*\}", "", text))


def test_cite_csl_json() -> None:
    record = a.summit(8)
    items = json.loads(a.cite(record, style="csl-json"))
    assert [i["id"] for i in items] == list(dict.fromkeys(c.source_id for c in record.citations))
    for item in items:
        s = a.source(item["id"])
        assert item["title"] == s.title
        assert item["author"] == [{"literal": s.publisher}]
        assert item.get("URL") == s.url
        if s.published:
            assert item["issued"]["date-parts"][0][0] == s.published.year
        assert item["type"] in {"webpage", "article-newspaper", "report", "document"}


def test_cite_refuses_what_it_cannot_cite() -> None:
    with pytest.raises(TypeError):
        a.cite("summit-8")
    with pytest.raises(LookupError, match="citation style"):
        a.cite(a.summit(8), style="chicago")
    assert set(STYLES) == {"text", "apa", "bibtex", "csl-json"}


@pytest.mark.parametrize("style", STYLES)
def test_cite_from_the_command_line(style: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "aseanrok", "cite", "summit-8", "--style", style],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == a.cite(a.summit(8), style=style) + "\n"


def test_citation_cff_describes_the_dataset() -> None:
    path = ROOT / "CITATION.cff"
    if not path.exists():
        pytest.skip("no CITATION.cff beside the tests")
    text = path.read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([a-z-]+): ?(.*)$", text, flags=re.MULTILINE))
    assert fields["cff-version"] == "1.2.0"
    assert fields["type"] == "dataset"
    assert fields["license"] == "MIT"
    assert fields["repository-code"].strip("\"'") == REPOSITORY
    assert fields["url"].strip("\"'") == DOCUMENTATION
    assert fields["version"].strip("\"'") == a.DATA_VERSION, (
        "CITATION.cff names another data version: update its version when DATA_VERSION changes"
    )
    assert {"message", "title"} <= set(fields)
    assert "authors:" in text
