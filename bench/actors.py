"""Benchmark: actor resolution cost next to the bare spaCy parse of the same corpus, measured in one run.

Corpus: the bundled examples plus the PLOVER GSR sentences read from ../shared at run time (skipped if
absent), grouped into statement-sized paragraphs. Prints parse time, resolution time and the ratio
(target: resolution adds < 10% to the parse).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: PYTHONPATH (make bench: build/compiled) picks the build

from communique.actors import load_actor_dictionary, resolve_actors  # noqa: E402
from communique.model import Actor, Document  # noqa: E402
from communique.nlp import get_nlp, sentences_of  # noqa: E402

GSR = ROOT.parent / "shared" / "benchmarks" / "plover-gsr-cameo" / "PLOVER_GSR_CAMEO.json"


def corpus() -> list[str]:
    """Statement-sized paragraphs: examples, plus GSR sentences in groups of five."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if GSR.exists():
        sentences = [r["text"] for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("text")]
        texts += [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return texts * 3 if len(texts) < 100 else texts


def gsr_coverage(nlp, dictionary) -> None:  # type: ignore[no-untyped-def]
    """Share of gold GSR actors (odd records) whose country (and country+sector) the sentence resolves."""
    if not GSR.exists():
        print("PLOVER GSR not available: coverage skipped")
        return
    # Development half only (odd record numbers): the even half is held out for the event coder's scores.
    records = [
        r
        for r in json.loads(GSR.read_text(encoding="utf-8"))
        if r.get("text") and str(r.get("id", ""))[-1:].isdigit() and int(str(r["id"])[-1]) % 2 == 1
    ]
    total = country_hits = code_hits = 0
    for record, sdoc in zip(records, nlp.pipe([r["text"] for r in records]), strict=True):
        document = Document(id=record["id"], text=record["text"], date=record.get("date"))
        document.sentences = sentences_of(sdoc)
        actors = resolve_actors(document, sdoc, dictionary)
        countries = {a.country for a in actors if a.country}
        codes = {a.code for a in actors if a.code}
        for role in ("source", "target"):
            for gold in record.get(role) or []:
                if not isinstance(gold, dict) or not gold.get("code"):
                    continue
                total += 1
                sector = gold.get("sector") or ""
                sector = sector if len(sector) == 3 and sector.isupper() else ""
                country_hits += gold["code"] in countries
                code_hits += gold["code"] + sector in codes
    print(
        f"PLOVER GSR gold actors (odd records): {total}; country found {country_hits / total:.2f}; "
        f"country+sector found {code_hits / total:.2f} (gold uses some non-ISO codes, e.g. JAP, ITL)"
    )


def main() -> None:
    nlp = get_nlp()
    dictionary = load_actor_dictionary()
    texts = corpus()
    issuers = [Actor(name="Coordination Council", via="issuer")]
    # Warm up both paths so model loading and caches are not timed.
    for sdoc in nlp.pipe(texts[:5]):
        resolve_actors(Document(id="w", text=sdoc.text), sdoc, dictionary)
    rounds = 3
    parse_time = resolve_time = 0.0
    n_actors = n_tokens = 0
    for _ in range(rounds):
        started = time.perf_counter()
        sdocs = list(nlp.pipe(texts, batch_size=32))
        parse_time += time.perf_counter() - started
        started = time.perf_counter()
        for sdoc in sdocs:
            document = Document(
                id="b", text=sdoc.text, date="2022-01-10", issuers=[Actor(**i.to_dict()) for i in issuers]
            )
            document.sentences = sentences_of(sdoc)
            n_actors += len(resolve_actors(document, sdoc, dictionary))
        resolve_time += time.perf_counter() - started
        n_tokens += sum(len(d) for d in sdocs)
    ratio = resolve_time / parse_time
    print(
        f"corpus: {len(texts)} paragraphs, {n_tokens // rounds} tokens, {n_actors // rounds} actors per round"
    )
    print(
        f"bare nlp.pipe: {parse_time / rounds:.3f} s/round; "
        f"resolve_actors: {resolve_time / rounds:.3f} s/round"
    )
    print(f"resolution adds {ratio:.1%} to the parse (target < 10%): {'OK' if ratio < 0.10 else 'OVER'}")
    gsr_coverage(nlp, dictionary)


if __name__ == "__main__":
    main()
