"""Turn sentence votes into one stance per issuer and issue: support, oppose, neutral or mixed."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.model import Actor, Evidence, Issue, Stance

POLARITY_NAMES = {1: "support", -1: "oppose", 0: "neutral"}
# A document is "mixed" when the weaker side carries at least this share of the stronger side's weight, and a
# sentence of one side sets itself against a sentence of the other (see ``Tally.opposed``).
MIXED_RATIO = 0.35
# Sides no heavier than this (each sentence's weight) give way to the issuers' own neutral sentence.
WEAK_SIDE = 0.5
# How many sentences back a turn ("However, ...") still answers a position of the other side.
TURN_REACH = 3


@dataclass
class Tally:
    """Evidence gathered for one (actor, issue) pair, with each sentence's weight."""

    actor: Actor
    issue: Issue
    evidence: list[Evidence] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    # Sentence indices of the evidence that turn against what came before ("However, ...", "While ...") and
    # of those holding a contrast inside ("supports the ceasefire but regrets that it excludes ...").
    turns: set[int] = field(default_factory=set)
    inner: set[int] = field(default_factory=set)
    # (sentence index, polarity) of evidence the issuers state themselves, by name or "we", with a verb of
    # position ("We reject ...", "Hungary supported ..."), not read from an evaluated thing.
    direct: set[tuple[int, str]] = field(default_factory=set)

    def mark(self, sentence_index: int, turn: bool, inner: bool) -> None:
        """Record how an evidence sentence stands against the others (its contrast structure)."""
        if turn:
            self.turns.add(sentence_index)
        if inner:
            self.inner.add(sentence_index)

    def opposed(self) -> bool:
        """Whether a support and an oppose sentence are set against each other by the text's structure.

        Both positions in one sentence joined by a contrast ("welcomes X but regrets Y", "While welcoming X,
        we remain concerned that ..."), or the later of two nearby sentences turning against the earlier
        ("... However, ...", "At the same time, ..."), or each side stated outright by the issuers in a
        sentence of its own. Two opposite readings with no such link are more often one position read twice
        (a harm deplored and its end demanded) than a document holding both.
        """
        sides: dict[str, set[int]] = {"support": set(), "oppose": set()}
        for e in self.evidence:
            if e.polarity in sides:
                sides[e.polarity].add(e.sentence_index)
        for s in sides["support"]:
            for o in sides["oppose"]:
                if s == o:
                    if s in self.inner:
                        return True
                elif abs(s - o) <= TURN_REACH and max(s, o) in self.turns:
                    return True
                elif (s, "support") in self.direct and (o, "oppose") in self.direct:
                    # Each side said outright by the issuers in a sentence of its own ("The party welcomes
                    # the measures ... We reject with equal determination the amendments ...").
                    return True
        return False

    def add(self, evidence: Evidence, weight: float) -> None:
        """Add a sentence's evidence, keeping one entry per sentence (the heavier one)."""
        for i, old in enumerate(self.evidence):
            if old.sentence_index == evidence.sentence_index and old.polarity == evidence.polarity:
                if weight > self.weights[i]:
                    self.evidence[i] = evidence
                    self.weights[i] = weight
                return
        self.evidence.append(evidence)
        self.weights.append(weight)


def decide(tally: Tally) -> Stance | None:
    """The stance a tally shows, with a confidence in [0, 1], or None when it shows nothing."""
    support = sum(w for e, w in zip(tally.evidence, tally.weights, strict=True) if e.polarity == "support")
    oppose = sum(w for e, w in zip(tally.evidence, tally.weights, strict=True) if e.polarity == "oppose")
    neutral = sum(1 for e in tally.evidence if e.polarity == "neutral")
    polar = [
        w for e, w in zip(tally.evidence, tally.weights, strict=True) if e.polarity in ("support", "oppose")
    ]
    if neutral and polar and max(polar) < WEAK_SIDE:
        # "The Office has taken note of the restrictions ... We are in contact with the authorities to
        # understand the scope of the measure": the issuers' noting outweighs sides read only faintly (from a
        # reference, a hypothetical, a benefit word) in other sentences.
        support = oppose = 0.0
    if support <= 0 and oppose <= 0:
        if not neutral:
            return None
        value, confidence = "neutral", min(0.8, 0.5 + 0.1 * neutral)
        kept = {"neutral"}
    else:
        strong, weak = max(support, oppose), min(support, oppose)
        if weak > 0 and weak >= MIXED_RATIO * strong and tally.opposed():
            value = "mixed"
            confidence = min(0.9, 0.45 + 0.1 * (len(tally.evidence)) + 0.2 * (weak / strong))
            kept = {"support", "oppose"}
        else:
            value = "support" if support > oppose else "oppose"
            share = strong / (support + oppose)
            confidence = share * min(1.0, 0.55 + 0.2 * strong)
            kept = {value, "support", "oppose"}
    # Strongest first: the winning side, then weight, then document order (evidence[0] is the best quote).
    first = (
        value if value in ("support", "oppose", "neutral") else ("support" if support >= oppose else "oppose")
    )
    # (the polarities kept: evidence is kept by its polarity alone)
    order = sorted(
        (i for i, e in enumerate(tally.evidence) if e.polarity in kept),
        key=lambda i: (
            tally.evidence[i].polarity != first,
            -tally.weights[i],
            tally.evidence[i].sentence_index,
        ),
    )
    evidence = [tally.evidence[i] for i in order]
    return Stance(
        actor=tally.actor, issue=tally.issue, stance=value, confidence=round(confidence, 2), evidence=evidence
    )


def strongest(stance: Stance) -> Evidence | None:
    """The evidence sentence that best shows a stance (evidence is stored strongest first)."""
    return stance.evidence[0] if stance.evidence else None
