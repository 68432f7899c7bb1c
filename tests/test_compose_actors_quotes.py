from analysis_helpers import corpus
from briefing.analysis import analyse
from briefing.compose.actors import actors_section
from briefing.compose.context import ComposeContext
from briefing.compose.quotes import quotes_section
from briefing.model import run_to_end
from briefing.templates import SectionSpec, Template

TEXTS = (
    'Tory leader Michael Howard said: "How can they fight crime when they are fighting each other?" '
    'Chancellor Gordon Brown told reporters: "Of course I trust the prime minister." '
    '"It is very important that we all work in a unified way," Mr Brown added.',
    'Chancellor Gordon Brown told reporters: "Of course I trust the prime minister." '
    'Tory co-chairman Liam Fox said: "The show of unity was the worst acting I have seen."',
)


def context(*texts):
    c = corpus(*texts)
    facts = run_to_end(analyse(c))
    return c, ComposeContext(c, facts, Template("test"))


def test_quote_text_is_verbatim_at_its_citation():
    c, ctx = context(*TEXTS)
    section = quotes_section(ctx, SectionSpec("quotes", "Key quotes"))
    assert section.quotes
    for quote in section.quotes:
        first = quote.citations[0]
        doc = c.documents[int(first.source[1:]) - 1]
        assert doc.text[first.start:first.end] == quote.text


def test_repeated_quotation_appears_once_citing_every_source():
    _, ctx = context(*TEXTS)
    section = quotes_section(ctx, SectionSpec("quotes", "Key quotes"))
    trust = [q for q in section.quotes if "trust the prime minister" in q.text]
    assert len(trust) == 1 and {c.source for c in trust[0].citations} == {"S1", "S2"}


def test_quotes_section_honours_max_items_and_hears_each_speaker_first():
    _, ctx = context(*TEXTS)
    section = quotes_section(ctx, SectionSpec("quotes", "Key quotes", max_items=3))
    assert len(section.quotes) == 3
    assert len({q.speaker for q in section.quotes}) == 3


def test_actors_section_gives_roles_sources_citations_and_a_quote():
    c, ctx = context(*TEXTS)
    section = actors_section(ctx, SectionSpec("actors", "Key actors", max_items=2))
    assert len(section.actors) == 2
    brown = next(a for a in section.actors if a.name == "Gordon Brown")
    assert brown.role == "Chancellor" and brown.sources == ["S1", "S2"]
    cited = brown.citations[0]
    assert "Chancellor Gordon Brown" in c.documents[int(cited.source[1:]) - 1].text[cited.start:cited.end]
    assert brown.quote is not None and brown.quote.speaker == "Gordon Brown"
