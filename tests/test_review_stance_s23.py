"""Review of session 23's stance rules (RS23): near misses of ST23 (synonyms.yaml: a law undone, a producer's
output) and ST23b (non-state issuers, calls and duties carried over a coordination, "free of"), in excerpts
written for this review, none copied from a gold file.

FIXED read wrong on the rule as committed and pass after RS23's mend; HELD are near misses that held before
and after (the rule must not change them) and the rules' own positives in other words; OPEN are wrong reads
left to the rules' authors (strict xfail: each needs a decision, see the report RS23).
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances

NN = {"not addressed", "neutral"}


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


FIXED = [
    # A verb coordinated under the first verb's modal keeps a negation of its own: "must quash ... and not
    # detain him again" forbids the detention (read support: required with "quash").
    (
        "The authorities must quash the conviction of Osman Kavala and not detain him again.",
        "detention of Osman Kavala",
        "Amnesty International",
        {"oppose"},
    ),
    (
        "Varnia must respect the ceasefire and never resume the shelling of Keldar.",
        "shelling of Keldar",
        "Council of the European Union",
        {"oppose"},
    ),
    # "free from" a confinement is a release, which the release words already read: the absence must not turn
    # it again (read support).
    (
        "Osman Kavala must be free from detention.",
        "detention of Osman Kavala",
        "Amnesty International",
        {"oppose"},
    ),
    # An issuer name the actor dictionary does not resolve is no sign of a body outside the state: a state
    # office named in its own language or by a metonym keeps "the Government" as itself (read not addressed).
    *(
        (
            "The Government strongly condemns the annexation of Crimea and will never recognise it.",
            "annexation",
            issuer,
            {"oppose"},
        )
        for issuer in ("Bundesregierung", "Taoiseach", "Ministère de l'Europe et des Affaires étrangères")
    ),
]

HELD = [
    # ST23b positives in other words
    (
        "Varnia must end the shelling of Keldar and withdraw its forces from the city.",
        "shelling of Keldar",
        "Council of the European Union",
        {"oppose"},
    ),
    (
        "The authorities should drop the charges and release Osman Kavala.",
        "release of Osman Kavala",
        "Amnesty International",
        {"support"},
    ),
    ("We want a Varnia free from torture.", "torture in Varnia", "Amnesty International", {"oppose"}),
    (
        "A Korean peninsula free of nuclear weapons remains our goal.",
        "nuclear weapons",
        "Ministry of Foreign Affairs of Estonia",
        {"oppose"},
    ),
    (
        "The elections in Belarus must be free of fraud.",
        "electoral fraud in Belarus",
        "OSCE",
        {"oppose"},
    ),
    # "free" in other senses, or the free thing itself as the issue
    (
        "Vaccines against COVID-19 will be provided free of charge to every citizen.",
        "COVID-19 vaccination",
        "Ministry of Health of Estonia",
        {"support", "not addressed", "neutral"},
    ),
    (
        "The elections in Belarus must be free of fraud and intimidation.",
        "elections in Belarus",
        "OSCE",
        {"support", "not addressed", "neutral"},
    ),
    (
        "Free trade with Varnia has been devoid of problems and we welcome it.",
        "free trade agreement with Varnia",
        "Ministry of Foreign Affairs of Estonia",
        {"support"},
    ),
    # a negated "free of" said with a judgment of the clause: the weapons are there, and that is wrong
    (
        "The region is not free of nuclear weapons, and that is unacceptable.",
        "nuclear weapons",
        "OPANAL",
        {"oppose"},
    ),
    # modal coordination: a second verb with its own auxiliary or a clause of its own is not under the modal
    (
        "The court should hear the appeal and, in the meantime, the detention of Osman Kavala continues.",
        "detention of Osman Kavala",
        "Amnesty International",
        NN | {"oppose"},
    ),
    # calls: a finite verb of the issuers' own after the call keeps its own reading
    (
        "We call on both parties to exercise restraint and welcome the release of the hostages held in Gaza.",
        "release of hostages held in Gaza",
        "Ministry of Foreign Affairs of Estonia",
        {"support"},
    ),
    (
        "We urge the authorities to investigate the attack and condemn the detention of journalists in "
        "Varnia.",
        "detention of journalists in Varnia",
        "Reporters Without Borders",
        {"oppose"},
    ),
    (
        "We call on the authorities to release the protesters and not prosecute them for joining the strike.",
        "prosecution of the protesters",
        "Amnesty International",
        {"oppose"},
    ),
    (
        "We urge the government to halt the sales, revoke the export licences for Saudi Arabia and "
        "publish the assessments.",
        "UK arms export licences to Saudi Arabia",
        "Campaign Against Arms Trade",
        {"oppose"},
    ),
    # non-state issuers: what they ask of the government, or say of its acts, stays theirs
    (
        "We welcome the government's decision to suspend all arms export licences to Saudi Arabia.",
        "UK arms export licences to Saudi Arabia",
        "Campaign Against Arms Trade",
        {"oppose"},
    ),
    (
        "Ministers should stop approving arms export licences to Saudi Arabia.",
        "UK arms export licences to Saudi Arabia",
        "Campaign Against Arms Trade",
        {"oppose"},
    ),
    (
        "The government has approved forty more arms export licences to Saudi Arabia. This is a disgrace.",
        "UK arms export licences to Saudi Arabia",
        "Campaign Against Arms Trade",
        {"oppose"},
    ),
    (
        "The government's decision to approve more arms export licences to Saudi Arabia is shameful.",
        "UK arms export licences to Saudi Arabia",
        "Campaign Against Arms Trade",
        {"oppose"},
    ),
    (
        "The Cabinet has decided to extend the state of emergency. The Opposition will support this decision "
        "in Parliament.",
        "the state of emergency in Trinidad and Tobago",
        "Office of the Leader of the Opposition, Trinidad and Tobago",
        {"support"},
    ),
    # an unresolved name with a word of civil society is still outside the state
    (
        "Ministers have praised the new foreign agents law in Georgia as a model of transparency.",
        "the foreign agents law in Georgia",
        "Georgian Young Lawyers' Association",
        NN,
    ),
    # state issuers, named by an office: their Government is themselves
    (
        "The Government strongly condemns the annexation of Crimea.",
        "annexation",
        "Federal Chancellery",
        {"oppose"},
    ),
    (
        "The President condemns the illegal annexation of Crimea.",
        "annexation",
        "Office of the President of Ukraine",
        {"oppose"},
    ),
    # ST23 synonyms: a withdrawal, a repeal, an output of other things stays unmatched
    (
        "The Ministry welcomes the withdrawal of Varnian troops from the border region.",
        "repeal of the Varnia security law",
        "Ministry of Foreign Affairs of Estonia",
        {"not addressed"},
    ),
    (
        "The Security Council calls for the repeal of the arms embargo on Libya.",
        "withdrawal of foreign forces from Libya",
        "Council of the European Union",
        {"not addressed"},
    ),
    (
        "The Government revoked the licence of the private broadcaster Kanal 9 in Varnia.",
        "withdrawal of Varnian troops",
        "Ministry of Foreign Affairs of Estonia",
        {"not addressed"},
    ),
    (
        "We take note of the debate in the Varnian parliament on whether to repeal the education decree.",
        "repeal of the Varnia education decree",
        "Ministry of Foreign Affairs of Estonia",
        NN,
    ),
    (
        "The summit's main output was a joint declaration on climate finance, which the OPEC secretariat "
        "welcomed.",
        "the OPEC production increase",
        "Ministry of Energy of Varnia",
        {"not addressed"},
    ),
    (
        "Afghanistan's economic output fell by a quarter last year, and we are deeply concerned about the "
        "humanitarian situation.",
        "opium production in Afghanistan",
        "Ministry of Foreign Affairs of Estonia",
        {"not addressed"},
    ),
    # ST23 positives in other words
    (
        "The union demands that the education decree in Varnia be annulled without delay.",
        "repeal of the Varnia education decree",
        "National Union of Varnian Teachers",
        {"support"},
    ),
    (
        "Raising Afghan opium output again would be a disaster for the region.",
        "opium production in Afghanistan",
        "Ministry of Foreign Affairs of Estonia",
        {"oppose"},
    ),
]

OPEN = [
    # ST23's synonym senses (a troop withdrawal taking "revoke"/"annul", a state leaving a convention read as
    # a repeal, a working group's "output") were mended by ST24's one-way synonyms (tests/test_stance_s24.py).
    # ST23: an annulment of results is no repeal of a law (the phrase's "law" is not there)
    (
        "The opposition demands the annulment of the presidential election results in Varnia.",
        "repeal of the Varnia election law",
        "Campaign for Democracy in Varnia",
        {"not addressed"},
    ),
    # ST23: a cut regretted is no opposition to an increase
    (
        "We regret the decision by OPEC members to cut their output from March.",
        "the OPEC production increase",
        "Ministry of Energy of Varnia",
        {"support", "not addressed", "neutral"},
    ),
    # ST23b: "free of" turns the relation, but a copula negated inside a clause the issuers regret is not
    # read as negated (as "we regret that the region is still not safe for returns" is not), so the turn
    # alone now reads support where the missing negation happened to read oppose before.
    (
        "We regret that the region is still not free of nuclear weapons.",
        "nuclear weapons",
        "OPANAL",
        {"oppose"},
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), FIXED + HELD)
def test_rs23_stance_review(coder, monkeypatch, text, issue, issuer, expected):
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert _stance(coder, text, issue, issuer) in expected


@pytest.mark.xfail(strict=True, reason="left to the rule's author: see reports/RS23.md")
@pytest.mark.parametrize(("text", "issue", "issuer", "expected"), OPEN)
def test_rs23_stance_review_open(coder, monkeypatch, text, issue, issuer, expected):
    monkeypatch.setenv("COMMUNIQUE_SEMANTIC", "0")
    assert _stance(coder, text, issue, issuer) in expected
