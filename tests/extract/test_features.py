"""Named features of candidates and parties, read off real parses."""

from __future__ import annotations

from spacy.language import Language

from pipeline.extract.context import document_context
from pipeline.extract.document import Analysis, analyse
from pipeline.extract.features import EVENT_FEATURES, ROLE_FEATURES, STATUS_FEATURES, Select, collect
from pipeline.extract.roles import party_candidates
from pipeline.sentences import candidate_sentences, split_sentences


def _analyse(nlp: Language, text: str) -> Analysis:
    sentences = split_sentences(text)
    docs = {i: nlp(sentences[i].text) for i in candidate_sentences(sentences)}
    return analyse(text, sentences, docs, None)


def test_event_features_carry_the_rules_opinion_and_the_trigger(nlp: Language) -> None:
    analysis = _analyse(nlp, "Japan donated 1 million doses of the AstraZeneca vaccine to Vietnam.")
    (c,) = analysis.candidates
    x = collect(EVENT_FEATURES, c, analysis.context)
    assert x["trigger_word.trigger"] == "donated"
    assert x["rules_opinion.rule_type"] == "delivery"
    assert x["rules_opinion.kept"] == 1.0
    assert x["reading_fields.has_quantity"] == 1.0
    assert x["trigger_syntax.obj"] == "vaccine"


def test_an_approval_is_read_as_unlicensed(nlp: Language) -> None:
    analysis = _analyse(nlp, "Kenya has approved the emergency use of the Sputnik V vaccine.")
    x = collect(EVENT_FEATURES, analysis.candidates[0], analysis.context)
    assert x["rules_opinion.licensed"] == 0.0
    assert x["rules_opinion.licence"] == "approval"


def test_status_features_see_the_future_auxiliary(nlp: Language) -> None:
    analysis = _analyse(nlp, "UNICEF will deliver 300,000 doses of the measles vaccine to Chad.")
    x = collect(STATUS_FEATURES, analysis.candidates[0], analysis.context)
    assert x["verb_group.aux0_will"] == 1.0
    assert x["status_rules.rule_status"] == "planned"


def test_parties_come_from_the_sentence_the_one_before_and_the_headline(nlp: Language) -> None:
    text = ("Vietnam gets more vaccines from Japan\n\nThe talks were long. "
            "Officials of India were there too. The shipment of 1 million doses arrived on Tuesday.")
    analysis = _analyse(nlp, text)
    c = next(c for c in analysis.candidates if c.trigger.text == "arrived")
    names = {p.name for p in party_candidates(c, analysis.context)}
    assert {"Vietnam", "Japan", "India"} <= names


def test_role_features_give_the_path_from_trigger_to_party(nlp: Language) -> None:
    analysis = _analyse(nlp, "Japan donated 1 million doses to Vietnam.")
    (c,) = analysis.candidates
    by_name = {p.name: p for p in party_candidates(c, analysis.context)}
    to = collect(ROLE_FEATURES, c, by_name["Vietnam"], analysis.context)
    giver = collect(ROLE_FEATURES, c, by_name["Japan"], analysis.context)
    assert "pobj:to" in to["party_syntax.path_down"]
    assert giver["party_syntax.party_dep"] == "nsubj"
    assert giver["party_rules.rule_provider"] == 1.0 and to["party_rules.rule_recipient"] == 1.0


def test_a_vaccine_named_after_its_maker_names_the_maker_as_a_party(nlp: Language) -> None:
    analysis = _analyse(nlp, "Chile received 2 million Sinovac doses.")
    mentions = analysis.context.mentions[0]
    assert ("Sinovac", "MAKER") in {(m.name, m.label) for m in mentions}


def test_select_keeps_the_named_functions_and_leaves_texts_to_text_models(nlp: Language) -> None:
    analysis = _analyse(nlp, "Japan donated 1 million doses to Vietnam.")
    x = collect(EVENT_FEATURES, analysis.candidates[0], analysis.context)
    (every,) = Select().transform([x])
    (only,) = Select(("trigger_word",)).transform([x])
    assert "article_words.text" in x and "article_words.text" not in every
    assert set(only) == {k for k in x if k.startswith("trigger_word.")}


def test_document_context_counts_each_party(nlp: Language) -> None:
    text = "Ghana received doses. Ghana thanked COVAX."
    sentences = split_sentences(text)
    ctx = document_context(text, sentences, {0: nlp(sentences[0].text)}, None, "Ghana")
    assert ctx.counts["Ghana"] == 2 and ctx.counts["COVAX"] == 1
