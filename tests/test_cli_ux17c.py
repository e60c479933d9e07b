"""`communique spark` inputs read as its outputs are (RV17-io 4): `file:` and other URIs, `{a,b}` globs."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from tests.test_cli_ux17 import _corpus, _spark, java_available  # noqa: F401

runner = CliRunner()


def _refused(tmp_path: Path, inputs: list[str]) -> str:
    """The CLI's answer for ``inputs`` with an output it refuses: inputs it accepts reach that refusal."""
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["spark", *inputs, "-o", str(tmp_path / "taken")])
    assert result.exit_code == 2, result.output
    return result.output


@pytest.mark.parametrize(
    "form", ["file:{corpus}", "file://{corpus}", "{tmp}/{{corpus,none}}.jsonl", "hdfs:/x.jsonl"]
)
def test_an_input_spark_reads_is_not_refused_as_no_such_file(tmp_path, form):
    """'file:/…/c.jsonl' (which exists) was 'no such file'; so were 'hdfs:/x' and a '{a,b}' glob."""
    corpus = _corpus(tmp_path)
    output = _refused(tmp_path, [form.format(corpus=corpus, tmp=tmp_path)])
    assert "other files" in output, output  # the inputs passed; the output check spoke
    assert "no such file" not in output and "matches no file" not in output, output


@pytest.mark.parametrize(
    "form, problem",
    [
        ("file:{tmp}/absent.jsonl", "no such file"),
        ("file://{tmp}/absent.jsonl", "no such file"),
        ("{tmp}/{{absent,gone}}.jsonl", "matches no file"),
    ],
)
def test_a_local_input_naming_nothing_is_refused_before_spark_starts(tmp_path, form, problem):
    result = runner.invoke(app, ["spark", form.format(tmp=tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert problem in result.output


def test_file_uri_and_brace_glob_inputs_are_coded(tmp_path, java_available):  # noqa: F811
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    done = _spark(f"file:{corpus}", f"{tmp_path}/{{corpus,none}}.jsonl", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == f"coded 2 documents -> {out}", done.stderr


def test_a_python_bug_in_the_job_keeps_its_traceback(tmp_path, monkeypatch):
    """Every exception became one line 'spark: …': a bug in run_spark_job lost its traceback."""
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'communique[spark]')")
    import communique.spark

    class Session:
        def stop(self) -> None:
            pass

    def broken(*args: object, **kwargs: object) -> None:
        raise TypeError("a bug of ours")

    monkeypatch.setattr(communique.spark, "spark_session", lambda *args, **kwargs: Session())
    monkeypatch.setattr(communique.spark, "run_spark_job", broken)
    result = runner.invoke(app, ["spark", str(_corpus(tmp_path)), "-o", str(tmp_path / "out")])
    assert isinstance(result.exception, TypeError), result.output
