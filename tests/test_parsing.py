"""Parser rules, each on a small synthetic document, then self-checks on the real summary."""

from __future__ import annotations

import re

import pytest

from hrcqa.corpus.layout import parse_document, split_blocks
from hrcqa.errors import CorpusError

BREAK = "\n\n\n\n"  # three blank lines: a page break
HEAD = "GENEVA CENTRE\n\nA Title Line\n\n#HRC99 • 1 January 2030\n\n"


def doc(body: str) -> str:
    return HEAD + "STATE DELEGATIONS\n\n" + body


def speakers(text: str) -> list[str]:
    return [s.speaker for s in parse_document(text, "t").statements]


def test_page_break_splits_a_paragraph_even_before_a_capital():
    text = doc("Chile thanks the Group of the Association of Human" + BREAK
               + "Rights Lawyers as an extremist formation. It condemns this.\n\n"
               "Peru welcomes the report.")
    result = parse_document(text, "t")
    chile = result.statements[0]
    assert "Association of Human Rights Lawyers as an extremist formation" in chile.text
    assert [s.speaker for s in result.statements] == ["Chile", "Peru"]
    assert len(chile.paragraphs) == 1
    assert result.coverage.missing == [] and result.coverage.duplicated == []


def test_page_break_after_full_stop_starts_a_new_paragraph_of_the_same_statement():
    text = doc("Chile thanks the Group." + BREAK + "Since 2020, many were detained.")
    (chile,) = parse_document(text, "t").statements
    assert chile.text == "Chile thanks the Group.\n\nSince 2020, many were detained."
    assert len(chile.paragraphs) == 2


def test_footnotes_between_halves_attach_to_their_markers():
    text = ("X\n\nREGIONAL GROUPS\n\nSpain on behalf of the Southern states¹ thanks the Group "
            "while\n\n¹ Italy, Malta, Portugal and Spain.\n" + BREAK
            + "perpetrators remain at large. It urges release.\n\nThe **European Union** notes this.")
    result = parse_document(text, "t")
    group, eu = result.statements
    assert group.speaker == "Spain on behalf of the Southern states"
    assert group.kind == "group" and group.on_behalf_of == "Southern states"
    assert group.members == ["Italy", "Malta", "Portugal", "Spain"]
    assert "while perpetrators remain at large" in group.text
    assert "Italy, Malta" not in group.text and "¹" not in group.text
    assert result.document.footnotes == {"¹": "Italy, Malta, Portugal and Spain."}
    assert eu.speaker == "European Union"
    assert result.coverage.ratio == 1.0


def test_a_statement_spans_paragraphs_that_refer_back_to_the_speaker():
    text = doc("The **European Union** thanks the Group.\n\n"
               "Therefore, the EU continues to urge release.\n\n"
               "Chile welcomes the report.")
    eu, chile = parse_document(text, "t").statements
    assert eu.text.endswith("Therefore, the EU continues to urge release.")
    assert len(eu.paragraphs) == 2 and chile.speaker == "Chile"


def test_speaker_introduced_mid_sentence_and_speaker_line():
    text = (HEAD + "REPLIES AND CONCLUDING REMARKS\n\n"
            "Ms. Ann LEE, Chair, Group of Experts\n\nThe Group works. It reports.\n\n"
            "Turning to **deportations**, **Mr. Bo Chan, Member of the Group** explains that x. "
            "Drawing to a close, Mr. Bo CHAN further explains y.\n\n"
            "Since then, more were released.")
    lee, chan = parse_document(text, "t").statements
    assert (lee.speaker, lee.role, lee.kind) == ("Ms. Ann Lee", "Chair, Group of Experts", "panel")
    assert lee.text == "The Group works. It reports."
    assert (chan.speaker, chan.role) == ("Mr. Bo Chan", "Member of the Group")
    assert chan.text.startswith("Turning to deportations, Mr. Bo Chan")
    assert chan.text.endswith("Since then, more were released.")


def test_statement_without_final_full_stop():
    text = doc("Poland urges an end to hybrid attacks including Poland\n\nPeru thanks the Group.")
    poland, peru = parse_document(text, "t").statements
    assert poland.text.endswith("including Poland") and peru.speaker == "Peru"


def test_joint_statements_with_plural_verbs():
    text = (HEAD + "NON-GOVERNMENTAL ORGANIZATIONS\n\n"
            "The **Law Society of England and Wales**, the Bar Institute (BI), Lawyers for Lawyers "
            "and Lawyers Rights' Watch Canada thank the Group.\n\n"
            "The **World Organization Against Torture (OMCT)** jointly with the International "
            "Federation for Human Rights (FIDH) and the Human Rights Center 'Viasna' stress this.\n\n"
            "Article 19 - The International Centre Against Censorship and Human Constanta thank "
            "the Group.")
    law, omct, art19 = parse_document(text, "t").statements
    assert law.speaker == "Law Society of England and Wales"
    assert law.joint_with == ["Bar Institute (BI)", "Lawyers for Lawyers",
                              "Lawyers Rights' Watch Canada"]
    assert (omct.name, omct.acronym) == ("World Organization Against Torture", "OMCT")
    assert omct.joint_with == ["International Federation for Human Rights (FIDH)",
                               "Human Rights Center 'Viasna'"]
    assert art19.joint_with == ["Human Constanta"]
    assert {s.kind for s in (law, omct, art19)} == {"ngo"}


def test_names_bold_or_plain_with_the_or_acronym():
    text = doc("The **United Kingdom** remains concerned.\n\nNew Zealand welcomes it.\n\n"
               "The **International Commission of Jurists (ICJ)** reiterates it.")
    uk, nz, icj = parse_document(text, "t").statements
    assert (uk.speaker, nz.speaker) == ("United Kingdom", "New Zealand")
    assert (icj.name, icj.acronym, icj.speaker) == (
        "International Commission of Jurists", "ICJ", "International Commission of Jurists (ICJ)")
    assert uk.id == "t/united-kingdom"


def test_facts_and_figures_is_metadata_not_a_statement():
    text = doc("Chile thanks the Group.\n\nFACTS & FIGURES ON ID PARTICIPATION\n\n"
               "3 Regional Groups\n\n17 State Delegations")
    result = parse_document(text, "t")
    assert speakers(text) == ["Chile"]
    assert result.document.participation == {"Regional Groups": 3, "State Delegations": 17}
    assert result.coverage.ratio == 1.0


def test_markup_is_removed_and_offsets_map_back_to_the_source():
    text = doc("Chile welcomes the [thematic report](#) and *in absentia* **trials**.")
    (chile,) = parse_document(text, "t").statements
    assert chile.text == "Chile welcomes the thematic report and in absentia trials."
    (span,) = chile.source_spans(chile.text.index("thematic"), chile.text.index(" and"))
    assert text[span.start:span.end] == "thematic report"


@pytest.mark.parametrize("text", ["", "   \n\n ", "JUST A HEADING\n\nANOTHER ONE"])
def test_documents_without_statements_are_corpus_errors(text):
    with pytest.raises(CorpusError):
        parse_document(text, "t")


def test_split_blocks_counts_blank_lines():
    blocks = split_blocks("a\n\n\n\nb\nc\n\nd")
    assert [(b.text, b.blank_lines_before) for b in blocks] == [("a", 0), ("b\nc", 3), ("d", 1)]


# --- the real summary -------------------------------------------------------------------------

def test_real_corpus_has_34_statements_by_kind(parsed):
    counts: dict[str, int] = {}
    for statement in parsed.statements:
        counts[statement.kind] = counts.get(statement.kind, 0) + 1
    assert counts == {"panel": 3, "concerned_country": 1, "group": 3, "state": 17, "ngo": 10}


def test_counts_agree_with_the_documents_own_facts_and_figures(parsed):
    from hrcqa.corpus.layout import heading_kind

    declared = {heading_kind(label): n for label, n in parsed.document.participation.items()}
    assert declared == {"group": 3, "state": 17, "ngo": 10}
    for kind, n in declared.items():
        assert sum(s.kind == kind for s in parsed.statements) == n


def test_no_data_lost(parsed):
    coverage = parsed.coverage
    print(f"coverage {coverage.ratio:.2%} of {coverage.source_words} words")
    assert coverage.source_words > 8500
    assert coverage.missing == [] and coverage.duplicated == []
    assert coverage.ratio == 1.0


def test_statement_text_maps_exactly_onto_the_source(parsed, source_text):
    owner: dict[int, str] = {}
    for statement in parsed.statements:
        for seg in statement.segments:
            piece = statement.text[seg.text_start:seg.text_start + seg.length]
            original = source_text[seg.source_start:seg.source_start + seg.length]
            assert piece == original.replace("\n", " ")
            for offset in range(seg.source_start, seg.source_start + seg.length):
                assert owner.setdefault(offset, statement.id) == statement.id


def test_spot_checks(statements):
    assert "Belarusian Association of Human Rights Lawyers" in \
        statements["international-bar-associations-human-rights-institute"].text
    benelux = statements["netherlands-on-behalf-of-the-benelux-countries"]
    assert benelux.text.rstrip(".").endswith("victims' right to truth")
    assert benelux.members == ["Belgium", "Luxembourg", "Netherlands"]
    assert any(p.startswith("Drawing to a close") or "Drawing to a close" in p
               for p in statements["susan-bazilli"].text.split("\n\n"))
    assert len(statements["karinna-moskalenko"].paragraphs) == 8
    eu = statements["european-union"].text.split("\n\n")
    assert len(eu) == 2 and eu[1].startswith("Therefore, the EU")
    assert statements["poland"].text.endswith("including Poland")


def test_group_and_representative_metadata(statements):
    nordic = statements["lithuania-on-behalf-of-the-nordic-baltic-states"]
    assert nordic.speaker == "Lithuania on behalf of the Nordic-Baltic states"
    assert len(nordic.members) == 8 and "Estonia" in nordic.members
    assert nordic.representative.startswith("H. E. Mr. Kęstutis Budrys, Minister of Foreign Affairs")
    assert statements["karinna-moskalenko"].role == "Chair, Group of Independent Experts on Belarus"
    assert statements["world-organization-against-torture"].joint_with == [
        "International Federation for Human Rights (FIDH)", "Human Rights Center 'Viasna'"]


def test_clean_text_has_no_markup_and_no_page_break_gaps(parsed):
    for statement in parsed.statements:
        assert not re.search(r"\*|\]\(#\)|[¹²]", statement.text), statement.id
        for paragraph in statement.text.split("\n\n"):
            assert "\n" not in paragraph and "  " not in paragraph.replace(" .", "")


def test_ids_are_stable_and_carry_the_document_id(parsed):
    from hrcqa.corpus.layout import parse_document as again

    ids = [s.id for s in parsed.statements]
    assert len(set(ids)) == 34 and all(i.startswith("hrc60-belarus/") for i in ids)
    with open(parsed.document.path, encoding="utf-8") as handle:
        assert [s.id for s in again(handle.read(), "hrc60-belarus").statements] == ids
