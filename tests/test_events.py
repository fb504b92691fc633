from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from spacy.language import Language

from pipeline.extract.records import Context, Event
from pipeline.extract.rules import extract
from pipeline.extract.status import scheduled_present

# (id, sentence, expected event: type, status, provider, recipient, vaccine, quantity, unit, qualifier)
CASES = [
    ("rejection", "Eritrea has rejected about 500,000 doses of China's Sinopharm vaccine.",
     ("rejection", "asserted", [], ["Eritrea"], ["Sinopharm"], 500_000, "doses", "about")),
    ("offer_passive", "The 1.2 million doses being offered to Burundi by COVAX were never collected.",
     ("offer", "asserted", ["COVAX"], ["Burundi"], [], 1_200_000, "doses", "exact")),
    ("planned_delivery", "UNICEF will deliver 300,000 doses of the measles vaccine to Chad next month.",
     ("delivery", "planned", ["UNICEF"], ["Chad"], ["measles"], 300_000, "doses", "exact")),
    ("receive_from", "Laos received 800,000 Pfizer doses from Japan.",
     ("delivery", "asserted", ["Japan"], ["Laos"], ["Pfizer-BioNTech"], 800_000, "doses", "exact")),
    ("purchase_from", "Chile signed a deal to buy 10 million doses from Sinovac.",
     ("purchase", "asserted", ["Sinovac"], ["Chile"], ["Sinovac"], 10_000_000, "doses", "exact")),
    ("request", "Tanzania asked for 2 million doses from COVAX.",
     ("request", "asserted", ["COVAX"], ["Tanzania"], [], 2_000_000, "doses", "exact")),
    ("administration", "Kenya has vaccinated more than 1.5 million people.",
     ("administration", "asserted", ["Kenya"], ["Kenya"], [], 1_500_000, "people", "more_than")),
    # a state described by where it lies: the place names no party
    ("only_country_in_africa_that", "Eritrea is the only other country in Africa that has not started vaccinating.",
     ("administration", "negated", ["Eritrea"], ["Eritrea"], [], None, None, None)),
    # people counted as who vaccinates are not the vaccinated, nor the doses
    ("nurses_who_administer", "About 2,000 nurses will administer the vaccine.",
     ("administration", "planned", [], [], [], None, None, None)),
    ("health_workers_who_went_to_administer", "About 260,000 health workers went door to door to administer the drops, "
                                              "using vaccine supplied by UNICEF.",
     ("administration", "asserted", [], [], [], None, None, None)),
    # a place in an apposition comparing what was done is no place it was done in
    ("lowest_rates_in_europe", "Ukraine has vaccinated about 2 million people, one of the lowest rates in Europe.",
     ("administration", "asserted", ["Ukraine"], ["Ukraine"], [], 2_000_000, "people", "about")),
    ("negated", "The shipment of AstraZeneca vaccines to Mongolia was not delivered.",
     ("delivery", "negated", [], ["Mongolia"], ["AstraZeneca"], None, None, None)),
    ("pledge_infinitive", "France pledged to send half a million doses to Niger.",
     ("offer", "asserted", ["France"], ["Niger"], [], 500_000, "doses", "exact")),
    # doses shared in the passive, with whom and by whom
    # doses pledged, with a clause whose infinitive moves them: who pledged them sends them
    ("pledged_then_expected_to_arrive", "China has pledged 300,000 doses of Sinopharm, which are expected to arrive "
                                        "this month.",
     ("delivery", "planned", ["China"], [], ["Sinopharm"], 300_000, "doses", "exact")),
    # ... and the infinitive of a clause on the vaccine the doses are of counts those doses, of that vaccine
    ("doses_of_a_vaccine_expected_to_arrive", "Cambodia has also purchased 1.5 million doses of Sinovac, which are "
                                              "expected to arrive in April, and received 324,000 AstraZeneca doses "
                                              "through COVAX.",
     ("delivery", "planned", [], [], ["Sinovac"], 1_500_000, "doses", "exact")),
    ("shared_in_the_passive", "1 million doses will be shared with Laos by Thailand.",
     ("offer", "asserted", ["Thailand"], ["Laos"], [], 1_000_000, "doses", "exact")),
    # a pledge to buy pledges no doses: it is the buying (EVENTS.md 1: an offer gives doses to a recipient)
    ("pledge_to_buy", "Peru promised to buy 5 million doses from China.",
     ("purchase", "asserted", ["China"], ["Peru"], [], 5_000_000, "doses", "exact")),
    ("donated_by", "Nepal received 1.9m doses donated by India.",
     ("delivery", "asserted", ["India"], ["Nepal"], [], 1_900_000, "doses", "exact")),
    ("nationality_origin", "Serbia received 500,000 doses of the Russian vaccine.",
     ("delivery", "asserted", ["Russia"], ["Serbia"], [], 500_000, "doses", "exact")),
    ("nationality_state", "The Japanese government donated 1 million doses to Laos.",
     ("delivery", "asserted", ["Japan"], ["Laos"], [], 1_000_000, "doses", "exact")),
    ("approved_procurement", "Peru approved the procurement of 2 million doses of the Sinopharm vaccine.",
     ("purchase", "asserted", [], ["Peru"], ["Sinopharm"], 2_000_000, "doses", "exact")),
    ("doses_coming", "A further 200,000 doses of the vaccine are coming to Ghana next month.",
     ("delivery", "planned", [], ["Ghana"], [], 200_000, "doses", "exact")),
    ("awaiting_shipment", "Fiji is awaiting a shipment of 100,000 doses from Australia.",
     ("delivery", "planned", ["Australia"], ["Fiji"], [], 100_000, "doses", "exact")),
    ("waiting_for_doses", "Kenya is still waiting for 1 million doses of AstraZeneca from COVAX.",
     ("delivery", "planned", ["COVAX"], ["Kenya"], ["AstraZeneca"], 1_000_000, "doses", "exact")),
    # who sold the doses awaited sends them
    ("waiting_for_doses_bought", "Honduras is still waiting for 1.4 million doses it bought from Russia.",
     ("delivery", "planned", ["Russia"], ["Honduras"], [], 1_400_000, "doses", "exact")),
    ("appealed_to_for", "Papua New Guinea has appealed to Australia for 8,000 doses.",
     ("request", "asserted", ["Australia"], ["Papua New Guinea"], [], 8_000, "doses", "exact")),
    ("doses_expected", "A further 8,000 doses are expected from COVAX in May.",
     ("delivery", "planned", ["COVAX"], [], [], 8_000, "doses", "exact")),
    ("funding_from", "Nepal bought 1 million doses from India with funding from the World Bank.",
     ("purchase", "asserted", ["India"], ["Nepal"], [], 1_000_000, "doses", "exact")),
    ("donation_from_held_by_no_party", "The shipment follows a donation of 50,000 doses of the Sinopharm vaccine from "
                                       "China.",
     ("delivery", "asserted", ["China"], [], ["Sinopharm"], 50_000, "doses", "exact")),
    ("funded_by", "Kenya has received 370,000 doses of the malaria vaccine, funded by Gavi.",
     ("delivery", "asserted", [], ["Kenya"], ["malaria"], 370_000, "doses", "exact")),
    ("under_financing", "Lebanon receives Pfizer vaccines under World Bank financing",
     ("delivery", "asserted", [], ["Lebanon"], ["Pfizer-BioNTech"], None, None, None)),
    ("fund_as_party", "Peru signed an agreement with the Russian Fund for Direct Investment for 20 million doses.",
     ("purchase", "asserted", ["Russian Direct Investment Fund"], ["Peru"], [], 20_000_000, "doses", "exact")),
    ("fund_named_after_its_state", "Peru signed an agreement with Russia's Direct Investment Fund for 20 million doses.",
     ("purchase", "asserted", ["Russia", "Russian Direct Investment Fund"], ["Peru"], [], 20_000_000, "doses",
      "exact")),
    ("given_back", "Papua New Guinea has given back 200,000 doses of the AstraZeneca vaccine to Australia.",
     ("rejection", "asserted", ["Australia"], ["Papua New Guinea"], ["AstraZeneca"], 200_000, "doses", "exact")),
    ("handed_back", "Malawi handed back 16,000 expired doses to COVAX.",
     ("rejection", "asserted", ["COVAX"], ["Malawi"], [], 16_000, "doses", "exact")),
    ("returned_to_a_maker", "The Philippines returned 100,000 doses to Moderna.",
     ("rejection", "asserted", ["Moderna"], ["Philippines"], ["Moderna"], 100_000, "doses", "exact")),
    ("deal_with_maker", "Kenya made a deal with Johnson & Johnson to supply 5 million doses.",
     ("purchase", "asserted", ["Johnson & Johnson"], ["Kenya"], ["Johnson & Johnson"], 5_000_000, "doses", "exact")),
    ("maker_deal_with_buyer", "Pfizer signed a deal with the African Union to deliver 50 million doses.",
     ("purchase", "asserted", ["Pfizer"], ["African Union"], ["Pfizer-BioNTech"], 50_000_000, "doses", "exact")),
    ("application", "Nepal submitted an application to receive 500,000 doses.",
     ("request", "asserted", [], ["Nepal"], [], 500_000, "doses", "exact")),
    ("offer_owner", "Bolivia rejected the Canadian offer of 200,000 doses.",
     ("rejection", "asserted", ["Canada"], ["Bolivia"], [], 200_000, "doses", "exact")),
    ("offer_owner_before_vaccine_noun", "Taiwan rejects China's vaccine offer as political ploy",
     ("rejection", "asserted", ["China"], ["Taiwan"], [], None, None, None)),
    ("offer_owner_a_maker", "Brazil turned down Pfizer's offer of 70 million doses.",
     ("rejection", "asserted", ["Pfizer"], ["Brazil"], ["Pfizer-BioNTech"], 70_000_000, "doses", "exact")),
    # a vaccine named before a word of vaccinating owns nothing: who suspends the rollout vaccinates (EVENTS.md 6.5)
    ("rollout_named_by_its_vaccine", "Uganda suspends AstraZeneca rollout",
     ("administration", "negated", ["Uganda"], ["Uganda"], ["AstraZeneca"], None, None, None)),
    # the state whose clause a phrase of time on an arrival opens received it
    ("arrival_before_the_clause", "Following the arrival of 300,000 doses from India, Sri Lanka began vaccinating.",
     ("delivery", "asserted", ["India"], ["Sri Lanka"], [], 300_000, "doses", "exact")),
    ("withheld_from_unnamed_people", "Thailand denies COVID vaccines to migrants from Myanmar.",
     ("administration", "negated", ["Thailand"], [], [], None, None, None)),
    ("passive_rejection_of_offer", "The 800,000 doses offered to Nepal by COVAX were rejected.",
     ("rejection", "asserted", ["COVAX"], ["Nepal"], [], 800_000, "doses", "exact")),
    # where the doses turned down came from gave them
    ("passive_rejection_from", "Two million doses of Sinovac from China were rejected by the regulator.",
     ("rejection", "asserted", ["China"], [], ["Sinovac"], 2_000_000, "doses", "exact")),
    ("possessive_origin", "Serbia will receive 40,000 doses of Russia's Sputnik V vaccine.",
     ("delivery", "planned", ["Russia"], ["Serbia"], ["Sputnik V"], 40_000, "doses", "exact")),
    ("headline_infinitive_subject", "Canada to donate 5 million more AstraZeneca doses to poorer countries",
     ("offer", "asserted", ["Canada"], [], ["AstraZeneca"], 5_000_000, "doses", "exact")),
    # the party a buyer negotiates or agrees with sells; one it merely works with does not
    ("negotiating_with_to_buy", "Vietnam is negotiating with Moderna to buy 5 million doses.",
     ("purchase", "planned", ["Moderna"], ["Vietnam"], ["Moderna"], 5_000_000, "doses", "exact")),
    ("worked_with_to_buy", "Kenya worked with the World Bank to buy 10 million doses.",
     ("purchase", "asserted", [], ["Kenya"], [], 10_000_000, "doses", "exact")),
    # a donation announced is promised; a shipment announced was made
    ("announced_a_donation", "Germany announced a donation of 100,000 doses of the AstraZeneca vaccine to Namibia.",
     ("offer", "asserted", ["Germany"], ["Namibia"], ["AstraZeneca"], 100_000, "doses", "exact")),
    ("announced_a_shipment", "UNICEF announced the shipment of 117,600 doses to Togo on Thursday.",
     ("delivery", "asserted", ["UNICEF"], ["Togo"], [], 117_600, "doses", "exact")),
    ("pledge_by", "The announcement follows a pledge by the G7 to provide 1 billion doses to poorer countries.",
     ("offer", "asserted", ["G7"], [], [], 1_000_000_000, "doses", "exact")),
    ("countries_counted_receive", "Five countries receive doses from COVAX this week.",
     ("delivery", "asserted", ["COVAX"], [], [], None, None, None)),
    ("ferried", "New Zealand ferried 10,000 doses to Samoa.",
     ("delivery", "asserted", ["New Zealand"], ["Samoa"], [], 10_000, "doses", "exact")),
    ("headline_present_donates", "China donates 500,000 Sinopharm doses to Nepal",
     ("delivery", "asserted", ["China"], ["Nepal"], ["Sinopharm"], 500_000, "doses", "exact")),
    ("headline_infinitive_give", "France to give 30m doses to COVAX by year-end",
     ("offer", "asserted", ["France"], ["COVAX"], [], 30_000_000, "doses", "exact")),
    # a headline's name the parser takes for its verb's compound is the verb's subject
    ("headline_name_as_compound", "Africa CDC appeals for mpox vaccines as cases rise",
     ("request", "asserted", [], ["Africa CDC"], ["mpox"], None, None, None)),
    ("title_case_name_as_compound", "India Gifts 100,000 Doses To Mauritius",
     ("delivery", "asserted", ["India"], ["Mauritius"], [], 100_000, "doses", "exact")),
    ("supplied_through_channel", "The vaccines were supplied through the COVAX Facility.",
     ("delivery", "asserted", ["COVAX"], [], [], None, None, None)),
    ("sent_as_part_of", "Two million doses were sent to Ghana as part of the COVAX programme.",
     ("delivery", "asserted", ["COVAX"], ["Ghana"], [], 2_000_000, "doses", "exact")),
    ("announced_ban_is_the_announcers", "Ghanaian President John Mensah announced a ban on vaccines from Russia.",
     ("rejection", "asserted", ["Russia"], ["Ghana"], [], None, None, None)),
    ("seller_is_not_the_buyer", "Kenya has sold a million doses of the AstraZeneca vaccine to Uganda.",
     ("purchase", "asserted", ["Kenya"], ["Uganda"], ["AstraZeneca"], 1_000_000, "doses", "exact")),
    ("received_commitment_is_offer", "Peru received a supply commitment of 2 million doses from Pfizer.",
     ("offer", "asserted", ["Pfizer"], ["Peru"], ["Pfizer-BioNTech"], 2_000_000, "doses", "exact")),
    ("asked_to_pause_is_rejection", "The Africa CDC asked that all vaccine donations be paused.",
     ("rejection", "asserted", [], ["Africa CDC"], [], None, None, None)),
    ("person_receiving_is_vaccinated", "She received the Sinovac vaccine last week.",
     ("administration", "asserted", [], [], ["Sinovac"], None, None, None)),
    ("speaker_is_not_the_donor", "Mexico said should there be another donation of Hayat-Vax, it would be welcome.",
     ("delivery", "planned", [], [], ["Sinopharm"], None, None, None)),
    ("says_no_to", "Fiji says 'no' to the Sinovac vaccine.",
     ("rejection", "asserted", [], ["Fiji"], ["Sinovac"], None, None, None)),
    ("expects_vaccines", "Ghana expects 300,000 more vaccines from COVAX in May.",
     ("delivery", "planned", ["COVAX"], ["Ghana"], [], 300_000, "doses", "exact")),
    ("no_longer_accept", "Nigeria said it would no longer accept vaccines with a short shelf life.",
     ("rejection", "planned", [], ["Nigeria"], [], None, None, None)),
    ("stopped_accepting", "Nigeria has stopped accepting vaccines with a short shelf life.",
     ("rejection", "asserted", [], ["Nigeria"], [], None, None, None)),
    ("never_accepted", "Tanzania has never accepted vaccines from COVAX.",  # EVENTS.md 2: negated, not refused
     ("delivery", "negated", ["COVAX"], ["Tanzania"], [], None, None, None)),
    ("use_put_on_hold", "Kenya put the use of AstraZeneca's shot on hold.",
     ("administration", "negated", ["Kenya"], ["Kenya"], ["AstraZeneca"], None, None, None)),
    ("no_vaccines_arrived", "No vaccines have arrived in Burundi so far.",
     ("delivery", "negated", [], ["Burundi"], [], None, None, None)),
    ("nor_clause", "The government had not made any payments, nor were any vaccines delivered to Peru.",
     ("delivery", "negated", [], ["Peru"], [], None, None, None)),
    ("offer_made_now", "Japan will donate 3 million doses to Vietnam next month.",
     ("offer", "asserted", ["Japan"], ["Vietnam"], [], 3_000_000, "doses", "exact")),
    ("offer_only_likely", "India is also likely to give 1 million doses to Nepal.",
     ("offer", "planned", ["India"], ["Nepal"], [], 1_000_000, "doses", "exact")),
    ("willing_to_offer", "Sweden was willing to provide COVID-19 vaccine aid to Kenya.",
     ("offer", "asserted", ["Sweden"], ["Kenya"], [], None, None, None)),
    ("no_plan_made", "Norway did not make a plan to provide vaccines to Chad.",
     ("offer", "negated", ["Norway"], ["Chad"], [], None, None, None)),
    ("state_gives_its_public", "Bahrain announced plans to give the public free vaccines.",
     ("offer", "asserted", ["Bahrain"], ["Bahrain"], [], None, None, None)),
    ("state_provides_its_citizens", "Oman will provide 1 million doses to its citizens.",
     ("offer", "asserted", ["Oman"], ["Oman"], [], 1_000_000, "doses", "exact")),
    ("will_be_provided_is_offer", "Two million doses will be provided to Chad by UNICEF.",
     ("offer", "asserted", ["UNICEF"], ["Chad"], [], 2_000_000, "doses", "exact")),
    ("cancelled_import", "Peru's import of American vaccines has been canceled.",
     ("purchase", "negated", ["United States"], ["Peru"], [], None, None, None)),
    ("withdrawn_order", "Nigeria withdrew its order for 1 million doses of Sputnik V.",
     ("purchase", "negated", [], ["Nigeria"], ["Sputnik V"], 1_000_000, "doses", "exact")),
    ("suspended_contract", "Brazil chose to suspend the contract for Covaxin vaccines.",
     ("purchase", "negated", [], ["Brazil"], ["Covaxin"], None, None, None)),
    # doses passed on, handed or redistributed to a party are given to it
    ("passed_on", "Norway will pass on 700,000 doses of Moderna to Sweden and Iceland.",
     ("delivery", "planned", ["Norway"], ["Sweden", "Iceland"], ["Moderna"], 700_000, "doses", "exact")),
    ("handed", "France handed 500,000 doses to Tunisia.",
     ("delivery", "asserted", ["France"], ["Tunisia"], [], 500_000, "doses", "exact")),
    ("redistributed", "Spain will redistribute 7.5 million doses to Latin America.",
     ("delivery", "planned", ["Spain"], ["Latin America"], [], 7_500_000, "doses", "exact")),
    # a deal noun's own infinitive names the seller, and what an order is for its maker
    ("agreement_to_import_from", "Sri Lanka finalised an agreement to import 13.5 million doses from Russia.",
     ("purchase", "asserted", ["Russia"], ["Sri Lanka"], [], 13_500_000, "doses", "exact")),
    ("order_for_doses_of", "Pakistan placed an order for 10 million doses of CanSino.",
     ("purchase", "asserted", ["CanSino"], ["Pakistan"], ["CanSino"], 10_000_000, "doses", "exact")),
    # doses of a maker's vaccine a relative clause says were ordered were bought from the maker
    ("ordered_in_a_relative_clause", "Peru will not use the 1 million Sinopharm doses that it ordered.",
     ("purchase", "asserted", ["Sinopharm"], ["Peru"], ["Sinopharm"], 1_000_000, "doses", "exact")),
    # a vaccine dropped from a rollout is no longer given
    ("dropped_from_the_rollout", "Denmark dropped the AstraZeneca vaccine from its rollout.",
     ("administration", "negated", ["Denmark"], ["Denmark"], ["AstraZeneca"], None, None, None)),
    ("person_receiving_a_shipment", "President Ruto was at the airport to receive the first shipment of vaccines.",
     ("delivery", "asserted", [], [], [], None, None, None)),
    # a person who receives a count of doses, more than a series, takes in a delivery
    ("person_receiving_counted_doses", "President Sagasti received the first 300,000 doses at the airport.",
     ("delivery", "asserted", [], [], [], 300_000, "doses", "exact")),
    ("doses_to_be_shipped", "This is part of a total of 6.4m vaccine doses to be shipped to Ghana in August.",
     ("delivery", "planned", [], ["Ghana"], [], 6_400_000, "doses", "exact")),
    ("from_a_list_of_vaccines", "Laos has received 2 million doses from AstraZeneca, Sputnik V and Pfizer.",
     ("delivery", "asserted", [], ["Laos"], ["AstraZeneca", "Sputnik V", "Pfizer-BioNTech"], 2_000_000, "doses",
      "exact")),
    ("health_minister_is_no_party", "Health Minister Ana Ruiz said the government bought 2 million doses.",
     ("purchase", "asserted", [], [], [], 2_000_000, "doses", "exact")),
    ("origin_before_other_modifiers", "Iran's import of American Pfizer Covid-19 vaccines has been canceled.",
     ("purchase", "negated", ["United States"], ["Iran"], ["Pfizer-BioNTech"], None, None, None)),
    ("gift_within_a_purchase_is_no_seller",
     "Nepal has secured 10 million doses of the vaccine, including 1 million from the Indian government as a gift.",
     ("purchase", "asserted", [], ["Nepal"], [], 10_000_000, "doses", "exact")),
    ("developer_named_for_the_vaccine", "A syringe with the vaccine developed by China's Sinopharm company is seen "
                                        "beside a package from the first shipment of vaccines in Hungary.",
     ("delivery", "asserted", ["China", "Sinopharm"], ["Hungary"], ["Sinopharm"], None, None, None)),
    # a part of doses that arrives comes from who promised the whole
    ("part_of_doses_promised_arrives", "Of the 3 million doses promised by China, 1 million have arrived.",
     ("delivery", "asserted", ["China"], [], [], 1_000_000, "doses", "exact")),
    # a vaccine named in the stead of another is not the one moved
    ("vaccine_instead_of", "Venezuela has requested that COVAX send it 2.4 million doses of Sinovac instead of "
                           "AstraZeneca.",
     ("request", "asserted", ["COVAX"], ["Venezuela"], ["Sinovac"], 2_400_000, "doses", "exact")),
    ("vaccine_set_aside", "Aside from Sinopharm, another 813,150 doses of Pfizer vaccine were delivered to Peru.",
     ("delivery", "asserted", [], ["Peru"], ["Pfizer-BioNTech"], 813_150, "doses", "exact")),
    ("shared_with", "We are sharing vaccines with Honduras because it is right for our collective security.",
     ("delivery", "asserted", [], ["Honduras"], [], None, None, None)),
    ("returned_to_its_giver", "Malawi returned 16,000 expired doses of the AstraZeneca vaccine to COVAX.",
     ("rejection", "asserted", ["COVAX"], ["Malawi"], ["AstraZeneca"], 16_000, "doses", "exact")),
    ("sent_back_to_its_giver", "Kenya sent back 300,000 doses to COVAX.",
     ("rejection", "asserted", ["COVAX"], ["Kenya"], [], 300_000, "doses", "exact")),
    # EVENTS.md 6.5: a country's people vaccinated there are its own; defectors in a country are not
    ("people_in_a_country", "More than 3.8 million people in Vietnam have received the first shot.",
     ("administration", "asserted", ["Vietnam"], ["Vietnam"], [], 3_800_000, "people", "more_than")),
    ("people_in_a_country_passive", "Nearly 5,000 health workers in Liberia were vaccinated against Ebola.",
     ("administration", "asserted", ["Liberia"], ["Liberia"], ["Ebola"], 5_000, "people", "nearly")),
    ("outsiders_in_a_country", "North Korean defectors in China have not received a single dose of the vaccine.",
     ("administration", "negated", ["China"], [], [], None, None, None)),
    # EVENTS.md 1: giving doses to people is administering them; enough doses to give them is a need
    ("doses_given_to_people", "Indonesia has given at least one dose to 50 million people.",
     ("administration", "asserted", ["Indonesia"], ["Indonesia"], [], 50_000_000, "people", "exact")),
    # who gives (EVENTS.md 2): the party asked, where the doses came from, and who is given them in a passive
    ("vaccine_of_a_clause_of_its_own", "Zambia will get 500,000 doses of Sinopharm from China, while talks with India "
                                       "on a supply of Covishield continue.",
     ("delivery", "planned", ["China"], ["Zambia"], ["Sinopharm"], 500_000, "doses", "exact")),
    ("headline_count_with_m", "Kenya gets 1m AstraZeneca doses from UK",
     ("delivery", "asserted", ["United Kingdom"], ["Kenya"], ["AstraZeneca"], 1_000_000, "doses", "exact")),
    ("a_facility_is_where_not_who", "The vaccines were handed over to Zambia by the US ambassador at Kenneth Kaunda "
                                    "International Airport.",
     ("delivery", "asserted", ["United States"], ["Zambia"], [], None, None, None)),
    ("asked_party_gives", "Nepal asked China for 4 million doses.",
     ("request", "asserted", ["China"], ["Nepal"], [], 4_000_000, "doses", "exact")),
    ("asking_while_writing_to", "Fiji approached Australia seeking 200,000 more doses.",
     ("request", "asserted", ["Australia"], ["Fiji"], [], 200_000, "doses", "exact")),
    # "requested that X do": what X is to do with the doses is asked of X
    ("requested_that_a_party_speed_up", "Ecuador has requested that Russia speed up delivery of the 2 million doses.",
     ("request", "asserted", ["Russia"], ["Ecuador"], [], 2_000_000, "doses", "exact")),
    # the parser may make whom it was written to the subject of the asking
    ("written_to_the_subject_of_seeking", "Ghana has written to the WHO seeking 500,000 doses of oral polio vaccine.",
     ("request", "asserted", ["WHO"], ["Ghana"], ["polio"], 500_000, "doses", "exact")),
    ("asking_two_parties", "Vietnam wrote to Japan and Australia asking for 1 million more doses.",
     ("request", "asserted", ["Japan", "Australia"], ["Vietnam"], [], 1_000_000, "doses", "exact")),
    ("pleaded_with_party_for", "Guatemala pleaded with the United States for vaccines.",
     ("request", "asserted", ["United States"], ["Guatemala"], [], None, None, None)),
    # a state receiving its first doses takes delivery; a person receiving a first dose is vaccinated
    ("state_receives_first_doses", "Philippines receives first Novavax doses",
     ("delivery", "asserted", [], ["Philippines"], ["Novavax"], None, None, None)),
    # granting a request for doses is no approval of a vaccine; whoever grants it was asked
    ("approved_request_for_doses", "The ICG approved Nigeria's request for 1.2 million doses in October.",
     ("request", "asserted", ["ICG"], ["Nigeria"], [], 1_200_000, "doses", "exact")),
    # approving a donation of doses decides to give them: an offer, to whom the approving verb names
    ("approved_donation", "China has approved a donation of 500,000 doses to Nepal.",
     ("offer", "asserted", ["China"], ["Nepal"], [], 500_000, "doses", "exact")),
    ("vowed_to_supply", "Beijing has vowed to supply 2 million doses to Indonesia.",
     ("offer", "asserted", ["China"], ["Indonesia"], [], 2_000_000, "doses", "exact")),
    # reserving or booking doses buys them
    ("reserved_doses", "Argentina has reserved 22 million doses of AstraZeneca.",
     ("purchase", "asserted", ["AstraZeneca"], ["Argentina"], ["AstraZeneca"], 22_000_000, "doses", "exact")),
    ("booked_doses", "Malaysia has booked 12.8 million doses of Pfizer.",
     ("purchase", "asserted", ["Pfizer"], ["Malaysia"], ["Pfizer-BioNTech"], 12_800_000, "doses", "exact")),
    # a batch of a bare count is a batch of the doses the article speaks of
    ("batch_of_a_bare_count", "The fund, which markets the vaccine abroad, said a second batch of 400,000 would follow "
                              "in February.", ("delivery", "planned", [], [], [], 400_000, "doses", "exact")),
    ("welcomed_doses", "Uganda welcomed 864,000 doses of AstraZeneca on Friday.",
     ("delivery", "asserted", [], ["Uganda"], ["AstraZeneca"], 864_000, "doses", "exact")),
    # the city a flight came from gives nothing; a state's capital stands for the state
    ("flight_from_a_city", "The doses arrived in Accra aboard an Emirates flight from Mumbai.",
     ("delivery", "asserted", [], ["Ghana"], [], None, None, None)),
    ("flight_from_a_capital", "The vaccines arrived from Moscow on a cargo plane.",
     ("delivery", "asserted", ["Russia"], [], [], None, None, None)),
    # a line of a list or round-up that opens with a country and a colon tells of that country
    ("line_of_a_list", "- Rwanda: 240,000 doses of AstraZeneca arrived through COVAX on March 3.",
     ("delivery", "asserted", ["COVAX"], ["Rwanda"], ["AstraZeneca"], 240_000, "doses", "exact")),
    # verbs of one passive share their agent
    ("passive_verbs_share_agent", "The vaccines were procured and delivered by UNICEF.",
     ("delivery", "asserted", ["UNICEF"], [], [], None, None, None)),
    ("passive_verbs_share_agent_backwards", "The vaccines were procured and delivered by UNICEF.",
     ("purchase", "asserted", [], ["UNICEF"], [], None, None, None)),
    # a channel's description names no further giver
    ("channel_described", "Honduras received 100,800 doses through the COVAX Facility, a mechanism co-led by Gavi, "
                          "CEPI and the World Health Organization.",
     ("delivery", "asserted", ["COVAX"], ["Honduras"], [], 100_800, "doses", "exact")),
    # a relative clause on the last noun of the phrase that names the doses tells of them
    ("relative_clause_after_the_source", "Timor-Leste accepted the offer of 100,000 doses of Sinovac from China, which "
                                         "are expected to arrive in June.",
     ("delivery", "planned", ["China"], ["Timor-Leste"], ["Sinovac"], 100_000, "doses", "exact")),
    # doses given to no one named go into arms
    ("doses_given_in_a_country", "A total of 1.2 million doses have been given in Uganda so far.",
     ("administration", "asserted", ["Uganda"], ["Uganda"], [], 1_200_000, "doses", "exact")),
    # shots (not doses, which may be gifts) that a country has given to no one named went into arms
    ("shots_given", "Kenya has given 1.2 million shots so far.",
     ("administration", "asserted", ["Kenya"], ["Kenya"], [], 1_200_000, "doses", "exact")),
    # a count with "more" or "another" counts more of the doses named ("1 billion more" has its own test above)
    ("promised_more", "Serbia donated 4,680 doses of Pfizer vaccine to North Macedonia and has promised 2,000 more "
                      "to Montenegro.",
     ("offer", "asserted", ["Serbia"], ["Montenegro"], ["Pfizer-BioNTech"], 2_000, "doses", "exact")),
    # "of which" tells what befell a part of the doses: its own happening, with its own count
    ("part_of_which_arrived", "Bangladesh has purchased 15 million doses from Sinopharm, of which 4 million have "
                              "arrived.",
     ("delivery", "asserted", ["Sinopharm"], ["Bangladesh"], ["Sinopharm"], 4_000_000, "doses", "exact")),
    ("first_of_which_due", "Russia signed a deal for 38 million Sputnik V doses, the first 300,000 of which were due "
                           "to arrive in March.",
     ("delivery", "planned", [], [], ["Sputnik V"], 300_000, "doses", "exact")),
    # what a relative clause says of a party counts none of the doses
    ("count_of_a_party_clause", "The vaccines were provided by UNICEF, which also trained 20,000 health workers.",
     ("delivery", "asserted", ["UNICEF"], [], [], None, None, None)),
    # doses resold are sold; doses borrowed are received from the lender
    ("resold", "Poland resold 1 million doses to Australia.",
     ("purchase", "asserted", ["Poland"], ["Australia"], [], 1_000_000, "doses", "exact")),
    ("borrowed", "Vietnam borrowed 500,000 doses from Australia.",
     ("delivery", "asserted", ["Australia"], ["Vietnam"], [], 500_000, "doses", "exact")),
    # "the first to get": who the copula says is the first
    ("first_to_get_the_jab", "Health workers in Lusaka were the first to get the jab.",
     ("administration", "asserted", ["Zambia"], ["Zambia"], [], None, None, None)),
    # the name beside a description is the party it describes
    ("from_the_company_named", "Peru received a new shipment of vaccine doses from the Chinese pharmaceutical company "
                               "Sinopharm on Sunday.",
     ("delivery", "asserted", ["Sinopharm"], ["Peru"], ["Sinopharm"], None, None, None)),
    # a word in lower case the parser takes for a place names no party
    ("common_noun_as_place", "Portugal made 1 million doses available to its former colonies.",
     ("offer", "asserted", ["Portugal"], [], [], 1_000_000, "doses", "exact")),
    # a bare count that what follows tells was given counts the doses named
    ("bare_count_given_by", "The government will buy 400,000 doses of Sinopharm and has received 200,000 donated by "
                            "China.",
     ("delivery", "asserted", ["China"], [], ["Sinopharm"], 200_000, "doses", "exact")),
    # a trigger in what a relative clause says of a party counts only what the clause counts
    # (nor the vaccine: the clause names none of its own)
    ("count_outside_a_party_clause", "Seychelles, which has vaccinated more than 60% of its adults, also received "
                                     "100,000 Covishield doses from India in January.",
     ("administration", "asserted", ["Seychelles"], ["Seychelles"], [], None, None, None)),
    # doses lent are doses delivered
    ("lent", "Chile lent Paraguay 20,000 doses of Sinovac last month.",
     ("delivery", "asserted", ["Chile"], ["Paraguay"], ["Sinovac"], 20_000, "doses", "exact")),
    # a bare count of millions counts the doses named
    ("bare_millions", "Nepal had bought 2 million Covishield doses but received only 1 million before the ban.",
     ("delivery", "asserted", [], ["Nepal"], ["AstraZeneca"], 1_000_000, "doses", "exact")),
    # what arrives, named as the subject of the verb governing the arrival, says where it came from
    ("doses_from_due_to_arrive", "A further 101,000 doses from the United States are due to arrive on Saturday.",
     ("delivery", "planned", ["United States"], [], [], 101_000, "doses", "exact")),
    # a further count joined to the "from" phrase, given by its own participle, is no part of where the first came from
    ("from_and_a_further_count_donated_by", "Honduras has received 59,000 doses from COVAX and 48,000 donated by "
                                            "Israel.",
     ("delivery", "asserted", ["COVAX"], ["Honduras"], [], 59_000, "doses", "exact")),
    # a state holding a donation from another receives it
    ("welcomed_donation_from", "Tonga welcomed a donation of 20,000 doses from New Zealand.",
     ("delivery", "asserted", ["New Zealand"], ["Tonga"], [], 20_000, "doses", "exact")),
    # what arrived and is welcomed is received; what is welcomed and not received is the happening told
    ("welcomed_the_arrival_of", "Mongolia welcomed the arrival of 100,000 doses of the Sputnik V vaccine, a gift from "
                                "the Russian Federation.",
     ("delivery", "asserted", ["Russia"], ["Mongolia"], ["Sputnik V"], 100_000, "doses", "exact")),
    ("welcomed_the_offer_of", "Ghana welcomed the offer of 1 million doses from China.",
     ("offer", "asserted", ["China"], ["Ghana"], [], 1_000_000, "doses", "exact")),
    ("asked_to_donate", "Nepal asked China to donate 4 million doses.",
     ("request", "asserted", ["China"], ["Nepal"], [], 4_000_000, "doses", "exact")),
    ("asks_party_for", "Tunisia asks WHO for measles vaccines",
     ("request", "asserted", ["WHO"], ["Tunisia"], ["measles"], None, None, None)),
    ("request_with_a_light_verb", "Tunisia submitted a request to the WHO for 1 million doses of measles vaccine.",
     ("request", "asserted", ["WHO"], ["Tunisia"], ["measles"], 1_000_000, "doses", "exact")),
    ("landed_from", "The first batch of 600,000 doses from COVAX landed in Ghana on Wednesday.",
     ("delivery", "asserted", ["COVAX"], ["Ghana"], [], 600_000, "doses", "exact")),
    ("passive_receiver", "Chad was allocated 300,000 doses by COVAX.",
     ("offer", "asserted", ["COVAX"], ["Chad"], [], 300_000, "doses", "exact")),
    ("maker_gives", "GlaxoSmithKline has promised to donate 50 million doses to COVAX.",
     ("offer", "asserted", ["GSK"], ["COVAX"], [], 50_000_000, "doses", "exact")),
    ("took_delivery", "Nigeria took delivery of 4 million doses of the Moderna vaccine.",
     ("delivery", "asserted", [], ["Nigeria"], ["Moderna"], 4_000_000, "doses", "exact")),
    ("gifted", "GoI has gifted 100,000 doses of Covishield to Bhutan.",
     ("delivery", "asserted", ["India"], ["Bhutan"], ["AstraZeneca"], 100_000, "doses", "exact")),
    ("lands_transitive", "Uganda lands 864,000 doses of AstraZeneca vaccine",
     ("delivery", "asserted", [], ["Uganda"], ["AstraZeneca"], 864_000, "doses", "exact")),
    ("touched_down", "A plane carrying 500,000 Sinopharm doses touched down in Harare.",
     ("delivery", "asserted", [], ["Zimbabwe"], ["Sinopharm"], 500_000, "doses", "exact")),
    ("ordering", "Ecuador is ordering 2 million doses from Pfizer.",
     ("purchase", "asserted", ["Pfizer"], ["Ecuador"], ["Pfizer-BioNTech"], 2_000_000, "doses", "exact")),
    ("allotted", "COVAX has allotted 1.2 million doses to Burundi.",
     ("offer", "asserted", ["COVAX"], ["Burundi"], [], 1_200_000, "doses", "exact")),
    ("turned_away", "Burundi turned away 400,000 doses offered by COVAX.",
     ("rejection", "asserted", ["COVAX"], ["Burundi"], [], 400_000, "doses", "exact")),
    ("spurned_offer", "Tanzania spurned the offer of 1 million Pfizer doses from the United States.",
     ("rejection", "asserted", ["United States"], ["Tanzania"], ["Pfizer-BioNTech"], 1_000_000, "doses", "exact")),
    ("pleaded_for", "Nepal pleaded for 1 million doses of AstraZeneca from India.",
     ("request", "asserted", ["India"], ["Nepal"], ["AstraZeneca"], 1_000_000, "doses", "exact")),
    # the parser hangs the infinitive on "is": still the talks' future, and the party talked with sells
    ("in_talks_to_buy", "Rwanda is in talks with Pfizer to buy 1 million doses.",
     ("purchase", "planned", ["Pfizer"], ["Rwanda"], ["Pfizer-BioNTech"], 1_000_000, "doses", "exact")),
    ("inked_deal", "Peru inked a deal with Pfizer for 20 million doses.",
     ("purchase", "asserted", ["Pfizer"], ["Peru"], ["Pfizer-BioNTech"], 20_000_000, "doses", "exact")),
    ("despatched", "India despatched 500,000 doses of Covishield to Sri Lanka.",
     ("delivery", "asserted", ["India"], ["Sri Lanka"], ["AstraZeneca"], 500_000, "doses", "exact")),
    ("sending_back", "Kenya is sending back 50,000 doses of AstraZeneca to COVAX.",
     ("rejection", "asserted", ["COVAX"], ["Kenya"], ["AstraZeneca"], 50_000, "doses", "exact")),
    ("pleas", "Ethiopia made pleas for 2 million measles vaccine doses from UNICEF.",
     ("request", "asserted", ["UNICEF"], ["Ethiopia"], ["measles"], 2_000_000, "doses", "exact")),
    ("administrated", "Haiti administrated 20,000 doses of the polio vaccine.",
     ("administration", "asserted", ["Haiti"], ["Haiti"], ["polio"], 20_000, "doses", "exact")),
    ("inking", "The Philippines is inking a deal with Sinovac for 40 million doses.",
     ("purchase", "asserted", ["Sinovac"], ["Philippines"], ["Sinovac"], 40_000_000, "doses", "exact")),
    ("snubbing", "Guyana is snubbing 100,000 doses of Sputnik V from Russia.",
     ("rejection", "asserted", ["Russia"], ["Guyana"], ["Sputnik V"], 100_000, "doses", "exact")),
    ("maker_of_another_disease", "Bio-Manguinhos shipped 2 million doses of yellow fever vaccine to Angola.",
     ("delivery", "asserted", ["Bio-Manguinhos"], ["Angola"], ["yellow fever"], 2_000_000, "doses", "exact")),
    ("doses_of_medicines_and_vaccines", "UNICEF delivered 40,000 doses of medicines and vaccines to Yemen.",
     ("delivery", "asserted", ["UNICEF"], ["Yemen"], [], 40_000, "doses", "exact")),
    ("contracted_doses", "Brazil contracted 5 million doses of measles vaccine from Bio-Manguinhos.",
     ("purchase", "asserted", ["Bio-Manguinhos"], ["Brazil"], ["measles"], 5_000_000, "doses", "exact")),
    ("mpox_brand", "Japan will provide 3 million doses of the LC16 vaccine to the Democratic Republic of Congo.",
     ("offer", "asserted", ["Japan"], ["DR Congo"], ["mpox"], 3_000_000, "doses", "exact")),
    # EVENTS.md 1: "offered, allocated, earmarked": making doses available offers them; "will gift" as "will donate"
    ("made_available", "The WHO said 5,000 doses of the Ebola vaccine would be made available to Uganda.",
     ("offer", "asserted", [], ["Uganda"], ["Ebola"], 5_000, "doses", "exact")),
    ("make_doses_available", "The European Union will make 2 million doses available to Ukraine.",
     ("offer", "asserted", ["EU"], ["Ukraine"], [], 2_000_000, "doses", "exact")),
    ("make_doses_available_reported", "The United States said it would make 500,000 doses available to Mexico.",
     ("offer", "asserted", ["United States"], ["Mexico"], [], 500_000, "doses", "exact")),
    ("will_gift", "Japan will gift 1 million doses of AstraZeneca to Vietnam.",
     ("offer", "asserted", ["Japan"], ["Vietnam"], ["AstraZeneca"], 1_000_000, "doses", "exact")),
    ("palestinian_authority", "Israel will send 5,000 doses to the Palestinian Authority.",
     ("delivery", "planned", ["Israel"], ["Palestine"], [], 5_000, "doses", "exact")),
    # synonyms of the contract's triggers (EVENTS.md 1: appeal for), bound to what is asked for
    ("turned_to", "Honduras has turned to Russia for 4.2 million doses of Sputnik V.",
     ("request", "asserted", ["Russia"], ["Honduras"], ["Sputnik V"], 4_200_000, "doses", "exact")),
    ("applied_to_a_party_for", "Thailand applied to COVAX for 6 million doses.",
     ("request", "asserted", ["COVAX"], ["Thailand"], [], 6_000_000, "doses", "exact")),
    # a body with a long name between "to" and "for"
    ("applied_to_a_long_name_for", "Zambia has applied to the International Coordinating Group on Vaccine Provision "
     "for 1.7 million doses of oral cholera vaccine.",
     ("request", "asserted", ["ICG"], ["Zambia"], ["cholera"], 1_700_000, "doses", "exact")),
    ("petitioned", "Bolivia has petitioned the WHO for 500,000 doses of yellow fever vaccine.",
     ("request", "asserted", ["WHO"], ["Bolivia"], ["yellow fever"], 500_000, "doses", "exact")),
    ("another_covid_vaccine", "Kazakhstan has contracted for 2 million doses of the QazVac vaccine.",
     ("purchase", "asserted", [], ["Kazakhstan"], ["QazVac"], 2_000_000, "doses", "exact")),
    # who gave the doses, named inside the words for them (EVENTS.md 2: who gives)
    ("part_of_a_donation", "A shipment of 500,000 doses, part of a US donation, arrived in Lusaka on Monday.",
     ("delivery", "asserted", ["United States"], ["Zambia"], [], 500_000, "doses", "exact")),
    ("demonym_donated", "The Japanese-donated AstraZeneca doses arrived in Hanoi on Friday.",
     ("delivery", "asserted", ["Japan"], ["Vietnam"], ["AstraZeneca"], None, None, None)),
    ("courtesy_of", "Nepal received 1.5 million doses courtesy of the United States.",
     ("delivery", "asserted", ["United States"], ["Nepal"], [], 1_500_000, "doses", "exact")),
    ("passive_gift_from", "The first 30,000 doses, a gift from the Indian government, were handed over to Maldivian "
                          "officials.",
     ("delivery", "asserted", ["India"], ["Maldives"], [], 30_000, "doses", "exact")),
    ("bought_from", "The Philippines received 1 million doses purchased from Sinovac.",
     ("delivery", "asserted", ["Sinovac"], ["Philippines"], ["Sinovac"], 1_000_000, "doses", "exact")),
    # a country's allocation is what it is allotted; an agency's, what the agency allots
    ("a_countrys_allocation", "Nepal's allocation of 348,000 doses will arrive in March.",
     ("offer", "asserted", [], ["Nepal"], [], 348_000, "doses", "exact")),
    ("an_agencys_allocation", "COVAX's allocation of 1.3 million doses to Nepal was delayed.",
     ("offer", "asserted", ["COVAX"], ["Nepal"], [], 1_300_000, "doses", "exact")),
    # EVENTS.md 6.5: the people vaccinated, named by their demonym, are their country's; offering shots to people
    # (not planned) vaccinates them, as giving them doses does
    ("demonym_vaccinated", "Over 2 million Kenyans have been fully vaccinated.",
     ("administration", "asserted", ["Kenya"], ["Kenya"], [], 2_000_000, "people", "more_than")),
    ("offering_shots_to_people", "Egypt began offering booster shots to health workers on Monday.",
     ("administration", "asserted", ["Egypt"], ["Egypt"], [], None, None, None)),
    ("people_given_doses_passive", "In Brazil, 80 million people have been given at least one dose.",
     ("administration", "asserted", ["Brazil"], ["Brazil"], [], 80_000_000, "people", "exact")),
    ("giving_a_dose_of_a_series", "Nigeria will begin giving second doses in June.",
     ("administration", "planned", ["Nigeria"], ["Nigeria"], [], None, None, None)),
    ("people_counted_when_doses_are_given", "Chile has so far given first doses to 12 million people and second "
                                            "doses to 9 million.",
     ("administration", "asserted", ["Chile"], ["Chile"], [], 12_000_000, "people", "exact")),
    ("give_children_the_vaccine", "Vaccinators went door to door to give children under five the oral polio vaccine.",
     ("administration", "asserted", [], [], ["polio"], None, None, None)),
    ("plan_to_give_people_doses", "Fiji will give booster doses to adults from next month.",
     ("administration", "planned", ["Fiji"], ["Fiji"], [], None, None, None)),
    # "a single dose", "the first shot" received by people vaccinate them; received by a state, they are doses
    ("a_person_receiving_a_first_dose", "The president received his first dose on live television.",
     ("administration", "asserted", [], [], [], None, None, None)),
    ("a_state_receiving_a_single_dose", "Kenya has not received a single dose from COVAX since May.",
     ("delivery", "negated", ["COVAX"], ["Kenya"], [], None, None, None)),
    # a country's batch, consignment or order is what it receives
    ("a_countrys_consignment", "Ghana's second consignment of 350,000 doses is expected next week.",
     ("delivery", "planned", [], ["Ghana"], [], 350_000, "doses", "exact")),
    # a person asked stands for the state the title names (EVENTS.md 2)
    ("asked_a_head_of_state", "Nepal's prime minister wrote to US President Joe Biden requesting vaccines.",
     ("request", "asserted", ["United States"], ["Nepal"], [], None, None, None)),
    # a country's delivery or shipment is what it receives, unless the words name where it goes
    ("a_countrys_first_delivery", "Ghana's first delivery of vaccines arrived on Wednesday.",
     ("delivery", "asserted", [], ["Ghana"], [], None, None, None)),
    ("a_countrys_shipment_to", "China's shipment of vaccines to Cambodia arrived.",
     ("delivery", "asserted", ["China"], ["Cambodia"], [], None, None, None)),
    # doses told of in a relative clause go where the clause's antecedent was headed
    ("allocated_doses_which_arrived", "Liberia has been allocated 96,000 doses, which arrived on April 5.",
     ("delivery", "asserted", [], ["Liberia"], [], 96_000, "doses", "exact")),
    ("a_countrys_supply_flown_in", "Zambia's supply of 228,000 doses was flown in from Mumbai.",
     ("delivery", "asserted", [], ["Zambia"], [], 228_000, "doses", "exact")),
    # who finances a purchase does not buy; the purchase is for whom it names
    ("financed_purchase_for", "The World Bank has financed the purchase of 2 million Pfizer doses for Lebanon.",
     ("purchase", "asserted", [], ["Lebanon"], ["Pfizer-BioNTech"], 2_000_000, "doses", "exact")),
    # a maker asked for doses is the maker asked
    ("asked_a_maker", "Ghana has asked Moderna to speed up deliveries of its vaccine.",
     ("request", "asserted", ["Moderna"], ["Ghana"], ["Moderna"], None, None, None)),
    # what a relative clause says of the giver names no giver
    ("agent_with_relative_clause", "Burundi received 500,000 doses donated by China, which arrived in Bujumbura "
                                   "on October 14.",
     ("delivery", "asserted", ["China"], ["Burundi"], [], 500_000, "doses", "exact")),
    ("passive_agent_with_relative_clause", "The 500,000 doses were donated by China, which is Burundi's largest donor.",
     ("delivery", "asserted", ["China"], [], [], 500_000, "doses", "exact")),
    # a party named as the object of a verb of urging or asking does what its infinitive says ("promised" keeps
    # its subject): urged to deliver, it is asked for the doses
    ("urged_a_party_to_deliver", "Nepal has urged Serum Institute to deliver the remaining 1 million doses.",
     ("request", "asserted", ["Serum Institute of India"], ["Nepal"], [], 1_000_000, "doses", "exact")),
    ("instructed_a_party_to_deliver", "Nepal has instructed Serum Institute to deliver the remaining 1 million doses.",
     ("delivery", "planned", ["Serum Institute of India"], [], [], 1_000_000, "doses", "exact")),
    # a count of doses the statistical model takes for a sum is still doses
    ("hundreds_of_millions_of_doses", "COVAX has shipped hundreds of millions of doses to Africa since early 2021.",
     ("delivery", "asserted", ["COVAX"], ["Africa"], [], None, None, None)),
    # a participle of the trigger's own names the giver ("received ..., donated by")
    ("received_then_donated_by", "Kenya received its first 100,000 doses of the mpox vaccine on Thursday, donated "
                                 "by the European Union.",
     ("delivery", "asserted", ["EU"], ["Kenya"], ["mpox"], 100_000, "doses", "exact")),
    # batches a delivery comes in say how, not how many doses
    ("in_two_batches", "UNICEF will deliver the doses to Ethiopia in two batches.",
     ("delivery", "planned", ["UNICEF"], ["Ethiopia"], [], None, None, None)),
    ("four_shipments_received", "Jordan has now received four shipments of the Pfizer vaccine.",
     ("delivery", "asserted", [], ["Jordan"], ["Pfizer-BioNTech"], 4, "shipments", "exact")),
    # a verb joined by "and" with a tense of its own tells another happening: its vaccine is that one's
    ("vaccine_of_a_verb_with_its_own_tense", "Peru expects 3.2 million doses from COVAX and is negotiating with "
                                             "Russia for Sputnik V.",
     ("delivery", "planned", ["COVAX"], ["Peru"], [], 3_200_000, "doses", "exact")),
    # ... as is the one of a verb with an object, joined by "and" to another's with an object of its own
    ("vaccine_of_the_verb_joined_to", "Kyiv has signed a deal with China's Sinovac for 1.9 million doses and expects "
                                      "8 million doses through the COVAX facility.",
     ("delivery", "planned", ["COVAX"], ["Ukraine"], [], 8_000_000, "doses", "exact")),
    # people named by "those who" are vaccinated when they receive a vaccine
    ("those_who_received", "Chile has begun giving booster shots to those who received the Sinovac vaccine.",
     ("administration", "asserted", [], [], ["Sinovac"], None, None, None)),
    # one shot, jab or dose with "a" or "his" is a person's: receiving it is being vaccinated
    ("first_to_receive_a_shot", "The head of the intensive care unit was the first to receive a shot.",
     ("administration", "asserted", [], [], [], None, None, None)),
    # a region that only describes a country names no party: the description stands for the country
    ("regions_most_populous_country", "Officials in Nigeria said 4.9 million people have been fully vaccinated in "
                                      "Africa's most populous country.",
     ("administration", "asserted", ["Nigeria"], ["Nigeria"], [], 4_900_000, "people", "exact")),
    ("arrived_in_regions_largest_country", "Officials in Nigeria said 4 million doses arrived in Africa's most "
                                           "populous country on Monday.",
     ("delivery", "asserted", [], ["Nigeria"], [], 4_000_000, "doses", "exact")),
    # a place inside a "from" phrase is where the doses came from, not where they went
    # an unknown name before "airport" names where doses land, not who gets them; a known place stays
    ("unknown_airport", "The doses arrived at Toncontin airport on Saturday.",
     ("delivery", "asserted", [], [], [], None, None, None)),
    ("known_city_airport", "The doses arrived at Kigali airport on Saturday.",
     ("delivery", "asserted", [], ["Rwanda"], [], None, None, None)),
    # doses applied are administered (news translated from Spanish or Portuguese)
    ("applied_doses", "The Mexican government has applied more than 30 million doses since December.",
     ("administration", "asserted", ["Mexico"], ["Mexico"], [], 30_000_000, "doses", "more_than")),
    ("place_of_origin", "The vaccines were flown in from a stockpile in Denmark.",
     ("delivery", "asserted", [], [], [], None, None, None)),
    # a plural pronoun stands for all the parties joined by "and" before it
    ("they_for_a_pair", "Ghana and Togo said they would return their AstraZeneca doses to COVAX.",
     ("rejection", "planned", ["COVAX"], ["Ghana", "Togo"], ["AstraZeneca"], None, None, None)),
    # doses given in a participle after "with" are given by the subject of the clause it tells of
    ("with_doses_pledged", "Japan has stepped up its support, with 1 million doses pledged to Vietnam.",
     ("offer", "asserted", ["Japan"], ["Vietnam"], [], 1_000_000, "doses", "exact")),
    ("with_doses_donated", "Britain has also offered help, with 200,000 doses donated to Kenya.",
     ("delivery", "asserted", ["United Kingdom"], ["Kenya"], [], 200_000, "doses", "exact")),
    # what doses are offered in exchange for is no receiver, nor a place
    ("offered_in_exchange_for", "Paraguay was offered vaccines in exchange for cutting Taiwan ties.",
     ("offer", "asserted", [], ["Paraguay"], [], None, None, None)),
    ("offered_it_in_return_for", "It was offered vaccines in return for cutting its ties with Taiwan.",
     ("offer", "asserted", [], [], [], None, None, None)),
    # vaccines offered to people living in a country are given to them there, no offer of doses
    ("offered_to_foreigners", "Thailand will offer Sinovac to foreigners living in the country.",
     ("administration", "planned", ["Thailand"], ["Thailand"], ["Sinovac"], None, None, None)),
    # a country's order is what it buys
    ("a_countrys_order", "Argentina's order of 10 million doses was cancelled.",
     ("purchase", "negated", [], ["Argentina"], [], 10_000_000, "doses", "exact")),
    # who offered what a party declined to accept gave it
    ("declined_to_accept_offered", "Nicaragua has declined to accept vaccines offered by the United States.",
     ("rejection", "asserted", ["United States"], ["Nicaragua"], [], None, None, None)),
    # an offer accepted is an offer told; an acceptance tells no happening of its own
    ("offer_accepted", "Taiwan has accepted Japan's offer of 1.24 million doses.",
     ("offer", "asserted", ["Japan"], [], [], 1_240_000, "doses", "exact")),
    # who is thanked for a donation gave it, and who thanks received it; "its" offer is the thanked one's
    ("thanked_for_the_donation", "Nepal thanked China for the donation of 800,000 doses.",
     ("delivery", "asserted", ["China"], ["Nepal"], [], 800_000, "doses", "exact")),
    ("thanked_for_its_offer", "Laos has thanked Russia for its offer of 1 million doses.",
     ("offer", "asserted", ["Russia"], ["Laos"], [], 1_000_000, "doses", "exact")),
    ("thanked_for_the_doses_it_donated", "Samoa thanked China for the 20,000 doses it donated in May.",
     ("delivery", "asserted", ["China"], ["Samoa"], [], 20_000, "doses", "exact")),
    # a vaccine named as the source of doses that arrived is its maker
    ("arrived_from_a_maker", "500,000 doses from Pfizer arrived in Ghana.",
     ("delivery", "asserted", ["Pfizer"], ["Ghana"], ["Pfizer-BioNTech"], 500_000, "doses", "exact")),
    # the receiver named before the count, though the parser hangs it on the count
    ("receiver_before_the_count", "China has promised Cambodia 1 million doses.",
     ("offer", "asserted", ["China"], ["Cambodia"], [], 1_000_000, "doses", "exact")),
    # whoever offers to share doses with someone offers them to that one
    ("offered_to_share_with", "Thailand has also offered to share surplus Sinovac doses with Laos and Myanmar.",
     ("offer", "asserted", ["Thailand"], ["Laos", "Myanmar"], ["Sinovac"], None, None, None)),
    # a vaccine that gives is its maker
    ("vaccine_as_giver", "Sinovac has shipped 75 million doses to Indonesia so far.",
     ("delivery", "asserted", ["Sinovac"], ["Indonesia"], ["Sinovac"], 75_000_000, "doses", "exact")),
    ("pronoun_for_a_maker", "Pfizer said it will deliver 2 million doses to Kenya.",
     ("delivery", "planned", ["Pfizer"], ["Kenya"], ["Pfizer-BioNTech"], 2_000_000, "doses", "exact")),
    # a source no one is named in stands for who runs it
    ("stockpile_managed_by", "Ethiopia has received 1.1 million doses of oral cholera vaccine from the global "
                             "stockpile managed by the International Coordinating Group.",
     ("delivery", "asserted", ["ICG"], ["Ethiopia"], ["cholera"], 1_100_000, "doses", "exact")),
    # ... but not the parties of a clause on who runs it
    ("stockpile_managed_by_a_runner_with_a_clause", "Ethiopia has received 1.1 million doses of oral cholera vaccine "
                                                    "from the global stockpile managed by the International "
                                                    "Coordinating Group, which approved Sudan's request on Monday.",
     ("delivery", "asserted", ["ICG"], ["Ethiopia"], ["cholera"], 1_100_000, "doses", "exact")),
    # a name the parser takes for an infinitive after "to" is who the doses go to
    ("to_a_name_read_as_a_verb", "Gavi will supply 1.8 million doses of the malaria vaccine to Cameroon over two years.",
     ("delivery", "planned", ["Gavi"], ["Cameroon"], ["malaria"], 1_800_000, "doses", "exact")),
    # refugees are no state's own people; a clause on the receiver names no receiver
    ("to_refugees_in_its_camps", "Jordan will provide vaccines free of charge to Palestinian refugees living in its "
                                 "camps.", ("offer", "asserted", ["Jordan"], [], [], None, None, None)),
    ("to_a_receiver_with_a_clause", "Japan donated 500,000 doses to Nepal, which had asked India for them first.",
     ("delivery", "asserted", ["Japan"], ["Nepal"], [], 500_000, "doses", "exact")),
    # an order "for" doses "of" a vaccine named with its noun is bought from its maker
    ("order_for_doses_of_the_vaccine", "Senegal has put in an order for 2 million doses of the Sinopharm vaccine.",
     ("purchase", "asserted", ["Sinopharm"], ["Senegal"], ["Sinopharm"], 2_000_000, "doses", "exact")),
    # an acceptance that tells no refusal holds no receiving in it
    ("receiving_after_accepting", "Burundi finally accepted vaccines in October, receiving 500,000 doses of Sinopharm "
                                  "from China.",
     ("delivery", "asserted", ["China"], ["Burundi"], ["Sinopharm"], 500_000, "doses", "exact")),
    # who comes next in a list of receivers gives nothing
    ("followed_by_more_receivers", "Ghana and Kenya will receive the first doses, followed by Burundi and Cameroon.",
     ("delivery", "planned", [], ["Ghana", "Kenya"], [], None, None, None)),
    # doses handed, given or sent back, the word "back" after them, are turned down
    ("handed_doses_back", "The Democratic Republic of Congo handed 1.3 million doses back to COVAX.",
     ("rejection", "asserted", ["COVAX"], ["DR Congo"], [], 1_300_000, "doses", "exact")),
    ("sent_doses_back", "Malawi sent the expired doses back to the African Union.",
     ("rejection", "asserted", ["African Union"], ["Malawi"], [], None, None, None)),
    ("sent_doses_back_before_a_comma", "Malawi will send the expired doses back, the ministry said.",
     ("rejection", "planned", [], ["Malawi"], [], None, None, None)),
    # asking a party to release doses asks it for them
    ("requested_to_release", "Nepal has requested India to release the remaining doses.",
     ("request", "asserted", ["India"], ["Nepal"], [], None, None, None)),
    # "will make a donation" promises as "will donate" does (EVENTS.md 6.3); "made a donation" gave
    ("will_make_a_donation", "Spain will make a donation of 500,000 doses to Bolivia.",
     ("offer", "asserted", ["Spain"], ["Bolivia"], [], 500_000, "doses", "exact")),
    ("made_a_donation", "Spain made a donation of 500,000 doses to Bolivia.",
     ("delivery", "asserted", ["Spain"], ["Bolivia"], [], 500_000, "doses", "exact")),
    # an offer rebuffed is rejected
    ("rebuffed_an_offer", "North Korea rebuffed an offer of 3 million doses from COVAX.",
     ("rejection", "asserted", ["COVAX"], ["North Korea"], [], 3_000_000, "doses", "exact")),
    # doses shared are given, as doses sharing and to share are
    ("shared_doses_with", "Canada has shared 10 million doses with COVAX.",
     ("delivery", "asserted", ["Canada"], ["COVAX"], [], 10_000_000, "doses", "exact")),
    # urging or calling on a party to give doses asks it for them
    ("urged_to_send", "Nepal urged China to send 1 million doses.",
     ("request", "asserted", ["China"], ["Nepal"], [], 1_000_000, "doses", "exact")),
    ("called_on_to_supply", "Peru has called on the United States to supply 5 million doses.",
     ("request", "asserted", ["United States"], ["Peru"], [], 5_000_000, "doses", "exact")),
    ("lobbied_to_share", "Bolivia has lobbied Washington to share its surplus vaccines.",
     ("request", "asserted", ["United States"], ["Bolivia"], [], None, None, None)),
    # a request approved "from" a party: that party asks, whoever approves gives
    ("approved_a_request_from", "The International Coordinating Group on Vaccine Provision has approved a request "
                                "from Angola for 1.8 million doses of yellow fever vaccine.",
     ("request", "asserted", ["ICG"], ["Angola"], ["yellow fever"], 1_800_000, "doses", "exact")),
    # ... and one approved from no party named: whoever approves is asked, not the asker
    ("approved_a_request", "Gavi approved a first request for 1.4 million doses in March.",
     ("request", "asserted", ["Gavi"], [], [], 1_400_000, "doses", "exact")),
    # a request from a party, whoever acts on it: that party asks, whoever is to meet it is asked
    ("turned_down_a_request_from", "Brazil has turned down a request from Angola for 5 million doses of yellow "
                                   "fever vaccine.",
     ("request", "asserted", ["Brazil"], ["Angola"], ["yellow fever"], 5_000_000, "doses", "exact")),
    ("received_a_request_from", "Kenya received a request from Uganda for 1 million doses.",
     ("request", "asserted", ["Kenya"], ["Uganda"], [], 1_000_000, "doses", "exact")),
    ("request_by", "A request by Zimbabwe for 600,000 doses was turned down.",
     ("request", "asserted", [], ["Zimbabwe"], [], 600_000, "doses", "exact")),
    # in talks over a delivery, the party dealt with gives
    ("talks_over_a_delivery", "Guatemala is in talks with Russia over the delivery of 16 million doses of Sputnik V.",
     ("delivery", "planned", ["Russia"], ["Guatemala"], ["Sputnik V"], 16_000_000, "doses", "exact")),
    ("discussions_about_a_donation", "Vanuatu is in discussions with China about a donation of 100,000 Sinopharm "
     "doses.", ("delivery", "planned", ["China"], ["Vanuatu"], ["Sinopharm"], 100_000, "doses", "exact")),
    # doses a participle says are expected are a delivery to come
    ("doses_expected_on_a_day", "- Uganda: 300,000 doses of Moderna through COVAX, expected Friday.",
     ("delivery", "planned", [], ["Uganda"], ["Moderna"], 300_000, "doses", "exact")),
    # doses due are still to come, from whoever the sentence names
    ("doses_due_from", "A further 8,500 doses are due from the United States.",
     ("delivery", "planned", ["United States"], [], [], 8_500, "doses", "exact")),
    ("shipment_due_on", "Ghana's next shipment of Moderna doses is due on Friday.",
     ("delivery", "planned", [], ["Ghana"], ["Moderna"], None, None, None)),
    ("doses_due_without_a_verb", "Kenya is next in line, with 1.02 million doses due on Tuesday.",
     ("delivery", "planned", [], [], [], 1_020_000, "doses", "exact")),
    # prepositions joined by "and" each name a giver
    ("via_and_from", "Nepal has received doses via COVAX and from China.",
     ("delivery", "asserted", ["COVAX", "China"], ["Nepal"], [], None, None, None)),
    # the seller of a deal's own buying sells, not the vaccine's maker
    ("deal_to_buy_from", "Peru signed an agreement to buy 38 million doses of the Sinopharm vaccine from China.",
     ("purchase", "asserted", ["China"], ["Peru"], ["Sinopharm"], 38_000_000, "doses", "exact")),
    # "appeal" and "appeals" as verbs ask, as "appealed" does (a headline's present tense)
    ("appeals_to_for", "Honduras appeals to United States for vaccine donations",
     ("request", "asserted", ["United States"], ["Honduras"], [], None, None, None)),
    # the owner named before what is applied to is asked
    ("applied_to_a_partys_buffer", "Myanmar applied to COVAX's humanitarian buffer for 2 million doses.",
     ("request", "asserted", ["COVAX"], ["Myanmar"], [], 2_000_000, "doses", "exact")),
    # approaching a party for doses asks it for them
    ("approached_for", "Nepal approached China and India for vaccines last month.",
     ("request", "asserted", ["China", "India"], ["Nepal"], [], None, None, None)),
    # what a relative clause says of a party is another happening, and names none of this one's vaccines
    ("vaccine_of_a_clause_on_a_party", "The doses would be returned to the Russian Direct Investment Fund, which "
                                       "will replace them with the single-dose Sputnik Light.",
     ("rejection", "planned", ["Russian Direct Investment Fund"], [], [], None, None, None)),
    ("clause_on_the_subject_takes_no_vaccine", "Kenya, which has vaccinated about 1.7 million people, is also "
                                               "awaiting 410,000 doses of AstraZeneca from the United Kingdom.",
     ("administration", "asserted", ["Kenya"], ["Kenya"], [], 1_700_000, "people", "about")),
    # people waiting for their own dose wait to be vaccinated, not for a delivery
    ("people_waiting_for_their_shot", "About 600,000 people are now waiting for their second shot.",
     ("administration", "planned", [], [], [], 600_000, "people", "about")),
    # a subject the parser hangs on the auxiliary is the verb's all the same
    ("subject_on_the_auxiliary", "Pakistan has jabbed more than 10 million people.",
     ("administration", "asserted", ["Pakistan"], ["Pakistan"], [], 10_000_000, "people", "more_than")),
    # declining to accept doses refuses them; withholding vaccines from people has no infinitive
    ("declined_to_accept", "Kenya has declined to accept doses close to expiry.",
     ("rejection", "asserted", [], ["Kenya"], [], None, None, None)),
    # nor has declining doses "close to expiry": the "to" of an adjective withholds from no one
    ("declines_close_to_expiry", "Uganda declines doses close to expiry.",
     ("rejection", "asserted", [], ["Uganda"], [], None, None, None)),
    # asking a giver to stop sending doses turns them down, as asking it not to send does
    ("asked_to_stop_sending", "Uganda asked COVAX to stop sending doses.",
     ("rejection", "asserted", ["COVAX"], ["Uganda"], [], None, None, None)),
    # a loan of doses lends doses, not money: whoever it is asked from would give them
    ("loan_of_doses_from", "Bolivia requested a loan of 500,000 doses from Argentina.",
     ("request", "asserted", ["Argentina"], ["Bolivia"], [], 500_000, "doses", "exact")),
    # a dose of a series given, in a participle, goes into arms
    ("third_dose_given", "A third dose of the Sinovac vaccine given six months after the second raised antibody levels.",
     ("administration", "asserted", [], [], ["Sinovac"], None, None, None)),
    # an organisation's name on a noun beyond the doses names no giver ("COVAX doses" does)
    ("organisation_on_another_noun", "Ethiopia gets cholera vaccines for Oromia outbreak",
     ("delivery", "asserted", [], ["Ethiopia"], ["cholera"], None, None, None)),
    # a vaccine a relative clause of giving hangs on stands for its maker
    ("maker_named_as_a_predicate", "Most of the doses are Pfizer, which has delivered 1.1 million doses so far.",
     ("delivery", "asserted", ["Pfizer"], [], ["Pfizer-BioNTech"], 1_100_000, "doses", "exact")),
    # ... before any pronoun near it is resolved ("most of them Pfizer")
    ("maker_before_a_pronoun", "Ecuador has administered 3.2 million doses, most of them Pfizer, which has "
                               "delivered 1.1 million doses so far.",
     ("delivery", "asserted", ["Pfizer"], [], ["Pfizer-BioNTech"], 1_100_000, "doses", "exact")),
    # a party named inside the relative clause of giving is no part of the clause's head, who gives
    ("party_inside_the_givers_clause", "Doses came mostly from Pfizer, which has delivered 1.1 million of the 2 million "
                                       "doses Ecuador bought.",
     ("delivery", "asserted", ["Pfizer"], [], ["Pfizer-BioNTech"], 1_100_000, "doses", "exact")),
    # a clause with its own subject is no part of an approval, whatever the parser hangs it on
    ("allocated_beside_an_approval", "Gavi has approved support for 18 African countries to introduce the vaccine, "
                                     "and about 18 million doses have been allocated for 2023 to 2025.",
     ("offer", "asserted", [], [], [], 18_000_000, "doses", "about")),
    # a further count joined to the verb by "and" with a giver of its own is its own delivery (EVENTS.md 6.1)
    ("a_further_count_from_another", "Tunisia has received 500,000 doses of the Sinovac vaccine from Algeria and a "
                                     "further 250,000 doses from Italy.",
     ("delivery", "asserted", ["Italy"], ["Tunisia"], [], 250_000, "doses", "exact")),
    # doses a party ordered go to it, through the organisation named on them
    ("doses_they_ordered_have_not_arrived", "Bosnia's health authorities have complained that the COVAX doses they "
                                            "ordered in December have not arrived.",
     ("delivery", "negated", ["COVAX"], ["Bosnia and Herzegovina"], [], None, None, None)),
    # ... or with the organisation it came through ("channel")
    ("a_further_count_through_another", "Jamaica received 50,000 doses donated by India, and 14,400 doses through "
                                        "COVAX.", ("delivery", "asserted", ["COVAX"], ["Jamaica"], [], 14_400, "doses",
                                                   "exact")),
    # infants, patients, nurses and the like are counted as people
    ("infants_vaccinated", "Uganda vaccinated 300,000 infants.",
     ("administration", "asserted", ["Uganda"], ["Uganda"], [], 300_000, "people", "exact")),
    # a place in the name of a germ names no party
    ("place_naming_a_strain", "Ervebo does not work against the Sudan strain, and the government declined an offer "
                              "of those doses.",
     ("rejection", "asserted", [], [], ["Ebola"], None, None, None)),
    # a count inside the "of" of a fraction is the whole, not what moves
    ("half_of_a_count", "Canada will donate half of its 20 million doses to COVAX.",
     ("offer", "asserted", ["Canada"], ["COVAX"], [], None, None, None)),
    ("percent_of_a_count", "France said it would give 9 percent of its order of 94 million doses to the WHO.",
     ("offer", "asserted", ["France"], ["WHO"], [], None, None, None)),
    ("some_of_a_count", "Haiti said it would give some of its 500,000 Moderna doses to Jamaica.",
     ("offer", "asserted", ["Haiti"], ["Jamaica"], ["Moderna"], None, None, None)),
    # help asked for where the text speaks of vaccines is asked for doses ("help with its elections" is not)
    ("asked_for_help", "Short of vaccines, Nepal has asked China for help.",
     ("request", "asserted", ["China"], ["Nepal"], [], None, None, None)),
    # a request granted for a total of doses asked for doses
    ("approved_requests_for_a_total", "The ICG has approved requests from Cameroon and Nigeria for a total of 2.5 "
                                      "million doses.",
     ("request", "asserted", ["ICG"], ["Cameroon", "Nigeria"], [], 2_500_000, "doses", "exact")),
    # a region named with its compass point is that region, not the continent
    ("compass_region", "The United States has sent 2 million doses to West Africa.",
     ("delivery", "asserted", ["United States"], ["West Africa"], [], 2_000_000, "doses", "exact")),
    # applying to a pool of vaccines asks it for doses
    ("applied_to_a_pool", "Nicaragua has also applied to COVAX.",
     ("request", "asserted", ["COVAX"], ["Nicaragua"], [], None, None, None)),
    # doses reserved for a party by another are allotted to it; reserved from a maker, bought
    # a maker named with "&" at the end of a sentence
    ("maker_with_ampersand_last", "The African Union has secured 270 million doses from J&J.",
     ("purchase", "asserted", ["Johnson & Johnson"], ["African Union"], ["Johnson & Johnson"], 270_000_000, "doses",
      "exact")),
    # what a party seeks to obtain it asks for
    ("seeking_to_obtain", "Ecuador is seeking to obtain 2 million doses from Chile.",
     ("request", "asserted", ["Chile"], ["Ecuador"], [], 2_000_000, "doses", "exact")),
    # what the asked are to help a party get is asked for
    ("asked_to_help_it_secure", "The Philippines has asked Japan and Australia to help it secure vaccines.",
     ("request", "asserted", ["Japan", "Australia"], ["Philippines"], [], None, None, None)),
    # requests made with no object of their own, in a text on vaccines, ask for vaccines
    ("submitted_requests", "Niger has applied for 1.5 million doses of meningitis vaccine, and Chad has also submitted "
                           "requests.", ("request", "asserted", [], ["Chad"], ["meningitis"], None, None, None)),
    # and the count of another clause before is none of theirs
    ("submitted_requests_after_a_stock", "Niger had applied for 1.5 million doses, but the global stockpile holds "
                                         "fewer than 2 million, and Chad has also submitted requests.",
     ("request", "asserted", [], ["Chad"], [], None, None, None)),
    # doses put at a party's disposal are offered to it; a party pressing for doses asks for them
    ("placed_at_the_disposal_of", "India has placed 1 million doses at the disposal of COVAX.",
     ("offer", "asserted", ["India"], ["COVAX"], [], 1_000_000, "doses", "exact")),
    ("pressing_for", "Brazil has been pressing for 2 million doses from the Serum Institute of India.",
     ("request", "asserted", ["Serum Institute of India"], ["Brazil"], [], 2_000_000, "doses", "exact")),
    ("reserved_for_another", "COVAX has reserved 300,000 doses for Burundi.",
     ("offer", "asserted", ["COVAX"], ["Burundi"], [], 300_000, "doses", "exact")),
    ("reserved_for_it_by", "Burundi turned down about 300,000 doses reserved for it by the COVAX facility.",
     ("offer", "asserted", ["COVAX"], ["Burundi"], [], 300_000, "doses", "about")),
    ("reserved_from_a_maker", "Chile has reserved 10 million doses from Pfizer.",
     ("purchase", "asserted", ["Pfizer"], ["Chile"], ["Pfizer-BioNTech"], 10_000_000, "doses", "exact")),
]


def _one(nlp: Language, text: str, ctx: Context | None = None) -> list[tuple]:
    events = extract(nlp(text), ctx or Context())
    return [(e.event_type, e.status, e.provider, e.recipient, e.vaccine, e.quantity, e.quantity_unit,
             e.quantity_qualifier) for e in events]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_extract_event(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in _one(nlp, text)


NON_EVENTS = [
    # any doses that may come, under a verb of what would be, are no happening
    ("would_welcome_any_offered", "Papua New Guinea's health authorities said they would welcome any vaccines "
                                  "offered."),
    ("would_accept_any_donated", "The government said it would accept any vaccines donated to it."),
    # a gerund as the subject of a clause tells of a practice, with all it holds
    ("a_gerund_subject_is_a_practice", "Researchers said that giving a dose of Pfizer's vaccine to people who had "
                                       "received a first shot of AstraZeneca's was safe."),
    # what falls, with no object, refuses nothing
    ("cases_decline", "Mpox cases decline in Europe"),
    # an approval given, whatever the parser makes of its words, gives no doses
    ("given_the_all_clear", "Regulators have since given the Sputnik V shot the all-clear."),
    ("gave_the_green_light", "The regulator gave the green light to the Sinopharm vaccine."),
    # whether to accept is a question still open, not a refusal
    ("not_decided_whether_to_accept", "Uganda has not yet decided whether to accept the doses."),
    # what a dose or a vaccine offers or gives is protection, not doses
    ("a_dose_offers_protection", "A single dose of the HPV vaccine offers as much protection as two or three doses, a "
                                 "study found."),
    # how a vaccine is given, in the simple present, tells a practice, not a happening
    ("how_a_vaccine_is_given", "The vaccine is given free of charge at health facilities and schools."),
    ("help_with_something_else", "Nepal has asked China for help with its elections."),
    ("help_with_syringes", "Short of vaccines, Samoa asked for help with syringes and cold storage."),
    # money for purchases is money (EVENTS.md 1), whoever buys
    ("money_for_purchases", "Saudi Arabia's development fund had earlier pledged $10 million for vaccine purchases."),
    ("loan_for_purchases", "The World Bank approved a $500 million loan for vaccine purchases."),
    ("funding_provided", "Australia has provided funding for the measles vaccination campaign."),
    ("offered_to_pay", "The opposition had offered to pay for the COVAX doses."),
    ("money_reallocated", "The World Bank has reallocated $34 million of an existing loan to help Lebanon pay for "
                          "the vaccines."),
    # what is done instead of something else: the something else did not happen
    ("instead_of_receiving", "Instead of receiving a second dose, people over 60 will wait four months."),
    # money asked back, or returned, whatever it paid for, is no supply of doses (EVENTS.md 1)
    ("money_asked_back", "Guatemala has asked Russia to return part of the money it paid for 16 million doses of "
                         "Sputnik V."),
    ("money_refunded", "Guatemala asks Russia to refund money for undelivered Sputnik V doses"),
    ("return_of_money_requested", "Guatemala has requested the return of the money it paid for the Sputnik V doses."),
    ("approval", "Indonesia approved the Novavax vaccine for emergency use."),
    ("price", "Each dose costs about $10."),
    ("cases", "The country reported zero cases of COVID-19."),
    ("other_sense", "The minister returned home on Friday."),
    ("approached_a_deadline", "As the deadline approached for the vaccine rollout, officials worried."),
    ("due_to_expire", "Many doses are due to expire in June."),
    ("payment_due", "The payment is due in March."),
    ("shared_data", "The company shared data on the vaccine with regulators."),
    ("sent_an_ambassador_back", "Kenya sent its ambassador back to Nairobi."),
    ("shared_concerns", "Officials shared concerns about vaccine hesitancy."),
    ("results_expected", "The results of the vaccine trial are expected in June."),
    ("back_reference", "The deal marks a shift in policy."),
    ("asked_question", "Officials asked whether the vaccines were safe."),
    ("approved_use", "Kenya has approved the emergency use of the Sputnik V vaccine."),
    ("nod_to_import", "The firm got a regulator nod to import the Moderna vaccine."),
    ("approval_secured", "A new EUA for the Pfizer vaccine should be secured from the FDA."),
    ("reserved_judgement", "The court reserved judgement on the vaccine case."),
    ("welcomed_news", "Kenya welcomed the news of the vaccine."),
    ("welcomed_pledges", "The WHO welcomed the pledges but said 11 billion doses were needed."),
    ("approved_request_for_use", "The regulator approved Pfizer's request for emergency use of its vaccine."),
    ("into_arms", "It is crucial that we swiftly get vaccines into the arms of the elderly."),
    ("dose_regimen_requirement", "The vaccine costs $10 a dose, requiring two doses per person to be vaccinated."),
    ("sent_a_letter", "Guatemala sent a letter to the Russian fund about the vaccines."),
    # EVENTS.md 1: medicines are out of scope, even counted in doses
    ("doses_of_a_medicine", "Kenya will distribute 30,000 doses of an antiviral drug to the regions."),
    ("doses_of_a_named_medicine", "Peru received 200,000 doses of Tamiflu from the United States."),
    ("disease_naming_a_medicine", "The company shipped 500,000 doses of a new malaria drug to Ghana."),
    # a deal to make vaccines sells none
    ("deal_to_produce", "Bangladesh signed a deal with China's Sinopharm on Monday to produce its COVID-19 vaccine "
                        "locally."),
    ("agreement_to_build_a_plant", "Moderna signed an agreement with the Kenyan government to build a plant that "
                                   "could produce up to 500 million doses of mRNA vaccines a year."),
    # people refusing to be vaccinated refuse no supply
    ("people_refuse", "Nearly half of adults in Romania say they will refuse a COVID-19 vaccine."),
    ("many_refuse", "Vaccine hesitancy remains high, with many refusing to take the jab."),
    ("demonyms_refuse", "Some 30% of Americans would refuse a vaccine."),
    ("rules_applied_to", "The rules applied to all vaccine importers for the first time."),
    ("signed_up_for_vaccination", "Residents signed up for vaccination online."),
    ("turned_to_clinics", "Parents turned to private clinics as the vaccine shortage worsened."),
    ("hyphenated_modifier", "The COVAX vaccine-sharing scheme held a meeting in Geneva."),
    # EVENTS.md 1: money is out of scope, even given for vaccines
    ("pledged_money", "The United States pledged $4 billion to COVAX."),
    ("donated_money_for_vaccines", "Japan donated $10 million to UNICEF for vaccines."),
    ("lent_money_for_vaccines", "The World Bank lent Kenya $130 million for vaccines last year."),
    ("gave_money", "The vaccine alliance gave Kenya $5 million."),
    ("borrowed_money", "Kenya borrowed $750 million from the World Bank for vaccines."),
    # a currency the tokenizer left glued to its amount ("NZ$2") is money too
    ("committed_nz_dollars", "New Zealand has committed NZ$2 million to the vaccine response."),
    ("pledged_singapore_dollars", "Singapore has pledged S$3 million to COVAX for vaccines."),
    # a sum in a currency named by its word is money too
    ("set_aside_shillings", "Kenya has set aside 5 billion shillings for vaccines."),
    ("committed_naira", "Nigeria has committed 10 billion naira to vaccines."),
    # a promise to make vaccines supplies none (a deal to make them sells none, above)
    ("promised_to_produce", "Manufacturers have promised to produce 5 million more doses by the end of the year."),
    # vaccines for animals are no supply to people; medicines counted in vials are out of scope (EVENTS.md 1)
    ("vaccinating_dogs", "The ministry would begin vaccinating dogs on the island next month."),
    ("share_of_dogs_vaccinated", "Authorities have vaccinated only 60 percent of the island's dogs."),
    # agreements on something else than doses
    ("indemnity_agreement", "The Philippines signed an indemnity agreement with COVAX for the Pfizer vaccine."),
    ("technology_transfer", "Brazil signed a technology transfer agreement with AstraZeneca to produce the vaccine."),
    ("dog_vaccination_campaign", "The government launched a dog vaccination campaign in Oecusse."),
    ("cattle_vaccinated", "More than 2 million cattle were vaccinated against anthrax."),
    ("immunoglobulin_sent", "New Caledonia sent 500 vials of immunoglobulin to Vanuatu."),
    # what a party could not afford is no happening
    ("cannot_afford_to_buy", "Many poor countries cannot afford to buy their own vaccine supplies."),
    ("nations_that_cannot_afford", "The plan aims to help nations that could not afford to buy doses."),
    ("contracted_an_illness", "More than 500 people in Samoa have contracted measles this year."),
    ("deal_with", "Health workers in Malawi must deal with a shortage of vaccines."),
    # what a party declines to tell is no rejection of doses
    ("declined_to_comment", "AstraZeneca declined to comment on the delayed shipments to the European Union."),
    ("refused_to_disclose", "A Pfizer spokesman refused to disclose the price of the vaccine doses."),
    ("declined_to_say", "The ministry declined to say how many vaccine doses were left."),
    # a scheme turned down is no doses turned down (EVENTS.md 1)
    ("declined_to_join", "Madagascar had earlier declined to join the COVAX vaccine scheme."),
    # nor are programmes of donations one refuses to take part in
    ("refused_to_take_part", "Nicaragua has refused to take part in U.S. vaccine donation programmes."),
    # a bare plural of states in the simple present says what happens in general
    ("generic_countries_receive", "Poor countries receive fewer doses than rich ones."),
    ("generic_relative_clause", "Countries that receive vaccines close to expiry often cannot use them all."),
    ("generic_many", "Many doses arrive with only weeks before they expire."),
    ("generic_each", "Each participating country receives enough doses to cover 20 percent of its population."),
    # a superlative ranks a campaign, it tells of no doses
    ("fastest_rollouts", "Serbia has one of Europe's fastest rollouts of the vaccine."),
    ("largest_vaccination_drive", "India is running the world's largest COVID-19 vaccination drive."),
    # what a vaccine can, must or should be given to says what the product is for
    ("vaccine_property_relative", "The LC16 vaccine, which can be given to children, is made in Japan."),
    ("vaccine_property_should", "The shot should be given to people over 60, the WHO said."),
    ("vaccine_property_must", "The Jynneos vaccine must be shipped frozen."),
    # doses given per person tell a regimen, no doses given
    ("doses_given_per_person", "The group has cut the number of doses of cholera vaccine given per person from two "
                               "to one."),
    ("ferried_people", "Boats ferried health workers to remote islands."),
    ("applying_pressure", "The outbreak is applying pressure on vaccine supply."),
    ("documents_to_be_sent", "The ministry is waiting for the documents to be sent from AstraZeneca to ensure the "
                             "safety of the vaccine."),
    # vaccinating in a trial is research, not supply
    ("vaccinated_in_a_trial", "Researchers gave a new malaria vaccine to 450 children in Burkina Faso in a trial that "
                              "showed 77 percent efficacy."),
    ("vaccinated_in_a_study", "Some 3,000 volunteers were vaccinated in the study."),
]


@pytest.mark.parametrize("text", [c[1] for c in NON_EVENTS], ids=[c[0] for c in NON_EVENTS])
def test_no_event(nlp: Language, text: str) -> None:
    assert _one(nlp, text) == []


# (id, sentence, the event types it holds)
FRAMES = [
    ("in_order_to", "A plane left Lima in order to deliver 300,000 doses to Cusco.", ["delivery"]),
    ("under_a_deal", "Under a deal signed in May, Russia will ship 2 million doses to Hungary.", ["delivery"]),
    ("under_a_round_of", "Under the first round of allocations, Pakistan is to get 17 million doses.", ["delivery"]),
    ("programme_as_destination", "India donated 50,000 doses to the country's vaccination programme.", ["delivery"]),
    ("someone_returning", "On his return, the minister said Russia would send 1 million doses to Peru.", ["delivery"]),
    ("returned_doses", "Malawi announced the return of 20,000 doses of the AstraZeneca vaccine.", ["rejection"]),
    # one event per trigger (EVENTS.md 1): the "sent" of "sent back" is no delivery of its own
    ("sent_back", "Kenya sent back 300,000 doses of the AstraZeneca vaccine to COVAX.", ["rejection"]),
    ("gave_up", "Malawi gave up 100,000 vaccine doses.", ["rejection"]),
    # EVENTS.md 1: a sentence with two triggers holds two events, the second here a happening that did not
    # take place, though its noun has no words of its own (not a back reference, EVENTS.md 6.4)
    ("enough_to_give", "Russia sent enough vaccines to give a second dose to 100,000 people.", ["delivery"]),
    ("unrealised_delivery", "The WHO allocated 1.9 million doses to Iraq, but the delivery was not implemented.",
     ["offer", "delivery"]),
    # the infinitive of a request is what is asked for, as that of a deal or pledge (EVENTS.md 6.2)
    ("asked_to_send", "Fiji asked Australia to send more AstraZeneca vaccines.", ["request"]),
    # what is denied must be doses, access to them or a request for them: a charge is not
    ("a_charge_denied", "It accused China of blocking a deal with Germany's BioNTech for 5 million doses earlier "
                        "this year, a charge Beijing denies.", ["purchase"]),
    # an infinitive joined to the pledge's own is part of the pledge, as "pledged to send" is (EVENTS.md 6.2)
    ("pledged_to_produce_and_supply", "India has pledged to produce and supply 1 billion doses to Asia.", ["offer"]),
    # the count of a part, in an "of which" clause of its own, is not the count of the deal
    ("part_of_which", "Dhaka has also struck a deal with China to buy 15 million Sinopharm doses, of which 4 million "
                      "have already arrived.", ["purchase", "delivery"]),
    # a request turned down refuses no doses (EVENTS.md 1: a rejection turns down doses or an offer of them)
    ("request_turned_down", "Nigeria has also requested vaccines for its northern states, but the request was "
                            "turned down because of a global shortage.", ["request"]),
    ("rejected_a_request", "The WHO rejected Nigeria's request for 2 million doses.", ["request"]),
    # what is used to buy doses is a means: only doses used are administered
    ("a_fund_used_to_buy", "PAHO will make doses available from its Revolving Fund, which Bolivia uses to buy most "
                           "of its vaccines.", ["offer", "purchase"]),
    ("doses_used_to_vaccinate", "Ghana has used 600,000 doses to vaccinate health workers.", ["administration"]),
    # a request told before, now the subject, is no request of its own
    ("the_request_told_before", "The request marks a shift in the challenges Africa faces with vaccines.", []),
    # a noun given as a reason tells no happening of its own
    ("because_of_export_bans", "COVAX will deliver about 470 million doses to Africa this year, 150 million fewer "
                               "than planned, because of export bans and supply delays.", ["delivery"]),
    # a holder's stock brought to a count is a tally, whatever word the holder hangs on
    ("a_stock_brought_to_a_count", "The consignment will bring the nation's vaccine stock to about 12 million doses.",
     []),
    # a total delivered is delivered (a tally brought to a count is not: below)
    ("a_total_delivered", "China has delivered a total of 6.4 million doses.", ["delivery"]),
    # a trigger that names a scheme is no act of the scheme's
    ("scheme_named_by_its_act", "Namibia has applied for 250,000 doses under the African Union's vaccine acquisition "
                                "programme.", ["request"]),
    # and so is a body it names
    ("body_named_by_its_act", "Ghana took delivery of 350,000 doses donated by the United States through the African "
                              "Union's vaccine acquisition task team.", ["delivery"]),
    # doses named in a clause of time inside what is given are not what is given
    ("approvals_given_before_doses_are_sent", "Sri Lanka and Mauritius have yet to give the regulatory approvals "
                                              "needed before doses can be sent.", ["delivery"]),
    # a clause of time with its own subject is no part of what the verb above it governs
    ("a_clause_set_against_a_refusal", "Tanzania and Burundi have refused vaccines, while Eritrea has not started "
                                       "vaccinating.", ["rejection", "administration"]),
]


@pytest.mark.parametrize(("text", "types"), [c[1:] for c in FRAMES], ids=[c[0] for c in FRAMES])
def test_frame_words_are_no_events(nlp: Language, text: str, types: list[str]) -> None:
    assert [e[0] for e in _one(nlp, text)] == types


DEMONYMS = [
    ("received", "More than 500,000 Iraqis have received the Pfizer vaccine.",
     ("administration", "asserted", ["Iraq"], ["Iraq"], ["Pfizer-BioNTech"], 500_000, "people", "more_than")),
    ("given_in_the_passive", "More than 925,000 Sri Lankans have already been given the AstraZeneca shot.",
     ("administration", "asserted", ["Sri Lanka"], ["Sri Lanka"], ["AstraZeneca"], 925_000, "people", "more_than")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DEMONYMS], ids=[c[0] for c in DEMONYMS])
def test_a_people_named_by_its_demonym_is_vaccinated(nlp: Language, text: str, expected: tuple) -> None:
    # EVENTS.md 6.5: the country of the people vaccinated, counted as people
    assert _one(nlp, text) == [expected]


def test_a_delivery_that_was_not_implemented_is_negated(nlp: Language) -> None:
    text = "The WHO allocated 1.9 million doses to Iraq, but the delivery was not implemented."
    assert [e[:2] for e in _one(nlp, text)] == [("offer", "asserted"), ("delivery", "negated")]


# (id, sentence, (quantity, unit, qualifier) of each administration): a further count joined by "and"
# with no verb of its own is its own event (EVENTS.md 6.1); others are not
COUNTS = [
    ("and_with_two_doses", "Kenya has vaccinated 2 million people with one dose and 500,000 with two.",
     [(2_000_000, "people", "exact"), (500_000, "people", "exact")]),
    ("and_the_required_two", "So far, 925,300 people in Chile have received one vaccine dose, and about 158,000 "
                             "the required two.", [(925_300, "people", "exact"), (158_000, "people", "about")]),
    ("doses_to_people", "Chile has administered 20 million doses to 12 million people.",
     [(20_000_000, "doses", "exact")]),
    ("and_a_share", "Ghana has vaccinated 1.2 million people and 40 percent of its health workers.",
     [(1_200_000, "people", "exact")]),
]


@pytest.mark.parametrize(("text", "counts"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_further_counts(nlp: Language, text: str, counts: list[tuple]) -> None:
    assert [e[5:] for e in _one(nlp, text) if e[0] == "administration"] == counts


# a count whose noun was left out counts the doses the sentence counts: (id, sentence, (type, recipient, count))
BARE_COUNTS = [
    ("assigned_a_bare_count", "Jamaica is due to get 124,800 doses, while Haiti has been assigned 756,000.",
     [("delivery", ["Jamaica"], 124_800), ("offer", ["Haiti"], 756_000)]),
    ("delivered_only_a_bare_count", "Guatemala suspended its contract for 16 million doses after Russia delivered "
                                    "only 550,000.", [("purchase", ["Guatemala"], 16_000_000),
                                                      ("delivery", [], 550_000)]),  # to the article's country
    ("ranked_bare_count_arrives", "Hungary has also ordered 2 million doses of Sputnik V from Russia, and the first "
                                  "40,000 arrived in December.", [("purchase", ["Hungary"], 2_000_000),
                                                                  ("delivery", ["Hungary"], 40_000)]),
    ("bare_count_of_a_vaccine", "Venezuela has so far received 750,000 doses of Sputnik V and 500,000 of Sinopharm.",
     [("delivery", ["Venezuela"], 750_000), ("delivery", ["Venezuela"], 500_000)]),
    ("further_bare_count_expected", "Ghana received 600,000 doses on Wednesday, with a further 400,000 expected "
                                    "next week.", [("delivery", ["Ghana"], 600_000), ("delivery", ["Ghana"], 400_000)]),
    ("further_bare_count_applied_for", "Uzbekistan has received 660,000 doses through COVAX and applied for a "
                                       "further 3 million.", [("delivery", ["Uzbekistan"], 660_000),
                                                              ("request", ["Uzbekistan"], 3_000_000)]),
    ("bare_count_expected", "Bolivia has signed an agreement with AstraZeneca for 5 million doses and expects 92,000 "
                            "through COVAX.", [("purchase", ["Bolivia"], 5_000_000), ("delivery", ["Bolivia"], 92_000)]),
    # "more" with no number: more of the doses named, of no count the sentence gives
    ("more_expected_from", "Botswana has bought 500,000 doses of Sinovac and is expecting more from China.",
     [("purchase", ["Botswana"], 500_000), ("delivery", ["Botswana"], None)]),
    ("more_expected_in", "Kenya received 100,000 doses and expects more in May.",
     [("delivery", ["Kenya"], 100_000), ("delivery", ["Kenya"], None)]),
    # who was promised the whole receives the part that arrived
    ("part_of_the_doses_promised_arrived", "Of the 2 million doses Peru was promised, just 300,000 have arrived.",
     [("offer", ["Peru"], 2_000_000), ("delivery", ["Peru"], 300_000)]),
    ("part_of_a_count_received", "Colombia has received 800,000 of the 2.5 million Sinovac doses it bought.",
     [("delivery", ["Colombia"], 800_000), ("purchase", ["Colombia"], 2_500_000)]),
    ("ranked_count_expected_to_arrive", "Japan will provide 300,000 doses to Mongolia, and the first 100,000 were "
                                        "expected to arrive next week.",
     [("offer", ["Mongolia"], 300_000), ("delivery", [], 100_000)]),
    ("another_count_due_to_arrive", "China will send 1 million doses to Laos, and another 400,000 are due to arrive "
                                    "on Friday.", [("delivery", ["Laos"], 1_000_000), ("delivery", ["Laos"], 400_000)]),
    # a share after "with" with a subject of its own is its own happening, with its own bare count
    ("a_share_with_its_own_subject", "The EU will deliver 651,000 doses to Serbia, Albania and North Macedonia, with "
                                     "Serbia getting 171,000.",
     [("delivery", ["Serbia", "Albania", "North Macedonia"], 651_000), ("delivery", ["Serbia"], 171_000)]),
    ("another_bare_count_arrived", "China had given Manila 600,000 doses in February, and another 400,000 arrived "
                                   "last week.", [("delivery", ["Philippines"], 600_000),
                                                  ("delivery", ["Philippines"], 400_000)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BARE_COUNTS], ids=[c[0] for c in BARE_COUNTS])
def test_a_bare_count_counts_the_doses_named(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [(e[0], e[3], e[5]) for e in _one(nlp, text)] == expected


# (id, sentence, (event type, status) of each event)
STATUSES = [
    # a verb joined by "and" in the past tense tells its own time, not the future before it
    ("past_after_a_future", "Private companies will be allowed to import vaccines, and the first 50,000 doses of "
                            "Sputnik V bought by a private firm arrived last week.",
     [("purchase", "asserted"), ("delivery", "asserted")]),
    # what the doses arrived ahead of is still to come
    ("ahead_of_a_campaign", "More than 1.2 million doses arrived in Gaza on Sunday, ahead of a campaign to vaccinate "
                            "640,000 children.", [("delivery", "asserted"), ("administration", "planned")]),
    # interest shown in buying is a plan; a deal "neither" signed was not signed
    ("interest_in_buying_neither_signed", "Mexico and Argentina have expressed interest in buying the vaccine, "
                                          "officials said, though neither has signed a contract.",
     [("purchase", "planned"), ("purchase", "negated")]),
    # a headline's object the parser takes for a clause is still what is cancelled
    ("headline_cancels_deal", "Brazil cancels Covaxin deal amid corruption probe", [("purchase", "negated")]),
    # a headline's verb of stopping the parser takes for a noun before the trigger
    ("headline_halts_exports", "India halts vaccine exports to focus on domestic needs", [("delivery", "negated")]),
    # what money is lent or granted for is still to come
    ("financing_to_buy", "Lebanon has applied to the World Bank for financing to buy another 2 million doses.",
     [("purchase", "planned")]),
    ("loan_to_buy", "Kenya received a loan to buy 5 million doses.", [("purchase", "planned")]),
    # not before a time is later, not never
    ("not_expected_until", "The doses are not expected until the second quarter.", [("delivery", "planned")]),
    # a purchase that money is set aside for is still to come; one paid for is not
    ("budget_for_the_purchase", "Thailand's cabinet approved a budget of 6.1 billion baht on Tuesday for the purchase "
                                "of 26 million doses of AstraZeneca vaccine.", [("purchase", "planned")]),
    ("paid_for_the_purchase", "Kenya paid 10 million dollars for the purchase of 2 million doses.",
     [("purchase", "asserted")]),
    # none up to the moment told: "until then", "until now" is no later time
    ("not_received_until_then", "Haiti had not received any vaccines until then.", [("delivery", "negated")]),
    ("will_not_arrive_before", "The vaccines will not arrive before June.", [("delivery", "planned")]),
    ("did_not_arrive", "The vaccines did not arrive.", [("delivery", "negated")]),
    # holding a campaign runs it ("hold" stops only what it holds back)
    ("holding_a_campaign", "Afghanistan will hold a polio campaign next week, using 10 million doses.",
     [("administration", "planned")]),
    # every form of a verb of intending plans what it governs
    ("seeking_to_buy", "Peru is seeking to buy 20 million doses from Pfizer.", [("purchase", "planned")]),
    ("aiming_to_receive", "Ghana is aiming to receive 2 million doses by June.", [("delivery", "planned")]),
    ("readiness_to_send", "China expressed readiness to send vaccines to Afghanistan.", [("delivery", "planned")]),
    ("scrambled_to_secure", "Kenya scrambled to secure 5 million doses.", [("purchase", "planned")]),
    ("in_negotiations_to_acquire", "The ministry is in negotiations to acquire 5 million doses of Moderna.",
     [("purchase", "planned")]),
    # a participle after the noun plans it as an adjective before it does
    ("consignment_expected", "Pakistan has been allocated 1.3 million doses of the Pfizer vaccine by the COVAX "
                             "facility, officials said, with the first consignment expected within two weeks.",
     [("offer", "asserted"), ("delivery", "planned")]),
    # a request not answered was made all the same
    ("request_not_answered", "Bolivia's request to the United States for surplus AstraZeneca doses has not yet been "
                             "answered.", [("request", "asserted")]),
    # a gerund the parser hangs on a verb of stopping as an adverbial is still what stops
    ("stops_using", "Denmark stops using AstraZeneca, offers doses to others", [("administration", "negated"),
                                                                              ("offer", "asserted")]),
    # every form of a verb of stopping negates what it governs
    ("stopping_the_export", "India is stopping the export of vaccines to Bangladesh.", [("delivery", "negated")]),
    ("blocking_shipments", "The EU is blocking shipments of AstraZeneca doses to Australia.", [("delivery", "negated")]),
    ("will_be_first_to_get", "The president said he will be the first in Peru to get inoculated with the vaccine.",
     [("administration", "planned")]),
    ("was_first_to_get", "The president was the first in Peru to get inoculated with the vaccine.",
     [("administration", "asserted")]),
    ("going_unhindered", "Our vaccination rollout is going unhindered.", [("administration", "asserted")]),
    ("going_to_deliver", "UNICEF is going to deliver 300,000 doses to Chad.", [("delivery", "planned")]),
    # a booster is a dose of a person's series: offering boosters vaccinates, giving them to a state supplies it
    ("offer_boosters", "Bahrain to offer Sinopharm boosters", [("administration", "planned")]),
    ("boosters_to_a_state", "Germany will give 2 million boosters to Ukraine.", [("offer", "asserted")]),
    ("should_have_been", "A million doses that should have been administered already in Kenya are in storage.",
     [("administration", "negated")]),
    ("controls_on_exports", "India put temporary controls on vaccine exports.", [("delivery", "negated")]),
    # a past participle on the object tells of what happened: the negation is the governing verb's
    # a single dose that comes from a party is a supply, whoever speaks; from a nurse it is a shot
    ("single_dose_from_covax", '"We have not received a single dose from COVAX," the minister said.',
     [("delivery", "negated")]),
    ("first_dose_from_a_nurse", "I received my first dose from a nurse in Accra.", [("administration", "asserted")]),
    ("not_received_the_promised", "Burundi has not received the doses promised by China.",
     [("delivery", "negated"), ("offer", "asserted")]),
    ("did_not_need_the_set_aside", "The country did not need the 1.2 million doses set aside for it.",
     [("offer", "asserted")]),
    ("ban_on_vaccines_is_a_rejection", "Ghana announced a ban on vaccines from Russia.", [("rejection", "asserted")]),
    # "be to" is a future (EVENTS.md 2: planned), "yet to be" a happening that has not taken place
    ("is_to_receive", "Kenya is to receive 1 million doses of AstraZeneca next week.", [("delivery", "planned")]),
    ("in_line_to_receive", "Indonesia is in line to receive 8 million doses from COVAX.", [("delivery", "planned")]),
    ("are_to_be_delivered", "The doses are to be delivered to Fiji in May.", [("delivery", "planned")]),
    ("yet_to_be_handed_over", "The vaccines are yet to be handed over to the ministry.", [("delivery", "negated")]),
    # what a party has agreed to do is still to be done; agreeing to give is an offer (EVENTS.md 6.3)
    ("agreed_to_buy", "Peru agreed to buy 10 million doses of Sinopharm.", [("purchase", "planned")]),
    ("agreed_to_provide", "China has agreed to provide 10 million doses to COVAX.", [("offer", "asserted")]),
    ("batch_is_due", "The first consignment of 1 million doses is due in December.", [("delivery", "planned")]),
    # a negation covers every verb of an "or", not of a "but"
    ("not_a_or_b", "Ukraine will not register or buy the Russian Sputnik V vaccine.", [("purchase", "negated")]),
    ("not_a_but_b", "Ukraine did not register but bought the Russian Sputnik V vaccine.", [("purchase", "asserted")]),
    # ending a deal is a negated purchase (EVENTS.md 6.9), whichever verb or phrase ends it
    ("terminated_agreement", "Peru terminated its agreement with Sinopharm for 1 million doses.",
     [("purchase", "negated")]),
    ("backed_out_of_deal", "The Philippines backed out of a deal to buy 25 million doses of Sinovac.",
     [("purchase", "negated")]),
    ("pulled_out_of_contract", "Guatemala pulled out of its contract for 16 million doses of Sputnik V.",
     [("purchase", "negated")]),
    ("reneged_on_agreement", "Chile reneged on its agreement to buy 4 million doses of Sinovac.",
     [("purchase", "negated")]),
    ("called_off_deal", "The Palestinian Authority called off a deal to buy 1 million doses of the Pfizer vaccine.",
     [("purchase", "negated")]),
    ("pulled_out_of_storage", "The doses were pulled out of cold storage and delivered to Lima.",
     [("delivery", "asserted")]),
    ("none_of_the_doses", "None of the 5 million doses have been delivered.", [("delivery", "negated")]),
    # what a party rules out will not happen
    ("ruled_out", "Australia has ruled out sending more vaccines to Papua New Guinea.", [("delivery", "negated")]),
    # a supply "of" vaccines with a source or a destination is a delivery, as a "vaccine supply" is
    ("supply_of_doses_halted", "The supply of 5 million doses from India was halted.", [("delivery", "negated")]),
    # a count without its noun ("1 billion more") counts the doses just named
    ("more_of_the_same", "The company has delivered 300 million doses this year and plans to deliver 1 billion more.",
     [("delivery", "asserted"), ("delivery", "planned")]),
    # doses given to a share of a people go into arms
    ("given_to_a_share_of_its_people", "Laos has given at least one dose to 40 percent of its people.",
     [("administration", "asserted")]),
    ("count_without_noun_as_subject", "Nepal had paid in full for 2 million doses, but only 1 million have been "
                                      "supplied.", [("delivery", "asserted")]),
    # an order of doses with the infinitive of their delivery is a purchase, not a command to someone
    ("ordered_doses_to_be_delivered", "The government has ordered 500,000 doses of the polio vaccine, to be delivered "
                                      "by December.", [("purchase", "asserted")]),
    # a relative clause hanging from the doses holds an event of its own
    ("relative_clause_of_doses", "Peru agreed to purchase 38 million Sinopharm doses, the first 300,000 of which were "
                                 "due to arrive this month.", [("purchase", "planned"), ("delivery", "planned")]),
    # a clause in the simple past with its own subject has its own tense, whatever the verb it hangs from
    ("past_under_a_future", "Fiji will start vaccinating adults next month after Australia delivered 100,000 doses.",
     [("administration", "planned"), ("delivery", "asserted")]),
    # a clause of time under a future tells of the future, "as soon as" as "once" or "when"
    ("as_soon_as_under_a_future", "Vaccination will begin as soon as the doses arrive in Accra.",
     [("administration", "planned"), ("delivery", "planned")]),
    ("as_soon_as_under_a_past", "Vaccination began as soon as the doses arrived in Accra.",
     [("administration", "asserted"), ("delivery", "asserted")]),
    # a headline's infinitive is a plan wherever the parser hangs it, not an infinitive of a noun in a sentence
    ("headline_infinitive_under_its_subject", "Bolivia to receive Sputnik V after Russia approves request",
     [("delivery", "planned")]),
    ("first_country_to_receive", "The first country to receive vaccines from COVAX was Ghana.",
     [("delivery", "asserted")]),
    # nor a headline's infinitive on the first, the last or the only one to do it, which has done it
    ("headline_first_country_to_receive", "Uganda first country to get new Ebola vaccine", [("delivery", "asserted")]),
    ("headline_last_nation_to_receive", "Fiji last Pacific nation to receive COVAX doses", [("delivery", "asserted")]),
    # a verb joined by "and" with a tense of its own keeps it; without one it shares its first verb's
    ("conjunct_with_its_own_tense", "Kyrgyzstan is expecting 150,000 doses from China and has asked COVAX for "
                                    "vaccines.", [("delivery", "planned"), ("request", "asserted")]),
    ("conjunct_expected_to", "Peru plans to buy 2 million doses and is expected to receive them in May.",
     [("purchase", "planned"), ("delivery", "planned")]),
    ("deal_fell_through", "The deal to buy 10 million doses from Sinovac fell through.", [("purchase", "negated")]),
    ("deal_collapsed", "The deal to buy 10 million doses from Sinovac collapsed in March.", [("purchase", "negated")]),
    ("vowed_to_vaccinate", "The president vowed to vaccinate 2 million children by June.",
     [("administration", "planned")]),
    ("conjunct_of_a_request", "Ukraine has asked the WHO for 10 million doses and received 500,000 doses from "
                              "Hungary.", [("request", "asserted"), ("delivery", "asserted")]),
    # a perfect participle tells a past of its own under a plan
    # pausing a rollout suspends use (EVENTS.md 6.9); holding a campaign runs it
    ("paused_its_rollout", "South Africa paused its rollout of the AstraZeneca vaccine.", [("administration", "negated")]),
    # supply stopped, in a text on vaccines, is a delivery that does not happen
    ("exports_suspended", "Sri Lanka has run out of AstraZeneca doses for second shots after India suspended exports.",
     [("delivery", "negated")]),
    ("having_arrived_under_a_plan", "India is set to receive 15 million doses by August, with the first 150,000 "
                                    "doses having arrived on May 1.", [("delivery", "planned"), ("delivery", "asserted")]),
    # a participle joined to a passive, with no auxiliary of its own, shares its tense (the parser tags it a past)
    ("joined_to_a_future_passive", "The doses will be procured by UNICEF and delivered over the next six months.",
     [("purchase", "planned"), ("delivery", "planned")]),
    ("joined_to_a_past_passive", "The doses were procured by UNICEF and delivered last week.",
     [("purchase", "asserted"), ("delivery", "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STATUSES], ids=[c[0] for c in STATUSES])
def test_status(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e[0], e[1]) for e in _one(nlp, text)] == expected


@pytest.mark.xfail(strict=True, reason="known gap: deliveries held up ('delays in vaccine supply') read as planned "
                   "changed two training candidates' rule status (dev a38's headline, gold planned or negated): thirty "
                   "draws F1 +0.0000 (11 up, 8 down), strict -0.0004 (10 up, 13 down), provider -0.0003")
def test_deliveries_held_up_are_still_to_come(nlp: Language) -> None:
    events = _one(nlp, "Kenya has suffered delays in deliveries of the AstraZeneca vaccine from India.")
    assert [(e[0], e[1]) for e in events] == [("delivery", "planned")]


@pytest.mark.xfail(strict=True, reason="known gap: a verb in the perfect with its own subject keeping its tense under "
                   "a word of a plan changed two training documents' rule status (a26 gained its gold administration): "
                   "thirty draws F1 -0.0011 (10 up, 20 down), strict -0.0013 (11 up, 16 down), ECE +0.0017")
def test_a_perfect_under_a_plan_keeps_its_tense(nlp: Language) -> None:
    events = _one(nlp, "Cameroon has asked COVAX for a further 2 million doses, although it has used only a fraction "
                       "of the 1.2 million it received.")
    assert [(e[0], e[1]) for e in events] == [("request", "asserted"), ("administration", "asserted"),
                                              ("delivery", "asserted")]


def test_rejecting_an_offer_of_vaccines_is_a_rejection(nlp: Language) -> None:
    # EVENTS.md 1: a party rejects "doses or an offer"; the offer's vaccines may be named a sentence before
    after_vaccines = Context(previous_vaccine_related=True)
    assert [e[0] for e in _one(nlp, "Myanmar rejected the offer.", after_vaccines)] == ["rejection"]
    assert _one(nlp, "Myanmar rejected the offer.") == []
    # what the offer would supply is the offer's content, not a delivery that did not happen (EVENTS.md 1)
    declined = _one(nlp, "Bangladesh has decided not to accept Russia's offer to supply its Sputnik V vaccine.")
    assert [(e[0], e[1]) for e in declined] == [("rejection", "asserted")]
    # the doses refused were offered all the same, whatever tense the parser gives the participle
    refused = _one(nlp, "Haiti has refused to accept 756,000 doses of the AstraZeneca vaccine offered through COVAX.")
    assert [(e[0], e[1]) for e in refused] == [("rejection", "asserted"), ("offer", "asserted")]
    # asking a giver not to send more turns the doses down
    assert _one(nlp, "Namibia has asked COVAX not to send any more doses until its stocks run down.") == [
        ("rejection", "asserted", ["COVAX"], ["Namibia"], [], None, None, None)]


# (id, sentence, the article's country, (type, status, provider, recipient) of each event)
ARTICLE_PARTIES = [
    # doses carried in by no one named come to the article's country
    ("carried_in", "The vaccines were flown in on a chartered plane.", "Haiti",
     [("delivery", "asserted", [], ["Haiti"])]),
    # the country a description stands for is allotted what it is allocated
    ("country_described_allotted", "The country had been allocated 2.4 million doses under COVAX.", "Venezuela",
     [("offer", "asserted", ["COVAX"], ["Venezuela"])]),
    # who is given them before where: a place told with "in" names no receiver when the subject is one
    ("country_described_allotted_in_a_round", "The country had been allocated 1.2 million doses in the first round "
     "of COVAX allocations.", "Tanzania", [("offer", "asserted", ["COVAX"], ["Tanzania"])]),
    # who pays for the doses gives none
    ("funds_for_what_arrived", "The vaccines, paid for with funds from Gavi, arrived at the airport on Friday.",
     "Haiti", [("delivery", "asserted", [], ["Haiti"])]),
    ("financed_shipment", "Lebanon received its first shipment of 28,500 doses on Saturday, financed by the World "
                          "Bank.", None, [("delivery", "asserted", [], ["Lebanon"])]),
    # who gave a part gave not the whole, and each part is a delivery of its own
    ("giver_of_a_part", "Ethiopia has received 6.1 million doses, including 2.2 million from COVAX and 1.1 million "
                        "donated by the United States.", None,
     [("delivery", "asserted", [], ["Ethiopia"]), ("delivery", "asserted", ["COVAX"], ["Ethiopia"]),
      ("delivery", "asserted", ["United States"], ["Ethiopia"])]),
    ("giver_of_a_part_after_a_colon", "Rwanda has received 1 million doses so far: 600,000 from COVAX and 400,000 "
                                      "from China.", None,
     [("delivery", "asserted", [], ["Rwanda"]), ("delivery", "asserted", ["COVAX"], ["Rwanda"]),
      ("delivery", "asserted", ["China"], ["Rwanda"])]),
    # a clause with a subject of its own on the doses is no part of the gift it hangs on (a running total)
    ("total_received", "Germany has donated 1.2 million doses to Ghana, bringing the total doses Ghana has received to "
                       "6.5 million.", None, [("delivery", "asserted", ["Germany"], ["Ghana"]),
                                              ("delivery", "asserted", [], ["Ghana"])]),
    # only an organisation is a channel: "under" a leader the parser takes for a place names no giver
    ("under_a_leader", "Under Magufuli, Tanzania refused to order any vaccines.", None,
     [("rejection", "asserted", [], ["Tanzania"])]),
    # a region that places a group ("one of the last countries in West Africa") is no party
    ("region_placing_a_group", "Burkina Faso received 115,200 doses through COVAX, making it one of the last countries "
                               "in West Africa to start vaccinating.", None,
     [("delivery", "asserted", ["COVAX"], ["Burkina Faso"]),
      ("administration", "asserted", ["Burkina Faso"], ["Burkina Faso"])]),
    # "by neighbouring Albania": the parser's gerund names the giver all the same
    ("giver_after_an_adjective", "Kosovo received its first 24,000 doses on Saturday, donated by neighbouring "
                                 "Albania.", None, [("delivery", "asserted", ["Albania"], ["Kosovo"])]),
    # a gerund that is a trigger of its own ("waiting for supplies from COVAX") names no giver of the doses received
    ("gerund_of_its_own", "Kosovo received 24,000 doses on Saturday, after months of waiting for supplies from COVAX.",
     None, [("delivery", "asserted", [], ["Kosovo"]), ("delivery", "planned", ["COVAX"], ["Kosovo"])]),
    # a relative clause on the party allotted names no other party allotted
    ("allotted_with_a_clause", "Kosovo, which is not a member of the United Nations, had been promised 100,000 doses "
                               "by COVAX.", None, [("offer", "asserted", ["COVAX"], ["Kosovo"])]),
    # deliveries from a maker the model tags as a vaccine come from that maker, to whoever struggles with them
    ("deliveries_from_a_maker", "Ecuador has signed a contract with China's Sinovac for 2 million doses of its "
                                "CoronaVac vaccine, President Lenin Moreno said on Monday, as the country struggles "
                                "with slow deliveries from Pfizer.", None,
     [("purchase", "asserted", ["China", "Sinovac"], ["Ecuador"]), ("delivery", "asserted", ["Pfizer"], ["Ecuador"])]),
    # what the doses came as, and from whom, wherever the parser hangs it
    ("received_as_grant_assistance", "The Government of Nepal today received 800,000 doses of the Vero Cell COVID-19 "
                                     "vaccine, manufactured by Sinopharm, as grant assistance from the Government of "
                                     "the People's Republic of China.", None,
     [("delivery", "asserted", ["China"], ["Nepal"])]),
    # what money asked for is to buy, the asker buys, not the lender asked
    ("loan_to_buy", "Peru also asked the World Bank for a 200 million dollar loan to buy vaccines.", None,
     [("purchase", "planned", [], ["Peru"])]),
    # who funded or paid for the doses that arrive gives none of them
    ("arrived_funded_by", "The doses, funded by Gavi, will arrive in Kampala next week.", None,
     [("delivery", "planned", [], ["Uganda"])]),
    # whose neighbour or ally a party is names no other party
    ("whose_neighbour", "Iraq's neighbour Iran has received 250,000 doses of Sinopharm from China.", None,
     [("delivery", "asserted", ["China"], ["Iran"])]),
    ("a_neighbour_beside", "Cameroon, Chad's neighbour, received 2 million doses of measles vaccine from UNICEF.", None,
     [("delivery", "asserted", ["UNICEF"], ["Cameroon"])]),
    # countries named before the vaccine are where it comes from, as their adjectives are
    ("countries_before_the_vaccine", "Iran has banned US and UK vaccines.", None,
     [("rejection", "asserted", ["United States", "United Kingdom"], ["Iran"])]),
    # "to" after "begin" names the receivers of the shipping begun, here a group; "in addition to" names none
    ("phase_of_shipping", "The World Health Organization will begin shipping swine flu vaccine to 95 developing "
                          "countries next month.", "France", [("delivery", "planned", ["WHO"], [])]),
    ("in_addition_to", "Countries such as Sweden and Norway in addition to South Korea have continued to provide "
                       "vaccines.", None, [("delivery", "asserted", ["Sweden", "Norway"], [])]),
    # a participle after the place where doses landed tells who gave them, wherever the parser hangs it
    ("landed_then_donated", "The first 500,000 doses of the Moderna vaccine landed in Port-au-Prince on Thursday, "
                            "donated by the United States through COVAX.", None,
     [("delivery", "asserted", ["United States"], ["Port-au-Prince"])]),
    ("landed_in_a_clause", "Two months after the first 500,000 doses landed in Port-au-Prince, donated by the United "
                           "States through COVAX, few Haitians have received a shot.", None,
     [("delivery", "asserted", ["United States"], ["Port-au-Prince"]),
      ("administration", "asserted", ["Haiti"], ["Haiti"])]),
    # an envoy acts for the state; "part of" a pledge beside the receiver names no receiver; doses shared worldwide
    # go to receivers left unnamed
    ("part_of_a_pledge", "The British High Commissioner on Friday handed over 300,000 doses of the AstraZeneca vaccine "
                         "to Malawi, part of the United Kingdom's pledge to share 100 million doses worldwide.", "Malawi",
     [("delivery", "asserted", ["United Kingdom"], ["Malawi"]), ("offer", "asserted", ["United Kingdom"], [])]),
    # who received the doses gives none of them, though the verbs share a passive
    ("flown_in_and_received_by", "The vaccines were flown in on a Qatar Airways flight and received by Health "
                                 "Cabinet Secretary Mutahi Kagwe.", "Kenya", [("delivery", "asserted", [], ["Kenya"])]),
    # receivers named only as a group are left unnamed, as buyers are
    ("group_receives", "In total, 17 African countries will receive doses by the end of the month.", "Nigeria",
     [("delivery", "planned", [], [])]),
    # a state's minister of health stands for the article's country, as its ministry does
    ("minister_of_health", "The vaccines were handed over by the UNICEF Representative to the Minister of Health.",
     "Timor-Leste", [("delivery", "asserted", ["UNICEF"], ["Timor-Leste"])]),
    ("worldwide_on_the_doses", "Washington has promised to donate 80 million doses worldwide by the end of June.",
     "Honduras", [("offer", "asserted", ["United States"], [])]),
    # a headline's infinitive the parser hangs on its subject is no part of who receives
    ("headline_infinitive_on_its_subject", "Fiji to get Pfizer doses from New Zealand", None,
     [("delivery", "planned", ["New Zealand"], ["Fiji"])]),
    # a border crossing is a place, and who pays for a deal runs nothing that gives doses
    ("a_border_crossing", "About 53,800 doses of the AstraZeneca vaccine arrived in Syria on Wednesday through the Bab "
                          "al-Hawa border crossing.", None, [("delivery", "asserted", [], ["Syria"])]),
    ("a_deal_paid_for", "Lebanon is due to receive 2.1 million doses this year under a deal financed by the World "
                        "Bank.", None, [("delivery", "planned", [], ["Lebanon"])]),
    # doses expected, or shipped from somewhere, by no one named, come to the article's country
    ("doses_shipped_from", "The first 1.8 million doses were shipped from the emergency stockpile in February.",
     "Angola", [("delivery", "asserted", [], ["Angola"])]),
    ("doses_delivered_through_a_crossing", "The vaccines were delivered through the Kerem Shalom crossing.", "Palestine",
     [("delivery", "asserted", [], ["Palestine"])]),
    ("doses_expected", "The first 48,000 doses are expected next week.", "Zambia",
     [("delivery", "planned", [], ["Zambia"])]),
    # ... as are doses given by a giver that is no party
    ("doses_provided_by_a_stockpile", "The country has vaccinated 6 million people with 7.4 million doses provided by "
                                      "the emergency stockpile.", "Angola",
     [("administration", "asserted", ["Angola"], ["Angola"]), ("delivery", "asserted", [], ["Angola"])]),
    # "it" under the clause of "the country" stands for what that describes, not for the giver named between them
    ("a_pronoun_under_a_described_subject", "The country had received 30,000 doses of Sputnik V in a donation from "
                                            "Moscow in April, and a further 40,000 doses it bought were due in May.",
     "Namibia", [("delivery", "asserted", ["Russia"], ["Namibia"]), ("purchase", "asserted", ["Russia"], ["Namibia"]),
                 ("delivery", "planned", ["Russia"], ["Namibia"])]),
    # ... and the parties of a clause on "the country" are no subject of the verb of saying "it" is under
    ("a_described_subject_with_a_clause", "The country, which has received 750,000 doses of Sputnik V from Russia, "
                                          "said it would ask COVAX for other vaccines instead.", "Venezuela",
     [("delivery", "asserted", ["Russia"], ["Venezuela"]), ("request", "planned", ["COVAX"], ["Venezuela"])]),
    # who pays beside a deal sells nothing
    ("who_pays_sells_nothing", "Pakistan has secured 33 million doses of typhoid vaccine, with Gavi paying for most of "
                               "them.", None, [("purchase", "asserted", [], ["Pakistan"])]),
]


@pytest.mark.parametrize(("text", "focus", "expected"), [c[1:] for c in ARTICLE_PARTIES],
                         ids=[c[0] for c in ARTICLE_PARTIES])
def test_parties_of_the_article(nlp: Language, text: str, focus: str | None, expected: list[tuple]) -> None:
    ctx = Context(focus_party=focus, previous_parties=(focus,) if focus else ())
    assert [e[:4] for e in _one(nlp, text, ctx)] == expected


def test_the_doses_a_party_ordered_were_bought(nlp: Language) -> None:
    # the parser may read "ordered arrived" as an order to someone; ordered doses are bought all the same
    events = _one(nlp, "Mongolia has asked Russia to speed up deliveries of the Sputnik V vaccine after only 60,000 of "
                       "the 1 million doses it ordered arrived.")
    assert ("purchase", "asserted", [], ["Mongolia"]) in [e[:4] for e in events]


def test_who_offered_what_was_turned_down_gives_nothing_else(nlp: Language) -> None:
    rejected = extract(nlp("Zambia has rejected an offer of Sputnik V vaccines from Russia."), Context())
    assert [(e.event_type, e.provider) for e in rejected] == [("rejection", ["Russia"])]
    ctx = Context(previous_events=tuple(rejected), previous_parties=("Zambia", "Russia"), refers_back=True)
    waits = _one(nlp, "The country will instead wait for the 228,000 doses of AstraZeneca it has been allocated.", ctx)
    assert [e[:4] for e in waits][:1] == [("delivery", "planned", [], ["Zambia"])]


def test_a_pledge_to_share_with_a_group_takes_no_receiver_from_before(nlp: Language) -> None:
    given = extract(nlp("Sudan received 216,000 doses donated by Norway on Sunday."), Context())
    ctx = Context(previous_events=tuple(given), previous_parties=("Sudan", "Norway"), focus_party="Sudan")
    pledge = _one(nlp, "The shipment is part of Norway's pledge to share 1.1 million doses with African countries.", ctx)
    assert ("offer", "asserted", ["Norway"], []) in [e[:4] for e in pledge]


def test_a_pronoun_that_gives_is_who_gave_just_before(nlp: Language) -> None:
    # the article's own country received in the sentence before: "it" is the giver named there
    given = extract(nlp("Japan said it would send a further 616,000 doses to Laos in August."), Context())
    ctx = Context(previous_events=tuple(given), previous_parties=("Japan", "Laos"), focus_party="Laos")
    provided = _one(nlp, "It has already provided 200,000 doses.", ctx)
    assert [e[:4] for e in provided] == [("delivery", "asserted", ["Japan"], ["Laos"])]


def test_the_country_described_is_the_articles_own_not_who_it_gave_to(nlp: Language) -> None:
    # the article's country gave in the sentence before: "the country" is it, not the one it gave to; a pronoun
    # stays with who played the role just before (the test above)
    given = extract(nlp("Papua New Guinea has given away 30,000 doses of AstraZeneca to the Solomon Islands."),
                    Context())
    ctx = Context(previous_events=tuple(given), previous_parties=("Papua New Guinea", "Solomon Islands"),
                  focus_party="Papua New Guinea")
    received = _one(nlp, "The country received 132,000 doses through COVAX in April.", ctx)
    assert [e[:4] for e in received] == [("delivery", "asserted", ["COVAX"], ["Papua New Guinea"])]


def test_a_maker_named_before_gives_only_its_own_vaccine(nlp: Language) -> None:
    deals = extract(nlp("Peru also has agreements with AstraZeneca for 14 million doses and with Pfizer for 20 "
                        "million."), Context())
    ctx = Context(previous_events=tuple(deals), previous_parties=("Peru", "AstraZeneca", "Pfizer"), refers_back=True)
    received = _one(nlp, "It received its first shipment of 300,000 doses of Sinopharm on Feb. 7.", ctx)
    assert [e[:4] for e in received] == [("delivery", "asserted", [], ["Peru"])]


def test_doses_from_givers_named_as_a_group_take_no_giver_from_before(nlp: Language) -> None:
    given = extract(nlp("Israel had earlier agreed to transfer 1 million doses to the Palestinian Authority."), Context())
    ctx = Context(previous_events=tuple(given), previous_parties=("Israel", "Palestine"), refers_back=True)
    received = _one(nlp, "It had so far received about 2 million doses from various sources.", ctx)
    assert [e[:4] for e in received] == [("delivery", "asserted", [], ["Palestine"])]
    # nor from one left unnamed, with "a"
    offered = extract(nlp("New Zealand has offered a further 20,000 doses."), Context())
    ctx = Context(previous_events=tuple(offered), previous_parties=("New Zealand",), refers_back=True)
    declined = _one(nlp, "Samoa declined an offer of vaccines from a private donor because they had not been "
                         "approved by its regulator.", ctx)
    assert [e[:4] for e in declined] == [("rejection", "asserted", [], ["Samoa"])]


def test_an_offer_turned_down_in_a_relative_clause_is_a_rejection(nlp: Language) -> None:
    events = _one(nlp, "China had offered to provide its own vaccines to Taiwan, an offer Taipei rejected.")
    assert [e[:4] for e in events] == [("offer", "asserted", ["China"], ["Taiwan"]),
                                       ("rejection", "asserted", ["China"], ["Taiwan"])]
    # ... whoever the clause's subject is
    events = _one(nlp, "China had offered its vaccines to Paraguay, an offer the government rejected.")
    assert [e[:2] for e in events] == [("offer", "asserted"), ("rejection", "asserted")]


def test_who_receives_sends_nothing_in_the_shipments_told_beside(nlp: Language) -> None:
    events = _one(nlp, "Cameroon will receive 1 million doses and Nigeria 1.5 million, with the first shipments due "
                       "next week.")
    assert ("delivery", "planned", [], ["Cameroon"]) in [e[:4] for e in events]
    assert not [e for e in events if "Cameroon" in e[2]]


def test_doses_bought_in_a_clause_on_a_batch_received_were_bought_from_its_sender(nlp: Language) -> None:
    events = _one(nlp, "Bolivia received 20,000 doses of the Sputnik V vaccine from Russia on Thursday, the first batch "
                       "of 5.2 million doses it has bought.")
    assert [e[:4] for e in events if e[0] == "purchase"] == [("purchase", "asserted", ["Russia"], ["Bolivia"])]


@pytest.mark.parametrize(("text", "parties"), [
    # the shipping verb's subject sold the doses, it did not buy them
    ("Cuba has shipped the first 1 million doses of its Abdala vaccine to Vietnam, part of a contract for 5 million "
     "doses.", (["Cuba"], ["Vietnam"])),
    # the parser sets the part beside the receiver, or takes it for a second object
    ("China delivered 500,000 doses to Chile, part of a deal for 10 million doses.", (["China"], ["Chile"])),
    ("Chile received 500,000 doses from China, part of a deal for 10 million doses.", (["China"], ["Chile"])),
    # the deal's own seller stays
    ("The doses arrived in Lima on Sunday, part of a deal with Sinopharm for 38 million doses.",
     (["Sinopharm"], ["Peru"])),
])
def test_a_deal_a_delivery_is_part_of_is_between_its_parties(nlp: Language, text: str,
                                                              parties: tuple[list[str], list[str]]) -> None:
    assert [(e[2], e[3]) for e in _one(nlp, text) if e[0] == "purchase"] == [parties]


def test_an_infinitive_counting_the_deals_doses_is_the_deal(nlp: Language) -> None:
    # the parser hangs the infinitive on the seller, which makes it a plan of its own; its count is the deal's
    events = _one(nlp, "Bolivia has signed an agreement with the Russian fund to purchase 5.2 million doses.")
    assert [(e[0], e[1], e[5]) for e in events] == [("purchase", "asserted", 5_200_000)]


def test_a_tally_brought_to_a_count_brings_no_doses(nlp: Language) -> None:
    tally = _one(nlp, "The deal brings the number of doses Colombia has secured to 61.5 million.")
    assert "delivery" not in [e[0] for e in tally]


def test_a_clause_of_time_keeps_its_count(nlp: Language) -> None:
    # "after Washington donated 2.5 million doses": that count is the gift's, not the request's
    asked = _one(nlp, "Taiwan has asked the United States for more vaccines, the minister said, after Washington "
                      "donated 2.5 million doses to the island.")
    assert [(e[0], e[5]) for e in asked] == [("request", None), ("delivery", 2_500_000)]
    # nor its date
    asked = extract(nlp("Taiwan has asked the United States for more vaccines after Washington donated 2.5 million "
                        "doses to the island last week."), Context(published=date(2021, 6, 1)))
    assert [(e.event_type, e.event_date) for e in asked] == [("request", None), ("delivery", "2021-05")]
    # nor does the sentence's own count, when the parser makes the clause of time the root that holds it
    bought = _one(nlp, "Honduras has agreed to purchase 4.2 million doses of Russia's Sputnik V vaccine, the government "
                       "said, after deliveries through the COVAX mechanism fell behind schedule.")
    assert [(e[0], e[5]) for e in bought] == [("purchase", 4_200_000), ("delivery", None)]


def test_a_clause_of_time_keeps_its_count_from_a_refusal(nlp: Language) -> None:
    # "after it had to destroy 20,000 doses last month": that count is the doses destroyed, not the ones refused (read
    # so for refusals and requests only: for every type, five training readings changed and thirty draws did not
    # improve, F1 +0.0005, strict -0.0005, provider -0.0005, ECE +0.0010)
    refused = _one(nlp, "Burkina Faso will refuse any vaccine doses that expire in less than three months, the health "
                        "minister said, after it had to destroy 20,000 doses last month.")
    assert [(e[0], e[5]) for e in refused] == [("rejection", None)]


def test_a_clause_of_purpose_of_another_kind_counts_its_own_doses(nlp: Language) -> None:
    text = "Zimbabwe gets Chinese vaccine, to buy 1.8 million more doses"
    assert [(e[0], e[5]) for e in _one(nlp, text)] == [("delivery", None), ("purchase", 1_800_000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The doses arrived in Accra; a second batch of 200,000 doses is expected next week.",
     [("delivery", "asserted", None), ("delivery", "planned", 200_000)]),
    ("Ghana has received 600,000 doses from COVAX; it will start vaccinating on Tuesday.",
     [("delivery", "asserted", 600_000), ("administration", "planned", None)]),
    ("Kenya received 1 million doses on Monday; Uganda got 500,000 on Tuesday.",
     [("delivery", "asserted", 1_000_000), ("delivery", "asserted", 500_000)]),
    # the parser may also make the clause after the semicolon a complement of the one before
    ("Sudan expects 4.5 million doses through COVAX; its first shipment of 800,000 arrived on March 3.",
     [("delivery", "planned", 4_500_000), ("delivery", "asserted", 800_000)]),
])
def test_clauses_beside_a_semicolon_keep_their_own_counts_and_tenses(nlp: Language, text: str,
                                                                     expected: list[tuple]) -> None:
    # the parser makes the clause before the semicolon a complement of the verb after it
    assert [(e[0], e[1], e[5]) for e in _one(nlp, text)] == expected


def test_a_headlines_signs_deal_is_a_verb_and_its_object(nlp: Language) -> None:
    # the parser reads "signs" as a noun, the subject of a verb "deal": no purchase was found
    events = _one(nlp, "Brazil signs deal for 100 million Pfizer doses")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("purchase", ["Pfizer"], ["Brazil"], 100_000_000)]


@pytest.mark.parametrize(("text", "expected"), [
    # the parser reads the verb as a noun compounded with its object, which it makes the root
    ("Japan pledges vaccine doses to Taiwan", ("offer", ["Japan"], ["Taiwan"])),
    ("Cuba ships vaccine doses to Venezuela", ("delivery", ["Cuba"], ["Venezuela"])),
    # or as a clause on its object: no rejection was found
    ("Zambia rejects Sputnik doses", ("rejection", [], ["Zambia"])),
    # or as the subject of a participle before its object: the participle's giving was a delivery by Tunisia
    ("Tunisia rejects donated doses near expiry", ("rejection", [], ["Tunisia"])),
])
def test_a_headlines_verb_taken_for_a_noun_is_a_verb(nlp: Language, text: str, expected: tuple) -> None:
    assert [(e[0], e[2], e[3]) for e in _one(nlp, text)] == [expected]


@pytest.mark.xfail(strict=True, reason="known gap: the rules make who accepts, welcomes or receives an offer or a "
                   "donation told by a noun, its giver unnamed, the giver; reading it as the one offered changed two "
                   "training documents (dev a34, b39, towards their gold): thirty draws F1 -0.0001 (10 up, 13 down), "
                   "provider +0.0012 (14 up, 10 down), ECE +0.0009, and the packaged split's provider 0.852 -> 0.849, "
                   "ECE 0.035 -> 0.060")
def test_who_accepts_an_offer_is_offered_it(nlp: Language) -> None:
    events = _one(nlp, "Belarus accepted a similar offer of 200,000 doses.")
    assert [(e[0], e[2], e[3]) for e in events] == [("offer", [], ["Belarus"])]


def test_a_headlines_batch_taken_for_a_verb_is_the_object_of_the_verb_above(nlp: Language) -> None:
    # the parser reads "batch" as a verb in a clause under the trigger: it was a delivery of its own
    events = _one(nlp, "Indonesia rejects AstraZeneca batch over expiry concerns")
    assert [(e[0], e[3]) for e in events] == [("rejection", ["Indonesia"])]


def test_a_headlines_first_verb_taken_for_the_object_of_the_second_is_listed_with_it(nlp: Language) -> None:
    # the parser makes "gets" a clause "asks" governs: the headline lists two happenings of one subject, the first
    # neither asked for nor planned; "for more" at its end asks for more of the doses named
    events = _one(nlp, "Moldova gets Romanian doses, asks EU for more")
    assert [e[:4] for e in events] == [("delivery", "asserted", ["Romania"], ["Moldova"]),
                                       ("request", "asserted", ["EU"], ["Moldova"])]


def test_a_verb_joined_in_the_future_counts_its_own(nlp: Language) -> None:
    events = _one(nlp, "Pakistan received 500,000 doses of the Sinopharm vaccine from China on Monday and will begin "
                       "inoculating health workers this week.")
    assert [(e[0], e[1], e[5]) for e in events] == [("delivery", "asserted", 500_000),
                                                    ("administration", "planned", None)]


def test_a_clause_set_against_the_triggers_names_its_own_vaccine(nlp: Language) -> None:
    events = _one(nlp, "China has pledged a further 500,000 doses, while Pakistan has bought 1 million doses of CanSino.")
    assert sorted((e[0], e[4]) for e in events) == [("offer", []), ("purchase", ["CanSino"])]


def test_a_verb_joined_to_a_request_for_doses_names_its_own_vaccine(nlp: Language) -> None:
    # what is applied for is the first verb's object, so the second, with an object of its own, tells its own
    events = _one(nlp, "Guatemala has applied to Russia for 16 million doses of the Sputnik V vaccine and asked Mexico "
                       "to lend it 1 million AstraZeneca doses.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["Russia"], ["Sputnik V"], 16_000_000),
                                                    (["Mexico"], ["AstraZeneca"], 1_000_000)]


def test_a_pronoun_in_a_clause_set_against_another_is_that_clauses_party(nlp: Language) -> None:
    events = _one(nlp, "Tanzania has not asked for any doses, while Burundi told COVAX it did not need the 1.2 million "
                       "doses earmarked for it.")
    assert [(e[0], e[3]) for e in events] == [("request", ["Tanzania"]), ("offer", ["Burundi"])]


def test_a_schemes_allocation_held_by_a_pronoun_is_allotted_to_whom_it_stands_for(nlp: Language) -> None:
    events = _one(nlp, "Georgia rejected an offer of Sputnik V and is waiting for its COVAX allocation of 43,200 doses.")
    assert [(e[0], e[2], e[3]) for e in events] == [("rejection", [], ["Georgia"]), ("offer", ["COVAX"], ["Georgia"])]


def test_a_letter_asking_for_doses_asks_whom_it_was_sent_to(nlp: Language) -> None:
    events = _one(nlp, "Ghana sent a letter to the United States requesting surplus doses.")
    assert [e[:4] for e in events] == [("request", "asserted", ["United States"], ["Ghana"])]


def test_a_participle_of_asking_on_whom_was_written_to_asks_the_writer(nlp: Language) -> None:
    # the parser hangs the participle on whom the letter went to, as if the WHO were seeking
    events = _one(nlp, "Kenya has written to the WHO seeking 2 million doses.")
    assert [e[:4] for e in events] == [("request", "asserted", ["WHO"], ["Kenya"])]
    # whom doses are sent to may seek more: no letter was sent, and who sends them asks for nothing
    events = _one(nlp, "The EU will send doses to countries seeking vaccines.")
    assert [e[3] for e in events if e[0] == "request"] == [[]]


def test_a_possessive_is_its_clauses_subject(nlp: Language) -> None:
    events = _one(nlp, "Nepal has asked China for vaccines after India suspended its exports of the AstraZeneca "
                       "vaccine.")
    assert [(e[0], e[1], e[2]) for e in events if e[0] == "delivery"] == [("delivery", "negated", ["India"])]


def test_a_refusal_joined_to_an_offer_refuses_it(nlp: Language) -> None:
    events = _one(nlp, "China had offered Taiwan its vaccines, but Taipei refused.")
    assert [e[:4] for e in events] == [("offer", "asserted", ["China"], ["Taiwan"]),
                                       ("rejection", "asserted", ["China"], ["Taiwan"])]
    # ... whoever the clause's subject is
    events = _one(nlp, "China had offered its vaccines to Paraguay, an offer the government rejected.")
    assert [e[:2] for e in events] == [("offer", "asserted"), ("rejection", "asserted")]
    # a refusal of something else of its own is no refusal of the offer
    assert [e[0] for e in _one(nlp, "China had offered Taiwan its vaccines, but Taipei refused to comment.")] == [
        "offer"]


def test_a_refusal_to_accept_what_was_named_refuses_it(nlp: Language) -> None:
    # "them" are the vaccines offered: the refusal is tied to them through the acceptance it will not make
    events = _one(nlp, "China has offered Taiwan its own vaccines, but Taipei has refused to accept them.")
    assert [(e[0], e[3]) for e in events] == [("offer", ["Taiwan"]), ("rejection", ["Taiwan"])]
    assert _one(nlp, "The government refused to accept any help from the opposition.") == []


def test_a_gerund_of_time_keeps_its_count(nlp: Language) -> None:
    # the doses received are counted by the receiving, not by the vaccinating the gerund tells the time of
    events = _one(nlp, "Bhutan has administered second doses to 90 percent of its adults after receiving 500,000 doses "
                       "of Moderna from the United States and 250,000 AstraZeneca doses from Denmark.")
    assert sorted((e[0], e[5] or 0) for e in events) == [("administration", 0), ("delivery", 250_000),
                                                         ("delivery", 500_000)]


def test_a_clause_of_time_keeps_its_vaccine(nlp: Language) -> None:
    # the vaccine of the trigger's clause, not the one of the clause of time
    supply = _one(nlp, "Bangladesh has asked China to supply 1.5 million doses of the Sinopharm vaccine after India "
                       "stopped exports of the AstraZeneca shots.")
    assert [(e[0], e[4]) for e in supply if e[0] == "request"] == [("request", ["Sinopharm"])]


def test_a_clause_on_a_described_country_tells_its_own_happening(nlp: Language) -> None:
    # "the island nation, which gave ...": the clause's count and vaccine are its own, and who gave is the nation
    ctx = Context(focus_party="Seychelles", previous_parties=("Seychelles",))
    events = _one(nlp, "The island nation, which gave 50,000 doses of Sinopharm to its residents, has asked India for "
                       "100,000 doses of Covishield.", ctx)
    assert [(e[0], e[4], e[5]) for e in events if e[0] == "request"] == [("request", ["AstraZeneca"], 100_000)]
    nation = _one(nlp, "The Central Asian nation, which has vaccinated more than half of its adults with China's "
                       "Sinopharm vaccine, has requested a further 500,000 Sputnik doses.",
                  Context(focus_party="Mongolia", previous_parties=("Mongolia",)))
    assert [(e[0], e[2], e[4]) for e in nation] == [("administration", ["Mongolia"], ["Sinopharm"]),
                                                    ("request", [], ["Sputnik V"])]


def test_doses_a_clause_on_them_says_were_given_were_delivered(nlp: Language) -> None:
    # "the 800,000 doses it has already given": the clause's object is the doses it is on
    events = _one(nlp, "China has offered to provide another 1 million doses of its Sinopharm vaccine to Nepal in "
                       "addition to the 800,000 doses it has already given.")
    assert [(e[0], e[1], e[2], e[5]) for e in events] == [("offer", "asserted", ["China"], 1_000_000),
                                                          ("delivery", "asserted", ["China"], 800_000)]


def test_a_clause_of_giving_asked_for_is_the_request(nlp: Language) -> None:
    # "requested that Japan send": as "asked Japan to send", Japan is asked and the sending no delivery of its own
    events = _one(nlp, "Vietnam has requested that Japan send more AstraZeneca doses.")
    assert [e[:4] for e in events] == [("request", "asserted", ["Japan"], ["Vietnam"])]


def test_a_count_of_what_the_doses_are_part_of_is_not_theirs(nlp: Language) -> None:
    # "part of a contract for 38 million doses": the whole; the batch's own count is the arrival's
    events = _one(nlp, "Peru's first batch of 300,000 doses of China's Sinopharm vaccine arrived in Lima on Sunday, "
                       "part of a contract for 38 million doses signed in January.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 300_000), ("purchase", 38_000_000)]


def test_an_offer_to_supply_a_party_in_a_text_on_vaccines_offers_them(nlp: Language) -> None:
    # "after Moscow offered to supply the country": what is offered is the vaccine the sentence is about
    events = _one(nlp, "Cambodia will not accept Russia's Sputnik V vaccine until it has been approved by the WHO, Hun "
                       "Sen said on Sunday, after Moscow offered to supply the country.")
    assert ("offer", "asserted", ["Russia"]) in [e[:3] for e in events]


def test_a_clause_on_a_giver_with_its_own_object_counts_in_its_own_words(nlp: Language) -> None:
    # "South Africa, which has also sent vaccines to Lesotho": the 100,000 are Malawi's
    events = _one(nlp, "Malawi received 100,000 doses from South Africa, which has also sent vaccines to Lesotho.")
    assert [(e[3], e[5]) for e in events] == [(["Malawi"], 100_000), (["Lesotho"], None)]


def test_a_pronoun_that_says_is_who_says_it(nlp: Language) -> None:
    # "Saudi Arabia said it had secured": "it" is the sayer, not the first party of the sentence
    events = _one(nlp, "Kuwait has received 200,000 doses, and Saudi Arabia said it had secured 3 million more from "
                       "Pfizer.")
    assert [(e[0], e[3]) for e in events] == [("delivery", ["Kuwait"]), ("purchase", ["Saudi Arabia"])]
    # the same under a verb of agreeing, where the sentence's first party had given before
    agreed = _one(nlp, "Lithuania pledged 100,000 doses to Ukraine, and Hungary said it had agreed to provide 50,000 "
                       "doses of Sputnik V to North Macedonia.")
    assert [(e[0], e[2], e[3]) for e in agreed] == [("offer", ["Lithuania"], ["Ukraine"]),
                                                    ("offer", ["Hungary"], ["North Macedonia"])]

    # a relative pronoun that says is the noun its clause is on, not the sentence's first party
    relative = _one(nlp, "Bolivia had earlier requested 1 million doses from the PAHO Revolving Fund, which said on "
                         "Friday it could send 400,000 doses within two weeks.")
    assert [(e[0], e[2]) for e in relative] == [("request", ["PAHO"]), ("delivery", ["PAHO"])]


def test_a_relative_clause_on_the_doses_counts_them(nlp: Language) -> None:
    # "500,000 doses of Sinopharm, which arrived on Feb 1": the arrival is of those doses, not of the 700,000 promised
    events = _one(nlp, "China had earlier donated 500,000 doses of Sinopharm, which arrived on Feb 1, and has promised "
                       "another 700,000.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 500_000), ("offer", 700_000)]


def test_asking_that_ones_own_doses_go_to_others_turns_them_down(nlp: Language) -> None:
    # "asked COVAX to reallocate its 400,000 doses": a refusal, as "asked COVAX not to send" is
    events = _one(nlp, "Burundi asked COVAX to reallocate its 400,000 doses to other countries.")
    assert [e[:4] for e in events] == [("rejection", "asserted", ["COVAX"], ["Burundi"])]
    # doses asked to go somewhere, none of them its own, are asked for
    events = _one(nlp, "Kenya asked COVAX to redirect more doses to Africa.")
    assert [e[0] for e in events] == ["request"]


@pytest.mark.xfail(strict=True, reason="known gap: \"paid for\" is no trigger; as a purchase bound to doses it added a "
                   "candidate to a dev text (\"doses ... it has already paid for\") and to a negative one: thirty draws "
                   "F1 -0.0001 (16 up, 12 down), strict +0.0005, provider +0.0019 (21 up, 7 down), recipient +0.0017 "
                   "(19 up, 7 down), but precision -0.0007, ECE +0.0032, false events per negative +0.0008")
def test_doses_paid_for_were_bought(nlp: Language) -> None:
    events = _one(nlp, "Guatemala wants Russia to return 80 million dollars it paid for 16 million doses of Sputnik V.")
    assert [(e[0], e[3], e[5]) for e in events] == [("purchase", ["Guatemala"], 16_000_000)]


@pytest.mark.xfail(strict=True, reason="known gap: \"contribute\" is no trigger; as an offer (like \"commit\") it added a "
                   "candidate to a dev text's gold offer and two that are none (\"contributing to financing\", a "
                   "negative text's \"contributing to vaccine development\"): thirty draws F1 -0.0001 (13 up, 15 "
                   "down), recall +0.0018, false events per negative -0.0067, but strict -0.0035 (9 up, 21 down), "
                   "provider -0.0043 (4 up, 25 down), precision -0.0020")
def test_doses_contributed_are_offered(nlp: Language) -> None:
    events = _one(nlp, "Germany will contribute 30 million doses to COVAX by the end of the year.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("offer", ["Germany"], ["COVAX"], 30_000_000)]


def test_a_participle_on_the_doses_counts_them(nlp: Language) -> None:
    events = _one(nlp, "Zimbabwe took delivery of 200,000 doses of the Sinopharm vaccine donated by China on Monday, "
                       "and expects a further 600,000 doses next week.")
    assert [(e[0], e[1], e[5]) for e in events] == [("delivery", "asserted", 200_000), ("delivery", "planned", 600_000)]


@pytest.mark.xfail(strict=True, reason="known gap: a goal of giving doses to people (\"aims to give\") is read as "
                   "an offer; turned down as a goal instead, with the next row's reading, it changed two training "
                   "readings (one to the gold's), and over thirty draws F1 -0.0003 (11 up, 18 down), strict -0.0014, "
                   "provider -0.0008, facts -0.0009, false events per negative -0.0017")
def test_a_goal_of_giving_doses_to_people_is_no_offer(nlp: Language) -> None:
    assert _one(nlp, "The country aims to give at least one dose to 70 percent of its people by the end of the year.") \
        == []


@pytest.mark.xfail(strict=True, reason="known gap: a noun trigger that is its verb's subject takes its own phrase "
                   "for its subject (\"a request to Russia ... went unanswered\" names Russia the asker); measured "
                   "with the row above (one training reading, to the gold's)")
def test_a_request_that_is_its_verbs_subject_is_addressed_not_made(nlp: Language) -> None:
    # "a request to Russia ... went unanswered": Russia is asked; the request's noun is no subject of itself
    events = _one(nlp, "Armenia turned to the European Union, after a request to Russia for 1 million doses of "
                       "Sputnik V went unanswered.")
    assert ("request", ["Russia"]) in [(e[0], e[2]) for e in events]
    assert all("Russia" not in e[3] for e in events)


@pytest.mark.xfail(strict=True, reason="known gap: \"reach\" is no trigger; as one (after a word for the doses, "
                   "in their own phrase) it made the parser read one more sentence of a seed article, whose party "
                   "mentions then counted otherwise: thirty draws F1 0.0000, strict -0.0009 (6 up, 12 down), "
                   "provider -0.0015 (3 up, 9 down), recipient +0.0011 (9 up, 3 down)")
def test_doses_that_reach_a_place_were_delivered(nlp: Language) -> None:
    events = _one(nlp, "More than 1.1 million doses of oral cholera vaccine reached Haiti on Monday.")
    assert [e[:4] for e in events] == [("delivery", "asserted", [], ["Haiti"])]


def test_a_group_with_a_clause_on_it_describes_no_party(nlp: Language) -> None:
    # "it" in the clause on "28 countries" is no description of one country or organisation named before
    events = _one(nlp, "Gavi has allocated 18 million doses, far short of the demand from 28 countries that have "
                       "asked for it.")
    assert [e[:4] for e in events if e[0] == "request"] == [("request", "asserted", [], [])]
    # nor a group whose owner a pronoun names
    events = _one(nlp, "The African Union offered 400 million doses to its members.", Context(
        previous_parties=("Burundi", "COVAX")))
    assert [e[:4] for e in events] == [("offer", "asserted", ["African Union"], [])]


def test_a_deal_signed_with_an_infinitive_is_one_purchase(nlp: Language) -> None:
    # EVENTS.md 6.2: "signed a deal to deliver" is one event, typed by the main predicate, though the deal noun is
    # the object of the verb of signing rather than a trigger the licence keeps
    events = _one(nlp, "The Russian Direct Investment Fund and Argentina signed a contract to deliver 10 million doses.")
    assert [e[0] for e in events] == ["purchase"]
    assert [e[0] for e in _one(nlp, "Pfizer said it had signed agreements to supply 1.7 billion doses.")] == ["purchase"]


def test_a_relative_clause_with_a_tense_of_its_own_is_no_part_of_a_deal(nlp: Language) -> None:
    # the parser hangs "which has so far delivered" on the purchase; what COVAX delivered is a happening of its own
    text = "Colombia has contracted 20 million doses through COVAX, which has so far delivered 1.2 million."
    assert [(e[0], e[5]) for e in _one(nlp, text)] == [("purchase", 20_000_000), ("delivery", 1_200_000)]
    # so is what a party named as the clause's subject did ("which UNICEF delivered")
    text = "Gavi funded the purchase of 19 million doses, which UNICEF delivered to Nigeria in October."
    assert [(e[0], e[2], e[5]) for e in _one(nlp, text)] == [("purchase", [], 19_000_000),
                                                             ("delivery", ["UNICEF"], 19_000_000)]
    # a promise in such a clause stays the deal's content (EVENTS.md 6.2)
    assert [e[0] for e in _one(nlp, "Kenya signed a deal with Russia, which will deliver 1 million doses.")] == [
        "purchase"]
    assert [e[0] for e in _one(nlp, "Kenya signed a deal for 1 million doses, which Russia will deliver in May.")] == [
        "purchase"]


# the receiver named by a relative pronoun leaves its own clause's parties aside (three times measured with a loss
# of recipient accuracy, -0.0038 to -0.0050, while a group's clause still named it a party; see the Member States below)
@pytest.mark.parametrize(("text", "expected"), [
    ("The countries that received doses from COVAX include Ghana.", ("delivery", "asserted", ["COVAX"], [])),
    ("Barbados, which also received doses from India, has pledged to share 10,000 of them.",
     ("delivery", "asserted", ["India"], ["Barbados"])),
])
def test_a_receivers_relative_clause_names_no_receiver(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in [e[:4] for e in _one(nlp, text)]


@pytest.mark.xfail(strict=True, reason="known gap: delays and postponements as plan words changed four training "
                   "readings, each to a status the gold accepts, yet F1 -0.0008 (1 up, 7 down), strict -0.0018 (8 down)")
@pytest.mark.parametrize("text", ["The shipment of Sputnik V to Guatemala was delayed again.",
                                  "Delivery of the doses was postponed until May."])
def test_a_supply_delayed_is_still_to_come(nlp: Language, text: str) -> None:
    # EVENTS.md 2; the dev gold accepts planned or negated for "have been delayed"
    assert [e[:2] for e in _one(nlp, text)] == [("delivery", "planned")]


@pytest.mark.xfail(strict=True, reason="known gap: \"transport\" reads its subject as the receiver; as a verb of "
                   "giving it changed two training readings (one to the gold's): recipient +0.0064 (10 of 10 up), "
                   "facts +0.0036, but provider -0.0035 (1 up, 7 down), F1 -0.0002")
def test_who_transports_doses_gives_them(nlp: Language) -> None:
    assert _one(nlp, "Kenya transported 10,000 doses to Uganda.") == [
        ("delivery", "asserted", ["Kenya"], ["Uganda"], [], 10_000, "doses", "exact")]


def test_a_phrase_on_the_object_acts_for_the_subject(nlp: Language) -> None:
    events = _one(nlp, "Georgia and Moldova have expressed interest in receiving some of the vaccine doses.")
    assert [e[3] for e in events] == [["Georgia", "Moldova"]]


def test_a_relative_clause_on_doses_gives_them(nlp: Language) -> None:
    # the parser takes the receiver for what is promised; the doses the clause is on are what is promised
    events = _one(nlp, "Romania on Sunday delivered 21,600 doses of AstraZeneca to Moldova, the first batch of a total of "
                       "200,000 doses it has promised its neighbour.")
    assert ("offer", ["Romania"], 200_000) in [(e[0], e[2], e[5]) for e in events]


@pytest.mark.xfail(strict=True, reason="known gap: a relative clause on a party may name other parties taken for it; "
                   "leaving such clauses out changed four training documents: 10 draws F1 -0.0023 (1 up, 7 down), "
                   "recipient -0.0086 (0 up, 10 down), strict -0.0074, facts -0.0050; leaving out only the trigger's "
                   "own clause: F1 -0.0023, recipient -0.0056 (0 up, 8 down)")
def test_a_relative_clause_on_a_party_names_no_other(nlp: Language) -> None:
    events = _one(nlp, "Kenya, which received 1 million doses from China last month, will now buy vaccines from Russia.")
    assert sorted((e[0], e[2], e[3]) for e in events) == [("delivery", ["China"], ["Kenya"]),
                                                         ("purchase", ["Russia"], ["Kenya"])]


@pytest.mark.xfail(strict=True, reason="known gap: \"paid for\" is no trigger; as a purchase (object-bound) it added "
                   "two unlicensed training candidates (dev b30, negatives d02): 10 draws F1 -0.0045 (1 up, 9 down) at "
                   "learner seeds 0-9, +0.0007 (6 up, 4 down) at 100-109, +0.0026 (6 up, 4 down) at 200-209: no gain")
def test_doses_paid_for_are_bought(nlp: Language) -> None:
    assert [e[0] for e in _one(nlp, "Venezuela said it had paid for 11 million doses through COVAX.")] == ["purchase"]


def test_a_dateline_names_no_party(nlp: Language) -> None:
    # the pieces the model cuts a dateline's place into are no parties; leaving whole dateline places out as well
    # changed training readings ("NEW DELHI (Reuters) - Serum Institute of India has sent" loses India) and over
    # thirty draws F1 -0.0005, strict -0.0029, provider -0.0025
    events = _one(nlp, "LA PAZ - Bolivia signed a contract with Russia's sovereign wealth fund for 5.2 million doses "
                       "of the Sputnik V vaccine.")
    assert [e[3] for e in events] == [["Bolivia"]]


@pytest.mark.xfail(strict=True, reason="known gap: \"follow\" is no trigger; as one (\"will/would/to follow\", a motion) "
                   "it added one training candidate, unlicensed, in a negative text (\"the adoption ... will follow in "
                   "the coming hours\"): 10 draws F1 -0.0025 (2 up, 7 down), strict -0.0018")
def test_doses_that_will_follow_are_a_delivery_to_come(nlp: Language) -> None:
    events = _one(nlp, "Another 800,000 doses would follow in February.")
    assert [(e[0], e[1], e[5]) for e in events] == [("delivery", "planned", 800_000)]


@pytest.mark.xfail(strict=True, reason="known gap: \"release\" is no trigger; as one it added four training "
                   "candidates, none an event (\"a statement released\", \"releasing data\"): 10 draws F1 -0.0014 "
                   "(3 up, 6 down), strict -0.0031; with an approved release of doses as an offer too, F1 -0.0035")
def test_doses_released_are_given(nlp: Language) -> None:
    events = _one(nlp, "The ICG has approved the release of 18 million doses of yellow fever vaccine for Angola.")
    assert [(e[0], e[3], e[5]) for e in events] == [("offer", ["Angola"], 18_000_000)]


@pytest.mark.xfail(strict=True, reason="known gap: a participle on a noun takes a count from the clause around it; "
                   "counting only its noun's changed five training readings, each to the gold's count, yet 10 draws "
                   "F1 -0.0033 (2 up, 8 down), recall -0.0036, ECE +0.0074")
def test_a_participle_counts_its_noun(nlp: Language) -> None:
    events = _one(nlp, "Cambodia has fully vaccinated more than 12 million people, mostly with vaccines donated by "
                       "China.")
    assert ("delivery", "asserted", ["China"], [], [], None, None, None) in events


@pytest.mark.xfail(strict=True, reason="known gap: a participle the parser tags as an adjective (\"Many donated "
                   "doses\") is read as a gift of its own; leaving it out changed one training reading, to the gold's, "
                   "yet 10 draws F1 -0.0003 (4 up, 6 down), recall -0.0021, ECE +0.0033")
def test_a_participle_tagged_as_an_adjective_tells_no_gift(nlp: Language) -> None:
    assert _one(nlp, "Many donated doses arrive with only weeks before they expire.") == []


@pytest.mark.xfail(strict=True, reason="known gap: a question is read as a statement; leaving questions out changed "
                   "a negative text's readings (\"Why aren't some Americans getting vaccinated?\"): 10 draws F1 "
                   "-0.0040 (2 up, 8 down), precision -0.0078, false events per negative text +0.0225")
def test_a_question_tells_of_no_doses(nlp: Language) -> None:
    assert _one(nlp, "How are the vaccine doses allocated?") == []


def test_a_headlines_present_is_no_generic_statement(nlp: Language) -> None:
    text = "African countries receive 2 million doses from China"
    assert [e[0] for e in _one(nlp, text, Context(is_headline=True))] == ["delivery"]
    assert _one(nlp, text) == []
    # ... though its advice to states in general is one
    assert _one(nlp, "Rich countries must share vaccines", Context(is_headline=True)) == []


@pytest.mark.parametrize("text", ["Kyrgyzstan offered vaccines by Kazakhstan", "Ghana given vaccines by India"])
def test_a_headlines_passive_without_was_gives_to_its_subject(nlp: Language, text: str) -> None:
    ((_, _, giver, receiver, *_),) = _one(nlp, text, Context(is_headline=True))
    assert (giver, receiver) == ([text.split()[-1]], [text.split()[0]])


def test_order_as_command_is_no_purchase(nlp: Language) -> None:
    doc = nlp("The authorities ordered diplomats to make vaccine acquisition a top priority.")
    assert [e.trigger for e in extract(doc, Context())] == ["acquisition"]


def test_one_event_per_happening_but_two_quantities_make_two(nlp: Language) -> None:
    merged = _one(nlp, "Ghana received the doses as the shipment arrived in Accra.")
    assert [e[0] for e in merged] == ["delivery"]
    counted_twice = _one(nlp, "Japan donated 2 million doses to Laos, and the three shipments arrived in Vientiane.")
    assert [(e[0], e[5]) for e in counted_twice] == [("delivery", 2_000_000)]
    tenses = _one(nlp, "Egypt received its first shipment of vaccines from China and will get more deliveries soon.")
    assert sorted((e[0], e[1], e[2], e[3]) for e in tenses) == [("delivery", "asserted", ["China"], ["Egypt"]),
                                                               ("delivery", "planned", ["China"], ["Egypt"])]
    yet_to = _one(nlp, "Despite the arrival of the third shipment of the AstraZeneca vaccine on May 10, the doses are "
                       "yet to be handed over to the Ministry of Health.")
    assert sorted((e[0], e[1]) for e in yet_to) == [("delivery", "asserted"), ("delivery", "negated")]
    split = _one(nlp, "More than 3.8 million people have received the first shot and over 280,000 people "
                      "have received two shots.")
    assert sorted(e[5] for e in split) == [280_000, 3_800_000]


def test_a_clause_with_its_own_subject_keeps_its_count(nlp: Language) -> None:
    # "arrived" takes the count of its own clause, so it is the donation's arrival, not a second delivery
    text = ("The first 50,000 doses of the Jynneos vaccine, donated by the United States, arrived in Kinshasa "
            "last week, and a further 200,000 doses from the European Union are expected by the end of the month.")
    assert [(e[0], e[1], e[5]) for e in _one(nlp, text)] == [("delivery", "asserted", 50_000),
                                                              ("delivery", "planned", 200_000)]


@pytest.mark.xfail(strict=True, reason="known gap: a part told in a relative clause (\"the first of which\") takes the "
                   "count of the whole; with enough doses to vaccinate read as a capacity (below), three training "
                   "readings moved toward the gold, yet thirty draws: F1 +0.0003 (13 up, 13 down), strict -0.0012 "
                   "(8 up, 20 down), provider -0.0010 (8 up, 17 down)")
def test_a_part_told_in_a_relative_clause_has_only_its_own_count(nlp: Language) -> None:
    text = "Iraq has also signed a deal with Pfizer for 1.5 million doses, the first of which are due in March."
    assert [(e[0], e[5]) for e in _one(nlp, text)] == [("purchase", 1_500_000), ("delivery", None)]


@pytest.mark.xfail(strict=True, reason="known gap: enough doses to vaccinate a population is read as vaccinating it; "
                   "measured with the part of a relative clause above, and alone (two training readings, both toward "
                   "the gold): thirty draws F1 +0.0003 (15 up, 14 down), strict -0.0011, provider -0.0005, ECE "
                   "+0.0014")
def test_enough_doses_to_vaccinate_is_a_capacity(nlp: Language) -> None:
    text = "Australia has also pledged to supply Tonga with enough doses to vaccinate its entire adult population."
    assert [e[0] for e in _one(nlp, text)] == ["offer"]


def test_giving_shots_to_people_that_doses_are_needed_for_is_a_capacity(nlp: Language) -> None:
    # as vaccinating them is: no happening, and no delivery of the doses needed
    assert _one(nlp, "Nepal needs at least 1.6 million doses to vaccinate its people.") == []
    assert _one(nlp, "Nepal needs at least 1.6 million doses to give second shots to its people.") == []


def test_doses_of_a_deal_that_arrive_come_from_its_seller_to_its_buyer(nlp: Language) -> None:
    # a part of the doses just named moves, so it is licensed; with no party named, the deal's parties
    text = ("China has also agreed to sell 60 million doses of the Sinopharm vaccine to Bangladesh, and the first 2 "
            "million will arrive this month.")
    assert [(e[0], e[2], e[3], e[5]) for e in _one(nlp, text)] == [
        ("purchase", ["China"], ["Bangladesh"], 60_000_000), ("delivery", ["China"], ["Bangladesh"], 2_000_000)]
    # the same, told by the buyer as said after the deal
    text = "Mexico has ordered 30 million doses from Sanofi and said it expects the first shipments in November."
    assert [(e[0], e[2], e[3]) for e in _one(nlp, text)] == [
        ("purchase", ["Sanofi"], ["Mexico"]), ("delivery", ["Sanofi"], ["Mexico"])]
    # a maker read from the vaccine's name is no giver the sentence names
    text = "Nepal had bought 2 million Covishield doses but received only 1 million before the ban."
    assert [(e[0], e[2]) for e in _one(nlp, text)] == [("purchase", ["AstraZeneca"]), ("delivery", [])]


def test_a_ranked_batch_in_apposition_to_the_doses_received_tells_them_again(nlp: Language) -> None:
    # the batch is the doses received; what the clause on the whole says is a happening of its own
    text = ("NAIROBI - Kenya received 1.02 million doses of the AstraZeneca vaccine on Wednesday, the first batch of "
            "3.56 million doses the country is set to receive in the first phase.")
    assert [(e[0], e[1], e[5]) for e in _one(nlp, text)] == [("delivery", "asserted", 1_020_000),
                                                              ("delivery", "planned", 3_560_000)]


@pytest.mark.xfail(strict=True, reason="known gap: a verb in a clause of time with its own subject merges into the "
                   "happening of its type it follows; kept apart, one training reading moved toward the gold (dev a26, "
                   "\"though so far only 183,000 doses have been administered\"), yet thirty draws: F1 -0.0003 (11 up, "
                   "19 down), precision -0.0006, ECE +0.0019, with provider +0.0010 and recipient +0.0014")
def test_a_clause_of_time_is_a_happening_of_its_own(nlp: Language) -> None:
    text = "The shipment landed at Entebbe airport on Friday, a week after 864,000 doses arrived from COVAX."
    assert len(_one(nlp, text)) == 2


def test_a_batch_named_by_its_rank_has_only_its_own_count(nlp: Language) -> None:
    text = ("The group approved a first request for 1.8 million doses in February, and the WHO said on Friday a second "
            "consignment would be sent.")
    assert [(e[0], e[1], e[5]) for e in _one(nlp, text)] == [("request", "asserted", 1_800_000),
                                                              ("delivery", "planned", None)]


def test_each_word_for_doses_with_its_own_count_is_an_event(nlp: Language) -> None:
    # EVENTS.md 6.1: "received 300,000 doses of AstraZeneca ... and 100,000 doses of Pfizer" are two deliveries,
    # each with the vaccine and the giver its own words name
    events = _one(nlp, "Kenya received 300,000 doses of AstraZeneca donated by France and 100,000 doses of Pfizer "
                       "from COVAX.")
    assert sorted((e[5], e[2], e[4]) for e in events) == [(100_000, ["COVAX"], ["Pfizer-BioNTech"]),
                                                          (300_000, ["France"], ["AstraZeneca"])]
    orders = _one(nlp, "Canada ordered 20 million doses of Moderna and 10 million doses of Pfizer.")
    assert sorted((e[0], e[5], e[2]) for e in orders) == [("purchase", 10_000_000, ["Pfizer"]),
                                                          ("purchase", 20_000_000, ["Moderna"])]
    (one,) = _one(nlp, "Ghana received 600,000 doses and 200,000 syringes.")
    assert one[5] == 600_000
    gapped = _one(nlp, "Thailand has procured 19.5 million doses of Sinovac and 61 million of AstraZeneca.")
    assert sorted((e[5], e[4]) for e in gapped) == [(19_500_000, ["Sinovac"]), (61_000_000, ["AstraZeneca"])]
    # the parser joins the further doses to the first ones' giver: still a count with its own giver
    joined = _one(nlp, "Mongolia has also received 240,000 AstraZeneca doses from Japan and 188,000 Pfizer doses "
                       "from the United States.")
    assert sorted((e[5], e[2], e[4]) for e in joined) == [(188_000, ["United States"], ["Pfizer-BioNTech"]),
                                                          (240_000, ["Japan"], ["AstraZeneca"])]
    # a vaccine only the further doses' own words name is none of the first doses'
    own = _one(nlp, "Moldova had also received 14,400 doses through COVAX and 2,000 doses of Sputnik V from Russia.")
    assert [(e[5], e[2], e[4]) for e in own] == [(14_400, ["COVAX"], []), (2_000, ["Russia"], ["Sputnik V"])]
    # further doses joined to the doses of the verb's object; "additional" doses are more of the same vaccine
    more = _one(nlp, "Nigeria has received a vaccine supply commitment from Merck of 8 million doses of Gardasil in "
                     "2023 and an additional 11 million doses in 2024.")
    assert sorted((e[0], e[5], e[4]) for e in more) == [("offer", 8_000_000, ["HPV"]), ("offer", 11_000_000, ["HPV"])]
    # the parser hangs each count's giver on the verb: the one after the further doses is theirs
    dated = _one(nlp, "Chile bought 10 million doses from Sinovac in January and 4 million doses from AstraZeneca "
                      "in March.")
    assert sorted((e[5], e[2], e[4]) for e in dated) == [(4_000_000, ["AstraZeneca"], ["AstraZeneca"]),
                                                         (10_000_000, ["Sinovac"], ["Sinovac"])]
    # or on the verb of the words the further doses are joined to: the first doses' object, or their giver
    first = _one(nlp, "Indonesia has secured 50 million doses of the Novavax vaccine and 54 million doses from "
                      "AstraZeneca.")
    assert sorted((e[5], e[2], e[4]) for e in first) == [(50_000_000, [], ["Novavax"]),
                                                         (54_000_000, ["AstraZeneca"], ["AstraZeneca"])]
    givers = _one(nlp, "Indonesia has secured 50 million doses from Novavax and 54 million doses from AstraZeneca.")
    assert sorted((e[5], e[2], e[4]) for e in givers) == [(50_000_000, ["Novavax"], ["Novavax"]),
                                                          (54_000_000, ["AstraZeneca"], ["AstraZeneca"])]


# a party and a count joined by "and" with the verb left out: the same act by that party (EVENTS.md 6.1)
GAPPED = [
    ("received", "Ghana received 600,000 doses in February and Ivory Coast 504,000.",
     [("delivery", [], ["Ghana"], 600_000), ("delivery", [], ["Ivory Coast"], 504_000)]),
    ("will_receive", "Bhutan will receive 150,000 doses and the Maldives 100,000 doses on Wednesday.",
     [("delivery", [], ["Bhutan"], 150_000), ("delivery", [], ["Maldives"], 100_000)]),
    ("bought", "Chile bought 10 million doses of Sinovac and Peru 5 million.",
     [("purchase", ["Sinovac"], ["Chile"], 10_000_000), ("purchase", ["Sinovac"], ["Peru"], 5_000_000)]),
    # a list of parties and counts, the first joined by a comma
    ("listed", "Mexico will receive 1.2 million doses in the first round, Brazil 2.6 million and Argentina 1.9 million.",
     [("delivery", [], ["Mexico"], 1_200_000), ("delivery", [], ["Brazil"], 2_600_000),
      ("delivery", [], ["Argentina"], 1_900_000)]),
    # a party the event already names is no new one
    ("already_named", "Japan gave 1 million doses to Vietnam and Australia 500,000.",
     [("delivery", ["Japan"], ["Vietnam", "Australia"], 1_000_000)]),
    # unless the parser made it the verb's indirect object: a giver after a comma, with its own count
    ("giver_read_as_indirect_object", "Saudi Arabia sent 1 million doses, the United Arab Emirates 500,000 doses and "
                                      "Qatar a field hospital.",
     [("delivery", ["Saudi Arabia"], [], 1_000_000), ("delivery", ["United Arab Emirates"], [], 500_000)]),
    # a party asked, with its count after "for"
    ("asked_for", "Nepal has asked the United States for 2 million doses and Japan for 1.6 million doses.",
     [("request", ["United States"], ["Nepal"], 2_000_000), ("request", ["Japan"], ["Nepal"], 1_600_000)]),
    # ... also where the parser makes it a second object of the verb
    ("asked_for_a_second_object", "Bangladesh has asked China for 5 million doses and Russia for 2 million.",
     [("request", ["China"], ["Bangladesh"], 5_000_000), ("request", ["Russia"], ["Bangladesh"], 2_000_000)]),
    # a state vaccinating its own: the other state vaccinates its own too
    ("administered", "Argentina has administered 1.2 million doses and Uruguay 300,000, according to official figures.",
     [("administration", ["Argentina"], ["Argentina"], 1_200_000),
      ("administration", ["Uruguay"], ["Uruguay"], 300_000)]),
]


def test_a_further_bare_count_with_its_own_agent_has_its_own_giver(nlp: Language) -> None:
    events = _one(nlp, "Ghana was given 300,000 doses by Britain and 200,000 by France.")
    assert [(e[2], e[3], e[5]) for e in events] == [(["United Kingdom"], ["Ghana"], 300_000),
                                                    (["France"], ["Ghana"], 200_000)]


def test_a_party_and_a_count_with_the_verb_left_out_keep_their_own_vaccine(nlp: Language) -> None:
    events = _one(nlp, "Denmark has since offered 250,000 doses of AstraZeneca and the United States 500,000 doses of "
                       "Moderna.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["Denmark"], ["AstraZeneca"], 250_000),
                                                    (["United States"], ["Moderna"], 500_000)]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GAPPED], ids=[c[0] for c in GAPPED])
def test_a_party_and_a_count_with_the_verb_left_out(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [(e[0], e[2], e[3], e[5]) for e in _one(nlp, text)] == expected


def test_a_word_of_giving_after_as_says_how_doses_are_given(nlp: Language) -> None:
    events = _one(nlp, "China will provide another 1 billion doses of COVID-19 vaccines to Africa, President Xi "
                       "Jinping said on Monday, 600 million of them as donations.")
    assert [(e[0], e[5]) for e in events] == [("offer", 1_000_000_000)]


def test_a_word_of_giving_before_the_noun_it_is_for_tells_no_event(nlp: Language) -> None:
    events = _one(nlp, "Spain offered 50,000 Moderna doses through the European Union's vaccine sharing mechanism.")
    assert [e[0] for e in events] == ["offer"]


def test_asking_for_more_after_a_delivery_is_a_request_of_its_own(nlp: Language) -> None:
    # "more" with nothing after it is more of the doses just named; a verb with its own tense counts its own
    events = _one(nlp, "Montenegro received 2,000 Sputnik V doses from Serbia last week and has asked for more.")
    assert [(e[0], e[3], e[5]) for e in events] == [("delivery", ["Montenegro"], 2_000),
                                                   ("request", ["Montenegro"], None)]
    assert _one(nlp, "The nurses have asked for more.") == []


@pytest.mark.parametrize("text", ["Kenya pleaded with Britain to release vaccines.",
                                  "The Philippines lobbied Washington for more vaccines.",
                                  "Kenya is lobbying the United States for more doses."])
def test_pleading_and_lobbying_for_vaccines_are_requests(nlp: Language, text: str) -> None:
    assert [e[0] for e in _one(nlp, text)] == ["request"]


@pytest.mark.xfail(strict=True, reason="known gap: reaching out to a party is not read as asking; as a trigger it "
                   "changed one training reading (the seeds' \"reaching out to COVAX\", a gold request): thirty draws "
                   "F1 +0.0006 (17 up, 10 down) but provider -0.0028 (7 up, 23 down), strict -0.0010, ECE +0.0020")
def test_reaching_out_for_vaccines_is_a_request(nlp: Language) -> None:
    assert [e[0] for e in _one(nlp, "Paraguay reached out to India for vaccines.")] == ["request"]


def test_verbs_of_asking_each_with_its_own_party_asked_are_two_happenings(nlp: Language) -> None:
    events = _one(nlp, "Bolivia has also applied to the COVAX mechanism for an additional allocation and wrote to "
                       "Argentina requesting an emergency loan of doses.")
    assert [(e[0], e[2]) for e in events] == [("request", ["COVAX"]), ("request", ["Argentina"])]


def test_verbs_of_one_type_with_their_own_destinations_are_two_happenings(nlp: Language) -> None:
    # equal counts do not make one happening of two destinations
    events = _one(nlp, "The United Arab Emirates has donated 50,000 doses of the Sinopharm vaccine to the Seychelles "
                       "and sent a further 50,000 to Egypt.")
    assert sorted((e[3][0], e[5]) for e in events) == [("Egypt", 50_000), ("Seychelles", 50_000)]


def test_a_verb_joined_by_and_with_its_own_object_keeps_its_count(nlp: Language) -> None:
    events = _one(nlp, "In May the government asked COVAX for vaccines and received its first 500,000 doses in June.")
    assert sorted((e[0], e[5]) for e in events) == [("delivery", 500_000), ("request", None)]


def test_each_count_with_its_own_giver_is_an_event(nlp: Language) -> None:
    events = _one(nlp, "Kenya received 200,000 doses from the European Union and another 50,000 from Japan.")
    assert sorted((e[2], e[3], e[5]) for e in events) == [(["EU"], ["Kenya"], 200_000), (["Japan"], ["Kenya"], 50_000)]


def test_each_count_for_its_own_receiver_is_an_event(nlp: Language) -> None:
    # "including 100,000 for Samoa": a part with whom it is for, as one with "to"
    events = _one(nlp, "New Zealand has committed 1.6 million doses to Pacific nations, including 100,000 for Samoa.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("offer", ["New Zealand"], [], 1_600_000),
                                                          ("offer", ["New Zealand"], ["Samoa"], 100_000)]


def test_a_further_count_named_by_its_vaccine_is_an_event(nlp: Language) -> None:
    # "and 2 million of Sputnik V": the parser joins the count itself to the verb
    events = _one(nlp, "Serbia has bought 1 million doses of Sinopharm from China and 2 million of Sputnik V.")
    assert [(e[0], e[4], e[5]) for e in events] == [("purchase", ["Sinopharm"], 1_000_000),
                                                    ("purchase", ["Sputnik V"], 2_000_000)]
    # a second object after "and" with its own count and giver: the parser hangs it on the verb as an object
    events = _one(nlp, "Venezuela has received 750,000 doses of Sputnik V from Russia and 500,000 Sinopharm doses from "
                       "China.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["Russia"], ["Sputnik V"], 750_000),
                                                    (["China"], ["Sinopharm"], 500_000)]


def test_each_count_of_a_purchase_with_its_own_seller_is_an_event(nlp: Language) -> None:
    # a vaccine named as the seller is its maker, and the vaccine of its own count only
    events = _one(nlp, "The government has ordered 125 million doses from Sinovac, 50 million from Novavax and 54 "
                       "million from COVAX.")
    assert [(e[0], e[2], e[4], e[5]) for e in events] == [("purchase", ["Sinovac"], ["Sinovac"], 125_000_000),
                                                          ("purchase", ["Novavax"], ["Novavax"], 50_000_000),
                                                          ("purchase", ["COVAX"], [], 54_000_000)]
    # the vaccine named with a further count's giver is that count's, and its maker gives none of the first count
    events = _one(nlp, "Argentina has received 4.7 million doses of Sputnik V from Russia and 580,000 from China's "
                       "Sinopharm.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["Russia"], ["Sputnik V"], 4_700_000),
                                                    (["China"], ["Sinopharm"], 580_000)]
    # also where the first count names no vaccine of its own (it had taken the maker's from the further count)
    events = _one(nlp, "Jordan has received 500,000 doses from China and 144,000 from Pfizer.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["China"], [], 500_000),
                                                    (["Pfizer"], ["Pfizer-BioNTech"], 144_000)]


def test_equipment_given_to_help_deliver_vaccines_is_no_gift_of_doses(nlp: Language) -> None:
    # the clause on the object is what the equipment is for, not what is given
    events = _one(nlp, "Japan donated cold chain equipment worth 10 million dollars to help deliver vaccines.")
    assert ["Japan"] not in [e[2] for e in events]


def test_each_part_of_a_delivery_with_its_own_giver_is_an_event(nlp: Language) -> None:
    # a part with its own giver, or its own participle on a bare count, is its own delivery (EVENTS.md 6.1)
    events = _one(nlp, "Ghana has received 6.1 million doses, including 2.2 million from COVAX and 1.1 million donated "
                       "by the United States.")
    assert [(e[0], e[2], e[5]) for e in events] == [("delivery", [], 6_100_000), ("delivery", ["COVAX"], 2_200_000),
                                                    ("delivery", ["United States"], 1_100_000)]
    # a part of a purchase from a party may be its gift, no purchase
    events = _one(nlp, "Nepal has secured 10 million doses of the vaccine, including 1 million from the Indian "
                       "government as a gift.")
    assert [(e[0], e[5]) for e in events] == [("purchase", 10_000_000)]


def test_each_party_with_its_own_count_in_brackets_is_an_event(nlp: Language) -> None:
    events = _one(nlp, "Nigeria (4 million doses), Ghana (600,000), Ivory Coast (504,000) and Angola (624,000) have "
                       "received their first COVAX shipments.")
    assert [(e[3], e[5]) for e in events] == [(["Nigeria"], 4_000_000), (["Ghana"], 600_000),
                                              (["Ivory Coast"], 504_000), (["Angola"], 624_000)]
    # one count in brackets is the count of all the parties named
    (shared,) = _one(nlp, "Ghana and Kenya (1 million) received doses.")
    assert (shared[3], shared[5]) == (["Ghana", "Kenya"], 1_000_000)


def test_each_count_with_its_own_destination_is_an_event(nlp: Language) -> None:
    events = _one(nlp, "India sent 2 million doses to Bangladesh and 1 million to Nepal.")
    assert sorted((e[3], e[5]) for e in events) == [(["Bangladesh"], 2_000_000), (["Nepal"], 1_000_000)]
    (shared,) = _one(nlp, "India sent 2 million doses to Bangladesh and Nepal.")
    assert (shared[3], shared[5]) == (["Bangladesh", "Nepal"], 2_000_000)
    # "respectively" pairs the parties of one role with as many counts, in order
    paired = _one(nlp, "Nepal and Bhutan received 1 million and 200,000 doses respectively from India.")
    assert sorted((e[3], e[5]) for e in paired) == [(["Bhutan"], 200_000), (["Nepal"], 1_000_000)]
    givers = _one(nlp, "The EU and Japan donated 2 million and 1 million doses to Vietnam respectively.")
    assert sorted((e[2], e[5]) for e in givers) == [(["EU"], 2_000_000), (["Japan"], 1_000_000)]
    # each count's own words name its vaccine
    vaccines = _one(nlp, "Armenia has received 240,000 doses of AstraZeneca and 100,000 doses of Moderna from Lithuania "
                         "and the United States respectively.")
    assert [(e[2], e[4], e[5]) for e in vaccines] == [(["Lithuania"], ["AstraZeneca"], 240_000),
                                                      (["United States"], ["Moderna"], 100_000)]
    # "each" before the destinations: one further count shared by the parties it names
    each = _one(nlp, "Britain will send 1 million doses to Kenya and 500,000 doses each to Uganda and Rwanda.")
    assert sorted((e[3], e[5]) for e in each) == [(["Kenya"], 1_000_000), (["Uganda", "Rwanda"], 500_000)]
    # a count in a clause of its own verb is that verb's event, neither split off nor embedded in the first
    after = _one(nlp, "Japan will donate about 1 million doses to Vietnam, days after it shipped 1.24 million "
                      "doses to Taiwan.")
    assert sorted((e[0], e[3], e[5]) for e in after) == [("delivery", ["Taiwan"], 1_240_000),
                                                         ("offer", ["Vietnam"], 1_000_000)]


def test_a_clause_joined_past_a_report_continues_the_verb_reported(nlp: Language) -> None:
    # the parser joins "will receive" to "said": the WHO would receive, and the count read as an adverb licensed nothing
    events = _one(nlp, "Yemen received 1 million doses of oral cholera vaccine from the global stockpile last month, "
                       "the WHO said, and will receive 1.5 million more in January.")
    assert [(e[0], e[1], e[3], e[5]) for e in events] == [("delivery", "asserted", ["Yemen"], 1_000_000),
                                                          ("delivery", "planned", ["Yemen"], 1_500_000)]


def test_a_verb_with_a_modal_after_and_is_no_infinitive_of_the_verb_before(nlp: Language) -> None:
    # the parser hangs "will instead buy" on "refused" as its infinitive: the purchase was read as refused
    events = _one(nlp, "Venezuela has refused to allow AstraZeneca shots into the country, President Nicolas Maduro "
                       "said, and will instead buy more doses of Sputnik V and Abdala.")
    assert [(e[0], e[1], e[3]) for e in events] == [("rejection", "asserted", ["Venezuela"]),
                                                    ("purchase", "planned", ["Venezuela"])]


@pytest.mark.xfail(strict=True, reason="known gap: an airline named after a state (\"Air Zimbabwe\", \"Ethiopian "
                   "Airlines\") is read as the state; about 90 airlines as entities of their own changed three training "
                   "documents: as no parties, thirty draws F1 -0.0005, strict -0.0014, provider -0.0043 (5 up, 21 down), "
                   "recipient +0.0047 (22 up); as organisations, F1 -0.0002, strict -0.0048 (21 down), provider -0.0042 "
                   "(20 down), facts -0.0028")
def test_an_airline_named_after_a_state_gives_nothing(nlp: Language) -> None:
    (event,) = _one(nlp, "The 600,000 doses of the Sinopharm vaccine were flown in by an Air Zimbabwe jet.")
    assert event[2] == []


def test_a_count_read_as_an_adverb_is_the_verbs_count(nlp: Language) -> None:
    # "2 million more": the parser hangs "more" on "get" as an adverb, so the getting was bound to no doses
    events = _one(nlp, "Venezuela, which has received 12 million doses of Abdala, will get 2 million more in August.")
    assert ("delivery", "planned", ["Venezuela"], 2_000_000) in [(e[0], e[1], e[3], e[5]) for e in events]


def test_doses_expected_from_a_giver_are_a_delivery_from_it(nlp: Language) -> None:
    # the parser hangs "expected" on the United States, not on the further 100,000
    events = _one(nlp, "The Democratic Republic of Congo received its first 100,000 mpox vaccine doses on Thursday, "
                       "donated by the European Union, with a further 100,000 from the United States expected on "
                       "Saturday.")
    assert [(e[0], e[1], e[2], e[3], e[5]) for e in events] == [
        ("delivery", "asserted", ["EU"], ["DR Congo"], 100_000),
        ("delivery", "planned", ["United States"], ["DR Congo"], 100_000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sri Lanka has requested 5 million doses of the Sinopharm vaccine from China and 1 million doses of Covishield "
     "from India.", [("request", ["China"], ["Sinopharm"], 5_000_000), ("request", ["India"], ["AstraZeneca"], 1_000_000)]),
    ("Burundi turned down 500,000 doses from China and 300,000 from COVAX.",
     [("rejection", ["China"], [], 500_000), ("rejection", ["COVAX"], [], 300_000)]),
])
def test_each_count_asked_for_or_refused_with_its_own_giver_is_an_event(nlp: Language, text: str,
                                                                         expected: list[tuple]) -> None:
    # EVENTS.md 6.1 holds for every type: two counts, each with its own giver, are two happenings
    assert [(e[0], e[2], e[4], e[5]) for e in _one(nlp, text)] == expected


def test_a_clause_on_doses_for_a_party_delivers_them_to_it(nlp: Language) -> None:
    # the parser hangs the clause on Nigeria, which is what the doses are for, not what is delivered
    events = _one(nlp, "Gavi paid for 6 million more doses of yellow fever vaccine for Nigeria, which Bio-Manguinhos "
                       "will deliver in two lots.")
    assert [(e[0], e[1], e[2], e[3], e[5]) for e in events] == [
        ("delivery", "planned", ["Bio-Manguinhos"], ["Nigeria"], 6_000_000)]


def test_an_order_for_more_of_the_doses_named_buys_them(nlp: Language) -> None:
    events = _one(nlp, "Bangladesh received 1.1 million doses of Sinopharm vaccine gifted by China on Sunday, and the "
                       "government said it had placed an order for 15 million more.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 1_100_000), ("purchase", 15_000_000)]


def test_a_further_count_that_follows_is_a_delivery_of_its_own(nlp: Language) -> None:
    events = _one(nlp, "Zambia will receive 200,000 doses from China next week, followed by 100,000 from India.")
    assert [(e[0], e[1], e[2], e[5]) for e in events] == [("delivery", "planned", ["China"], 200_000),
                                                          ("delivery", "planned", ["India"], 100_000)]


def test_the_whole_a_delivery_is_part_of_is_no_further_delivery(nlp: Language) -> None:
    events = _one(nlp, "Australia delivered 100,000 doses of AstraZeneca to Timor-Leste on Thursday, part of a pledge "
                       "of 1 million doses to the Pacific and Southeast Asia.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 100_000), ("offer", 1_000_000)]


def test_further_doses_of_a_makers_vaccine_are_bought_from_it(nlp: Language) -> None:
    events = _one(nlp, "South Africa has secured 12 million doses through COVAX and 20 million Pfizer doses.")
    assert [(e[0], e[2], e[5]) for e in events] == [("purchase", ["COVAX"], 12_000_000),
                                                    ("purchase", ["Pfizer"], 20_000_000)]


def test_a_list_of_counts_each_with_its_vaccine_and_giver_is_an_event_each(nlp: Language) -> None:
    # the second doses follow a comma, the third are joined to the second by the parser
    events = _one(nlp, "Vietnam received 2 million doses of the Moderna vaccine from the United States, 1 million "
                       "AstraZeneca doses from Japan and 500,000 Sinopharm doses from China last week.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["United States"], ["Moderna"], 2_000_000),
                                                    (["Japan"], ["AstraZeneca"], 1_000_000),
                                                    (["China"], ["Sinopharm"], 500_000)]


def test_further_doses_of_their_own_vaccine_go_where_their_own_words_say(nlp: Language) -> None:
    events = _one(nlp, "Serbia has donated 5,000 doses of the Pfizer vaccine to North Macedonia and 4,000 doses of "
                       "Sputnik V to Montenegro.")
    assert [(e[3], e[4], e[5]) for e in events] == [(["North Macedonia"], ["Pfizer-BioNTech"], 5_000),
                                                    (["Montenegro"], ["Sputnik V"], 4_000)]


def test_a_verb_joined_with_an_object_and_a_giver_of_its_own_is_its_own_happening(nlp: Language) -> None:
    events = _one(nlp, "Iran rejected vaccines from the US and turned down doses made in Britain.")
    assert [(e[0], e[2]) for e in events] == [("rejection", ["United States"]), ("rejection", ["United Kingdom"])]
    # verbs of one passive share their doses: one happening
    events = _one(nlp, "The doses were donated by the United States and delivered through COVAX.")
    assert [e[0] for e in events] == ["delivery"]


def test_a_gerund_of_time_counts_in_its_own_words(nlp: Language) -> None:
    events = _one(nlp, "Kenya is seeking an additional 2 million doses from COVAX after using up most of the 1.02 "
                       "million it received in March.")
    assert [(e[0], e[5]) for e in events] == [("request", 2_000_000), ("administration", None),
                                              ("delivery", 1_020_000)]


def test_doses_a_participle_under_with_tells_of_are_its_count(nlp: Language) -> None:
    # the parser makes the first doses the subject of "received", tagged as a past tense
    events = _one(nlp, "Vanuatu began its vaccination campaign on Tuesday with 24,000 doses of AstraZeneca received "
                       "through COVAX and 12,000 doses donated by Australia.")
    assert [(e[0], e[2], e[5]) for e in events if e[0] == "delivery"] == [("delivery", ["COVAX"], 24_000),
                                                                         ("delivery", ["Australia"], 12_000)]


def test_further_doses_of_their_own_vaccine_take_no_giver_told_before_them(nlp: Language) -> None:
    events = _one(nlp, "Iraq has received 50,000 doses of Sinopharm from China and 49,000 doses of Pfizer.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["China"], ["Sinopharm"], 50_000),
                                                    ([], ["Pfizer-BioNTech"], 49_000)]
    # a giver told after both is the last doses' (the parser hangs it on the verb after them)
    events = _one(nlp, "Iraq has received 50,000 doses of Sinopharm and 49,000 doses of Pfizer from COVAX.")
    assert [e[2] for e in events] == [[], ["COVAX"]]


def test_a_name_before_a_verb_after_and_is_its_subject(nlp: Language) -> None:
    # the parser joins Canada to Samoa and leaves the second "pledged" without a subject (the first clause's giver)
    events = _one(nlp, "New Zealand has pledged 250,000 doses to Samoa and Canada has pledged 100,000 to Vanuatu.")
    assert [(e[2], e[3], e[5]) for e in events] == [(["New Zealand"], ["Samoa"], 250_000),
                                                    (["Canada"], ["Vanuatu"], 100_000)]
    # a list before the verb is the verb's subject whole, which the mending leaves to the parser
    events = _one(nlp, "Peru received the first shipment of AstraZeneca vaccines, and Paraguay, Guatemala, and "
                       "Nicaragua are next.")
    assert [(e[0], e[3]) for e in events] == [("delivery", ["Peru"])]
    # or to a word that is no party, here the vaccine the first clause names
    events = _one(nlp, "Ghana rejected a shipment of Sputnik V and Nigeria turned down 1 million doses of AstraZeneca "
                       "that were close to expiry.")
    assert [(e[3], e[4], e[5]) for e in events] == [(["Ghana"], ["Sputnik V"], None),
                                                    (["Nigeria"], ["AstraZeneca"], 1_000_000)]
    # or to the first verb itself
    events = _one(nlp, "Ghana received 600,000 doses on Tuesday and Nigeria got 3.9 million doses on Wednesday.")
    assert [(e[3], e[5]) for e in events] == [(["Ghana"], 600_000), (["Nigeria"], 3_900_000)]


# (id, previous sentence's parties, sentence, role index in the event tuple, expected party)
DESCRIPTIONS = [
    ("country", ("Eritrea",), "The country has rejected the vaccines.", 3, ["Eritrea"]),
    ("country_skips_organisation", ("COVAX", "Ghana"), "The country received 600,000 doses.", 3, ["Ghana"]),
    ("region_describing_the_country", ("Haiti",), "The Caribbean nation had rejected a shipment of vaccines.", 3,
     ["Haiti"]),
    ("firm_skips_country", ("India", "Serum Institute of India"), "The Indian firm shipped 2 million doses to Nepal.",
     2, ["Serum Institute of India"]),
    ("company_skips_region", ("Europe", "Moderna"), "The company expected to ship up to 1 billion doses.", 2,
     ["Moderna"]),
    ("pronoun_not_a_later_party", ("Nepal",), "It will keep talking with the COVAX facility to receive more vaccines.",
     3, ["Nepal"]),
    ("within_the_kingdom", ("Bahrain",), "A vaccine will be provided free to all citizens within the kingdom.", 3,
     ["Bahrain"]),
    ("state_supplying_its_citizens", ("Bahrain",), "A vaccine will be provided free to all citizens within the kingdom.",
     2, ["Bahrain"]),
    ("group_placed_in_a_region", ("Kenya",), "Several countries in Europe have suspended using the AstraZeneca "
                                             "vaccine.", 2, []),
    ("those_in_need_are_no_party", ("Ghana",), "The doses will have been given to those in need.", 3, []),
    # "the bloc", "the alliance": an organisation of states, not one of them
    ("bloc_skips_country", ("Germany", "EU"), "The bloc has also exported more than 700 million doses.", 2, ["EU"]),
    ("alliance_skips_country", ("Kenya", "Gavi"), "The alliance will ship 2 million doses.", 2, ["Gavi"]),
]


@pytest.mark.parametrize(("previous", "text", "role", "expected"), [c[1:] for c in DESCRIPTIONS],
                         ids=[c[0] for c in DESCRIPTIONS])
def test_description_resolves_to_previous_sentence_party(nlp: Language, previous: tuple[str, ...], text: str,
                                                         role: int, expected: list[str]) -> None:
    (event,) = _one(nlp, text, Context(previous_parties=previous))
    assert event[role] == expected


def test_a_country_described_vaccinates_its_own_people_not_the_givers(nlp: Language) -> None:
    (gift,) = extract(nlp("China donated 200,000 doses of Sinopharm to Sierra Leone last month."), Context())
    ctx = Context(previous_events=(gift,), previous_parties=("China", "Sierra Leone"))
    (event,) = _one(nlp, "The country has vaccinated about 25,000 people.", ctx)
    assert event[:4] == ("administration", "asserted", ["Sierra Leone"], ["Sierra Leone"])


# (id, sentence, expected event_date, expected date_text); published on Thursday 2021-09-02
EVENT_DATES = [
    ("weekday", "Zambia received 228,000 doses on Tuesday.", "2021-08-31", "Tuesday"),
    ("time_of_day", "The doses arrived last night in Lusaka.", "2021-09-01", "last night"),
    ("weekday_night", "Zambia received 228,000 doses on Tuesday night.", "2021-08-31", "Tuesday night"),
    ("dateline_ordinal_day", "Lusaka, 7th November 2022 - A consignment of 2.9 million doses has arrived in Zambia.",
     "2022-11-07", "7th November 2022"),
    ("two_days_of_a_month", "Zambia received 2,594,100 vaccine doses on the 11th and 29th of October.", "2021-10",
     "the 11th and 29th of October"),
    ("own_clause_of_the_trigger", "Nepal submitted an application to receive vaccines in January 2021.", "2021-01",
     "January 2021"),
    ("date_of_another_clause", "Under a deal signed last month, Russia will ship 2 million doses to Hungary.", None, None),
    ("since_starts_a_period", "Chile has received 6.2 million doses since July 22.", None, None),
    # the day of the telling is not the day of the delivery (EVENTS.md 6.7 accepts null for it)
    ("day_of_the_telling", "New Zealand has delivered 20,000 doses to Tonga, the minister said on Tuesday.", None, None),
    ("day_of_the_telling_before", "The ministry said on Tuesday that Ghana had received 600,000 doses.", None, None),
    ("day_of_the_delivery_then_telling", "Ghana received 600,000 doses on Tuesday, the ministry said.", "2021-08-31",
     "Tuesday"),
    # a plan told in the past may have been for a month already gone; one told now is for a month to come
    ("plan_told_in_the_past", "The ministry had planned to import the first 4 million doses in July.", "2021-07",
     "July"),
    ("plan_told_now", "The ministry plans to import the first 4 million doses in July.", "2022-07", "July"),
    ("plan_told_in_the_past_passive", "Zambia was supposed to receive 4 million doses in July.", "2021-07", "July"),
    # the day of what was offered to be done may be to come, though the offer was made before
    ("day_of_what_was_offered", "Russia had offered to supply the doses in November.", "2021-11", "November"),
    ("day_of_the_offer", "Russia offered in November to supply the doses.", "2020-11", "November"),
    ("day_of_an_infinitive_on_the_deal", "Peru signed a contract to buy 300,000 doses, to be delivered by November.",
     "2021-11", "November"),
    # an age the parser takes for a date is none: "over 80" was 1980, "over 58" 2058
    ("an_age_is_no_year", "Peru began vaccinating people over 80 on Saturday.", "2021-08-28", "Saturday"),
    ("an_age_is_no_year_to_come", "Kenya will vaccinate people over 58 in March.", "2022-03", "March"),
]


@pytest.mark.parametrize(("text", "event_date", "date_text"), [c[1:] for c in EVENT_DATES],
                         ids=[c[0] for c in EVENT_DATES])
def test_event_date(nlp: Language, text: str, event_date: str | None, date_text: str | None) -> None:
    events = extract(nlp(text), Context(published=date(2021, 9, 2)))
    assert [(e.event_date, e.date_text) for e in events] == [(event_date, date_text)]


def test_what_another_party_said_takes_no_date_of_the_clause_before(nlp: Language) -> None:
    events = extract(nlp("Lithuania pledged 100,000 doses to Ukraine last month, and Hungary said it had agreed to "
                         "provide 50,000 doses to North Macedonia."), Context(published=date(2021, 9, 2)))
    assert [(e.quantity, e.event_date) for e in events] == [(100_000, "2021-08"), (50_000, None)]


def test_a_noun_in_a_clause_set_against_another_takes_no_date_of_the_other(nlp: Language) -> None:
    events = extract(nlp("Honduras asked Washington for 2 million doses last week, while El Salvador said it was in "
                         "talks with China over a donation of 150,000 doses."), Context(published=date(2021, 9, 2)))
    assert [(e.quantity, e.event_date) for e in events] == [(2_000_000, "2021-08"), (150_000, None)]


def test_a_gerund_after_what_was_done_is_done_and_dates_itself(nlp: Language) -> None:
    # the pledge is not dated by the donation's March; the donation, done before it, is a delivery (EVENTS.md 1)
    events = extract(nlp("China has pledged another 1 million doses after donating 800,000 doses in March."),
                     Context(published=date(2021, 9, 2)))
    assert [(e.event_type, e.status, e.quantity, e.event_date) for e in events] == [
        ("offer", "asserted", 1_000_000, None), ("delivery", "asserted", 800_000, "2021-03")]
    # a word of a plan ("ordered") does not make what was done before it a plan
    ordered = extract(nlp("Ghana ordered 2 million doses after receiving 600,000 doses on Wednesday."),
                      Context(published=date(2021, 9, 2)))
    assert [(e.event_type, e.status) for e in ordered] == [("purchase", "asserted"), ("delivery", "asserted")]


def test_another_partys_clause_set_against_the_trigger_counts_and_dates_its_own(nlp: Language) -> None:
    events = extract(nlp("Sri Lanka, Mauritius and the Seychelles have received consignments, while Myanmar got 1.5 "
                         "million doses on Friday."), Context(published=date(2021, 9, 2)))
    assert [(e.recipient, e.quantity, e.event_date) for e in events] == [
        (["Sri Lanka", "Mauritius", "Seychelles"], None, None), (["Myanmar"], 1_500_000, "2021-08-27")]
    # and a noun in such a clause counts in its clause's words
    events = extract(nlp("Cambodia got 1 million Sinovac doses on Monday, whereas Laos is still waiting for its COVAX "
                         "allocation."), Context(published=date(2021, 9, 2)))
    assert [(e.event_type, e.quantity) for e in events] == [("delivery", 1_000_000), ("offer", None)]


@pytest.mark.xfail(strict=True, reason="known gap: \"appeal\" as a noun is no trigger; made one (a token pattern of "
                   "the noun), it added one training candidate, an appeal to make orders (dev b23), and over thirty "
                   "draws F1 -0.0013 (8 up, 20 down), recall -0.0015, strict -0.0007")
def test_an_appeal_made_to_a_party_for_doses_asks_for_them(nlp: Language) -> None:
    events = _one(nlp, "Sri Lanka made an urgent appeal to Japan for 600,000 doses of AstraZeneca.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("request", ["Japan"], ["Sri Lanka"], 600_000)]


def test_a_clause_set_against_another_is_not_dated_by_what_that_tells_after_its_verb(nlp: Language) -> None:
    ctx = Context(published=date(2021, 9, 2))
    events = extract(nlp("Saudi Arabia delivered 1 million doses to Yemen in May, while Qatar shipped 300,000 doses to "
                         "Gaza."), ctx)
    assert [(e.provider, e.event_date) for e in events] == [(["Saudi Arabia"], "2021-05"), (["Qatar"], None)]
    # a date told before both dates both
    events = extract(nlp("On Monday, Ghana received 600,000 doses and Nigeria got 3.9 million doses."), ctx)
    assert [(e.recipient, e.event_date) for e in events] == [(["Ghana"], "2021-08-30"), (["Nigeria"], "2021-08-30")]


def test_a_further_count_with_a_day_of_its_own_is_its_own_happening(nlp: Language) -> None:
    # EVENTS.md 6.1, each its own quantity: the same parties, another day
    events = extract(nlp("Nigeria received 4 million doses from COVAX in March, and a further 2 million in June."),
                     Context(published=date(2021, 9, 2)))
    assert [(e.provider, e.recipient, e.quantity, e.event_date) for e in events] == [
        (["COVAX"], ["Nigeria"], 4_000_000, "2021-03"), (["COVAX"], ["Nigeria"], 2_000_000, "2021-06")]


def test_a_further_count_takes_the_date_its_own_words_name(nlp: Language) -> None:
    events = extract(nlp("Jamaica received 50,000 AstraZeneca doses from India in March and 14,400 from COVAX in "
                         "April, the ministry said on Tuesday."), Context(published=date(2021, 9, 2)))
    assert [(e.provider, e.quantity, e.event_date) for e in events] == [(["India"], 50_000, "2021-03"),
                                                                        (["COVAX"], 14_400, "2021-04")]
    # a participle on the further doses is their happening, told once, and may date them
    events = extract(nlp("Uganda received 864,000 doses from COVAX in March and 100,000 doses donated by India in "
                         "April."), Context(published=date(2021, 9, 2)))
    assert [(e.provider, e.quantity, e.event_date) for e in events] == [(["COVAX"], 864_000, "2021-03"),
                                                                        (["India"], 100_000, "2021-04")]
    # a count told by the verb above a clause on a noun is that verb's, split off no count of the clause's
    events = extract(nlp("Indonesia, which received 8 million doses from Japan, has also donated 200,000 doses to "
                         "Papua New Guinea."), Context(published=date(2021, 9, 2)))
    assert [(e.trigger, e.quantity) for e in events] == [("received", 8_000_000), ("donated", 200_000)]
    # a further count with no date of its own keeps the first count's
    events = extract(nlp("Ghana received 600,000 doses in February and 50,000 from India."),
                     Context(published=date(2021, 9, 2)))
    assert [(e.quantity, e.event_date) for e in events] == [(600_000, "2021-02"), (50_000, "2021-02")]


# (id, sentence, is it a headline, expected recipient) in an article about Fiji
FOCUS_FALLBACK = [
    ("body_sentence", "Australia has supplied 24,000 Pfizer doses.", False, ["Fiji"]),
    ("headline_has_no_sentence_before", "Australia supplies 24,000 Pfizer doses", True, []),
    ("sharing_spreads_doses", "Australia would share 24,000 Pfizer doses.", False, []),
    ("receivers_named_as_a_group", "Australia has supplied 24,000 Pfizer doses to other countries.", False, []),
    ("buyer_of_the_article", "The government has ordered 500,000 Pfizer doses.", False, ["Fiji"]),
    ("buyers_named_as_a_group", "Poorer countries have ordered only 500,000 Pfizer doses.", False, []),
]


@pytest.mark.parametrize(("text", "headline", "expected"), [c[1:] for c in FOCUS_FALLBACK],
                         ids=[c[0] for c in FOCUS_FALLBACK])
def test_unnamed_recipient_of_a_supplier(nlp: Language, text: str, headline: bool, expected: list[str]) -> None:
    (event,) = _one(nlp, text, Context(focus_party="Fiji", is_headline=headline))
    assert event[3] == expected


def _event_before(event_type: str, provider: list[str], recipient: list[str]) -> Event:
    return Event(event_type=event_type, status="asserted", provider=provider, recipient=recipient, vaccine=[],
                 quantity=None, quantity_unit=None, quantity_qualifier=None, event_date=None, date_text=None,
                 evidence="", trigger="", trigger_start=0)


# (id, event of the sentence before: type, provider, recipient; sentence referring back; expected provider, recipient)
INHERITED_ROLES = [
    ("delivery_of_the_deal", ("purchase", ["Sinovac"], ["Chile"]), "The vaccines will arrive in Chile in May.",
     (["Sinovac"], ["Chile"])),
    ("purchase_of_a_purchase", ("purchase", ["Sinovac"], ["Chile"]), "Chile will buy the vaccines in two batches.",
     (["Sinovac"], ["Chile"])),
    ("purchase_is_not_the_gift", ("offer", ["India"], ["Bhutan"]), "Bhutan may have to buy the vaccines.",
     ([], ["Bhutan"])),
    ("shared_out_to_many", ("offer", ["United States"], ["Honduras"]),
     "The White House laid out its plan to share the pledged doses globally.", (["United States"], [])),
    ("receivers_named_as_a_group", ("delivery", ["United States"], ["Honduras"]),
     "The shipment is part of the doses that the United States has pledged to share with other countries.",
     (["United States"], [])),
]


@pytest.mark.parametrize(("previous", "text", "expected"), [c[1:] for c in INHERITED_ROLES],
                         ids=[c[0] for c in INHERITED_ROLES])
def test_open_role_taken_from_sentence_before(nlp: Language, previous: tuple[str, list[str], list[str]], text: str,
                                              expected: tuple[list[str], list[str]]) -> None:
    events = _one(nlp, text, Context(previous_events=(_event_before(*previous),), refers_back=True))
    assert [(e[2], e[3]) for e in events] == [expected]


def test_doses_of_another_vaccine_take_no_role_from_the_sentence_before(nlp: Language) -> None:
    before = replace(_event_before("purchase", ["Russia"], ["Argentina"]), vaccine=["Sputnik V"])
    ctx = Context(previous_events=(before,), refers_back=True)
    (event,) = _one(nlp, "Deliveries of the AstraZeneca vaccine were delayed by production problems.", ctx)
    assert event[2] == []
    same = _one(nlp, "Deliveries of the Sputnik V vaccine were delayed by production problems.", ctx)
    assert [e[2] for e in same] == [["Russia"]]


def test_passive_gift_names_the_giver_of_the_sentence_before(nlp: Language) -> None:
    before = _event_before("offer", ["United States"], [])
    events = _one(nlp, "Some 14 million doses were earmarked for Peru and Chile.", Context(previous_events=(before,)))
    assert [(e[0], e[2], e[3]) for e in events] == [("offer", ["United States"], ["Peru", "Chile"])]
    active = _one(nlp, "Japan earmarked 14 million doses for Peru.", Context(previous_events=(before,)))
    assert [(e[0], e[2], e[3]) for e in active] == [("offer", ["Japan"], ["Peru"])]


def test_a_givers_receiver_of_the_sentence_before_comes_before_the_articles_country(nlp: Language) -> None:
    before = _event_before("delivery", ["Romania"], ["Moldova"])
    text = "Romania has offered to send another 50,000 doses in March."
    events = _one(nlp, text, Context(previous_events=(before,), focus_party="Ukraine"))
    assert [(e[0], e[2], e[3]) for e in events] == [("offer", ["Romania"], ["Moldova"])]
    other_giver = _one(nlp, text, Context(previous_events=(_event_before("delivery", ["Poland"], ["Moldova"]),),
                                          focus_party="Ukraine"))
    assert [(e[0], e[2], e[3]) for e in other_giver] == [("offer", ["Romania"], ["Ukraine"])]


@pytest.mark.xfail(strict=True, reason="known gap: a place our tables do not know keeps its own name; reading it as "
                   "the article's country changed role features of five training documents: 10 draws, recipient "
                   "-0.0007 (2 up, 3 down), provider +0.0004, F1 unchanged")
def test_a_town_our_tables_do_not_know_stands_for_the_articles_country(nlp: Language) -> None:
    text = "UNICEF delivered 10 million doses of nOPV2 to Karachi last week, the agency said."
    events = _one(nlp, text, Context(focus_party="Pakistan"))
    assert [(e[0], e[2], e[3]) for e in events] == [("delivery", ["UNICEF"], ["Pakistan"])]
    assert [(e[0], e[2], e[3]) for e in _one(nlp, text)] == [("delivery", ["UNICEF"], ["Karachi"])]


def test_party_of_the_same_sentence_comes_before_the_sentence_before(nlp: Language) -> None:
    before = _event_before("offer", ["Bahrain"], ["Bahrain"])
    events = _one(nlp, "Egypt said it received its first shipment of vaccines from China and will get more deliveries.",
                  Context(previous_events=(before,), refers_back=True))
    assert sorted((e[1], e[2], e[3]) for e in events) == [("asserted", ["China"], ["Egypt"]),
                                                         ("planned", ["China"], ["Egypt"])]


def test_each_verb_joined_by_and_keeps_its_own_date(nlp: Language) -> None:
    text = "Ghana received 1 million doses on Monday and administered them on Tuesday."
    events = extract(nlp(text), Context(published=date(2021, 9, 2)))
    assert sorted((e.event_type, e.event_date) for e in events) == [("administration", "2021-08-31"),
                                                                   ("delivery", "2021-08-30")]
    text = "New Zealand has delivered 20,000 doses to Tonga and will send another 30,000 doses later this month."
    dated = {e.status: e.event_date for e in extract(nlp(text), Context(published=date(2021, 9, 2)))}
    assert dated == {"asserted": None, "planned": "2021-09"}
    text = "The country expects 2.4 million doses from COVAX by May and has ordered 17 million doses from Pfizer."
    dated = {e.event_type: e.event_date for e in extract(nlp(text), Context(published=date(2021, 3, 2)))}
    assert dated == {"delivery": "2021-05", "purchase": None}
    # a plan joined to a past verb is no plan told in the past: its day is to come (published on a Saturday)
    text = "Lebanon received its first 28,500 doses on Saturday and will begin vaccinating on Sunday."
    dated = {e.event_type: e.event_date for e in extract(nlp(text), Context(published=date(2021, 2, 13)))}
    assert dated == {"delivery": "2021-02-13", "administration": "2021-02-14"}
    # a copula joined by "and" with a count of its own as subject dates its own doses
    text = "China will send 1 million doses to Laos, and another 400,000 are due to arrive on Friday."
    dated = {e.quantity: e.event_date for e in extract(nlp(text), Context(published=date(2021, 5, 20)))}
    assert dated == {1_000_000: None, 400_000: "2021-05-21"}


@pytest.mark.xfail(strict=True, reason="known gap: a noun trigger takes the nearest date, not its verb's; dating a "
                   "noun by its verb's own date changed five training readings (one to the gold's day): thirty draws "
                   "F1 -0.0006 (6 up, 13 down), strict -0.0004, recall -0.0007, ECE -0.0011, provider 0.0000")
def test_a_noun_trigger_takes_its_verbs_date(nlp: Language) -> None:
    text = "The first 20,000 doses arrived in La Paz on Thursday and vaccination of health workers will begin on Saturday."
    dated = {e.event_type: e.event_date for e in extract(nlp(text), Context(published=date(2021, 1, 29)))}
    assert dated == {"delivery": "2021-01-28", "administration": "2021-01-30"}


def test_a_clause_set_against_another_counts_its_own_doses(nlp: Language) -> None:
    # a trigger inside a clause of time or contrast with a subject of its own counts only in its own words (a
    # count another clause's trigger has taken stays that clause's in other sentences: leaving such counts to
    # their clause everywhere changed three training readings, thirty draws F1 -0.0003, strict +0.0000)
    events = _one(nlp, "New Zealand will also provide 100,000 Pfizer doses to Fiji in October, while India has "
                       "offered Covishield doses to Samoa and Tonga.")
    assert ("offer", "asserted", ["India"], ["Samoa", "Tonga"], ["AstraZeneca"], None, None, None) in events


def test_a_participle_with_its_own_trigger_and_object_counts_its_own_doses(nlp: Language) -> None:
    events = _one(nlp, "Madagascar asked COVAX for vaccines in May, receiving 250,000 doses of the Johnson & Johnson "
                       "vaccine donated by the United States.")
    assert [(e[0], e[2], e[4], e[5]) for e in events] == [
        ("request", ["COVAX"], [], None), ("delivery", ["United States"], ["Johnson & Johnson"], 250_000)]


def test_a_clause_with_its_own_subject_and_trigger_keeps_its_vaccine(nlp: Language) -> None:
    # (leaving out every other clause with a subject and a trigger of its own changed two training candidates and
    # thirty draws F1 -0.0001; clauses whose subject names other parties, as `subject_of_its_own` reads them, change
    # none)
    events = _one(nlp, "The EU will donate 1 million doses, the Commission said, and Japan has sent 500,000 doses of "
                       "Moderna.")
    assert [(e[0], e[4]) for e in events] == [("offer", []), ("delivery", ["Moderna"])]


@pytest.mark.xfail(strict=True, reason="known gap: doses approved for a country (an allocation of the ICG or Gavi) are "
                   "no offer; \"approve\" before a count of doses as an offer trigger makes its sentences candidates "
                   "for the parser, whose parties then count in training documents that name no such doses: thirty "
                   "draws F1 0.0000, strict -0.0015 (6 up, 12 down), provider -0.0017 (3 up, 9 down), facts -0.0002")
def test_doses_approved_for_a_country_are_offered(nlp: Language) -> None:
    events = _one(nlp, "The International Coordinating Group has approved 7 million doses of yellow fever vaccine for "
                       "Angola.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("offer", ["ICG"], ["Angola"], 7_000_000)]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Sanofi-Aventis has promised to give the WHO 100 million doses of its H1N1 vaccine.", ["WHO"]),
    ("Japan has promised to send Ghana 1 million doses.", ["Ghana"]),
])
def test_who_an_infinitive_of_giving_gives_to_is_offered_them(nlp: Language, text: str, recipient: list[str]) -> None:
    (event,) = _one(nlp, text)
    assert (event[0], event[3]) == ("offer", recipient)


@pytest.mark.parametrize(("receivers", "recipient"), [("Ghana", ["Ghana"]), ("affected countries", [])])
def test_a_receiver_hung_on_the_maker_is_the_givers(nlp: Language, receivers: str, recipient: list[str]) -> None:
    # the parser hangs "to ..." on the maker a participle on the doses names; a group of receivers names none,
    # not the article's country
    (event,) = _one(nlp, f"The United States will donate 1 million doses of the Jynneos vaccine made by Bavarian "
                         f"Nordic to {receivers}, the White House said.", Context(focus_party="DR Congo"))
    assert (event[0], event[2], event[3]) == ("offer", ["United States"], recipient)


def test_a_second_giver_joined_by_and_gives_to_the_same_receiver(nlp: Language) -> None:
    # not the article's country: the receiver the verb it is joined to names
    events = _one(nlp, "Sanofi-Aventis has promised to give the WHO 100 million doses of its H1N1 vaccine, and "
                       "GlaxoSmithKline has offered 50 million doses.", Context(focus_party="Mexico"))
    assert sorted((e[2], e[3]) for e in events) == [(["GSK"], ["WHO"]), (["Sanofi"], ["WHO"])]


def test_who_acts_after_receiving_received(nlp: Language) -> None:
    # the gerund after "after" has the subject of the verb it hangs on, not the article's country
    events = _one(nlp, "Neighbouring Argentina began vaccinating health workers with Sputnik V this week after "
                       "receiving 300,000 doses.", Context(focus_party="Bolivia"))
    assert [e[3] for e in events if e[0] == "delivery"] == [["Argentina"]]


@pytest.mark.parametrize("text", ["Sri Lanka earlier received 1.5 million US-donated Moderna doses.",
                                  "Sri Lanka received the Japanese-donated doses on Saturday."])
def test_a_donor_before_a_hyphen_gave_the_doses(nlp: Language, text: str) -> None:
    (event,) = _one(nlp, text)
    assert (event[0], event[2], event[3]) == ("delivery", ["United States" if "US" in text else "Japan"], ["Sri Lanka"])


def test_a_bare_count_with_a_comparison_counts_the_doses_named(nlp: Language) -> None:
    events = _one(nlp, "Taiwan had ordered 20 million doses from Moderna but had received fewer than 900,000.")
    assert [(e[0], e[3]) for e in events] == [("purchase", ["Taiwan"]), ("delivery", ["Taiwan"])]


def test_a_participle_on_doses_takes_their_vaccine(nlp: Language) -> None:
    events = _one(nlp, "Haiti will receive 500,000 doses of the Moderna vaccine this week, months after the government "
                       "declined 756,000 AstraZeneca doses offered through COVAX.")
    assert [(e[0], e[4]) for e in events if e[0] == "offer"] == [("offer", ["AstraZeneca"])]


def test_a_dateline_place_taken_for_a_person_receives_nothing(nlp: Language) -> None:
    # the parser tags "KATHMANDU" a person and takes it for the subject: a person receiving doses would be vaccinated
    events = _one(nlp, "KATHMANDU, March 29, 2021 - Nepal received 800,000 doses of the Sinopharm vaccine donated by "
                       "China on Monday.")
    assert ("delivery", ["China"], ["Nepal"]) in [(e[0], e[2], e[3]) for e in events]
    assert "administration" not in [e[0] for e in events]


@pytest.mark.xfail(strict=True, reason="known gap: who an infinitive of giving supplies \"with\" the doses is not read "
                   "as the receiver; read so, one training reading moved to the gold's (a seed's \"pledged to provide "
                   "the South Korean military with vaccines\"), and thirty draws gave recipient +0.0061 (30 up), strict "
                   "+0.0027 (24 up), F1 0.0000, but provider -0.0023 (0 up, 18 down), short of its target, and facts "
                   "-0.0008 (0 up, 12 down)")
def test_who_an_infinitive_supplies_with_doses_receives_them(nlp: Language) -> None:
    (event,) = _one(nlp, "India has offered to supply Bangladesh with 2 million doses.")
    assert event[:4] == ("offer", "asserted", ["India"], ["Bangladesh"])


def test_a_stop_in_a_clause_of_time_is_no_asking_to_stop(nlp: Language) -> None:
    events = _one(nlp, "Sri Lanka has asked China to supply 1.5 million more doses of the Sinopharm vaccine after "
                       "India stopped exports of the AstraZeneca shots.")
    assert [(e[0], e[1], e[2], e[5]) for e in events] == [("request", "asserted", ["China"], 1_500_000),
                                                          ("delivery", "negated", ["India"], None)]


@pytest.mark.xfail(strict=True, reason="known gap: parents, nurses, patients and the like are not among the people "
                   "whose refusal is hesitancy; adding them (and 13 more such nouns) changed two training documents' "
                   "features: thirty draws F1 -0.0008 (14 up, 14 down), strict -0.0013 (9 up, 19 down)")
@pytest.mark.parametrize("text", ["Some 1,200 parents refused the polio vaccine.",
                                  "Nurses in Kenya refused the AstraZeneca vaccine."])
def test_parents_and_nurses_refusing_refuse_no_supply(nlp: Language, text: str) -> None:
    assert _one(nlp, text) == []


@pytest.mark.xfail(strict=True, reason="known gap: \"came\" and \"comes\" are no triggers (only \"coming\" is); as "
                   "delivery triggers they added three training candidates, none an event (\"J&J's vaccine came to the "
                   "market\"): thirty draws F1 -0.0024 (9 up, 19 down), precision -0.0033 (7 up, 22 down)")
def test_doses_that_came_from_a_giver_were_delivered(nlp: Language) -> None:
    events = _one(nlp, "The first batch of 300,000 doses came from China on Monday.")
    assert [(e[0], e[2]) for e in events] == [("delivery", ["China"])]


@pytest.mark.xfail(strict=True, reason="known gap: a relative clause on the receiving subject is read as part of it; "
                   "leaving it out of the receiver changed three training readings of one dev text (a group of "
                   "member states that ordered through AVAT): thirty draws F1 -0.0005 (9 up, 15 down), strict -0.0058 "
                   "(5 up, 25 down), provider +0.0007, recipient -0.0073 (6 up, 24 down), facts -0.0057")
def test_a_clause_on_the_receiver_names_no_receiver(nlp: Language) -> None:
    events = _one(nlp, "Afghanistan, which shares a porous border with Pakistan, will receive 10 million doses.")
    assert [e[:4] for e in events] == [("delivery", "planned", [], ["Afghanistan"])]


@pytest.mark.xfail(strict=True, reason="known gap: doses to be delivered by no one named, to no one named, have no "
                   "receiver; giving them the article's country changed one candidate of a dev text the rules do not "
                   "keep: thirty draws F1 -0.0007 (6 up, 15 down), strict -0.0035 (6 up, 21 down), recipient -0.0024 "
                   "(6 up, 16 down), provider +0.0006")
def test_doses_delivered_by_no_one_named_come_to_the_articles_country(nlp: Language) -> None:
    ctx = Context(focus_party="Ukraine", previous_parties=("Ukraine",))
    events = _one(nlp, "A further 300,000 doses will be delivered in March.", ctx)
    assert [e[:4] for e in events] == [("delivery", "planned", [], ["Ukraine"])]


def test_not_taking_up_an_offer_turns_it_down(nlp: Language) -> None:
    # "take up" an offer accepts it: negated, like "would not accept", it is a rejection, not an offer negated
    events = _one(nlp, "Vanuatu said it would not take up China's offer of Sinopharm vaccines.")
    assert [e[:5] for e in events] == [("rejection", "planned", ["China"], ["Vanuatu"], ["Sinopharm"])]


def test_a_shipment_of_other_goods_delivers_no_doses(nlp: Language) -> None:
    after_vaccines = Context(previous_vaccine_related=True)
    assert _one(nlp, "A shipment of new medical equipment arrived at the hospital on Tuesday.", after_vaccines) == []
    assert _one(nlp, "UNICEF delivered a consignment of syringes to Malawi.", after_vaccines) == []
    # the shipment's goods are doses, or a count of the doses just named
    assert [e[0] for e in _one(nlp, "A shipment of 200,000 arrived on Tuesday.", after_vaccines)] == ["delivery"]


def test_how_many_live_in_a_country_counts_no_doses(nlp: Language) -> None:
    (event,) = _one(nlp, "Only 38,000 people in the country of 9 million have received a first dose.")
    assert (event[0], event[5], event[6]) == ("administration", 38_000, "people")
    (event,) = _one(nlp, "In a nation of 1.4 billion people, only 10 million have been vaccinated.")
    assert event[5] == 10_000_000
    (event,) = _one(nlp, "Brazil, with a population of 212 million, has given at least one dose to 12 percent of its "
                         "people.")
    assert (event[0], event[5]) == ("administration", None)


def test_a_supply_brought_to_a_count_is_a_tally(nlp: Language) -> None:
    events = _one(nlp, "The arrival of 1.1 million doses of Moderna from the United States on Monday brings Uganda's "
                       "supply to 4 million doses.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 1_100_000)]


def test_a_running_total_counts_no_doses(nlp: Language) -> None:
    events = _one(nlp, "China delivered another batch of Sinopharm vaccines to Laos on Sunday, bringing its total "
                       "assistance to 2.7 million doses.")
    assert [(e[0], e[5]) for e in events] == [("delivery", None)]


def test_how_many_an_illness_struck_counts_no_doses(nlp: Language) -> None:
    (event,) = _one(nlp, "Samoa has appealed to its neighbours for measles vaccines as an outbreak that has killed 25 "
                         "people spread.")
    assert (event[0], event[5]) == ("request", None)
    # the parser takes the people for the subject of "spreads"; the word before them still tells the harm
    (event,) = _one(nlp, "Samoa has asked Australia and New Zealand for measles vaccines as an epidemic that has "
                         "killed 39 people spreads.")
    assert (event[0], event[5]) == ("request", None)
    # the trigger's own count stands
    (event,) = _one(nlp, "The virus has infected 2 million people, and the country has vaccinated 58,000 people.")
    assert (event[0], event[5]) == ("administration", 58_000)


def test_a_clause_on_a_party_counts_in_its_own_words(nlp: Language) -> None:
    events = _one(nlp, "India has gifted 150,000 doses of Covishield to Mongolia, which began vaccinating on Tuesday.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 150_000), ("administration", None)]


def test_a_verb_joined_to_an_approval_is_an_act_of_its_own(nlp: Language) -> None:
    events = _one(nlp, "Lebanon has also approved the emergency use of Russia's Sputnik V and agreed with the Russian "
                       "Direct Investment Fund to import 1 million doses.")
    assert [(e[3], e[5]) for e in events] == [(["Lebanon"], 1_000_000)]


def test_who_watches_an_act_does_not_do_it(nlp: Language) -> None:
    events = _one(nlp, "The World Bank will monitor the rollout of the vaccines.", Context(focus_party="Lebanon"))
    assert [(e[0], e[2]) for e in events] == [("administration", ["Lebanon"])]


def test_a_clause_on_a_bare_count_tells_of_the_doses(nlp: Language) -> None:
    events = _one(nlp, "The doses were part of 102,000 the country received from the African Union on March 26.",
                  Context(focus_party="Malawi", previous_vaccine_related=True))
    assert [(e[0], e[2], e[3]) for e in events] == [("delivery", ["African Union"], ["Malawi"])]


def test_every_name_of_a_listed_subject_acts(nlp: Language) -> None:
    # the parser hangs the list's first name on the verb
    events = _one(nlp, "Dominica, St Lucia and Guyana have each written to New Delhi asking for vaccines.")
    assert [(e[0], e[3]) for e in events] == [("request", ["Dominica", "Saint Lucia", "Guyana"])]


def test_a_part_of_doses_named_before_has_no_count_of_theirs(nlp: Language) -> None:
    events = _one(nlp, "Barbados took delivery of 100,000 doses gifted by India on Wednesday, adding that it would share "
                       "some of them with its neighbours.")
    assert [(e[0], e[5]) for e in events if e[0] == "offer"] == [("offer", None)]


@pytest.mark.parametrize("before", ["The European Union has already committed 250 million doses.",
                                    "The bloc has bought 250 million doses from Pfizer."])
def test_doses_delivered_by_no_one_named_come_from_who_pledged_or_sold_them(nlp: Language, before: str) -> None:
    (told,) = extract(nlp(before), Context())
    (event,) = _one(nlp, "So far, only 18 million doses have been delivered.", Context(previous_events=(told,)))
    assert (event[0], event[2]) == ("delivery", told.provider) and told.provider


def test_doses_of_a_deal_just_told_come_from_no_giver_of_the_sentence_before(nlp: Language) -> None:
    (told,) = extract(nlp("The United States will donate 1 million doses to Ghana."), Context())
    events = _one(nlp, "The European Commission bought 175,000 doses for donation to African countries, and the first "
                       "50,000 doses were flown to Kinshasa on Thursday.", Context(previous_events=(told,)))
    assert [(e[0], e[2]) for e in events if e[0] == "delivery"] == [("delivery", [])]


@pytest.mark.parametrize("text", ["Burundi turned down 500,000 doses of Sinopharm offered by China.",
                                  "The Solomon Islands also turned down a second batch of 100,000 doses offered by "
                                  "New Zealand.",
                                  "Kenya received 300,000 doses of AstraZeneca donated by France."])
def test_doses_given_in_a_participle_go_to_who_takes_or_refuses_them(nlp: Language, text: str) -> None:
    # not to the article's country (here another one)
    given = [e for e in _one(nlp, text, Context(focus_party="Tanzania")) if e[0] in ("offer", "delivery")]
    assert given and all(e[3] and "Tanzania" not in e[3] for e in given)


@pytest.mark.parametrize("text", ["The doses were supplied by Pfizer.", "The doses were supplied by the drugmaker Pfizer.",
                                  "The doses were supplied by the US drugmaker Pfizer."])
def test_a_vaccine_named_as_the_agent_is_its_maker_not_where_it_is_from(nlp: Language, text: str) -> None:
    (told,) = extract(nlp("Peru received 1 million doses from the Chinese company Sinopharm."), Context())
    (ev,) = _one(nlp, text, Context(previous_events=(told,), previous_parties=("Peru", "Sinopharm")))
    assert ev[2] == ["Pfizer"]


@pytest.mark.parametrize("text", ["Thailand has ordered 20 million Pfizer doses for delivery in the fourth quarter.",
                                  "Vietnam has secured a further 20 million Pfizer doses for delivery by the end of the "
                                  "year."])
def test_doses_bought_for_delivery_are_one_purchase(nlp: Language, text: str) -> None:
    # EVENTS.md 6.2: the deal's terms, as "signed a deal to deliver", are no planned delivery of their own
    assert [e[0] for e in _one(nlp, text)] == ["purchase"]


def test_a_further_count_hung_on_the_verb_of_saying_is_split(nlp: Language) -> None:
    events = _one(nlp, "Thailand will donate 200,000 doses of the AstraZeneca vaccine to Myanmar and 100,000 to Laos, "
                       "Prime Minister Prayuth Chan-ocha said on Wednesday.")
    assert sorted((e[3], e[5]) for e in events) == [(["Laos"], 100_000), (["Myanmar"], 200_000)]


def test_any_of_the_doses_named_is_what_is_received(nlp: Language) -> None:
    events = _one(nlp, "Ukraine has been promised 8 million doses through COVAX but has yet to receive any.")
    assert [(e[0], e[1], e[3], e[5]) for e in events] == [("offer", "asserted", ["Ukraine"], 8_000_000),
                                                          ("delivery", "negated", ["Ukraine"], None)]


def test_where_unnamed_makers_are_does_not_name_them(nlp: Language) -> None:
    events = _one(nlp, "UNICEF procured the vaccines from manufacturers in France, Brazil and Senegal.")
    assert [(e[0], e[2], e[3]) for e in events] == [("purchase", [], ["UNICEF"])]


def test_a_dateline_place_taken_for_what_arrived_gives_nothing(nlp: Language) -> None:
    events = _one(nlp, "PORT-AU-PRINCE, Nov 8, 2016 - About 1 million doses of oral cholera vaccine arrived in Haiti "
                       "on Tuesday from the global stockpile, the Pan American Health Organization said.")
    assert [(e[0], e[2], e[3]) for e in events] == [("delivery", [], ["Haiti"])]


def test_a_party_with_its_verb_left_out_shares_the_act_of_the_clause_it_follows(nlp: Language) -> None:
    # "Ethiopia 2.18 million" goes with "Nigeria set to receive 3.92 million", not with the allocating
    events = _one(nlp, "The COVAX facility has allocated 14.4 million doses to 31 African countries in its first round, "
                       "with Nigeria set to receive 3.92 million and Ethiopia 2.18 million, the WHO said.")
    assert [(e[0], e[2], e[5]) for e in events] == [("offer", ["COVAX"], 14_400_000)]
    events = _one(nlp, "Mexico's allocation is 6.5 million doses, Colombia will get 2.6 million and Peru 1.2 million.")
    assert [(e[0], e[3], e[5]) for e in events] == [("offer", ["Mexico"], 6_500_000),
                                                    ("delivery", ["Colombia"], 2_600_000),
                                                    ("delivery", ["Peru"], 1_200_000)]


def test_a_vaccine_being_given_is_a_happening(nlp: Language) -> None:
    # the present progressive tells what is going on, not how the vaccine is given as a rule
    events = _one(nlp, "The vaccine is being given to health workers in Accra.")
    assert [e[0] for e in events] == ["administration"]


def test_a_month_abbreviated_with_its_day_dates_the_event(nlp: Language) -> None:
    # the statistical model leaves "Aug 20" at the end of a sentence undated
    (event,) = extract(nlp("The government had asked for the vaccines on Aug 20."),
                       Context(published=date(2017, 9, 14), focus_party="Sierra Leone"))
    assert (event.event_type, event.event_date, event.date_text) == ("request", "2017-08-20", "Aug 20")


@pytest.mark.parametrize(("text", "expected"), [
    # a plan takes its own date, not the day the report was filed
    ("BRUSSELS, Sept 15, 2021 - The European Union will donate another 200 million doses to poorer countries by the "
     "middle of next year.", "2022"),
    # what was done, dated by nothing else, takes the day of the report (EVENTS.md 6.7)
    ("KAMPALA, Sept 7, 2021 - Uganda has handed back 200,000 doses of the AstraZeneca vaccine to the COVAX facility.",
     "2021-09-07"),
])
def test_a_datelines_day_dates_only_what_nothing_else_dates(nlp: Language, text: str, expected: str) -> None:
    (event,) = extract(nlp(text), Context(published=date(2021, 9, 15)))
    assert event.event_date == expected


def test_a_happening_set_apart_is_not_the_sentences_own(nlp: Language) -> None:
    # neither an event of its own, nor a giver or a receiver of the sentence's
    events = _one(nlp, "Apart from the vaccines donated by China, the country has bought 1 million doses from Russia.",
                  Context(focus_party="Serbia"))
    assert [(e[0], e[2], e[3]) for e in events] == [("purchase", ["Russia"], ["Serbia"])]


@pytest.mark.xfail(strict=True, reason="known gap: \"obtain\" is no trigger; as a purchase trigger it added one "
                   "training candidate (dev a05's \"Apart from the vaccines directly obtained from the African Union\", "
                   "set apart and so not licensed): thirty draws F1 -0.0000 (1 up, 2 down), strict -0.0001 (0 up, 3 "
                   "down), provider 0.0000, ECE +0.0004 (10 up, 10 down)")
def test_doses_obtained_were_bought(nlp: Language) -> None:
    events = _one(nlp, "Jordan has obtained 1 million doses of the Sinopharm vaccine.")
    assert [(e[0], e[3], e[5]) for e in events] == [("purchase", ["Jordan"], 1_000_000)]


def test_a_pronoun_stands_for_no_place_of_the_dateline(nlp: Language) -> None:
    # the place an article is filed from is where it was written, not who "it" is
    events = _one(nlp, "DAR ES SALAAM, Feb 3 (Reuters) - Tanzania has told the COVAX facility it will not take up "
                       "the 1.2 million doses earmarked for the country.")
    assert [(e[3], e[5]) for e in events if e[0] == "rejection"] == [(["Tanzania"], 1_200_000)]


def test_the_place_of_a_dateline_is_no_subject(nlp: Language) -> None:
    # the parser takes the dateline's place for a second subject; a place no table knows names no party (leaving
    # every dateline place out of subjects, "NEW DELHI (Reuters) - Serum Institute of India has sent" too, was measured
    # twice and cost strict F1 -0.0016 over thirty draws)
    (event,) = _one(nlp, "ASUNCION, April 8 - India has offered to supply 500,000 doses of Covaxin to Paraguay.")
    assert event[:4] == ("offer", "asserted", ["India"], ["Paraguay"])
    # ... nor does a place a table knows, beside the sentence's own subject
    events = _one(nlp, "SEOUL, Sept 1 - North Korea has rejected about 3 million doses of the Sinovac vaccine offered "
                       "through COVAX, UNICEF said.")
    assert [e[:4] for e in events if e[0] == "rejection"] == [("rejection", "asserted", ["COVAX"], ["North Korea"])]
    # nor is a verb the parser hangs on the dateline's place a participle on it, passive and without its subject
    (event,) = _one(nlp, "JAKARTA - Indonesia has offered to provide oral polio vaccine to Papua New Guinea, which is "
                         "battling its first outbreak in 18 years, Foreign Minister Retno Marsudi said.")
    assert event[:4] == ("offer", "asserted", ["Indonesia"], ["Papua New Guinea"])


def test_pledges_secured_are_offers_to_who_secured_them(nlp: Language) -> None:
    (event,) = _one(nlp, "The WHO has secured pledges of about 200 million doses from manufacturers.")
    assert (event[0], event[2], event[3], event[5]) == ("offer", [], ["WHO"], 200_000_000)
    (event,) = _one(nlp, "Peru has secured 38 million doses from Sinopharm.")
    assert (event[0], event[2], event[3]) == ("purchase", ["Sinopharm"], ["Peru"])


def test_a_verb_joined_to_the_saying_tells_its_own_happening(nlp: Language) -> None:
    # another tense, another vaccine: neither the count nor the seller of the deal is the refused vaccine's
    events = _one(nlp, "Bangladesh will not buy Russia's Sputnik V vaccine because Moscow wants the country to "
                       "produce it locally, a foreign ministry official said, and has instead signed a deal to buy 15 "
                       "million doses of the Sinopharm vaccine.")
    assert [(e[0], e[1], e[2], e[4], e[5]) for e in events] == [
        ("purchase", "negated", ["Russia"], ["Sputnik V"], None),
        ("purchase", "asserted", ["Sinopharm"], ["Sinopharm"], 15_000_000)]


def test_doses_shared_with_the_world_go_to_no_one_named(nlp: Language) -> None:
    (event,) = extract(nlp("The United States has promised to share 80 million doses with the world."), Context())
    assert event.unnamed_recipient and event.recipient == []


def test_a_pronoun_given_to_is_who_was_given_to_before(nlp: Language) -> None:
    events = _one(nlp, "Qatar donated 100,000 doses of Covaxin to Paraguay last month, and Chile lent it 20,000 doses "
                       "of Sinovac.")
    assert [(e[2], e[3]) for e in events] == [(["Qatar"], ["Paraguay"]), (["Chile"], ["Paraguay"])]


def test_an_application_for_more_of_the_doses_named_asks_for_them(nlp: Language) -> None:
    events = _one(nlp, "Nigeria received 3.92 million doses on March 2 and has submitted an application to Gavi for a "
                       "further 16 million.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("delivery", [], ["Nigeria"], 3_920_000),
                                                          ("request", ["Gavi"], ["Nigeria"], 16_000_000)]


def test_a_list_of_deliveries_is_no_delivery(nlp: Language) -> None:
    assert _one(nlp, "Here is a list of vaccine deliveries to African countries this week:") == []


def test_the_kingdom_in_capitals_is_the_country_told_of(nlp: Language) -> None:
    ctx = Context(focus_party="Saudi Arabia", previous_parties=("Saudi Arabia", "Yemen"))
    (event,) = _one(nlp, "The Kingdom has delivered 150,000 doses to Jordan.", ctx)
    assert event[2:4] == (["Saudi Arabia"], ["Jordan"])


def test_a_part_of_doses_a_clause_tells_of_has_its_own_count(nlp: Language) -> None:
    events = _one(nlp, "Bolivia has paid for 5.2 million doses of Sputnik V, of which only 40,000 have arrived.")
    assert [(e[0], e[5]) for e in events if e[0] == "delivery"] == [("delivery", 40_000)]


def test_handing_a_count_in_words_delivers_it(nlp: Language) -> None:
    (event,) = _one(nlp, "Laos was handed half a million doses of the Sinopharm vaccine by China on Monday.")
    assert (event[0], event[2], event[3], event[5]) == ("delivery", ["China"], ["Laos"], 500_000)


@pytest.mark.xfail(strict=True, reason="known gap: not wanting doses is not read as turning them down; \"want\" as a "
                   "trigger that needs a negation and an object of doses (like \"accept\") added one candidate of a "
                   "negative text and changed the sentence features of two others: thirty draws F1 -0.0008 (15 up, "
                   "14 down), precision -0.0010, false events per negative text +0.0050 (8 up, 4 down), ECE +0.0028")
def test_not_wanting_the_doses_turns_them_down(nlp: Language) -> None:
    (event,) = _one(nlp, "Uganda said it did not want the vaccine.")
    assert event[0] == "rejection"


def test_a_share_with_its_own_subject_is_no_part_of_the_whole(nlp: Language) -> None:
    events = _one(nlp, "The COVAX facility has allocated 35.3 million doses to 36 countries in Latin America and the "
                       "Caribbean in its first round, with Brazil slated to receive the most, 10.6 million doses of the "
                       "AstraZeneca vaccine.")
    assert [(e[0], e[3], e[5]) for e in events if e[0] == "delivery"] == [("delivery", ["Brazil"], 10_600_000)]


def test_refusing_any_vaccines_refuses_no_giver_before(nlp: Language) -> None:
    before = Context(previous_events=(_event_before("delivery", ["United States"], ["Tanzania"]),),
                     previous_parties=("Tanzania", "United States"), refers_back=True)
    (event,) = _one(nlp, "Tanzania had previously refused to accept any vaccines, calling them dangerous.", before)
    assert event[:4] == ("rejection", "asserted", [], ["Tanzania"])


def test_vaccines_made_in_a_country_come_from_it(nlp: Language) -> None:
    (event,) = _one(nlp, "Iran's Supreme Leader Ayatollah Ali Khamenei banned the import of vaccines made in the "
                         "United States and Britain on Friday.")
    assert event[:4] == ("rejection", "asserted", ["United States", "United Kingdom"], ["Iran"])


def test_doses_pledged_to_be_delivered_are_the_pledge(nlp: Language) -> None:
    # EVENTS.md 6.2: a pledge with an infinitive is one event, typed by the pledge
    events = _one(nlp, "Australia has also pledged 50,000 doses to be delivered in June.")
    assert [(e[0], e[5]) for e in events] == [("offer", 50_000)]


def test_a_verb_joined_with_its_own_subject_keeps_its_count(nlp: Language) -> None:
    (event,) = _one(nlp, "The vaccines, funded by Gavi, were delivered by UNICEF on Monday and the campaign will "
                         "target 1.1 million people aged nine months to 60 years.")
    assert (event[0], event[2], event[5]) == ("delivery", ["UNICEF"], None)


def test_doses_released_for_a_country_are_offered_to_it(nlp: Language) -> None:
    events = _one(nlp, "The International Coordinating Group on Vaccine Provision has released 1.2 million doses of "
                       "yellow fever vaccine for a reactive campaign in Ghana.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("offer", ["ICG"], ["Ghana"], 1_200_000)]
    # what else is released is no supply
    assert _one(nlp, "The ministry released a statement on the vaccine.") == []
    assert _one(nlp, "The initiative has released 1.9 million dollars for measles vaccines.") == []


def test_a_dose_that_offers_protection_offers_none_after_a_dateline(nlp: Language) -> None:
    assert _one(nlp, "GENEVA, April 11 - A single dose of the HPV vaccine offers protection comparable to two or "
                     "three doses, the World Health Organization's advisory group said on Monday.") == []


def test_rejecting_a_call_rejects_no_doses(nlp: Language) -> None:
    events = _one(nlp, "Kenya's government on Tuesday rejected a call by opposition lawmakers to delay the vaccine "
                       "rollout until more safety data is available.")
    assert "rejection" not in [e[0] for e in events]
    # nor buys what the call asks for: the refusal still governs it
    events = _one(nlp, "Ukraine will not import Russia's Sputnik V vaccine, the minister said on Monday, rejecting "
                       "calls by pro-Russian lawmakers to buy the shot.")
    assert [(e[0], e[1]) for e in events] == [("delivery", "negated")]


def test_doses_redistributed_to_parties_are_given_to_them(nlp: Language) -> None:
    events = _one(nlp, "The doses will be redistributed to Angola, Togo and Rwanda.")
    assert [(e[0], e[1], sorted(e[3])) for e in events] == [("delivery", "planned", ["Angola", "Rwanda", "Togo"])]
    # doses relocated to no one named are turned down by whoever had them
    relocated = _one(nlp, "The doses offered to North Korea by COVAX may be relocated.")
    assert [e[0] for e in relocated] == ["offer", "rejection"]


def test_buying_an_offer_would_help_with_is_part_of_the_offer(nlp: Language) -> None:
    events = _one(nlp, "Paraguay has turned down an offer from Taiwan to help it buy vaccines through intermediaries.")
    assert [(e[0], e[2], e[3]) for e in events] == [("rejection", ["Taiwan"], ["Paraguay"])]


def test_a_plea_to_keep_the_doses_asks_for_none(nlp: Language) -> None:
    events = _one(nlp, "Malawi on Wednesday burned nearly 20,000 doses of the AstraZeneca vaccine that had expired, "
                       "despite pleas from the WHO to keep them.")
    assert "request" not in [e[0] for e in events]
    # a plea to send them asks for them
    asked = _one(nlp, "Nepal made a plea to India to send AstraZeneca doses.")
    assert [(e[0], e[2], e[3]) for e in asked] == [("request", ["India"], ["Nepal"])]


def test_there_stands_for_the_country_named_before(nlp: Language) -> None:
    ctx = Context(focus_party="Pakistan", previous_parties=("Pakistan",))
    events = _one(nlp, "Afghanistan's Taliban authorities have agreed to allow house-to-house vaccination, and UNICEF "
                       "will supply 10 million doses for a campaign there in December.", ctx)
    assert [(e[0], e[2], e[3]) for e in events] == [("delivery", ["UNICEF"], ["Afghanistan"])]


def test_a_part_that_arrived_of_a_pledge_came_from_its_giver(nlp: Language) -> None:
    events = _one(nlp, "A further 1 million Pfizer doses from COVAX are due on Monday, while Japan has pledged 3 "
                       "million AstraZeneca doses, of which 245,200 arrived last week.")
    assert [(e[1], e[2], e[5]) for e in events if e[0] == "delivery"] == [("planned", ["COVAX"], 1_000_000),
                                                                          ("asserted", ["Japan"], 245_200)]


def test_a_donation_of_a_size_gives_doses(nlp: Language) -> None:
    (event,) = _one(nlp, "China airlifted 500,000 Sinopharm doses on Wednesday, the second donation of that size.")
    assert (event[0], event[2], event[5]) == ("delivery", ["China"], 500_000)


def test_turning_down_an_allocation_of_the_doses_named_rejects_them(nlp: Language) -> None:
    # EVENTS.md 1: a party rejects doses "or an offer"; an allocation is one (the doses named a sentence before)
    after_vaccines = Context(previous_vaccine_related=True)
    for text in ("Eritrea rejected the allotment.", "Burundi turned down its allocation."):
        assert [e[0] for e in _one(nlp, text, after_vaccines)] == ["rejection"]


def test_a_receivers_own_clause_names_no_other_receiver(nlp: Language) -> None:
    (event,) = _one(nlp, "Kenya, which received 1.02 million doses through COVAX in March, is also negotiating with "
                         "Russia for Sputnik V.")
    assert (event[0], event[2], event[3], event[5]) == ("delivery", ["COVAX"], ["Kenya"], 1_020_000)
    # a group the clause is on names none of its members, whatever the clause names
    events = _one(nlp, "The Member States who have ordered vaccines through AVAT will continue to receive shipments.",
                  Context(focus_party="Togo"))
    assert [e[:4] for e in events if e[0] == "purchase"] == [("purchase", "asserted", ["AVAT"], [])]


def test_a_bare_count_given_by_another_party_is_a_delivery_of_its_own(nlp: Language) -> None:
    events = _one(nlp, "PNG received 132,000 doses through COVAX in April, in addition to 8,000 given by Australia in "
                       "March.")
    assert sorted((e[0], e[2], e[5]) for e in events) == [("delivery", ["Australia"], 8_000),
                                                          ("delivery", ["COVAX"], 132_000)]


def test_a_clause_on_a_bare_count_gives_it(nlp: Language) -> None:
    # the count a relative clause is on is what it lends, as "the 800,000 doses it has already given"
    events = _one(nlp, "The doses are part of 2.7 million the United States lent to Mexico in March.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("delivery", ["United States"], ["Mexico"], 2_700_000)]


def test_a_gerund_of_time_under_a_deal_is_a_happening_of_its_own(nlp: Language) -> None:
    # receiving the first doses is no part of the deal to buy, though the parser hangs it on the signing
    events = _one(nlp, "Bolivia has signed an agreement with Russia's RDIF to buy 5.2 million doses of the Sputnik V "
                       "vaccine, the health ministry said, after receiving the first 20,000 doses last week.")
    assert sorted((e[0], e[5]) for e in events) == [("delivery", 20_000), ("purchase", 5_200_000)]
    # and what the deal's cancelling ends is not what was received before it
    cancelled = _one(nlp, "Guatemala has cancelled an order of 8 million doses of Russia's Sputnik V vaccine after "
                          "receiving only 550,000, the health minister said on Wednesday.")
    assert sorted((e[0], e[1], e[5]) for e in cancelled) == [("delivery", "asserted", 550_000),
                                                             ("purchase", "negated", 8_000_000)]


def test_a_vaccine_a_clause_leaves_unnamed_is_none_named_elsewhere(nlp: Language) -> None:
    # "doses of a Chinese vaccine" are not the Sputnik V doses of the clause before
    events = _one(nlp, "The government has ordered 2 million doses of Sputnik V from Russia and 250,000 doses of a "
                       "Chinese vaccine have been promised by Beijing.")
    assert sorted((e[0], e[4], e[5]) for e in events) == [("offer", [], 250_000),
                                                          ("purchase", ["Sputnik V"], 2_000_000)]
    # doses a joined clause refers back to are the ones named before
    shipped = _one(nlp, "Japan had previously donated nearly two million doses of the AstraZeneca vaccine to Vietnam, "
                        "and the three shipments arrived in Vietnam on June 16, July 7 and July 9.")
    assert shipped and all(e[4] == ["AstraZeneca"] for e in shipped)


def test_a_verb_joined_in_the_future_tells_its_own_happening(nlp: Language) -> None:
    # "will get" has a tense of its own, as "has asked" has: its vaccine and count are not the receiving's
    events = _one(nlp, "Kenya has received 1 million doses from COVAX and will get 500,000 Pfizer doses next month.")
    assert sorted((e[0], e[1], e[4], e[5]) for e in events) == [
        ("delivery", "asserted", [], 1_000_000), ("delivery", "planned", ["Pfizer-BioNTech"], 500_000)]
    # and what a verb joined with a tense of its own goes on to do counts its own, not the doses returned
    stopped = _one(nlp, "Namibia will return 30,000 unused doses of Russia's Sputnik V vaccine and has stopped "
                        "administering the shot.")
    assert [(e[0], e[5]) for e in stopped if e[0] == "administration"] == [("administration", None)]


def test_a_description_with_a_names_no_party_named_before(nlp: Language) -> None:
    # "a private firm" is a party the text does not name, not the organisation of the sentence before
    ctx = Context(focus_party="Kenya", previous_parties=("COVAX", "African Union"))
    events = _one(nlp, "A private firm had imported 4,000 Sputnik V doses.", ctx)
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("delivery", [], [], 4_000)]
    # what a named party is, said with "a", still stands for it
    events = _one(nlp, "North Korea hopes to receive vaccines from the COVAX Facility, an international initiative to "
                       "jointly purchase vaccines.")
    assert [e[3] for e in events if e[0] == "purchase"] == [["COVAX"]]


def test_who_is_trained_to_vaccinate_vaccinates_no_one_yet(nlp: Language) -> None:
    # being trained to give a vaccine is a capacity, as "cannot afford to buy" is, not an administration
    assert _one(nlp, "The government said 3,000 health workers had been trained to administer the measles "
                     "vaccine.") == []


def test_doses_of_their_own_count_set_against_a_gift_name_their_own_vaccine(nlp: Language) -> None:
    events = _one(nlp, "China has donated 300,000 doses to Laos, while 132,000 AstraZeneca doses arrived through "
                       "COVAX.")
    assert sorted((e[2], e[4], e[5]) for e in events) == [(["COVAX"], ["AstraZeneca"], 132_000),
                                                          (["China"], [], 300_000)]


def test_a_count_a_trigger_aims_at_counts_no_other_happening(nlp: Language) -> None:
    # the 181.5 million are those a campaign aims to inoculate, not those vaccinated with the first shot
    events = _one(nlp, "Indonesian President Joko Widodo received the country's first COVID-19 vaccine shot on "
                       "Wednesday, launching a campaign that aims to inoculate 181.5 million people within 15 months.")
    assert [(e[0], e[5]) for e in events] == [("administration", None)]


def test_a_giver_a_further_count_s_own_words_name_gives_none_of_the_first(nlp: Language) -> None:
    # "through COVAX" is told of the 2.7 million, though the parser hangs it on the verb
    events = _one(nlp, "The country expects to receive a total of 2.1 million Pfizer doses this year, as well as 2.7 "
                       "million doses through COVAX.")
    assert sorted((e[5], e[2]) for e in events) == [(2_100_000, []), (2_700_000, ["COVAX"])]


def test_what_states_in_general_should_do_is_no_happening(nlp: Language) -> None:
    # advice to countries in general, and what it would come before, tell of no doses given
    assert _one(nlp, "It said countries should first aim to give two doses to all health workers before offering "
                     "boosters.") == []
    assert _one(nlp, "Countries must share doses with poorer nations.") == []
    # a named state's duty still tells its own
    assert [e[0] for e in _one(nlp, "Kenya must return 30,000 doses to COVAX.")] == ["rejection"]


def test_doses_added_to_a_count_given_before_are_not_that_count(nlp: Language) -> None:
    # the 400,000 are what the clause on them says was given, not the pledge's; the pledge keeps its 500,000
    events = _one(nlp, "China has also pledged to donate 500,000 more Sinopharm doses, on top of the 400,000 it has "
                       "already given.")
    assert sorted((e[0], e[5]) for e in events) == [("delivery", 400_000), ("offer", 500_000)]
    arriving = _one(nlp, "China is to donate 500,000 doses of the Sinopharm vaccine, which are expected to arrive this "
                         "week, in addition to 600,000 doses it donated in March.")
    assert sorted((e[0], e[1], e[5]) for e in arriving if e[0] == "delivery") == [("delivery", "asserted", 600_000),
                                                                                  ("delivery", "planned", 500_000)]


def test_a_refusal_in_a_clause_on_an_offer_s_words_refuses_the_offer(nlp: Language) -> None:
    # the parser hangs "which ... rejected" on COVAX; what was rejected is Washington's offer
    ctx = Context(focus_party="Nicaragua", previous_parties=("Nicaragua", "Russia"))
    events = _one(nlp, "Washington had offered to send 500,000 doses through COVAX, which Nicaragua's government "
                       "rejected, saying it would rely on its allies.", ctx)
    assert [(e[0], e[2], e[3]) for e in events if e[0] == "rejection"] == [("rejection", ["United States"],
                                                                            ["Nicaragua"])]


def test_doses_bought_by_a_party_come_to_it(nlp: Language) -> None:
    # the agent of "bought" buys the doses that are due, it does not send them
    events = _one(nlp, "Another 1.5m doses bought by Nepal from the company are due next month.")
    assert [(e[0], e[2], e[3]) for e in events if e[0] == "delivery"] == [("delivery", [], ["Nepal"])]


def test_a_participle_after_a_comma_is_a_clause_of_its_own(nlp: Language) -> None:
    # "refusing" hangs on the approval's verb; it refuses doses, and is not negated by "will not" (a participle
    # takes the main verb's time: "will hold a campaign, using 10 million doses")
    events = _one(nlp, "The government will not authorise the vaccine, effectively refusing 2.4 million doses it was "
                       "due to receive through COVAX.")
    assert [(e[0], e[1], e[2], e[5]) for e in events if e[0] == "rejection"] == [
        ("rejection", "planned", ["COVAX"], 2_400_000)]


def test_a_clause_on_the_refusing_subject_does_not_make_it_people(nlp: Language) -> None:
    # "its population" is in what the clause says of the country, not in who turns the doses down
    events = _one(nlp, "The country, which has vaccinated only 7 percent of its population, turned down a further "
                       "shipment of 150,000 doses from COVAX last month.")
    assert [(e[0], e[2], e[5]) for e in events if e[0] == "rejection"] == [("rejection", ["COVAX"], 150_000)]


@pytest.mark.xfail(strict=True, reason="known gap: a relative clause on the subject (\"which shares a long border "
                   "with Angola\") names parties of the trigger; leaving such clauses out of who receives or gives "
                   "changed four training documents (dev b12, b19, the seed on North Korea, a negative): thirty draws "
                   "recipient -0.0064 (5 up, 25 down), strict -0.0054 (7 up, 22 down), facts -0.0055 (30 down), F1 "
                   "-0.0005, provider +0.0001; left out of who receives alone (\"Kyrgyzstan, which had received 150,000 "
                   "doses from China, had asked Kazakhstan\" names China an asker), two documents (dev b12, b19): "
                   "recipient -0.0071 (4 up, 25 down), strict -0.0059, facts -0.0054, F1 0.0000")
def test_a_clause_on_the_subject_names_no_party_of_the_trigger(nlp: Language) -> None:
    # Angola is what the clause says Congo borders, not a receiver
    events = _one(nlp, "The Democratic Republic of Congo, which shares a long border with Angola, received 2.2 "
                       "million doses in May.")
    assert [(e[0], e[3]) for e in events] == [("delivery", ["DR Congo"])]


@pytest.mark.xfail(strict=True, reason="known gap: a relative clause on the giver lends the giver its parties; leaving "
                   "it out of who gives changed three training readings (dev b19, a negative's, a seed's), and over "
                   "thirty draws F1 -0.0005 (7 up, 12 down), provider -0.0020 (7 up, 16 down), recipient +0.0015, "
                   "strict +0.0010 (20 up, 9 down)")
def test_a_relative_clause_on_the_giver_names_no_giver(nlp: Language) -> None:
    events = _one(nlp, "Indonesia, which received 8 million doses from Japan, has also donated 200,000 doses to Papua "
                       "New Guinea.")
    assert [(e[2], e[3], e[5]) for e in events if e[5] == 200_000] == [(["Indonesia"], ["Papua New Guinea"], 200_000)]


def test_what_is_said_in_another_tense_takes_no_vaccine_from_the_clause_before(nlp: Language) -> None:
    events = _one(nlp, "Tajikistan earlier received 192,000 doses of AstraZeneca through COVAX and says it will buy "
                       "more from Russia.")
    assert [(e[0], e[4]) for e in events] == [("delivery", ["AstraZeneca"]), ("purchase", [])]


def test_another_party_s_own_clause_takes_no_vaccine_from_the_clause_it_is_joined_to(nlp: Language) -> None:
    # Moderna is what the United States offers; China's 800,000 doses are of a vaccine the sentence does not name
    events = _one(nlp, "Nepal has also been offered 1.5 million Moderna doses by the United States, and China has "
                       "promised a further 800,000 doses.")
    assert sorted((e[2], e[4]) for e in events) == [(["China"], []), (["United States"], ["Moderna"])]
    # a bare count is more of the same doses; a vaccine named for its illness is what every clause speaks of
    more = _one(nlp, "Hungary sold 100,000 AstraZeneca doses to Vietnam, and Poland donated 500,000.")
    assert [e[4] for e in more] == [["AstraZeneca"], ["AstraZeneca"]]
    rabies = _one(nlp, "China donated 100,000 doses of rabies vaccine to the Philippines, while South Korea handed over "
                       "50,000 doses.")
    assert [e[4] for e in rabies] == [["rabies"], ["rabies"]]
    # the infinitive of such a clause is part of it ("has yet to receive")
    events = _one(nlp, "Thailand received 1.5 million doses of Pfizer, but Myanmar has yet to receive any of the 2 "
                       "million doses it ordered.")
    assert [(e[3], e[4]) for e in events if e[0] == "delivery"] == [(["Thailand"], ["Pfizer-BioNTech"]),
                                                                    (["Myanmar"], [])]


def test_a_description_asked_for_doses_stands_for_the_body_named_before(nlp: Language) -> None:
    # "the trust" is the African Vaccine Acquisition Trust of the sentence before
    ctx = Context(focus_party="Kenya", previous_parties=("AVAT", "Tanzania"))
    events = _one(nlp, "Neighbouring Kenya has asked for an additional 3 million doses from the trust.", ctx)
    assert [(e[0], e[2], e[3]) for e in events] == [("request", ["AVAT"], ["Kenya"])]


def test_a_promise_to_give_a_bare_count_is_an_offer(nlp: Language) -> None:
    # "another 4 million" are more of the doses just named; the promise over the sending is what the sentence tells
    events = _one(nlp, "China has sent 6 million Sinopharm doses since July, and has promised to send another 4 "
                       "million by the end of the year.")
    assert sorted((e[0], e[5]) for e in events) == [("delivery", 6_000_000), ("offer", 4_000_000)]


def test_who_is_to_be_shared_with_is_who_asks_not_who_gives(nlp: Language) -> None:
    # "with Ukraine" is the sharing's: Ukraine is asked for, the EU asked
    events = _one(nlp, "President Volodymyr Zelenskiy urged the European Union on Friday to share some of its "
                       "vaccines with Ukraine.")
    assert [(e[0], e[2], e[3]) for e in events] == [("request", ["EU"], ["Ukraine"])]


def test_a_state_described_that_receives_its_first_doses_has_a_delivery(nlp: Language) -> None:
    # a state, not a person, receives "its first doses": they are delivered, no one is vaccinated
    for text in ("The Pacific nation received its first doses only in April.",
                 "The country received its first vaccine doses in April."):
        assert [e[0] for e in _one(nlp, text)] == ["delivery"]


def test_who_turns_down_an_offer_is_not_who_made_it(nlp: Language) -> None:
    # "the government" stands for the article's country, not for Taiwan, whose offer it is
    ctx = Context(focus_party="Kiribati", previous_parties=("Australia", "Kiribati"))
    events = _one(nlp, "Taiwan's offer of 50,000 doses was turned down by the government in Tarawa.", ctx)
    assert [(e[0], e[2], e[3]) for e in events] == [("rejection", ["Taiwan"], ["Kiribati"])]


def test_the_who_is_a_name_not_a_relative_pronoun(nlp: Language) -> None:
    # the tagger takes "WHO" for "who": the clause's subject is the organisation, which delivered
    events = _one(nlp, "Malawi has used the 100,000 doses that WHO delivered in March.")
    assert [(e[0], e[2]) for e in events if e[0] == "delivery"] == [("delivery", ["WHO"])]
    bought = _one(nlp, "The country bought 2 million doses through COVAX, which WHO delivered in March.")
    assert [(e[0], e[2]) for e in bought if e[0] == "delivery"] == [("delivery", ["WHO"])]


def test_who_would_give_in_a_question_is_no_happening(nlp: Language) -> None:
    # "who would distribute" asks who will, it tells no distribution
    events = _one(nlp, "The junta had rejected a shipment from COVAX in April over a dispute about who would "
                       "distribute the doses.")
    assert [e[0] for e in events] == ["rejection"]
    assert _one(nlp, "It is not clear who will supply the doses.") == []


def test_yet_to_begin_is_not_begun(nlp: Language) -> None:
    # "yet to" before a verb of beginning as before the act itself
    for text in ("Haiti has yet to begin vaccinating.",
                 "Haiti, the only country in the Americas yet to begin vaccinating, has declined 130,000 doses."):
        assert [(e[0], e[1]) for e in _one(nlp, text) if e[0] == "administration"] == [("administration", "negated")]


def test_a_participle_with_a_date_of_its_own_keeps_its_time(nlp: Language) -> None:
    # bought in January, whatever will befall the doses
    events = _one(nlp, "The doses, bought from the Serum Institute of India in January, will be distributed through "
                       "the African Union's platform.")
    assert [(e[0], e[1]) for e in events if e[0] == "purchase"] == [("purchase", "asserted")]


def test_parties_among_those_that_act_act(nlp: Language) -> None:
    # "among the countries that have asked": Kenya and Eswatini asked
    assert [(e[0], e[3]) for e in _one(nlp, "Kenya and Eswatini are among the countries that have asked for the "
                                            "vaccines.")] == [("request", ["Kenya", "Eswatini"])]
    assert [(e[2], e[3]) for e in _one(nlp, "Ghana was among the first countries that received doses from "
                                            "COVAX.")] == [(["COVAX"], ["Ghana"])]
    # "among the first to receive": an infinitive on the ordinal
    assert [e[3] for e in _one(nlp, "Zimbabwe, Equatorial Guinea and Sierra Leone were among the first to receive "
                                    "Chinese vaccines free of charge.")] == [["Zimbabwe", "Equatorial Guinea",
                                                                              "Sierra Leone"]]
    # ... in any tense of the copula
    assert [e[3] for e in _one(nlp, "Afghanistan, Mongolia and Azerbaijan will be among the first to receive the "
                                    "H1N1 vaccine.")] == [["Afghanistan", "Mongolia", "Azerbaijan"]]


def test_a_clause_on_who_vaccinates_names_no_one_who_does(nlp: Language) -> None:
    # Haiti and Hispaniola are what the clause says of the Dominican Republic
    events = _one(nlp, "The Dominican Republic, which shares the island of Hispaniola with Haiti, has administered "
                       "more than 2 million doses.")
    assert [(e[0], e[2], e[3]) for e in events] == [("administration", ["Dominican Republic"],
                                                     ["Dominican Republic"])]


@pytest.mark.xfail(strict=True, reason="known gap: \"will go to\" is no verb of motion, so the place the doses go to "
                   "does not receive them; making it one changed one training document (dev b16, whose country then "
                   "led the article and filled five receivers the gold leaves empty): thirty draws strict -0.0152 (0 "
                   "up, 30 down), recipient -0.0143 (0 up, 30 down), provider -0.0022, F1 -0.0009, facts +0.0017")
def test_doses_that_go_somewhere_go_to_it(nlp: Language) -> None:
    # "will go to" moves the doses, as "will arrive in": the place named receives them
    events = _one(nlp, "Of the 813,150 Pfizer doses, 607,230 doses will go to the Department of Health in Manila.")
    assert [(e[0], e[3], e[5]) for e in events] == [("delivery", ["Philippines"], 607_230)]


def test_a_gerund_of_time_is_not_merged_into_a_noun_of_its_type(nlp: Language) -> None:
    # the exports halted and the 66 million delivered before are two happenings, each with its own count
    events = _one(nlp, "India had halted exports in April, after delivering 66 million doses to 95 countries.")
    assert sorted((e[1], e[5] or 0) for e in events) == [("asserted", 66_000_000), ("negated", 0)]


def test_readiness_to_give_is_an_offer(nlp: Language) -> None:
    # a party ready or prepared to supply offers the doses; one ready to receive them awaits a delivery
    events = _one(nlp, "The fund said on Wednesday it was ready to supply up to 50 million doses of Sputnik V to "
                       "Latin American countries.")
    assert [(e[0], e[5]) for e in events] == [("offer", 50_000_000)]
    assert [e[0] for e in _one(nlp, "Kenya is ready to receive the doses.")] == ["delivery"]
    # a party that proposes to supply offers too (lexicon: readiness_words)
    assert [e[0] for e in _one(nlp, "Russia has proposed supplying Sputnik V to Serbia.")] == ["offer"]


def test_a_scheme_doses_come_through_is_the_one_named_before(nlp: Language) -> None:
    # "the programme" is COVAX of the sentence before; "the national government" is no scheme
    ctx = Context(focus_party="Burundi", previous_parties=("COVAX", "Burundi"))
    events = _one(nlp, "The country had been due to receive 1.4 million doses through the programme.", ctx)
    assert [(e[0], e[2]) for e in events] == [("delivery", ["COVAX"])]
    county = _one(nlp, "The county received 50,000 doses from the national government on Thursday.",
                  Context(focus_party="Kenya", previous_parties=("Kenya",)))
    assert [e[2] for e in county] == [[]]


def test_a_surplus_given_is_doses_given(nlp: Language) -> None:
    # "some of its surplus" is of the doses just counted
    events = _one(nlp, "Serbia has received 2.5 million Sinopharm doses, and has donated some of its surplus to "
                       "neighbouring Bosnia, Montenegro and North Macedonia.")
    assert [(e[2], e[3]) for e in events if e[2]] == [(["Serbia"], ["Bosnia and Herzegovina", "Montenegro",
                                                                    "North Macedonia"])]


def test_a_country_described_owns_its_allocation(nlp: Language) -> None:
    # "the country's allocation" is what Syria is allotted, under COVAX: Syria does not allot it
    events = _one(nlp, "A first batch of 256,800 doses arrived in Damascus on Wednesday, part of the country's "
                       "allocation under COVAX, the WHO said.", Context(focus_party="Syria", previous_parties=("Syria",)))
    assert [(e[0], e[2], e[3]) for e in events if e[0] == "offer"] == [("offer", ["COVAX"], ["Syria"])]


def test_giving_recommended_is_not_given(nlp: Language) -> None:
    # what findings or an agency support or recommend doing tells no doses given
    assert _one(nlp, "Health officials said the findings supported giving booster shots to older people.") == []
    assert _one(nlp, "The WHO recommended giving the vaccine to health workers first.") == []


def test_a_pronoun_for_something_else_is_no_doses(nlp: Language) -> None:
    # "them" are the allowances; in a text on vaccines all the same
    ctx = Context(previous_vaccine_related=True, focus_party="Kenya")
    assert _one(nlp, "The union said nurses had been promised allowances for working during the pandemic but had "
                     "never received them.", ctx) == []
    # "them" after doses are the doses; a subject "they" is not read so
    assert [(e[0], e[5]) for e in _one(nlp, "Laos received them on Monday.", ctx)] == [("delivery", None)]
    assert [e[0] for e in _one(nlp, "The doses had a shelf life of only 18 days when they arrived.", ctx)] == \
        ["delivery"]


def test_a_decision_to_give_is_an_offer(nlp: Language) -> None:
    # what a government has decided to provide is still to come: a promise, as "pledged to provide"
    events = _one(nlp, "The Government of Japan has decided to provide approximately 3 million doses of AstraZeneca "
                       "vaccine to Bangladesh through the COVAX Facility.")
    assert [(e[0], e[5]) for e in events] == [("offer", 3_000_000)]


def test_doses_on_loan_come_from_the_lender(nlp: Language) -> None:
    # "on loan" is of the doses, not money: the lender gives them
    events = _one(nlp, "Mexico has itself received 2.7 million doses on loan from the United States.")
    assert [(e[2], e[3]) for e in events] == [(["United States"], ["Mexico"])]


def test_who_a_made_vaccine_is_for_is_who_is_given_it(nlp: Language) -> None:
    # the parser hangs "for Laos and Myanmar" on "produced"; Siam Bioscience makes the vaccine for no one
    events = _one(nlp, "Thailand has set aside 200,000 doses of the AstraZeneca vaccine produced by Siam Bioscience "
                       "for neighbouring Laos and Myanmar, the foreign ministry said.")
    assert [(e[0], e[3]) for e in events] == [("offer", ["Laos", "Myanmar"])]


def test_who_is_called_on_to_give_to_someone_is_asked_not_the_given(nlp: Language) -> None:
    # "to Africa" is whom the rich countries would release vaccines to: no one asked
    events = _one(nlp, "Kenya's President Uhuru Kenyatta called on rich countries to release surplus vaccines to "
                       "Africa.")
    assert [(e[0], e[2]) for e in events] == [("request", [])]


def test_an_offer_to_give_something_else_offers_no_doses(nlp: Language) -> None:
    # the technology to make a vaccine is no dose of it
    assert _one(nlp, "Cuba has offered to transfer the technology to produce Abdala in Vietnam.") == []
    assert [e[0] for e in _one(nlp, "Cuba has offered to send 1 million doses of Abdala to Vietnam.")] == ["offer"]


@pytest.mark.xfail(strict=True, reason="known gap: \"come\", \"comes\" and \"came\" are no triggers (only \"coming\" is); "
                   "adding them gave six more training candidates (dev a18, a30, b22, b30, negative d04): thirty draws "
                   "F1 -0.0010 (10 up, 20 down), strict -0.0052 (3 up, 27 down), precision -0.0033, recall +0.0013, "
                   "provider -0.0024, false events per negative -0.0050")
def test_doses_that_will_come_are_a_delivery_to_come(nlp: Language) -> None:
    events = _one(nlp, "\"We have received 1.7 million doses from China so far, and another 1 million will come next "
                       "week,\" the prime minister said.")
    assert sorted((e[1], e[5]) for e in events) == [("asserted", 1_700_000), ("planned", 1_000_000)]


def test_a_city_a_report_was_filed_in_is_no_party(nlp: Language) -> None:
    # the parser takes "GENEVA" for the subject of "pledged"; the drugmakers pledged, and no table knows the city
    events = _one(nlp, "GENEVA, Jan 20, 2010 - Of the 200 million doses of H1N1 vaccine pledged to the World Health "
                       "Organization by drugmakers and rich countries, only 30 million have been shipped.")
    assert [e[2] for e in events] == [[], []]


def test_doses_accepted_with_a_count_are_taken_in(nlp: Language) -> None:
    # accepting doses counted from a giver receives them; accepting an offer tells nothing more
    events = _one(nlp, "Kyrgyzstan's health ministry said it had accepted 150,000 doses of Sinopharm from China.")
    assert [(e[0], e[1], e[2], e[3], e[5]) for e in events] == [("delivery", "asserted", ["China"], ["Kyrgyzstan"],
                                                                 150_000)]
    assert _one(nlp, "North Korea has accepted South Korea's offer.") == []
    # who lets doses through does not take them in
    assert _one(nlp, "Israel had allowed 2,000 doses into Gaza from the Palestinian Authority in the West Bank.") == []


def test_a_shipment_set_beside_the_receiver_names_no_receiver(nlp: Language) -> None:
    # "the first large shipment since Israel allowed vaccines into the enclave" tells of the delivery, not of Gaza
    events = _one(nlp, "Qatar has delivered 100,000 doses of the Pfizer vaccine to the Gaza Strip, the first large "
                       "shipment since Israel allowed vaccines into the enclave.")
    assert [e[3] for e in events] == [["Palestine"]]


def test_another_party_s_clause_under_an_infinitive_counts_in_its_own_words(nlp: Language) -> None:
    # Russia's supply has no count; China's 1.1 million are China's
    events = _one(nlp, "China has donated 1.1 million Sinopharm doses, and Russia has agreed to supply Sputnik V.")
    assert sorted((e[2], e[5] or 0) for e in events) == [(["China"], 1_100_000), (["Russia"], 0)]


def test_a_verb_joined_to_another_kind_of_trigger_counts_in_its_own_words(nlp: Language) -> None:
    # the vaccinating has no count: the million doses are what was accepted
    events = _one(nlp, "Kenya accepted 1.02 million doses and began vaccinating health workers on March 5.")
    assert sorted((e[0], e[5] or 0) for e in events) == [("administration", 0), ("delivery", 1_020_000)]
    # its own count stays its own; one object for two verbs is counted by both
    own = _one(nlp, "Ghana received 600,000 doses on Wednesday and administered 200,000 of them within a week.")
    assert sorted((e[0], e[5]) for e in own) == [("administration", 200_000), ("delivery", 600_000)]
    shared = _one(nlp, "Nepal received and administered 1 million doses.")
    assert sorted((e[0], e[5]) for e in shared) == [("administration", 1_000_000), ("delivery", 1_000_000)]


def test_vaccinating_told_in_a_clause_on_people_counts_the_people(nlp: Language) -> None:
    # the people who had their first shot are not counted by the doses requested for them
    events = _one(nlp, "Sri Lanka has requested 600,000 AstraZeneca doses from India to complete second doses for "
                       "people who received their first shot in February.")
    assert sorted((e[0], e[5] or 0) for e in events) == [("administration", 0), ("request", 600_000)]
    counted = _one(nlp, "The minister gave the fund 20 days to deliver enough vaccines to give a second dose to the "
                        "122,712 people who had received their first shot so far.")
    assert (("administration", 122_712)) in [(e[0], e[5]) for e in counted]


def test_a_bare_count_added_to_and_told_as_given_is_its_own(nlp: Language) -> None:
    # the 600,000 donated in March are no count of the offer, and the donation's count is not the offer's
    events = _one(nlp, "China has offered to give Sri Lanka another 500,000 doses of the Sinopharm vaccine, on top of "
                       "600,000 donated in March, the Chinese embassy said.")
    assert sorted((e[0], e[5]) for e in events) == [("delivery", 600_000), ("offer", 500_000)]


def test_a_pledge_to_buy_is_no_offer(nlp: Language) -> None:
    events = _one(nlp, "Indonesia has committed to buy 50 million doses.")
    assert [(e[0], e[3], e[5]) for e in events] == [("purchase", ["Indonesia"], 50_000_000)]


def test_a_clause_on_a_group_counts_in_its_own_words(nlp: Language) -> None:
    # the 200 million doses are what the WHO hopes to secure, not what the poorer countries cannot buy
    events = _one(nlp, "The WHO said it hoped to secure at least 200 million doses for about 95 countries that cannot "
                       "buy the vaccine on their own.")
    assert sorted((e[1], e[5] or 0) for e in events if e[0] == "purchase") == [("negated", 0),
                                                                              ("planned", 200_000_000)]


def test_a_request_to_a_scheme_named_before_is_to_it_and_from_another(nlp: Language) -> None:
    # "the facility" is COVAX, named in the sentence before; "its" is then the article's country, not COVAX
    ctx = Context(previous_parties=("COVAX",), focus_party="Madagascar")
    events = _one(nlp, "Its request for vaccines was submitted to the facility in March, officials said.", ctx)
    assert [e[:4] for e in events] == [("request", "asserted", ["COVAX"], ["Madagascar"])]


def test_an_infinitives_relative_clause_is_no_part_of_who_receives(nlp: Language) -> None:
    # "which was due to receive ... from COVAX": the clause the trigger is in is no part of the head it is on
    events = _one(nlp, "Mali, which was due to receive 500,000 doses from COVAX in May, has received only 396,000 so "
                       "far.")
    assert ("delivery", "planned", ["COVAX"], ["Mali"]) in [e[:4] for e in events]
    # ... nor is a verb joined to the clause's verb ("and sold it": Sri Lanka was given doses, and bought more)
    events = _one(nlp, "India, which gave Sri Lanka 500,000 doses in January and sold it a further 500,000, stopped "
                       "exports in April.")
    assert ("purchase", "asserted", ["India"], ["Sri Lanka"]) in [e[:4] for e in events]


def test_further_doses_hung_on_the_verb_a_participle_is_on_are_the_participles(nlp: Language) -> None:
    # the parser hangs "and 500,000 doses of Covaxin to Iran" on "resumed", not on "sending"
    events = _one(nlp, "India has resumed exports, sending 1 million doses of Covishield to Nepal, Bangladesh and "
                       "Myanmar, and 500,000 doses of Covaxin to Iran.")
    assert sorted((e[5], sorted(e[3]), e[4]) for e in events if e[5]) == [
        (500_000, ["Iran"], ["Covaxin"]), (1_000_000, ["Bangladesh", "Myanmar", "Nepal"], ["AstraZeneca"])]


def test_a_part_told_beside_the_receivers_names_none_of_them(nlp: Language) -> None:
    # "including 10 million through COVAX" is a part of the doses, hung on the countries: COVAX receives nothing,
    # and the receivers stay a group no other sentence names
    events = extract(nlp("Before that, India had shipped 66 million doses to nearly 100 countries, including 10 "
                         "million through COVAX."), Context())
    assert [(e.recipient, e.unnamed_recipient) for e in events] == [([], True)]
    # members named after "including" are receivers
    named = _one(nlp, "India shipped vaccines to 20 countries, including Nepal and Bangladesh.")
    assert [sorted(e[3]) for e in named] == [["Bangladesh", "Nepal"]]


def test_a_receiver_of_doses_given_before_to_a_group_is_given_them_by_its_giver(nlp: Language) -> None:
    # "The EU will deliver 651,000 doses to six Western Balkan countries." then each country's share
    before = _event_before("delivery", ["EU"], [])
    before.unnamed_recipient = True
    ctx = Context(previous_events=(before,), previous_parties=("EU",))
    events = _one(nlp, "Serbia will receive 171,000 doses and Albania 145,000.", ctx)
    assert sorted((e[2], e[3]) for e in events) == [(["EU"], ["Albania"]), (["EU"], ["Serbia"])]
    # not where the doses before went to a party named
    named = _event_before("delivery", ["EU"], ["Ukraine"])
    assert [e[2] for e in _one(nlp, "Serbia will receive 171,000 doses.", Context(previous_events=(named,)))] == [[]]
    # nor to a running total of what came from every giver
    for text in ("Kenya has so far received 2.8 million doses.", "Kenya has received 2.8 million doses to date."):
        assert [e[2] for e in _one(nlp, text, ctx)] == [[]]


@pytest.mark.parametrize(("text", "expected"), [
    # a day of a giving promised in the future is to come, though the offer is made now
    ("Japan will donate 1.24 million doses of the AstraZeneca vaccine to Taiwan on Friday.", "2021-06-04"),
    ("The United States said it would provide a further 40,000 doses to Haiti in August.", "2021-08"),
    # not the day the dateline gives, which is the report's
    ("TOKYO, May 28 - Japan will offer Taiwan another 1 million doses of the AstraZeneca vaccine.", "2021-05-28"),
    # nor the day a plan was told on
    ("On Monday the White House laid out its plan to share 55 million doses globally.", "2021-05-31"),
], ids=["will_donate_on_friday", "would_provide_in_august", "dateline_of_a_promise", "plan_told_on_monday"])
def test_a_promised_giving_is_dated_to_come(nlp: Language, text: str, expected: str) -> None:
    events = extract(nlp(text), Context(published=date(2021, 6, 1)))
    assert [e.event_date for e in events if e.event_type == "offer"] == [expected]


def test_shots_a_participle_gives_to_no_one_named_went_into_arms(nlp: Language) -> None:
    events = _one(nlp, "Brazil has relied heavily on the Chinese vaccine, which was used in about a third of the "
                       "shots given in the country.")
    assert {e[0] for e in events} == {"administration"}


def test_an_offer_to_pay_and_to_give_offers_the_doses(nlp: Language) -> None:
    # "to fund and deliver": the infinitive joined to the paying one gives doses, and it is the offer's
    events = _one(nlp, "Qatar has offered to fund and deliver 1 million doses to Afghanistan.")
    assert [e[:4] for e in events] == [("offer", "asserted", ["Qatar"], ["Afghanistan"])]
    assert _one(nlp, "Qatar has offered to pay for 1 million doses for Afghanistan.") == []


def test_a_noun_trigger_held_by_a_verb_counts_not_what_a_joined_verb_does(nlp: Language) -> None:
    # the million doses were sold, not left unused: the halted use has no count
    events = _one(nlp, "South Africa halted use of the AstraZeneca vaccine and sold its 1 million doses to the "
                       "African Union.")
    assert sorted((e[0], e[5] or 0) for e in events) == [("administration", 0), ("purchase", 1_000_000)]


def test_doses_a_participle_has_for_its_subject_are_given_not_giving(nlp: Language) -> None:
    # "with 24,000 doses of AstraZeneca delivered through COVAX": the parser makes the doses the participle's subject
    events = _one(nlp, "Timor-Leste began its vaccination campaign on Wednesday with 24,000 doses of AstraZeneca "
                       "delivered through COVAX.")
    assert [(e[2], e[5]) for e in events if e[0] == "delivery"] == [(["COVAX"], 24_000)]


def test_a_vaccine_bought_from_a_seller_in_a_clause_without_object_is_what_was_bought(nlp: Language) -> None:
    # "mostly Sinopharm bought from China": tagged a past tense with the vaccine its subject, no maker buying
    events = _one(nlp, "Bolivia has so far received 1.5 million doses, mostly Sinopharm bought from China and "
                       "Sputnik V from Russia.")
    assert [e[2] for e in events if e[0] == "purchase"] == [["China", "Russia"]]


@pytest.mark.parametrize(("text", "types"), [
    ("China has donated 600,000 Sinovac doses, which will go to health workers.", ["delivery", "administration"]),
    ("China has donated 600,000 Sinovac doses, which will go to Cambodia.", ["delivery", "delivery"]),
])
def test_doses_that_go_to_people_are_given_to_them(nlp: Language, text: str, types: list[str]) -> None:
    assert [e[0] for e in _one(nlp, text)] == types


@pytest.mark.parametrize(("text", "buyers"), [
    ("Japan provided a loan of $65 million to buy the vaccines.", []),  # the lender buys nothing
    ("The World Bank gave Nepal a grant to buy 2 million doses of vaccines.", ["Nepal"]),
    ("The ADB approved a $50 million loan to Nepal to buy 2 million doses.", ["Nepal"]),
    ("Kenya took out a loan to buy 2 million doses.", ["Kenya"]),  # who takes the money buys
    ("Pakistan will use a loan from Japan to buy the vaccines.", ["Pakistan"]),
])
def test_who_gives_the_money_to_buy_with_buys_nothing(nlp: Language, text: str, buyers: list[str]) -> None:
    assert [e[3] for e in _one(nlp, text) if e[0] == "purchase"] == [buyers]


def test_a_count_a_relative_clause_is_on_is_what_it_gives_though_the_parser_hangs_it_on_the_part(
        nlp: Language) -> None:
    # "that" made the clause's object, the clause hung on "part": the 102,000 are what the African Union donated
    events = _one(nlp, "The doses were part of 102,000 that the African Union donated in March.")
    assert [(e[0], e[2], e[5]) for e in events] == [("delivery", ["African Union"], 102_000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru has decided against buying India's Covaxin.", [("purchase", "negated")]),
    ("Experts advised against using AstraZeneca in people over 65.", [("administration", "negated")]),
    ("Peru has decided to buy India's Covaxin.", [("purchase", "asserted")]),
])
def test_what_is_decided_against_is_not_done(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e[0], e[1]) for e in _one(nlp, text)] == expected


def test_a_count_of_a_verb_joined_to_the_verb_a_gerund_hangs_on_is_not_the_gerund_s(nlp: Language) -> None:
    events = _one(nlp, "Peru has decided against buying India's Covaxin and is instead negotiating to purchase 20 "
                       "million doses of Sputnik V.")
    assert [(e[1], e[4], e[5]) for e in events] == [("negated", ["Covaxin"], None),
                                                    ("planned", ["Sputnik V"], 20_000_000)]


@pytest.mark.parametrize(("text", "expected"), [
    # a clause of giving on what the party asked is to give tells that party's giving
    ("Nigeria called on Britain to release the vaccines it pledged to Africa.",
     ("offer", ["United Kingdom"], ["Africa"])),
    ("Nepal asked India to send the doses it had promised.", ("offer", ["India"], [])),
    # ... not a clause of buying: the asker bought them
    ("Nepal asked India to send the doses it had bought.", ("purchase", [], ["Nepal"])),
])
def test_a_pronoun_in_a_clause_on_what_is_asked_for(nlp: Language, text: str, expected: tuple) -> None:
    assert [(e[0], e[2], e[3]) for e in _one(nlp, text) if e[0] != "request"] == [expected]


def test_more_doses_after_with_bring_no_giver_to_the_doses_before(nlp: Language) -> None:
    events = _one(nlp, "Guinea received 11,000 doses of Ebola vaccine from the World Health Organization on Tuesday, "
                       "with a further 8,500 doses due from the United States.")
    assert [(e[2], e[5]) for e in events] == [(["WHO"], 11_000), (["United States"], 8_500)]
    # a maker dealt with is who sells
    events = _one(nlp, "Kyiv has signed a deal with China's Sinovac for 1.9 million doses.")
    assert [e[2] for e in events] == [["China", "Sinovac"]]


@pytest.mark.parametrize(("text", "types"), [
    ("Japan has handed over 12 vaccine refrigerators to Vanuatu.", []),  # things for vaccines (lexicon:
    ("UNICEF delivered 500,000 vaccine syringes to Kenya.", []),  # equipment_nouns)
    ("Japan has handed over 12,000 vaccine doses to Vanuatu.", ["delivery"]),
])
def test_equipment_for_vaccines_is_no_vaccine(nlp: Language, text: str, types: list[str]) -> None:
    assert [e[0] for e in _one(nlp, text)] == types


def test_a_clause_completing_a_joined_verb_does_not_count_the_other_verb_s_doses(nlp: Language) -> None:
    events = _one(nlp, "Australia has already provided 120,000 doses and agreed to help Fiji vaccinate its entire "
                       "adult population.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 120_000), ("administration", None)]


@pytest.mark.parametrize(("text", "status"), [
    # what was not done is the answer to the request, which was made (lexicon: answering_verbs)
    ("The United States has not yet responded to Peru's request for surplus vaccines.", "asserted"),
    ("The ICG has not approved Peru's request for vaccines.", "asserted"),
    ("Peru has not submitted its request for vaccines.", "negated"),  # the request itself not made
])
def test_a_request_not_answered_was_made(nlp: Language, text: str, status: str) -> None:
    assert [(e[0], e[1]) for e in _one(nlp, text)] == [("request", status)]


def test_the_maker_of_the_first_doses_makes_none_of_further_doses_of_another_vaccine(nlp: Language) -> None:
    events = _one(nlp, "Peru bought 4 million doses of Sinopharm and 1 million of Sputnik V.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["Sinopharm"], ["Sinopharm"], 4_000_000),
                                                    ([], ["Sputnik V"], 1_000_000)]


def test_a_noun_of_another_deal_joined_to_the_verb_names_its_own_vaccine(nlp: Language) -> None:
    events = _one(nlp, "Brazil's health ministry has signed a contract with Pfizer for 100 million doses of its "
                       "vaccine, to be delivered by September, and a contract with Janssen for 38 million doses.")
    assert [(e[4], e[5]) for e in events] == [(["Pfizer-BioNTech"], 100_000_000),
                                              (["Johnson & Johnson"], 38_000_000)]


def test_the_first_of_its_donations_beside_a_donation_is_that_donation(nlp: Language) -> None:
    events = _one(nlp, "The United States will donate 880,460 doses of the Moderna vaccine to Kenya, the U.S. embassy "
                       "said on Friday, the first of its pledged donations to the East African country.")
    assert [e[0] for e in events] == ["offer"]


def test_a_clause_on_the_subject_counts_in_the_subject_s_words(nlp: Language) -> None:
    events = _one(nlp, "The vaccines, which will be given first to health workers and people over 45, are the first of "
                       "3.4 million doses allocated to Sudan.")
    assert [(e[0], e[5]) for e in events] == [("administration", None), ("offer", 3_400_000)]
    events = _one(nlp, "The 500,000 doses, which arrived on Monday, were donated by China.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 500_000)]


@pytest.mark.parametrize(("text", "types"), [
    ("Willingness to receive a COVID-19 vaccine rose to 78 percent in 15 African countries.", []),  # how people feel
    ("Kenya's willingness to receive AstraZeneca doses surprised donors.", ["delivery"]),  # a party's own
])
def test_an_attitude_to_receiving_receives_nothing(nlp: Language, text: str, types: list[str]) -> None:
    assert [e[0] for e in _one(nlp, text)] == types


def test_a_place_set_against_the_vaccinated_is_not_where_they_were(nlp: Language) -> None:
    events = _one(nlp, "Only 6 percent of people in Africa had received a dose by October, against 60 percent in "
                       "Europe.")
    assert [(e[0], e[3]) for e in events] == [("administration", ["Africa"])]


def test_a_list_of_parts_by_giver_takes_a_channel_after_a_giver(nlp: Language) -> None:
    events = _one(nlp, "The island has received 355,000 doses of AstraZeneca, including 50,000 from India and 14,400 "
                       "through the African Union.")
    assert [(e[2], e[5]) for e in events] == [([], 355_000), (["India"], 50_000), (["African Union"], 14_400)]


@pytest.mark.xfail(strict=True, reason='known gap: "take" is no word of accepting; adding "take", "takes" and '
                   '"took" as one gave seven training articles new candidates or trigger counts (dev a09, b06, b07, '
                   'b09, seed 003, negatives d07, d13): thirty draws F1 -0.0020 (8 up, 22 down), precision -0.0022, '
                   'false events per negative +0.0183 (16 up, 5 down), provider +0.0008')
def test_doses_not_taken_are_refused(nlp: Language) -> None:
    events = _one(nlp, "Burkina Faso said it would not take the AstraZeneca doses offered by COVAX.")
    assert [e[0] for e in events] == ["rejection", "offer"]


def test_what_is_expected_may_be_the_subject_of_a_clause_on_it(nlp: Language) -> None:
    events = _one(nlp, "The country has already received 3 million doses of Sinovac's CoronaVac, and expects a further "
                       "122 million doses of Sinovac in bulk form, to be finished locally by Bio Farma.")
    assert [(e[1], e[5]) for e in events] == [("asserted", 3_000_000), ("planned", 122_000_000)]


def test_further_doses_joined_to_the_verb_an_infinitive_completes_are_their_own(nlp: Language) -> None:
    events = _one(nlp, "The government has agreed to buy 10 million more doses from Russia by February and 22.4 "
                       "million doses of the AstraZeneca vaccine.")
    assert [(e[2], e[4], e[5]) for e in events] == [(["Russia"], [], 10_000_000),
                                                    (["AstraZeneca"], ["AstraZeneca"], 22_400_000)]


def test_givers_of_a_happening_after_a_word_of_time_are_not_the_verb_s(nlp: Language) -> None:
    events = _one(nlp, "Syria has received 203,000 doses of AstraZeneca from COVAX, the health ministry said, after "
                       "earlier shipments from Russia and China.")
    assert [(e[0], e[2]) for e in events if e[5]] == [("delivery", ["COVAX"])]
    # ... nor are those of a gerund after one
    events = _one(nlp, "Honduras has sought 4.2 million doses of Sputnik V from Russia after failing to secure vaccines "
                       "from the United States.")
    assert [(e[0], e[2]) for e in events] == [("request", ["Russia"])]


@pytest.mark.parametrize(("text", "receivers"), [
    # a count every receiver gets is one event each (EVENTS.md 6.1)
    ("Chile will donate 20,000 doses of the Sinovac vaccine each to Ecuador and Paraguay.",
     [["Ecuador"], ["Paraguay"]]),
    ("Mexico will send 150,000 doses of AstraZeneca to each of Guatemala, Honduras and El Salvador.",
     [["Guatemala"], ["Honduras"], ["El Salvador"]]),
    ("Chile will donate 20,000 doses to Ecuador and Paraguay.", [["Ecuador", "Paraguay"]]),  # one count for both
])
def test_a_count_for_each_receiver_is_one_event_each(nlp: Language, text: str, receivers: list[list[str]]) -> None:
    events = _one(nlp, text)
    assert [e[3] for e in events] == receivers and {e[5] for e in events} == {events[0][5]}


def test_parts_after_including_with_doses_of_their_own_are_their_own_events(nlp: Language) -> None:
    events = _one(nlp, "Egypt has so far received 3.5 million doses, including 854,000 AstraZeneca doses through COVAX "
                       "and 1.3 million Sinopharm doses from China.")
    assert [(e[2], e[4], e[5]) for e in events] == [([], [], 3_500_000), (["COVAX"], ["AstraZeneca"], 854_000),
                                                    (["China"], ["Sinopharm"], 1_300_000)]


def test_a_first_dose_people_received_is_theirs_whatever_number_is_said_beside_it(nlp: Language) -> None:
    events = _one(nlp, "Only 81 percent of children received their first dose, the lowest rate since 2008.")
    assert [e[0] for e in events] == ["administration"]


def test_what_moved_through_a_scheme_came_from_it(nlp: Language) -> None:
    events = _one(nlp, "The first 203,000 doses of COVID-19 vaccines through the COVAX Facility arrived in Damascus "
                       "today.")
    assert [(e[0], e[2], e[3]) for e in events] == [("delivery", ["COVAX"], ["Syria"])]


def test_further_doses_after_a_subject_whose_verb_is_left_out_are_their_own(nlp: Language) -> None:
    events = _one(nlp, "Colombia: 117,000 doses of Pfizer arrived on March 10, and 192,000 doses of Sinovac on March "
                       "11.")
    assert sorted((e[5], e[4]) for e in events) == [(117_000, ["Pfizer-BioNTech"]), (192_000, ["Sinovac"])]


def test_people_sent_beside_the_doses_are_no_doses(nlp: Language) -> None:
    events = _one(nlp, "New Zealand has sent 3,000 doses of measles vaccine and a team of 30 nurses to Samoa.")
    assert [(e[3], e[5], e[6]) for e in events] == [(["Samoa"], 3_000, "doses")]


def test_further_doses_of_a_partys_vaccine_come_from_it(nlp: Language) -> None:
    events = _one(nlp, "Armenia will receive 15,000 doses of Russia's Sputnik V vaccine this week and 100,000 doses "
                       "of China's Sinovac in April.")
    assert sorted((e[5], e[2], e[4]) for e in events) == [(15_000, ["Russia"], ["Sputnik V"]),
                                                         (100_000, ["China"], ["Sinovac"])]


def test_who_gave_the_whole_gives_the_part_given_in_the_passive(nlp: Language) -> None:
    events = _one(nlp, "Of the 2 million doses pledged by Japan, 1 million have already been delivered.")
    assert sorted((e[0], e[2], e[5]) for e in events) == [("delivery", ["Japan"], 1_000_000),
                                                         ("offer", ["Japan"], 2_000_000)]


def test_a_total_of_givings_brought_to_a_count_is_a_tally(nlp: Language) -> None:
    # the 10 million doses are all the Netherlands has given, to every country, no second gift to Indonesia
    events = _one(nlp, "The Netherlands has donated 1.5 million doses to Indonesia, bringing its total donations to 10 "
                       "million doses.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 1_500_000)]


def test_doses_a_deal_is_for_are_not_whom_it_is_for(nlp: Language) -> None:
    # "for 37 million doses with the RDIF": the phrase of the doses holds the seller, who buys nothing
    events = _one(nlp, "The governors of nine states had signed contracts for 37 million doses with the Russian Direct "
                       "Investment Fund.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [
        ("purchase", ["Russian Direct Investment Fund"], [], 37_000_000)]


def test_a_maker_that_says_it_signed_a_deal_sells(nlp: Language) -> None:
    events = _one(nlp, "Bavarian Nordic said it had signed a deal with Gavi to supply 500,000 doses this year.")
    assert [(e[0], e[2], e[3]) for e in events if e[0] == "purchase"] == [("purchase", ["Bavarian Nordic"], ["Gavi"])]


@pytest.mark.parametrize("text", [
    "The regulator rejected a request by several states to import the Sputnik V vaccine.",
    "Brazil made a request to China to send more doses.",
])
def test_what_a_request_noun_asks_to_be_given_is_no_delivery(nlp: Language, text: str) -> None:
    assert [e[0] for e in _one(nlp, text)] == ["request"]


def test_a_place_a_count_is_compared_with_is_not_where_people_were_vaccinated(nlp: Language) -> None:
    events = _one(nlp, "Serbia has vaccinated more people per head than any country in continental Europe.")
    assert [(e[0], e[3]) for e in events] == [("administration", ["Serbia"])]


def test_a_noun_that_names_its_vaccine_is_for_that_one(nlp: Language) -> None:
    events = _one(nlp, "The ICG approved a request from Nigeria for 4.9 million doses of yellow fever vaccine on Friday, "
                       "and a request from Mozambique for 900,000 doses of oral cholera vaccine.")
    assert sorted((e[3][0], e[4]) for e in events) == [("Mozambique", ["cholera"]), ("Nigeria", ["yellow fever"])]


@pytest.mark.parametrize(("brand", "vaccine"), [
    ("Pandemrix", "influenza"), ("Focetria", "influenza"), ("Celvapan", "influenza"), ("Fluval P", "influenza"),
    ("Rabipur", "rabies"), ("Verorab", "rabies"), ("Menactra", "meningitis"), ("Nimenrix", "meningitis"),
    ("Dukoral", "cholera"),
])
def test_a_brand_of_a_vaccine_against_another_disease_names_it(nlp: Language, brand: str, vaccine: str) -> None:
    events = _one(nlp, f"The government has ordered 4 million doses of {brand} from the manufacturer.")
    assert [(e[0], e[4]) for e in events] == [("purchase", [vaccine])]


@pytest.mark.parametrize(("text", "headline", "status"), [
    ("Vaccination starts on Wednesday in Dosso and Tahoua.", False, "planned"),
    ("The second batch of 500,000 doses arrives next week.", False, "planned"),
    ("Kenya receives 1 million doses every month.", False, "asserted"),  # a present with no day of its own: a habit
    ("Kenya receives 1 million doses on Monday", True, "asserted"),  # a headline's present: what was done
])
def test_a_present_with_a_day_to_come_is_scheduled(nlp: Language, text: str, headline: bool, status: str) -> None:
    assert [e[1] for e in _one(nlp, text, Context(is_headline=headline))] == [status]


def test_a_hold_put_on_exports_stops_them(nlp: Language) -> None:
    events = _one(nlp, "India has put a temporary hold on all major exports of the AstraZeneca vaccine.")
    assert [(e[0], e[1]) for e in events] == [("delivery", "negated")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moldova also received 14,400 doses through COVAX in March and has started negotiations with the Gamaleya "
     "Institute to buy Sputnik V.", (None, None)),
    ("Kenya received 1 million doses in May and has signed a deal to buy 2 million more.", (2_000_000, None)),
])
def test_an_infinitive_of_a_verb_with_a_tense_of_its_own_takes_no_count_or_date_of_the_other(
        nlp: Language, text: str, expected: tuple) -> None:
    ctx = Context(published=date(2021, 6, 1))
    purchases = [e for e in extract(nlp(text), ctx) if e.event_type == "purchase"]
    assert [(e.quantity, e.event_date) for e in purchases] == [expected]


def test_who_an_offer_told_in_a_phrase_comes_from_gives_it(nlp: Language) -> None:
    events = _one(nlp, "Jordan will not authorise the import of Russia's Sputnik V vaccine, the health minister said, "
                       "despite an offer from Moscow to supply 1 million doses.")
    assert [(e[0], e[2], e[5]) for e in events if e[0] == "offer"] == [("offer", ["Russia"], 1_000_000)]


def test_a_relative_clauses_present_with_a_day_describes(nlp: Language) -> None:
    doc = nlp("The laboratory data that we get in the next two weeks will not be sufficient to call for a new vaccine.")
    [trig] = [t for t in doc.spans["triggers"] if t.root.lower_ == "get"]
    assert not scheduled_present(trig)


def test_a_purchase_splits_by_who_each_deal_is_with(nlp: Language) -> None:
    events = _one(nlp, "Peru signed deals for 14 million doses with AstraZeneca and 38 million with Sinopharm.")
    assert sorted((e[2], e[5]) for e in events) == [(["AstraZeneca"], 14_000_000), (["Sinopharm"], 38_000_000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nepal has received 1 million doses from India, 800,000 from China and 348,000 through COVAX.",
     [(["COVAX"], 348_000), (["China"], 800_000), (["India"], 1_000_000)]),
    # a part shipped through a channel by the giver is no list of sources
    ("India had shipped 66 million doses to nearly 100 countries, including 10 million through COVAX.",
     [(["India"], 66_000_000)]),
])
def test_a_count_through_a_channel_in_a_list_of_sources_is_its_own(nlp: Language, text: str, expected: list) -> None:
    assert sorted((e[2], e[5]) for e in _one(nlp, text)) == expected


def test_who_is_in_talks_about_receiving_doses_receives_them(nlp: Language) -> None:
    events = _one(nlp, "Bangladesh is in talks with the United States about receiving part of the 60 million "
                       "AstraZeneca doses Washington plans to share with other countries, the minister said.")
    assert [(e[0], e[3]) for e in events if e[0] == "delivery"] == [("delivery", ["Bangladesh"])]


def test_a_request_takes_no_count_from_a_clause_of_time_beside_it(nlp: Language) -> None:
    events = _one(nlp, "Bangladesh has appealed to the United States, China and Russia for vaccines after India stopped "
                       "deliveries of the 30 million Covishield doses it had bought from the Serum Institute.")
    assert [(e[0], e[5]) for e in events if e[0] == "request"] == [("request", None)]


def test_a_clause_the_parser_makes_the_object_of_the_next_giving_verb_leaves_it_its_count(nlp: Language) -> None:
    events = _one(nlp, "France has offered 500,000 doses to Tunisia, Germany has promised 1 million to Namibia, and "
                       "Italy said it would give 1.5 million to Vietnam.")
    assert [(e[2], e[3], e[5]) for e in events] == [(["France"], ["Tunisia"], 500_000),
                                                    (["Germany"], ["Namibia"], 1_000_000),
                                                    (["Italy"], ["Vietnam"], 1_500_000)]


def test_a_pronoun_giving_in_a_clause_on_what_a_giver_gave_is_that_giver(nlp: Language) -> None:
    # "it" is COVAX, not Honduras named first; not so for a verb of another side ("after India stopped deliveries of
    # the doses it had bought": Bangladesh bought them)
    events = _one(nlp, "Honduras complained that COVAX had delivered only 48,000 doses of the 400,000 it promised.")
    assert [(e[0], e[2]) for e in events] == [("delivery", ["COVAX"]), ("offer", ["COVAX"])]
    # ... as is one in a clause on what a noun of giving under the verb gives: whoever exports promised
    events = _one(nlp, "Nepal has appealed to China and the United States for vaccines after India halted exports of "
                       "the AstraZeneca shots it had promised.")
    assert [(e[0], e[2]) for e in events if e[0] == "offer"] == [("offer", ["India"])]


def test_a_verb_joined_to_the_verb_of_saying_shares_the_subject_of_what_was_said(nlp: Language) -> None:
    events = _one(nlp, "Australia will send 1 million doses to Papua New Guinea, Prime Minister Scott Morrison said on "
                       "Wednesday, and has asked the European Union to release more doses.")
    assert [(e[0], e[2], e[3]) for e in events if e[0] == "request"] == [("request", ["EU"], ["Australia"])]


def test_what_a_gerund_of_time_refuses_is_not_what_the_sentence_receives(nlp: Language) -> None:
    events = _one(nlp, "Haiti receives first vaccines after turning down AstraZeneca")
    assert [(e[0], e[4]) for e in events] == [("delivery", []), ("rejection", ["AstraZeneca"])]


@pytest.mark.parametrize(("text", "types"), [
    ("Venezuela will not allow the AstraZeneca vaccine to be used in the country.", ["rejection"]),
    ("The shipment will allow more people to receive vaccination.", ["administration"]),  # nothing refused
])
def test_what_a_refusal_does_not_allow_is_part_of_it(nlp: Language, text: str, types: list[str]) -> None:
    assert [e[0] for e in _one(nlp, text)] == types


def test_who_backs_a_campaign_is_not_where_it_vaccinated(nlp: Language) -> None:
    events = _one(nlp, "Health workers in Madagascar vaccinated more than 2 million children against measles in a "
                       "two-week campaign supported by the WHO and UNICEF.")
    assert [(e[0], e[3]) for e in events if e[0] == "administration"] == [("administration", ["Madagascar"])]


@pytest.mark.parametrize(("text", "status"), [
    ("Prime Minister Taur Matan Ruak was the first to be inoculated.", "asserted"),
    ("The prime minister will be the first to be inoculated.", "planned"),
])
def test_the_first_to_be_vaccinated_takes_the_tense_of_its_copula(nlp: Language, text: str, status: str) -> None:
    assert [(e[0], e[1]) for e in _one(nlp, text)] == [("administration", status)]


def test_a_country_described_in_a_joined_clause_is_not_the_giver_of_the_other(nlp: Language) -> None:
    ctx = Context(focus_party="Nicaragua", previous_parties=("Nicaragua", "Russia", "Cuba"))
    events = _one(nlp, "India donated 200,000 Covishield doses in March, and the country received 135,000 doses "
                       "through COVAX.", ctx)
    assert sorted((e[2], e[3]) for e in events) == [(["COVAX"], ["Nicaragua"]), (["India"], ["Nicaragua"])]


def test_a_verb_joined_with_a_subject_of_its_own_takes_no_date_of_the_other(nlp: Language) -> None:
    ctx = Context(published=date(2021, 6, 1), focus_party="Nicaragua", previous_parties=("Nicaragua",))
    events = extract(nlp("India donated 200,000 doses in March, and the country received 135,000 doses through "
                         "COVAX."), ctx)
    assert sorted((e.quantity, e.event_date) for e in events) == [(135_000, None), (200_000, "2021-03")]


def test_a_described_receiver_of_the_doses_given_is_whom_they_were_given_to(nlp: Language) -> None:
    events = _one(nlp, "PORT-AU-PRINCE, July 14 - The United States delivered 500,000 doses of the Moderna vaccine to "
                       "Haiti on Wednesday, the first vaccines the Caribbean nation has received.")
    assert [(e[0], e[2], e[3], e[5]) for e in events] == [("delivery", ["United States"], ["Haiti"], 500_000)]


def test_a_description_beside_a_named_giver_names_no_other_giver(nlp: Language) -> None:
    events = _one(nlp, "Nigeria on Tuesday received 10,000 doses of mpox vaccine donated by the United States, the "
                       "first African country to get shots since the WHO declared a global health emergency.")
    assert [(e[0], e[2], e[3]) for e in events] == [("delivery", ["United States"], ["Nigeria"])]


def test_buyers_a_seller_sells_to_only_as_a_group_are_not_the_articles_country(nlp: Language) -> None:
    ctx = Context(focus_party="Haiti", previous_parties=("Haiti",))
    events = _one(nlp, "The Dominican Republic plans to sell 2 million surplus doses of the Sinovac vaccine to other "
                       "Latin American countries.", ctx)
    assert [(e[0], e[2], e[3]) for e in events] == [("purchase", ["Dominican Republic"], [])]


def test_a_clause_set_against_the_sentences_names_its_own_vaccine(nlp: Language) -> None:
    events = extract(nlp("Belarus has bought 300,000 doses of the Sinopharm vaccine, the health ministry said, while "
                         "President Alexander Lukashenko rejected an offer of vaccines from the European Union."),
                     Context())
    assert sorted((e.event_type, tuple(e.vaccine)) for e in events) == [("purchase", ("Sinopharm",)),
                                                                       ("rejection", ())]


def test_a_clause_joined_with_a_subject_of_its_own_ties_no_vaccine_to_the_verb_before(nlp: Language) -> None:
    events = _one(nlp, "The WHO and UNICEF will provide technical support, and 2.9 million doses of the novel oral polio "
                       "vaccine type 2 are expected from the global stockpile.")
    assert [(e[0], e[2], e[5]) for e in events] == [("delivery", [], 2_900_000)]


@pytest.mark.parametrize(("text", "counts"), [
    # the delivery's count is not the vaccinating's the participle after it tells
    ("Bhutan received 500,000 doses of the Moderna vaccine from the United States on Monday, allowing it to give second "
     "doses to people who got a first shot of AstraZeneca in March.", [("administration", None), ("delivery", 500_000)]),
    # as in dev b01's gold: the doses a refusal asks to be sent elsewhere are counted by the refusal only
    ("North Korea has rejected roughly three million doses of China's Sinovac Biotech, saying they should be sent to "
     "severely affected countries.", [("delivery", None), ("rejection", 3_000_000)]),
])
def test_a_free_participle_with_a_trigger_counts_its_own(nlp: Language, text: str, counts: list) -> None:
    assert sorted((e[0], e[5]) for e in _one(nlp, text)) == counts


def test_a_free_participle_with_a_trigger_names_its_own_vaccine(nlp: Language) -> None:
    events = _one(nlp, "Bhutan received 500,000 doses of the Moderna vaccine from the United States on Monday, allowing "
                       "it to give second doses to people who got a first shot of AstraZeneca in March.")
    assert [e[4] for e in events if e[0] == "delivery"] == [["Moderna"]]


def test_what_a_place_borders_is_not_where_people_were_vaccinated(nlp: Language) -> None:
    events = _one(nlp, "Sierra Leone will use the doses to vaccinate front-line health workers in districts bordering "
                       "Guinea, where the outbreak began.")
    assert [(e[0], e[3]) for e in events] == [("administration", ["Sierra Leone"])]


def test_a_relative_clause_with_a_named_subject_counts_only_the_doses_it_is_on(nlp: Language) -> None:
    events = _one(nlp, "Syria expects to receive 912,000 doses of the AstraZeneca vaccine through COVAX, the WHO said, "
                       "in addition to doses Russia has promised to send.")
    assert sorted((e[0], e[2], e[4], e[5]) for e in events) == [("delivery", ["COVAX"], ["AstraZeneca"], 912_000),
                                                                ("offer", ["Russia"], [], None)]


def test_who_blocks_a_deal_is_no_party_to_it(nlp: Language) -> None:
    events = _one(nlp, "China had blocked a deal with BioNTech for 5 million doses.",
                  Context(focus_party="Taiwan", previous_parties=("Taiwan",)))
    assert [(e[0], e[1], e[3]) for e in events] == [("purchase", "negated", ["Taiwan"])]


def test_a_joined_verb_whose_object_is_a_vaccine_named_without_a_count_takes_no_count_of_the_other(
        nlp: Language) -> None:
    events = _one(nlp, "BELGRADE, Feb 16 - Serbia donated 4,000 doses of the Pfizer vaccine to North Macedonia on "
                       "Tuesday, President Aleksandar Vucic said, and promised to send Sputnik V to Montenegro.")
    assert sorted((e[0], e[4], e[5]) for e in events) == [("delivery", ["Pfizer-BioNTech"], 4_000),
                                                          ("offer", ["Sputnik V"], None)]


def test_a_trigger_with_a_subject_of_its_own_joined_to_the_verb_of_saying_names_no_vaccine_of_what_was_said(
        nlp: Language) -> None:
    events = _one(nlp, "Carlito Galvez said another 400,000 doses donated by Beijing would arrive later this month, "
                       "and the country expects 525,600 doses of AstraZeneca through COVAX on Thursday.")
    assert sorted((e[2], e[4], e[5]) for e in events) == [(["COVAX"], ["AstraZeneca"], 525_600),
                                                          (["China"], [], 400_000)]


def test_a_trigger_with_a_modal_of_its_own_joined_to_the_verb_of_saying_takes_no_count_into_what_was_said(
        nlp: Language) -> None:
    events = _one(nlp, "Pakistan will not import COVID-19 vaccines from India, a minister told parliament on Tuesday, "
                       "and will instead buy 1.1 million doses of the Sinopharm vaccine from China.")
    assert sorted((e[0], e[1], e[4], e[5]) for e in events) == [("delivery", "negated", [], None),
                                                                ("purchase", "planned", ["Sinopharm"], 1_100_000)]


def test_a_gerund_of_time_on_the_infinitive_of_asking_tells_what_the_asker_did_before(nlp: Language) -> None:
    events = _one(nlp, "Timor-Leste has asked Australia to share more of its AstraZeneca vaccine stock after receiving "
                       "24,000 doses through COVAX last month.")
    assert [(e[0], e[1], e[2], e[3], e[5]) for e in events if e[0] == "delivery"] == [
        ("delivery", "asserted", ["COVAX"], ["Timor-Leste"], 24_000)]


def test_the_infinitive_of_a_relative_clause_on_the_doses_takes_them_and_no_date_of_the_verb_outside(
        nlp: Language) -> None:
    events = _one(nlp, "Ethiopia took delivery of 2.2 million doses of the AstraZeneca vaccine on Saturday, the first "
                       "batch of the 9 million doses the country is set to get through the COVAX initiative.")
    assert [(e[1], e[5]) for e in events] == [("asserted", 2_200_000), ("planned", 9_000_000)]
    dates = [e.event_date for e in extract(nlp("Ethiopia took delivery of 2.2 million doses on Saturday, the first "
                                               "batch of the 9 million doses the country is set to get."),
                                           Context(published=date(2021, 6, 1)))]
    assert dates == ["2021-05-29", None]


def test_what_a_refusal_refuses_is_not_counted_by_a_clause_of_time_beside_it(nlp: Language) -> None:
    events = _one(nlp, "The Kenyan government has said it will not accept any more AstraZeneca doses that are close to "
                       "expiry, after 840,000 doses donated by Canada had to be destroyed.")
    assert [(e[0], e[5]) for e in events] == [("rejection", None), ("delivery", 840_000)]


def test_doses_offered_through_a_channel_are_offered_to_whoever_turns_them_down(nlp: Language) -> None:
    events = _one(nlp, "Haiti has turned down 130,000 doses of the AstraZeneca vaccine offered through COVAX, citing "
                       "safety concerns.")
    assert [(e[0], e[2], e[3]) for e in events] == [("rejection", ["COVAX"], ["Haiti"]),
                                                    ("offer", ["COVAX"], ["Haiti"])]


def test_a_passive_gerund_of_time_counts_its_own_doses(nlp: Language) -> None:
    events = _one(nlp, "Kosovo said it had received no vaccines from the COVAX facility by the end of March, despite "
                       "being promised 100,000 doses in the first quarter.")
    assert [(e[0], e[1], e[5]) for e in events] == [("delivery", "negated", None), ("offer", "asserted", 100_000)]


def test_who_carries_doses_from_a_party_to_nowhere_named_fetches_them(nlp: Language) -> None:
    events = _one(nlp, "A Pakistani military aircraft brought 500,000 doses of the Sinopharm vaccine from Beijing on "
                       "Monday.")
    assert [(e[0], e[2], e[3]) for e in events] == [("delivery", ["China"], ["Pakistan"])]


def test_a_joined_participle_whose_subject_is_a_bare_number_counts_that_share(nlp: Language) -> None:
    events = _one(nlp, "Senegal has received 1.4 million doses from COVAX and 200,000 bought through the African "
                       "Union's vaccine trust.")
    assert sorted((e[0], e[5]) for e in events) == [("delivery", 1_400_000), ("purchase", 200_000)]


@pytest.mark.parametrize("refusal", ["has refused them", "has refused to accept them"])
def test_who_offered_what_a_joined_refusal_refuses_as_a_pronoun_gives_it(nlp: Language, refusal: str) -> None:
    events = _one(nlp, f"Beijing has offered to send vaccines to the island, but Taipei {refusal}.",
                  Context(previous_parties=("Japan", "Taiwan")))
    assert [(e[0], e[2]) for e in events if e[0] == "rejection"] == [("rejection", ["China"])]


@pytest.mark.parametrize(("text", "types"), [
    ("Senegal plans to give away 200,000 doses because few people want to be vaccinated.", ["offer"]),
    ("PNG has received 8,000 doses, but health workers have shown little interest in getting them.", ["delivery"]),
    ("Kenya wants to vaccinate 10 million people by June.", ["administration"]),  # a state's plan
])
def test_what_people_want_or_show_interest_in_is_an_attitude(nlp: Language, text: str, types: list[str]) -> None:
    assert [e[0] for e in _one(nlp, text)] == types


def test_clauses_told_together_under_one_verb_of_saying_count_their_own(nlp: Language) -> None:
    events = _one(nlp, "Guinea received 11,000 doses of Ebola vaccine on Tuesday, and vaccination of health workers "
                       "began the same day in Gouecke, the health ministry said.")
    assert sorted((e[0], e[5]) for e in events) == [("administration", None), ("delivery", 11_000)]


@pytest.mark.parametrize("text", [
    "Peru also has agreements with Pfizer for 20 million doses and with AstraZeneca for 14 million.",
    "Peru has signed contracts with Pfizer for 20 million and with AstraZeneca for 14 million.",
])
def test_a_further_party_named_before_its_own_count_is_its_own_purchase(nlp: Language, text: str) -> None:
    assert sorted((e[2], e[4], e[5]) for e in _one(nlp, text)) == [
        (["AstraZeneca"], ["AstraZeneca"], 14_000_000), (["Pfizer"], ["Pfizer-BioNTech"], 20_000_000)]


def test_who_gave_a_part_of_a_total_gave_no_more_than_the_part(nlp: Language) -> None:
    events = _one(nlp, "Malawi has received a total of 512,000 doses, including 360,000 from COVAX.")
    assert sorted((e[2], e[5]) for e in events) == [([], 512_000), (["COVAX"], 360_000)]


@pytest.mark.parametrize(("text", "giver"), [
    ("Iraq rejects US-made vaccines", ["United States"]),
    ("Ukraine refuses Russian-made vaccines", ["Russia"]),
    ("Iraq rejected American vaccines.", ["United States"]),
])
def test_where_refused_vaccines_were_made_gives_them(nlp: Language, text: str, giver: list[str]) -> None:
    assert [(e[0], e[2]) for e in _one(nlp, text)] == [("rejection", giver)]


def test_whom_a_clause_of_making_on_the_doses_is_told_to_is_given_them(nlp: Language) -> None:
    events = _one(nlp, "Thailand will donate 105,000 doses of the AstraZeneca vaccine it produces to Myanmar, Laos and "
                       "Cambodia, the foreign ministry said.")
    assert [(e[0], sorted(e[3])) for e in events] == [("offer", ["Cambodia", "Laos", "Myanmar"])]


def test_a_deal_whose_verb_holds_a_purpose_of_making_sells_nothing(nlp: Language) -> None:
    events = _one(nlp, "Kazakhstan struck a deal with Russia to produce Sputnik V locally and will also import 2 "
                       "million doses from the Gamaleya Institute by the end of March.")
    assert [(e[0], e[5]) for e in events] == [("delivery", 2_000_000)]


def test_a_joined_verb_whose_object_is_a_trigger_tells_its_own_happening(nlp: Language) -> None:
    events = _one(nlp, "Uruguay has inked an agreement with Pfizer and BioNTech for 2 million doses, and concluded a "
                       "contract with Sinovac for 1.75 million doses.")
    assert sorted((e[4], e[5]) for e in events) == [(["Pfizer-BioNTech"], 2_000_000), (["Sinovac"], 1_750_000)]


def test_who_shows_an_interest_in_buying_would_buy(nlp: Language) -> None:
    events = _one(nlp, "Honduras and Guatemala have expressed interest in buying the doses.",
                  Context(previous_parties=("Haiti",)))
    assert [(e[0], sorted(e[3])) for e in events] == [("purchase", ["Guatemala", "Honduras"])]


def test_a_name_after_a_company_noun_the_doses_came_from_gives_them(nlp: Language) -> None:
    events = _one(nlp, "Chile received Saturday a new shipment of COVID-19 vaccine doses from the Chinese "
                       "pharmaceutical company Sinovac")
    assert [(e[0], e[2]) for e in events] == [("delivery", ["Sinovac"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel has refused to share its vaccines with Palestinians in the West Bank.",
     ("delivery", "negated", ["Israel"], ["Palestine"])),
    ("India refused to export more doses to Nepal.", ("delivery", "negated", ["India"], ["Nepal"])),
    ("Tanzania refused to accept vaccines from COVAX.", ("rejection", "asserted", ["COVAX"], ["Tanzania"])),
])
def test_a_refusal_to_give_is_a_giving_not_done(nlp: Language, text: str, expected: tuple) -> None:
    assert [e[:4] for e in _one(nlp, text)] == [expected]


def test_a_gerund_of_time_hung_on_the_verb_of_saying_after_it_belongs_to_the_clause_said(nlp: Language) -> None:
    events = _one(nlp, "Laos has requested 500,000 additional doses from China, after receiving 2 million doses of "
                       "Sinopharm, the official KPL news agency reported.")
    assert sorted((e[0], e[3]) for e in events) == [("delivery", ["Laos"]), ("request", ["Laos"])]
