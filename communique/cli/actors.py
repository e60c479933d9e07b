"""``communique actors "TEXT"``: print the actors found in a text with their codes and spans."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from communique.cli import app
from communique.cli.options import ActorFilesOption, ModelOption, coding_options

MAX_TEXT_CHARS = 200_000


@app.command("actors")
def actors_command(
    text: Annotated[str, typer.Argument(help="Text to analyse, or - to read stdin.")],
    date: Annotated[
        str | None, typer.Option(help="Document date (YYYY-MM-DD): office holders are coded by it.")
    ] = None,
    actors: ActorFilesOption = None,
    issuer: Annotated[
        list[str] | None, typer.Option("--issuer", help="Issuer name for we/us/our (repeatable).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per actor.")] = False,
    model: ModelOption = None,
) -> None:
    """Print every actor mention with its code, span and how it was found, to check the dictionaries."""
    import sys

    from communique.ingest.dates import parse_iso_date
    from communique.model import Actor, Document, InputError
    from communique.pipeline import Coder

    if date is not None and parse_iso_date(date) is None:
        raise typer.BadParameter(f"{date!r} is not a date in YYYY-MM-DD form", param_hint="--date")
    if text == "-":
        text = sys.stdin.read(MAX_TEXT_CHARS + 1)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            "text", f"longer than {MAX_TEXT_CHARS} characters; use `communique code` for documents"
        )
    coder = Coder(coding_options(model, actors, None, None)).load()
    issuers = [Actor(name=n, text=n, via="issuer") for n in issuer or ()]
    document = Document(id="cli", text=text, date=date, issuers=issuers)
    coded = coder.code_document(document)
    for iss in document.issuers:
        if as_json:
            typer.echo(json.dumps({"issuer": iss.to_dict()}, ensure_ascii=False))
        else:
            typer.echo(f"issuer  {iss.code or '-':<12} {iss.name}")
    for a in coded.actors:
        if as_json:
            typer.echo(json.dumps(a.to_dict(), ensure_ascii=False))
            continue
        span = f"{a.start}-{a.end}"
        typer.echo(f"{span:>11}  {a.code or '-':<12} {a.via or '':<10} {a.text!r} → {a.name}")
