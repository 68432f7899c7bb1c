"""A small brief with every section kind, accents and CJK names, for the export tests."""

from briefing.model import (
    Actor,
    Brief,
    Citation,
    Contradiction,
    Event,
    Issue,
    Quote,
    Section,
    Source,
    Statement,
)


def cite(source: str = "S1") -> list[Citation]:
    return [Citation(source, 0, 0, 10)]


def sample_brief(**overrides) -> Brief:
    """Every section kind, accents and CJK names, one empty section, an edited statement."""
    fields = dict(
        title="Séoul–Beijing relations", subtitle="Briefing pack", author="Zoë Müller",
        marking="TLP:AMBER", created="2026-11-23T13:40:00+00:00",
        sources=[Source("S1", "Envoy visits Beijing", "docs/one.txt", "Korea Herald", "2025-08-24",
                        flags=["machine-paraphrase"], date_source="dateline"),
                 Source("S2", "Summit plans", "docs/two.pdf", None, "2025-08-25", date_source="pdf-info")],
        sections=[
            Section("summary", "Bottom line up front", statements=[
                Statement("Park Byeong-seug met Chinese Foreign Minister Wang Yi in Beijing.",
                          cite("S1") + cite("S2")),
                Statement("President 이재명 plans a state visit in January.", cite("S2"), edited=True)]),
            Section("background", "Background"),          # empty: must not print
            Section("actors", "Key actors", actors=[
                Actor("习近平", "person", "President of China", "China", sources=["S1", "S2"], citations=cite()),
                Actor("高市早苗", "person", "Prime Minister", "Japan", sources=["S2"], citations=cite("S2"))]),
            Section("issues", "Open issues", issues=[
                Issue("Steel structures in the West Sea", "template", ["West Sea"],
                      [Statement("Seoul protested the platforms in the Yellow Sea.", cite("S2"))])]),
            Section("timeline", "Timeline", events=[
                Event("2025-10-31", "Oct. 31", "Leaders meet at the APEC summit in Gyeongju.", cite())]),
            Section("quotes", "Key quotes", quotes=[
                Quote("Wang Yi", "China is willing to work with South Korea.", cite())]),
            Section("contradictions", "Conflicting reports", items=[Contradiction("Visit date", [
                Statement("The visit is set for early January.", cite("S1")),
                Statement("The visit may slip to the spring.", cite("S2"))])]),
            Section("sources", "Sources"),
        ])
    fields.update(overrides)
    return Brief(**fields)
