"""``communique import`` on files that are not coded records: each line's problem in words (UX15)."""

from __future__ import annotations

import json

from communique.store.ingest import read_coded_jsonl

HINT = "import reads the output of 'communique code' or 'export --format jsonl'"


def test_bad_lines_are_explained_in_words(tmp_path, seed_coded):
    good = seed_coded.to_dict()
    plover = {"id": "ev-1", "date": "2022-01-10", "actor": [{"code": "BLROPP"}], "event": "ACCUSE"}
    lines = [
        json.dumps(good),
        '{"broken": ',
        json.dumps({"document": {"id": "x"}}),
        json.dumps(plover),
        json.dumps([1, 2]),
        json.dumps({"document": "text"}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    failed: list[tuple[str, str]] = []
    records = list(read_coded_jsonl([str(path)], failed))
    assert [c.document.id for c, _ in records] == [seed_coded.document.id]
    problems = dict(failed)
    assert problems[f"{path}:2"].startswith("malformed JSON line (")
    assert problems[f"{path}:3"] == "record has no document id or text"
    assert problems[f"{path}:4"] == f"a PLOVER event record, not a coded record: {HINT}"
    assert problems[f"{path}:5"] == f'not a coded record (no "document" object): {HINT}'
    assert problems[f"{path}:6"] == f'not a coded record (no "document" object): {HINT}'
    # No Python internals in what the user reads.
    assert not [p for p in problems.values() if "Error" in p or "__init__" in p]
