"""Who said what: extraction and speaker resolution.

The seed expectations below are the gold read off the seed article by hand (issue 3), not output
of the code. Every other article in this file is written for these tests.
"""
from __future__ import annotations

import pytest

from bot.quotes import ExtractedQuote, extract_quotes, name_matches, person_key

# (key phrase inside the attributed content, expected speaker) — read from the seed by a person
SEED_GOLD = [
    ("should strengthen strategic communication", "Wang Yi"),
    ("has been functioning at a high level", "Wang Yi"),
    ("maintained global strategic stability", "Wang Yi"),
    ("carry out celebratory activities", "Wang Yi"),
    ("successfully complete its important domestic political agenda", "Wang Yi"),
    ("equal and orderly multipolar world", "Wang Yi"),
    ("Russia is ready to work with China", "Sergei Lavrov"),
    ("Russia firmly adheres to the one-China principle", "Sergei Lavrov"),
    ("promote BRICS cooperation to achieve greater results", "Sergei Lavrov"),
    ("China fully supports Russia", "Wang Yi"),
]


def _covering(quotes: list[ExtractedQuote], text: str, phrase: str) -> ExtractedQuote:
    at = text.index(phrase)
    hits = [q for q in quotes if q.start <= at and at + len(phrase) <= q.end]
    assert len(hits) == 1, f"{phrase!r}: {hits}"
    return hits[0]


def test_seed_all_ten_attributions_with_speakers(seed_text: str) -> None:
    quotes = extract_quotes(seed_text)
    for phrase, speaker in SEED_GOLD:
        assert _covering(quotes, seed_text, phrase).speaker == speaker, phrase
    attributed = [q for q in quotes if q.speaker]
    assert sum(q.speaker == "Wang Yi" for q in attributed) == 7
    assert sum(q.speaker == "Sergei Lavrov" for q in attributed) == 3
    assert not any("Putin" in (q.speaker or "") for q in quotes)


def test_seed_details(seed_text: str) -> None:
    quotes = extract_quotes(seed_text)
    first = _covering(quotes, seed_text, "should strengthen strategic communication")
    assert (first.speaker_title, first.speaker_affiliation) == ("Foreign Minister", "China")
    added = _covering(quotes, seed_text, "Russia firmly adheres to the one-China principle")
    assert seed_text[added.speaker_start:added.speaker_end] == "he"
    assert added.cue == "added" and added.speaker_affiliation == "Russia"
    also_member = _covering(quotes, seed_text, "has been functioning at a high level")
    assert seed_text[also_member.speaker_start:also_member.speaker_end] == "Wang"
    assert "also a member" not in also_member.text
    advocated = _covering(quotes, seed_text, "equal and orderly multipolar world")
    assert advocated.text.startswith("Wang advocated") and advocated.cue == "said"
    for q in quotes:
        assert seed_text[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect", "mixed")
    # a ", which ..." clause inside the statement does not end it: the whole clause after "said" is content
    brics = _covering(quotes, seed_text, "China fully supports Russia")
    assert "is ready to make joint efforts" in brics.text and brics.text.endswith("to a new level")
    # "... will be able to complete X and maintain Y": "maintain" is no second speech act
    assert "maintain national stability and development" in _covering(
        quotes, seed_text, "successfully complete its important domestic political agenda").text
    # "Wang made the remarks in a telephone conversation" reports no speech
    assert not any("telephone conversation" in q.text for q in quotes)


# Written for these tests.
DIRECT = (
    "Russian Foreign Minister Sergey Lavrov spoke in Moscow on Monday.\n\n"
    "“We are ready to talk,” Lavrov said. “But not under pressure.”\n\n"
    "“Nobody should doubt it.”\n\n"
    "The talks in Geneva ended without a date for the next round.\n\n"
    "“This will not stand,” said a spokesperson, who declined to be named.\n\n"
    "German Chancellor Olaf Scholz told reporters: «Europe must stay united.»\n\n"
    "Chinese Foreign Ministry spokesperson Mao Ning described the \"constructive\" talks.\n\n"
    "„Wir sind bereit“, sagte er.\n"
)


def test_direct_styles_interrupted_and_inherited() -> None:
    quotes = extract_quotes(DIRECT)
    interrupted = _covering(quotes, DIRECT, "We are ready to talk")
    assert "But not under pressure" in interrupted.text  # one attribution for both parts
    # the frame sits inside the span, so it is not one quotation to put in quote marks
    assert interrupted.kind == "mixed" and interrupted.speaker == "Sergey Lavrov"
    assert interrupted.speaker_title == "Foreign Minister" and interrupted.speaker_affiliation == "Russia"
    inherited = _covering(quotes, DIRECT, "Nobody should doubt it")
    assert inherited.speaker == "Sergey Lavrov"
    anonymous = _covering(quotes, DIRECT, "This will not stand")
    assert anonymous.speaker is None  # "a spokesperson": nobody the article names
    assert DIRECT[anonymous.speaker_start:anonymous.speaker_end] == "a spokesperson"
    guillemets = _covering(quotes, DIRECT, "Europe must stay united")
    assert guillemets.speaker == "Olaf Scholz" and guillemets.speaker_affiliation == "Germany"
    assert guillemets.text == "Europe must stay united."  # the words, without the marks around them
    assert DIRECT[guillemets.start - 1] == "«" and DIRECT[guillemets.end] == "»"
    # a scare quote with no cue is not an attribution
    assert not any("constructive" in q.text for q in quotes)


MULTI = (
    "The ambassador, Jane Whitfield, addressed the council on Tuesday.\n\n"
    "“The situation is grave.\n\n"
    "“We call on both parties to return to the table,” she said.\n\n"
    "According to the ministry, the convoy reached the border at dawn.\n\n"
    "Officials said the border would stay closed until Friday.\n\n"
    "``It is a first step,'' the ambassador said.\n\n"
    "The \"first step\" was welcomed by the United States, where Congress is in recess.\n"
)


def test_multi_paragraph_reported_and_role_nouns() -> None:
    quotes = extract_quotes(MULTI)
    multi = _covering(quotes, MULTI, "The situation is grave")
    assert "return to the table" in multi.text and multi.speaker == "Jane Whitfield"
    assert MULTI[multi.speaker_start:multi.speaker_end] == "she"
    according = _covering(quotes, MULTI, "the convoy reached the border at dawn")
    assert according.cue == "According to" and according.kind == "indirect"
    officials = _covering(quotes, MULTI, "the border would stay closed until Friday")
    assert officials.speaker is None and MULTI[officials.speaker_start:officials.speaker_end] == "Officials"
    backticks = _covering(quotes, MULTI, "It is a first step")
    assert backticks.speaker == "Jane Whitfield"  # "the ambassador" named above
    assert not any(q.cue and q.cue.lower() == "states" for q in quotes)


def test_unresolvable_pronoun_is_not_guessed() -> None:
    text = "Two people met on Friday.\n\n“It went well,” he said.\n"  # written for this test
    (quote,) = extract_quotes(text)
    assert quote.speaker is None and text[quote.speaker_start:quote.speaker_end] == "he"


def test_to_json_keys_and_empty_input() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("No quotes here at all.") == []
    quote = extract_quotes("“We will see,” Lavrov said.")[0]
    assert set(quote.to_json()) == {"text", "start", "end", "kind", "cue", "speaker", "speaker_title",
                                    "speaker_affiliation", "speaker_start", "speaker_end"}


def test_offsets_are_taken_before_any_normalisation() -> None:
    text = "Caf\u00e9 owners met.\r\n\r\n\u00a0“Prices\u00a0are up,” said Ana\u00a0Silva.\r\n"  # written for this test
    (quote,) = extract_quotes(text)
    assert text[quote.start:quote.end] == quote.text == "Prices\u00a0are up,"
    assert text[quote.speaker_start:quote.speaker_end].replace("\u00a0", " ") == "Ana Silva"


@pytest.mark.parametrize(("a", "b"), [("Sergei Lavrov", "Sergey Lavrov"), ("Sergei Lavrov", "sergei lavrov"),
                                      ("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("Alexei Navalny", "Aleksei Navalny"),
                                      ("Emmanuel Macron", "Emmanuel Macron")])
def test_person_key_merges_transliterations(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


def test_person_key_keeps_people_apart() -> None:
    assert person_key("Wang Yi") != person_key("Wang Wenbin")
    assert person_key("Sergei Lavrov") != person_key("Sergei Shoigu")


@pytest.mark.parametrize(("query", "name", "expected"), [
    ("lavrov", "Sergei Lavrov", True), ("Sergey Lavrov", "Sergei Lavrov", True), ("LAVROV", "Sergei Lavrov", True),
    ("wang", "Wang Yi", True), ("wang yi", "Wang Yi", True), ("putin", "Sergei Lavrov", False),
    ("", "Wang Yi", False), ("Wang Wenbin", "Wang Yi", False)])
def test_name_matches(query: str, name: str, expected: bool) -> None:
    assert name_matches(query, name) is expected


# Written for these tests.
REPORTED = (
    "Finnish President Alexander Stubb met reporters in Helsinki on Monday.\n\n"
    "The talks were useful, but Stubb said the sanctions would stay in place until the troops leave.\n\n"
    "Stubb welcomed the offer, saying that both sides had shown a new seriousness about the border.\n\n"
    "The next round, Stubb said, will take place in Geneva before the end of the year.\n\n"
    "The ministry confirmed the date and urged both delegations to keep their positions private.\n\n"
    "“We are ready,” said Stubb, who has led the Finnish side since the first meeting in the spring "
    "and who will chair the next round as well. “Nobody should doubt it.”\n\n"
    "Though she praised the plan, Jane Whitfield said the timetable was far too short for the monitors.\n"
)


def test_reported_speech_in_later_clauses_participles_and_interposed_frames() -> None:
    quotes = extract_quotes(REPORTED)
    but_said = _covering(quotes, REPORTED, "the sanctions would stay in place")
    assert but_said.speaker == "Alexander Stubb" and "The talks were useful" not in but_said.text
    saying = _covering(quotes, REPORTED, "both sides had shown a new seriousness")
    assert saying.speaker == "Alexander Stubb" and saying.cue == "saying"
    interposed = _covering(quotes, REPORTED, "will take place in Geneva")
    assert interposed.text.startswith("The next round") and interposed.speaker == "Alexander Stubb"
    urged = _covering(quotes, REPORTED, "both delegations to keep their positions private")
    assert urged.cue == "urged" and urged.speaker is None  # "The ministry": nobody named
    assert REPORTED[urged.speaker_start:urged.speaker_end] == "The ministry"
    though = _covering(quotes, REPORTED, "the timetable was far too short")
    assert though.speaker == "Jane Whitfield"


def test_a_long_attribution_frame_splits_an_interrupted_quote() -> None:
    quotes = extract_quotes(REPORTED)
    first = _covering(quotes, REPORTED, "We are ready")
    second = _covering(quotes, REPORTED, "Nobody should doubt it")
    assert first is not second and "who has led" not in first.text + second.text
    assert first.speaker == second.speaker == "Alexander Stubb"


# Written for these tests: pronouns whose gender comes from a given name or an honorific.
GENDERED = """Foreign Minister John Carter said the talks would resume next week.

Though she praised the plan, Jane Whitfield said the timing was poor for the region.

Mr. Lee said the deal was fair. He added that the deadline should move.

Ms. Park said the plan was late, and she added that the costs had doubled since spring.
"""


def test_pronouns_follow_gender_and_a_fronted_clause_looks_ahead() -> None:
    quotes = extract_quotes(GENDERED)
    praised = _covering(quotes, GENDERED, "the plan")
    assert praised.cue == "praised" and praised.speaker == "Jane Whitfield"  # never John Carter
    assert _covering(quotes, GENDERED, "the deadline should move").speaker == "Lee"
    assert _covering(quotes, GENDERED, "the costs had doubled").speaker == "Park"


def test_a_she_after_only_men_stays_unattributed() -> None:
    text = "Foreign Minister John Carter said the talks would resume. She added that the venue was not settled.\n"
    added = _covering(extract_quotes(text), text, "the venue was not settled")
    assert added.speaker is None


# Written for these tests: attributions by "called", "described ... as", "asked", "according to"
# with a long source, any verb after a quotation, and an interrupted quote whose frame has a noun cue.
MORE_CUES = """Prime Minister Anna Lindqvist called the agreement “a turning point for the whole region.”

A small band called Northern Lights played at the reception.

Lindqvist described the talks as difficult but necessary for both governments.

Senator Paul Mercer asked the ministers whether the deadline could still be met.

Trade had fallen by a third, according to a report released last week by the Nordic Council, which tracks regional trade.

“Go back to the table and finish the work,” Mercer barked at the delegates.

“It is a good text,” Lindqvist said in reply. “Nobody got everything, and that is how it should be.”
"""


def test_called_described_asked_and_according_to() -> None:
    quotes = extract_quotes(MORE_CUES)
    called = _covering(quotes, MORE_CUES, "a turning point for the whole region")
    assert called.cue == "called" and called.speaker == "Anna Lindqvist"
    assert not any("Northern Lights" in q.text for q in quotes)  # a name given, nobody speaks
    described = _covering(quotes, MORE_CUES, "difficult but necessary")
    assert described.cue == "described" and described.speaker == "Anna Lindqvist"
    asked = _covering(quotes, MORE_CUES, "whether the deadline could still be met")
    assert asked.cue == "asked" and asked.speaker == "Paul Mercer"
    according = _covering(quotes, MORE_CUES, "Trade had fallen by a third")
    assert MORE_CUES[according.speaker_start:according.speaker_end].startswith("a report released last week")
    assert according.speaker is None  # a report, not a person: never guessed


def test_any_verb_after_a_quotation_and_a_frame_with_a_noun_cue() -> None:
    quotes = extract_quotes(MORE_CUES)
    barked = _covering(quotes, MORE_CUES, "Go back to the table")
    assert barked.kind == "direct" and barked.cue == "barked" and barked.speaker == "Paul Mercer"
    reply = _covering(quotes, MORE_CUES, "It is a good text")
    assert "Nobody got everything" in reply.text and reply.speaker == "Anna Lindqvist"


# Written for these tests: pronouns whose nearest earlier subject is someone else than the last speaker.
PRONOUN_SUBJECTS = """Councillor Marta Ruiz said the budget was balanced.

Tomas Berg proposed a new tax on shipping. He suggested cutting the port fees as well.

Prosecutor Helen Vance said the evidence was clear. The head of the city's inspectors told the court the site had not been sealed. She also said "We were called far too late."

"We had our chances in the second half," Pedro Alves said.

Kowalczyk conceded that his side had work to do. "We gave the ball away too often," he said.

Judge Anna Roth heard the appeal. Tomas' sister begged him to stop the treatment, but he replied "I cannot do that."
"""


def test_he_she_take_the_nearest_subject_or_nobody() -> None:
    quotes = extract_quotes(PRONOUN_SUBJECTS)
    # the subject of the sentence before, not the last speaker
    suggested = _covering(quotes, PRONOUN_SUBJECTS, "cutting the port fees")
    assert suggested.speaker == "Tomas Berg"
    # an unnamed person ("the head of the inspectors") stands between: not the prosecutor
    late = _covering(quotes, PRONOUN_SUBJECTS, "We were called far too late")
    assert late.speaker is None
    # a name the article does not resolve stands between: not the earlier speaker
    gave = _covering(quotes, PRONOUN_SUBJECTS, "We gave the ball away too often")
    assert gave.speaker != "Pedro Alves"
    # "Tomas' sister" is the subject, and she is no "he"; never the judge
    cannot = _covering(quotes, PRONOUN_SUBJECTS, "I cannot do that")
    assert cannot.speaker is None


# Written for these tests: organisations as speakers, people of organisations, names and junk.
ORGANISATIONS = """Ingrid Dahl of Nordfjord Fire and Rescue said late on Monday that no crews would enter the hall.

Nordfjord Fire and Rescue said the hall would be demolished next month.

According to the New Zealand Herald, the panel said the flag had never been put to a public vote.

The deal was signed last week, Cyprus Mail reported.

The vessel identified itself as Sea Lotus. Smith told reporters this can happen when ships fish illegally.

Co-developer Lena Park said the source code would be published next year.

Foreign Secretary Marco Ruiz said the talks had stalled. Later Ruiz said the talks would resume in May.

"We will win this seat," said Paul Mercer.

Had I said "the law is fair", nobody would have listened to me.

The relationship between the two Baltic states centers on trade and energy links.

The governor declared a state of emergency on Monday.

The governor declared that all schools would stay closed until Friday.

The governor proposed legislation that would fund the schools through September.
"""


def test_organisations_keep_their_whole_name_and_people_of_them_are_people() -> None:
    quotes = extract_quotes(ORGANISATIONS)
    dahl = _covering(quotes, ORGANISATIONS, "no crews would enter the hall")
    assert dahl.speaker == "Ingrid Dahl" and dahl.speaker_affiliation == "Nordfjord Fire and Rescue"
    assert _covering(quotes, ORGANISATIONS, "would be demolished next month").speaker == "Nordfjord Fire and Rescue"
    herald = _covering(quotes, ORGANISATIONS, "the flag had never been put to a public vote")
    assert herald.speaker in (None, "New Zealand Herald")  # never "Herald"
    assert _covering(quotes, ORGANISATIONS, "The deal was signed last week").speaker == "Cyprus Mail"


def test_speaker_names_are_names() -> None:
    quotes = extract_quotes(ORGANISATIONS)
    assert _covering(quotes, ORGANISATIONS, "when ships fish illegally").speaker in (None, "Smith")
    assert _covering(quotes, ORGANISATIONS, "the source code would be published").speaker == "Lena Park"
    assert _covering(quotes, ORGANISATIONS, "the talks would resume in May").speaker == "Marco Ruiz"  # one person
    assert _covering(quotes, ORGANISATIONS, "We will win this seat").speaker == "Paul Mercer"  # no trailing "."
    speakers = {q.speaker for q in quotes}
    assert not speakers & {"I", "Had I", "Baltic", "Herald", "Mail", "Rescue"}
    assert not any(q.cue == "states" for q in quotes)  # "the two Baltic states" is no speech verb
    assert not any("the law is fair" in q.text for q in quotes)  # "Had I said …": nobody spoke


def test_acts_are_not_speech_unless_words_follow() -> None:
    quotes = extract_quotes(ORGANISATIONS)
    assert not any("state of emergency" in q.text or "fund the schools" in q.text for q in quotes)
    closed = _covering(quotes, ORGANISATIONS, "all schools would stay closed until Friday")
    assert closed.cue == "declared"


# Written for these tests: two speakers in one mention, a role of another country, a noun "state".
MORE_SPEAKERS = """Premier Ann Kolb and Rail chief executive Piet Berg said that no other trains would be stopped.

Brazilian President Joao Lima met the press on Monday. The president of Chile said the border would reopen soon.

Idaho state representative Max Holt was among the candidates for the nomination this year.

The Lost 52 Project announced on Sunday that the wreck was the missing submarine.
"""


def test_two_speakers_roles_of_other_countries_and_noun_states() -> None:
    quotes = extract_quotes(MORE_SPEAKERS)
    trains = _covering(quotes, MORE_SPEAKERS, "no other trains would be stopped")
    assert trains.speaker is None  # two people said it; neither alone
    chile = _covering(quotes, MORE_SPEAKERS, "the border would reopen soon")
    assert chile.speaker is None  # never the president of Brazil named before
    assert not any(q.cue == "state" for q in quotes)
    wreck = _covering(quotes, MORE_SPEAKERS, "the wreck was the missing submarine")
    assert wreck.speaker == "Lost 52 Project"


# Written for these tests: a name used as a modifier, and a narrator between a "she" and a name.
MODIFIERS = """Mayor Karl Brandt toured the harbour on Friday. Former Brandt aide and retired judge Oskar Lind spoke at the rally. This was the first time Lind spoke in public since his pardon. He said "It is good to be back."

Councillor Eva Moll opened the meeting.

I told the clerk that I would wait. She said "The office is closed until noon."
"""


def test_the_head_of_a_subject_is_its_last_name_and_a_narrator_blocks() -> None:
    quotes = extract_quotes(MODIFIERS)
    assert _covering(quotes, MODIFIERS, "It is good to be back").speaker == "Oskar Lind"
    assert _covering(quotes, MODIFIERS, "The office is closed until noon").speaker is None  # never Eva Moll


def test_a_subject_name_followed_by_its_verb_is_the_referent() -> None:
    # Written for this test.
    text = "Coach Ben Ortiz praised the team.\n\nLuka Maric won the award for top scorer. He said \"It felt good out there.\"\n"
    assert _covering(extract_quotes(text), text, "It felt good out there").speaker == "Luka Maric"
    # a capitalised name in the object ("Golden Boot Player") is someone else, or nobody: never the speaker
    text = "Luka Maric won the Golden Boot Player of the Year award. He said \"It felt good out there.\"\n"
    assert _covering(extract_quotes(text), text, "It felt good out there").speaker in (None, "Luka Maric")


def test_occupations_owners_and_roles_are_not_names() -> None:
    # Written for this test.
    text = ("Broadcaster Piers Lund commented that the guests had been very brave.\n\n"
            "The Harbour Trust's Maria Esposito said the pier would reopen in June.\n\n"
            "One of the Vice Presidents said the accord would hold.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the guests had been very brave").speaker == "Piers Lund"
    assert _covering(quotes, text, "the pier would reopen in June").speaker == "Maria Esposito"
    assert _covering(quotes, text, "the accord would hold").speaker is None


def test_a_closing_mark_that_opens_a_paragraph_opens_its_quote() -> None:
    # Written for this test: vox-pop copy with a typo'd opening mark.
    text = "Readers wrote in.\n\n”The debate changed my mind about the tax plan.” ― Rosa Lind\n"
    (quote,) = extract_quotes(text)
    assert quote.text == "The debate changed my mind about the tax plan." and quote.speaker == "Rosa Lind"


def test_the_role_is_the_persons_own_title() -> None:
    # Written for this test: "President-elect" is no "president"; "the Air Force" is nobody's role.
    text = ("President Carl Moss spoke first. President-elect Dana Reyes spoke next.\n\n"
            "The president vowed to keep fighting \"the good fight\" in the courts.\n\n"
            "Facilities near the Naval Air Force's Desert Test range were closed. The Air Force issued warnings, saying it was dangerous.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the good fight").speaker == "Carl Moss"
    assert _covering(quotes, text, "it was dangerous").speaker is None


def test_a_name_inside_a_noun_phrase_is_nobody_to_mean() -> None:
    # Written for this test.
    text = ("Businessman Don Brandt of Ohio ran the company for a decade. During his tenure, the 2010 Upper Creek Mine "
            "disaster killed 29 workers. He blames federal regulators for the disaster.\n")
    blames = _covering(extract_quotes(text), text, "federal regulators")
    assert blames.speaker in (None, "Don Brandt")  # never "Upper Creek Mine"


def test_i_am_is_a_narrator_and_names_inside_words_are_no_mentions() -> None:
    # Written for this test: an interview answer; "ex-Liberal" holds no name.
    text = ("Ana Roth founded the group Liberal Voices.\n\n"
            "I'm like, \"I am ex-Liberal. I left years ago.\" And she, in response, said \"That is fine.\"\n")
    assert _covering(extract_quotes(text), text, "That is fine").speaker is None


def test_an_interrupted_quotation_is_one_span_when_its_frame_speaks_no_more() -> None:
    # Written for this test: the frame holds a relative clause with a cue verb of its own ("who has
    # accused"), but no new speaker; the second part is still the first speaker's.
    text = ('"Do these people read the papers?" said Tom Reed, a delegate who has accused rivals of '
            'harassment. "Are they reading some chain email? I hold them responsible."\n')
    (quote,) = extract_quotes(text)
    assert quote.kind == "mixed" and quote.speaker == "Tom Reed"
    assert quote.text.startswith('"Do these') and quote.text.endswith('responsible."')


def test_a_new_subject_between_two_quotations_splits_them() -> None:
    # Written for this test: "He responds" starts an attribution of its own.
    text = ('"Did we not use the word first?" Clinton writes to Sullivan. He responds, "Yes, but happy to give it '
            'to them."\n')
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].text == "Did we not use the word first?"


def test_participles_take_the_sentence_subject_or_the_name_before_them() -> None:
    # Written for this test.
    text = ("On Thursday, after weeks of silence, Senator Ann Ward endorsed the plan, saying, "
            "\"This is what the country needs.\"\n\n"
            "The ad uses footage of Mark Dole asking, \"Why am I not ahead?\"\n\n"
            "Dole later answered on Facebook writing, \"Yes, I will.\"\n\n"
            "Protesters interrupted the speech, shouting \"You lose!\"\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "what the country needs").speaker == "Ann Ward"
    assert _covering(quotes, text, "Why am I not ahead").speaker == "Mark Dole"
    assert all(q.speaker != "Facebook" for q in quotes)
    assert _covering(quotes, text, "You lose").speaker is None


def test_who_said_is_the_named_antecedents_speech() -> None:
    # Written for this test: "who" stands for the name before it, never for a name inside "of ...".
    text = ("Trump was out-attacking Ted Cruz, who said he would only use the tactic sparingly.\n\n"
            "A new claim came from a woman, a niece of the 2008 opponent Christine Hale, who claimed the senator "
            "insulted her.\n")
    quotes = extract_quotes(text)
    cruz = _covering(quotes, text, "only use the tactic sparingly")
    assert cruz.speaker == "Ted Cruz" and text[cruz.speaker_start:cruz.speaker_end] == "who"
    assert all(q.speaker != "Christine Hale" for q in quotes)


def test_according_to_long_sources_and_polls_after_semicolons() -> None:
    # Written for this test.
    text = ("According to the officer in charge of the agency's field base that night, the scene in the film is "
            "entirely untrue.\n\n"
            "Most voters were undecided; 46 percent said they were unenthusiastic about the election.\n\n"
            "Clinton now leads Trump 46 percent to 39 percent according to a CBS poll released Monday.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "entirely untrue").cue == "According to"
    assert _covering(quotes, text, "unenthusiastic about the election").cue == "said"
    assert _covering(quotes, text, "46 percent to 39 percent").cue == "according to"


def test_a_question_asked_is_speech_with_no_speaker_guessed() -> None:
    # Written for this test: the one asked is never the asker; the asker is left unnamed.
    text = ("Asked on Monday whether he would back the treaty, Rubio said he had not decided.\n\n"
            "Lavrov was asked if Moscow would retaliate.\n\n"
            "When asked about it, she smiled.\n")
    quotes = extract_quotes(text)
    question = _covering(quotes, text, "whether he would back the treaty")
    assert question.speaker is None and question.text == "whether he would back the treaty"
    assert _covering(quotes, text, "he had not decided").speaker == "Rubio"
    assert _covering(quotes, text, "if Moscow would retaliate").speaker is None
    assert not any("about it" in q.text for q in quotes)


def test_a_polls_share_of_voters_says_without_a_named_speaker() -> None:
    # Written for this test: the share of respondents is the source; no person is named for it.
    text = ("About four in 10 Republican primary voters say they want an outsider as the nominee.\n\n"
            "Most of those surveyed said the economy mattered most, however few named a plan.\n")
    quotes = extract_quotes(text)
    outsider = _covering(quotes, text, "they want an outsider")
    assert outsider.speaker is None and text[outsider.speaker_start:outsider.speaker_end].endswith("voters")
    economy = _covering(quotes, text, "the economy mattered most")
    assert economy.text == "the economy mattered most" and economy.speaker is None


def test_a_name_opening_the_sentence_speaks_past_a_description_with_commas() -> None:
    # Written for this test: the description has commas of its own; a list of names names no one speaker.
    text = ("Christopher Harvey, an engineer from Houston, Texas, said the convention was a circus.\n\n"
            "Mr. Slinker, whose firm, Paradata, sells data, said Mr. Trump was a start-up kind of guy.\n\n"
            "However, Even as the race moves on, the race will be tight.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the convention was a circus").speaker == "Christopher Harvey"
    assert _covering(quotes, text, "was a start-up kind of guy").speaker == "Slinker"


def test_topic_and_participle_openers_keep_the_speaker_of_reported_speech() -> None:
    # Written for this test.
    text = ("Of Sanders, McCaskill said many voters would find his label hard to look past.\n\n"
            "Claiming the criticism was unfair, Trump told Fox that the moderators were gaming the system.\n\n"
            "Regarding the emails, the campaign said in a statement: \"Neither involves the secretary.\"\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "would find his label hard").speaker == "McCaskill"
    assert _covering(quotes, text, "the moderators were gaming").speaker == "Trump"
    assert not any(q.text.startswith("in a statement") for q in quotes)


def test_denounced_touted_and_talked_about_take_their_object_as_content() -> None:
    # Written for this test.
    text = ("Foreign Minister Ana Ruiz denounced the border closure in an interview with state radio.\n\n"
            "Ruiz touted her record on trade, and the opposition stayed silent.\n\n"
            "Later, Ruiz talked about the talks with Lisbon.\n\n"
            "The talks resumed after Ruiz spoke. The delegates talked for an hour.\n\n"
            "\"We keep the border open,\" Mayor Rui Costa said after Ruiz spoke. \"Trade goes on.\"\n")
    quotes = extract_quotes(text)
    denounced = _covering(quotes, text, "the border closure")
    assert denounced.cue == "denounced" and denounced.speaker == "Ana Ruiz"
    assert "interview" not in denounced.text  # the circumstance of the speaking is no content
    touted = _covering(quotes, text, "her record on trade")
    assert touted.speaker == "Ana Ruiz" and "opposition" not in touted.text
    assert _covering(quotes, text, "the talks with Lisbon").cue == "talked"
    assert not [q for q in quotes if text.index("The talks resumed") < q.start < text.index("\"We keep")]
    costa = _covering(quotes, text, "We keep the border open")  # "spoke", "talked" alone: no cue
    assert costa.cue == "said" and costa.speaker == "Rui Costa"


def test_an_indefinite_role_is_someone_new_never_an_earlier_person() -> None:
    # Written for this test.
    text = ("Assemblywoman Rosa Vidal said the vote was close.\n\n"
            "A Republican Assemblywoman, Jill Tolles, also commented on the split: \"We must win more seats.\"\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the vote was close").speaker == "Rosa Vidal"
    assert _covering(quotes, text, "We must win more seats").speaker != "Rosa Vidal"


def test_write_is_a_cue_only_with_something_written() -> None:
    # Written for this test.
    text = ("Chess player Lena Moor grew up in Oslo, and she had learned to read and write at a very young age "
            "because her parents were strict.\n\n"
            "Moor wrote that the federation had ignored her. She later wrote in a blog post that she was leaving.\n")
    quotes = extract_quotes(text)
    assert not [q for q in quotes if "young age" in q.text]
    assert _covering(quotes, text, "the federation had ignored her").speaker == "Lena Moor"
    assert _covering(quotes, text, "she was leaving").cue == "wrote"


def test_a_cue_without_content_does_not_take_the_next_clause() -> None:
    # Written for this test.
    text = "Mayor Ana Lopes accused Rui Costa of lying. Costa denied, though Lopes said it is on tape.\n"
    quotes = extract_quotes(text)
    assert not [q for q in quotes if q.speaker == "Rui Costa" and "on tape" in q.text]
    assert _covering(quotes, text, "it is on tape").speaker == "Ana Lopes"


def test_a_quotation_opened_after_the_cue_runs_to_its_closing_mark() -> None:
    # Written for this test.
    text = ('Foreign Minister Ana Ruiz said "The port stays open. Trade goes on." Talks resume in May.\n\n'
            'Governor Rui Costa tweeted his reasoning saying, "Today I signed the law. It protects the coast."\n')
    quotes = extract_quotes(text)
    ruiz = _covering(quotes, text, "The port stays open")
    assert "Trade goes on" in ruiz.text and "Talks resume" not in ruiz.text and ruiz.speaker == "Ana Ruiz"
    costa = _covering(quotes, text, "Today I signed the law")
    assert "It protects the coast" in costa.text and costa.speaker == "Rui Costa"


def test_titles_keep_their_of_phrase_and_names_drop_ranks_and_letters() -> None:
    # Written for this test.
    text = ("Current Director of National Intelligence Rui Costa said the report was accurate.\n\n"
            "Judge Ana Lopes QC said the defendants had shown no remorse.\n\n"
            "GM Lena Moor said the tournament was fair.\n")
    quotes = extract_quotes(text)
    costa = _covering(quotes, text, "the report was accurate")
    assert (costa.speaker, costa.speaker_title) == ("Rui Costa", "Director of National Intelligence")
    lopes = _covering(quotes, text, "shown no remorse")
    assert (lopes.speaker, lopes.speaker_title) == ("Ana Lopes", "Judge")
    assert _covering(quotes, text, "the tournament was fair").speaker == "Lena Moor"


def test_an_organisation_and_role_before_a_name_describe_that_person() -> None:
    # Written for this test.
    text = ("Lisbon Institute for Ocean Research marine biologist Ana Lopes told reporters the reef was dying.\n\n"
            "According to Lisbon Institute for Ocean Research and Engineering, the water warmed by two degrees.\n\n"
            "Lopes said the trend would continue.\n")
    quotes = extract_quotes(text)
    lopes = _covering(quotes, text, "the reef was dying")
    assert (lopes.speaker, lopes.speaker_title, lopes.speaker_affiliation) == (
        "Ana Lopes", "marine biologist", "Lisbon Institute for Ocean Research")
    assert _covering(quotes, text, "the trend would continue").speaker == "Ana Lopes"
    institute = _covering(quotes, text, "warmed by two degrees")
    assert institute.speaker == "Lisbon Institute for Ocean Research and Engineering"


def test_an_inverted_said_frame_introduces_a_quote() -> None:
    # Written for this test.
    text = ("“The port will reopen,” said Ana Lopes, a harbour official.\n\n"
            "Critics doubt it. Said Lopes: “We have the money and the crews.”\n")
    quotes = extract_quotes(text)
    second = _covering(quotes, text, "the money and the crews")
    assert second.kind == "direct"
    assert text[second.speaker_start:second.speaker_end] == "Lopes"
    assert second.speaker == "Ana Lopes"


def test_an_abbreviation_can_end_the_sentence_before_a_new_attribution() -> None:
    # Written for this test.
    text = ("Ana Lopes, who leads the port authority, says the strike hurt trade with the U.S. "
            "She says the docks will reopen on Monday.\n")
    quotes = extract_quotes(text)
    first = _covering(quotes, text, "hurt trade")
    assert "docks" not in first.text
    assert _covering(quotes, text, "the docks will reopen").speaker == "Ana Lopes"


def test_a_question_put_when_asked_is_speech_but_not_a_topic_or_a_poll() -> None:
    # Written for this test: "when asked whether/how …" in an answer's frame is the question, asker unnamed.
    text = ("\"We will see,\" Mayor Rui Costa said when asked whether he would run again.\n\n"
            "When asked how the port would be paid for, Costa said the budget had room.\n\n"
            "When asked about the strike, he smiled.\n\n"
            "A tenth of voters gave no answer when asked whether they trusted the council.\n")
    quotes = extract_quotes(text)
    run = _covering(quotes, text, "whether he would run again")
    assert run.cue == "asked" and run.speaker is None
    assert _covering(quotes, text, "how the port would be paid for").speaker is None
    assert not any("the strike" in q.text for q in quotes)
    assert not any("trusted the council" in q.text for q in quotes)


def test_cited_takes_its_object_and_adjectival_or_act_uses_are_no_speech() -> None:
    # Written for this test: "cite" names what is put forward; "pledged delegates", "maintained
    # his lead", "responded by walking out" say nothing.
    text = ("Mayor Rui Costa cited the budget shortfall as the main reason, and the council voted on it.\n\n"
            "The port closed on Monday, citing a lack of funds.\n\n"
            "The study cited by Costa was old.\n\n"
            "Lopes leads in pledged delegates after the vote.\n\n"
            "Costa maintained his lead in the polls. Lopes maintained that the count was flawed.\n\n"
            "Costa responded by walking out of the chamber.\n")
    quotes = extract_quotes(text)
    cited = _covering(quotes, text, "the budget shortfall as the main reason")
    assert cited.cue == "cited" and cited.speaker == "Rui Costa" and "council" not in cited.text
    assert _covering(quotes, text, "a lack of funds").cue == "citing"
    assert not any("Costa was old" in q.text or "delegates" in q.text for q in quotes)
    assert not any("his lead" in q.text or "walking out" in q.text for q in quotes)
    assert _covering(quotes, text, "the count was flawed").cue == "maintained"


def test_called_with_a_quoted_epithet_is_speech_even_when_the_speaker_is_unclear() -> None:
    # Written for this test: the object and its quoted epithet are the content; no speaker is guessed
    # when the subject is not found, and a thing named ("a site called “X”") or a relative clause
    # inside another report ("a post in which he called …") is left alone.
    text = ("After the vote, a furious Lopes - he had lost by nine seats - called the count “a farce” and walked out.\n\n"
            "Fans set up a website called “Costa For Mayor” last week.\n\n"
            "She shared a post in which he called the port “a relic.”\n")
    quotes = extract_quotes(text)
    farce = _covering(quotes, text, "the count “a farce”")
    assert farce.cue == "called" and "walked" not in farce.text
    assert not any("Costa For Mayor" in q.text and q.kind != "direct" for q in quotes)
    assert not any(q.text.startswith("the port") for q in quotes)


def test_described_takes_its_object_with_or_without_as() -> None:
    # Written for this test: "described X" reports what was said about X; a hypothetical, a gerund
    # or an object followed by a colon (the quotation is the content) is no description of words.
    text = ("Mayor Rui Costa described the flooding in the harbour district.\n\n"
            "Costa described the storm as \"a warning that the sea walls are too low.\"\n\n"
            "Few people would have described Costa as a reformer in 2010.\n\n"
            "Costa described arriving at the harbour at dawn.\n")
    quotes = extract_quotes(text)
    flooding = _covering(quotes, text, "the flooding in the harbour district")
    assert flooding.cue == "described" and flooding.speaker == "Rui Costa"
    storm = _covering(quotes, text, "the storm as")
    assert storm.text.startswith("the storm as") and "sea walls are too low" in storm.text
    assert not any("reformer" in q.text or "at dawn" in q.text for q in quotes)


def test_according_to_after_an_introduction_or_inside_a_short_subject() -> None:
    # Written for this test.
    text = ("In addition, according to the ministry, nearly two million more workers will get the raise.\n\n"
            "But, according to the survey, most farmers remain undecided about the plan.\n\n"
            "The upshot, according to the Lopes aide, is that Costa broke the rules of the debate.\n\n"
            "He left the party after, according to him, the leadership ignored his warnings twice.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "nearly two million more workers").text.startswith("nearly two million")
    assert _covering(quotes, text, "most farmers remain undecided").cue == "according to"
    assert _covering(quotes, text, "The upshot").text.endswith("rules of the debate")
    left = _covering(quotes, text, "the leadership ignored his warnings")
    assert left.text.startswith("the leadership")


def test_verbs_of_judging_and_referred_to_as_take_their_object() -> None:
    # Written for this test: "questioned/slammed/mocked X" report what was said of X; "referred to X
    # as Y" is a naming; "mocked each other", "a mock trial" and a bare "referred to" say nothing.
    text = ("Senator Ana Ruiz questioned the mayor's judgment on the port deal.\n\n"
            "Ruiz slammed the budget as reckless for cutting school funds, and the council adjourned.\n\n"
            "Mayor Rui Costa referred to the protesters as \"my neighbours\" and thanked them.\n\n"
            "Costa referred to the vote in passing. The two men mocked each other at times.\n\n"
            "The students held a mock trial of the mayor.\n")
    quotes = extract_quotes(text)
    judged = _covering(quotes, text, "the mayor's judgment on the port deal")
    assert judged.cue == "questioned" and judged.speaker == "Ana Ruiz"
    assert _covering(quotes, text, "the budget as reckless").text == "the budget as reckless"
    neighbours = _covering(quotes, text, "the protesters as")
    assert neighbours.cue == "referred" and "thanked" not in neighbours.text
    assert not any("in passing" in q.text or "each other" in q.text or "trial" in q.text for q in quotes)


def test_assured_and_told_skip_the_one_addressed_and_where() -> None:
    # Written for this test.
    text = ("Mayor Rui Costa assured his supporters the port would reopen in May.\n\n"
            "Costa tells his supporters at a rally in Porto to “vote early and bring a friend.”\n\n"
            "Lopes is assured of a majority in the council.\n")
    quotes = extract_quotes(text)
    assured = _covering(quotes, text, "the port would reopen in May")
    assert assured.cue == "assured" and assured.text.startswith("the port") and assured.speaker == "Rui Costa"
    assert _covering(quotes, text, "vote early and bring a friend").text.startswith("to “vote early")
    assert not any("majority" in q.text for q in quotes)


def test_proposed_takes_its_object_and_object_cues_do_not_jump_to_a_later_that() -> None:
    # Written for this test.
    text = ("Mayor Rui Costa proposed a new levy on cruise ships.\n\n"
            "Costa urged ministers to protect the harbour that has served the city for centuries.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "a new levy on cruise ships")
    assert levy.cue == "proposed" and levy.speaker == "Rui Costa"
    urged = _covering(quotes, text, "ministers to protect the harbour")
    assert urged.text.startswith("ministers to protect")


def test_a_cue_in_a_fronted_clause_ends_at_its_comma() -> None:
    # Written for this test: "When X announced Y, <main clause>": Y only.
    text = ("When the mayor announced 6,000 layoffs last spring, some workers felt betrayed by the council.\n\n"
            "A few weeks after Costa said the port would stay open, the ministry closed it.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "6,000 layoffs").text == "6,000 layoffs last spring"
    assert _covering(quotes, text, "the port would stay open").text == "the port would stay open"


def test_a_trailing_according_to_reports_only_the_last_clause() -> None:
    # Written for this test.
    text = ("The port is still the city's biggest employer, with 4,000 jobs on the docks, according to the "
            "harbour authority.\n\n"
            "Costa praised the ministry's plan, and Lopes backed the new levy, according to people at the meeting.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "4,000 jobs on the docks").text == "4,000 jobs on the docks"
    assert _covering(quotes, text, "Lopes backed the new levy").text == "Lopes backed the new levy"


def test_a_relative_clause_naming_something_in_a_quotation() -> None:
    # Written for this test: the relative clause is the content, its subject the speaker.
    text = ("The city braces for what Mayor Rui Costa called “the longest winter in memory.”\n\n"
            "Lopes attacked the levy, which she described as “a tax on sailors.”\n")
    quotes = extract_quotes(text)
    winter = _covering(quotes, text, "the longest winter in memory")
    assert winter.text.startswith("what Mayor Rui Costa called") and winter.speaker == "Rui Costa"
    levy = _covering(quotes, text, "a tax on sailors")
    assert levy.text.startswith("which she described as") and levy.cue == "described"


def test_a_quoted_epithet_ends_the_naming() -> None:
    # Written for this test.
    text = "In a late-night post, Costa called Lopes the “captain of chaos,” linking to a report on the port.\n"
    quotes = extract_quotes(text)
    named = _covering(quotes, text, "captain of chaos")
    assert named.cue == "called" and "linking" not in named.text


def test_as_reported_by_names_a_source_like_according_to() -> None:
    # Written for this test.
    text = "As reported by the Harbour Gazette, the port lost a third of its traffic last year.\n"
    quotes = extract_quotes(text)
    lost = _covering(quotes, text, "the port lost a third of its traffic")
    assert lost.text.startswith("the port") and text[lost.speaker_start:lost.speaker_end] == "the Harbour Gazette"


def test_a_participle_after_a_quotations_frame_shares_its_speaker() -> None:
    # Written for this test.
    text = "“The harbour is our future,” said Rui Costa, the mayor of the port city, noting that trade had doubled.\n"
    quotes = extract_quotes(text)
    noting = _covering(quotes, text, "trade had doubled")
    assert noting.cue == "noting" and noting.speaker == "Rui Costa"


def test_a_pledge_to_do_something_quoted_keeps_its_infinitive() -> None:
    # Written for this test.
    text = "Mayor Rui Costa pledged to keep the port “open to every ship that needs it.”\n"
    quotes = extract_quotes(text)
    pledge = _covering(quotes, text, "open to every ship")
    assert pledge.cue == "pledged" and pledge.text.startswith("to keep the port")


def test_an_opening_question_stands_beside_a_quoted_answer() -> None:
    # Written for this test.
    text = "When asked why the port closed early, Costa said, “We had no choice” about the timing.\n"
    quotes = extract_quotes(text)
    question = _covering(quotes, text, "why the port closed early")
    assert question.cue == "asked" and question.speaker is None
    assert _covering(quotes, text, "We had no choice").speaker == "Costa"


def test_asked_for_takes_what_was_requested() -> None:
    # Written for this test.
    text = "Mayor Rui Costa asked the ministry for an emergency grant to repair the docks.\n"
    quotes = extract_quotes(text)
    grant = _covering(quotes, text, "an emergency grant")
    assert grant.cue == "asked" and grant.speaker == "Rui Costa"


def test_by_saying_reports_speech_of_the_clauses_subject() -> None:
    # Written for this test.
    text = "Mayor Rui Costa ended the meeting by telling the council that the port would reopen in May.\n"
    quotes = extract_quotes(text)
    reopen = _covering(quotes, text, "the port would reopen in May")
    assert reopen.cue == "telling" and reopen.speaker == "Rui Costa"


def test_a_participle_after_a_trailing_frame_is_speech_of_the_same_source() -> None:
    # Written for this test.
    text = "The port will close for a month, the Harbour Gazette reported, citing two officials at the ministry.\n"
    quotes = extract_quotes(text)
    cited = _covering(quotes, text, "two officials at the ministry")
    assert cited.cue == "citing" and text[cited.speaker_start:cited.speaker_end] == "the Harbour Gazette"


def test_a_participle_between_a_name_and_its_verb() -> None:
    # Written for this test.
    text = "The Gazette, citing two port officials, said the ferry service would end in May.\n"
    quotes = extract_quotes(text)
    cited = _covering(quotes, text, "two port officials")
    assert cited.cue == "citing" and cited.text == "two port officials"
    assert _covering(quotes, text, "the ferry service would end").cue == "said"


def test_states_is_a_verb_only_before_that() -> None:
    # Written for this test.
    text = ("Several Southern states remained too close to call on Tuesday night.\n\n"
            "The charter is old. It states that the port belongs to the city.\n")
    quotes = extract_quotes(text)
    assert not any("too close to call" in q.text for q in quotes)
    assert _covering(quotes, text, "the port belongs to the city").cue == "states"


def test_what_x_calls_y_without_quotation_marks() -> None:
    # Written for this test.
    text = "Costa has made ending what he calls harbour cronyism the centre of his campaign.\n"
    quotes = extract_quotes(text)
    named = _covering(quotes, text, "harbour cronyism")
    assert named.text.startswith("what he calls") and named.cue == "calls"


def test_a_relative_clause_with_a_speaker_inside() -> None:
    # Written for this test.
    text = ("Costa praised the harbour board, which he argued keeps the port honest and open.\n\n"
            "The ruling hurt Lopes, whose lawyers argued that the contract was void from the start.\n\n"
            "The new levy, which Lisbon has vowed to ignore for now, starts in May.\n")
    quotes = extract_quotes(text)
    board = _covering(quotes, text, "keeps the port honest")
    assert board.text.startswith("which he argued") and board.cue == "argued"
    void = _covering(quotes, text, "the contract was void")
    assert void.text.startswith("the contract") and text[void.speaker_start:void.speaker_end] == "lawyers"
    assert not any("to ignore" in q.text for q in quotes)


def test_a_promise_made_at_a_rally_keeps_its_infinitive() -> None:
    # Written for this test.
    text = "Costa promised Sunday at a rally in Porto to end “the harbour giveaway.”\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour giveaway").text.startswith("to end")


def test_with_a_name_and_a_participle() -> None:
    # Written for this test.
    text = "The vote split the council, with Mayor Rui Costa telling reporters the port deal was dead.\n"
    quotes = extract_quotes(text)
    dead = _covering(quotes, text, "the port deal was dead")
    assert dead.cue == "telling" and dead.speaker == "Rui Costa"
