"""Turn sentence votes into one stance per issuer and issue: support, oppose, neutral or mixed."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.model import Actor, Evidence, Issue, Stance

POLARITY_NAMES = {1: "support", -1: "oppose", 0: "neutral"}
# A document is "mixed" when the weaker side carries at least this share of the stronger side's weight.
MIXED_RATIO = 0.35


@dataclass
class Tally:
    """Evidence gathered for one (actor, issue) pair, with each sentence's weight."""

    actor: Actor
    issue: Issue
    evidence: list[Evidence] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)

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
    if support <= 0 and oppose <= 0:
        if not neutral:
            return None
        value, confidence = "neutral", min(0.8, 0.5 + 0.1 * neutral)
        kept = {"neutral"}
    else:
        strong, weak = max(support, oppose), min(support, oppose)
        if weak > 0 and weak >= MIXED_RATIO * strong:
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
