"""The coding pipeline: ingest → nlp → actors → events → stance, one plain function per stage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spacy.language import Language

from communique.actors import ActorDictionary, load_actor_dictionary, resolve_actors
from communique.events import PatternSet, code_events, load_patterns
from communique.model import CodedDocument, Document
from communique.nlp import get_nlp, parse_documents
from communique.nlp.view import release_view
from communique.stance import IssueDictionary, derive_stances, load_issues


@dataclass
class CodingOptions:
    """What a coder needs besides the text: the spaCy model and any user dictionaries."""

    model: str | None = None
    actor_files: Sequence[str | Path] = ()
    pattern_files: Sequence[str | Path] = ()
    issue_files: Sequence[str | Path] = ()
    # Ad-hoc issues typed by the user (``--issue "CSTO deployment to Kazakhstan"``).
    adhoc_issues: Sequence[str] = ()
    batch_size: int = 32
    extra: dict[str, object] = field(default_factory=dict)


class Coder:
    """Holds the loaded pipeline and dictionaries; codes documents one by one or in streamed batches."""

    def __init__(self, options: CodingOptions | None = None) -> None:
        self.options = options or CodingOptions()

    @cached_property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        return get_nlp(self.options.model)

    @cached_property
    def actor_dictionary(self) -> ActorDictionary:
        """Bundled actor dictionaries plus the user's files."""
        return load_actor_dictionary(self.options.actor_files)

    @cached_property
    def patterns(self) -> PatternSet:
        """Bundled verb patterns plus the user's files."""
        return load_patterns(self.options.pattern_files)

    @cached_property
    def issues(self) -> IssueDictionary:
        """Bundled issue dictionary plus the user's files."""
        return load_issues(self.options.issue_files)

    def load(self) -> Coder:
        """Load every dictionary and the model now, so bad dictionaries fail before any coding."""
        _ = (self.actor_dictionary, self.patterns, self.issues, self.nlp)
        return self

    def code_documents(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Code documents streamed through ``nlp.pipe`` batches, in input order."""
        self.load()
        for document, sdoc in parse_documents(documents, self.nlp, batch_size=self.options.batch_size):
            actors = resolve_actors(document, sdoc, self.actor_dictionary)
            events = code_events(document, sdoc, actors, self.patterns)
            stances = derive_stances(
                document,
                sdoc,
                actors,
                events,
                self.issues,
                adhoc=self.options.adhoc_issues,
                # The entities of ad-hoc phrases resolve with the user's actor files too.
                actor_dictionary=self.actor_dictionary,
            )
            release_view(sdoc)  # the stages are done with the parse view: free it now, not at the next GC
            yield CodedDocument(document=document, actors=actors, events=events, stances=stances)

    def code_document(self, document: Document) -> CodedDocument:
        """Code one document."""
        return next(self.code_documents([document]))


_default_coders: dict[tuple[object, ...], Coder] = {}


def default_coder(options: CodingOptions | None = None) -> Coder:
    """Return a process-wide coder for these options, so the model and dictionaries load once."""
    opts = options or CodingOptions()
    key = (
        opts.model,
        tuple(map(str, opts.actor_files)),
        tuple(map(str, opts.pattern_files)),
        tuple(map(str, opts.issue_files)),
        tuple(opts.adhoc_issues),
    )
    if key not in _default_coders:
        _default_coders[key] = Coder(opts)
    return _default_coders[key]
