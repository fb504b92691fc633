from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.sentences import speaks_of_vaccines

# (id, raw text, fragments that must survive, fragments that must be gone)
CASES = [
    ("web_boilerplate", "Connect with us\n\nGhana received 600,000 doses on Wednesday.\n\nAdvertise here\nRead in Korean\n",
     ["Ghana received 600,000 doses on Wednesday."], ["Connect with us", "Advertise here", "Read in Korean"]),
    ("html_tags", "<b>Printed</b>\tJune 2023\nThe <i>WHO</i> allocated 1.9 million doses<sup>3)</sup> to the DPRK.\n",
     ["The WHO allocated 1.9 million doses to the DPRK."], ["<i>", "<sup>", "Printed"]),
    ("running_header", "KINU REPORT\nUNICEF shipped vaccines in May.\n\nKINU REPORT\nIt arrived.\n\nKINU REPORT\n",
     ["UNICEF shipped vaccines in May.", "It arrived."], ["KINU REPORT"]),
    ("page_break", "COVAX offered doses to the\n\n---\n\n12\n\n<sup>1)</sup> A footnote about sources.\n\nNorth, which declined.\n",
     [], ["A footnote", "---"]),
    ("broken_line", "COVAX planned to send nearly 2 million doses\nto North Korea in July.\n",
     ["COVAX planned to send nearly 2 million doses to North Korea in July."], []),
    ("bullets_and_quotes", "- North Korea has rejected \u201cabout\u201d 3 million doses.\n",
     ['North Korea has rejected "about" 3 million doses.'], ["- North"]),
    ("toc", "Table of Contents\n1. Introduction .....\t1\nGavi provided vaccines to the DPRK in 2019.\n",
     ["Gavi provided vaccines to the DPRK in 2019."], ["Introduction"]),
]


@pytest.mark.parametrize(("raw", "kept", "gone"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clean_keeps_sentences_and_drops_furniture(raw: str, kept: list[str], gone: list[str]) -> None:
    text = clean(raw).text
    for fragment in kept:
        assert fragment in text
    for fragment in gone:
        assert fragment not in text


@pytest.mark.parametrize("word", ["WHO", "1.9 million", "DPRK"])
def test_offsets_map_back_to_the_original(word: str) -> None:
    raw = "<b>Printed</b>\tJune 2023\nThe <i>WHO</i> allocated 1.9 million doses<sup>3)</sup> to the DPRK.\n"
    cleaned = clean(raw)
    start = cleaned.text.index(word)
    o_start, o_end = cleaned.span_to_original(start, start + len(word))
    assert raw[o_start:o_end] == word


def test_headline_of_an_unwrapped_article_is_its_own_paragraph() -> None:
    body = ("The Ministry of Health of Ghana received 600,000 doses of the AstraZeneca vaccine from COVAX on "
            "Wednesday, the first shipment under the scheme.")
    raw = f"Ghana's health ministry receives 600,000 vaccines against five diseases from the global facility\n{body}\n{body}\n"
    paragraphs = clean(raw).text.split("\n\n")
    assert paragraphs[0] == "Ghana's health ministry receives 600,000 vaccines against five diseases from the global facility"


def test_a_line_the_next_word_would_have_fitted_on_ends_its_paragraph() -> None:
    headline = "Fiji receives 12,000 doses of measles-rubella vaccine from New Zealand"
    body = ("New Zealand has donated 12,000 doses of measles-rubella vaccine to Fiji to support an emergency "
            "immunisation campaign, the New Zealand High Commission said on Friday.")
    raw = f"Dispatch from the archive.\n\n{headline}\n{body}\nFiji had asked its neighbours for vaccines.\n"
    assert headline in clean(raw).text.split("\n\n")


@pytest.mark.parametrize(("first", "kept"), [
    ("Ghana gets vaccines", True),  # a short headline that speaks of vaccines
    ("Top stories", False),  # furniture
    ("https://example.com/ghana-gets-covid-vaccines.html", False),  # one word: a link
])
def test_a_short_first_line_is_kept_only_as_a_headline(first: str, kept: bool) -> None:
    text = first + "\n\nACCRA - Ghana received 600,000 doses of AstraZeneca on Wednesday, the ministry said.\n"
    assert (first in clean(text, headline=speaks_of_vaccines).text) is kept


def test_a_short_line_later_is_furniture_whatever_it_says() -> None:
    text = "Ghana received 600,000 doses of AstraZeneca on Wednesday.\n\nMore vaccine news\n\nKenya got more."
    assert "More vaccine news" not in clean(text, headline=speaks_of_vaccines).text
