"""Our sentence splitter on the cases news text throws at it, one table row per trap."""

import re

import pytest

from briefing.ingest.sentences import split_sentences, without_reference_marks, word_before


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


# (name, text, the sentences it must give)
CASES = [
    ("plain full stops", "The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
    ("question and exclamation", "Will they return? Nobody knows! Talks resume today.",
     ["Will they return?", "Nobody knows!", "Talks resume today."]),
    ("title Mr.", "Mr. Smith arrived on Monday. He left.", ["Mr. Smith arrived on Monday.", "He left."]),
    ("title Dr. and Mrs.", "Dr. Jones met Mrs. Lee in Paris. They spoke.",
     ["Dr. Jones met Mrs. Lee in Paris.", "They spoke."]),
    ("military rank Gen.", "The visit was led by Gen. Mark Milley of the army. It ended.",
     ["The visit was led by Gen. Mark Milley of the army.", "It ended."]),
    ("dotted acronym mid-sentence", "The U.S. Senate voted on the U.N. resolution. It passed.",
     ["The U.S. Senate voted on the U.N. resolution.", "It passed."]),
    ("dotted acronym ends a sentence", "The envoy flew to the U.S. The visit was brief.",
     ["The envoy flew to the U.S.", "The visit was brief."]),
    ("month abbreviation with day", "The summit opens on Oct. 31 in Gyeongju. Leaders will attend.",
     ["The summit opens on Oct. 31 in Gyeongju.", "Leaders will attend."]),
    ("No. before a figure", "He was ranked No. 1 in the world. She was No. 2.",
     ["He was ranked No. 1 in the world.", "She was No. 2."]),
    ("no. ending a sentence is the word no", "The answer was no. The vote failed.",
     ["The answer was no.", "The vote failed."]),
    ("art. ending a sentence is the word art", "She collects modern art. Her gallery opened in May.",
     ["She collects modern art.", "Her gallery opened in May."]),
    ("numbered references", "See Art. 5 and Fig. 3 of the treaty. Vol. II follows.",
     ["See Art. 5 and Fig. 3 of the treaty.", "Vol. II follows."]),
    ("St. in a place name", "They met at St. Paul's Cathedral. Crowds gathered.",
     ["They met at St. Paul's Cathedral.", "Crowds gathered."]),
    ("initials", "The novel by J. K. Rowling sold well. Critics agreed.",
     ["The novel by J. K. Rowling sold well.", "Critics agreed."]),
    ("middle initial", "Ann T. Vale spoke first. Others followed.",
     ["Ann T. Vale spoke first.", "Others followed."]),
    ("decimal and percent", "Growth was 3.5% in 2024. Inflation fell to 2.1 per cent.",
     ["Growth was 3.5% in 2024.", "Inflation fell to 2.1 per cent."]),
    ("money with bn", "The deal is worth $1.2bn. Shares rose 4.5p to 310p.",
     ["The deal is worth $1.2bn.", "Shares rose 4.5p to 310p."]),
    ("sentence starts with a figure", "Prices rose sharply. 2024 was a record year.",
     ["Prices rose sharply.", "2024 was a record year."]),
    ("full stop inside closing quote", '"We will not give in." The minister then left.',
     ['"We will not give in."', "The minister then left."]),
    ("curly quotes", "“We will not give in,” she said. “Never.” He nodded.",
     ["“We will not give in,” she said.", "“Never.”", "He nodded."]),
    ("quotation with inner full stops stays whole", "He said: “It is over. We go home now.” Then he left.",
     ["He said: “It is over. We go home now.”", "Then he left."]),
    ("bracket after full stop", "The bill passed (by a wide margin.) Debate ended.",
     ["The bill passed (by a wide margin.)", "Debate ended."]),
    ("bracketed sentence", "Turnout was high. (Figures are provisional.) Results come later.",
     ["Turnout was high.", "(Figures are provisional.)", "Results come later."]),
    ("ellipsis", "He paused… Then he spoke again.", ["He paused…", "Then he spoke again."]),
    ("e.g. and i.e. do not end", "Some states, e.g. France, objected. Others, i.e. the rest, agreed.",
     ["Some states, e.g. France, objected.", "Others, i.e. the rest, agreed."]),
    ("etc. ends a sentence before a capital opener", "They brought food, water, etc. The aid arrived.",
     ["They brought food, water, etc.", "The aid arrived."]),
    ("headline without full stop on its own line", "Leaders Meet in Seoul\nThe summit began on Monday.",
     ["Leaders Meet in Seoul", "The summit began on Monday."]),
    ("reference marks after the stop", "Trade grew.[1] Exports doubled [2]. Imports fell.",
     ["Trade grew.[1]", "Exports doubled [2].", "Imports fell."]),
    ("lower-case after a full stop does not split", "The firm (est. in 1990) grew. It thrived.",
     ["The firm (est. in 1990) grew.", "It thrived."]),
    ("sentence spanning a wrapped line", "The minister said the talks\nwould resume. They did.",
     ["The minister said the talks\nwould resume.", "They did."]),
    ("domain names are not ends", "Visit example.com for details. Bye.", ["Visit example.com for details.", "Bye."]),
    ("times with a.m.", "They met at 9 a.m. on Friday. It went well.",
     ["They met at 9 a.m. on Friday.", "It went well."]),
    ("paragraph continuing a quotation from the one before",
     'Police forces were "buried" under plans," said Mr Davis. Earlier the minister said so. "But it is late."',
     ['Police forces were "buried" under plans," said Mr Davis.', "Earlier the minister said so.",
      '"But it is late."']),
    ("a very long quotation is split like any text",
     '"' + "The plan is sound and the money is there. " * 12 + 'We will go ahead," he said.',
     ['"The plan is sound and the money is there.'] + ["The plan is sound and the money is there."] * 11
     + ['We will go ahead," he said.']),
    ("a.m. closing a sentence before a capital opener", "They met at 9 a.m. The talks lasted an hour.",
     ["They met at 9 a.m.", "The talks lasted an hour."]),
    ("Sept. before a day", "The Sept. 11 attacks changed policy. It was clear.",
     ["The Sept. 11 attacks changed policy.", "It was clear."]),
    ("political titles", "Sen. Warren and Rep. Ocasio-Cortez spoke. Gov. Newsom left.",
     ["Sen. Warren and Rep. Ocasio-Cortez spoke.", "Gov. Newsom left."]),
    ("acronym before a hyphen", "Seoul's U.S.-backed plan was approved. It passed.",
     ["Seoul's U.S.-backed plan was approved.", "It passed."]),
    ("Inc. inside and Corp. at the end", "The firm, Acme Inc., grew. Acme Corp. The rival shrank.",
     ["The firm, Acme Inc., grew.", "Acme Corp.", "The rival shrank."]),
    ("a name's Inc. before a sentence opening on 'Former'",
     "It was renamed Harwick Inc. Former chief Ann Pell is to face trial. Harwick Inc. Chief Executive Tom Reeve spoke.",
     ["It was renamed Harwick Inc.", "Former chief Ann Pell is to face trial.",
      "Harwick Inc. Chief Executive Tom Reeve spoke."]),
    ("currency figures", "It cost £3.5m. It was 3.5bn won. It rose 1.2pc.",
     ["It cost £3.5m.", "It was 3.5bn won.", "It rose 1.2pc."]),
    ("question inside quotes then attribution", '"Are you ready?" she asked. "Yes!" he said.',
     ['"Are you ready?" she asked.', '"Yes!" he said.']),
    ("Jr. in a name", "Martin Luther King Jr. spoke. The crowd cheered.",
     ["Martin Luther King Jr. spoke.", "The crowd cheered."]),
    ("Jr. ending a name before a pronoun", "The song was written for Orvin Talbeck Jr. He recorded it twice.",
     ["The song was written for Orvin Talbeck Jr.", "He recorded it twice."]),
    ("a capital joined by & ends a name, not an initial",
     "Korvane is the second-biggest carrier after D&W. Regulators cleared the deal. D&W. Vessa shares rose.",
     ["Korvane is the second-biggest carrier after D&W.", "Regulators cleared the deal.", "D&W.",
      "Vessa shares rose."]),
    ("an acronym spelt like an abbreviation ends a sentence", "The order came from the CO. Nobody questioned it.",
     ["The order came from the CO.", "Nobody questioned it."]),
    ("an abbreviation in a line of capitals stays", "MR. HARWICK RESIGNS. The board met.",
     ["MR. HARWICK RESIGNS.", "The board met."]),
    ("a month abbreviation without a day ends a sentence", "Sales peaked in Nov. Prices then fell. It was due on Nov. 4.",
     ["Sales peaked in Nov.", "Prices then fell.", "It was due on Nov. 4."]),
    ("etc. ends a sentence before any capital", "They sold lamps, rugs etc. Most stock was old.",
     ["They sold lamps, rugs etc.", "Most stock was old."]),
    ("a soft hyphen inside a word ending like an abbreviation", "The new leader was cho\u00adsen. The vote took hours.",
     ["The new leader was cho\u00adsen.", "The vote took hours."]),
    ("A. or I. after an initial is another initial", "Colm P. A. Ravensby and Una R. I. Tesk spoke. A vote followed.",
     ["Colm P. A. Ravensby and Una R. I. Tesk spoke.", "A vote followed."]),
    ("etc. before a bracket goes on", "They sold lamps etc. (apart from rugs). Most stock was old.",
     ["They sold lamps etc. (apart from rugs).", "Most stock was old."]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_splitter_gives_the_expected_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_every_span_indexes_the_text_and_trims_whitespace(text):
    for a, b in split_sentences(text):
        assert text[a:b] == text[a:b].strip() and text[a:b]


def test_empty_and_blank_text_give_no_sentences():
    assert split_sentences("") == [] and split_sentences("  \n\n \t") == []


def test_a_line_of_dots_or_marks_is_read_in_one_pass():
    # every start inside a run used to be tried: quadratic, minutes on a long line of dots
    text = "." * 200_000 + " The end."
    assert [text[a:b] for a, b in split_sentences(text)][-1] == "The end."


@pytest.mark.parametrize("text,expected", [
    ("Exports grew by a third [1].", "Exports grew by a third."),
    ("Exports grew by a third[1][12]. Imports fell.", "Exports grew by a third. Imports fell."),
    ("The share [of affected devices] was small.", "The share [of affected devices] was small."),
    ("No marks at all.", "No marks at all."),
])
def test_reference_marks_are_left_out_but_editorial_brackets_stay(text, expected):
    assert without_reference_marks(text) == expected


@pytest.mark.parametrize("text", [
    "Ann Vale joined Harwick Inc.", "He moved to the U.S.", "It cost 3.5", "Tom Reed's", "the far-off Tarvel.",
    "le café Évora.", "snake_case.", "was cho\u00adsen.", "Ann Vale said.\n", "a dash -", "Tom Reed.\n\n", "", "...", "(Harwick)",
    "x" * 70 + " " + "y" * 70 + ".",
])
def test_the_word_before_a_stop_is_the_run_the_word_pattern_ends_the_text_with(text):
    found = re.search(r"([\w.'’\u00ad-]+)$", text)
    assert word_before(text) == (found.group(1) if found else "")

