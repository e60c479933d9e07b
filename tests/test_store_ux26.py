"""Store reads of the twenty-sixth session (UX26): names and labels with non-ASCII letters, in any case.

An actor or issue filter compared ``lower(name)`` with the folded filter. SQLite's ``lower()`` folds only
ASCII letters (so does PostgreSQL's in a database of the C locale), so an uncoded issuer named "ÉQUIPE ÉTÉ"
was found by no spelling at all, its own included: ``lower('ÉQUIPE ÉTÉ')`` is ``'Équipe ÉtÉ'``, the filter
``'équipe été'``. Non-ASCII filters are now compared under a Unicode-aware fold (SQLite: a registered
``casefold()``; PostgreSQL: ``lower()`` under the ICU root collation); ASCII ones keep ``lower()`` and
its indexes.

SQLite files and a real PostgreSQL server (``db_url``).
"""

from __future__ import annotations

import dataclasses

import pytest

import communique
from communique.model import Issue
from communique.store import Corpus

ISSUER = "ÉQUIPE ÉTÉ"
OTHER = "Équipe Rouge"
TEXT = (
    "{who} condemns the arrest of journalists by the Turkish police on Monday. "
    "We call on the Turkish authorities to release them at once."
)
LABEL = "Réforme ÉLECTORALE"


@pytest.fixture()
def stored(db_url):
    docs = []
    for k, who in enumerate((ISSUER, OTHER)):
        coded = communique.code_text(TEXT.format(who=who), issuers=[who], title=f"Statement {k}")
        document = dataclasses.replace(coded.document, id=f"ux26-{k}", date=f"2024-05-0{k + 1}")
        stances = [dataclasses.replace(s, issue=Issue(id=None, label=f"{LABEL} {k}")) for s in coded.stances]
        docs.append(dataclasses.replace(coded, document=document, stances=stances))
    corpus = Corpus(db_url, dedup=False)
    corpus.add_many(docs)
    yield corpus
    corpus.close()


def _issuer_events(corpus: Corpus, actor: str) -> set[str]:
    frame = corpus.events(actor=actor)
    return set(frame["document_id"]) if len(frame) else set()


@pytest.mark.parametrize("spelling", [ISSUER, "équipe été", "Équipe Été", "  équipe   ÉTÉ "])
def test_a_non_ascii_name_is_found_in_any_case(stored, spelling):
    assert _issuer_events(stored, spelling) == {"ux26-0"}
    stances = stored.stances(actor=spelling)
    assert len(stances) and set(stances["document_id"]) == {"ux26-0"}
    assert [item["id"] for item in stored.search(actor=spelling).items] == ["ux26-0"]


def test_ascii_names_still_match_as_before(stored):
    assert _issuer_events(stored, "turkish police") == {"ux26-0", "ux26-1"}
    assert _issuer_events(stored, "équipe") == set()  # a part of a name is not the name


def test_a_non_ascii_issue_label_is_found_in_any_case(stored):
    for spelling in (f"{LABEL} 0", "réforme électorale 0", "RÉFORME ÉLECTORALE 0"):
        frame = stored.stances(issue=spelling)
        assert len(frame) and set(frame["document_id"]) == {"ux26-0"}, spelling


def test_the_api_finds_a_non_ascii_actor_in_any_case(db_url, stored):
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.web.views import Pages

    warm = Pages.warm
    Pages.warm = lambda self: None  # type: ignore[method-assign]
    try:
        with TestClient(create_app(db_url, token="")) as client:
            for spelling in ("équipe été", "ÉQUIPE ÉTÉ"):
                events = client.get("/api/v1/events", params={"actor": spelling})
                assert events.status_code == 200
                assert {e["document_id"] for e in events.json()["items"]} == {"ux26-0"}
                # with a text filter too (the other plan of the events page)
                events = client.get("/api/v1/events", params={"actor": spelling, "q": "journalists"})
                assert {e["document_id"] for e in events.json()["items"]} == {"ux26-0"}
                stances = client.get("/api/v1/stances", params={"actor": spelling})
                assert stances.status_code == 200
                assert {s["document_id"] for s in stances.json()["items"]} == {"ux26-0"}
    finally:
        Pages.warm = warm  # type: ignore[method-assign]
