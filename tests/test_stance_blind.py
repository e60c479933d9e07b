"""The blind halves of the stance labelled set: U, V, W, X and Y (and T until the twenty-seventh session), each 40 excerpts written by someone blind to
the stance rules and issue cues and committed before any run. F (af742f0) was first run after the fourth
session's rules froze: 21/40 = 0.53; G (423e9a7) after the fifth session's: 24/40 = 0.60 with the rules alone,
23/40 = 0.57 with the MiniLM extra on (F then: 21/40 and 23/40, unchanged); H (41226de) was first run on the
sixth session's starting rules: 23/40 = 0.57 (24/40 with MiniLM), and after that session's rules froze 24/40
(F 22, G 25). I (3a2b772, b762d59) was written at the start of the eleventh session and first run on that
session's starting rules (e7d5e92): 22/40 = 0.55 with the rules alone, 11 of its 18 misses "not addressed"
where the statement does take a position; after that session's rules froze still 22/40 (F 25 -> 26, G 26, H 25
-> 23). J (612d55c, 4af22ac) was written at the start of the twelfth session and first run on that session's
starting rules (40a238a): 17/40 = 0.42 with the rules alone, 11 of its 23 misses "not addressed" where the
statement does take a position; after that session's rules froze 18/40 (F 26 -> 27, G 26, H 23, I 22). K
(225ad98, f8bf2db) was written at the start of the thirteenth session and first run on that session's starting
rules (567ffb6): 20/40 = 0.50 with the rules alone, 13 of its 20 misses "not addressed" where the statement
does take a position. L (5aa8a5a, 7f567e7) was written at the start of the fourteenth session and first run on
that session's starting rules (fa97119): 19/40 = 0.48 with the rules alone, 8 of its 21 misses "not addressed"
where the statement does take a position, 1 of 5 mixed right. M (b73339c, 11acc53) was written at the start of
the fifteenth session and first run on that session's starting rules (6452df1): 24/40 = 0.60 with the rules
alone, 11 of its 16 misses "not addressed" where the statement does take a position, 2 of 5 mixed right. N
(3049b7d, 36399c7) was written at the start of the sixteenth session and first run on that session's starting
rules (f5857e6): 16/40 = 0.40 with the rules alone, 9 of its 24 misses "not addressed" where the statement
does take a position, 0 of 5 mixed right, and one ad-hoc issue phrase refused as naming only actors (counted
as a miss). O (b7806b6, 445bb10) was written at the start of the seventeenth session and first run on that
session's starting rules (4fde93a): 24/40 = 0.60 with the rules alone, 5 of its 16 misses "not addressed"
where the statement does take a position, 2 of 5 mixed right. P (20e1e5e, 935dcf0) was written at the start of
the eighteenth session and first run on that session's starting rules (3c86ccb): 19/40 = 0.48 with the rules
alone, 14 of its 21 misses "not addressed" where the statement does take a position, 0 of 5 mixed right. Q
(f58a381, 41ebc32) was written at the start of the nineteenth session and first run on that session's starting
rules (2d36d56): 20/40 = 0.50 with the rules alone, 11 of its 20 misses "not addressed" where the statement
does take a position, 0 of 5 mixed right, and one ad-hoc issue phrase refused (counted as a miss). R (94829a3,
f470684) was written at the start of the twentieth session and first run on that session's starting rules
(e66a466): 20/40 = 0.50 with the rules alone, 7 of its 20 misses "not addressed" where the statement does take
a position, 0 of 5 mixed right. T (48d5751) was written at the start of the twenty-first session and first run
on that session's starting rules (d24823d): 26/40 = 0.65 with the rules alone, 6 of its 14 misses "not
addressed" where the statement does take a position, 2 of 5 mixed right. U (a7f2a51) was written at the start
of the twenty-second session and first run on that session's starting rules (e572c9f): 21/40 = 0.53 with the
rules alone, 13 of its 19 misses "not addressed" where the statement does take a position, 1 of 5 mixed right.
V (8979bf9) was written at the start of the twenty-third session and first run on that session's starting
rules (4fd1a8b): 22/40 = 0.55 with the rules alone, 8 of its 18 misses "not addressed" where the statement
does take a position, 3 of 5 mixed right. W (b188e0c) was written at the start of the twenty-fourth session
and first run on that session's starting rules (184657a): 23/40 = 0.57 with the rules alone, 7 of its 17
misses "not addressed" where the statement does take a position, 2 of 5 mixed right. X was written at the
start of the twenty-sixth session and first run on that session's starting rules (e1fc6d1): 19/40 = 0.47 with
the rules alone, 10 of its 21 misses "not addressed", 1 of 5 mixed right, and two ad-hoc issue phrases refused
(counted as misses). Y was written at the start of the twenty-seventh session (SY27) and first run on that
session's starting rules (926c541, the rules of a9a939b): 15/40 = 0.38 with the rules alone, 4 of its 19 misses
"not addressed", 1 of 5 mixed right, and six ad-hoc issue phrases refused (counted as misses). F and G were promoted to development at the start of the fourteenth session (now in
tests/test_stance_labelled.py; last blind runs at 50d20e8: F 28/40, G 27/40), H at the start of the fifteenth
(last blind run at 2dc1475: 25/40), I at the start of the sixteenth (last blind run at 4374300: 25/40), J at
the start of the seventeenth (last blind run at 1da8f72: 21/40), K at the start of the eighteenth (last blind
run at 6abf5bf: 23/40), L at the start of the nineteenth (last blind run at 88d7a4a: 22/40), M at the start of
the twentieth (last blind run at 0154a99: 26/40), N at the start of the twenty-first (last blind run at
3dd356e: 18/40), O at the start of the twenty-second (last blind run at a3bf8a3: 27/40), P at the start of the
twenty-third (last blind run at 3a41551: 19/40), Q at the start of the twenty-fourth (last blind run at
d45a06b: 22/40), R at the start of the twenty-sixth (last blind run at ca17b8f: 19/40). The others stay blind:
this test prints only each half's score and gold -> got counts, never an item, so that no rule can be fitted
to their sentences. The floors are regression guards set from those runs, not the target (issue 5's 0.85 on
unseen statements)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.test_stance_labelled import LABELS, _predict_or_refused

DATA = Path(__file__).resolve().parent / "data" / "stance"
FLOORS = {"U": 0.45, "V": 0.45, "W": 0.50, "X": 0.40, "Y": 0.32}


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_blind_half(coder, capsys: pytest.CaptureFixture[str], half: str):
    items = yaml.safe_load((DATA / f"half-{half.lower()}.yaml").read_text(encoding="utf-8"))["items"]
    assert len(items) >= 40 and {i["half"] for i in items} == {half}
    assert all(i["gold"] in LABELS and i["text"].strip() and i["issuers"] for i in items)
    confusion: Counter[tuple[str, str]] = Counter(
        (item["gold"], _predict_or_refused(coder, item)) for item in items
    )
    right = sum(n for (gold, got), n in confusion.items() if gold == got)
    with capsys.disabled():
        # aggregates only: printing the items would make the half development material
        score = f"{right}/{len(items)} = {right / len(items):.2f}"
        print(f"\nstance accuracy half {half} (blind, aggregates only): {score}")
        print("  gold -> got: " + ", ".join(f"{g} -> {p}: {n}" for (g, p), n in sorted(confusion.items())))
    assert right / len(items) >= FLOORS[half]
