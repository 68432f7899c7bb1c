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


# --- captions, credits, sign-offs and link lists of web news pages ------------------------------

def sentence_texts(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


def test_slideshow_caption_with_its_counter_and_credit_is_not_a_sentence(tmp_path):
    text = ("Trade Talks Resume\n\n3 of 8 | Crowds gathered outside the parliament on Sunday night. The vote "
            "was delayed again. Photo by Jane Roe/Example Wire\n" + BODY + "\n")
    doc = read_document(write(tmp_path, "slides.txt", text))
    assert not any("Crowds" in t or "delayed again" in t or "Photo" in t for t in sentence_texts(doc))
    assert sentence_texts(doc)[0].startswith("The minister said on Monday")
    assert_spans_index_the_text(doc)


def test_file_photo_caption_and_its_agency_credit_line_are_furniture(tmp_path):
    text = ("Trade Talks Resume\n\nFILE PHOTO: Jane Roe, chief executive of Example Corp, speaks at a "
            "conference in Lisbon, Portugal, May 3, 2019. EXAMPLEWIRE/ John Doe/File Photo\n\n" + BODY + "\n")
    doc = read_document(write(tmp_path, "file.txt", text))
    assert not any("Jane Roe" in t or "File Photo" in t for t in sentence_texts(doc))


def test_handout_photo_caption_is_furniture_but_prose_about_a_photo_is_kept(tmp_path):
    text = ("Trade Talks Resume\n\n" + BODY + "\nThis handout photo taken on May 3, 2025 and released by the "
            "ministry shows the minister at a podium in the capital.\n\nA photo on the ministry’s website "
            "showed the damaged bridge near the capital, officials said.\n")
    texts = sentence_texts(read_document(write(tmp_path, "handout.txt", text)))
    assert not any("handout" in t for t in texts)
    assert "A photo on the ministry’s website showed the damaged bridge near the capital, officials said." in texts


def test_caption_title_line_above_a_credited_caption_is_furniture(tmp_path):
    text = ("Floods Hit the Valley\n\n" + BODY + "\n\nFamilies wait for help on a rooftop\n\nIn this image "
            "provided by the Example Relief Agency, families wait on a roof.     (AP/Example Relief Agency)\n\n"
            "Ministers will meet again in May, the statement said.\n")
    doc = read_document(write(tmp_path, "flood.txt", text))
    assert not any("rooftop" in t or "families wait" in t for t in sentence_texts(doc))
    assert doc.headings == []
    assert sentence_texts(doc)[-1] == "Ministers will meet again in May, the statement said."


def test_alt_text_line_attached_to_a_credited_caption_is_furniture(tmp_path):
    text = ("Trade Talks Resume\nMay 3, 2025 at 5:15 PM UTC\nA blue train, its logo clearly visible, waits at a "
            "platform. The train is half white and half red.\nThe line has been closed since March.Getty "
            "Images/jdoe\n\n" + BODY + "\n")
    texts = sentence_texts(read_document(write(tmp_path, "alt.txt", text)))
    assert not any("blue train" in t or "half white" in t or "closed since March" in t for t in texts)
    assert texts[0].startswith("The minister said on Monday")


@pytest.mark.parametrize("line", [
    "(Reporting by Jane Roe; Editing by John Doe)",
    "This article was originally published by the Example Times and is reprinted with permission.",
    "A version of this story appeared in the daily Example Brief newsletter.",
    "Follow us on our official channel for breaking news alerts and key updates!",
    "Click here to receive the Example Brief delivered directly to your inbox each weekday.",
    "Sign-up to receive a weekly round up of news from Example Daily",
    "By submitting, you agree to our Privacy Policy and Terms of Service. Msg & data rates may apply.",
    "Click to start listening",
    "2 hours ago",
    "April 2025",
    "- The Daily Example - Wednesday, September 25, 2024",
    "Jane Roe (@janeroe) Published December 06, 2024 | 11:00 AM",
    "Published : Dec. 4, 2024 - 03:50",
    "In short:",
    "IMG_20250101_0412.jpg",
    "Text © 2025 Example Media.",
    "[Related: Example Corp Adds More Testing Before Updates]",
    "4 min read",
    "Contact the reporter at jane.roe@example.com",
    "https://www.example.com/news/trade-talks",
    "This story has been updated to include a statement from the ministry.",
    "Story continues below advertisement",
])
def test_sign_offs_reprint_notes_prompts_and_date_lines_are_furniture(tmp_path, line):
    doc = read_document(write(tmp_path, "page.txt", f"Trade Talks Resume\n\n{BODY}\n\n{line}\n\n{BODY}\n"))
    assert not any(line[:12] in t for t in sentence_texts(doc))
    assert len(doc.sentences) == 4


def test_a_sentence_quoting_someone_addressing_you_is_kept(tmp_path):
    line = "\"You agree to our terms or you leave,\" the chairman told the striking workers on Monday."
    doc = read_document(write(tmp_path, "you.txt", f"Trade Talks Resume\n\n{BODY}\n\n{line}\n"))
    assert sentence_texts(doc)[-1] == line


def test_related_headlines_after_the_last_paragraph_are_furniture(tmp_path):
    text = ("Trade Talks Resume\n\n" + BODY + "\n\nMore From Example News\n\nRail strike called off after late "
            "deal\nPort workers vote on new contract offer\nCentral bank holds rates for a third month\n"
            "Others Also Read\n")
    doc = read_document(write(tmp_path, "links.txt", text))
    assert len(doc.sentences) == 2 and doc.headings == []
    assert "aggregator-page" not in doc.flags


def test_a_list_the_text_introduces_at_the_end_is_kept(tmp_path):
    text = "Trade Talks Resume\n\n" + BODY + "\n\nThe union's demands are:\nHigher pay\nA new pension plan\n"
    texts = sentence_texts(read_document(write(tmp_path, "list.txt", text)))
    assert "Higher pay" in texts and "A new pension plan" in texts


def test_reference_list_under_its_heading_is_furniture(tmp_path):
    text = ("Rivers Are Rising\n\n" + BODY + "\n\nReferences\nRoe, J. K., Doe, A., & Poe, B. (2021). A study of "
            "rising rivers in the lowlands. Journal of Example Studies, 12, 345.\n")
    doc = read_document(write(tmp_path, "refs.txt", text))
    assert len(doc.sentences) == 2


def test_reference_entry_is_furniture_without_a_heading(tmp_path):
    text = BODY + "\n\nRoe, J. K., Doe, A., & Poe, B. (2021). A study of rising rivers. Journal of Examples, 12.\n"
    assert len(read_document(write(tmp_path, "ref.txt", text)).sentences) == 2


def test_the_headline_repeated_in_the_text_is_furniture(tmp_path):
    text = ("Rail strike called off after late deal\n\nRail strike called off after late deal\n\n" + BODY +
            "\n\nRail Strike Called Off After Late Deal Jane Roe, Union Leader, Example Wire\n\n" + BODY + "\n")
    doc = read_document(write(tmp_path, "repeat.txt", text))
    assert doc.title == "Rail strike called off after late deal"
    assert not any("Rail strike" in t or "Union Leader" in t for t in sentence_texts(doc))


def test_a_sentence_opening_on_the_headline_words_is_kept(tmp_path):
    text = ("Rail strike called off\n\n" + BODY + "\n\nRail strike called off at the last minute is a relief "
            "for commuters, the minister said.\n")
    assert sentence_texts(read_document(write(tmp_path, "open.txt", text)))[-1].startswith("Rail strike called off")


def test_sentence_case_subheading_between_paragraphs_is_a_section_title(tmp_path):
    text = ("Trade Talks Resume\n\n" + BODY + "\n\nTalks set to resume in spring\n\n" + BODY +
            "\n\nWhat happens next?\n\n" + BODY + "\n")
    doc = read_document(write(tmp_path, "sub.txt", text))
    assert [h.title for h in doc.headings] == ["Talks set to resume in spring", "What happens next?"]
    assert len(doc.sentences) == 6


def test_a_paragraph_broken_before_a_lower_case_word_is_no_section_title(tmp_path):
    text = "Trade Talks Resume\n\n" + BODY + "\n\nAfter the success of the first deal, the minister\n\n" \
        "surely deserves another round of talks, critics said. " + BODY + "\n"
    assert read_document(write(tmp_path, "broken.txt", text)).headings == []


def test_a_byline_glued_to_the_standfirst_is_cut_off(tmp_path):
    text = "Trade Talks Resume\nTalks resume after a year of deadlock.By Jane Roe\n\n" + BODY + "\n"
    doc = read_document(write(tmp_path, "glued.txt", text))
    assert sentence_texts(doc)[0] == "Talks resume after a year of deadlock."
    assert_spans_index_the_text(doc)


def test_a_byline_on_lines_of_its_own_is_furniture(tmp_path):
    text = "Trade Talks Resume\nBy\nJane Roe\nand\nExample Wire\n" + BODY + "\n"
    doc = read_document(write(tmp_path, "by.txt", text))
    assert sentence_texts(doc)[0].startswith("The minister said") and doc.headings == []


def test_a_link_label_inside_a_sentence_is_in_no_sentence(tmp_path):
    text = ("Example Corp (EXC.N), opens new tab can pursue its claim against Other Corp (OTH.N), opens new "
            "tab over the outage, a judge ruled. " + BODY + "\n")
    doc = read_document(write(tmp_path, "label.txt", text))
    assert not any("new tab" in t for t in sentence_texts(doc))
    assert BODY.split(". ")[0] + "." in sentence_texts(doc)
    assert_spans_index_the_text(doc)


# --- wire datelines and run-in headlines --------------------------------------------------------

LEAD = "The minister said on Monday that the talks would resume next month in Geneva."


@pytest.mark.parametrize("dateline", [
    "LISBON, May 7 (Example News) — ", "LISBON (AP) — ", "(CNN) — ", "May 19 (Reuters) - ",
    "New Delhi, Mar 29: ", "29 Mar 2025 – ", "PORTO, Portugal — ", "LISBON: ",
    "Lisbon, (EXW - Example Portal / Example News - 6th May, 2025) ", "Lisbon, May 4 (ExampleWire) ",
])
def test_wire_dateline_stays_in_its_sentence_and_is_marked_as_its_opening(tmp_path, dateline):
    doc = read_document(write(tmp_path, "wire.txt", f"Trade Talks Resume\n\n{dateline}{LEAD}\n"))
    first = doc.sentences[0]
    assert first.text == dateline + LEAD
    assert (first.start, first.start + len(dateline)) in doc.furniture


@pytest.mark.parametrize("opening", [
    "NATO — the military alliance — said on Monday that the talks would resume next month.",
    "Minister Jane Roe (who denies any wrongdoing) said on Monday that the talks would resume.",
    "Lisbon: a city where the talks would resume next month, the minister said on Monday.",
])
def test_an_opening_that_is_no_dateline_is_left_alone(tmp_path, opening):
    doc = read_document(write(tmp_path, "nowire.txt", f"Trade Talks Resume\n\n{opening}\n"))
    assert not any(a == doc.sentences[0].start for a, _ in doc.furniture)


def test_statement_leaves_out_a_wire_dateline_and_cites_the_sentence_after_it(tmp_path):
    from compose_helpers import brief_from, verbatim
    brief = brief_from(tmp_path, {"a.txt": "Trade Talks Resume\n\nLISBON, May 7 (Example News) — " + BODY + "\n"})
    statements = [s for sec in brief.sections for s in sec.statements]
    lead = next(s for s in statements if "talks, which broke down" in s.text)
    assert lead.text.startswith("The minister said on Monday")
    assert verbatim(brief, tmp_path, lead)


@pytest.mark.parametrize("headline,sentence", [
    ("Ministers Push Trade Talks With Rivals ", "In a statement, the ministry said the talks would resume in May."),
    ("Unions and Employers Trade Blame Over Pay ", "The dispute has now lasted for three months, officials said."),
    ("Ministers Push Trade Talks With Rivals This Week ", "Foreign Minister Jane Roe announced plans to meet her "
                                                         "counterpart in Geneva in the first quarter."),
])
def test_run_in_headline_is_cut_off_its_first_sentence(tmp_path, headline, sentence):
    doc = read_document(write(tmp_path, "runin.txt", f"Trade Talks\n\n{BODY}\n\n{headline}{sentence}\n"))
    assert sentence_texts(doc)[-1] == sentence
    assert_spans_index_the_text(doc)


@pytest.mark.parametrize("sentence", [
    "The Bank of England said on Thursday that rates would stay on hold until the spring.",
    "Secretary Of State For Trade Jane Roe said the talks would resume next month in Geneva.",
    "Prime Minister Jane Roe In Her Own Words, a new documentary, opens on Friday in Lisbon.",
    "HOW IT BEGAN is the title of the exhibition that opened in the capital on Monday.",
])
def test_a_sentence_opening_on_capitalised_names_keeps_its_opening(tmp_path, sentence):
    doc = read_document(write(tmp_path, "names.txt", f"Trade Talks\n\n{BODY}\n\n{sentence}\n"))
    assert sentence_texts(doc)[-1] == sentence


def test_non_breaking_hyphens_are_read_as_hyphens_at_the_same_offsets(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Talks resume\n\nThe two sides held one\u2011on\u2011one talks on the cross\u2010border deal.\n",
                    encoding="utf-8")
    doc = read_document(path)
    sentence = doc.sentences[0]
    assert sentence.text == "The two sides held one-on-one talks on the cross-border deal."
    assert doc.text[sentence.start:sentence.end] == sentence.text


def test_a_note_of_when_a_channel_shows_the_event_is_furniture(tmp_path):
    note = "- The final will be televised on Example One at 1400 GMT on Saturday."
    doc = read_document(write(tmp_path, "listing.txt", "Trade Talks Resume\n\n" + BODY + "\n\n" + note + "\n"))
    assert not any("televised" in t for t in sentence_texts(doc))
    assert note in [doc.text[a:b] for a, b in doc.furniture]


def test_a_film_shown_at_a_festival_is_news_not_a_listing_note(tmp_path):
    line = "The documentary about the singer will be shown at this year's Example Film Festival."
    doc = read_document(write(tmp_path, "festival.txt", "Trade Talks Resume\n\n" + BODY + "\n\n" + line + "\n"))
    assert sentence_texts(doc)[-1] == line


def test_a_list_item_s_bullet_is_left_out_of_its_statement(tmp_path):
    item = "- Former minister Jane Roe: \"We will not give up the fight for the harbour.\""
    doc = read_document(write(tmp_path, "bullet.txt", "Trade Talks Resume\n\n" + BODY + "\n\n" + item + "\n"))
    last = doc.sentences[-1]
    assert last.text.startswith("- Former minister")
    assert (last.start, last.start + 2) in doc.furniture     # a statement quoting it starts after the bullet
