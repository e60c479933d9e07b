"""Code development documents and write every output as sorted JSON, one document a line (test_compiled.py).

    PYTHONPATH=<build> python tests/compiled_dump.py OUT [KEY_PREFIX ...]

PYTHONPATH chooses the build (the tree, or build/compiled); key prefixes ("example:", "stance:half-j:") keep
only the documents whose key starts with one of them (test_determinism.py dumps a few sets). The documents:
the bundled examples, the development statement sets (set 1's odd statements only: its even ones are held
out) and the development stance sets, those coded in full and, per item, the stances on its issue. The first
line names the build.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import communique
from communique.actors import resolve_actors
from communique.events import code_events
from communique.events.statement_gold import load_statement_gold, statement_document
from communique.ingest import document_from_text, load_sources
from communique.model import Document
from communique.nlp import parse_documents
from communique.nlp.view import release_view
from communique.pipeline import Coder, CodingOptions
from communique.stance import stances_for_issue

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# development stance sets only, named one by one: the blind halves still held out are never read
STANCE_SETS = ("labelled", "half-e", "half-f", "half-g", "half-h", "half-i", "half-j")
STANCE_SETS += ("half-k", "half-s4", "half-s6", "half-s9", "half-s10", "half-s11", "half-s12", "half-s13")
STANCE_SETS += ("half-s14", "half-s18")


def compiled_modules() -> list[str]:
    """The communique modules this process imported as compiled extensions."""
    return sorted(
        name
        for name, module in sys.modules.items()
        if name.startswith("communique") and (getattr(module, "__file__", None) or "").endswith(".so")
    )


def main() -> None:
    """Write the dump to the path given."""
    prefixes = tuple(sys.argv[2:])

    def wanted(key: str) -> bool:
        return not prefixes or key.startswith(prefixes)

    documents: list[tuple[str, Document]] = []
    for d in load_sources([str(ROOT / "examples")]):
        if isinstance(d, Document) and wanted(f"example:{d.id}"):
            documents.append((f"example:{d.id}", d))
    for path in sorted((DATA / "statements").glob("*.yaml")):
        for st in load_statement_gold(path):
            if path.name == "events-statements.yaml" and st.number % 2 == 0:
                continue  # held out
            if wanted(f"{path.name}:{st.id}"):
                documents.append((f"{path.name}:{st.id}", statement_document(st)[0]))
    coder = Coder(CodingOptions()).load()
    lines = []
    for (key, _), coded in zip(documents, coder.code_documents(d for _, d in documents), strict=True):
        lines.append(key + "\t" + json.dumps(coded.to_dict(), sort_keys=True, ensure_ascii=False))
    for name in STANCE_SETS:
        items = yaml.safe_load((DATA / "stance" / f"{name}.yaml").read_text(encoding="utf-8"))["items"]
        for item in items:
            if not wanted(f"stance:{name}:{item['id']}"):
                continue
            document = document_from_text(item["text"], source=item["id"], issuers=item["issuers"])
            ((document, sdoc),) = list(parse_documents([document], coder.nlp))
            actors = resolve_actors(document, sdoc, coder.actor_dictionary)
            events = code_events(document, sdoc, actors, coder.patterns)
            stances = stances_for_issue(document, sdoc, actors, events, coder.issues, item["issue"])
            release_view(sdoc)
            payload = {
                "document": document.to_dict(),
                "actors": [a.to_dict() for a in actors],
                "events": [e.to_dict() for e in events],
                "issue_stances": [s.to_dict() for s in stances],
            }
            key = f"stance:{name}:{item['id']}"
            lines.append(key + "\t" + json.dumps(payload, sort_keys=True, ensure_ascii=False))
    header = json.dumps({"package": str(Path(communique.__file__).parent), "compiled": compiled_modules()})
    Path(sys.argv[1]).write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
