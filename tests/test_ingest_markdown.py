"""Markdown: rendered text without markup, `#` headings with spans, front matter."""

from briefing.ingest import read_document

SOURCE = """---
title: "Trade talks resume"
date: 2025-05-03T09:00:00Z
---
# Trade talks resume

The minister said on **Monday** that the talks, which broke down in 2019,
would resume in [Geneva](https://example.com/geneva "map"). Officials were `cautious`.

## Background

Talks collapsed over *tariffs* and the disputed border.
![a chart](chart.png)

- Steel tariffs were the first sticking point.
- Border checks were the second.

```
print("This code is not prose.")
```

| Year | Trade |
|------|-------|
| 2019 | 3.5%  |

Outlook
-------

> Ministers will meet again in May, the statement said.
"""


def read(tmp_path, source=SOURCE):
    path = tmp_path / "talks.md"
    path.write_text(source, encoding="utf-8")
    return read_document(path)


def test_headings_are_the_hash_and_underlined_lines_with_spans_into_the_text(tmp_path):
    doc = read(tmp_path)
    assert doc.title == "Trade talks resume"
    assert [(h.title, h.level) for h in doc.headings] == [("Background", 2), ("Outlook", 2)]
    for h in doc.headings:
        assert doc.text[h.start:h.end] == h.title
    last = doc.sentences[-1]
    assert last.text == "Ministers will meet again in May, the statement said."
    assert doc.heading_of(last).title == "Outlook"


def test_sentences_are_verbatim_from_the_rendered_text_without_markup(tmp_path):
    doc = read(tmp_path)
    texts = [s.text for s in doc.sentences]
    assert texts[0] == ("The minister said on Monday that the talks, which broke down in 2019, "
                        "would resume in Geneva.")
    assert "Officials were cautious." in texts
    assert "Steel tariffs were the first sticking point." in texts
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        assert not any(mark in s.text for mark in ("**", "](", "`", "#", "|", "chart.png"))
    assert "This code is not prose" not in doc.text


def test_front_matter_gives_the_date_and_is_not_text(tmp_path):
    doc = read(tmp_path)
    assert doc.published == "2025-05-03"
    assert "title:" not in doc.text


def test_markdown_without_headings_still_reads(tmp_path):
    doc = read(tmp_path, "Officials met on Monday. They agreed to meet again in May.\n")
    assert [s.text for s in doc.sentences] == ["Officials met on Monday.", "They agreed to meet again in May."]
    assert doc.headings == []


def test_lines_full_of_unmatched_markers_are_read_without_stalling(tmp_path):
    # each of these took tens of seconds with unbounded emphasis patterns
    hostile = "**a " * 20_000 + "\n\n" + "_a b " * 20_000 + "\n\n" + "~~a " * 20_000 + "\n\n"
    doc = read(tmp_path, hostile + "Officials met on Monday. They agreed to meet again in May.\n")
    assert doc.sentences[-1].text == "They agreed to meet again in May."
