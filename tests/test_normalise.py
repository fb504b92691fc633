from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalise import (
    article_names,
    canonical_party,
    dateline_date,
    find_quantities,
    output_party,
    parse_published,
    resolve_date,
)

QUANTITIES = [
    # (id, text, value, unit, qualifier)
    ("about_million", "rejected about 3 million doses of Sinovac", 3_000_000, "doses", "about"),
    ("decimal_million", "the 2.97 million doses being offered", 2_970_000, "doses", "exact"),
    ("decimal_million_exactly", "allocated 4.1 million doses to Nigeria", 4_100_000, "doses", "exact"),
    ("plus_after", "took delivery of 4 million-plus doses", 4_000_000, "doses", "more_than"),
    ("half_a_million", "half a million doses arrived", 500_000, "doses", "exact"),
    ("ampersand_in_a_name", "500,000 Johnson & Johnson doses arrived", 500_000, "doses", "exact"),
    ("m_suffix", "a further 1.9m doses", 1_900_000, "doses", "exact"),
    ("commas", "600,000 doses of Pfizer", 600_000, "doses", "exact"),
    ("spaces", "another 200 000 Sinopharm doses", 200_000, "doses", "exact"),
    ("words", "nearly two million doses", 2_000_000, "doses", "nearly"),
    ("lakh", "20 lakh doses of Covishield", 2_000_000, "doses", "exact"),
    ("crore", "1.02 crore doses", 10_200_000, "doses", "exact"),
    ("indian_grouping", "Nepal received 1,00,000 doses from China", 100_000, "doses", "exact"),
    ("batch_of_a_bare_count", "received a first batch of 500,000 from Hungary", 500_000, "doses", "exact"),
    ("another_bare_count", "applied to the ICG for another 50,000", 50_000, "doses", "exact"),
    ("bare_count_more", "has promised 2,000 more to Montenegro", 2_000, "doses", "exact"),
    ("bare_count_given_by", "had received 200,000 donated by China", 200_000, "doses", "exact"),
    ("bare_count_given_by_a_lender", "in addition to 8,000 given by Australia", 8_000, "doses", "exact"),
    ("bare_count_lent_by", "and 5,000 lent by Chile", 5_000, "doses", "exact"),
    ("bare_count_receiving", "after receiving only 550,000, the minister said", 550_000, "doses", "exact"),
    ("bare_count_with_a_clause_of_giving", "on top of the 400,000 it has already given", 400_000, "doses", "exact"),
    ("bare_count_with_a_clause_of_a_named_giver", "part of 102,000 that the African Union donated", 102_000, "doses",
     "exact"),
    ("bare_count_with_a_clause_of_the_country", "part of 102,000 the country received", 102_000, "doses", "exact"),
    ("bare_count_added_to_told_as_given", "on top of 600,000 donated in March", 600_000, "doses", "exact"),
    ("bare_count_added_to_told_as_delivered", "in addition to the 200,000 delivered last week", 200_000, "doses", "exact"),
    # a word that ends in "rs" is no rupee sign
    ("after_delivers", "Japan delivers 1 million AstraZeneca doses", 1_000_000, "doses", "exact"),
    ("after_orders", "Malaysia orders 12.8 million more Pfizer doses", 12_800_000, "doses", "exact"),
    ("bare_count_supplied", "while Haiti has been assigned 756,000.", 756_000, "doses", "exact"),
    ("bare_count_gave", "and the United Arab Emirates gave 50,000.", 50_000, "doses", "exact"),
    ("bare_count_administered", "and administered 330,000.", 330_000, "doses", "exact"),
    ("bare_count_lent", "while Chile lent 20,000 in May", 20_000, "doses", "exact"),
    ("bare_count_asked_for", "which had asked for 100,000.", 100_000, "doses", "exact"),
    ("bare_count_requested", "and Kenya requested about 500,000 in March", 500_000, "doses", "about"),
    ("bare_count_received_in", "Togo received about 30,000 in May", 30_000, "doses", "about"),
    ("bare_count_expected", "and expects 92,000 through COVAX", 92_000, "doses", "exact"),
    ("bare_count_arrived", "just 300,000 have arrived", 300_000, "doses", "exact"),
    ("bare_count_were_delivered", "but only 200,000 were delivered", 200_000, "doses", "exact"),
    ("decimal_comma", "1,2 million doses arrived", 1_200_000, "doses", "exact"),
    ("hyphenated_million", "a 2-million-dose shipment", 2_000_000, "doses", "exact"),
    ("part_of_which", "the first 300,000 of which were due to arrive", 300_000, "doses", "exact"),
    ("part_that_goes", "of which 53,800 will go to the northwest", 53_800, "doses", "exact"),
    ("ranked_bare_count_moves", "and the first 40,000 arrived in December", 40_000, "doses", "exact"),
    ("ranked_bare_count_ends", "expects the first 215,000 in April", 215_000, "doses", "exact"),
    ("which_part_moves", "of which 245,200 arrived last week", 245_200, "doses", "exact"),
    ("indian_grouping_crore", "a consignment of 1,20,00,000 doses", 12_000_000, "doses", "exact"),
    ("quarter_of_a_million", "received a quarter of a million doses", 250_000, "doses", "exact"),
    ("three_quarters_of_a_million", "nearly three quarters of a million doses", 750_000, "doses", "nearly"),
    ("people", "vaccines for 550,000 South Korean military personnel", 550_000, "people", "exact"),
    ("more_than", "More than 3.8 million people have received", 3_800_000, "people", "more_than"),
    ("over", "over 280,000 people", 280_000, "people", "more_than"),
    ("infants", "vaccinated 300,000 infants", 300_000, "people", "exact"),
    ("patients", "about 2,000 patients", 2_000, "people", "about"),
    ("hand_over", "has promised to hand over 100,000 doses", 100_000, "doses", "exact"),
    ("handed_over_over", "handed over over 5,000 doses", 5_000, "doses", "more_than"),
    ("up_to", "up to 100 million doses", 100_000_000, "doses", "up_to"),
    ("almost_vaccines", "almost 2 million AstraZeneca vaccines", 2_000_000, "doses", "nearly"),
    ("vials", "about 1,000 vials", 1_000, "vials", "about"),
    ("shipments", "in three shipments", 3, "shipments", "exact"),
    ("bare_million", "another 54 million later on", 54_000_000, "doses", "exact"),
    ("name_between", "a batch of 756,000 AstraZeneca vaccines", 756_000, "doses", "exact"),
    ("adjective_between", "Aust provides 24K paediatric Pfizer doses", 24_000, "doses", "exact"),
    ("thousands_point", "so far only 183.000 doses were given", 183_000, "doses", "exact"),
    ("article_before_order", "on an order of eight million doses", 8_000_000, "doses", "exact"),
    ("date_before", "as of July 13 more than four million doses", 4_000_000, "doses", "more_than"),
    ("disease_between", "Fiji received 10,000 rabies vaccines", 10_000, "doses", "exact"),
    ("two_word_disease_between", "500,000 yellow fever doses", 500_000, "doses", "exact"),
    ("its_doses", "South Africa sold its 1 million AstraZeneca doses", 1_000_000, "doses", "exact"),
    ("part_of_its_doses", "Ghana will give 50,000 of its AstraZeneca doses to Togo", 50_000, "doses", "exact"),
    ("others", "vaccinated 3,000 others", 3_000, "people", "exact"),
    # a hyphenated or plain word for who they are between the count and its noun
    ("front_line_workers", "About 4,000 front-line workers were jabbed", 4_000, "people", "about"),
    ("frontline_health_workers", "12,000 frontline health workers", 12_000, "people", "exact"),
    ("young_adults", "gave 2 million young adults a dose", 2_000_000, "people", "exact"),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [c[1:] for c in QUANTITIES],
                         ids=[c[0] for c in QUANTITIES])
def test_find_quantities(text: str, value: float, unit: str, qualifier: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)
    assert text[q.start:q.end] == q.text


def test_a_part_of_a_count_counts_what_the_count_counts() -> None:
    counted = [(q.value, q.unit) for q in find_quantities("has received 800,000 of the 2.5 million doses it bought")]
    assert counted == [(800_000, "doses"), (2_500_000, "doses")]


@pytest.mark.parametrize(("text", "counts"), [
    ("received 600,000 and 1.02 million doses", [600_000, 1_020_000]),  # two counts, not 600,001,020,000
    ("1 and a half million doses", [1_500_000]),
    ("one and a half million doses", [1_500_000]),
])
def test_and_before_a_figure_starts_another_count(text: str, counts: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == counts


def test_vaccine_names_from_the_parse() -> None:
    text = "received 750,000 doses of Sputnik V and 500,000 of Sinopharm"
    counted = [(q.value, q.unit) for q in find_quantities(text, {}, {text.index("Sinopharm")})]
    assert counted == [(750_000, "doses"), (500_000, "doses")]
    assert [q.value for q in find_quantities(text)] == [750_000]


@pytest.mark.parametrize(("text", "counted"), [
    ("Of the 2 million doses pledged by Japan, 300,000 arrived on Monday.", [2_000_000, 300_000]),
    ("Of the 2 million doses Peru has bought, only 300,000 will arrive next week.", [2_000_000, 300_000]),
    ("Of the 54 African countries, 20 are expected to begin vaccinating.", []),
])
def test_a_part_of_the_doses_a_sentence_opens_with_counts_doses(text: str, counted: list[int]) -> None:
    assert [q.value for q in find_quantities(text) if q.unit == "doses"] == counted


def test_people_words_from_the_parse() -> None:
    text = "500,000 Iraqis have received"
    (q,) = find_quantities(text, {8: 14})
    assert (q.value, q.unit, q.text) == (500_000, "people", "500,000 Iraqis")
    assert find_quantities(text) == []


NOT_QUANTITIES = [
    ("bare_number_before_a_clause_of_a_lower_case_noun", "since 2021 the programme received praise"),
    ("money_before_a_noun", "a 200 million dollar loan to buy vaccines"),
    ("money", "we may have to spend USD 6 mn"),
    ("rupees", "the state paid Rs. 300 million for doses"),
    ("supplied_something_named", "Kenya received 500 applications in May"),
    ("supplied_in_a_year", "Kenya received 2021 on schedule"),
    ("year_after_delivery_of", "the first delivery of 2021 arrived"),
    ("more_of_something_else", "the striker scored 2,000 more points"),
    ("more_than_a_year_before", "2,000 more than last year"),
    ("money_in_reais", "the deal, worth 1.6 billion reais, had been suspended"),
    ("money_in_pesos", "a loan of 300 million pesos"),
    ("worth_a_sum", "a contract worth about 1.6 billion"),
    ("percent", "about 20% to 25% of the military"),
    ("percent_of_doses", "about 60 percent of the doses received"),
    ("per_cent_of_children", "more than 90 per cent of children were vaccinated"),
    ("disease_number", "the COVID-19 vaccine"),
    ("year", "in 2021"),
    ("cases", "5 million cases"),
    ("rate", "one vaccine dose per 100 people"),
    ("population", "began immunising its 59 million people"),
    ("population_without_unit", "to vaccinate its 1.4 billion"),
    ("words_between", "12 countries received vaccines"),
    # more of the things counted before them
    ("others_of_a_count_before", "to provide vaccines to 53 countries and export them to 27 others"),
    ("ranked_days", "the first 100 days of the campaign"),
    ("people_who_arrived", "about 1,500 arrived at the border"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_QUANTITIES], ids=[c[0] for c in NOT_QUANTITIES])
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


PUBLISHED = date(2021, 9, 2)  # a Thursday
DATES = [
    # (id, text, published, prefer, expected)
    ("weekday_past", "Tuesday", PUBLISHED, "past", "2021-08-31"),
    ("weekday_future", "on Wednesday", PUBLISHED, "future", "2021-09-08"),
    # a plan told in the past: its month on the nearer side of publication
    ("nearest_month_before", "in March", date(2021, 6, 29), "nearest", "2021-03"),
    ("nearest_month_after", "in September", date(2021, 6, 29), "nearest", "2021-09"),
    ("nearest_month_next_year", "in January", date(2021, 11, 20), "nearest", "2022-01"),
    ("weekday_future_same_day", "on Thursday", PUBLISHED, "future", "2021-09-02"),
    ("weekday_next_same_day", "next Thursday", PUBLISHED, "future", "2021-09-09"),
    ("weekday_no_reference", "Tuesday", None, "past", None),
    ("weekday_night", "on Tuesday night", PUBLISHED, "past", "2021-08-31"),
    ("month", "in July", PUBLISHED, "past", "2021-07"),
    ("month_day", "on July 16", PUBLISHED, "past", "2021-07-16"),
    ("month_day_no_year", "on July 16", None, "past", None),
    ("full_date", "Aug. 31, 2021", None, "past", "2021-08-31"),
    ("day_first", "7 April 2021", None, "past", "2021-04-07"),
    ("month_year", "March 2022", None, "past", "2022-03"),
    ("two_days_of_a_month", "the 11th and 29th of October", PUBLISHED, "past", "2021-10"),
    ("day_range", "12-14 May 2021", None, "past", "2021-05"),
    ("year", "in 2021", None, "past", "2021"),
    ("this_year", "earlier this year", PUBLISHED, "past", "2021"),
    ("last_month", "last month", PUBLISHED, "past", "2021-08"),
    ("yesterday", "yesterday", PUBLISHED, "past", "2021-09-01"),
    ("last_night", "last night", PUBLISHED, "past", "2021-09-01"),
    ("last_week", "last week", PUBLISHED, "past", "2021-08"),
    ("last_week_across_months", "last week", date(2021, 9, 8), "past", "2021"),
    ("next_week", "next week", PUBLISHED, "future", "2021-09"),
    # a weekend is two days: its month when both lie in one (Thursday 2 September 2021: 28-29 August, 4-5 September)
    ("last_weekend", "last weekend", PUBLISHED, "past", "2021-08"),
    ("over_the_weekend", "over the weekend", PUBLISHED, "past", "2021-08"),
    ("this_weekend", "this weekend", PUBLISHED, "future", "2021-09"),
    ("weekend_across_months", "last weekend", date(2021, 8, 4), "past", "2021"),
    ("this_past_weekend", "this past weekend", PUBLISHED, "past", "2021-08"),
    # this week: from Monday to the telling (earlier), or on to Sunday (Thursday 2 September 2021: 30 August on)
    ("earlier_this_week", "earlier this week", PUBLISHED, "past", "2021"),
    ("earlier_this_week_one_month", "earlier this week", date(2021, 6, 30), "past", "2021-06"),
    ("later_this_week", "later this week", PUBLISHED, "future", "2021-09"),
    ("this_week", "this week", date(2021, 3, 22), "past", "2021-03"),
    ("weeks_ago", "two weeks ago", date(2021, 6, 10), "past", "2021-05"),
    # a day of the month alone: this month's, or the month before or after as the tense asks (not May for "5th")
    ("ordinal_day_past", "on the 5th", date(2021, 6, 10), "past", "2021-06-05"),
    ("ordinal_day_past_month_before", "the 15th", date(2021, 6, 10), "past", "2021-05-15"),
    ("ordinal_day_future", "the 5th", date(2021, 6, 10), "future", "2021-07-05"),
    ("this_week_across_months", "this week", PUBLISHED, "past", "2021"),
    ("mid_month", "by mid-month", PUBLISHED, "future", "2021-09"),
    ("year_end", "by year-end", PUBLISHED, "future", "2021"),
    # a part of last or next year is in that year, as a part of this year is
    ("half_of_next_year", "in the first half of next year", PUBLISHED, "future", "2022"),
    ("late_last_year", "late last year", PUBLISHED, "past", "2020"),
    # numeric dates: ISO, and day and month wherever one of them cannot be a month
    ("iso_date", "on 2021-04-14", PUBLISHED, "past", "2021-04-14"),
    ("day_month_year_points", "on 14.04.2021", PUBLISHED, "past", "2021-04-14"),
    ("month_day_year_slashes", "on 04/14/2021", PUBLISHED, "past", "2021-04-14"),
    ("day_or_month_unsure", "on 04/05/2021", PUBLISHED, "past", "2021"),
    ("vague", "in the coming months", PUBLISHED, "future", None),
    ("quarter", "the third quarter of this year", PUBLISHED, "future", None),
    # a part of a year or month is in it (EVENTS.md 2: as precise as the text allows)
    ("end_of_the_year", "by the end of the year", PUBLISHED, "future", "2021"),
    ("later_in_the_year", "later in the year", PUBLISHED, "future", "2021"),
    ("early_in_a_year", "in early 2021", None, "past", "2021"),
    ("end_of_a_year", "by end of 2021", None, "future", "2021"),
    ("end_of_the_month", "by the end of the month", PUBLISHED, "future", "2021-09"),
    ("late_last_month", "late last month", PUBLISHED, "past", "2021-08"),
    ("weekday_last_week", "Tuesday last week", PUBLISHED, "past", "2021-08-24"),
    ("weekday_next_week", "Monday next week", PUBLISHED, "future", "2021-09-06"),
    ("early_next_month", "early next month", PUBLISHED, "future", "2021-10"),
    ("early_next_year", "early next year", PUBLISHED, "future", "2022"),
    ("two_years", "in 2020 and 2021", None, "past", None),
    ("time_of_day", "as of 06.00am on July 13", PUBLISHED, "past", "2021-07-13"),
    ("decade", "the 2010s", None, "past", None),
]


@pytest.mark.parametrize(("text", "published", "prefer", "expected"), [c[1:] for c in DATES],
                         ids=[c[0] for c in DATES])
def test_resolve_date(text: str, published: date | None, prefer: str, expected: str | None) -> None:
    assert resolve_date(text, published, prefer) == expected  # type: ignore[arg-type]


PARTIES = [
    ("alias", "DPRK", "North Korea"),
    ("capital", "Pyongyang", "North Korea"),
    ("leading_the", "the United States", "United States"),
    ("org_long", "World Health Organization", "WHO"),
    ("possessive", "China's", "China"),
    ("unknown_kept", "the Butantan Institute", "Butantan Institute"),
    ("unknown_city", "Ho Chi Minh City", "Ho Chi Minh City"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PARTIES], ids=[c[0] for c in PARTIES])
def test_canonical_party(text: str, expected: str) -> None:
    assert canonical_party(text) == expected


OUTPUT_PARTIES = [
    ("dateline_dash", "-North Korea", "North Korea"),  # "(Reuters) -North Korea has rejected ..."
    ("dateline_em_dash", "\u2014Ghana", "Ghana"),
    ("inner_dash_kept", "Guinea-Bissau", "Guinea-Bissau"),
    ("plain", "COVAX", "COVAX"),
    # a capital named as a place stands for its state in the tables (not to the deciders)
    ("capital", "Bamako", "Mali"),
    ("capital_of_a_dateline", "NIAMEY", "Niger"),
    # as does a seat of government or a former capital where doses land
    ("seat_of_government", "Abidjan", "Ivory Coast"),
    ("former_capital", "Yangon", "Myanmar"),
    ("seat_of_a_government_at_war", "Aden", "Yemen"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in OUTPUT_PARTIES], ids=[c[0] for c in OUTPUT_PARTIES])
def test_output_party(text: str, expected: str) -> None:
    assert output_party(text) == expected


# a bare "Congo" is the Democratic Republic of the Congo in an article that names it, and never the Republic
# (and "the Authority" the Palestinian Authority in an article that names it)
ARTICLE_NAMES = [
    ("named_in_full", "The Democratic Republic of Congo received 99,000 doses. Congo had asked for more.",
     {"Republic of the Congo": "DR Congo"}),
    ("named_by_initials", "The DRC received 99,000 doses. Congo had asked for more.", {"Republic of the Congo": "DR Congo"}),
    ("named_by_capital", "Officials in Kinshasa said Congo had asked for more doses.", {"Republic of the Congo": "DR Congo"}),
    ("both_named", "The DRC and Congo-Brazzaville received doses. Congo had asked for more.", {}),
    ("bare_only", "Congo had asked for more doses.", {}),
    # a long organisation name's last word, alone, is that one of the article's long names
    ("last_word_of_a_long_name", "The Palestinian Authority received doses. The Authority also bought more.",
     {"Authority": "Palestine"}),
    ("last_word_of_two_long_names", "The Russian Direct Investment Fund and the Global Fund paid. The Fund said so.", {}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ARTICLE_NAMES], ids=[c[0] for c in ARTICLE_NAMES])
def test_article_names(text: str, expected: dict[str, str]) -> None:
    assert article_names(text) == expected


@pytest.mark.parametrize(("value", "expected"), [("2021-09-02", date(2021, 9, 2)), ("2021-09-02T10:00:00Z", date(2021, 9, 2)),
                                                 (None, None), ("yesterday", None), ("2021-02-30", None)],
                         ids=["iso", "timestamp", "none", "words", "invalid"])
def test_parse_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


# the date a dateline at the top of an article gives (the base of its relative dates when metadata has none)
DATELINES = [
    ("day_month_year", "UNICEF delivers vaccines\n\nANTANANARIVO, 20 February 2019 - UNICEF today delivered",
     date(2019, 2, 20)),
    ("month_day_year_agency", "GENEVA, March 3, 2021 (WHO) - The WHO said", date(2021, 3, 3)),
    ("abbreviated_month", "NEW DELHI, Jan 5, 2021 (Reuters) - India said", date(2021, 1, 5)),
    ("no_year", "GENEVA, Nov 12 (AP) - The agency said", None),
    ("month_and_year_only", "MEXICO CITY, Nov 2009 - Mexico received", None),
    ("not_a_month", "LIMA, 5 Lots 2021 - Peru received", None),
    ("no_dateline", "Peru received 1 million doses on 20 February 2021 - the first batch.", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_dateline_date(text: str, expected: date | None) -> None:
    assert dateline_date(text) == expected
