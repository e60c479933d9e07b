"""Session 23 (ST23c): dictionary issues named another way (cues and combos in issues.yaml), in sentences of
our own.

Each positive read "not addressed" before its cue or combo was added; the near misses beside them (the same
words in another sense) stay "not addressed" and passed before and after.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_reader

_stance = stance_reader("Varnian Centre for Human Rights")


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # 1. accountability: the trial said as answering before the courts; those responsible prosecuted or
        # punished (active and passive); abuses examined by an impartial body
        (
            "We demand that every officer who took part in the massacre answer before the courts, whatever "
            "their rank.",
            "accountability",
            "support",
        ),
        (
            "We call on the authorities to prosecute those responsible for the killing of the two "
            "journalists.",
            "accountability",
            "support",
        ),
        (
            "Those responsible for the torture of detainees in the northern prisons must be punished.",
            "accountability",
            "support",
        ),
        (
            "We believe that the abuses described by the survivors should be examined by an impartial body.",
            "accountability",
            "support",
        ),
        # 2. annexation: the law's phrase for it, the acquisition of territory by force
        (
            "We recall that the acquisition of territory by force is inadmissible under international law, "
            "and we will never accept it.",
            "annexation",
            "oppose",
        ),
        # 3. migrant_instrumentalisation: people said as "human beings" used as a tool
        (
            "We condemn the cynical use of these human beings as a tool of pressure against a neighbouring "
            "state.",
            "migrant_instrumentalisation",
            "oppose",
        ),
        # 4. humanitarian_access: teams let through where a road or checkpoint is held
        (
            "The armed groups holding the road north of the city must let our medical teams through.",
            "humanitarian_access",
            "support",
        ),
        # 5. nuclear_tests: a launch said as a projectile fired into the sea
        (
            "We condemn the firing of a projectile into the sea off the eastern coast this morning.",
            "nuclear_tests",
            "oppose",
        ),
        # 6. civil_society_restrictions: organisations stripped of their legal status, or deregistered
        (
            "We deeply regret that the authorities have stripped another 300 associations of their legal "
            "status.",
            "civil_society_restrictions",
            "oppose",
        ),
        (
            "We condemn the deregistration of two hundred NGOs in a single month.",
            "civil_society_restrictions",
            "oppose",
        ),
        # 7. foreign_military_intervention: troops kept there, said as their stationing
        (
            "We oppose the stationing of Russian troops in the region without the consent of its government.",
            "foreign_military_intervention",
            "oppose",
        ),
        (
            "We reject any stationing of armed forces on the territory of our neighbours.",
            "foreign_military_intervention",
            "oppose",
        ),
    ],
)
def test_issue_named_another_way(coder, text: str, issue: str, expected: str) -> None:
    assert _stance(coder, text, issue) == expected


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # accountability: the same words in other senses
        ("Our players must stand firm through the trial of the coming season.", "accountability"),
        ("The minister will answer the court's questions on the budget next week.", "accountability"),
        (
            "The independent electoral body published the facts and figures of the count on Monday.",
            "accountability",
        ),
        (
            "The ministry responsible will punish late tax payments with heavier fines from January.",
            "accountability",
        ),
        # annexation: an acquisition of a bank, land bought by an air force, land seized by a bank
        ("The company completed its acquisition of the territory's largest bank last week.", "annexation"),
        ("The air force acquired land near the capital for a new training runway.", "annexation"),
        ("The seizure of land by the bank forced hundreds of farmers to leave their villages.", "annexation"),
        # migrant_instrumentalisation: human beings and tools or use, no one used as a tool
        (
            "Human beings, not machines, must decide how the resources of the hospital are used.",
            "migrant_instrumentalisation",
        ),
        (
            "Human beings deserve dignity, and the new housing law is a useful tool for tenants.",
            "migrant_instrumentalisation",
        ),
        # humanitarian_access: teams through to a final, marchers through a checkpoint, workers for a harvest
        (
            "The new rules let more teams through to the final round of the national cup.",
            "humanitarian_access",
        ),
        ("Police let the marchers through the checkpoint on the road to the square.", "humanitarian_access"),
        (
            "The border crossing will allow workers through for the harvest season on both lines.",
            "humanitarian_access",
        ),
        # nuclear_tests: projectiles at protesters by the sea front, flares into the sea, a float in the water
        ("Police fired projectiles at protesters near the sea front on Friday.", "nuclear_tests"),
        ("Fishermen fired flares into the sea to guide the rescue boats.", "nuclear_tests"),
        (
            "A projectile that fell into the waters of the harbour was a fragment of a fishing float.",
            "nuclear_tests",
        ),
        # civil_society_restrictions: vehicles' registration, a club's title, a company's status
        (
            "The ministry revoked the registration of forty vehicles used by the company.",
            "civil_society_restrictions",
        ),
        (
            "The football association stripped the club of its title after the match-fixing inquiry.",
            "civil_society_restrictions",
        ),
        (
            "The bank cancelled the loan and the company lost its status as a preferred supplier.",
            "civil_society_restrictions",
        ),
        # foreign_military_intervention: a railway or police station, police stationed at polling stations
        (
            "The railway station was full of troops returning home from the front.",
            "foreign_military_intervention",
        ),
        (
            "The stationing of police officers at polling stations intimidated voters.",
            "foreign_military_intervention",
        ),
        (
            "The police station where the soldiers were held was closed on Monday.",
            "foreign_military_intervention",
        ),
    ],
)
def test_same_words_in_another_sense(coder, text: str, issue: str) -> None:
    assert _stance(coder, text, issue) == "not addressed"
