"""Session 26 (ST26): the issue named by a description, in sentences of our own (none copied from gold).

Written before any of these rules was run on them. Each block is one rule; its "held" items are what the
rule must not take (the nearby thing, another body, another sense of the word).
"""

from __future__ import annotations

import pytest

from tests.test_stance import _stances

# Own items that still fail at the session's end, kept as written and marked (strict: a pass is reported).
XFAIL = "ST26, not mended: "


def _stance(coder, text: str, issue: str, issuer: str) -> str:
    stances = _stances(coder, text, issue, [issuer])
    return stances[0].stance if stances else "not addressed"


# 1. A coup said by what it is: the military's assumption of power, the constitutional order broken,
#    ruptured or subverted (issues.yaml, coup). Taking power without soldiers (an election won) is no coup.
COUP = [
    (
        "Canada is deeply troubled by the army's assumption of power in Varnia. We call for the immediate "
        "restoration of civilian rule and the release of all detained ministers.",
        "Global Affairs Canada",
        "oppose",
    ),
    (
        "The Peace and Security Council condemns the rupture of the constitutional order in Tamaris and "
        "suspends the country from all activities of the Union until it is restored.",
        "African Union Peace and Security Council",
        "oppose",
    ),
    (
        "Officers of the presidential guard took power in Koravia on Wednesday night. Sweden firmly rejects "
        "this attempt to subvert the constitutional order and stands with the people of Koravia.",
        "Ministry for Foreign Affairs of Sweden",
        "oppose",
    ),
    (
        "The Secretary-General is alarmed that the military has seized the state broadcaster and announced "
        "that it has taken power. He urges the soldiers to return to their barracks.",
        "Office of the UN Secretary-General",
        "oppose",
    ),
    (
        "The National Salvation Front salutes the patriotic officers who took power yesterday and ended a "
        "corrupt regime. We support the military council fully.",
        "National Salvation Front of Koravia",
        "support",
    ),
]
COUP_HELD = [
    (
        "Norway congratulates the opposition alliance, which took power after winning Sunday's election, and "
        "looks forward to working with the new government.",
        "Ministry of Foreign Affairs of Norway",
        "not addressed",
    ),
    (
        "The Constitutional Court ruled on the order of the candidates on the ballot paper. Chile takes note "
        "of the ruling.",
        "Ministry of Foreign Affairs of Chile",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issuer", "gold"), COUP + COUP_HELD)
def test_coup_said_by_description(coder, text: str, issuer: str, gold: str):
    assert _stance(coder, text, "coup", issuer) == gold


# 2. Word groups by concept (synonyms.yaml): a participation said as an inclusion or involvement; a pause as a
#    suspension; a territory's transfer or handover as the sovereignty over it passed or recognised (one
#    way: sovereignty alone is no transfer of arms); independence as self-determination or a future status.
CONCEPTS = [
    (
        "Chile supports the inclusion of Varnia in the Regional Health Forum as an observer.",
        "Varnia's participation in the Regional Health Forum",
        "Ministry of Foreign Affairs of Chile",
        "support",
    ),
    (
        "Koravia will oppose any involvement of Varnia in the Regional Health Forum, whatever the status "
        "proposed.",
        "Varnia's participation in the Regional Health Forum",
        "Ministry of Foreign Affairs of Koravia",
        "oppose",
    ),
    (
        "The Council of Churches asks creditors to suspend debt payments for the islands struck by the "
        "cyclone until their schools and clinics are rebuilt.",
        "a pause in debt payments for cyclone-hit islands",
        "Pacific Council of Churches",
        "support",
    ),
    (
        "Norway welcomes the treaty by which the Kingdom recognises Varnia's sovereignty over the Lorne "
        "Islands, closing a dispute of sixty years.",
        "the handover of the Lorne Islands to Varnia",
        "Ministry of Foreign Affairs of Norway",
        "support",
    ),
    (
        "The islanders' council cannot accept that sovereignty over the Lorne Islands is passed to Varnia "
        "without a vote of those who live there.",
        "the transfer of the Lorne Islands to Varnia",
        "Lorne Islands Council",
        "oppose",
    ),
    (
        "Ireland supports the right of the people of Lorne to self-determination and will respect the choice "
        "they make.",
        "independence for Lorne",
        "Department of Foreign Affairs of Ireland",
        "support",
    ),
    pytest.param(
        "The future political status of Lorne is a matter for its people and the national parliament. Chile "
        "takes no position on the outcome.",
        "independence for Lorne",
        "Ministry of Foreign Affairs of Chile",
        "neutral",
        marks=pytest.mark.xfail(
            strict=True,
            reason=XFAIL
            + "relevance found; the deference and 'takes no position on the outcome' are not read neutral",
        ),
    ),
]
CONCEPTS_HELD = [
    # sovereignty alone is not the transfer of arms to the same state (one-way, another noun of the phrase)
    (
        "Norway reaffirms its support for Varnia's sovereignty and territorial integrity.",
        "the transfer of fighter jets to Varnia",
        "Ministry of Foreign Affairs of Norway",
        "not addressed",
    ),
    # the inclusion of a clause is no participation of the state
    (
        "Chile welcomes the inclusion of a review clause in the trade agreement with Koravia.",
        "Varnia's participation in the Regional Health Forum",
        "Ministry of Foreign Affairs of Chile",
        "not addressed",
    ),
    # a suspension of aid is no pause in debt payments
    (
        "Sweden has suspended development aid to Koravia after the elections.",
        "a pause in debt payments for cyclone-hit islands",
        "Ministry for Foreign Affairs of Sweden",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), CONCEPTS + CONCEPTS_HELD)
def test_concept_groups(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


# 3. An international body of the phrase named by the head noun of its name with the definite article ("the
#    Court" for the ICC, "the Fund" for the IMF), as statements name it after, or instead of, its full name.
#    Another body with that noun ("the Supreme Court", "the Court of Appeal") is not it.
BODY = [
    (
        "Austria supports the arrest warrants issued by the Court for those responsible for the deportation "
        "of children, and will cooperate fully with it.",
        "ICC arrest warrants",
        "Federal Ministry for European and International Affairs of Austria",
        "support",
    ),
    (
        "The Government rejects the arrest warrants announced by the Court in The Hague against our "
        "commanders. The Court has no jurisdiction over our country.",
        "ICC arrest warrants",
        "Government of Koravia",
        "oppose",
    ),
    (
        "Varnia will implement every condition of the programme agreed with the Fund, however painful, "
        "because the economy needs stability.",
        "the IMF programme conditions",
        "Ministry of Finance of Varnia",
        "support",
    ),
    (
        "Vanuatu welcomes the advisory opinion delivered by the Court on the obligations of states in "
        "respect "
        "of climate change.",
        "the ICJ advisory opinion on climate change",
        "Government of Vanuatu",
        "support",
    ),
]
BODY_HELD = [
    (
        "The Supreme Court issued arrest warrants for three former ministers on Tuesday. The Party respects "
        "the independence of the judiciary.",
        "ICC arrest warrants",
        "Varnian People's Party",
        "not addressed",
    ),
    (
        "The Court of Appeal confirmed the arrest warrants issued against the two journalists.",
        "ICC arrest warrants",
        "Varnian Union of Journalists",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), BODY + BODY_HELD)
def test_body_named_by_its_head_noun(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


# 4. Dictionary cues by concept. Media restrictions: a newsroom closed or a registration cancelled is the
#    media restricted ("the closure of every newsroom"); force against protesters: the force said by its
#    means ("weapons", "bullets", "firearms") counts as a trace of the issue beside a cue.
MEDIA = [
    (
        "The Union of Journalists condemns the closure of three independent newsrooms in the capital by "
        "order "
        "of the Interior Ministry.",
        "Union of Journalists of Varnia",
        "oppose",
    ),
    pytest.param(
        "The new rules allow the ministry to cancel the registration of any outlet that receives funds from "
        "abroad. We call on the government to withdraw them.",
        "Varnian Press Council",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True,
            reason=XFAIL
            + "relevance found; 'allow ... to cancel' reads support and 'withdraw them' does not turn it",
        ),
    ),
    (
        "The Ministry confirms the deregistration of two online outlets that repeatedly published false "
        "information about the army. This decision is lawful and proportionate.",
        "Ministry of Information of Koravia",
        "support",
    ),
    pytest.param(
        "Reporters in Tamaris now work under constant threat: since the decree, every newsroom that "
        "criticised "
        "the governor has been shut. Sweden urges the authorities to let them reopen.",
        "Ministry for Foreign Affairs of Sweden",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True, reason=XFAIL + "relevance found; 'let them reopen' (the newsrooms) reads support"
        ),
    ),
]
MEDIA_HELD = [
    (
        "The Ministry of Trade cancelled the registration of four import companies for tax fraud.",
        "Ministry of Trade of Koravia",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issuer", "gold"), MEDIA + MEDIA_HELD)
def test_media_restrictions_by_concept(coder, text: str, issuer: str, gold: str):
    assert _stance(coder, text, "media_restrictions", issuer) == gold


FORCE = [
    pytest.param(
        "Students who marched to the parliament were met with live bullets. No state may turn its weapons "
        "against its own citizens, and the Commission demands an inquiry.",
        "National Human Rights Commission of Varnia",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True,
            reason=XFAIL
            + "relevance found; neither 'met with live bullets' nor 'No state may turn its weapons' is read",
        ),
    ),
    (
        "Police opened fire with live ammunition on workers gathered outside the mine. The use of firearms "
        "against unarmed people is never justified.",
        "Varnian Confederation of Trade Unions",
        "oppose",
    ),
    pytest.param(
        "Security forces used tear gas against the crowd in the port city. We ask that weapons be used only "
        "as a last resort and that those wounded be treated.",
        "Varnian Red Crescent Society",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True,
            reason=XFAIL + "relevance found; 'weapons be used only as a last resort' reads support",
        ),
    ),
    (
        "The Interior Ministry states that officers fired rubber bullets only after rioters attacked the "
        "station with firebombs. The use of these weapons was lawful and proportionate.",
        "Ministry of the Interior of Koravia",
        "support",
    ),
]
FORCE_HELD = [
    (
        "The army destroyed weapons seized from smugglers on the northern border. Canada welcomes the "
        "progress on arms control.",
        "Global Affairs Canada",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issuer", "gold"), FORCE + FORCE_HELD)
def test_force_by_its_means(coder, text: str, issuer: str, gold: str):
    assert _stance(coder, text, "force_against_protesters", issuer) == gold


# 5. An ad-hoc phrase with no place: its head (or a stand-in) in a sentence that holds only a weak trace of
#    the phrase (a word of its topic) is still the head seen, so that it pairs with another word of the phrase
#    named in the document ("the draft law on the transparency of foreign influence" for "the foreign agents
#    bill"). Before, the head counted only in sentences with no trace at all.
HEAD_SEEN = [
    (
        "The draft law on foreign funding of associations would brand them as servants of outside powers. "
        "The Commissioner urges deputies to reject it.",
        "the foreign agents bill",
        "Commissioner for Human Rights",
        "oppose",
    ),
    (
        "The Federation supports the new legislation on foreign influence, which will show who pays for "
        "political campaigns.",
        "the foreign agents bill",
        "Federation of Patriotic Associations",
        "support",
    ),
    pytest.param(
        "The decree on the statutory age will force miners to work until sixty-seven. The union will strike "
        "until the reform of pensions is withdrawn.",
        "the pension overhaul",
        "Miners' Union of Varnia",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True,
            reason=XFAIL
            + "the phrase is not found: 'reform of pensions' and 'decree' do not reach 'pension overhaul'",
        ),
    ),
    (
        "The bill on the statutory age keeps early retirement for night workers, and the Confederation "
        "welcomes that change to the pension system.",
        "the pension overhaul",
        "Varnian Confederation of Labour",
        "support",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), HEAD_SEEN)
def test_head_seen_beside_a_weak_trace(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


# 6. A return, deportation or extradition said as people "sent back" (synonyms.yaml: return ~ send back; one
#    way for extradition, deportation and expulsion, whose stand-in needs another noun of the phrase when it
#    has one). A delegation sent back for consultations is no return of refugees.
SENT_BACK = [
    (
        "Koravia has formally asked Varnia to send Ivan Dragan back to face trial for the bombing of the "
        "central station.",
        "extradition of Ivan Dragan",
        "Ministry of Justice of Koravia",
        "support",
    ),
    (
        "The Council regrets the arrangement with Koravia under which asylum seekers are sent back across "
        "the "
        "border without any hearing of their claims.",
        "the Varnia-Koravia returns deal",
        "Varnian Refugee Council",
        "oppose",
    ),
    (
        "Chile is deeply concerned that thousands of Tamarese migrants were sent back from Varnia last month "
        "without any review of their situation.",
        "deportations of Tamarese migrants from Varnia",
        "Ministry of Foreign Affairs of Chile",
        "oppose",
    ),
    (
        "The agency opposes any plan to send the refugees back to Koravia while the fighting continues.",
        "the return of refugees to Koravia",
        "UN Refugee Agency",
        "oppose",
    ),
]
SENT_BACK_HELD = [
    (
        "The Koravian delegation was sent back to the capital for consultations before the next round.",
        "the return of refugees to Koravia",
        "UN Refugee Agency",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), SENT_BACK + SENT_BACK_HELD)
def test_sent_back(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


# 7. Polarity where a relevance gain above showed it wrong. (a) A right denied through its holder: "No
#    authority has the right to ..." denies the right as "has no right to" does. (b) Someone held responsible
#    or accountable for the issue is blamed for it: "We hold the authorities responsible for the closure of
#    every newsroom" opposes the closures.
DENIED_RIGHT = [
    (
        "Police fired live ammunition at the marchers. No government has the right to turn its weapons on "
        "peaceful demonstrators.",
        "force_against_protesters",
        "Varnian Bar Association",
        "oppose",
    ),
    (
        "No state has the right to execute people for what they believe, and Norway will keep saying so.",
        "death_penalty",
        "Ministry of Foreign Affairs of Norway",
        "oppose",
    ),
    (
        "No country has the right to annex the territory of its neighbour by force.",
        "annexation",
        "Ministry of Foreign Affairs of Chile",
        "oppose",
    ),
    (
        "No ministry has the right to shut down the internet on the eve of an election.",
        "internet_shutdown",
        "Varnian Digital Rights Foundation",
        "oppose",
    ),
]
RIGHT_HELD = [
    (
        "The police have the right to disperse a crowd that attacks officers with firebombs, and they used "
        "tear "
        "gas lawfully.",
        "force_against_protesters",
        "Ministry of the Interior of Koravia",
        "support",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), DENIED_RIGHT + RIGHT_HELD)
def test_right_denied_through_its_holder(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


HELD_RESPONSIBLE = [
    (
        "Three newsrooms were shut this week. We hold the Interior Ministry responsible for the closure of "
        "every independent newspaper in the province.",
        "media_restrictions",
        "Varnian Union of Journalists",
        "oppose",
    ),
    pytest.param(
        "The Commission holds the security forces accountable for the crackdown on the students and demands "
        "an inquiry.",
        "force_against_protesters",
        "National Human Rights Commission of Varnia",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True, reason=XFAIL + "the blame is read, but another vote of the sentence wins"
        ),
    ),
    pytest.param(
        "Canada will hold the junta responsible for the coup and for every life lost since.",
        "coup",
        "Global Affairs Canada",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True, reason=XFAIL + "the blame is read on both mentions, but another vote wins"
        ),
    ),
    pytest.param(
        "The families hold the government accountable for the executions carried out in secret last winter.",
        "death_penalty",
        "Association of Families of the Executed",
        "oppose",
        marks=pytest.mark.xfail(
            strict=True, reason=XFAIL + "the blame is read, but another vote of the sentence wins"
        ),
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), HELD_RESPONSIBLE)
def test_held_responsible_for_the_issue(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold


# 8. A name blended from the starts of two words ("EastMed", "NordStream") is named by those words in full
#    ("the Eastern Mediterranean", "Nord Stream"), as initials are by the words they abbreviate.
BLEND = [
    (
        "Türkiye rejects the plan for a pipeline to carry gas from the Eastern Mediterranean to Europe that "
        "ignores the rights of the Turkish Cypriots.",
        "the EastMed gas pipeline",
        "Ministry of Foreign Affairs of Türkiye",
        "oppose",
    ),
    (
        "Poland has always opposed the Nord Stream pipelines, which deepen Europe's dependence on Russian "
        "gas.",
        "the NordStream gas pipelines",
        "Ministry of Foreign Affairs of Poland",
        "oppose",
    ),
    (
        "Greece welcomes the start of works on the pipeline that will bring gas from the Eastern "
        "Mediterranean to the European market.",
        "the EastMed gas pipeline",
        "Ministry of Foreign Affairs of Greece",
        "support",
    ),
    (
        "Albania supports the extension of the Trans Adriatic pipeline, which brings Caspian gas to Italy.",
        "the TransAdriatic gas pipeline",
        "Ministry for Europe and Foreign Affairs of Albania",
        "support",
    ),
]
BLEND_HELD = [
    (
        "Greece welcomes the pipeline that will carry gas from Egypt to Crete.",
        "the EastMed gas pipeline",
        "Ministry of Foreign Affairs of Greece",
        "not addressed",
    ),
]


@pytest.mark.parametrize(("text", "issue", "issuer", "gold"), BLEND + BLEND_HELD)
def test_blended_name(coder, text: str, issue: str, issuer: str, gold: str):
    assert _stance(coder, text, issue, issuer) == gold
