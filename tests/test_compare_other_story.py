"""The comparison rules on a story of another kind (a police mission to Haiti, sentences
written for these tests): nothing here is tuned to the seeds."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.corpus.compare import compare, positions
from storyline.pipeline import Pipeline

FIRST = (
    "Kenyan President William Ruto said on Tuesday that Kenya was ready to send about 1,000 police "
    "officers to Haiti.\n\n"
    "“We will not abandon the people of Haiti in their hour of need,” Ruto said.\n\n"
    "Haitian senator Moise Jean-Charles rejected the deployment of foreign troops on Haitian soil, "
    "calling it an occupation.\n\n"
    "Two people were killed in clashes in Port-au-Prince on Monday."
)
SECOND = (
    "“We will not abandon the people of Haiti,” Ruto told reporters.\n\n"
    "“We will not abandon the people of Haiti,” US Secretary of State Antony Blinken said.\n\n"
    "Haitian officials said that some 5,000 foreign personnel would be deployed to Haiti.\n\n"
    "Blinken said Kenya was firmly opposed to sending police officers to Haiti without a mandate."
)

# Two reports of one news conference (the same day): one statement in other words, and others.
CONFERENCE_1 = (
    "At a news conference on Thursday, Ruto said Kenya aims to reach a swift agreement with the transition council.\n\n"
    "Ruto also said the officers had trained for six months in Nairobi."
)
CONFERENCE_2 = (
    "“We want a quick deal with the council, not a fragile one,” Ruto told reporters on Thursday.\n\n"
    "“The people of Nairobi have welcomed our officers home many times,” Ruto said on Thursday."
)

# A standfirst that repeats what the body reports: one statement in two places of one article.
STANDFIRST = (
    "Ruto said the mission would “restore order within months”.\n\n"
    "Kenyan President William Ruto, speaking in Nairobi, said the mission would “restore order within months” "
    "and would start in June."
)

# The direct quote of FIRST in reported speech.
REPORTED = "Ruto said Kenya would not abandon the people of Haiti in their hour of need."


@pytest.fixture(scope="module")
def records(pipeline: Pipeline) -> list[dict[str, Any]]:
    out = []
    for doc, site, day, text in (("a.txt", "Daily A", "2024-05-02", FIRST), ("b.txt", "Daily B", "2024-05-03", SECOND),
                                 ("c.txt", "Daily C", "2024-05-10", CONFERENCE_1),
                                 ("d.txt", "Daily D", "2024-05-10", CONFERENCE_2),
                                 ("e.txt", "Daily E", "2024-05-20", STANDFIRST),
                                 ("f.txt", "Daily F", "2024-05-04", REPORTED)):
        out.append(pipeline.process_text(text, doc=doc, published=day, site=site).to_record())
    return out


def test_a_quote_cut_shorter_is_one_family_and_another_speaker_stays_out(records) -> None:
    families = compare(records).families
    ruto = [f for f in families if f.speaker == "William Ruto" and f.occurrences[0].doc == "a.txt"]
    assert len(ruto) == 1
    family = ruto[0]
    assert [s.doc for s in family.occurrences] == ["a.txt", "b.txt", "f.txt"]
    assert family.first_outlet == "Daily A"
    assert family.matches == ["first", "near", "near"]
    assert family.wording[1]["dropped"] == ["in their hour of need"]
    assert family.wording[2]["kind"] == "direct -> indirect"
    assert all(s.actor.name == "William Ruto" for s in family.occurrences)


def test_a_paraphrase_at_one_event_joins_and_the_speakers_other_words_do_not(records) -> None:
    families = [f for f in compare(records).families if {s.doc for s in f.occurrences} & {"c.txt", "d.txt"}]
    assert len(families) == 1
    texts = [s.text for s in families[0].occurrences]
    assert families[0].matches == ["first", "paraphrase"]
    assert any("swift agreement" in t for t in texts) and any("quick deal" in t for t in texts)
    assert not any("Nairobi" in t for t in texts)


def test_a_standfirst_and_the_body_are_one_statement_in_two_places(records) -> None:
    found = [f for f in compare(records).families if any(s.doc == "e.txt" for s in f.occurrences)]
    assert len(found) == 1
    assert [s.doc for s in found[0].occurrences] == ["e.txt", "e.txt"]
    assert found[0].occurrences[0].start < found[0].occurrences[1].start


def test_figures_of_one_deployment_disagree_and_casualties_stay_apart(records) -> None:
    measures = compare(records).measures
    deployed = [m for m in measures if any("police" in (f.counted or "") for f in m.figures)]
    assert len(deployed) == 1
    texts = sorted(f.text for f in deployed[0].figures)
    assert texts == ["about 1,000 police officers", "some 5,000 foreign personnel"]
    assert deployed[0].disputed
    sources = {f.text: f.source for f in deployed[0].figures}
    assert sources["about 1,000 police officers"] == "William Ruto"
    assert all("killed" not in m.measure for m in measures if len(m.figures) > 1)
    assert not any(f.counted == "people" for m in measures for f in m.figures)


def test_positions_on_a_deployment(records) -> None:
    found = {p.actor: p for p in positions(records, "foreign police deployed in Haiti")}
    assert found["William Ruto"].stance == "support"
    assert found["Moise Jean-Charles"].stance == "oppose"
    assert found["Moise Jean-Charles"].evidence[0].statement.kind == "reported"
    for position in found.values():
        for evidence in position.evidence:
            record = next(r for r in records if r["id"] == evidence.statement.article)
            s = evidence.statement
            assert record["text"][s.start:s.end] == s.text


def test_opposite_claims_about_one_actor_conflict(records) -> None:
    conflicts = compare(records).conflicts
    about_kenya = [c for c in conflicts if c.subject == "Kenya"]
    assert len(about_kenya) == 1
    sides = {side.statement.actor.name: side.claims for side in about_kenya[0].sides}
    assert sides == {"William Ruto": "support", "Antony Blinken": "oppose"}
