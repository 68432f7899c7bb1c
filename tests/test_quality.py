"""Source quality flags: aggregator pages, machine paraphrase, boilerplate; ranked down, kept."""

from analysis_helpers import doc
from briefing.analysis.quality import quality_flags
from briefing.model import Corpus

STORY = ("The Baltic Fisheries Council met in Riga to set the new herring quotas for the coming season, "
         "and ministers argued over the cod quotas and the herring stocks late into the night.")


def test_page_full_of_reference_marks_is_an_aggregator():
    digest = doc("d", "Quotas were cut [1].", "Ministers argued [2].", "Talks ran late [3].")
    assert quality_flags(Corpus.of([digest])) == {0: ["aggregator-page"]}


def test_name_with_a_common_word_swapped_on_the_same_story_is_machine_paraphrase():
    a = doc("a", STORY, "The Baltic Fisheries Council will meet again in May.")
    b = doc("b", STORY.replace("set the new", "agree the"), "Critics of the Baltic Fisheries Council want cuts.")
    spun = doc("c", STORY.replace("Baltic Fisheries Council", "Baltic Fishing Council"))
    assert quality_flags(Corpus.of([a, b, spun])) == {2: ["machine-paraphrase"]}


def test_sentence_repeated_in_most_documents_is_boilerplate():
    line = "Sign up for our newsletter to get the latest stories every morning."
    docs = [doc(n, f"Story {n} is about something else entirely today.", line) for n in "abc"]
    assert quality_flags(Corpus.of(docs)) == {0: ["boilerplate"], 1: ["boilerplate"], 2: ["boilerplate"]}


def test_flagged_source_still_appears_with_its_flags_in_the_brief(tmp_path):
    from compose_helpers import brief_from
    brief = brief_from(tmp_path, {"digest.txt": "Quotas were cut sharply this year [1]. Ministers argued "
                                                "over the herring stocks all night [2]. Talks ran late "
                                                "into the morning in the capital [3].\n"})
    assert brief.sources[0].flags == ["aggregator-page"]


def test_names_written_with_a_title_or_spelled_differently_are_not_machine_paraphrase():
    a = doc("a", STORY, "Minister Jane Roe of the Baltic Fisheries Council will meet again in May.")
    b = doc("b", STORY.replace("set the new", "agree the"), "Minister Jane Roe of the Baltic Fisheries Council wants cuts.")
    titled = doc("c", STORY.replace("Baltic Fisheries Council", "Baltic Fisheries Councils"),
                 "Minister Mr Roe said the cod quotas would be cut.")
    assert quality_flags(Corpus.of([a, b, titled])) == {}


def test_a_statement_of_a_flagged_source_shows_the_wording_of_another_source_saying_the_same(tmp_path):
    from briefing.compose.context import ComposeContext
    from briefing.model import CorpusFacts, SentenceRef
    from briefing.templates import load_template
    plain = doc("plain", "Ministers agreed to cut the herring quotas by a third after talks in Riga on Tuesday.")
    digest = doc("digest", "Ministers agreed to cut herring quotas by a third after the talks in Riga on Tuesday [1].",
                 "Talks ran late [2].", "Fishermen protested [3].", "The council alone says the cod stock has recovered [4].")
    corpus = Corpus.of([digest, plain])
    facts = CorpusFacts(corpus, groups=[[SentenceRef(0, 0), SentenceRef(1, 0)]], doc_flags=quality_flags(corpus))
    ctx = ComposeContext(corpus, facts, load_template("standard"))
    shared = ctx.corroborated(SentenceRef(0, 0))
    assert shared.text == plain.sentences[0].text
    assert [c.source for c in shared.citations] == ["S2", "S1"]
    alone = ctx.corroborated(SentenceRef(0, 3))
    assert alone.text == "The council alone says the cod stock has recovered."
    assert [c.source for c in alone.citations] == ["S1"]
    assert (alone.citations[0].start, alone.citations[0].end) == (digest.sentences[3].start, digest.sentences[3].end)


def test_a_word_spelled_or_inflected_differently_is_no_swap_but_a_synonym_is():
    from briefing.analysis.quality import swappable
    assert not swappable(("Northern", "Societies", "Association"), ("Northern", "Society", "Association"), 1)
    assert swappable(("Coastal", "Financial", "Cooperation"), ("Coastal", "Economic", "Cooperation"), 1)
    assert not swappable(("But", "Jane", "Roe"), ("But", "John", "Roe"), 1)
