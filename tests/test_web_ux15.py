"""Web pages a user found noisy (UX15), through FastAPI's TestClient on a real SQLite corpus."""

from __future__ import annotations

import re

import pytest

from tests.conftest import EXAMPLES

JOINT = EXAMPLES / "belarus-opposition-kazakhstan-2022.txt"  # issued by three bodies that share BLROPP


@pytest.fixture(scope="module")
def client(tmp_path_factory, coder):
    from fastapi.testclient import TestClient

    from communique.api import create_app
    from communique.ingest import load_source
    from communique.store import Corpus

    url = f"sqlite:///{tmp_path_factory.mktemp('web-ux15') / 'corpus.db'}"
    with Corpus(url) as corpus:
        for doc in load_source(str(JOINT)):
            corpus.add(coder.code_document(doc))
    with TestClient(create_app(url, token="", coder=coder), raise_server_exceptions=False) as c:
        yield c


def test_actor_page_lists_a_joint_stance_once(client):
    """Three co-issuers with one code used to give three identical rows per stance on the actor page."""
    page = client.get("/actors/BLROPP")
    assert page.status_code == 200
    table = page.text.split('<table class="stances">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td class=\"nowrap\">.*?</tr>", table, flags=re.S)
    keys = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", r)).strip() for r in rows]
    assert rows and len(keys) == len(set(keys)), keys
    # The row says how many issuers hold it, and who they are.
    assert "×3" in table
    assert "Coordination Council" in table
