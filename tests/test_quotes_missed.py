"""Statements the eighth to eleventh news samples' readers marked missed (issue 15), each
rule tested on new sentences of the same kind through the real pipeline."""

from __future__ import annotations

from conftest import only, quotes_of
from test_quotes_rules import extracted, parsed
from storyline.pipeline import Pipeline


# -- quotes that go on with the last speaker's words ----------------------------------------


def test_quote_paragraphs_run_together_continue_the_last_speaker(pipeline: Pipeline) -> None:
    # the first paragraph's quote left open, the next one's opening mark on the same line
    text = ("The mayor spoke after the vote. “We have waited long enough for this bridge,” Mayor Ida Bell said.\n\n"
            "“Every crew in the city will be working on it by the spring. “Nobody should expect the "
            "traffic to get better before then.” The council meets again on Monday.")
    quote = only(quotes_of(pipeline, text), "Every crew")
    assert quote.speaker.name == "Ida Bell"
    assert quote.text.endswith("before then.")
    # a quote left open at the end of its paragraph, with nothing after it, still goes by the marks
    assert len(quotes_of(pipeline, text)) == 2


def test_a_quote_after_the_rest_of_the_statement_sentence_continues_it(pipeline: Pipeline) -> None:
    text = ("Ann Roe said she owed a great deal to the rescue crews -- “the divers and the pilots” -- who "
            "pulled her from the water. “They are the bravest people I know.”")
    quote = only(quotes_of(pipeline, text), "bravest")
    assert quote.text == "They are the bravest people I know."
    assert quote.speaker.name == "Ann Roe"
    # the quote right after the attribution is joined to the statement, not a second one
    text = "“The season is over for us,” Coach Ben Tull said. “We will be back next year.”"
    (quote,) = quotes_of(pipeline, text)
    assert quote.speaker.name == "Ben Tull"


# -- requests ---------------------------------------------------------------------------------


def test_asking_someone_to_act_is_a_request(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Senator Ann Roe asked the court to dismiss the case."), "dismiss")
    assert quote.text == "the court to dismiss the case"
    assert quote.speaker.name == "Ann Roe"
    # the writer's gloss after a dash is no part of what was asked
    text = "Ann Roe texted her volunteers, asking them to stay away from the hall — advice that was ignored."
    quote = only(quotes_of(pipeline, text), "stay away")
    assert quote.text == "them to stay away from the hall"
    text = "Senator Ann Roe asked the agency to release its full file on the case, which would show who knew."
    quote = only(quotes_of(pipeline, text), "release")
    assert quote.text == "the agency to release its full file on the case"
    # a question put to someone, a request to stay unnamed, a supposition: nothing asked of anyone
    assert quotes_of(pipeline, "Ann Roe was asked to stay.") == []
    assert quotes_of(pipeline, "If Ann Roe had asked him to stay, he would have stayed.") == []
    (quote,) = quotes_of(pipeline, "Ann Roe, who asked not to be named, said the talks had failed.")
    assert quote.text == "the talks had failed"


def test_requesting_to_act_is_a_request(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Ann Roe requested to be moved to another prison."), "moved")
    assert quote.text == "to be moved to another prison"
    # what a speaker requested so as to act is no request of that act
    assert quotes_of(pipeline, "Ann Roe requested anonymity to speak freely about the talks.") == []


# -- final attributions the parse hides ---------------------------------------------------------


def test_a_final_pair_of_sources_hung_on_a_phrase_of_the_claim_speaks(pipeline: Pipeline) -> None:
    # "Two died, with one blast near shops, police and medical sources said.", parsed with the
    # pair joined to "shops", the cue a pcomp of "with" and "blast" its subject
    doc = parsed(pipeline, [
        ("Two", 1, "nsubj", "NUM", "two", ""), ("died", 1, "ROOT", "VERB", "die", ""),
        (",", 1, "punct", "PUNCT", ",", ""), ("with", 1, "prep", "ADP", "with", ""),
        ("one", 5, "nummod", "NUM", "one", ""), ("blast", 13, "nsubj", "NOUN", "blast", ""),
        ("near", 5, "prep", "ADP", "near", ""), ("shops", 6, "pobj", "NOUN", "shop", ""),
        (",", 7, "punct", "PUNCT", ",", ""), ("police", 7, "conj", "NOUN", "police", ""),
        ("and", 9, "cc", "CCONJ", "and", ""), ("medical", 12, "amod", "ADJ", "medical", ""),
        ("sources", 9, "conj", "NOUN", "source", ""), ("said", 3, "pcomp", "VERB", "say", ""),
        (".", 1, "punct", "PUNCT", ".", "")])
    (quote,) = extracted(doc)
    assert quote.text == "Two died, with one blast near shops"
    assert quote.speaker.mention.text == "police and medical sources"
    # a single source after the comma is the subject as ever
    (quote,) = quotes_of(pipeline, "The price of bread and milk rose again in the capital, shopkeepers said.")
    assert quote.speaker.name == "shopkeepers"


# -- rarer cue verbs ------------------------------------------------------------------------


def test_protesting_that_is_a_statement(pipeline: Pipeline) -> None:
    text = "Several airlines have protested that the new landing fees make short flights too costly."
    quote = only(quotes_of(pipeline, text), "landing fees")
    assert quote.text == "the new landing fees make short flights too costly"
    (quote,) = quotes_of(pipeline, "“This is a scandal,” Ann Roe protested.")
    assert quote.speaker.name == "Ann Roe"
    # a protest in the street says nothing by itself
    assert quotes_of(pipeline, "Thousands of farmers led by Ann Roe protested outside parliament on Monday.") == []
    assert quotes_of(pipeline, "Ann Roe protested the closure of the plant.") == []


def test_a_threat_of_an_act_is_a_statement(pipeline: Pipeline) -> None:
    text = "The Dock Workers Union has led the strike talks, threatening to close every port in the country by Friday."
    quote = only(quotes_of(pipeline, text), "close every port")
    assert quote.text == "to close every port in the country by Friday"
    quote = only(quotes_of(pipeline, "Senator Ann Roe threatened to block the budget bill in committee."), "block")
    assert quote.text == "to block the budget bill in committee"
    # what a thing threatens to do, or a thing threatened, is no one's threat
    assert quotes_of(pipeline, "The storm threatens to flood the whole valley by the weekend.") == []
    assert quotes_of(pipeline, "Ann Roe fled the rising tensions threatening to tear the city apart.") == []
    assert quotes_of(pipeline, "The scandal threatens the senator's lead in the polls.") == []


def test_a_closed_quote_is_not_said_by_the_next_sentence_with_a_content_of_its_own(pipeline: Pipeline) -> None:
    text = ("“We will look at the young players this weekend. Some of them are ready.” Several clubs have "
            "requested to keep their stars until the end of the season.")
    assert not any("young players" in quote.text for quote in quotes_of(pipeline, text))
    # a cue with nothing of its own after the quote still says it
    (quote,) = quotes_of(pipeline, "“We will look at the young players this weekend.” Coach Ann Roe said.")
    assert quote.speaker.name == "Ann Roe"


def test_calling_a_group_to_act_is_a_directive(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Ann Roe called residents to evacuate the valley before the flood."), "evacuate")
    assert quote.text == "residents to evacuate the valley before the flood"
    # a phone call to someone, to speak or to check, directs no one
    assert quotes_of(pipeline, "Ann Roe called her brother to ask about the money.") == []
    assert quotes_of(pipeline, "Ann Roe called parents to tell them the news.") == []
    assert quotes_of(pipeline, "Ann Roe called the hospital to check on the victims.") == []


def test_a_final_inverted_cue_with_no_comma_speaks_for_the_name_after_it(pipeline: Pipeline) -> None:
    text = "The typical household has a collection of 40 online passwords estimates the Digital Security Alliance."
    (quote,) = quotes_of(pipeline, text)
    assert quote.text == "The typical household has a collection of 40 online passwords"
    assert quote.speaker.name == "Digital Security Alliance"
    # a verb joined by "and" with a name as its object is no attribution
    assert quotes_of(pipeline, "The firm builds cars and supplies Toyota Motor.") == []


def test_a_quote_closed_by_a_name_with_no_verb_is_that_persons(pipeline: Pipeline) -> None:
    # the wire dropped the "said" of "“...”, Ann Roe, deputy director of X."
    text = ("The flood has left thousands homeless.\n\n“Families being split up is a major crisis in terms of "
            "caring for the children”, Ann Roe, deputy director of the relief agency, the body that groups ten charities.")
    quote = only(quotes_of(pipeline, text), "crisis")
    assert quote.speaker.name == "Ann Roe"
    # a sentence of its own after the name is no attribution
    text = ("The flood has left thousands homeless.\n\n“Families being split up is a major crisis in terms of "
            "caring for the children”, Ann Roe and her team arrived in the valley on Monday.")
    assert not any("crisis" in quote.text for quote in quotes_of(pipeline, text))


def test_a_quote_right_after_a_sentence_about_a_named_person_is_theirs(pipeline: Pipeline) -> None:
    text = ("“The young players deserve a chance,” Coach Ben Tull told reporters. Maria Ortega, though, is keen to "
            "rest her best players before the final. “There is nothing more they can show me this month. "
            "“We have to think about the younger squad.”")
    quote = only(quotes_of(pipeline, text), "nothing more")
    assert quote.speaker.name == "Maria Ortega"
    assert quote.text.endswith("younger squad.")
    # two people in two clauses: no telling whose the quote is
    text = ("“The young players deserve a chance,” Coach Ben Tull told reporters. The club will not go that far, "
            "but Maria Ortega wants to rest her best players. “There is nothing more they can show me this month.”")
    assert not any(quote.speaker.name == "Maria Ortega" for quote in quotes_of(pipeline, text))


def test_rejecting_a_claim_says_it_is_not_so(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Ann Roe dismissed suggestions that she would resign before the election."),
                 "resign")
    assert quote.text == "suggestions that she would resign before the election"
    assert quote.speaker.name == "Ann Roe"
    quote = only(quotes_of(pipeline, "Senator Ben Tull rejected any possibility that the base might close."), "base")
    assert quote.text == "any possibility that the base might close"
    quote = only(quotes_of(pipeline, "Ann Roe denied reports that she had met the minister."), "minister")
    assert quote.text == "reports that she had met the minister"
    # a thing rejected, or a claim rejected by a court's ruling: no statement of this kind
    assert quotes_of(pipeline, "Ann Roe rejected the plan on Monday.") == []
    assert quotes_of(pipeline, "Ann Roe's appeal was rejected by the court.") == []


def test_a_passive_cue_with_an_empty_it_speaks_for_the_text_and_its_author(pipeline: Pipeline) -> None:
    text = "It was stated in a report issued by the World Bank that growth in the region would slow next year."
    (quote,) = quotes_of(pipeline, text)
    assert quote.text == "growth in the region would slow next year"
    assert quote.speaker.name == "World Bank"
    # with no one named there is no one to quote
    assert quotes_of(pipeline, "It is reported that the bridge would reopen in May.") == []
    assert quotes_of(pipeline, "It was decided in the spring that the bridge would reopen in May.") == []


def test_a_view_in_a_participle_on_a_statement_is_its_issuers(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Ann Roe issued a statement describing the speculation as “flattering”."),
                 "speculation")
    assert quote.text == "the speculation as “flattering”"
    assert quote.speaker.name == "Ann Roe"
    # a participle on a thing that is no statement gives no view
    assert quotes_of(pipeline, "Ann Roe bought a painting describing the harbour as a fairground.") == []


def test_a_noun_with_its_article_after_a_quote_and_its_cue_spoke(pipeline: Pipeline) -> None:
    text = "“They took everything from the till and I could do nothing to stop them,” added the frightened cashier."
    (quote,) = quotes_of(pipeline, text)
    assert quote.speaker.mention.text == "the frightened cashier"
    # the addressee of a cue of telling is no speaker
    assert quotes_of(pipeline, "“They took everything from the till and I could do nothing,” told the cashier.") == []


def test_a_quote_paragraph_after_reported_speech_with_no_quote_continues_it(pipeline: Pipeline) -> None:
    text = ("The panel met on Monday. Its chairwoman Ann Roe said the rules were often ignored by landlords.\n\n"
            "“The panel believes that these excuses should be rejected and that tenants deserve better.” Under "
            "the present law, councils can fine landlords.")
    quote = only(quotes_of(pipeline, text), "excuses")
    assert quote.speaker.name == "Ann Roe"
    # a question after it is no statement of hers
    text = ("The panel met on Monday. Its chairwoman Ann Roe said the rules were often ignored by landlords.\n\n"
            "“How many of them have been fined this year?” The answer surprised the room.")
    assert not any("fined this year" in quote.text for quote in quotes_of(pipeline, text))


def test_a_quote_right_after_a_sentence_about_her_is_hers(pipeline: Pipeline) -> None:
    text = ("“We cannot go on like this,” said Maria Ortega, a nurse from the east side. A mother of three, she "
            "plans to vote for the first time next month. “Nobody listened to us until the strike began.”")
    quote = only(quotes_of(pipeline, text), "Nobody listened")
    assert quote.speaker.name == "Maria Ortega"


def test_a_quoted_nickname_in_the_sentence_about_the_person_does_not_stop_it(pipeline: Pipeline) -> None:
    text = ("Maria Ortega won the title in 2004. Nicknamed “the Iron Queen” by her fans, Ortega has felt the "
            "pressure of age. “As a player of thirty, I feel the pressure every single day.”")
    quote = only(quotes_of(pipeline, text), "pressure every")
    assert quote.speaker.name == "Maria Ortega"


def test_the_day_between_an_inverted_cue_and_the_name_is_no_speaker(pipeline: Pipeline) -> None:
    text = "“Things are looking very positive,” said on Tuesday Ben Tull, a spokesman for the state police."
    (quote,) = quotes_of(pipeline, text)
    assert "Ben Tull" in quote.speaker.name
    # a day alone after the cue names no one
    text = "Ann Roe, sent to the capital to stand trial, said Tuesday he would plead not guilty."
    assert not any(quote.speaker.name == "Tuesday" for quote in quotes_of(pipeline, text))


def test_a_name_after_a_quote_closed_by_its_comma_with_the_said_dropped(pipeline: Pipeline) -> None:
    text = ("The striker hit back at the criticism. “When I have a good game nobody says a thing about it,” "
            "Maria Ortega. “She needs to calm down before the next match.”")
    quote = only(quotes_of(pipeline, text), "good game")
    assert quote.speaker.name == "Maria Ortega"


# -- round 2: calls, accusations, quoted careers (fifteenth to eighteenth samples) ------------


def test_a_call_in_a_second_predicate_has_the_first_ones_subject(pipeline: Pipeline) -> None:
    text = "The union leader said the pay offer was an insult and called for the talks to be reopened next week."
    quote = only(quotes_of(pipeline, text), "talks to be reopened")
    assert quote.speaker.name == "The union leader"
    text = "Norway quit the fishing pact in 1990 and called for the quotas to be set by an outside panel."
    quote = only(quotes_of(pipeline, text), "quotas to be set")
    assert quote.speaker.name == "Norway"


def test_a_call_with_its_day_before_for_keeps_the_infinitive(pipeline: Pipeline) -> None:
    text = "Rebel commander Ali Farah called Sunday for peace talks to resolve the border dispute with the government."
    quote = only(quotes_of(pipeline, text), "peace talks")
    assert quote.text == "peace talks to resolve the border dispute with the government"
    assert quote.speaker.name == "Ali Farah"


def test_an_accusation_in_a_relative_clause_is_the_deed_after_the_cue(pipeline: Pipeline) -> None:
    text = "The crowd gathered outside the ministry, which farmers have accused of hiding the drought figures."
    quote = only(quotes_of(pipeline, text), "hiding the drought")
    assert quote.text == "hiding the drought figures"
    assert quote.speaker.name == "farmers"
    # a short deed is whole however short
    text = "The board, which investors have accused of being secretive, met on Friday."
    assert only(quotes_of(pipeline, text), "secretive").text == "being secretive"


def test_an_accusation_is_not_stopped_by_an_adjective_participle_of_a_speech_verb(pipeline: Pipeline) -> None:
    # "repeated" before its noun is an adjective, no statement of its own inside the charge
    text = ("Critics have accused the coach of wrecking the team with his repeated changes, "
            "echoed by grumbling from the players.")
    quote = only(quotes_of(pipeline, text), "wrecking the team")
    assert quote.text == "the coach of wrecking the team with his repeated changes"  # the writer's gloss out
    assert quote.speaker.name == "Critics"


def test_a_career_made_with_a_quoted_title_is_no_statement(pipeline: Pipeline) -> None:
    text = 'Salvi made a name for himself by composing the music for the thriller "For a Handful of Ash".'
    assert quotes_of(pipeline, text) == []


def test_a_closing_attribution_hung_on_the_claims_last_noun_is_the_source(pipeline: Pipeline) -> None:
    # "..., a NOUN company announced on Sunday." parsed as a participle of the noun before it
    text = ("Jordanian and Syrian officials will sign a deal to provide Amman with Syrian gas instead of "
            "some imported oil, a Jordanian energy company announced on Sunday.")
    quote = only(quotes_of(pipeline, text), "sign a deal")
    assert quote.text == ("Jordanian and Syrian officials will sign a deal to provide Amman with Syrian gas "
                          "instead of some imported oil")
    assert quote.speaker.name == "a Jordanian energy company"


def test_a_claims_subject_read_as_the_object_of_said(pipeline: Pipeline) -> None:
    text = ("Ana Ruiz chaired the meeting in Lima. She said Peru and Chile, as close neighbours, are deeply "
            "linked in trade and share broad fields for cooperation.")
    quote = only(quotes_of(pipeline, text), "Peru and Chile")
    assert quote.text == ("Peru and Chile, as close neighbours, are deeply linked in trade and share broad "
                          "fields for cooperation")
    assert quote.speaker.name == "Ana Ruiz"


def test_a_request_whose_infinitive_the_parse_hung_on_a_relative_clause(pipeline: Pipeline) -> None:
    text = "Police asked anyone who knows the man to contact detectives in Leeds."
    quote = only(quotes_of(pipeline, text), "contact detectives")
    assert quote.text == "anyone who knows the man to contact detectives in Leeds"
    assert quote.speaker.name == "Police"


def test_a_reproached_thing_of_a_gerund_is_a_topic_not_a_deed(pipeline: Pipeline) -> None:
    # "criticized X of doing" is no charge ("accused X of doing" is; "criticized X for doing" too)
    text = "Mayor Tom Pike also criticized the practice of letting developers pick their own building inspectors."
    assert quotes_of(pipeline, text) == []


def test_a_speech_verb_with_its_subject_elided_goes_on_for_the_last_speaker(pipeline: Pipeline) -> None:
    text = ('The council chief spoke at the opening. Ann Roe insisted: "We have done well with the budget this '
            'year." And continued: "We will do even better with the roads next year."')
    quote = only(quotes_of(pipeline, text), "even better")
    assert quote.speaker.name == "Ann Roe"


def test_a_picture_showing_a_wh_clause_is_no_statement(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "The satellite photos show where the ice shelf has cracked.") == []
    # a picture showing a that-clause is evidence cited, as before
    text = "A photograph from the scene showed the driver had left the car."
    assert only(quotes_of(pipeline, text), "driver").text == "the driver had left the car"


def test_a_view_of_a_gerund_described_as_something(pipeline: Pipeline) -> None:
    # the parse makes the gerund a clause of the cue and hangs "as" on the last gerund
    text = ("Ana Ruiz spoke in Lima on Monday. She described cutting tariffs and easing visa rules as the surest "
            "way to grow trade in the region.")
    quote = only(quotes_of(pipeline, text), "cutting tariffs")
    assert quote.text == "cutting tariffs and easing visa rules as the surest way to grow trade in the region"
    assert quote.speaker.name == "Ana Ruiz"


def test_a_body_requests_an_act_and_the_writers_which_means_stays_out(pipeline: Pipeline) -> None:
    text = ("Several Italian clubs have requested to keep their young players at home which means the under-21 "
            "side will be short of strikers.")
    quote = only(quotes_of(pipeline, text), "young players")
    assert quote.text == "to keep their young players at home"
    assert quote.speaker.name == "Several Italian clubs"
    assert quotes_of(pipeline, "The cost of the bridge promises to swell by next year.") == []


def test_a_journey_to_an_event_with_a_quoted_theme_is_no_statement(pipeline: Pipeline) -> None:
    text = ('Premier Li Wei arrived on Monday in Jakarta to attend the regional trade forum under the theme '
            '"Open Markets, Shared Growth."')
    assert quotes_of(pipeline, text) == []


def test_identified_x_as_y_is_a_view(pipeline: Pipeline) -> None:
    text = "The minister identified rising household debt as the main threat to growth next year."
    quote = only(quotes_of(pipeline, text), "household debt")
    assert quote.text == "rising household debt as the main threat to growth next year"
    assert quote.speaker.name == "The minister"


def test_a_speaker_confident_of_a_clause_states_it(pipeline: Pipeline) -> None:
    text = "After record sales in Brazil, Ana Ruiz is confident her firm will double its exports next year."
    quote = only(quotes_of(pipeline, text), "double its exports")
    assert quote.text == "her firm will double its exports next year"
    assert quote.speaker.name == "Ana Ruiz"
    assert quotes_of(pipeline, "Ana Ruiz is confident about the future.") == []


def test_demanding_to_know_is_a_question_not_a_claim(pipeline: Pipeline) -> None:
    text = "Opposition leader Ana Ruiz has demanded to know who approved the payments to the contractor."
    assert quotes_of(pipeline, text) == []


def test_a_promised_thing_keeps_what_comes_with_it(pipeline: Pipeline) -> None:
    text = "Norway has promised a cargo ship with 300 tonnes of rice, officials in the capital said on Monday."
    (quote,) = [q for q in quotes_of(pipeline, text) if q.speaker.name == "Norway"]
    assert quote.text == "a cargo ship with 300 tonnes of rice"


# -- round 3 misses (fresh19-21): quoting, passive views, addressees, directives, forecasts -----


def test_a_final_quoted_as_saying_gives_the_clause_before_to_whom_is_quoted(pipeline: Pipeline) -> None:
    text = "Steel output will fall 4 percent next year, the Nikkei daily quoted a senior industry official as saying."
    quote = only(quotes_of(pipeline, text), "Steel")
    assert quote.text == "Steel output will fall 4 percent next year"
    assert quote.speaker.mention.text == "a senior industry official"
    text = "The envoy will visit Seoul next week, the agency quoted a government source as saying."
    quote = only(quotes_of(pipeline, text), "envoy")
    assert quote.text == "The envoy will visit Seoul next week"
    # the middle order keeps its own content
    text = "The agency quoted a government source as saying the envoy will visit Seoul next week."
    quote = only(quotes_of(pipeline, text), "envoy")
    assert quote.text == "the envoy will visit Seoul next week"


def test_a_passive_view_with_its_holder_is_the_holders_view(pipeline: Pipeline) -> None:
    text = "The accord was described by state media as \"a historic step\" for the region."
    quote = only(quotes_of(pipeline, text), "historic")
    assert quote.speaker.mention.text == "state media"
    assert "by state media" not in quote.text
    text = "His budget has been described as \"reckless\" and \"unfair\" by the Green Party."
    quote = only(quotes_of(pipeline, text), "reckless")
    assert quote.text == "\"reckless\" and \"unfair\""
    assert quote.speaker.name == "Green Party"
    text = "The new stadium was described by critics as a cathedral of sport."
    quote = only(quotes_of(pipeline, text), "cathedral")
    assert quote.text == "a cathedral of sport"
    # a passive with no holder, or a holder deep inside the view, names no one's view
    assert quotes_of(pipeline, "The new stadium was described as a cathedral of sport.") == []
    text = "The primaries are viewed as closer than the race, where Roe won despite upsets by Lee."
    assert [q for q in quotes_of(pipeline, text) if "closer" in q.text] == []


def test_state_media_hold_a_view(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "State media described the summit as a breakthrough."), "summit")
    assert quote.text == "the summit as a breakthrough"
    assert quote.speaker.mention.text == "State media"


def test_told_an_addressee_a_clause_without_that(pipeline: Pipeline) -> None:
    text = "Former health secretary Alan Milburn told ITV's Tonight programme there was a risk patients would lose out."
    quote = only(quotes_of(pipeline, text), "risk")
    assert quote.text == "there was a risk patients would lose out"
    assert quote.speaker.name == "Alan Milburn"
    # a story told, its relative word left out: nothing said
    assert quotes_of(pipeline, "She told the story she had heard from her grandmother.") == []


def test_encouraging_someone_with_a_phrase_to_act_is_a_recommendation(pipeline: Pipeline) -> None:
    text = "The mayor encouraged residents with older cars to trade them in."
    quote = only(quotes_of(pipeline, text), "trade")
    assert quote.text == "residents with older cars to trade them in"
    assert quote.speaker.mention.text == "The mayor"


def test_predicting_a_thing_to_do_something_is_a_forecast(pipeline: Pipeline) -> None:
    text = "The chief economist also predicted the country's exports next year to rise 8 percent, up from 5 percent."
    quote = only(quotes_of(pipeline, text), "exports")
    assert quote.text == "the country's exports next year to rise 8 percent, up from 5 percent"
    assert quote.speaker.mention.text == "The chief economist"


def test_a_relative_which_inferring_a_need_is_no_speaker(pipeline: Pipeline) -> None:
    text = ("Health officials said new cases had been found in three provinces, which shows the urgency "
            "of vaccinating poultry.")
    assert [q.text for q in quotes_of(pipeline, text)] == ["new cases had been found in three provinces"]


def test_confessing_a_clause_is_a_statement(pipeline: Pipeline) -> None:
    text = "Club chairman Rick Parry confessed the stadium deal had given the board serious food for thought."
    quote = only(quotes_of(pipeline, text), "stadium")
    assert quote.text == "the stadium deal had given the board serious food for thought"
    assert quote.speaker.name == "Rick Parry"
    # with no clause or quote, a confession names no statement
    assert quotes_of(pipeline, "Rick Parry confessed to a fondness for old films.") == []


def test_a_clause_whose_verb_the_parse_read_as_a_noun_in_the_object_is_what_was_said(pipeline: Pipeline) -> None:
    # "Officials said the lack of a clause prevents polls.", parsed with "prevents" the object
    # of "of" inside the object of "said"
    doc = parsed(pipeline, [
        ("Officials", 1, "nsubj", "NOUN", "official", ""), ("said", 1, "ROOT", "VERB", "say", ""),
        ("the", 3, "det", "DET", "the", ""), ("lack", 1, "dobj", "NOUN", "lack", ""),
        ("of", 3, "prep", "ADP", "of", ""), ("a", 6, "det", "DET", "a", ""),
        ("clause", 7, "compound", "NOUN", "clause", ""), ("prevents", 4, "pobj", "VERB", "prevent", ""),
        ("polls", 7, "dobj", "NOUN", "poll", ""), (".", 1, "punct", "PUNCT", ".", "")])
    doc[1].tag_, doc[7].tag_ = "VBD", "VBZ"
    (quote,) = extracted(doc)
    assert quote.text == "the lack of a clause prevents polls"


def test_an_estimate_of_a_noun_made_of_an_adjective_read_as_a_clause(pipeline: Pipeline) -> None:
    # "Medics estimated the dead at 100.", parsed with "the dead" a verbless clause
    rows = [("Medics", 1, "nsubj", "NOUN", "medic", ""), ("estimated", 1, "ROOT", "VERB", "estimate", ""),
            ("the", 3, "det", "DET", "the", ""), ("dead", 1, "ccomp", "ADJ", "dead", ""),
            ("at", 1, "prep", "ADP", "at", ""), ("100", 4, "pobj", "NUM", "100", ""),
            (".", 1, "punct", "PUNCT", ".", "")]
    (quote,) = extracted(parsed(pipeline, rows))
    assert quote.text == "the dead at 100"
    # with no figure in the "at" phrase, no estimate
    rows[5] = ("dawn", 4, "pobj", "NOUN", "dawn", "")
    assert extracted(parsed(pipeline, rows)) == []


def test_a_final_source_after_the_claims_last_word_read_as_a_first_subject(pipeline: Pipeline) -> None:
    # "Prices will rise because the tax stays, Reuters reported.", parsed with "stays" a noun
    # and a first subject of "reported"
    doc = parsed(pipeline, [
        ("Prices", 2, "nsubj", "NOUN", "price", ""), ("will", 2, "aux", "AUX", "will", ""),
        ("rise", 2, "ROOT", "VERB", "rise", ""), ("because", 9, "mark", "SCONJ", "because", ""),
        ("the", 6, "det", "DET", "the", ""), ("tax", 6, "compound", "NOUN", "tax", ""),
        ("stays", 9, "nsubj", "NOUN", "stay", ""), (",", 6, "punct", "PUNCT", ",", ""),
        ("Reuters", 9, "nsubj", "PROPN", "Reuters", ""), ("reported", 2, "advcl", "VERB", "report", ""),
        (".", 2, "punct", "PUNCT", ".", "")])
    (quote,) = extracted(doc)
    assert quote.text == "Prices will rise because the tax stays"
    assert quote.speaker.mention.text == "Reuters"


def test_bare_people_in_a_defining_where_clause_are_no_speaker(pipeline: Pipeline) -> None:
    text = ("The law would recognise advance directives, where people say they want no resuscitation "
            "if they fall gravely ill.")
    assert quotes_of(pipeline, text) == []
    # people with a quantity or a place are someone quoted
    quote = only(quotes_of(pipeline, "Dozens of people said they had seen the car."), "car")
    assert quote.text == "they had seen the car"


def test_making_it_clear_with_a_clause_and_no_that(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Mrs Bell made it clear she was ready to stand again."), "ready")
    assert quote.text == "she was ready to stand again"
    assert quote.speaker.name == "Bell" or quote.speaker.name.endswith("Bell")


def test_a_relative_cue_whose_clause_verb_the_parse_read_as_a_word_of_a_noun(pipeline: Pipeline) -> None:
    # "The tax, which Shell has warned will close mines.", parsed with "which" the object of
    # "warned" and "close" an adjective of "mines"
    doc = parsed(pipeline, [
        ("The", 1, "det", "DET", "the", ""), ("tax", 1, "ROOT", "NOUN", "tax", ""),
        (",", 1, "punct", "PUNCT", ",", ""), ("which", 6, "dobj", "PRON", "which", ""),
        ("Shell", 6, "nsubj", "PROPN", "Shell", ""), ("has", 6, "aux", "AUX", "have", ""),
        ("warned", 1, "relcl", "VERB", "warn", ""), ("will", 8, "aux", "AUX", "will", ""),
        ("close", 9, "amod", "VERB", "close", ""), ("mines", 6, "dobj", "NOUN", "mine", ""),
        (".", 1, "punct", "PUNCT", ".", "")])
    doc[3].tag_, doc[6].tag_, doc[7].tag_ = "WDT", "VBN", "MD"
    (quote,) = extracted(doc)
    assert quote.text == "will close mines"
    assert quote.speaker.mention.text == "Shell"


def test_a_saying_that_may_happen_is_no_statement(pipeline: Pipeline) -> None:
    text = "The tribunal ruled on Friday that the minister could declare the disputed results void."
    assert [q for q in quotes_of(pipeline, text) if q.text.startswith("the disputed")] == []
    assert quotes_of(pipeline, "Critics may argue that the cuts go too far.") == []
    # "can confirm" is said
    quote = only(quotes_of(pipeline, "Police can confirm that a man was arrested on Friday."), "arrested")
    assert quote.text == "a man was arrested on Friday"


# -- round 5: final attributions the parse joined to the claim, a stray "that", a daily -------


def test_a_final_told_whom_joined_to_the_claim_is_an_attribution(pipeline: Pipeline) -> None:
    # "More checks are needed at ports or even at sea, inspectors have told MPs.", parsed with
    # "told" a conjunct of "needed" and "or even at sea" hung on it
    doc = parsed(pipeline, [
        ("More", 1, "amod", "ADJ", "more", ""), ("checks", 3, "nsubjpass", "NOUN", "check", ""),
        ("are", 3, "auxpass", "AUX", "be", ""), ("needed", 3, "ROOT", "VERB", "need", ""),
        ("at", 3, "prep", "ADP", "at", ""), ("ports", 4, "pobj", "NOUN", "port", ""),
        ("or", 5, "cc", "CCONJ", "or", ""), ("even", 8, "advmod", "ADV", "even", ""),
        ("at", 13, "prep", "ADP", "at", ""), ("sea", 8, "pobj", "NOUN", "sea", ""),
        (",", 13, "punct", "PUNCT", ",", ""), ("inspectors", 13, "nsubj", "NOUN", "inspector", ""),
        ("have", 13, "aux", "AUX", "have", ""), ("told", 3, "conj", "VERB", "tell", ""),
        ("MPs", 13, "dobj", "PROPN", "MPs", ""), (".", 3, "punct", "PUNCT", ".", "")])
    (quote,) = extracted(doc)
    assert quote.text == "More checks are needed at ports or even at sea"
    assert quote.speaker.mention.text == "inspectors"
    # a told thing is no addressee: "..., and he has told the story" keeps no statement
    doc = parsed(pipeline, [
        ("Sales", 1, "nsubj", "NOUN", "sale", ""), ("fell", 1, "ROOT", "VERB", "fall", ""),
        ("sharply", 1, "advmod", "ADV", "sharply", ""), ("last", 4, "amod", "ADJ", "last", ""),
        ("year", 1, "npadvmod", "NOUN", "year", ""), (",", 8, "punct", "PUNCT", ",", ""),
        ("he", 8, "nsubj", "PRON", "he", ""), ("has", 8, "aux", "AUX", "have", ""),
        ("told", 1, "conj", "VERB", "tell", ""), ("the", 10, "det", "DET", "the", ""),
        ("story", 8, "dobj", "NOUN", "story", ""), (".", 1, "punct", "PUNCT", ".", "")])
    assert extracted(doc) == []


def test_an_inverted_final_attribution_whose_speaker_the_parse_made_an_object(pipeline: Pipeline) -> None:
    # "Fares will fall next year, added Okafor, who is now in Lagos.", parsed with "added" an
    # adverbial clause of "fall" and the name its object
    doc = parsed(pipeline, [
        ("Fares", 2, "nsubj", "NOUN", "fare", ""), ("will", 2, "aux", "AUX", "will", ""),
        ("fall", 2, "ROOT", "VERB", "fall", ""), ("next", 4, "amod", "ADJ", "next", "DATE"),
        ("year", 2, "npadvmod", "NOUN", "year", "DATE"), (",", 2, "punct", "PUNCT", ",", ""),
        ("added", 2, "advcl", "VERB", "add", ""), ("Okafor", 6, "dobj", "PROPN", "Okafor", "GPE"),
        (",", 7, "punct", "PUNCT", ",", ""), ("who", 10, "nsubj", "PRON", "who", ""),
        ("is", 7, "relcl", "AUX", "be", ""), ("now", 10, "advmod", "ADV", "now", ""),
        ("in", 10, "prep", "ADP", "in", ""), ("Lagos", 12, "pobj", "PROPN", "Lagos", "GPE"),
        (".", 2, "punct", "PUNCT", ".", "")])
    doc[6].tag_ = "VBD"
    (quote,) = extracted(doc)
    assert quote.text == "Fares will fall next year"
    assert quote.speaker.mention.text.startswith("Okafor")


def test_said_that_with_that_read_as_a_preposition(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Fire officials said that three boys dressed as workmen climbed and set "
                                     "fire to the warehouse roof."), "three boys")
    assert quote.text == "three boys dressed as workmen climbed and set fire to the warehouse roof"
    assert quote.speaker.name == "Fire officials"


def test_a_newspaper_the_tagger_read_as_an_adverb_speaks(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Harris played a \"central role\", Denmark's Politiken daily said in its "
                                     "weekend edition."), "central role")
    assert quote.text == "Harris played a \"central role\""
    assert quote.speaker.name.endswith("Politiken daily")


def test_a_quote_paragraph_after_a_writers_paragraph_about_a_person(pipeline: Pipeline) -> None:
    text = ("“The first winter was hard,” Mara Lind said of her move to the island.\n\n"
            "Lind now swims every morning and paints in the afternoon. She enjoys the quiet life of the coast.\n\n"
            "“I also took up sailing. We fish from the pier. I do not miss the city at all.”")
    quote = only(quotes_of(pipeline, text), "took up sailing")
    assert quote.speaker.name == "Mara Lind"
    # a paragraph about a thing that names someone else: the quote has no speaker to go on with
    text = ("“The first winter was hard,” Mara Lind said of her move to the island.\n\n"
            "The ferry of Tom Gale now runs twice a day. The harbour was rebuilt last year.\n\n"
            "“I also took up sailing. We fish from the pier. I do not miss the city at all.”")
    assert not [quote for quote in quotes_of(pipeline, text) if "sailing" in quote.text]


def test_a_finding_verb_the_tagger_read_as_a_noun(pipeline: Pipeline) -> None:
    # "Figures from the ministry show that exports rose last year.", "show" tagged a noun
    doc = parsed(pipeline, [
        ("Figures", 4, "nsubj", "NOUN", "figure", ""), ("from", 0, "prep", "ADP", "from", ""),
        ("the", 3, "det", "DET", "the", ""), ("ministry", 1, "pobj", "NOUN", "ministry", ""),
        ("show", 4, "ROOT", "NOUN", "show", ""), ("that", 7, "mark", "SCONJ", "that", ""),
        ("exports", 7, "nsubj", "NOUN", "export", ""), ("rose", 4, "ccomp", "VERB", "rise", ""),
        ("last", 9, "amod", "ADJ", "last", "DATE"), ("year", 7, "npadvmod", "NOUN", "year", "DATE"),
        (".", 4, "punct", "PUNCT", ".", "")])
    (quote,) = extracted(doc)
    assert quote.text == "exports rose last year"
    assert quote.speaker.mention.text == "Figures from the ministry"


def test_quoted_as_saying_past_a_long_apposition(pipeline: Pipeline) -> None:
    text = ("\"The farmers of the north must be ready to adapt to the changes in the market,\" Xinhua quoted "
            "Li Wei, Vice President of the National Federation of Agricultural Cooperatives of the province, "
            "as saying on Friday.")
    quote = only(quotes_of(pipeline, text), "farmers of the north")
    assert quote.speaker.name == "Li Wei"


def test_a_stated_hope_or_wish_with_an_adjective_and_a_clause(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The union leader Mary Hale is hopeful that the strike will end before "
                                     "Christmas."), "strike")
    assert quote.text == "the strike will end before Christmas"
    assert quote.speaker.name == "Mary Hale"
    quote = only(quotes_of(pipeline, "The mayor is anxious that the new bridge should open before the winter."),
                 "bridge")
    assert quote.text == "the new bridge should open before the winter"
    # the adjective parsed as a passive participle ("was disappointed that"); not "can be convinced that"
    quote = only(quotes_of(pipeline, "The club chairman was disappointed that the stadium plan had been turned "
                                     "down by the council."), "stadium")
    assert quote.text == "the stadium plan had been turned down by the council"
    assert not quotes_of(pipeline, "Voters can be convinced that the new law would cut crime.")


def test_a_quote_paragraph_after_one_writers_paragraph_naming_no_one(pipeline: Pipeline) -> None:
    text = ("Flooding has closed more than 40 roads in the county this week, the council's chief engineer "
            "Tom Hardy told a meeting of councillors on Monday.\n\n"
            "Meanwhile, more rain fell across the valley overnight.\n\n"
            "\"About half of the bridges in the valley need repairs each year, but only a few can be fixed "
            "before the winter,\"")
    quote = only(quotes_of(pipeline, text), "half of the bridges")
    assert quote.speaker.name == "Tom Hardy"
    # a paragraph between that names someone else: no one to go on with
    text = text.replace("Meanwhile, more rain fell", "Meanwhile, the mayor Ann Lee saw more rain fall")
    assert not [quote for quote in quotes_of(pipeline, text) if "half of the bridges" in quote.text]


def test_a_condition_hung_on_a_final_cue_ends_the_claim(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "Bus fares will be cut if the council approves the plan, the transport "
                                     "chief Ann Moss has claimed."), "Bus fares")
    assert quote.text == "Bus fares will be cut if the council approves the plan"


def test_he_after_a_described_person_who_just_spoke(pipeline: Pipeline) -> None:
    # "tenant" is no job or role word: that it was the source of the statement before makes it someone
    text = ("A tenant of the estate is suing the council saying it is unfair he must pay for the repairs.\n\n"
            "He says the landlord ignored his complaints for two years.")
    quote = only(quotes_of(pipeline, text), "landlord")
    assert quote.speaker.name == "A tenant of the estate"


def test_an_inverted_final_speaker_the_parse_made_the_object_of_a_main_cue(pipeline: Pipeline) -> None:
    text = "The players were still hopeful they would be able to make the final on Sunday, added the spokesman."
    quote = only(quotes_of(pipeline, text), "players")
    assert quote.text == "The players were still hopeful they would be able to make the final on Sunday"
    assert quote.speaker.name == "the spokesman"


def test_a_clause_verb_read_as_an_adjective_with_its_own_subject(pipeline: Pipeline) -> None:
    # "The council said the road had improved safety.", parsed with "improved" an adjective of
    # "safety" (its subject "road" and auxiliary "had" hung on it) and "safety" the object of "said"
    doc = parsed(pipeline, [
        ("The", 1, "det", "DET", "the", ""), ("council", 2, "nsubj", "NOUN", "council", ""),
        ("said", 2, "ROOT", "VERB", "say", ""), ("the", 4, "det", "DET", "the", ""),
        ("road", 6, "nsubj", "NOUN", "road", ""), ("had", 6, "aux", "AUX", "have", ""),
        ("improved", 7, "amod", "VERB", "improve", ""), ("safety", 2, "dobj", "NOUN", "safety", ""),
        (".", 2, "punct", "PUNCT", ".", "")])
    doc[2].tag_, doc[6].tag_ = "VBD", "VBN"
    (quote,) = extracted(doc)
    assert quote.text == "the road had improved safety"


def test_a_that_clause_the_parse_hung_on_the_addressee_or_the_occasion(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "The chancellor has told a Labour Party gathering that the Tory plans would "
                                     "cause economic chaos."), "Tory plans")
    assert quote.text == "the Tory plans would cause economic chaos"
    # "Brazil added in a statement that it rejects the plan.", the clause hung on "statement"
    doc = parsed(pipeline, [
        ("Brazil", 1, "nsubj", "PROPN", "Brazil", "GPE"), ("added", 1, "ROOT", "VERB", "add", ""),
        ("in", 1, "prep", "ADP", "in", ""), ("a", 4, "det", "DET", "a", ""),
        ("statement", 2, "pobj", "NOUN", "statement", ""), ("that", 7, "mark", "SCONJ", "that", ""),
        ("it", 7, "nsubj", "PRON", "it", ""), ("rejects", 4, "acl", "VERB", "reject", ""),
        ("the", 9, "det", "DET", "the", ""), ("plan", 7, "dobj", "NOUN", "plan", ""),
        (".", 1, "punct", "PUNCT", ".", "")])
    doc[1].tag_, doc[7].tag_ = "VBD", "VBZ"
    (quote,) = extracted(doc)
    assert quote.text == "it rejects the plan"


def test_a_parenthetical_cue_given_the_host_clauses_subject_too(pipeline: Pipeline) -> None:
    quote = only(quotes_of(pipeline, "That, said Lindqvist, would leave the town with no school at all."), "school")
    assert quote.speaker.name == "Lindqvist"
    assert [part.text for part in quote.parts] == ["That", "would leave the town with no school at all"]


def test_a_claim_read_as_the_subject_of_an_inverted_final_cue(pipeline: Pipeline) -> None:
    # "A truck veered off the road, said Nan.", parsed with "truck" a subject of "said" and
    # "veered" a participle of it
    doc = parsed(pipeline, [
        ("A", 1, "det", "DET", "a", ""), ("truck", 7, "nsubj", "NOUN", "truck", ""),
        ("veered", 1, "acl", "VERB", "veer", ""), ("off", 2, "prep", "ADP", "off", ""),
        ("the", 5, "det", "DET", "the", ""), ("road", 3, "pobj", "NOUN", "road", ""),
        (",", 7, "punct", "PUNCT", ",", ""), ("said", 7, "ROOT", "VERB", "say", ""),
        ("Nan", 7, "nsubj", "PROPN", "Nan", "PERSON"), (".", 7, "punct", "PUNCT", ".", "")])
    doc[2].tag_, doc[7].tag_ = "VBD", "VBD"
    (quote,) = extracted(doc)
    assert quote.text == "A truck veered off the road"
    assert quote.speaker.mention.text == "Nan"
