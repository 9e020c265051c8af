"""The hybrid retriever on the real corpus, model and indexes."""

from __future__ import annotations

import json
import warnings

import pytest

from hrcqa.errors import QueryError
from hrcqa.models import Hit
from hrcqa.search.fusion import overlap
from hrcqa.search.retriever import QueryTruncatedWarning


def speakers_of(hits):
    return [h.speaker for h in hits]


def test_death_penalty_finds_the_abolitionists(retriever):
    hits = retriever.search("Which delegations called for abolishing the death penalty?", k=5)
    assert {"Malta", "New Zealand", "European Union"} <= set(speakers_of(hits))
    assert all(h.kind in ("state", "group", "concerned_country") for h in hits)


def test_hit_fields_citation_and_json(retriever, source_text):
    (hit,) = retriever.search("1168 political prisoners still in detention", k=1, mode="bm25")
    assert isinstance(hit, Hit) and hit.rank == 1 and hit.speaker == "Czechia"
    assert hit.statement_id == "hrc60-belarus/czechia" and hit.kind == "state"
    assert hit.citation.startswith("Czechia (State), ¶")
    assert "1168 political prisoners" in source_text[hit.start:hit.end]
    assert json.loads(hit.model_dump_json())["passage_id"] == hit.passage_id


def test_named_speaker_restricts_the_search(retriever):
    hits = retriever.search("What did France say about detention?", k=5)
    assert hits and set(speakers_of(hits)) == {"France"}
    uk = retriever.search("What did the UK say about sanctions?", k=3)
    assert set(speakers_of(uk)) == {"United Kingdom"} and "sanctioned" in uk[0].text


def test_kind_words_restrict_the_search(retriever):
    hits = retriever.search("Which NGOs mentioned lawyers?", k=8)
    assert hits and {h.kind for h in hits} == {"ngo"}


def test_member_state_finds_its_group_marked(retriever):
    hits = retriever.search("What did Estonia say about torture?", k=3)
    assert hits and all(h.speaker == "Lithuania on behalf of the Nordic-Baltic states" for h in hits)
    assert all(h.group_member == "Estonia" for h in hits)


def test_explicit_filters_override_and_accept_aliases(retriever):
    hits = retriever.search("political prisoners", k=4, speakers=["UK", "Czech Republic"])
    assert set(speakers_of(hits)) <= {"United Kingdom", "Czechia"} and len(hits) == 4
    panel = retriever.search("deportations", k=3, kinds=["panel"])
    assert panel[0].speaker == "Ms. Susan Bazilli"


def test_no_overlapping_windows_of_one_statement(retriever):
    hits = retriever.search("political prisoners released", k=20)
    for i, a in enumerate(hits):
        for b in hits[i + 1:]:
            if a.statement_id == b.statement_id:
                assert overlap((a.start, a.end), (b.start, b.end)) <= 0.5


def test_british_and_american_spellings_match_lexically(retriever):
    # the summary writes "license" (ICJ) and "licensing" (IBAHRI), never "licence"; a user may
    hits = retriever.search("licences", k=5, mode="bm25")
    assert {h.speaker for h in hits} == {"International Commission of Jurists (ICJ)",
                                         "International Bar Association's Human Rights Institute (IBAHRI)"}


def test_hybrid_differs_from_either_alone_and_modes_work(retriever):
    question = "Who wants capital punishment ended?"
    ranked = {mode: [h.passage_id for h in retriever.search(question, k=5, mode=mode)]
              for mode in ("bm25", "dense", "hybrid")}
    assert all(ranked.values())
    assert ranked["hybrid"] != ranked["bm25"] or ranked["hybrid"] != ranked["dense"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"query": ""}, "empty"),
    ({"query": "   \n\t"}, "empty"),
    ({"query": "\x00\x01"}, "empty"),
    ({"query": "x", "k": 0}, "at least 1"),
    ({"query": "x", "kinds": ["states"]}, "valid kinds"),
    ({"query": "x", "speakers": ["Atlantis"]}, "valid speakers"),
    ({"query": "x", "mode": "magic"}, "valid: hybrid"),
    ({"query": 42}, "must be text"),
])
def test_bad_queries_raise_query_error(retriever, kwargs, message):
    with pytest.raises(QueryError, match=message):
        retriever.search(**kwargs)


def test_long_query_truncated_with_warning(retriever):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        hits = retriever.search("death penalty " * 400, k=2)
    assert hits and any(issubclass(w.category, QueryTruncatedWarning) for w in caught)


def test_large_k_returns_at_most_the_distinct_passages(retriever):
    hits = retriever.search("Belarus", k=10_000)
    assert 0 < len(hits) <= len(retriever.passages)
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
