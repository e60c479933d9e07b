"""The command line after a new user's afternoon (UX19): a version, filter options refused as usage errors
naming the option, the reaction table's options that were silently ignored, and the summary's counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.store import Corpus

runner = CliRunner()


def _said(result) -> str:
    # rich wraps the usage error in a box: the words without the frame.
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())


def test_the_version_is_printed():
    """'communique --version' was 'No such option' (exit 2)."""
    from communique import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"communique {__version__}"


@pytest.mark.parametrize(
    ("command", "option", "value", "problem"),
    [
        ("search", "--event", "XYZ", "is not a CAMEO code or prefix"),
        ("search", "--event", "1", "is not a CAMEO code or prefix"),
        ("search", "--since", "2023-13-01", "is not a date"),
        ("stats", "--until", "2023-02-30", "is not a date"),
        ("stats", "--modality", "wished", "is not one of asserted"),
        ("export", "--event", "99", "is not a CAMEO code or prefix"),
    ],
)
def test_a_bad_filter_is_a_usage_error_naming_its_option(tmp_path, command, option, value, problem):
    """'--event XYZ' listed nothing, silently; a bad date was 'communique: error: since: ...' (1)."""
    args = [command, "--db", str(tmp_path / "none.db"), option, value]
    if command == "export":
        args += ["--format", "csv", str(tmp_path / "out.csv")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    said = _said(result)
    assert f"Invalid value for {option}: '{value}' {problem}" in said, said
    # Refused before the (missing) database was opened and before any file was written.
    assert "no corpus" not in said and not (tmp_path / "out.csv").exists()


def test_plover_types_and_cameo_prefixes_still_filter(tmp_path):
    from tests.test_store_ux19 import _joint_statement

    db = tmp_path / "c.db"
    with Corpus(str(db)) as corpus:
        corpus.add(_joint_statement())
    for event, found in (("111", 1), ("11", 1), ("accuse", 1), ("ACCUSE", 1), ("0411", 0), ("SANCTION", 0)):
        result = runner.invoke(app, ["search", "--db", str(db), "--event", event, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        assert len([line for line in result.output.splitlines() if line.startswith("{")]) == found, event


def test_search_lists_an_issuer_code_once(tmp_path):
    """Three issuers of one code read 'XYZOPP, XYZOPP, XYZOPP' in the issuers column."""
    from tests.test_store_ux19 import _joint_statement

    db = tmp_path / "c.db"
    with Corpus(str(db)) as corpus:
        corpus.add(_joint_statement())
    result = runner.invoke(app, ["search", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "XYZOPP" in result.output and "XYZOPP, XYZOPP" not in result.output


def test_stances_refuses_sources_and_db_together(tmp_path):
    """Both were read and their rows added: a statement given and stored was listed twice."""
    text = tmp_path / "s.txt"
    text.write_text("The Government of Chile supports the sanctions.", encoding="utf-8")
    result = runner.invoke(
        app, ["stances", "--issue", "sanctions", "--db", str(tmp_path / "c.db"), str(text)]
    )
    assert result.exit_code == 2, result.output
    assert "Invalid value for --db: give SOURCE files/URLs or --db, not both" in _said(result)


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_stances_refuses_a_date_bound_without_db(tmp_path, option):
    """Ignored over files: a table of every date came back as if it had been filtered."""
    text = tmp_path / "s.txt"
    text.write_text("The Government of Chile supports the sanctions.", encoding="utf-8")
    result = runner.invoke(app, ["stances", "--issue", "sanctions", option, "2023-01-01", str(text)])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for {option}: applies to the stored corpus (--db) only" in _said(result)


def test_stances_refuses_a_bad_date_bound_as_a_usage_error(tmp_path):
    result = runner.invoke(
        app, ["stances", "--issue", "sanctions", "--db", str(tmp_path / "c.db"), "--since", "x"]
    )
    assert result.exit_code == 2, result.output
    assert "Invalid value for --since: 'x' is not a date" in _said(result)


def test_the_summary_counts_a_root_once_under_its_own_name():
    """'most frequent events: 11 Criticize or denounce ×9, 11 Disapprove ×5': one root, two lines."""
    from communique.cli.render import Summary
    from tests.test_store_ux19 import _joint_statement

    summary = Summary()
    for _ in range(2):
        summary.add(_joint_statement())
    assert summary.event_roots == {"11 Disapprove": 2, "02 Appeal": 2, "04 Consult": 2}
    # Issuers count statements: three issuers of one code in one statement are one.
    assert summary.issuers == {"XYZOPP": 2}


def test_a_reaction_table_over_one_statement_says_so_in_the_singular(tmp_path: Path):
    """'no statement among 1 addresses ...'."""
    text = tmp_path / "s.txt"
    text.write_text("The Government of Chile welcomed the new trade agreement with Peru.", encoding="utf-8")
    result = runner.invoke(app, ["stances", "--issue", "nuclear disarmament talks", str(text), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "communique: the statement does not address 'nuclear disarmament talks'" in result.output


@pytest.mark.parametrize("bad", ["communique", "/a//b", "/a?x=1"])
def test_serve_refuses_a_root_path_that_is_no_url_path(tmp_path, bad):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "c.db"), "--root-path", bad])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for --root-path: '{bad}' is not a URL path like /communique" in _said(result)
