"""Near-duplicate grouping: the compilation guard needs a large remainder too, and holds in both storing
orders (UX18b, from the RV18-io review). Made-up statements; real SQLite for the storing orders."""

from __future__ import annotations

import dataclasses

import pytest

from communique.store import Corpus
from communique.store.dedup import COMPILATION_MIN_EXTRA, is_repost, shingles

STATEMENT = (
    "The foreign ministry welcomed the release of the detained journalists and urged the authorities "
    "to drop the remaining charges against the reporters held since the protests in the capital last spring."
)
ABOUT = (
    " About the Embassy. The Embassy represents the Republic in the host country and works to strengthen "
    "political, economic and cultural ties between our two peoples. Our consular section assists citizens "
    "abroad with passports, visas, notarial services and emergencies. Opening hours are Monday to Friday, "
    "nine to five, except public holidays. Related news: ambassador meets the mayor; cultural week opens; "
    "scholarship call announced; trade mission visits the port. Contact us by telephone or e-mail, follow "
    "us on social media, subscribe to our newsletter. Share this page. Print this page. Back to top. "
    "Copyright the Embassy, all rights reserved. Privacy policy. Accessibility statement. Site map."
)


@pytest.fixture(scope="module")
def coded():
    from communique.store.synthetic import synthetic_documents

    return list(synthetic_documents(30, seed=181))


def _digest(statement: str, items: int) -> str:
    return statement + " ".join(
        f"Item {i}: the council of district {i} approved budget line {i * 7} for roads and {i} schools."
        for i in range(items)
    )


def test_a_short_statement_republished_with_a_sites_about_block_is_still_a_repost():
    """A short line wrapped in over three times its size of a site's text is still that line: the
    remainder is small in absolute terms, as a site's chrome is, and a digest's is not."""
    a, b = shingles(STATEMENT), shingles(STATEMENT + ABOUT)
    assert len(b) > 3 * len(a)  # the ratio alone would refuse it
    assert len(b) - len(a) < COMPILATION_MIN_EXTRA
    assert is_repost(a, b) is not None


def test_a_large_digest_is_refused_in_both_orders():
    """A digest stored first must not swallow the original arriving later: the excerpt keeps its coding."""
    statement = "The ministers condemned the shelling of the port and called for an immediate ceasefire. " * 2
    digest = _digest(statement, 30)
    a, b = shingles(statement), shingles(digest)
    assert len(b) - len(a) > COMPILATION_MIN_EXTRA
    assert is_repost(a, b) is None
    assert is_repost(b, a) is None
    # A trimmed copy of the digest is not a compilation of it: still a repost.
    assert is_repost(b, shingles(digest[: int(len(digest) * 0.8)])) is not None


def test_the_original_stored_after_a_digest_keeps_its_own_coding(tmp_path, coded):
    """Real SQLite: the digest first, then the statement it quotes; the statement is not a duplicate."""
    first = coded[0]
    text = first.document.text + "\n\n" + "\n\n".join(c.document.text for c in coded[2:14])
    document = dataclasses.replace(coded[1].document, text=text, date=first.document.date)
    digest = dataclasses.replace(coded[1], document=document)
    assert len(shingles(text)) - len(shingles(first.document.text)) > COMPILATION_MIN_EXTRA
    with Corpus(f"sqlite:///{tmp_path / 'order.db'}") as corpus:
        assert corpus.add(digest) != "duplicate"
        assert corpus.add(first) != "duplicate"
