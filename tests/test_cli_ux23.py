"""The command line after a first-time user's pass (UX23).

``communique stances --issue sanctions --db communique.db --since 2023`` over a corpus without a statement of
those dates printed an empty table and nothing else, as if every issuer had been asked and none had a stance.
It now says on stderr that no stored statement was read (in the dates, or in the corpus at all); the exit
code stays 0 and stdout keeps its format (an empty CSV is still a header).
"""

from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.store import Corpus
from communique.store.synthetic import synthetic_documents

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_2020(tmp_path_factory) -> str:
    """Two synthetic statements dated 2020."""
    db = tmp_path_factory.mktemp("cli-ux23") / "c.db"
    with Corpus(f"sqlite:///{db}", dedup=False) as corpus:
        for k, coded in enumerate(synthetic_documents(2, seed=23)):
            doc = dataclasses.replace(coded.document, date=f"2020-0{k + 1}-15")
            corpus.add(dataclasses.replace(coded, document=doc))
    return str(db)


def _stances(db: str, *args: str):
    return runner.invoke(app, ["stances", "--issue", "sanctions", "--db", db, "-f", "csv", *args])


@pytest.mark.parametrize(
    "args, where",
    [
        (["--since", "2023"], "in the dates (--since 2023)"),
        (["--until", "2019-12"], "in the dates (--until 2019-12)"),
        (["--since", "2021", "--until", "2022"], "in the dates (--since 2021, --until 2022)"),
    ],
)
def test_no_statement_in_the_dates_is_said_not_left_as_an_empty_table(corpus_2020, args, where):
    result = _stances(corpus_2020, *args)
    assert result.exit_code == 0, result.output
    assert f"communique: no stored statement {where}; the table is empty" in result.stderr
    assert result.stdout.splitlines()[0].startswith("date,")  # the CSV header, and no row
    assert len(result.stdout.splitlines()) == 1


def test_an_empty_corpus_is_said_too(tmp_path):
    db = tmp_path / "empty.db"
    Corpus(f"sqlite:///{db}").close()
    result = _stances(str(db))
    assert result.exit_code == 0, result.output
    assert "communique: no stored statement in the corpus; the table is empty" in result.stderr


@pytest.mark.parametrize("args", [[], ["--since", "2020"], ["--until", "2020-01"], ["--since", "2020-02-15"]])
def test_statements_in_the_dates_say_nothing_of_the_kind(corpus_2020, args):
    result = _stances(corpus_2020, *args)
    assert result.exit_code == 0, result.output
    assert "no stored statement" not in result.stderr
    assert len(result.stdout.splitlines()) > 1  # a row per issuer read
