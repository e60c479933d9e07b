"""Benchmark: what the stance stage adds to coding, measured side by side in one run.

Corpus: the bundled examples plus the labelled stance excerpts (tests/data/stance), repeated. Every document
is parsed once; then the same parsed documents go through actors + events (coding without stances) and
through stances (dictionary issues, salient issues and one ad-hoc issue). Prints both times and the ratio
(target: stances add under 10% to coding time, parse included). The one-time setup of the stance stage
(issue indexes, compiling the ad-hoc phrase, loading the optional embedding model when it is on) is timed
apart, as coder.load() is for every stage, and printed. Run it with COMMUNIQUE_SEMANTIC=0 for the rules alone.

    .venv/bin/python bench/stance.py [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: PYTHONPATH (make bench: build/compiled) picks the build

from communique.actors import resolve_actors  # noqa: E402
from communique.events import code_events  # noqa: E402
from communique.ingest import document_from_text, load_sources  # noqa: E402
from communique.model import Document  # noqa: E402
from communique.nlp import parse_documents  # noqa: E402
from communique.pipeline import default_coder  # noqa: E402
from communique.stance import derive_stances, semantic  # noqa: E402
from communique.stance.matching import compile_adhoc, compiled  # noqa: E402

ADHOC = "CSTO deployment to Kazakhstan"


def corpus(repeat: int) -> list[Document]:
    """Examples and labelled excerpts, ``repeat`` times (fresh Document objects each time)."""
    items = yaml.safe_load((ROOT / "tests/data/stance/labelled.yaml").read_text())["items"]
    docs: list[Document] = []
    for _ in range(repeat):
        docs.extend(d for d in load_sources([str(ROOT / "examples")]) if isinstance(d, Document))
        docs.extend(
            document_from_text(item["text"], source=item["id"], issuers=item["issuers"]) for item in items
        )
    return docs


def settle() -> None:
    """Collect, then freeze what earlier steps hold, so a timed stage's collections see only its own objects.

    The bench keeps every parsed and coded document to time the stages apart; a streaming run does not.
    Without this, the last stage timed pays full collections over all the documents the earlier stages
    retained (one falling in the stance loop made stances look 11-14% of coding time instead of 6-7%)."""
    gc.collect()
    gc.freeze()


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    coder = default_coder().load()
    docs = corpus(args.repeat)
    sentences = 0
    settle()
    t0 = time.perf_counter()
    parsed = list(parse_documents(docs, coder.nlp))
    t_parse = time.perf_counter() - t0
    coded = []
    settle()
    t0 = time.perf_counter()
    for document, sdoc in parsed:
        actors = resolve_actors(document, sdoc, coder.actor_dictionary)
        events = code_events(document, sdoc, actors, coder.patterns)
        coded.append((document, sdoc, actors, events))
        sentences += len(document.sentences)
    t_coding = time.perf_counter() - t0
    n_stances = 0
    # One-time setup, like the dictionaries coder.load() reads: the issue dictionary's indexes and the ad-hoc
    # phrase (parsed, expanded, its entities resolved with the actor dictionary). Timed and printed apart.
    t0 = time.perf_counter()
    compiled(coder.issues)
    compile_adhoc(ADHOC, coder.issues, coder.nlp, coder.actor_dictionary)
    if semantic.enabled():
        semantic.model()  # the optional embedding model loads once per process, like the spaCy model
    t_setup = time.perf_counter() - t0
    settle()
    t0 = time.perf_counter()
    for document, sdoc, actors, events in coded:
        n_stances += len(
            derive_stances(
                document,
                sdoc,
                actors,
                events,
                coder.issues,
                adhoc=(ADHOC,),
                actor_dictionary=coder.actor_dictionary,
            )
        )
    t_stance = time.perf_counter() - t0
    without = t_parse + t_coding
    with_stances = without + t_stance
    on = "on" if semantic.enabled() else "off (COMMUNIQUE_SEMANTIC=0 or not installed)"
    print(f"documents {len(docs)}  sentences {sentences}  stances {n_stances}  semantic extra {on}")
    print(f"parse {t_parse:.2f}s  actors+events {t_coding:.2f}s  stances {t_stance:.2f}s")
    print(f"coding without stances {without:.2f}s  with stances {with_stances:.2f}s")
    print(f"ratio with/without {with_stances / without:.3f}  (stances add {100 * t_stance / without:.1f}%)")
    print(
        f"one-time stance setup {t_setup:.2f}s (issue indexes, ad-hoc phrase, model); counted in: stances "
        f"add {100 * (t_stance + t_setup) / without:.1f}%"
    )
    print(
        f"stance stage alone: {len(docs) / t_stance:.0f} documents/s, {sentences / t_stance:.0f} sentences/s"
    )


if __name__ == "__main__":
    main()
