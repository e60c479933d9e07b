"""Options shared by the commands that code text: one definition, the same names and help everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from communique.pipeline import CodingOptions

ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline name (default: $COMMUNIQUE_SPACY_MODEL or en_core_web_sm)."),
]
ActorFilesOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary, YAML or PETRARCH .txt (repeatable)."),
]
PatternFilesOption = Annotated[
    list[Path] | None, typer.Option("--patterns", help="Extra event pattern file, YAML (repeatable).")
]
IssueFilesOption = Annotated[
    list[Path] | None, typer.Option("--issues", help="Extra issue dictionary, YAML (repeatable).")
]
AdhocIssuesOption = Annotated[
    list[str] | None, typer.Option("--issue", help="Ad-hoc issue phrase to derive stances on (repeatable).")
]
IssuersOption = Annotated[
    list[str] | None, typer.Option("--issuer", help="Issuer name (repeatable); overrides detection.")
]
AllowPrivateOption = Annotated[
    bool, typer.Option("--allow-private", help="Allow URLs on private, loopback and link-local addresses.")
]


def coding_options(
    model: str | None,
    actors: Sequence[Path] | None,
    patterns: Sequence[Path] | None,
    issues: Sequence[Path] | None,
    adhoc_issues: Sequence[str] | None = None,
) -> CodingOptions:
    """Build the coder's options from the shared command-line options."""
    from communique.pipeline import CodingOptions

    return CodingOptions(
        model=model,
        actor_files=tuple(actors or ()),
        pattern_files=tuple(patterns or ()),
        issue_files=tuple(issues or ()),
        adhoc_issues=tuple(adhoc_issues or ()),
    )
