"""Aggregate read queries for the web UI that the ``Corpus`` API does not offer (owned by the api/web issue).

They use the store's schema read-only through ``Corpus.engine``; nothing here writes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal, select

from communique.store.search import STANCES


def stance_matrix(corpus: Any, *, max_actors: int = 40, max_issues: int = 30) -> dict[str, Any]:
    """Counts of stances per (actor, issue, stance) for the most active actors and issues, in three queries.

    Actors are keyed by code, or ``?name`` when unresolved; issues by id, or label for ad-hoc issues.
    """
    actor_key = func.coalesce(STANCES.c.actor_code, literal("?") + STANCES.c.actor_name)
    issue_key = func.coalesce(STANCES.c.issue_id, STANCES.c.issue_label)
    n = func.count()
    with corpus.engine.connect() as conn:
        top_actors = conn.execute(
            select(actor_key, func.min(STANCES.c.actor_name), n)
            .group_by(actor_key)
            .order_by(n.desc(), actor_key)
            .limit(max_actors)
        ).all()
        top_issues = conn.execute(
            select(issue_key, func.min(STANCES.c.issue_label), n)
            .group_by(issue_key)
            .order_by(n.desc(), issue_key)
            .limit(max_issues)
        ).all()
        totals = conn.execute(select(n, func.count(func.distinct(actor_key))).select_from(STANCES)).one()
        actors = [a for a, _, _ in top_actors]
        issues = [i for i, _, _ in top_issues]
        cells: list[tuple[str, str, str, int]] = []
        if actors and issues:
            cells = [
                (a, i, s, c)
                for a, i, s, c in conn.execute(
                    select(actor_key, issue_key, STANCES.c.stance, n)
                    .where(actor_key.in_(actors), issue_key.in_(issues))
                    .group_by(actor_key, issue_key, STANCES.c.stance)
                ).all()
            ]
    return {
        "actors": [(a, name, c) for a, name, c in top_actors],
        "issues": [(i, label, c) for i, label, c in top_issues],
        "cells": cells,
        "n_rows": int(totals[0]),
        "n_actors": int(totals[1]),
    }
