"""Gold files read by ``communique evaluate`` (UX17): one-line errors that name the file and the format."""

from __future__ import annotations

from typer.testing import CliRunner

from communique.cli import app

runner = CliRunner()


def _error(args: list[str]) -> str:
    # main() prints a CommuniqueError as one line and exits 1; the runner hands back the error itself.
    result = runner.invoke(app, ["evaluate", *args])
    assert result.exit_code != 0 and result.exception is not None, result.output
    return str(result.exception)


def test_an_xml_file_read_as_statements_says_which_format_it_needs(tmp_path):
    """The format hint covered the GSR/probe/PETRARCH loaders: --format statements got none (RV16-io 4)."""
    xml = tmp_path / "gold.xml"
    xml.write_text('<?xml version="1.0"?>\n<Sentences>\n<Sentence id="a-1"/>\n</Sentences>\n', "utf-8")
    message = _error([str(xml), "--format", "statements"])
    assert message.startswith(f"{xml}: "), message
    assert "--format petrarch" in message, message


def test_a_yaml_syntax_error_is_one_line_with_file_line_and_column(tmp_path):
    """PyYAML's seven-line message came through, with 'in "<unicode string>"' where the file name belongs."""
    gold = tmp_path / "gold.yaml"
    gold.write_text("statements:\n  - id: s-1\n    sentences: [a, b\n", encoding="utf-8")
    for fmt in ("statements", "probes"):
        message = _error([str(gold), "--format", fmt])
        assert "\n" not in message and "<unicode string>" not in message, message
        assert message.startswith(f"{gold}:4:1: not a YAML file: expected ',' or ']'"), message
    tabbed = tmp_path / "tabbed.yaml"
    tabbed.write_text("statements:\n\t- id: s-1\n", encoding="utf-8")
    message = _error([str(tabbed), "--format", "statements"])
    assert message.startswith(f"{tabbed}:2:1: not a YAML file: found character '\\t'"), message
    assert "\n" not in message, message


def test_errors_help_says_which_half_it_lists():
    result = runner.invoke(app, ["evaluate", "--help"], terminal_width=200)
    flat = " ".join(result.output.replace("│", " ").split())
    assert "odd (development) half unless --half" in flat, flat
