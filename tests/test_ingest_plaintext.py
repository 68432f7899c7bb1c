"""Plain text: encodings, hard wrapping, headlines, headings, datelines and page furniture."""

import textwrap

import pytest

from briefing.ingest import read_document
from briefing.ingest.dateline import wire_date
from briefing.model import Document

BODY = ("The minister said on Monday that the talks, which broke down in 2019 over a dispute about "
        "tariffs, would resume next month in Geneva. Officials from both sides were cautious about "
        "the chances of a deal before the end of the year.")


def assert_spans_index_the_text(doc: Document) -> None:
    for i, s in enumerate(doc.sentences):
        assert s.index == i and doc.text[s.start:s.end] == s.text and s.text.strip() == s.text
    for h in doc.headings:
        assert doc.text[h.start:h.end] == h.title and h.end <= h.section_end


def write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


def test_navigation_counters_and_read_more_links_are_furniture_not_sentences(tmp_path):
    text = ("Top Headlines\n\nFeeds\n\nMinority Reports\n\nLeaders Agree to Resume Trade Talks\n\n"
            "Updated (52 articles)\n\n" + BODY + "\n\nRead More: Earlier talks collapsed in Geneva\n\n"
            "Ministers will meet again in May, the statement said.\n\nSources (2 articles)\n")
    doc = read_document(write(tmp_path, "page.txt", text))
    joined = " ".join(s.text for s in doc.sentences)
    for furniture in ("Top Headlines", "Feeds", "Minority Reports", "Updated (52 articles)", "Read More",
                      "Sources (2 articles)"):
        assert furniture not in joined
        assert any(doc.text[a:b] == furniture or doc.text[a:b].startswith(furniture) for a, b in doc.furniture)
    assert doc.title == "Leaders Agree to Resume Trade Talks"
    assert "aggregator-page" in doc.flags
    assert doc.sentences[0].text.startswith("The minister said on Monday")
    assert_spans_index_the_text(doc)


def test_photo_caption_ending_in_a_credit_is_kept_out_of_sentences(tmp_path):
    text = ("President Park and Prime Minister Sato shake hands before their talks in Seoul, Oct. 31. Yonhap\n"
            + BODY + "\n"
            "A crowd watches a news broadcast at a railway station in the capital, Nov. 1. Reuters/Alamy\n"
            "Ministers will meet again in May, the statement said.\n")
    doc = read_document(write(tmp_path, "news.txt", text))
    joined = " ".join(s.text for s in doc.sentences)
    assert "Yonhap" not in joined and "Alamy" not in joined and "shake hands" not in joined
    assert "Ministers will meet again in May, the statement said." in joined


def test_an_ordinary_last_word_is_not_mistaken_for_a_photo_credit(tmp_path):
    text = BODY + "\n\nHow can the plan work if nobody has paid for it? Nonsense.\n"
    doc = read_document(write(tmp_path, "letter.txt", text))
    assert doc.sentences[-1].text == "Nonsense."


def test_reporter_bio_at_the_end_is_furniture(tmp_path):
    text = BODY + "\n\nJane Roe is a reporter with the Daily Example. She is based in Lisbon.\n"
    doc = read_document(write(tmp_path, "bio.txt", text))
    assert not any("reporter" in s.text or "based in Lisbon" in s.text for s in doc.sentences)


def test_hard_wrapped_paragraphs_are_joined_and_offsets_still_match_the_file(tmp_path):
    wrapped = "Trade Talks Resume\n\n" + textwrap.fill(BODY + " " + BODY, 70) + "\n\n" + textwrap.fill(BODY, 70) + "\n"
    path = write(tmp_path, "wrapped.txt", wrapped)
    doc = read_document(path)
    raw = path.read_text(encoding="utf-8")
    assert len(doc.text) == len(raw)
    assert doc.sentences[0].text == ("The minister said on Monday that the talks, which broke down in 2019 "
                                     "over a dispute about tariffs, would resume next month in Geneva.")
    for s in doc.sentences:   # the same words at the same place in the file, wrapping aside
        assert raw[s.start:s.end].replace("\n", " ") == s.text
    assert len(doc.sentences) == 6
    assert doc.title == "Trade Talks Resume"


def test_short_title_like_lines_become_the_documents_own_sections(tmp_path):
    text = ("Trade Talks Resume\n\n" + BODY + "\n\nBackground to the Dispute\n\n" + BODY +
            "\n\nWhat Happens Next\n\nMinisters will meet again in May, the statement said.\n")
    doc = read_document(write(tmp_path, "sections.txt", text))
    assert doc.title == "Trade Talks Resume"
    assert [h.title for h in doc.headings] == ["Background to the Dispute", "What Happens Next"]
    last = doc.sentences[-1]
    assert doc.heading_of(last).title == "What Happens Next"
    assert doc.heading_of(doc.sentences[0]) is None
    assert_spans_index_the_text(doc)


def test_stated_publication_date_is_read_and_the_date_line_is_not_a_sentence(tmp_path):
    text = "Trade Talks Resume\nPublished: 3 May 2025\n\n" + BODY + "\n"
    doc = read_document(write(tmp_path, "dated.txt", text))
    assert doc.published == "2025-05-03"
    assert not any("Published" in s.text for s in doc.sentences)


def test_wire_dateline_gives_the_outlet(tmp_path):
    text = "SEOUL, Oct. 31 (Yonhap) -- " + BODY + "\n"
    doc = read_document(write(tmp_path, "wire.txt", text))
    assert doc.outlet == "Yonhap"


def test_latin1_text_is_decoded_not_mangled(tmp_path):
    text = "Le ministre a déclaré lundi que les négociations reprendraient à Genève. Les délégués étaient prudents.\n"
    doc = read_document(write(tmp_path, "latin1.txt", text * 3, encoding="latin-1"))
    assert doc.sentences[0].text == "Le ministre a déclaré lundi que les négociations reprendraient à Genève."


def test_utf16_text_with_and_without_bom_is_decoded(tmp_path):
    text = BODY + " Ministers will meet in Zürich.\n"
    with_bom = read_document(write(tmp_path, "bom.txt", text, encoding="utf-16"))
    without = read_document(write(tmp_path, "le.txt", text, encoding="utf-16-le"))
    assert with_bom.sentences[-1].text == without.sentences[-1].text == "Ministers will meet in Zürich."


def test_windows_line_endings_give_the_same_sentences(tmp_path):
    unix = read_document(write(tmp_path, "unix.txt", "Title Line\n\n" + BODY + "\n"))
    dos = read_document(write(tmp_path, "dos.txt", "Title Line\r\n\r\n" + BODY + "\r\n"))
    assert [s.text for s in unix.sentences] == [s.text for s in dos.sentences]


def test_same_content_gives_the_same_id_and_sha256(tmp_path):
    a = read_document(write(tmp_path, "a.txt", BODY))
    b = read_document(write(tmp_path, "b.txt", BODY))
    assert a.id == b.id and a.sha256 == b.sha256 and len(a.sha256) == 64
    assert a.words == len(BODY.split())


def test_text_cut_off_mid_sentence_drops_the_fragment_and_is_flagged(tmp_path):
    doc = read_document(write(tmp_path, "cut.txt", BODY + " The ongoing summit of the\n"))
    assert "truncated" in doc.flags
    assert doc.sentences[-1].text.endswith("end of the year.")


def test_a_final_list_item_without_full_stop_is_kept(tmp_path):
    doc = read_document(write(tmp_path, "list.txt", BODY + "\n\nTariffs on steel\n"))
    assert "truncated" not in doc.flags


def test_figures_and_times_on_their_own_line_are_not_section_titles(tmp_path):
    text = "Cup Final Preview\n\n" + BODY + "\n\n2000 GMT\n\n27,595\n\n" + BODY + "\n"
    doc = read_document(write(tmp_path, "match.txt", text))
    assert doc.headings == []


def test_wire_dateline_without_a_date_gives_the_outlet(tmp_path):
    doc = read_document(write(tmp_path, "wire2.txt", "WASHINGTON (Reuters) - " + BODY + "\n"))
    assert doc.outlet == "Reuters"


def test_closing_copyright_line_gives_the_outlet_and_is_not_a_sentence(tmp_path):
    text = BODY + "\n\n© 2025 The Daily Example. All rights reserved.\n"
    doc = read_document(write(tmp_path, "copy.txt", text))
    assert doc.outlet == "The Daily Example"
    assert not any("rights reserved" in s.text for s in doc.sentences)


def test_a_sentence_about_copyright_is_kept(tmp_path):
    text = BODY + "\n\nCopyright law was changed in 2003 to allow new exemptions for libraries.\n"
    doc = read_document(write(tmp_path, "law.txt", text))
    assert doc.sentences[-1].text.startswith("Copyright law was changed") and doc.outlet is None


def test_web_page_labels_share_lines_and_bare_figures_are_furniture(tmp_path):
    text = ("Leaders Agree to Resume Trade Talks\n\nShare this with Email Facebook Twitter\n\n"
            "Image copyright Getty Images\n\nImage caption Ministers met in Geneva on Monday\n\n" + BODY +
            "\n\n27,595\n\n3-1\n\nMedia caption The minister explains the plan\n\n"
            "Ministers will meet again in May, the statement said.\n")
    doc = read_document(write(tmp_path, "web.txt", text))
    assert [s.text for s in doc.sentences][-1] == "Ministers will meet again in May, the statement said."
    joined = " ".join(s.text for s in doc.sentences)
    for furniture in ("Share this", "Getty", "Image caption", "27,595", "3-1", "Media caption"):
        assert furniture not in joined
    assert len(doc.furniture) == 6


def test_a_role_stated_in_the_body_is_not_mistaken_for_the_author_bio(tmp_path):
    text = ("Paper Changes Hands\n\nJohn Smith is the editor of the Daily Example, the paper said.\n\n"
            + BODY + "\n\n" + BODY + "\n\n" + BODY + "\n\nJane Roe is a correspondent for the Example Times.\n")
    doc = read_document(write(tmp_path, "roles.txt", text))
    texts = [s.text for s in doc.sentences]
    assert "John Smith is the editor of the Daily Example, the paper said." in texts
    assert not any("Jane Roe" in t for t in texts)


@pytest.mark.parametrize("line,expected", [
    ("Monday, 3 May 2025", "2025-05-03"),
    ("Last Updated: Monday, 3 January 2005, 14:32 GMT", "2005-01-03"),
    ("Oct. 31, 2025", "2025-10-31"),
    ("Sept. 13, 2024", "2024-09-13"),
    ("December 7, 2024 10:45 AM", "2024-12-07"),
    ("Saturday, 7 December 2024", "2024-12-07"),
    ("Example Wire | 6th Dec, 2024", "2024-12-06"),
])
def test_a_date_line_under_the_headline_is_the_publication_date(tmp_path, line, expected):
    doc = read_document(write(tmp_path, "dated.txt", f"Trade Talks Resume\n{line}\n\n{BODY}\n"))
    assert doc.published == expected
    assert not any(line in s.text for s in doc.sentences)


def test_one_long_line_does_not_stop_a_wrapped_text_from_being_joined(tmp_path):
    wrapped = textwrap.fill(" ".join([BODY] * 4), 70)
    text = wrapped + "\n\nSource: https://example.com/" + "a" * 120 + "\n"
    doc = read_document(write(tmp_path, "url.txt", text))
    assert doc.sentences[0].text == ("The minister said on Monday that the talks, which broke down in 2019 "
                                     "over a dispute about tariffs, would resume next month in Geneva.")


def test_a_one_word_label_over_the_headline_is_not_the_title(tmp_path):
    doc = read_document(write(tmp_path, "kicker.txt", "ANALYSIS\nTrade Talks Resume\n\n" + BODY + "\n"))
    assert doc.title == "Trade Talks Resume"
    assert not any("ANALYSIS" in s.text for s in doc.sentences)


def test_an_all_capitals_section_heading_stays_a_heading(tmp_path):
    text = "Trade Talks Resume\n\n" + BODY + "\n\nBACKGROUND\n\n" + BODY + "\n"
    assert [h.title for h in read_document(write(tmp_path, "caps.txt", text)).headings] == ["BACKGROUND"]


@pytest.mark.parametrize("opening,expected", [
    ("SEOUL, Dec. 7 (UPI) — The motion failed.", (12, 7)),
    ("New Delhi, Mar 29: Aid arrived in the capital.", (3, 29)),
    ("May 19 (Reuters) - The court ruled for the airline.", (5, 19)),
    ("Geneva, Oct 4 (Example Wire) The talks resumed.", (10, 4)),
    ("BAKU, Azerbaijan (AP) — A new draft was released.", None),
    ("The May 19 vote - it was close.", None),
])
def test_a_wire_dateline_opening_a_report_gives_its_month_and_day(opening, expected):
    assert wire_date(opening) == expected


@pytest.mark.parametrize("line,expected", [
    ("- The Daily Example - Wednesday, September 25, 2024", "2024-09-25"),
    ("August 2024", "2024-08"),           # a page that gives only the month: a partial ISO date
])
def test_a_date_beside_the_outlets_name_or_a_month_alone_dates_the_text(tmp_path, line, expected):
    assert read_document(write(tmp_path, "dated.txt", f"Trade Talks Resume\n{line}\n\n{BODY}\n")).published == \
        expected
