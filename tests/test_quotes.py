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
    text = ('"Did we not name the boat first?" Ana Reis writes to Rui Lopes. He responds, "Yes, but glad to let '
            'them have it."\n')
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].text == "Did we not name the boat first?"


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
            "Costa now leads Silva 44 percent to 37 percent according to a Porto poll released Monday.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "entirely untrue").cue == "According to"
    assert _covering(quotes, text, "unenthusiastic about the election").cue == "said"
    assert _covering(quotes, text, "44 percent to 37 percent").cue == "according to"


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


def test_reported_content_ends_where_the_main_clause_or_a_comparison_starts() -> None:
    # Written for this test.
    text = ("While Mayor Tom Reed said that the bridge would reopen in May, his deputy appears less certain of it.\n\n"
            "About 40 percent of residents said they trusted the council, compared with 55 percent a year ago.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the bridge would reopen").text == "the bridge would reopen in May"
    assert _covering(quotes, text, "they trusted").text == "they trusted the council"
    text = "Years after the mayor claimed that the deficit was gone, his successor raised taxes again.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the deficit").text == "the deficit was gone"
    text = "The plan needs the chairman, and while he said he would hold a vote, it is unlikely to pass this year.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "he would hold a vote").text == "he would hold a vote"
    text = ("The union said the depot would close in June, a move that workers strongly oppose.\n\n"
            "Senator Hale said the tax was unfair, and he attacked the treasurer for ignoring farmers.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the depot").text == "the depot would close in June"
    assert _covering(quotes, text, "the tax was unfair").text == "the tax was unfair"
    text = "The minister said she had never met Karl Odum, the businessman at the center of the inquiry.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she had never met").text == "she had never met Karl Odum"
    text = "The senator says she will vote for the bill but has withheld her support for the amendment.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she will vote").text == "she will vote for the bill"
    text = "The coach says the team is ready as it heads into the final week of the season.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the team is ready").text == "the team is ready"


def test_a_joined_clause_with_its_own_subject_and_cue_is_a_second_attribution() -> None:
    # Written for this test.
    text = ("Several mayors have said they will skip the summit and others have said they are still undecided.\n\n"
            "Governor Ann Pike said the budget was balanced, and other party leaders said it relied on one-off sales.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "they will skip").text == "they will skip the summit"
    assert _covering(quotes, text, "they are still undecided").text == "they are still undecided"
    assert _covering(quotes, text, "the budget was balanced").text == "the budget was balanced"
    assert _covering(quotes, text, "it relied on").text == "it relied on one-off sales"
    text = "One in three said the fares were too high and one in four said the buses were often late.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the fares").text == "the fares were too high"
    assert _covering(quotes, text, "the buses").text == "the buses were often late"


def test_reported_content_ends_before_a_later_quotation_and_its_participle_frame() -> None:
    # Written for this test.
    text = ('Judge Ray Moss said the ruling recalls the old novel "Bleak House," explaining, '
            '"because nobody ever wins these cases."\n')
    quotes = extract_quotes(text)
    reported = _covering(quotes, text, "the ruling recalls")
    assert reported.text == 'the ruling recalls the old novel "Bleak House,"' and reported.speaker == "Ray Moss"
    assert _covering(quotes, text, "because nobody").kind == "direct"


def test_a_dash_aside_and_a_second_that_clause_stay_in_reported_content() -> None:
    # Written for this test.
    text = ("The mayor said the new lanes - which opened in March - have cut commuting times.\n\n"
            "The auditor predicted that costs would rise this year, but that savings would follow in 2027.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the new lanes").text.endswith("have cut commuting times")
    assert _covering(quotes, text, "costs would rise").text.endswith("savings would follow in 2027")


def test_the_object_of_praise_ends_before_a_participle_phrase() -> None:
    # Written for this test.
    text = "Mayor Lin praised the council's housing plan, crediting it with ending a decade of shortages.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "housing plan").text == "the council's housing plan"
    text = "Senator Ruiz praised Okafor, saying he was the most capable minister in decades.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Okafor").text == "Okafor"
    assert _covering(quotes, text, "the most capable").speaker == "Ruiz"


def test_a_comma_inside_closing_quotation_marks_still_ends_reported_content() -> None:
    # Written for this test.
    text = 'The governor said the old budget was "a disgrace," noting that two hospitals had closed.\n'
    quotes = extract_quotes(text)
    first = _covering(quotes, text, "the old budget")
    assert first.text == 'the old budget was "a disgrace,"'
    assert _covering(quotes, text, "two hospitals had closed").text == "two hospitals had closed"


def test_a_trailing_frame_with_only_circumstances_after_it() -> None:
    # Written for this test.
    text = "Business was slow all week, the vendor said, wiping rain off his cart.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Business was slow").text == "Business was slow all week"


def test_a_trailing_according_to_vouches_for_the_last_clause() -> None:
    # Written for this test.
    text = ("Ticket sales rose sharply in the spring, and the club made a profit for the first time, "
            "according to its annual report.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the club made a profit").text == "the club made a profit for the first time"
def test_sentence_adverbs_time_phrases_and_participles_open_before_the_speaker() -> None:
    # Written for this test: the opening phrase ends in a comma, then the speaker and the cue.
    text = ("Similarly, Bennett said the plan would fail.\n\n"
            "A month later, however, Rubio said he was open to a compromise.\n\n"
            "Pressed by the host, Mr. Lavrov said Moscow had no such plans.\n\n"
            "Costa now leads Silva 1,210 to 1,084 in pledged delegates across the country.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the plan would fail").speaker == "Bennett"
    assert _covering(quotes, text, "he was open to a compromise").speaker == "Rubio"
    assert _covering(quotes, text, "Moscow had no such plans").speaker == "Lavrov"
    assert not any("delegates" in q.text for q in quotes)


def test_a_dateline_before_the_speaker_is_skipped() -> None:
    # Written for this test: news-agency datelines open the first paragraph.
    text = ("WASHINGTON (Reuters) - Foreign Minister Wang Yi said the talks would resume in May.\n\n"
            "GENEVA, Switzerland (AP) — Sergei Lavrov says Moscow will send a delegation.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the talks would resume in May").speaker == "Wang Yi"
    assert _covering(quotes, text, "Moscow will send a delegation").speaker == "Sergei Lavrov"


def test_a_speaker_with_age_party_tag_title_or_aside_before_the_cue() -> None:
    # Written for this test: descriptions between the name and "said", and a title before the name.
    text = ("Dana Whitfield, 34, a nurse from Reno, said the clinic would close.\n\n"
            "Sen. Paul Avery, R-Ohio, a member of the panel, said the bill was dead.\n\n"
            "Ohio's governor, Mark Ellison, a Republican, said he had voted early.\n\n"
            "Chris Murphy, though, said he would wait.\n\n"
            "County Chairman Will Ortega, for example, said turnout was high.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the clinic would close").speaker == "Dana Whitfield"
    assert _covering(quotes, text, "the bill was dead").speaker == "Paul Avery"
    assert _covering(quotes, text, "he had voted early").speaker == "Mark Ellison"
    assert _covering(quotes, text, "he would wait").speaker == "Chris Murphy"
    assert _covering(quotes, text, "turnout was high").speaker == "Will Ortega"


def test_a_group_before_who_says_is_the_speaker_of_its_relative_clause() -> None:
    # Written for this test: "who" stands for a group or an unnamed person, not a name.
    text = ("The mayor dismissed critics who say the budget is a money pit.\n\n"
            "Clinton led among the 40 percent who said the economy mattered most.\n\n"
            "Those who said they were undecided tended to stay home.\n")
    quotes = extract_quotes(text)
    money = _covering(quotes, text, "the budget is a money pit")
    assert money.text == "the budget is a money pit" and text[money.speaker_start:money.speaker_end] == "who"
    assert _covering(quotes, text, "the economy mattered most").speaker is None
    assert not any("undecided" in q.text for q in quotes)


def test_poll_shares_after_a_colon_or_in_which_and_spelled_out_numbers() -> None:
    # Written for this test.
    text = ("On trade they split: 41% say tariffs help workers.\n\n"
            "Sixty-two percent of registered voters say the country is on the wrong track.\n\n"
            "It is a race in which 55 percent of voters say neither candidate is honest.\n")
    quotes = extract_quotes(text)
    for phrase, source in (("tariffs help workers", "41%"),
                           ("the country is on the wrong track", "Sixty-two percent of registered voters"),
                           ("neither candidate is honest", "55 percent of voters")):
        q = _covering(quotes, text, phrase)
        assert q.speaker is None and text[q.speaker_start:q.speaker_end] == source


def test_content_after_said_that_and_a_pronoun_right_after_the_cue() -> None:
    # Written for this test.
    text = ("Wang Yi said that over the past week he has begun “to clarify the record” of the talks.\n\n"
            "Sergei Lavrov said he saw no reason to change course, telling reporters that Moscow was patient.\n")
    quotes = extract_quotes(text)
    week = _covering(quotes, text, "over the past week he has begun")
    assert week.speaker == "Wang Yi" and week.text.startswith("over the past week")
    reason = _covering(quotes, text, "he saw no reason to change course")
    assert reason.speaker == "Sergei Lavrov" and reason.text.startswith("he saw no reason")


def test_a_subject_with_a_relative_clause_or_participle_speaks_unnamed() -> None:
    # Written for this test: the whole phrase is the speaker mention, no name to resolve.
    text = ("Still, analysts who have studied the accord say it could be doing more.\n\n"
            "People briefed on the talks said the meeting had been postponed.\n\n"
            "The senator attacked Republicans who have opposed him on trade.\n")
    quotes = extract_quotes(text)
    more = _covering(quotes, text, "it could be doing more")
    assert more.speaker is None and text[more.speaker_start:more.speaker_end] == "analysts who have studied the accord"
    talks = _covering(quotes, text, "the meeting had been postponed")
    assert text[talks.speaker_start:talks.speaker_end] == "People briefed on the talks"
    assert not any("on trade" in q.text for q in quotes)


def test_a_participle_or_shared_verb_takes_a_described_sentence_subject() -> None:
    # Written for this test: the sentence opens with a name and its description before the verb.
    text = ("Dana Whitfield, the county's longtime nurse, backed the plan on Monday, saying it would save lives.\n\n"
            "Sen. Paul Avery, R-Ohio, who faces a tough race, dropped his support, saying the bill was dead.\n\n"
            "Ohio's party leader, Mark Ellison, voiced support for the deal, saying it was fair.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "it would save lives").speaker == "Dana Whitfield"
    assert _covering(quotes, text, "the bill was dead").speaker == "Paul Avery"
    assert _covering(quotes, text, "it was fair").speaker == "Mark Ellison"


def test_a_relative_clause_framed_by_a_cue_is_its_speakers_content() -> None:
    # Written for this test: the relativizer opens the content, the subject before the cue speaks.
    text = ("Wang Yi praised the agreement, which he said would reduce tensions in the region.\n\n"
            "The ministry pointed to an incident that Sergei Lavrov says started the dispute.\n\n"
            "He argued that Lavrov said the talks had failed.\n\n"
            "Lavrov, who has publicly argued for a truce, left early.\n")
    quotes = extract_quotes(text)
    tensions = _covering(quotes, text, "would reduce tensions")
    assert tensions.text == "which he said would reduce tensions in the region" and tensions.speaker == "Wang Yi"
    dispute = _covering(quotes, text, "started the dispute")
    assert dispute.text == "that Sergei Lavrov says started the dispute" and dispute.speaker == "Sergei Lavrov"
    assert _covering(quotes, text, "the talks had failed").text == "Lavrov said the talks had failed"  # argued's
    assert not any(q.text.startswith("who has") for q in quotes)


def test_a_participle_after_a_quote_frame_or_by_saying_keeps_the_speaker() -> None:
    # Written for this test.
    text = ("“We will not give up,” Sergei Lavrov said, adding that Moscow had other options.\n\n"
            "Wang Yi ended the dispute by saying the islands were never for sale.\n\n"
            "The treaty is popular, with 61 percent of voters saying they back it.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Moscow had other options").speaker == "Sergei Lavrov"
    assert _covering(quotes, text, "the islands were never for sale").speaker == "Wang Yi"
    back = _covering(quotes, text, "they back it")
    assert back.speaker is None and text[back.speaker_start:back.speaker_end] == "61 percent of voters"


def test_a_dash_aside_agency_dateline_or_hyphenated_adjective_before_the_speaker() -> None:
    # Written for this test.
    text = ("Dana Whitfield — a nurse from Reno — says the clinic will close.\n\n"
            "GENEVA, Switzerland.\n(AP) — Foreign Minister Wang Yi says the talks will resume.\n\n"
            "A soft-spoken Lavrov said Moscow was ready.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the clinic will close").speaker == "Dana Whitfield"
    assert _covering(quotes, text, "the talks will resume").speaker == "Wang Yi"
    assert text[_covering(quotes, text, "Moscow was ready").speaker_start:].startswith("A soft-spoken Lavrov")


def test_unnamed_described_speakers_labels_and_stray_commas() -> None:
    # Written for this test.
    text = ("The lawmaker, who represents a district in Ohio, said the vote was rigged.\n\n"
            "The ministry's office, when contacted by reporters, said the minister was traveling.\n\n"
            "That official said the deal was off.\n\n"
            "Trade talks: Wang Yi, whose ministry leads the talks, said tariffs would fall.\n\n"
            "Sen. Paul Avery (R-Ohio), said after a lunch that he would vote no.\n\n"
            "Initially, state regulators rejected the plan.\n")
    quotes = extract_quotes(text)
    rigged = _covering(quotes, text, "the vote was rigged")
    assert text[rigged.speaker_start:rigged.speaker_end] == "The lawmaker"
    traveling = _covering(quotes, text, "the minister was traveling")
    assert text[traveling.speaker_start:traveling.speaker_end] == "The ministry's office"
    assert text[_covering(quotes, text, "the deal was off").speaker_start:].startswith("That official")
    assert _covering(quotes, text, "tariffs would fall").speaker == "Wang Yi"
    assert _covering(quotes, text, "he would vote no").speaker == "Paul Avery"
    assert not any("regulators" in q.text or q.cue == "state" for q in quotes)


def test_whose_and_which_subjects_and_adverb_openers() -> None:
    # Written for this test.
    text = ("The court ruled against the firm, whose lawyers argued that the files were private.\n\n"
            "The request came from the Foreign Ministry, which argued that the treaty was void.\n\n"
            "More specifically, Wang Yi suggested the talks move to Geneva.\n\n"
            "The former minister, who left office in May, noted that the budget was short.\n")
    quotes = extract_quotes(text)
    files = _covering(quotes, text, "the files were private")
    assert text[files.speaker_start:files.speaker_end] in ("whose lawyers", "lawyers")
    assert _covering(quotes, text, "the treaty was void").text == "the treaty was void"
    assert _covering(quotes, text, "the talks move to Geneva").speaker == "Wang Yi"
    short = _covering(quotes, text, "the budget was short")
    assert text[short.speaker_start:short.speaker_end] == "The former minister"


def test_a_shared_subject_with_a_party_tag_or_an_unnamed_spokesman() -> None:
    # Written for this test.
    text = ("In a statement, Sen. Paul Avery (R) blasted the board and said the plan was reckless.\n\n"
            "A spokesman for the Foreign Ministry declined to comment on the talks but said the visit would go ahead.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the plan was reckless").speaker == "Paul Avery"
    visit = _covering(quotes, text, "the visit would go ahead")
    assert text[visit.speaker_start:visit.speaker_end] == "A spokesman for the Foreign Ministry"
def test_quotation_marks_of_mixed_styles_pair_up() -> None:
    # Written for this test: copy that mixes curly and straight marks, or types “ for ”.
    text = ("“The roads are crumbling,\" she said. \"The grid fails in every storm.”\n\n"
            "\"The budget is a fiction,” said Lena Ortiz, a county treasurer. \"Nobody believes it.\"\n\n"
            "“It was unusual,“ said Omar Field, a lawyer. “Nobody does it that way.”\n\n"
            "“He said \"never\" twice,” Field said.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "The grid fails").cue == "said"
    assert _covering(quotes, text, "Nobody believes it").speaker == "Lena Ortiz"
    assert _covering(quotes, text, "It was unusual").speaker == "Omar Field"
    assert _covering(quotes, text, "Nobody does it that way").speaker == "Omar Field"
    assert _covering(quotes, text, "twice").text == "He said \"never\" twice,"


def test_a_long_description_after_said_names_the_speaker() -> None:
    # Written for this test: '“…,” said <description>' where the description has no name.
    text = ("“We lost a day, maybe two,” said one former senior agency official.\n\n"
            "“It will be hard to do in time,” said a longtime party data expert who has worked for a rival.\n\n"
            "“The vote is close,” said undecided voter Mara Quist of Dover, before the rally.\n")
    quotes = extract_quotes(text)
    assert text[_covering(quotes, text, "We lost a day").speaker_start:].startswith("one former senior agency official.")
    assert text[_covering(quotes, text, "hard to do").speaker_start:].startswith("a longtime party data expert who")
    assert _covering(quotes, text, "The vote is close").speaker == "Mara Quist"


def test_a_colon_frame_after_an_opening_phrase_attributes_its_quotation() -> None:
    # Written for this test: 'A short time later, X wrote back: “…”', 'Continued X: “…”'.
    text = ("Mayor Ida Crane answered first.\n\n"
            "A short time later, Ms. Crane wrote back: “We all have the file on our desks.”\n\n"
            "Asked whether the town should pay, Mr. Osei shot back: “That would be good.”\n\n"
            "Regarding the letters, the campaign said in a statement: “Neither letter involves the mayor.”\n\n"
            "Continued Osei: “So I think it is a real problem.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "We all have the file").speaker == "Ida Crane"
    assert _covering(quotes, text, "That would be good").speaker == "Osei"
    assert text[_covering(quotes, text, "Neither letter").speaker_start:].startswith("the campaign said")
    assert _covering(quotes, text, "So I think").speaker == "Osei"


def test_frames_before_a_quotation_with_loose_subjects_or_long_circumstances() -> None:
    # Written for this test: subjects no phrase parser takes, and long circumstance phrases.
    text = ("Talk-show host Noel Gray spoke after the vote. A flabbergasted Gray quipped, “It is like a lawyer with a bad client.”\n\n"
            "The debate grew so heated over who backed which bill that Gov. Tom Reese said, “I need a translator.”\n\n"
            "Sen. Rita Vale, D-Ore., said in a newspaper column ahead of a 2019 Senate hearing, “The department failed twice.”\n\n"
            "Mr. Reese seemed to mock the plan, saying at one point, “The answer is not to yell.”\n\n"
            "As the Herald's Mia Stone puts it, “Senators are unmoved.”\n\n"
            "Lena Ortiz said she recalled thinking, “This is what people talk about.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "a lawyer with a bad client").speaker == "Noel Gray"
    assert _covering(quotes, text, "I need a translator").speaker == "Tom Reese"
    assert _covering(quotes, text, "The department failed").speaker == "Rita Vale"
    assert _covering(quotes, text, "not to yell").speaker == "Tom Reese"
    assert _covering(quotes, text, "Senators are unmoved").speaker == "Mia Stone"
    assert _covering(quotes, text, "what people talk about").speaker == "Lena Ortiz"


def test_attributions_after_a_quotation_inverted_or_without_its_comma() -> None:
    # Written for this test: '," remembered Name', 'said Will …' (a name, not a modal), a lost comma.
    text = ("\"Analysts told her not to do it, and she proved them wrong,\" remembered Roy Vance, the firm's spokesman.\n\n"
            "\"It is a pretty expensive business model,\" said Will Dorn, a professor of economics.\n\n"
            "\"As a landlord, she pushed a lot of tenants out of town too\" Ned Sweet said after the event.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she proved them wrong").speaker == "Roy Vance"
    assert _covering(quotes, text, "expensive business model").speaker == "Will Dorn"
    assert _covering(quotes, text, "out of town too").speaker == "Ned Sweet"


def test_a_sentence_ending_in_a_colon_gives_its_subject_the_quotation() -> None:
    # Written for this test: a subject, any verb phrase, a colon, then the quotation.
    text = ("Mayor Ida Crane spoke at noon.\n\n"
            "She then addressed the volunteers again: “Here is what I regret. Nobody listened.”\n\n"
            "Council leader Omar Field, D-Dover, delivered a blunt message to the mayor: “It is time to stop.”\n\n"
            "The schedule was so odd that nobody could explain it: “Christmas Eve was booked.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Here is what I regret").speaker == "Ida Crane"
    assert _covering(quotes, text, "It is time to stop").speaker == "Omar Field"
    assert _covering(quotes, text, "Christmas Eve was booked").speaker is None  # words said, by nobody named


def test_a_quotation_ending_in_a_nested_quote_or_a_full_stop_keeps_its_attribution() -> None:
    # Written for this test: NYT-style ''…'' with a nested '…' at the end, a full stop before the frame.
    text = ("''Voters will not be satisfied with 'We will win it all,''' said Senator Ann Lowe of Utah.\n\n"
            "“If you are listening, I hope you find the missing files.” Dan Pruitt said.\n\n"
            "“I can name only two results, and both are old,” Ned Cole answers.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Voters will not be satisfied").speaker == "Ann Lowe"
    assert _covering(quotes, text, "find the missing files").speaker == "Dan Pruitt"
    assert _covering(quotes, text, "both are old").speaker == "Ned Cole"


def test_what_someone_called_a_quoted_phrase_is_their_quotation() -> None:
    # Written for this test: "called (object) “…”" closing the sentence; "so-called" is nobody's.
    text = ("The port hoped to shed what Ada Brill called \"a perception problem.\"\n\n"
            "Mayor Tom Reese called the delays \"unacceptable.\"\n\n"
            "The so-called \"harbour plan\" was shelved.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "a perception problem").speaker == "Ada Brill"
    assert _covering(quotes, text, "unacceptable").speaker == "Tom Reese"
    assert not [q for q in quotes if "harbour plan" in q.text]


def test_a_frame_with_a_noun_like_cue_and_a_quotation_left_open() -> None:
    # Written for this test: "a dozen states" is no new speaker; a dropped closing mark at paragraph end.
    text = ("“The plan is not my favourite,” Mayor Ida Crane told reporters on Tuesday, when a dozen states held votes. "
            "“But it may be the only way to stop the closure.”\n\n"
            "“The port is unlike any we have seen,” said Omar Field. “Its future defies all the forecasts.\n\n"
            "Field spoke next.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the only way to stop").speaker == "Ida Crane"
    assert _covering(quotes, text, "defies all the forecasts").speaker == "Omar Field"


def test_a_bare_cue_sentence_gives_the_next_quotation_its_speaker() -> None:
    # Written for this test: "X agreed." then the quotation; a sentence with content keeps its content, and
    # the quotation after it goes on in the same speaker's words.
    text = ("Harbour economist Dana Reyes agreed. \"Ferry fares are running out of room to rise.\"\n\n"
            "Mayor Ida Crane said the fares would rise. \"Nobody likes it.\"\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Ferry fares are running").speaker == "Dana Reyes"
    crane = _covering(quotes, text, "the fares would rise")
    assert crane.kind == "indirect" and "Nobody" not in crane.text and crane.speaker == "Ida Crane"
    assert _covering(quotes, text, "Nobody likes it").speaker == "Ida Crane"


def test_and_said_and_a_statement_saying_take_the_sentence_subject() -> None:
    # Written for this test: "X laughed and said, “…”", "X released a statement saying, “…”".
    text = ("When asked whether the ferry would run, Mayor Ida Crane laughed and said, “We will see.”\n\n"
            "At the time, Councillor Omar Field released a statement saying, “The port is a trusted partner.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "We will see").speaker == "Ida Crane"
    assert _covering(quotes, text, "a trusted partner").speaker == "Omar Field"


def test_speaker_lines_and_said_before_adding() -> None:
    # Written for this test: transcript-style "Name: “…”", "X said before adding: “…”", a title-case headline.
    text = ("Rep. Dana Reyes (D-Ore.): \"I have not heard anyone else cite that figure.\"\n\n"
            "PORT TRAFFIC FALLS AGAIN - Omar J. Field: “Ferry traffic fell for the third month in a row.”\n\n"
            "\"The ferry will run,\" Ida Crane said before adding: \"Though the budget may not allow it.\"\n\n"
            "Crane Visits Harbour Office: ‘This Cannot Continue’\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "cite that figure").speaker == "Dana Reyes"
    assert _covering(quotes, text, "third month in a row").speaker == "Omar J. Field"
    assert _covering(quotes, text, "budget may not allow").speaker == "Ida Crane"
    assert not [q for q in quotes if "Cannot Continue" in q.text]


def test_a_participle_takes_the_subject_of_its_clause_past_an_appositive() -> None:
    # Written for this test: "X, a description, <verb> …, telling them, “…”".
    text = ("Ida Crane, vice chair of the harbour board, emailed members on Monday evening, telling them, "
            "“I am proud of this port.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "proud of this port").speaker == "Ida Crane"


def test_a_name_right_before_a_cue_and_a_quotation_closing_the_sentence() -> None:
    # Written for this test: no subject phrase parses ("In an interview Crane"), the name before the cue speaks.
    text = "In a radio interview Ida Crane declared “The ferry may be obsolete. Things are different now.”\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ida Crane" and quote.text.startswith("The ferry may be obsolete")


def test_an_inverted_frame_with_a_description() -> None:
    # Written for this test: "Said <Name>, who …, “…”".
    text = "The pier reopened in June. Said Ann Poy, who grew up near the harbour, “We were all so proud of it.”\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ann Poy" and quote.text == "We were all so proud of it."


def test_a_quotation_after_a_dash_or_bracket_starts_fresh() -> None:
    # Written for this test: the words before a dash are the writer's, not part of the quotation.
    text = ("Neither man was impressed by the mayor - “Born with a silver spoon in her mouth,” Ned Cole said - "
            "but they would not back her rival.\n\n"
            "The deal drew blowback from members (“I want my dues back,” wrote Ada Brill, a welder).\n")
    quotes = extract_quotes(text)
    silver = _covering(quotes, text, "silver spoon")
    assert silver.kind == "direct" and silver.text == "Born with a silver spoon in her mouth," and silver.speaker == "Ned Cole"
    dues = _covering(quotes, text, "my dues back")
    assert dues.kind == "direct" and dues.speaker == "Ada Brill"


def test_a_frame_between_a_question_and_the_next_quotation_introduces_the_next() -> None:
    # Written for this test: '“…?” He answered, “…”': the question is not his.
    text = ("Ida Crane spoke on Wednesday. Crane was asked, “Would you have told her?” "
            "He answered, “I have no idea. We are old friends.”\n")
    quotes = extract_quotes(text)
    assert not [q for q in quotes if "Would you have told her" in q.text and q.cue == "answered"]
    assert _covering(quotes, text, "We are old friends").speaker == "Ida Crane"


def test_a_quotation_continued_by_a_circumstance_then_its_frame() -> None:
    # Written for this test: '"A" before the storm, she said. "B"' is one attribution; a title mid-sentence is none.
    text = ("Mayor Ida Crane described the night.\n\n"
            "\"People were celebrating\" before the storm, she said. \"And it was so peaceful. Then the wind came.\"\n\n"
            "In an interview with Harbour Radio's \"The Morning Tide,\" on June 3, Crane repeated the claim.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Then the wind came").speaker == "Ida Crane"
    assert not [q for q in quotes if q.text.startswith("The Morning Tide")]
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
    # a quotation closing its sentence after "called" may also stand alone as the mayor's direct quote
    assert winter.speaker == "Rui Costa" and winter.cue == "called"
    assert winter.kind == "direct" or winter.text.startswith("what Mayor Rui Costa called")
    levy = _covering(quotes, text, "a tax on sailors")
    assert levy.text.startswith("which she described as") and levy.cue == "described"


def test_a_quotation_after_a_participle_sentence_is_the_same_speakers() -> None:
    # Written for this test: '“A,” X said, suggesting that B. “C”'.
    text = ("“The ferry cannot run on this budget,” Ida Crane said, suggesting that a larger grant could save it. "
            "“We have a council that is ready to help.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "ready to help").speaker == "Ida Crane"
    assert _covering(quotes, text, "a larger grant could save it").kind == "indirect"


def test_an_interposed_frame_keeps_short_content_and_later_cue_words() -> None:
    # Written for this test: the frame interrupts one clause; a cue word deep inside it is no new frame.
    text = ("This plan, Wang Yi says, is different.\n\n"
            "A diplomat's job, Sergei Lavrov said, should be to counter lies with facts.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "is different").text == "This plan, Wang Yi says, is different"
    assert _covering(quotes, text, "should be to counter lies").speaker == "Sergei Lavrov"


def test_a_poll_share_named_with_its_poll() -> None:
    # Written for this test.
    text = "One in four voters in a Gallup poll last year said the treaty should be scrapped.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the treaty should be scrapped")
    assert q.speaker is None and text[q.speaker_start:q.speaker_end].startswith("One in four voters in a Gallup poll")


def test_a_participle_continues_the_frame_just_before_it() -> None:
    # Written for this test.
    text = ("The plan is reckless, Wang Yi said Tuesday in Beijing, noting that tariffs would rise.\n\n"
            "“It is a start,” said Sergei Lavrov, the foreign minister, adding that talks would go on.\n\n"
            "“We are ready,” Wang Yi told Sergei Lavrov, noting the deadline had passed.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "tariffs would rise").speaker == "Wang Yi"
    assert _covering(quotes, text, "talks would go on").speaker == "Sergei Lavrov"
    assert _covering(quotes, text, "the deadline had passed").speaker == "Wang Yi"


def test_a_speaker_after_a_dash_that_splits_the_sentence() -> None:
    # Written for this test.
    text = ("It was no accident — Li Wei, a spokesman for the ministry, told reporters that the visit was planned.\n\n"
            "Wang Yi was a careful planner - a former aide said he read every briefing twice.\n\n"
            "One of the envoys, Sergei Lavrov, had served in New York - ''ten long years'' - and said he missed it.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the visit was planned").speaker == "Li Wei"
    briefing = _covering(quotes, text, "he read every briefing twice")
    assert text[briefing.speaker_start:briefing.speaker_end] == "a former aide"
    assert _covering(quotes, text, "he missed it").speaker == "Sergei Lavrov"


def test_trailing_frames_with_a_described_speaker_and_an_added_claim() -> None:
    # Written for this test.
    text = ("Tariffs will not help anyone, said Li Wei, a trade official who advised the ministry.\n\n"
            "The talks will resume in May, Wang Yi said, adding that both sides wanted a deal.\n\n"
            "The visit is off, a source close to him said.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Tariffs will not help anyone").speaker == "Li Wei"
    assert _covering(quotes, text, "The talks will resume in May").speaker == "Wang Yi"
    assert _covering(quotes, text, "both sides wanted a deal").speaker == "Wang Yi"
    off = _covering(quotes, text, "The visit is off")
    assert text[off.speaker_start:off.speaker_end] == "a source close to him"


def test_a_lone_opening_adverb_or_an_it_is_contraction_is_no_speaker() -> None:
    # Written for this test.
    text = ("Overall, conservative groups reported spending $6 million, while liberal groups, including unions, "
            "reported spending only $1 million on the race.\n\n"
            "It's declaring that the treaty is void that worries Lavrov.\n\n"
            "Megyn Kelly said she wanted a professional footing with him.\n")
    quotes = extract_quotes(text)
    assert not any(q.speaker_start is not None and text[q.speaker_start:q.speaker_end] in ("Overall", "It's") for q in quotes)
    assert _covering(quotes, text, "she wanted a professional footing").speaker == "Megyn Kelly"
def test_a_surname_is_not_given_to_a_namesake_named_later_or_of_the_other_gender() -> None:
    # Written for this test: only the wife is named in full, and only near the end; "Mr. Tavares" and
    # "President Tavares" are her husband, who keeps the surname as written.
    text = ("Tavares rallies voters in the north.\n\n"
            "President Tavares told supporters on Saturday that the vote was about his record.\n\n"
            "“Our progress is on the ballot,” Mr. Tavares said.\n\n"
            "The campaign will also send the first lady, Helena Tavares, to three cities.\n\n"
            "“We will be everywhere,” Helena Tavares said.\n")
    quotes = extract_quotes(text)
    progress = _covering(quotes, text, "Our progress is on the ballot")
    record = _covering(quotes, text, "the vote was about his record")
    everywhere = _covering(quotes, text, "We will be everywhere")
    assert progress.speaker == "Tavares" and record.speaker == "Tavares"
    assert everywhere.speaker == "Helena Tavares"
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
def test_a_quotation_in_the_object_of_a_verb_of_judging_or_thinking() -> None:
    # Written for this test: no speech verb, the partial quotation in the object carries the subject's words.
    text = ("The harbour board met on Monday.\n\n"
            "Port director Ana Silva dismissed the whole dispute as “a storm in a teacup.”\n\n"
            "Lopes thinks the new ferry timetable is a “serviceable compromise” for the islanders.\n\n"
            "The self-identified “moderates” stayed home, and the crew offered to sail for “a fair wage.”\n\n"
            "Silva also referenced the “Breakwater clause,” a rule that lets the board cut fares.\n\n"
            "Lopes identified the inspector as “partial,” and then left the room.\n")
    quotes = extract_quotes(text)
    dispute = _covering(quotes, text, "the whole dispute as “a storm in a teacup")
    assert dispute.speaker == "Ana Silva" and dispute.cue == "dismissed" and dispute.kind == "mixed"
    ferry = _covering(quotes, text, "the new ferry timetable is a “serviceable compromise”")
    assert ferry.cue == "thinks" and ferry.text.startswith("the new ferry")
    assert not [q for q in quotes if "moderates" in q.text or "fair wage" in q.text]
    assert _covering(quotes, text, "the “Breakwater clause,”").text == "the “Breakwater clause,”"  # not the gloss after it
    assert _covering(quotes, text, "the inspector as").text == "the inspector as “partial,”"  # not the next act


def test_as_someone_put_it_frames_the_quotation_that_follows() -> None:
    # Written for this test: "as X put it" attributes what follows, direct or partly quoted.
    text = ("The ferry plan stalled again.\n\n"
            "Or, as Ana Silva, the port director, put it: “The boats are ready and the money is not.”\n\n"
            "The council owed its survival to, as one harbour pilot put it, a “miracle of patience” that few expected, "
            "and the vote passed.\n")
    quotes = extract_quotes(text)
    boats = _covering(quotes, text, "The boats are ready")
    assert boats.kind == "direct" and boats.speaker == "Ana Silva" and boats.cue == "put it"
    patience = _covering(quotes, text, "a “miracle of patience”")
    assert patience.text.startswith("a “miracle") and "vote passed" not in patience.text


def test_a_statement_issued_with_a_quotation_in_it() -> None:
    # Written for this test: "issued a statement …" carrying a partial quotation is the subject's.
    text = ("Talks broke down on Friday.\n\n"
            "Union leader Rosa Pinto issued a statement on the “unacceptable” offer.\n")
    quotes = extract_quotes(text)
    offer = _covering(quotes, text, "a statement on the “unacceptable” offer")
    assert offer.speaker == "Rosa Pinto" and offer.cue == "issued"
    said = ("Talks broke down on Friday.\n\n"
            "Union leader Rosa Pinto released a letter on Friday saying the crews were “ready to sail at once.”\n")
    letter = _covering(extract_quotes(said), said, "the crews were “ready")
    assert letter.text.startswith("the crews were") and letter.speaker == "Rosa Pinto"


def test_made_clear_and_shot_back_carry_the_words_that_follow() -> None:
    # Written for this test: "made (it) clear that …" and "shot back: “…”" attribute what follows.
    text = ("The vote was delayed.\n\n"
            "Ana Silva made it clear that she has “grave doubts” about the ferry deal.\n\n"
            "Asked about the delay, Rui Costa shot back: “Ask the minister.”\n\n"
            "Lopes fired back in March at the council.\n")
    quotes = extract_quotes(text)
    doubts = _covering(quotes, text, "she has “grave doubts”")
    assert doubts.text.startswith("she has") and doubts.speaker == "Ana Silva"
    minister = _covering(quotes, text, "Ask the minister")
    assert minister.kind == "direct" and minister.speaker == "Rui Costa"
    assert not [q for q in quotes if "council" in q.text]
def test_topic_cues_take_their_object_as_content() -> None:
    # Written for this test: what was mentioned, talked about, condemned or repeated is the content.
    text = ("Mayor Rui Costa did not mention the harbour tax. Ana Lopes never mentioned the mayor directly.\n\n"
            "Costa is talking about the fishing fleet. Lopes commented on the verdict.\n\n"
            "Minister Paulo Reis condemned Friday's strike as “reckless.”\n\n"
            "Reis repeated his claim that the port was safe. “We will rebuild,” Costa said, mentioning the old bridge.\n\n"
            "The council condemned the blockade as fishermen marched on the port.\n")
    quotes = extract_quotes(text)
    expected = [("the harbour tax", "mention", "Rui Costa"), ("the mayor", "mentioned", "Ana Lopes"),
                ("the fishing fleet", "talking", "Rui Costa"), ("the verdict", "commented", "Ana Lopes"),
                ("Friday's strike as “reckless.”", "condemned", "Paulo Reis"),
                ("his claim that the port was safe", "repeated", "Paulo Reis"), ("the old bridge", "mentioning", "Rui Costa"),
                ("the blockade", "condemned", None)]
    for content, cue, speaker in expected:
        quote = _covering(quotes, text, content)
        assert quote.text.rstrip(".") == content.rstrip("."), quote.text  # "directly", "as fishermen marched" end it
        assert quote.cue == cue and (speaker is None or quote.speaker == speaker), (content, quote)


def test_topic_cues_that_are_not_speech() -> None:
    # Written for this test: adjectives and nouns of the same words attribute nothing.
    text = ("The council's repeated refusal to meet angered the fleet. There was a lot of talk about the tax.\n\n"
            "Three names prominently mentioned as candidates are Reis, Lopes and Costa.\n")
    assert extract_quotes(text) == []


def test_a_topic_declined_and_a_short_object_denied_are_content() -> None:
    # Written for this test: "declined to comment on X" reports X; "denied the charges" is the denial's content.
    text = ("A harbour authority spokeswoman declined to comment on the latest audit.\n\n"
            "Mayor Rui Costa denied the charges. Ana Lopes confirmed her candidacy.\n")
    quotes = extract_quotes(text)
    audit = _covering(quotes, text, "the latest audit")
    assert audit.text == "the latest audit" and audit.cue == "comment"
    assert _covering(quotes, text, "the charges").speaker == "Rui Costa"
    assert _covering(quotes, text, "her candidacy").text == "her candidacy"


def test_talk_about_after_a_manner_or_a_listener() -> None:
    # Written for this test: "talked openly about X", "talked with aides about X", "talked up X"; a listener
    # phrase's own "of" is no topic ("spoke to a meeting of farmers").
    text = ("Mayor Rui Costa talked openly about the harbour tax. Ana Lopes talked with council aides about the budget.\n\n"
            "Costa talked up his fishing plan. Lopes spoke to a meeting of farmers.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour tax").speaker == "Rui Costa"
    assert _covering(quotes, text, "the budget").text == "the budget"
    assert _covering(quotes, text, "his fishing plan").cue == "talked"
    assert not [q for q in quotes if "farmers" in q.text]


def test_a_mention_not_made_names_its_speaker() -> None:
    # Written for this test: "made no mention of X", "failed to mention X" still report X.
    text = ("In a break with custom, Mayor Rui Costa made no mention of the harbour tax.\n\n"
            "Ana Lopes failed to mention the audit.\n")
    quotes = extract_quotes(text)
    tax = _covering(quotes, text, "the harbour tax")
    assert tax.text == "the harbour tax" and tax.speaker == "Rui Costa"
    assert _covering(quotes, text, "the audit").speaker == "Ana Lopes"


def test_a_topic_participle_clause_and_its_end() -> None:
    # Written for this test: "by/while/without talking about X" reports X; a verb after its comma ends it.
    text = ("The mayor opened the session by talking about the harbour tax.\n\n"
            "Costa, who has struggled while talking about the levy, made no promise on the budget.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour tax").text == "the harbour tax"
    assert _covering(quotes, text, "the levy").text == "the levy"


def test_experts_note_that_is_the_verb() -> None:
    # Written for this test: "note(s) that" after a plural noun is speech; "his notes that …" are papers.
    text = ("Harbour experts note that the new quay will flood every winter.\n\n"
            "Costa kept his notes that the council later burned in a drawer.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the new quay will flood").cue == "note"
    assert not [q for q in quotes if "burned" in q.text]


def test_a_feeling_expressed_reports_what_it_is_about() -> None:
    # Written for this test: "expressed (his) concern about X", "expressed support for X": X is the matter.
    text = "Mayor Rui Costa expressed his deep concern about the harbour tax. Ana Lopes expressed support for the fleet.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour tax").text == "the harbour tax"
    assert _covering(quotes, text, "the fleet").text == "the fleet"


def test_content_keeps_a_restrictive_which_and_ends_at_a_summing_up_swipe() -> None:
    # Written for this test.
    text = ("Lavrov cited an instance in which a diplomat was expelled without notice.\n\n"
            "Wang Yi said the talks would go ahead as planned, a swipe at recent reports of a delay.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "an instance in which a diplomat was expelled without notice").end == text.index(" without") + 15
    talks = _covering(quotes, text, "the talks would go ahead")
    assert text[talks.start:talks.end] == "the talks would go ahead as planned"


def test_a_one_word_answer_is_the_whole_content() -> None:
    # Written for this test.
    text = ("Asked whether talks would resume, Sergei Lavrov said no. But he said the door was open.\n\n"
            "Wang Yi said no decision had been made.\n")
    quotes = extract_quotes(text)
    no = _covering(quotes, text, "no")
    assert text[no.start:no.end] == "no" and no.speaker == "Sergei Lavrov"
    assert _covering(quotes, text, "the door was open").speaker == "Sergei Lavrov"
    assert text[_covering(quotes, text, "no decision had been made").start:].startswith("no decision had been made")


def test_a_comma_despite_ends_a_longer_claim_only() -> None:
    # Written for this test.
    text = ("Wang Yi said both capitals had been patient with the mediators, despite some recent reports of friction.\n\n"
            "Lavrov said he was not giving up, despite trailing in the count.\n")
    quotes = extract_quotes(text)
    patient = _covering(quotes, text, "both capitals had been patient")
    assert text[patient.start:patient.end] == "both capitals had been patient with the mediators"
    assert _covering(quotes, text, "he was not giving up").end == text.index(" in the count") + 13


def test_a_short_object_ends_before_the_medium_it_was_given_in() -> None:
    # Written for this test.
    text = ("Wang Yi claimed victory in a tweet.\n\n"
            "Sergei Lavrov denied the charges through his lawyer.\n\n"
            "Li Wei reiterated them on Zhao Lin’s radio show Thursday.\n")
    quotes = extract_quotes(text)
    for phrase in ("victory", "the charges"):
        q = _covering(quotes, text, phrase)
        assert text[q.start:q.end] == phrase
    assert not [q for q in quotes if q.text == "them"]  # a bare pronoun tells a reader nothing


def test_a_new_clause_about_something_else_ends_reported_content() -> None:
    # Written for this test.
    text = "The ministry urged residents to stay indoors, and the warning was soon shared widely online.\n"
    quotes = extract_quotes(text)
    urged = _covering(quotes, text, "residents to stay indoors")
    assert text[urged.start:urged.end] == "residents to stay indoors"


def test_a_described_name_keeps_speaking_after_and_said() -> None:
    # Written for this test.
    text = ("Anna Petrova, a former envoy to Oslo, joined the panel and said the talks had stalled for months.\n\n"
            "Wang Yi, who met the mayor and said the bridge would reopen soon, left Paris on Monday.\n\n"
            "At a dinner in Lyon, France, on Friday, Li Wei praised the host, saying the food was superb.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the talks had stalled").speaker == "Anna Petrova"
    bridge = _covering(quotes, text, "the bridge would reopen soon")
    assert bridge.speaker == "Wang Yi" and "left Paris" not in bridge.text
    assert all(q.speaker != "France" for q in quotes)


def test_a_clause_after_a_colon_has_its_own_speaker() -> None:
    # Written for this test.
    text = ("The reviews of the summit were harsh: The Lisbon Herald said the mayor had been humiliated.\n\n"
            "The ruling set off a fight in the assembly on Monday: Republicans said the court had overstepped its "
            "powers and Democrats accused the governor of ignoring the judges.\n")
    quotes = extract_quotes(text)
    herald = _covering(quotes, text, "the mayor had been humiliated")
    assert text[herald.speaker_start:herald.speaker_end] == "The Lisbon Herald"
    court = _covering(quotes, text, "the court had overstepped")
    assert "Democrats accused" not in court.text


def test_a_statement_issued_saying_speaks_for_its_issuer() -> None:
    # Written for this test.
    text = ("The Lisbon Chamber of Commerce issued a statement saying the new port tax would cost jobs.\n\n"
            "Hours later, the ministry sent an email Tuesday saying that the tax was final.\n")
    quotes = extract_quotes(text)
    port = _covering(quotes, text, "the new port tax would cost jobs")
    assert text[port.speaker_start:port.speaker_end] == "The Lisbon Chamber of Commerce"
    final = _covering(quotes, text, "the tax was final")
    assert text[final.speaker_start:final.speaker_end] == "the ministry"


def test_a_short_whole_answer_after_said() -> None:
    # Written for this test.
    text = ("Asked whether the treaty would pass, Anna Petrova said yes.\n\n"
            "Reporters asked if Li Wei would run again. Li Wei said he would.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "yes").speaker == "Anna Petrova"
    assert _covering(quotes, text, "he would").speaker == "Li Wei"


def test_adverbs_between_a_speaker_and_say() -> None:
    # Written for this test.
    text = ("Anna Petrova has since said that the treaty was a mistake.\n\n"
            "The ministry's aides here said they had been preparing the visit for weeks.\n\n"
            "Li Wei, who backed the plan, last week said the port would open in May.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the treaty was a mistake").speaker == "Anna Petrova"
    aides = _covering(quotes, text, "they had been preparing the visit")
    assert text[aides.speaker_start:aides.speaker_end] == "The ministry's aides"
    assert _covering(quotes, text, "the port would open in May").speaker == "Li Wei"


def test_who_after_a_titled_name_and_a_poll_share_after_is_that() -> None:
    # Written for this test.
    text = ("The defeat was a blow for Mr. Li Wei, who said he would take a week off.\n\n"
            "The good news for the mayor is that 61 percent of voters in a new city poll said they trust her.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "he would take a week off").speaker == "Li Wei"
    trust = _covering(quotes, text, "they trust her")
    assert text[trust.speaker_start:trust.speaker_end].startswith("61 percent of voters")


def test_with_a_name_and_a_participle() -> None:
    # Written for this test.
    text = "The vote split the council, with Mayor Rui Costa telling reporters the port deal was dead.\n"
    quotes = extract_quotes(text)
    dead = _covering(quotes, text, "the port deal was dead")
    assert dead.cue == "telling" and dead.speaker == "Rui Costa"
def test_a_short_object_not_given() -> None:
    # Written for this test: "did not explain the delay", "has not confirmed the date" report the object.
    text = "Mayor Rui Costa did not explain the delay. Ana Lopes has not confirmed the date.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the delay").speaker == "Rui Costa"
    assert _covering(quotes, text, "the date").text == "the date"


def test_a_second_clause_with_an_object_cue_of_its_own() -> None:
    # Written for this test: "X said A and she accused B of C": the accusation is a speech act of its own.
    text = "Ana Lopes said the harbour was safe and she accused Mayor Rui Costa of hiding the audit.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour was safe").text == "the harbour was safe"
    assert _covering(quotes, text, "of hiding the audit").cue == "accused"


def test_what_a_piece_was_written_about() -> None:
    # Written for this test: "wrote an op-ed on X", "wrote about X": X.
    text = "Mayor Rui Costa wrote a newspaper op-ed on the harbour tax. Ana Lopes wrote about the audit.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour tax").text == "the harbour tax"
    assert _covering(quotes, text, "the audit").text == "the audit"
def test_a_role_phrase_before_a_name_and_someones_aide() -> None:
    # Written for this test.
    text = ("One delegate not on the Lisbon slate, Anna Petrova, told reporters she was leaning toward Li.\n\n"
            "The mayor will stay home, and the former finance minister’s spokeswoman told reporters that he was ill.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she was leaning toward Li").speaker == "Anna Petrova"
    ill = _covering(quotes, text, "he was ill")
    assert text[ill.speaker_start:ill.speaker_end] == "the former finance minister’s spokeswoman"


def test_with_a_named_speaker_telling() -> None:
    # Written for this test.
    text = "The vote split the council, with Deputy Mayor Anna Petrova telling reporters she would appeal the result.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she would appeal the result").speaker == "Anna Petrova"


def test_say_framed_by_a_refusal_a_continuation_or_a_poll_leaning() -> None:
    # Written for this test.
    text = ("Still, Anna Petrova would not say whether she would run again.\n\n"
            "Li Wei went on to say the port deal was the best in a decade.\n\n"
            "Farmers were slightly more likely to say they trusted the new council.\n\n"
            "The ministry would not tell us anything new.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "whether she would run again").speaker == "Anna Petrova"
    assert _covering(quotes, text, "the port deal was the best").speaker == "Li Wei"
    trust = _covering(quotes, text, "they trusted the new council")
    assert text[trust.speaker_start:trust.speaker_end] == "Farmers"
    assert not any("anything new" in q.text for q in quotes)


def test_who_after_a_name_that_follows_a_preposition() -> None:
    # Written for this test.
    text = ("The mayor sided with Petrova, who has said she opposes the new levy.\n\n"
            "''We will win,'' said Li Wei, head of the Alliance for Coastal Towns, who also said the vote was close.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she opposes the new levy").speaker == "Petrova"
    assert all(q.speaker != "Coastal Towns" for q in quotes)


def test_in_which_a_speaker_says() -> None:
    # Written for this test.
    text = "Petrova gave a long radio interview, in which she said the port would close in winter.\n"
    quotes = extract_quotes(text)
    port = _covering(quotes, text, "the port would close in winter")
    assert text[port.speaker_start:port.speaker_end] == "she"


def test_saying_after_a_sign_a_negated_progressive_or_erred_in() -> None:
    # Written for this test.
    text = ("A farmer held up a sign saying “Save the harbour.”\n\n"
            "Anna Petrova isn’t saying which towns will lose their ferries.\n\n"
            "Li Wei clearly erred in saying that the levy was approved in May.\n\n"
            "Six months ago, the mayor said the opposite.\n")
    quotes = extract_quotes(text)
    sign = _covering(quotes, text, "Save the harbour")
    assert text[sign.speaker_start:sign.speaker_end] == "a sign"
    assert _covering(quotes, text, "which towns will lose").speaker == "Anna Petrova"
    assert _covering(quotes, text, "the levy was approved").speaker == "Li Wei"
    assert _covering(quotes, text, "the opposite") is not None


def test_care_frames_before_say_and_a_group_but_one() -> None:
    # Written for this test.
    text = ("Shipping firms including Maersk are taking pains to say they back neither party.\n\n"
            "Li Wei went out of his way to say that the harbour had recovered.\n\n"
            "Every minister but Anna Petrova said yes.\n")
    quotes = extract_quotes(text)
    firms = _covering(quotes, text, "they back neither party")
    assert text[firms.speaker_start:firms.speaker_end] == "Shipping firms including Maersk"
    assert _covering(quotes, text, "the harbour had recovered").speaker == "Li Wei"
    assert _covering(quotes, text, "yes").speaker is None


def test_title_case_headlines_with_says() -> None:
    # Written for this test.
    text = ("Anna Petrova Says Harbour Tax Will Cost Jobs, Calls Plan ‘Reckless’\n\n"
            "The Ferry Fleet Is Too Old To Sail, Li Wei Says.\n\n"
            "Mayor Says No To New Levy\n\n"
            "Petrova spoke in Lisbon on Monday.\n")
    quotes = extract_quotes(text)
    tax = _covering(quotes, text, "Harbour Tax Will Cost Jobs")
    assert tax.speaker == "Anna Petrova" and "Calls" not in tax.text
    assert _covering(quotes, text, "The Ferry Fleet Is Too Old To Sail").speaker == "Li Wei"
    assert not any("New Levy" in q.text for q in quotes)


def test_saying_after_a_described_subject_or_a_capitalised_role() -> None:
    # Written for this test.
    text = ("Li Wei, in an interview on Friday, barely mentioned his rivals, saying that he was looking ahead to May.\n\n"
            "In June, a Lisbon District Court judge sided with the union, saying the levy broke the law.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "he was looking ahead to May").speaker == "Li Wei"
    judge = _covering(quotes, text, "the levy broke the law")
    assert text[judge.speaker_start:judge.speaker_end] == "a Lisbon District Court judge"


def test_an_anonymity_aside_between_speaker_and_said() -> None:
    # Written for this test.
    text = ("One former ministry aide, speaking on condition of anonymity because of a contract, said the budget "
            "was never approved.\n")
    quotes = extract_quotes(text)
    aide = _covering(quotes, text, "the budget was never approved")
    assert text[aide.speaker_start:aide.speaker_end] == "One former ministry aide"


def test_a_described_speaker_with_a_title_or_a_which_clause() -> None:
    # Written for this test.
    text = ("Anna Petrova, research director for Lisbon Harbour Trust, a shipping charity, said the tax was unfair.\n\n"
            "Li Wei's election campaign, which has been dogged by the ferry dispute, said that the claims were false.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the tax was unfair").speaker == "Anna Petrova"
    claims = _covering(quotes, text, "the claims were false")
    assert text[claims.speaker_start:claims.speaker_end] == "Li Wei's election campaign"


def test_months_after_intro_and_an_at_least_count() -> None:
    # Written for this test.
    text = ("Months after he clashed with her on the radio, Li Wei tells the host Anna Petrova that the feud is over.\n\n"
            "The mayor left early, but at least a dozen members of the Lisbon council told reporters the vote was rigged.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the feud is over").speaker == "Li Wei"
    rigged = _covering(quotes, text, "the vote was rigged")
    assert text[rigged.speaker_start:rigged.speaker_end] == "at least a dozen members of the Lisbon council"


def test_a_resident_of_a_city_and_state_without_a_second_comma() -> None:
    # Written for this test.
    text = "Anna Petrova of Porto, Portugal says she will vote for the harbour plan.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she will vote for the harbour plan").speaker == "Anna Petrova"


def test_is_said_to_is_hearsay_with_nobody_named() -> None:
    # Written for this test.
    text = "Some ministers are said to be urging the premier to delay the harbour vote.\n"
    quotes = extract_quotes(text)
    hearsay = _covering(quotes, text, "to be urging the premier")
    assert hearsay.text.startswith("Some ministers are said") and hearsay.speaker is None


def test_the_share_of_a_group_saying() -> None:
    # Written for this test.
    text = "Since May the share of Portuguese voters saying the harbour tax is fair has fallen.\n"
    quotes = extract_quotes(text)
    fair = _covering(quotes, text, "the harbour tax is fair")
    assert text[fair.speaker_start:fair.speaker_end] == "Portuguese voters"


def test_an_inverted_frame_inside_one_statement() -> None:
    # Written for this test.
    text = ("The trouble with the levy, said Anna Petrova, would be obvious by winter.\n\n"
            "The irony of the vote, says Li Wei, a historian at Porto University, is that nobody wanted it.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "would be obvious by winter")
    assert levy.speaker == "Anna Petrova" and levy.text.startswith("The trouble with the levy")
    assert _covering(quotes, text, "is that nobody wanted it").speaker == "Li Wei"


def test_a_frame_before_a_semicolon_keeps_the_statement_whole() -> None:
    # Written for this test.
    text = "The port did receive some late payments, Anna Petrova said; her auditors found them in March.\n"
    quotes = extract_quotes(text)
    paid = _covering(quotes, text, "her auditors found them")
    assert paid.speaker == "Anna Petrova" and paid.text.startswith("The port did receive")


def test_then_says_shares_the_sentence_subject() -> None:
    # Written for this test.
    text = "Anna Petrova jokingly offered the fisherman a seat on the council, then says she will listen to anyone.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she will listen to anyone").speaker == "Anna Petrova"
def test_a_writers_comparison_or_a_poll_list_ends_reported_content() -> None:
    # Written for this test.
    text = ("Analysts said the summit probably drew 3 million viewers, less than half of last year's audience.\n\n"
            "Li Wei leads, with 30 percent saying they would back him, former envoy Zhao Lin at 21 percent.\n")
    quotes = extract_quotes(text)
    drew = _covering(quotes, text, "the summit probably drew")
    assert text[drew.start:drew.end] == "the summit probably drew 3 million viewers"
    back = _covering(quotes, text, "they would back him")
    assert text[back.start:back.end] == "they would back him"


def test_a_frame_whose_speaker_who_said_more_splits_the_quotation() -> None:
    # Written for this test.
    text = ('"We have waited long enough for this," said Li Wei, a trade official who said the deal was overdue. '
            '"Now the work starts."\n')
    quotes = extract_quotes(text)
    first = _covering(quotes, text, "We have waited long enough")
    assert first.kind == "direct" and first.speaker == "Li Wei"
    second = _covering(quotes, text, "Now the work starts")
    assert second.kind == "direct" and second.speaker == "Li Wei"


def test_a_name_set_off_before_its_frame_is_no_content() -> None:
    # Written for this test.
    text = "Ann Vole, president and founder of the Harbor Traders Guild stated, “It is not a trade problem; it is a math problem.”\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "It is not a trade problem")
    assert q.start >= text.index("“")


def test_a_participle_about_the_effect_of_the_saying_ends_the_content() -> None:
    # Written for this test.
    text = "Lavrov declared that he could not support the plan, throwing the talks into doubt.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "he could not support the plan")
    assert text[q.start:q.end] == "he could not support the plan"


def test_an_object_ends_at_the_speakers_next_verb() -> None:
    # Written for this test.
    text = ("Wang Yi praised the new shipping accord and embraced its call for joint patrols.\n\n"
            "Lavrov accused Ivan Petrov, who was born and raised in Kiev, of leaking the memo.\n")
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the new shipping accord")
    assert text[q.start:q.end] == "the new shipping accord"
    assert _covering(quotes, text, "Ivan Petrov, who was born and raised").end > text.index("raised")


def test_a_participle_cue_ends_at_a_second_participle_of_speaking() -> None:
    # Written for this test.
    text = "Wang Yi spoke for an hour, urging both sides to stay calm and promising more aid for the region.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "both sides to stay calm")
    assert text[q.start:q.end] == "both sides to stay calm"


def test_an_object_ends_before_following_or_in_the_wake_of() -> None:
    # Written for this test.
    text = "Lavrov called for a ban on arms shipments to the region following the attack on the convoy.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "a ban on arms shipments")
    assert text[q.start:q.end] == "a ban on arms shipments to the region"


def test_a_new_poll_share_ends_the_content() -> None:
    # Written for this test.
    text = "Among young voters, 41% say they are very liberal, 22% conservative.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "they are very liberal")
    assert text[q.start:q.end] == "they are very liberal"


def test_a_quoted_title_in_a_frame_is_no_further_quotation() -> None:
    # Written for this test.
    text = '"We will not back down," Lavrov told "Morning Report" on Monday.\n'
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "We will not back down")
    assert q.kind == "direct" and q.end <= text.index(" Lavrov")


def test_an_ing_adjective_in_a_list_does_not_end_the_object() -> None:
    # Written for this test.
    text = "Wang Yi called his host a generous, caring and patient man.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "his host a generous")
    assert text[q.start:q.end] == "his host a generous, caring and patient man"


def test_a_relative_that_after_an_infinitive_or_a_have_clause_is_no_complement() -> None:
    # Written for this test.
    text = ("Wang Yi spoke in Lima, promising to cut tariffs on goods made by firms that stay at home.\n\n"
            "Lavrov said foreign officials have hidden reports that had been requested by the court.\n\n"
            "Li Wei praised the accord on Monday before adding that more work was needed.\n")
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "firms that stay at home")
    assert text[q.start:].startswith("to cut tariffs")
    q = _covering(quotes, text, "had been requested by the court")
    assert text[q.start:].startswith("foreign officials have hidden")
    q = _covering(quotes, text, "the accord")
    assert "adding" not in text[q.start:q.end]


def test_a_noun_object_of_a_clause_cue_ends_at_the_next_act() -> None:
    # Written for this test.
    text = ("Lavrov mentioned the sanctions twice and seemed to blame Brussels for them.\n\n"
            "Wang Yi said he grew up near the port and worked there as a clerk.\n")
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the sanctions twice")
    assert text[q.start:q.end] == "the sanctions twice"
    assert "worked there" in _covering(quotes, text, "he grew up near the port").text


def test_the_answer_after_when_asked_is_the_quotation_only() -> None:
    # Written for this test.
    text = "Lavrov said he had not read the memo, and when asked whether he would, he said, “I doubt it very much.”\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "I doubt it very much")
    assert q.start >= text.index("“")


def test_a_name_with_a_party_tag_drops_its_closing_appositive() -> None:
    # Written for this test.
    text = "Aides say the governor would have to consider Rep. Ann Vole (D-Md.), a former mayor with a large war chest.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the governor would have to consider")
    assert text[q.start:q.end].endswith("(D-Md.)")


def test_the_rest_after_an_interposed_frame_ends_like_any_content() -> None:
    # Written for this test.
    text = "The new reactor, Wang Yi said, was the largest yet, although it may take months to reach full power.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "The new reactor")
    assert text[q.start:q.end] == "The new reactor, Wang Yi said, was the largest yet"


def test_a_comma_splice_ends_content_unless_a_subordinate_clause_opened_it() -> None:
    # Written for this test.
    text = ("Lavrov announced that he is ready for new talks, he is set to fly to Geneva next week.\n\n"
            "Wang Yi said that while he was opposed to the plan, he was open to a smaller deal.\n")
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "he is ready for new talks")
    assert text[q.start:q.end] == "he is ready for new talks"
    assert "open to a smaller deal" in _covering(quotes, text, "while he was opposed").text


def test_a_with_clause_about_another_actor_ends_content() -> None:
    # Written for this test.
    text = "Lavrov said the talks had stalled, with Ukrainians blaming Moscow for the delay.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the talks had stalled")
    assert text[q.start:q.end] == "the talks had stalled"


def test_another_speaker_after_a_comma_ends_content() -> None:
    # Written for this test.
    text = "Wang Yi said it was good to be back in Lima, a young man shouted “Welcome home!”\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "it was good to be back")
    assert text[q.start:q.end] == "it was good to be back in Lima"


def test_which_with_an_aside_right_after_it_ends_content() -> None:
    # Written for this test.
    text = "Lavrov urged the bank to lift the cap to about $40,000, which, in today's money, is where it stood in 1990.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the bank to lift the cap")
    assert text[q.start:q.end] == "the bank to lift the cap to about $40,000"


def test_an_indirect_question_with_which_stays_in_the_content() -> None:
    # Written for this test.
    text = "Wang Yi said the envoy demanded to know which ministry leaked the memo.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the envoy demanded to know")
    assert text[q.start:q.end].endswith("leaked the memo")


def test_a_short_object_ends_before_the_day_it_was_given_out() -> None:
    # Written for this test.
    text = "The police reported no arrests late Monday.\n\nLavrov stressed those concerns on Sunday at a forum in Minsk.\n"
    quotes = extract_quotes(text)
    for phrase in ("no arrests", "those concerns"):
        q = _covering(quotes, text, phrase)
        assert text[q.start:q.end] == phrase


def test_a_day_and_a_venue_end_reported_content() -> None:
    # Written for this test.
    text = "Wang Yi said the port deal was dead on Wednesday at a press briefing in Lima.\n"
    quotes = extract_quotes(text)
    q = _covering(quotes, text, "the port deal was dead")
    assert text[q.start:q.end] == "the port deal was dead"


def test_called_by_a_party_tagged_senator_or_an_office() -> None:
    # Written for this test: a party tag after the name, a possessive office; "a band called" is no one.
    text = ("Sen. Ruth Ander (D-Ore.) called the tariff plan reckless.\n\n"
            "Ander’s office called the delay an embarrassment for the state.\n\n"
            "A local band called Harbour Lights played afterwards.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the tariff plan reckless").cue == "called"
    assert _covering(quotes, text, "the delay an embarrassment").cue == "called"
    assert not [q for q in quotes if "Harbour Lights" in q.text]


def test_calling_for_after_the_main_clause() -> None:
    # Written for this test: the participle "calling for" shares the sentence's subject.
    text = "Mayor Lena Fox spoke at the dock on Monday, calling for a ban on night shipping.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "a ban on night shipping").cue == "calling"


def test_declared_where_then_that_clause() -> None:
    # Written for this test: "declared <setting> that <subject> …" is a claim; an object's relative clause is not.
    text = ("Governor Ada Moss declared on local radio that she would veto the port bill.\n\n"
            "Moss declared on Monday a state of emergency that has closed the schools.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "she would veto the port bill").cue == "declared"
    assert not [q for q in quotes if "closed the schools" in q.text]


def test_raised_questions_about_a_topic() -> None:
    # Written for this test: "raised questions about X" voices a doubt about X; "born and raised" is no cue.
    text = ("Senator Ivo Brandt has raised questions about the harbour authority’s accounts.\n\n"
            "Lund repeatedly accused Omar Vik, who was born and raised in Oslo, of meeting the smugglers.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour authority’s accounts").cue == "raised"
    assert "of meeting the smugglers" in _covering(quotes, text, "who was born").text


def test_called_out_someone_for_something() -> None:
    # Written for this test: "called out X for Y" rebukes X; "called out the National Guard" sends troops.
    text = ("Mayor Tom Reese called out the port board for its silence on the spill.\n\n"
            "The governor called out the National Guard on Monday.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the port board for its silence").cue == "called"
    assert not [q for q in quotes if "National Guard" in q.text]


def test_asked_a_group_or_a_titled_name_a_question() -> None:
    # Written for this test.
    text = ("Anna Petrova toured the docks and asked workers if they planned to strike in May.\n\n"
            "Li Wei asked former Finance Minister Rui Costa whether the levy would survive the vote.\n")
    quotes = extract_quotes(text)
    strike = _covering(quotes, text, "they planned to strike")
    assert strike.cue == "asked" and strike.speaker == "Anna Petrova"
    survive = _covering(quotes, text, "the levy would survive")
    assert survive.speaker == "Li Wei" and survive.text.startswith("whether")


def test_told_a_bare_group_or_one_person_close_to_someone() -> None:
    # Written for this test.
    text = ("Anna Petrova tells audiences the levy may be repealed by winter.\n\n"
            "Li Wei backed the port plan, recently telling one person close to him that he feared a strike.\n\n"
            "Rui Costa backed the plan, telling reporters in May that he was not yet sure.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the levy may be repealed")
    assert levy.speaker == "Anna Petrova" and levy.text.startswith("the levy")
    strike = _covering(quotes, text, "he feared a strike")
    assert strike.speaker == "Li Wei" and strike.text.startswith("he feared")
    assert _covering(quotes, text, "he was not yet sure").text.startswith("he was")


def test_infinitive_of_purpose_to_tell() -> None:
    # Written for this test.
    text = ("Anna Petrova agreed to a meeting on Monday, but only to tell Li Wei that she would not back the levy.\n\n"
            "My aim is only to say what I saw.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "she would not back the levy")
    assert levy.speaker == "Anna Petrova" and levy.cue == "tell"
    assert not any("what I saw" in q.text for q in quotes)


def test_there_opener_and_a_modified_role_subject() -> None:
    # Written for this test.
    text = "There, the county party chairman declined to back anyone but said he was worried about turnout.\n"
    quotes = extract_quotes(text)
    worried = _covering(quotes, text, "he was worried about turnout")
    assert worried.cue == "said" and text[worried.speaker_start:worried.speaker_end] == "the county party chairman"


def test_but_opens_a_clause_with_its_own_described_subject() -> None:
    # Written for this test.
    text = ("Few mayors enjoy the topic, but Mayor Anna Petrova (a reformer so cautious she rarely votes) says "
            "she misjudged the harbour levy.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "she misjudged the harbour levy")
    assert levy.speaker == "Anna Petrova" and levy.text.startswith("she misjudged")


def test_a_colon_sentence_after_a_frame_introduces_its_own_quote() -> None:
    # Written for this test.
    text = ("“The harbour will reopen soon,” Anna Petrova said on the radio. At a town meeting that evening, "
            "Petrova went even further: “The ferries will run again by Easter.”\n")
    quotes = extract_quotes(text)
    ferries = _covering(quotes, text, "The ferries will run again")
    assert ferries.speaker == "Anna Petrova" and "harbour" not in ferries.text


def test_a_speaker_line_inside_the_article() -> None:
    # Written for this test.
    text = ("Anna Petrova and Li Wei both reject the harbour levy.\n\n"
            "Petrova: \"The levy would empty the port.\" Wei: \"Nobody asked the fishermen.\"\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "The levy would empty the port").speaker == "Anna Petrova"
    assert _covering(quotes, text, "Nobody asked the fishermen").speaker == "Li Wei"


def test_a_statement_that_goes_on_after_its_frame() -> None:
    # Written for this test.
    text = ('"I admire the mayor," Anna Petrova said, but "on the harbour levy she has been wrong for years."\n\n'
            '"We are worried," the fishermen wrote in a letter to the council, that the port "may close by winter."\n')
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "on the harbour levy")
    assert levy.speaker == "Anna Petrova" and "I admire the mayor" in levy.text
    port = _covering(quotes, text, "may close by winter")
    assert text[port.speaker_start:port.speaker_end] == "the fishermen"  # a long frame: B is a part of its own


def test_a_relative_clause_introduces_the_quote() -> None:
    # Written for this test.
    text = ("The mayor shared a post from Anna Petrova, who tweeted, “The harbour belongs to everyone.”\n\n"
            "The council cited the audit, which notes: “Fees rose twice as fast as wages.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "The harbour belongs to everyone").speaker == "Anna Petrova"
    fees = _covering(quotes, text, "Fees rose twice as fast")
    assert fees.cue == "notes" and fees.speaker is None
    joked = "Guests included Li Wei, who joked of the ferry, “I have never seen it on time.”\n"
    assert _covering(extract_quotes(joked), joked, "I have never seen it on time").speaker == "Li Wei"


def test_a_described_speaker_and_any_verb_after_a_quote() -> None:
    # Written for this test.
    text = '"Mayor, let me help you out - the answer is no," the Portuguese opposition leader joked at the rally.\n'
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "let me help you out").cue == "joked"


def test_a_quoted_show_name_after_told_is_not_more_of_the_quote() -> None:
    # Written for this test.
    text = '"We will reopen the harbour," the Portuguese mayor told "Morning Porto" on Monday.\n'
    quotes = extract_quotes(text)
    reopen = _covering(quotes, text, "We will reopen the harbour")
    assert "Morning Porto" not in reopen.text


def test_a_quoted_show_name_in_the_frame_keeps_the_quotation_whole() -> None:
    # Written for this test.
    text = ("“I could not hear the question,” Anna Petrova told RTP’s “Bom Dia” on Monday. "
            "“The line from Lisbon was terrible.”\n")
    quotes = extract_quotes(text)
    line = _covering(quotes, text, "The line from Lisbon was terrible")
    assert line.speaker == "Anna Petrova" and "I could not hear the question" in line.text


def test_but_after_the_frame_continues_the_statement() -> None:
    # Written for this test.
    text = ("“It is not do or die,” Anna Petrova said outside the town hall. "
            "But “the harbour levy is stronger with the council behind it.”\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy is stronger")
    assert levy.speaker == "Anna Petrova" and "It is not do or die" in levy.text


def test_a_noun_like_cue_used_as_a_verb_before_a_quote() -> None:
    # Written for this test.
    text = "The new ad claims “Petrova is the mayor you can trust.” His claims “never add up,” critics say.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Petrova is the mayor you can trust").cue == "claims"


def test_a_long_subject_before_said_keeps_the_content_unattributed() -> None:
    # Written for this test: the subject is too long to take as a speaker; what it said still counts.
    text = ("Large majorities of fishermen in the four harbour towns going to the polls on Sunday said they "
            "support a ban on trawling near the coast.\n")
    quotes = extract_quotes(text)
    ban = _covering(quotes, text, "support a ban on trawling")
    assert ban.speaker is None and "Large majorities" not in ban.text


def test_say_after_a_modal_or_in_a_relative_clause_is_not_a_statement() -> None:
    # Written for this test.
    text = ("By some standards one could say the harbour levy failed. Those who said the levy mattered "
            "voted for the mayor.\n")
    assert extract_quotes(text) == []


def test_a_quoted_show_title_before_the_speaker() -> None:
    # Written for this test: the programme's name is quoted, the speaker follows its closing mark.
    text = ("Mayor Rui Tavares was interviewed about the harbour levy on Sunday. On RTP’s “Grande Entrevista,” "
            "Tavares said the harbour levy would be repealed before the summer.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "would be repealed before the summer")
    assert levy.speaker == "Rui Tavares" and "Grande Entrevista" not in levy.text


def test_a_contracted_relative_clause_after_the_speaker() -> None:
    # Written for this test: "who’s" describes the speaker as "who is" does.
    text = "But Silva, who’s running to be a delegate, added that he wants a vote on the harbour levy.\n"
    quotes = extract_quotes(text)
    vote = _covering(quotes, text, "he wants a vote on the harbour levy")
    assert text[vote.speaker_start:vote.speaker_end] == "Silva"


def test_said_as_a_second_verb_of_an_unparsed_subject() -> None:
    # Written for this test: the subject is not found, but "and said" still reports what was said.
    text = ("A few minutes later the two clerks locked the archive, sent everyone home and said they will "
            "reopen the hall on Monday.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "they will reopen the hall on Monday").cue == "said"


def test_a_participle_of_saying_after_an_unparsed_subject() -> None:
    # Written for this test: the main clause's subject is not found; its ", saying …" is still speech.
    text = ("One clerk inside the Porto town hall tried to play down the mayor’s remarks, saying they were "
            "only a joke about the harbour levy.\n")
    quotes = extract_quotes(text)
    joke = _covering(quotes, text, "they were only a joke")
    assert joke.cue == "saying" and joke.speaker is None



def test_notes_that_after_a_described_speaker() -> None:
    # Written for this test: "notes" after an appositive's comma is the verb, not the noun.
    text = "Marta Reis, a party consultant in Braga, notes that one seat in three is still open.\n"
    quotes = extract_quotes(text)
    seat = _covering(quotes, text, "one seat in three is still open")
    assert seat.cue == "notes" and text[seat.speaker_start:seat.speaker_end] == "Marta Reis"


def test_who_said_after_a_quotation_frame_is_the_frame_speaker() -> None:
    # Written for this test: "who" stands for the speaker named in the quotation's frame.
    text = ("“The harbour belongs to everyone,” said Army Sgt. Ana Reis, who said the levy, and the new "
            "parking fees in particular, must be repealed.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "must be repealed")
    assert levy.speaker == "Ana Reis" and "parking fees in particular" in levy.text


def test_argue_that_after_a_relative_clause_subject() -> None:
    # Written for this test: "some who …" is no speaker we can name, but what they argue is reported.
    text = "But some who run the fishing cooperatives argue that the harbour levy will close half the boats.\n"
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy will close half the boats")
    assert levy.cue == "argue" and levy.speaker is None


def test_before_adding_continues_the_frame_speaker() -> None:
    # Written for this test: "replied before adding that …" — the one who replied adds the rest.
    text = "“Not today,” Mayor Rui Tavares replied before adding that the harbour levy would be reviewed in May.\n"
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy would be reviewed in May")
    assert levy.cue == "adding" and text[levy.speaker_start:levy.speaker_end] == "Mayor Rui Tavares"


def test_a_named_clause_after_said_with_an_unparsed_subject() -> None:
    # Written for this test: the clause said opens with a name or a possessive, not a lowercase word.
    text = ("Fishermen and others who want to keep the harbour open said Lisbon’s decision will close half "
            "the boats.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "decision will close half the boats").speaker is None


def test_who_say_after_a_list_keeps_the_content_unresolved() -> None:
    # Written for this test: "who" may stand for either name of the list; nobody is guessed.
    text = "The mayor faces criticism from Ana Reis and Rui Costa, who say the harbour levy is too high.\n"
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy is too high")
    assert levy.speaker is None and levy.cue == "say"


def test_a_relative_clause_sourced_at_the_end_leaves_the_leading_cue() -> None:
    # Written for this test: "according to" sources only the relative clause; "says" keeps its own content.
    text = ("Mayor Rui Tavares says the harbour levy will pay for the new pier, which stood unfinished for "
            "years, according to the port authority.\n")
    quotes = extract_quotes(text)
    pier = _covering(quotes, text, "will pay for the new pier")
    assert pier.cue == "says" and pier.speaker == "Rui Tavares"


def test_a_participle_of_saying_after_a_preposition() -> None:
    # Written for this test: "despite admitting that A, B" — A was said, and it ends at the comma.
    text = ("Mayor Rui Tavares, despite admitting that the harbour levy was unpopular, refused to withdraw it. "
            "After saying the pier would open in May, she left the meeting.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy was unpopular")
    assert levy.cue == "admitting" and "refused" not in levy.text
    pier = _covering(quotes, text, "the pier would open in May")
    assert pier.cue == "saying" and "left the meeting" not in pier.text
    assert text[pier.speaker_start:pier.speaker_end] == "she"


def test_a_quoted_title_closing_the_speaker_description() -> None:
    # Written for this test: the description of the speaker ends with a quoted programme title.
    text = "Rita Ames, host of RTP’s “Bom Dia,” suggested the harbour levy could cost the mayor his seat.\n"
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy could cost the mayor his seat")
    assert levy.speaker == "Rita Ames"


def test_short_opening_participles_and_sure_before_the_speaker() -> None:
    # Written for this test: "Using …," and "Sure," open the sentence; the pronoun after them speaks.
    text = ("Mayor Rui Tavares spoke at the pier. Using a fishing metaphor, he said the harbour levy had "
            "caught nobody. Sure, he admits that the new pier is late.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour levy had caught nobody").speaker == "Rui Tavares"
    late = _covering(quotes, text, "the new pier is late")
    assert late.cue == "admits" and text[late.speaker_start:late.speaker_end] == "he"


def test_a_group_listed_after_and_says_in_its_relative_clause() -> None:
    # Written for this test: the group after "and" is the antecedent of "who said".
    text = "The survey counted both fishermen and dock workers who said the harbour levy was too high.\n"
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy was too high")
    assert levy.cue == "said" and "counted" not in levy.text


def test_a_place_with_its_state_inside_the_speaker_description() -> None:
    # Written for this test: "Braga, Minho," is one place, not a second appositive.
    text = "One delegate, Rui Costa of Braga, Minho, explained that the harbour levy split the party.\n"
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy split the party")
    assert levy.cue == "explained" and "Braga" not in levy.text


def test_noting_that_opening_a_sentence() -> None:
    # Written for this test: the opening participle phrase is what was noted; it ends at its comma.
    text = "Noting that the harbour levy doubled in May, Mayor Rui Tavares said the fishermen deserve relief.\n"
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "the harbour levy doubled in May")
    assert levy.cue == "Noting" and "fishermen" not in levy.text
    assert _covering(quotes, text, "the fishermen deserve relief").speaker == "Rui Tavares"
def test_calling_x_y_is_short_and_ends_at_a_second_speech_act() -> None:
    # Written for this test: "calling it “absurd”" is two words; "and vowing …" is a second act.
    text = ("Mayor Rui Lopes attacked the harbour plan on Monday, calling it “absurd.” Senator Ana Costa spoke "
            "harshly about the fishing fleet, calling its owners crooks and vowing to cut their subsidies.\n")
    quotes = extract_quotes(text)
    absurd = _covering(quotes, text, "it “absurd")
    assert absurd.cue == "calling" and "harbour plan" not in absurd.text
    crooks = _covering(quotes, text, "its owners crooks")
    assert "vowing" not in crooks.text


def test_what_data_suggest_or_activists_demand_that_is_reported_without_a_speaker() -> None:
    # Written for this test: the sources are no speakers the subject finder knows; the content still counts.
    text = ("Official harbour data suggest that the catch fell by a third last year. Fishermen who have "
            "demanded that the port stay open met on Monday. That is not to suggest that the mayor was wrong.\n")
    quotes = extract_quotes(text)
    catch = _covering(quotes, text, "the catch fell by a third")
    assert catch.speaker is None
    assert _covering(quotes, text, "the port stay open").speaker is None
    assert not any("the mayor was wrong" in q.text for q in quotes)


def test_reported_content_ends_where_a_clause_with_a_possessive_subject_starts() -> None:
    # Written for this test: ", and her campaign is …" is the writer's, not what was suggested.
    text = "Ms. Costa is suggesting that the port should close in winter, and her campaign is asking fishermen to back it.\n"
    port = _covering(extract_quotes(text), text, "the port should close")
    assert "campaign" not in port.text


def test_asked_whom_with_a_long_addressee_an_adverb_or_a_relative_clause() -> None:
    # Written for this test.
    text = ("Rui Lopes asked the head of the port authority pointedly whether the docks would close in winter. "
            "Ana Costa asked Mayor Pinto, who runs the fishing council, to publish the catch figures.\n")
    quotes = extract_quotes(text)
    docks = _covering(quotes, text, "whether the docks would close")
    assert docks.speaker == "Rui Lopes" and "pointedly" not in docks.text
    figures = _covering(quotes, text, "to publish the catch figures")
    assert figures.speaker == "Ana Costa" and figures.text.startswith("Mayor Pinto, who runs")


def test_a_plan_that_calls_for_something_but_not_renewed_calls_for() -> None:
    # Written for this test.
    text = ("The harbour plan calls for a toll on every trawler that docks overnight. "
            "In the port there were renewed calls for a toll on trawlers on Monday.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "a toll on every trawler").cue == "calls"
    assert not any("toll on trawlers" in q.text for q in quotes)


def test_a_quoted_name_given_ends_the_naming_before_and() -> None:
    # Written for this test.
    text = ("Fishermen backed the mayor early, with the harbour union calling her “the champion the docks need” "
            "and its leader Rui Lopes hugging her on stage.\n")
    quotes = extract_quotes(text)
    champion = _covering(quotes, text, "the champion the docks need")
    assert "hugging" not in champion.text and champion.text.startswith("her")


def test_a_request_to_act_is_reported_whoever_makes_it() -> None:
    # Written for this test: the subjects are no speakers the subject finder takes; the requests still count.
    text = ("At a rally outside the harbour on Friday, families of the drowned fishermen urged the minister to "
            "reopen the inquiry. A petition calling on the mayor to resign has reached 4,000 signatures.\n")
    quotes = extract_quotes(text)
    inquiry = _covering(quotes, text, "the minister to reopen the inquiry")
    assert inquiry.speaker is None
    resign = _covering(quotes, text, "the mayor to resign")
    assert "signatures" not in resign.text


def test_calling_for_something_is_reported_but_not_a_state_called_for_a_candidate() -> None:
    # Written for this test.
    text = ("That morning, an angry crowd of dockers had gathered at the gate, calling for the harbour master's "
            "dismissal and carrying banners. "
            "Supporters cheered when the district was called for Ana Costa.\n")
    quotes = extract_quotes(text)
    dismissal = _covering(quotes, text, "the harbour master's")
    assert "banners" not in dismissal.text and dismissal.speaker is None
    assert not any("Ana Costa" in q.text for q in quotes)


def test_call_with_a_pronoun_object_is_the_verb_after_a_common_noun() -> None:
    # Written for this test.
    text = "The harbour union calls it “a betrayal of the fleet.” The roll call itself went smoothly.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "a betrayal of the fleet").text.startswith("it")
    assert not any("went smoothly" in q.text for q in quotes)


def test_a_short_quoted_name_given_keeps_what_was_named() -> None:
    # Written for this test.
    text = "Rui Lopes, a port official, called the harbour plan “reckless.”\n"
    quotes = extract_quotes(text)
    plan = _covering(quotes, text, "reckless")
    assert plan.text.startswith("the harbour plan") and plan.speaker == "Rui Lopes"


def test_question_before_its_object_is_the_verb_but_not_the_key_question() -> None:
    # Written for this test.
    text = ("Some fishermen, however, question the wisdom of closing the port in winter. "
            "The key question the council faces is money.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the wisdom of closing the port").cue == "question"
    assert not any("council faces" in q.text for q in quotes)


def test_recommend_is_a_cue() -> None:
    # Written for this test.
    text = ("The harbour inspector, Rui Lopes, recommended that no fines be imposed on the fleet. "
            "The advisory panel recommends a lower toll for small trawlers.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "no fines be imposed").speaker == "Rui Lopes"
    assert _covering(quotes, text, "a lower toll for small trawlers").cue == "recommends"


def test_proposing_is_a_cue_and_its_object_ends_at_the_next_act() -> None:
    # Written for this test.
    text = ("Mayor Ana Costa has gone further than the council by proposing a winter ban on trawling "
            "and taunting the harbour board.\n")
    quotes = extract_quotes(text)
    ban = _covering(quotes, text, "a winter ban on trawling")
    assert ban.speaker == "Ana Costa" and "taunting" not in ban.text


def test_a_summing_up_appositive_after_the_quoted_name_is_not_the_naming() -> None:
    # Written for this test.
    text = "Rui Lopes called the mayor's remarks about the fleet “reckless,” an extraordinary rebuke from an ally.\n"
    remarks = _covering(extract_quotes(text), text, "reckless")
    assert remarks.text.startswith("the mayor's remarks") and "rebuke" not in remarks.text


def test_a_day_after_the_object_does_not_make_a_naming_a_phone_call() -> None:
    # Written for this test.
    text = "Ana Costa called the harbour report Friday a “boldfaced lie.” Rui Lopes called both candidates Tuesday night.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "boldfaced lie").text.startswith("the harbour report")
    assert not any("candidates" in q.text for q in quotes)
def test_a_quoted_sentence_after_a_colon_is_someones_words() -> None:
    # Written for this test: no verb of saying, yet the whole quoted sentence after the colon was said.
    text = ("The fishermen’s letter makes a blunt case: “The harbour levy will ruin every small boat in Faro.”\n\n"
            "Mayor Praises Harbour Workers: “Finest Crews in Portugal.”\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "The harbour levy will ruin")
    assert levy.kind == "direct" and "blunt case" not in levy.text
    assert not any("Finest Crews" in q.text for q in quotes)  # a headline's colon


def test_a_speech_noun_with_a_quoted_that_clause() -> None:
    # Written for this test: "assertion", "claim" are no verbs, the quoted words in their clause were said.
    text = ("Critics seized on Costa's assertion that the harbour levy was “a gift to fishermen.” "
            "Contrary to her claim that boats would “pay nothing,” the fees rose. "
            "The notion that the levy helps is widespread.\n")
    quotes = extract_quotes(text)
    gift = _covering(quotes, text, "the harbour levy was")
    assert gift.speaker == "Costa" and "assertion" not in gift.text
    nothing = _covering(quotes, text, "boats would")
    assert "fees rose" not in nothing.text
    assert not any("levy helps" in q.text for q in quotes)  # no quotation marks: maybe the writer's summary


def test_an_object_described_as_a_quoted_phrase() -> None:
    # Written for this test: verbs of describing carry the quoted description; "such as" does not.
    text = ("The mayor of Faro has portrayed himself as the “harbour's best friend” all year. "
            "Her aides kept referring to the levy as a “fishermen's tax.” "
            "Stalls sold snacks such as “pastel de nata” at the fair.\n")
    quotes = extract_quotes(text)
    friend = _covering(quotes, text, "harbour's best friend")
    assert friend.text.startswith("himself as")
    assert "the levy as" in _covering(quotes, text, "fishermen's tax").text
    assert not any("pastel" in q.text for q in quotes)


def test_a_verb_of_knowing_with_that_and_a_quoted_clause() -> None:
    # Written for this test: "speculated that" carries the quoted words; without "that" nothing is taken.
    text = ("Harbour engineers have speculated that the new wall could cut “storm damage by half” in Faro. "
            "The two mayors agreed the “harbour pact” was over.\n")
    quotes = extract_quotes(text)
    wall = _covering(quotes, text, "storm damage by half")
    assert wall.text.startswith("the new wall")
    assert not any("harbour pact" in q.text for q in quotes)


def test_a_speech_noun_clause_stops_where_a_list_goes_on() -> None:
    # Written for this test.
    text = "Two things hurt him: the 2009 admission that he was “no friend of trawlers,” and his vote against the levy.\n"
    quotes = extract_quotes(text)
    trawlers = _covering(quotes, text, "no friend of trawlers")
    assert "against the levy" not in trawlers.text
def test_a_fronted_as_clause_ends_its_content_at_the_comma() -> None:
    # Written for this test: the cue in the "as" clause took an object; the main clause is the writer's.
    text = ("As Rui Costa pledged to fight the harbour tolls in court, many in the audience cheered loudly. "
            "As Rui Costa said, the budget is far too small for the city.\n")
    quotes = extract_quotes(text)
    tolls = _covering(quotes, text, "to fight the harbour tolls")
    assert "audience" not in tolls.text
    assert "far too small" in _covering(quotes, text, "the budget is far too small").text


def test_a_list_of_the_speakers_acts_ends_each_content() -> None:
    # Written for this test: the acts after the first one are not part of what was suggested or vowed.
    text = ("Rui Costa later suggested the mayor was lazy, called her plan a fantasy and boycotted the council debate. "
            "Ana Lima has vowed to keep the ferry running and celebrated the ruling on Monday.\n")
    quotes = extract_quotes(text)
    assert "boycotted" not in _covering(quotes, text, "the mayor was lazy").text
    assert "celebrated" not in _covering(quotes, text, "to keep the ferry running").text


def test_and_with_a_new_subject_and_verb_ends_the_content() -> None:
    # Written for this test: after ", and" the writer goes on about someone else.
    text = ("The port authority has firmly denied any role in the ferry delays of last summer, and Mayor Ana Lima "
            "has never formally asked it for an explanation.\n")
    quotes = extract_quotes(text)
    role = _covering(quotes, text, "any role in the ferry delays")
    assert "Lima" not in role.text


def test_an_adverb_and_a_participle_after_a_comma_end_the_content() -> None:
    # Written for this test: ", falsely suggesting …" is the writer's comment, not what was questioned.
    text = ("Rui Costa has raised questions about the mayor's birthplace, falsely suggesting that she was "
            "born outside Portugal.\n")
    quotes = extract_quotes(text)
    birthplace = _covering(quotes, text, "the mayor's birthplace")
    assert "falsely" not in birthplace.text


def test_the_next_group_of_a_count_ends_the_content() -> None:
    # Written for this test: each group of councillors said something different.
    text = ("So far, 41 councillors have publicly said they back the harbour levy, 12 have said they oppose it "
            "and 9 have not announced a choice.\n")
    quotes = extract_quotes(text)
    back = _covering(quotes, text, "they back the harbour levy")
    assert "oppose" not in back.text


def test_a_subordinate_clause_with_its_own_speaker_ends_the_first_content() -> None:
    # Written for this test: the lawmaker calls for the ban; the candidate made the suggestion.
    text = ("A lawmaker in Portugal is calling for Rui Costa to be banned from the country after the Spanish "
            "candidate suggested that Portuguese workers posed a threat to Spain.\n")
    quotes = extract_quotes(text)
    ban = _covering(quotes, text, "Rui Costa to be banned")
    threat = _covering(quotes, text, "Portuguese workers posed a threat")
    assert "suggested" not in ban.text and threat.cue == "suggested"


def test_a_relative_clause_inside_the_subject_keeps_the_content_going() -> None:
    # Written for this test: the "who" clause describes the mayor; what she has revealed is the content.
    text = ("People close to the talks say that Mayor Ana Lima, who will cast the deciding vote, has "
            "revealed very little about her plans for the harbour.\n")
    quotes = extract_quotes(text)
    plans = _covering(quotes, text, "Mayor Ana Lima")
    assert "revealed very little" in plans.text


def test_but_with_a_second_predicate_ends_an_object() -> None:
    # Written for this test: the officials praised the work; allowing extra weeks is what they did next.
    text = ("Some city officials praised Mr. Lima's work restoring the old ferry but also had to allow him "
            "extra weeks for the harbour loan.\n")
    quotes = extract_quotes(text)
    work = _covering(quotes, text, "Mr. Lima's work")
    assert "extra weeks" not in work.text


def test_the_occasion_of_a_promise_is_not_part_of_it() -> None:
    # Written for this test: the defeat is why they vowed, not what they vowed.
    text = ("Three years after the Socialists vowed to do a better job courting young voters in the wake of "
            "their 2019 defeat, the party has done the opposite.\n")
    quotes = extract_quotes(text)
    vow = _covering(quotes, text, "to do a better job courting young voters")
    assert "defeat" not in vow.text


def test_a_short_object_opened_by_some_ends_at_even_as() -> None:
    # Written for this test: what the governor acknowledged is the object, not what he did meanwhile.
    text = "Governor Rui Costa effectively acknowledged some mistakes even as he defended the harbour plan.\n"
    quotes = extract_quotes(text)
    assert "defended" not in _covering(quotes, text, "some mistakes").text
def test_a_noun_of_speech_owned_by_its_speaker_reports_its_clause() -> None:
    # Written for this test.
    text = ("Voters in Braga cheered Mayor Rui Gomes’s promise to rebuild the old harbour wall. "
            "Gomes’s claim that the works would cost nothing was disputed by the council. "
            "Despite her repeated warning that the budget was empty, Ana Lopes signed the contract. "
            "Her statement that was read aloud on Monday angered many.\n")
    quotes = extract_quotes(text)
    wall = _covering(quotes, text, "rebuild the old harbour wall")
    assert wall.text.startswith("to rebuild") and wall.speaker == "Rui Gomes"
    cost = _covering(quotes, text, "the works would cost nothing")
    assert "disputed" not in cost.text  # the clause ends before the main verb of its sentence
    empty = _covering(quotes, text, "the budget was empty")
    assert "signed" not in empty.text  # a fronted phrase ends at its comma
    assert not any("read aloud" in q.text for q in quotes)  # "statement that was read": a relative clause


def test_according_to_ending_the_sentence_vouches_for_a_clause_ending_in_there() -> None:
    # Written for this test.
    text = ("The mayor had been in Porto to inspect the flooded harbour there, according to Lusa. "
            "Turnout in Braga has never been this low, according to Ana Lopes, a local pollster.\n")
    quotes = extract_quotes(text)
    harbour = _covering(quotes, text, "inspect the flooded harbour")
    assert harbour.cue == "according to" and "Lusa" not in harbour.text
    turnout = _covering(quotes, text, "Turnout in Braga has never been this low")
    assert turnout.speaker == "Ana Lopes" and "pollster" not in turnout.text


def test_a_title_case_headline_with_a_cue_verb_other_than_says() -> None:
    # Written for this test.
    text = ("Mayor Rui Gomes Promises New Bridge Over The Douro By 2030\n\n"
            "Harbour Inquiry Helped Reveal Council Payroll Errors\n\n"
            "The mayor spoke in Porto on Monday.\n")
    quotes = extract_quotes(text)
    bridge = _covering(quotes, text, "New Bridge Over The Douro")
    assert bridge.speaker == "Rui Gomes" and "Promises" not in bridge.text
    assert not any("Payroll" in q.text for q in quotes)  # "Helped Reveal": the inquiry is no speaker


def test_a_self_description_is_speech_whatever_its_subject() -> None:
    # Written for this test.
    text = ("About half of the fishermen polled in Braga described themselves as independents with a third "
            "saying they back the mayor. Ana Lopes, a councillor who described herself as a centrist, "
            "voted against the levy.\n")
    quotes = extract_quotes(text)
    independents = _covering(quotes, text, "themselves as independents")
    assert "a third" not in independents.text  # the label ends before "with …"
    centrist = _covering(quotes, text, "herself as a centrist")
    assert "voted" not in centrist.text


def test_a_base_form_cue_after_a_plural_noun_is_a_verb() -> None:
    # Written for this test.
    text = ("At least three Braga councillors claim to oppose the harbour levy on fishing boats. "
            "The councillors' claim surprised Gomes.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "oppose the harbour levy").cue == "claim"
    assert not any("surprised" in q.text for q in quotes)


def test_a_named_candidate_declared_the_winner() -> None:
    # Written for this test.
    text = ("Shortly after Rui Gomes was declared the winner in Braga, Ana Lopes left the hall. "
            "The councillor who was declared the winner in Porto stayed home.\n")
    quotes = extract_quotes(text)
    braga = _covering(quotes, text, "Rui Gomes was declared the winner in Braga")
    assert braga.speaker is None and "Lopes" not in braga.text  # the declarer is not named
    assert not any("Porto" in q.text for q in quotes)


def test_according_to_a_source_holding_a_quoted_title() -> None:
    # Written for this test.
    text = ("The bridge would cost about 40 million euros, according to the “Douro Crossing” study the council "
            "released.\n")
    quotes = extract_quotes(text)
    cost = _covering(quotes, text, "The bridge would cost about 40 million euros")
    assert cost.speaker is None and "Douro Crossing" not in cost.text  # a work's title is no speaker
def test_a_quote_closed_by_a_comma_before_a_long_subject_and_its_cue() -> None:
    # Written for this test: the subject is too long for the usual frame; its heading name speaks.
    text = ("“The harbour needs a plan for the fishing fleet,” Rui Lopes, the port analyst who founded "
            "harbour.pt tweeted on Wednesday. “The boats are losing money now.”\n"
            "“The trawlers must go,” port engineers Ana Costa and Rui Lopes of the Porto Institute for "
            "Maritime Studies wrote in September.\n")
    quotes = extract_quotes(text)
    plan = _covering(quotes, text, "needs a plan for the fishing fleet")
    assert plan.cue == "tweeted" and plan.speaker == "Rui Lopes"
    trawlers = _covering(quotes, text, "The trawlers must go")
    assert trawlers.cue == "wrote" and trawlers.speaker is None


def test_an_invisible_mark_before_a_paragraph_opening_with_a_closing_quote_mark() -> None:
    # Written for this test: a comment pasted from social media keeps a bidi mark before its typo opener.
    text = "Comments poured in.\n\u202a”The bridge must be rebuilt. It is dangerous,” wrote Rui Lopes.\n"
    quotes = extract_quotes(text)
    bridge = _covering(quotes, text, "The bridge must be rebuilt")
    assert bridge.cue == "wrote" and bridge.speaker == "Rui Lopes"


def test_say_with_an_adverb_and_a_colon_before_a_quote() -> None:
    # Written for this test.
    text = 'Asked about the harbour, the mayor of Braga would only say: "The boats will be back next year."\n'
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "The boats will be back").cue == "say"


def test_a_quotation_resuming_in_lower_case_after_a_frame_with_a_participle() -> None:
    # Written for this test.
    text = ("“Many towns are uncertain this year,” Marta Silva wrote in a letter to Publico explaining why she "
            "is running for mayor of Braga, “but most residents agree that the harbour is on the wrong track.”\n")
    quotes = extract_quotes(text)
    whole = _covering(quotes, text, "but most residents agree")
    assert "Many towns are uncertain" in whole.text and whole.speaker == "Marta Silva"


def test_a_straight_closing_mark_glued_to_the_speaker_name() -> None:
    # Written for this test: the space after the closing mark was lost in the copy.
    text = ('"The new tolls will hurt every fisherman in the harbour, and the council knows it,"Marta Silva, '
            'who chairs the Braga Fishermen League said in a statement. "We will fight them."\n')
    quotes = extract_quotes(text)
    tolls = _covering(quotes, text, "The new tolls will hurt")
    assert tolls.speaker == "Marta Silva" and tolls.cue == "said" and "We will fight them" in tolls.text


def test_according_to_after_a_quotation() -> None:
    # Written for this test.
    text = ("“The new tolls were approved without any public hearing,” according to the Braga Fishermen League. "
            "Officials pulled the lever for “A,” or “B,” according to their mood.\n")
    quotes = extract_quotes(text)
    tolls = _covering(quotes, text, "The new tolls were approved")
    assert tolls.cue == "according to" and tolls.speaker_start == text.index("the Braga")
    assert all(q.cue != "according to" or "tolls" in q.text for q in quotes)


def test_a_thing_that_said_a_quotation() -> None:
    # Written for this test.
    text = 'The harbour office put up a banner that said, "Welcome back to the fishermen of Braga."\n'
    quotes = extract_quotes(text)
    welcome = _covering(quotes, text, "Welcome back to the fishermen")
    assert welcome.cue == "said" and welcome.speaker is None


def test_a_run_on_quotation_closing_before_its_frame_and_another_quote_starts_anew() -> None:
    # Written for this test: newspaper style leaves the first paragraph open; the second opens again.
    text = ('"The harbour tolls are too high," Marta Silva said. "Every boat in Braga pays twice.\n\n'
            '"And the council still wants more," she said. "We will not pay."\n\n'
            '"The bridge is old," Rui Lopes said. "It was built in 1902.\n\n'
            '"And it needs paint," Lopes continued. "Lots of paint."\n')
    quotes = extract_quotes(text)
    more = _covering(quotes, text, "And the council still wants more")
    assert "We will not pay" in more.text and "Every boat" not in more.text
    paint = _covering(quotes, text, "And it needs paint")
    assert "It was built in 1902" in paint.text


def test_a_name_with_a_description_whose_closing_comma_was_dropped() -> None:
    # Written for this test.
    text = ("Ana Costa, the spokeswoman for the Braga council said in a statement. “There are no ballots to "
            "recount.”\nSilva, a council aide said, “is very confident about the vote.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "There are no ballots").speaker == "Ana Costa"
    assert all(q.speaker != "Silva" for q in quotes)


def test_a_question_before_a_long_subject_and_its_cue() -> None:
    # Written for this test.
    text = ("“Who will pay for the new bridge?” Rui Lopes, the port analyst who founded harbour.pt asked "
            "on Wednesday.\n")
    quotes = extract_quotes(text)
    bridge = _covering(quotes, text, "Who will pay for the new bridge")
    assert bridge.cue == "asked" and bridge.speaker == "Rui Lopes"


def test_a_sentence_opening_with_a_quote_inside_a_typo_single_mark() -> None:
    # Written for this test: the nested single quote opens with a right mark.
    text = ("Mayor Marta Silva named a television series as her guilty pleasure. “’Harbour Lights,’” she said, "
            "“although I have not seen the last season!”\n")
    quotes = extract_quotes(text)
    series = _covering(quotes, text, "Harbour Lights")
    assert "guilty pleasure" not in series.text and series.speaker == "Marta Silva"


def test_a_question_put_to_someone_in_the_passive() -> None:
    # Written for this test: the one asked does not speak the question.
    text = 'The mayor of Braga was asked, “Will the harbour reopen?” She answered, “I have no idea.”\n'
    quotes = extract_quotes(text)
    question = _covering(quotes, text, "Will the harbour reopen")
    assert question.speaker is None and question.speaker_start is None


def test_a_partial_quote_ending_its_sentence_stays_apart_from_the_next_quotation() -> None:
    # Written for this test: no space between the two quotations.
    text = ("Rui Costa answered with a study proving “fishermen are less likely to break the law than others.”"
            "“Your facts are wrong,” Costa wrote. “Please read the study.”\n")
    quotes = extract_quotes(text)
    wrong = _covering(quotes, text, "Your facts are wrong")
    assert "fishermen are less likely" not in wrong.text and wrong.speaker == "Rui Costa"


def test_a_quotation_running_over_a_hand_wrapped_line() -> None:
    # Written for this test.
    text = ("“Supporters of the other candidates,” Ana Costa added, “have spent their money on television and "
            "forgot to knock on doors\nin the fishing villages.”\n")
    quotes = extract_quotes(text)
    doors = _covering(quotes, text, "forgot to knock on doors")
    assert "in the fishing villages" in doors.text and doors.speaker == "Ana Costa"


def test_a_quotation_followed_by_is_quoted_as_saying() -> None:
    # Written for this test.
    text = '“The harbour will reopen before the summer,” Marta Silva is quoted as saying in the Braga Herald.\n'
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "The harbour will reopen").speaker == "Marta Silva"


def test_assured_before_whom_it_addresses_after_a_quotation() -> None:
    # Written for this test.
    text = '"The mayor is no crook, friends," Rui Lopes assured the crowd in Braga.\n'
    quotes = extract_quotes(text)
    crook = _covering(quotes, text, "The mayor is no crook")
    assert crook.cue == "assured" and crook.speaker == "Rui Lopes"


def test_soon_after_clause_before_the_speaker_of_a_quotation() -> None:
    # Written for this test.
    text = ("Soon after the mayor was booed at the harbour on Monday, Rui Lopes wrote to his followers, "
            "“It is time to end her career for good.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "It is time to end her career").speaker == "Rui Lopes"


def test_an_infinitive_say_right_before_a_quotation() -> None:
    # Written for this test: who was prompted is not guessed.
    text = 'The vote was so calm that the mayor of Braga was prompted to say, "I cannot believe how civil it has been."\n'
    quotes = extract_quotes(text)
    civil = _covering(quotes, text, "I cannot believe how civil")
    assert civil.cue == "say" and civil.kind == "direct"


def test_adding_right_after_a_quotation_frame_keeps_its_speaker() -> None:
    # Written for this test: "We" opens the first quotation, it is no speaker of the second.
    text = '"We will rebuild the harbour," Marta Silva said, adding: "It is our duty to Braga."\n'
    quotes = extract_quotes(text)
    duty = _covering(quotes, text, "It is our duty to Braga")
    assert duty.speaker == "Marta Silva" and duty.speaker_start == text.index("Marta")


def test_a_two_word_quoted_sentence_after_a_colon() -> None:
    # Written for this test.
    text = "The fishermen's march through Faro on Sunday had one message: “Save Olhão.”\n"
    assert _covering(extract_quotes(text), text, "Save Olhão").kind == "direct"


def test_an_as_frame_with_a_setting_before_the_content() -> None:
    # Written for this test: "As X noted in …," — the setting belongs to the frame, the content follows.
    text = ("But as the Porto Gazette noted in an editorial Thursday, the harbour levy “has found a few friends "
            "among the fishermen.” As the Braga Post reported last week, the new pier will open in May.\n")
    quotes = extract_quotes(text)
    levy = _covering(quotes, text, "has found a few friends")
    assert levy.cue == "noted" and levy.text.startswith("the harbour levy")
    pier = _covering(quotes, text, "the new pier will open in May")
    assert pier.text.startswith("the new pier")


def test_last_month_after_a_cue_stays_with_the_content() -> None:
    # Written for this test: "last" before a month is no day that opens the content.
    text = "The mayor vowed last month to repeal the harbour levy before the summer.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "to repeal the harbour levy").text.startswith("last month")


def test_a_short_quotation_before_its_frame_is_no_title() -> None:
    # Written for this test: '“Thank you, son,” Costa replied' is a quotation and its frame, not a show title.
    text = "“Thank you, son,” Rui Costa replied, adding that children should speak with respect.\n"
    quotes = extract_quotes(text)
    respect = _covering(quotes, text, "children should speak with respect")
    assert respect.cue == "adding" and respect.speaker == "Rui Costa"


def test_a_chain_of_which_clauses_ends_the_object() -> None:
    # Written for this test: the two "which" clauses describe the plan; the experts praised the plan.
    text = ("The experts praised Mayor Lima's plan to help small fishing firms, which includes a rule that lets "
            "them deduct new boats, which would otherwise be written off over years.\n")
    quotes = extract_quotes(text)
    plan = _covering(quotes, text, "Mayor Lima's plan")
    assert "deduct" not in plan.text


def test_and_with_a_new_subject_and_a_past_verb_ends_the_content() -> None:
    # Written for this test: the article's quoting is the writer's report, not part of what was noted.
    text = ("Fact-checkers soon noted that the mayor may have been describing a future ferry line, and an "
            "article shared by her office quoted two engineers who doubted the plan.\n")
    quotes = extract_quotes(text)
    noted = _covering(quotes, text, "the mayor may have been describing")
    assert "engineers" not in noted.text


def test_an_adverb_before_a_participle_of_saying_keeps_its_speaker() -> None:
    # Written for this test: "falsely suggesting" is still Costa suggesting something.
    text = ("Rui Costa has raised questions about the mayor's birthplace, falsely suggesting that she was born "
            "outside Portugal.\n")
    quotes = extract_quotes(text)
    born = _covering(quotes, text, "she was born outside Portugal")
    assert born.cue == "suggesting" and born.speaker == "Rui Costa"


def test_a_request_ends_before_a_later_report_by_someone_else() -> None:
    # Written for this test.
    text = ("The harbour union is joining the fishermen in calling for an inquiry into the port accounts after "
            "the local paper reported that half the fees were never collected.\n")
    quotes = extract_quotes(text)
    inquiry = _covering(quotes, text, "an inquiry into the port accounts")
    assert "paper" not in inquiry.text
    assert _covering(quotes, text, "half the fees were never collected").cue == "reported"


def test_a_call_for_action_ends_before_a_later_suggestion_by_its_target() -> None:
    # Written for this test.
    text = ("A councillor in Braga is calling for Rui Lopes to be barred from the port after the inspector "
            "suggested that local crews were smuggling fuel.\n")
    quotes = extract_quotes(text)
    barred = _covering(quotes, text, "Rui Lopes to be barred")
    assert "suggested" not in barred.text
    assert _covering(quotes, text, "local crews were smuggling fuel").cue == "suggested"


def test_what_a_named_person_with_an_appositive_called_something() -> None:
    # Written for this test.
    text = ("The fleet fought the toll in 1990, in what Ana Costa, treasurer of the fishermen's guild, "
            "called “hand-to-hand combat.”\n")
    combat = _covering(extract_quotes(text), text, "hand-to-hand combat")
    assert combat.speaker == "Ana Costa" and "treasurer" not in combat.text
def test_an_inch_mark_inside_a_quotation_does_not_close_it() -> None:
    # Written for this test.
    text = "“I admit, he is taller than me; he is like 6’2”,” Rui Costa said in Braga. “But I am faster.”\n"
    quotes = extract_quotes(text)
    taller = _covering(quotes, text, "he is taller than me")
    assert taller.speaker == "Rui Costa" and "6’2" in taller.text


def test_a_frame_between_dashes_keeps_its_cue() -> None:
    # Written for this test.
    text = "“The council has failed” — Marta Silva said — “and the fishermen deserve better.”\n"
    quotes = extract_quotes(text)
    failed = _covering(quotes, text, "The council has failed")
    assert failed.cue == "said" and failed.speaker == "Marta Silva"
def test_content_naming_only_the_setting_of_a_speech_is_dropped() -> None:
    # Written for this test: "In an interview with …" says where he spoke, not what he said.
    text = ("The mayor of Braga, Rui Tavares, spoke for an hour. "
            "In an interview with a local radio station, he continued.\n")
    assert not any("interview" in q.text for q in extract_quotes(text))


def test_add_of_a_sum_or_a_tally_is_no_speech() -> None:
    # Written for this test: "adding to her victories" and "added 12,000 jobs" report no words.
    text = ("Ana Costa won the race in Porto, adding to her string of victories in the north.\n\n"
            "Portugal added 12,000 jobs in March.\n")
    quotes = extract_quotes(text)
    assert not any("victories" in q.text or "12,000 jobs" in q.text for q in quotes)
    # a real "adding that" is still speech
    said = "The mayor praised the plan, adding that the bridge would open in May.\n"
    assert any("bridge would open" in q.text for q in extract_quotes(said))


def test_all_told_is_no_speech() -> None:
    # Written for this test: "All told" sums up; nobody told anything.
    text = "The festival in Évora drew crowds every night. All told, about 40,000 visitors came to the town.\n"
    assert not any("40,000 visitors" in q.text for q in extract_quotes(text))


def test_an_opening_subordinate_clause_alone_is_no_content() -> None:
    # Written for this test: "continued" here is no verb of saying, and the clause before it says nothing.
    text = ("The port of Faro lost money for years. But even after the fish prices fell, the borrowing continued.\n\n"
            "Because until we fix the harbour, we will continue to lose ships.\n")
    quotes = extract_quotes(text)
    assert not any("fish prices fell" in q.text or "fix the harbour" in q.text for q in quotes)


def test_continues_reports_no_content_but_still_frames_quotations() -> None:
    # Written for this test: "the feud continues" reports nobody's words; "she continued" still frames a quote.
    text = ("The border talks in Faro failed twice. Today, despite a new round of mediation, the feud continues.\n\n"
            "Marta Silva spoke after the vote. “We will not give up,” she continued.\n")
    quotes = extract_quotes(text)
    assert not any("mediation" in q.text for q in quotes)
    assert _covering(quotes, text, "We will not give up").speaker == "Marta Silva"
def test_a_subject_interrupted_by_commas_still_says_what_follows() -> None:
    # Written for this test: a phrase set off by commas between the subject and "said" (speaker left unresolved),
    # but an inverted frame ("…, said the harbour master.") is no such subject.
    text = ("Fishermen who sailed from Olhão at dawn, most of them without insurance, said the new levy would ruin "
            "the smaller boats. Lia Moura, the author of “Salt Roads,” about the old ports, said the pier had "
            "never been safe. The catch was poor this year, by all accounts, said the harbour master.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the new levy would ruin").text.startswith("the new levy")
    assert _covering(quotes, text, "the pier had never been safe").text.startswith("the pier")
    assert not any(q.text.startswith("the harbour master") for q in quotes)


def test_headlines_with_said_and_tells() -> None:
    # Written for this test: title-case headlines with "Said", "Tells" (after a kicker, with an adverb) and a
    # trailing "…, X Tells Y."
    for text, claim, speaker in (
            ("After The Storm, Mayor Gomes Just Said The Three Words Fishermen Wanted.\n", "The Three Words", "Mayor Gomes"),
            ("Ana Reis Tells Fishermen The Pier Will Open In May.\n", "The Pier Will Open", "Ana Reis"),
            ("The Harbour Levy Is A Tax On Work, Rui Costa Tells Port Council.\n", "The Harbour Levy", "Rui Costa")):
        got = _covering(extract_quotes(text), text, claim)
        assert got.kind == "indirect" and got.speaker_start is not None
        assert text[got.speaker_start:got.speaker_end] == speaker


def test_a_headline_after_a_live_blog_time_stamp() -> None:
    # Written for this test: a live blog's byline and time stamp run into the headline.
    text = "Lia MouraShareReply 4ptsFeaturedMay 3, 2024 9:41PMGomes Says The New Pier Will Open Before Summer\n"
    got = _covering(extract_quotes(text), text, "The New Pier Will Open")
    assert got.cue == "Says" and text[got.speaker_start:got.speaker_end] == "Gomes"


def test_a_subject_after_an_opening_phrase_that_quotes_a_few_words() -> None:
    # Written for this test: the quotation sits in the opening phrase; the subject after it speaks.
    text = "Citing “family reasons,” the mayor’s spokeswoman told the Gazette that Gomes will not run again.\n"
    got = _covering(extract_quotes(text), text, "Gomes will not run again")
    assert got.cue == "told" and text[got.speaker_start:got.speaker_end] == "the mayor’s spokeswoman"


def test_an_interposed_frame_going_on_with_a_participle_of_saying() -> None:
    # Written for this test: "A, X explained, recalling B" -- A is what X explained, B what X recalled.
    text = "The harbour was never dredged, Ana Reis explained, recalling the winter the boats ran aground.\n"
    quotes = extract_quotes(text)
    explained = _covering(quotes, text, "The harbour was never dredged")
    assert explained.cue == "explained" and explained.speaker == "Ana Reis"
    assert _covering(quotes, text, "the winter the boats ran aground").cue == "recalling"


def test_a_leading_cue_before_a_second_half_with_its_own_frame() -> None:
    # Written for this test: "X said A, and when asked B, X said, “C”" -- A is reported too.
    text = ("Mayor Gomes said he had not read the harbour report, and when asked whether he would, he said, "
            "“Maybe next week.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "he had not read the harbour report").cue == "said"
    assert _covering(quotes, text, "Maybe next week").kind in ("direct", "mixed")


def test_an_interposed_frame_with_a_long_lower_case_subject() -> None:
    # Written for this test: the subject is too long to name, the sentence is still what they say.
    text = "Dredging the harbour too late, a wide range of local economists say, ruined the sardine season.\n"
    got = _covering(extract_quotes(text), text, "ruined the sardine season")
    assert got.cue == "say" and got.text.startswith("Dredging the harbour")
    text = "When the voters finally had their say, they rejected the harbour levy by a wide margin.\n"
    assert not extract_quotes(text)


def test_an_unnamed_subject_warned_on_a_day_that() -> None:
    # Written for this test: a long subject, a day, then "that" opening the clause warned.
    text = ("Even fishermen who have backed the mayor for years warned on Tuesday that the harbour levy "
            "could empty the port.\n")
    got = _covering(extract_quotes(text), text, "the harbour levy could empty the port")
    assert got.cue == "warned" and got.text.startswith("the harbour levy")


def test_an_as_frame_after_the_clause_it_reports() -> None:
    # Written for this test: ", as the Gazette reported on Tuesday," reports the clause before it.
    text = ("Rui Costa, the harbour master, also met the mayor that night, as the Porto Gazette reported on Tuesday, "
            "and he will help draft the new levy.\n")
    got = _covering(extract_quotes(text), text, "also met the mayor that night")
    assert got.cue == "reported" and text[got.speaker_start:got.speaker_end] == "the Porto Gazette"
    assert "draft the new levy" not in got.text
def test_a_dash_aside_right_after_the_cue_does_not_end_the_content() -> None:
    # Written for this test: the aside opens after one word of the content, which goes on after it.
    text = "Rui Tavares said that ferries -- the old wooden ones -- would stop running in March.\n"
    quotes = extract_quotes(text)
    ferries = _covering(quotes, text, "ferries")
    assert "would stop running in March" in ferries.text


def test_an_interposed_frame_after_a_dash_keeps_only_the_interrupted_clause() -> None:
    # Written for this test: the first clause is the writer's; the aide's statement starts after the dash.
    text = ("The mayor of Braga had a rally planned at the old ferry terminal for Friday - and the permit, her "
            "aide said, had been hard to get.\n")
    quotes = extract_quotes(text)
    permit = _covering(quotes, text, "had been hard to get")
    assert permit.text.startswith("the permit") and "terminal" not in permit.text


def test_a_quotation_running_into_a_trailing_frame_of_its_own_is_not_joined_to_the_one_before() -> None:
    # Written for this test: the second quotation and its unquoted tail are what the report stated.
    text = ('"The ferry will run again by June," the mayor Rui Tavares said. "We have found money for the new '
            'boats" and for the crews, the report stated.\n')
    quotes = extract_quotes(text)
    june = _covering(quotes, text, "run again by June")
    assert "new boats" not in june.text
    boats = _covering(quotes, text, "money for the new boats")
    assert "for the crews" in boats.text and boats.cue == "stated"


def test_a_dash_before_including_does_not_end_the_content() -> None:
    # Written for this test: what follows the dash extends the same reported statement.
    text = "Rui Tavares said two ferry lines would close next year - including the one to the old harbor.\n"
    quotes = extract_quotes(text)
    lines = _covering(quotes, text, "two ferry lines would close")
    assert "the one to the old harbor" in lines.text


def test_the_writers_clause_after_a_comma_ends_the_content() -> None:
    # Written for this test: "one that …" and "even some …" are the writer's, not what was said.
    text = ("Rui Tavares said there is a debate within the council about the ferry fares, one that will shape "
            "the budget next spring.\nAna Lima said the fares were too high, even some council members agreed.\n")
    quotes = extract_quotes(text)
    debate = _covering(quotes, text, "there is a debate within the council")
    assert "budget" not in debate.text
    fares = _covering(quotes, text, "the fares were too high")
    assert "council members" not in fares.text


def test_not_just_a_but_b_is_one_statement() -> None:
    # Written for this test: the ", but …" completes what was promised.
    text = ("Rui Tavares promised not just a few ferries here and there, but the whole fleet and a new harbor.\n"
            "Ana Lima said the party does not plan to elevate Tavares, but rather use him to block Costa.\n")
    quotes = extract_quotes(text)
    assert "the whole fleet" in _covering(quotes, text, "not just a few ferries").text
    assert "use him to block Costa" in _covering(quotes, text, "does not plan to elevate").text


def test_a_dash_before_a_new_speaker_ends_the_content() -> None:
    # Written for this test: after the closing dash, other people say something else.
    text = ("While some friends say Mayor Tavares would look happier on a ferry - an old habit of his - others "
            "say he has never been calmer.\n")
    quotes = extract_quotes(text)
    happier = _covering(quotes, text, "would look happier on a ferry")
    assert "calmer" not in happier.text
    assert "he has never been calmer" in _covering(quotes, text, "he has never been calmer").text


def test_a_subordinate_clause_after_but_ends_at_the_main_clause() -> None:
    # Written for this test: "But even as …" opens a clause; the inspector's words are not Costa's claim.
    text = ('But even as Costa claimed on Tuesday that "the ferry is safe," one of the former inspectors of the '
            'harbor said the two cases were quite different.\n')
    quotes = extract_quotes(text)
    claim = _covering(quotes, text, "the ferry is safe")
    assert claim.cue == "claimed" and "inspectors" not in claim.text


def test_a_quoted_nickname_inside_a_name_is_no_quotation() -> None:
    # Written for this test.
    text = ("“We will not give up the harbor!” councillor Ana “Nina” Rocha shouted to the crowd. "
            "“The whole coast is watching.”\n")
    quotes = extract_quotes(text)
    harbor = _covering(quotes, text, "We will not give up the harbor")
    assert harbor.speaker == "Ana Rocha" and harbor.cue == "shouted"
    assert not any(q.text.strip("“”") == "Nina" for q in quotes)


def test_a_nickname_inside_an_inverted_speaker_name() -> None:
    # Written for this test.
    text = "“I will win the title back,” said Rui “The Hammer” Costa, the boxer from Faro.\n"
    assert _covering(extract_quotes(text), text, "win the title back").speaker == "Rui Costa"


def test_a_doubled_opening_mark_still_opens_the_quotation() -> None:
    # Written for this test.
    text = "\"“The ferry will run all winter,” Mayor Joana Pires said in Aveiro.\n"
    ferry = _covering(extract_quotes(text), text, "The ferry will run all winter")
    assert ferry.speaker == "Joana Pires" and ferry.kind == "direct"


def test_a_paragraph_set_in_marks_around_a_quotation_and_its_frame() -> None:
    # Written for this test.
    text = "\"“You do not win a port by counting boats,” Marta Silva replied in Aveiro.\"\n"
    boats = _covering(extract_quotes(text), text, "You do not win a port by counting boats")
    assert boats.cue == "replied" and "Aveiro" not in boats.text


def test_a_quotation_in_straight_single_marks() -> None:
    # Written for this test.
    text = ("'We won't close the farmers' market, not this year,' Mayor Joana Pires said in Aveiro. "
            "She added: 'The budget is balanced.'\n")
    quotes = extract_quotes(text)
    market = _covering(quotes, text, "close the farmers' market")
    assert market.kind == "direct" and market.speaker == "Joana Pires" and "not this year" in market.text
    assert _covering(quotes, text, "The budget is balanced").cue == "added"


def test_a_subheading_in_straight_single_marks_quotes_nobody() -> None:
    # Written for this test.
    text = "Mayor Joana Pires said the ferry would run.\n'A Harbor for Everyone.'\nThe council met on Friday.\n"
    assert not any("Harbor for Everyone" in q.text for q in extract_quotes(text))


def test_quotations_in_a_bulleted_list_after_a_colon_frame() -> None:
    # Written for this test.
    text = ("Mayor Joana Pires told the council on Friday:\n"
            "• “We will not raise the harbor fees this year.”\n"
            "• “We will build two new schools in Aveiro.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "raise the harbor fees").speaker == "Joana Pires"
    assert _covering(quotes, text, "two new schools").speaker == "Joana Pires"


def test_a_described_name_before_an_uncommon_cue_after_a_quotation() -> None:
    # Written for this test.
    text = "“The harbor will never be sold,” an angry Joana Pires retaliated. “Not while I am mayor.”\n"
    harbor = _covering(extract_quotes(text), text, "The harbor will never be sold")
    assert harbor.speaker == "Joana Pires" and harbor.cue == "retaliated"


def test_a_frame_pointing_back_to_the_quotation() -> None:
    # Written for this test.
    text = "“The ferry is the heart of this town,” was how Mayor Joana Pires put it in Aveiro.\n"
    ferry = _covering(extract_quotes(text), text, "heart of this town")
    assert ferry.speaker == "Joana Pires" and ferry.kind == "direct"


def test_a_whole_quoted_sentence_after_a_dash_ending_a_paragraph() -> None:
    # Written for this test.
    text = "Mayor Joana Pires had one message for the fishermen — “The harbor stays open all winter.”\n"
    harbor = _covering(extract_quotes(text), text, "The harbor stays open all winter")
    assert harbor.kind == "direct" and harbor.speaker == "Joana Pires"


def test_screamed_and_jeered_attribute_a_quotation() -> None:
    # Written for this test.
    text = "Mayor Joana Pires asked who would pay. The crowd screamed back, “Lisbon!”\nHis rivals jeered “Resign!” as he left.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "Lisbon").cue == "screamed"
    assert _covering(quotes, text, "Resign").cue == "jeered"


def test_a_chant_is_quoted_even_when_its_chanters_are_unsure() -> None:
    # Written for this test.
    text = "About 300 fishermen gathered outside the town hall in Aveiro, chanting \"Save our harbor.\"\n"
    chant = _covering(extract_quotes(text), text, "Save our harbor")
    assert chant.kind == "direct" and chant.cue == "chanting"


def test_a_second_quotation_running_on_to_a_frame_of_its_own_is_split() -> None:
    # Written for this test.
    text = ("\"The harbor will be our focus for two months,\" campaign manager Rui Costa wrote. "
            "\"We have built strong crews in each port\" there and in towns that vote in March, the memo stated.\n")
    quotes = extract_quotes(text)
    focus = _covering(quotes, text, "The harbor will be our focus")
    crews = _covering(quotes, text, "strong crews in each port")
    assert focus is not crews and focus.speaker == "Rui Costa"
    assert crews.cue == "stated" and "towns that vote in March" in crews.text


def test_a_cue_right_before_the_next_quotation_takes_that_one() -> None:
    # Written for this test.
    text = "Waving signs that called the mayor “Braga’s worst tenant,” the fishermen chanted “Open the harbor now.”\n"
    quotes = extract_quotes(text)
    chant = _covering(quotes, text, "Open the harbor now")
    assert chant.cue == "chanted" and "worst tenant" not in chant.text


def test_a_reversed_closing_mark_before_a_bracketed_source() -> None:
    # Written for this test.
    text = ("Harbor polls ran too early - PortoPollster: “The fishermen moved late. The polls had stopped by then.“[Porto Post]\n"
            "Mayor Joana Pires said the ferry would run.\n")
    late = _covering(extract_quotes(text), text, "The fishermen moved late")
    assert "Porto Post" not in late.text and "polls had stopped" in late.text


def test_a_criticizing_participle_reports_what_was_criticized() -> None:
    # Written for this test.
    text = "Mayor Ana Lopes toured the harbour on Monday, criticizing Rui Costa for his votes against the dredging plan.\n"
    votes = _covering(extract_quotes(text), text, "his votes against the dredging plan")
    assert votes.cue == "criticizing" and "toured" not in votes.text


def test_a_participle_opening_an_aside_between_dashes_takes_no_content() -> None:
    # Written for this test.
    text = "Ana Lopes spoke for an hour, criticizing - and even threatening to sue - the harbour board.\n"
    assert not [q for q in extract_quotes(text) if q.text.lstrip().startswith(("-", "—"))]


def test_more_participles_open_a_sentence_with_what_was_said() -> None:
    # Written for this test.
    text = ("Declaring that the harbour would reopen by spring, Mayor Ana Lopes thanked the fishermen.\n\n"
            "Promising that no crew would lose its licence, the minister left the quay.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the harbour would reopen by spring").cue == "Declaring"
    assert _covering(quotes, text, "no crew would lose its licence").cue == "Promising"


def test_an_opening_asked_to_stands_before_a_quoted_answer() -> None:
    # Written for this test.
    text = "Asked to name the ship that ran aground, Captain Rui Costa said, “I will not do that today.”\n"
    quotes = extract_quotes(text)
    asked = _covering(quotes, text, "to name the ship that ran aground")
    assert asked.cue == "Asked" and asked.speaker is None
    assert _covering(quotes, text, "I will not do that today").speaker == "Rui Costa"


def test_a_promising_participle_after_a_clause_keeps_its_promise_unattributed() -> None:
    # Written for this test.
    text = ("The harbour master toured the flooded quay, blaming the storm and vowing to rebuild the sea wall by May.\n\n"
            "Then she addressed the guild, pledging that no boat would lose its mooring.\n")
    quotes = extract_quotes(text)
    wall = _covering(quotes, text, "to rebuild the sea wall by May")
    assert wall.cue == "vowing" and wall.speaker is None
    assert _covering(quotes, text, "no boat would lose its mooring").cue == "pledging"


def test_a_second_participle_joined_by_and_shares_the_speaker() -> None:
    # Written for this test.
    text = "Mayor Ana Lopes turned on the harbour board, calling it a disgrace and accusing its chairman of hiding the accounts.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "it a disgrace").speaker == "Ana Lopes"
    hiding = _covering(quotes, text, "its chairman of hiding the accounts")
    assert hiding.cue == "accusing" and hiding.speaker == "Ana Lopes"


def test_a_trailing_wrote_with_the_person_written_to() -> None:
    # Written for this test.
    text = "The old ledgers are already kept in a dry archive and need not be moved, Rui Costa wrote Ana Lopes.\n"
    ledgers = _covering(extract_quotes(text), text, "The old ledgers are already kept in a dry archive")
    assert ledgers.cue == "wrote" and ledgers.speaker == "Rui Costa"


def test_headlines_with_tells_and_explain() -> None:
    # Written for this test.
    text = ("Harbour Master Tells Council The Sea Wall Will Not Hold.\n\n"
            "Braga Fishermen Explain Why The Toll Must Go.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "The Sea Wall Will Not Hold").cue == "Tells"
    assert _covering(quotes, text, "Why The Toll Must Go").cue == "Explain"


def test_agreed_with_a_clause_without_that_is_a_view_voiced() -> None:
    # Written for this test.
    text = ("Most harbour pilots agreed they had no real say in the new toll.\n\n"
            "Mayor Ana Lopes agreed to add two members to the board.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "they had no real say in the new toll").cue == "agreed"
    assert not [q for q in quotes if "two members" in q.text]


def test_an_accusing_participle_keeps_its_charge_when_the_subject_is_not_found() -> None:
    # Written for this test.
    text = ("Mayor Ana Lopes took the stage in Braga. Then she turned on Rui Costa, calling him a tourist and "
            "accusing him of selling the harbour to his friends.\n")
    quotes = extract_quotes(text)
    charge = _covering(quotes, text, "him of selling the harbour to his friends")
    assert charge.cue == "accusing" and "tourist" not in charge.text
def test_an_opening_frame_keeps_its_clause_before_a_trailing_frame() -> None:
    # Written for this test: "said" opens the sentence and "they said" closes it; each frame has its clause.
    text = ("Other mayors said they support ferry subsidies and harbor grants, but they would not push for them "
            "at the national level, because those choices belong to towns, they said.\n")
    quotes = extract_quotes(text)
    support = _covering(quotes, text, "they support ferry subsidies")
    assert "Other mayors" not in support.text and "national level" not in support.text
    push = _covering(quotes, text, "would not push for them")
    assert "ferry subsidies" not in push.text


def test_a_dash_before_and_not_only_does_not_end_the_content() -> None:
    # Written for this test: "- and not only because …" goes on with the same claim.
    text = ("Allies of Rui Tavares say he deserves the first chance at the seat - and not only because his "
            "election would make history in Braga.\n")
    quotes = extract_quotes(text)
    seat = _covering(quotes, text, "he deserves the first chance")
    assert "make history" in seat.text


def test_an_unpunctuated_dump_is_cut_into_bounded_sentences() -> None:
    # Written for this test: no real sentence is 2,500 characters long; a dump without full stops is cut at
    # spaces into pieces of at most that length (so extraction stays linear in the article's length).
    from bot.quotes.text import sentences

    text = "the harbour council said " * 2000
    spans = sentences(text, 0, len(text))
    assert len(spans) > 1 and max(b - a for a, b in spans) <= 2500
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
    normal = "The mayor said the port would close. The council agreed."
    assert sentences(normal, 0, len(normal)) == [(0, 36), (37, len(normal))]


def test_a_trailing_frame_followed_by_a_dash_and_a_comment() -> None:
    # Written for this test: "…, X reported on Tuesday -- a development that …" still closes the content.
    text = ("Sardine catches will fall again this year, the Portuguese fisheries institute reported on Tuesday -- "
            "a development that worries the harbour council.\n")
    got = _covering(extract_quotes(text), text, "Sardine catches will fall again")
    assert got.cue == "reported" and "worries" not in got.text


def test_a_titled_name_after_an_opening_phrase_without_a_comma() -> None:
    # Written for this test: no comma after the opening phrase; the titled name before "said" speaks.
    text = "Saturday at the Algarve party convention Sen. Ana Reis (PS) said the harbour levy was a failure.\n"
    got = _covering(extract_quotes(text), text, "the harbour levy was a failure")
    assert text[got.speaker_start:got.speaker_end].startswith("Sen. Ana Reis")
    text = "“We will not stop,” Mr. Costa said in a speech to the fishermen of Olhão on Sunday.\n"
    assert not any(q.text.startswith("in a speech") for q in extract_quotes(text))


def test_a_subject_interrupted_by_an_aside_between_dashes() -> None:
    # Written for this test: the aside between dashes ends right before "said"; a name opens the clause said.
    text = ("Lia Moura, head of the fishermen's union - which has fought the levy since 2019 - said Gomes has "
            "run out of time.\n")
    got = _covering(extract_quotes(text), text, "Gomes has run out of time")
    assert got.text.startswith("Gomes has")
def test_two_names_before_a_colon_speak_the_quotation() -> None:
    # Written for this test.
    text = "HARBOR POLLS NOT WRONG, JUST EARLY - Ana Melo and Rui Costa: “The polls did not fail. They only ended too early.”\n"
    early = _covering(extract_quotes(text), text, "They only ended too early")
    assert early.kind == "direct" and early.speaker is None  # two speakers: neither alone


def test_french_spacing_inside_guillemets_is_not_part_of_the_quotation() -> None:
    # Written for this test.
    text = "« The harbor stays open all winter », said Mayor Joana Pires in Aveiro.\n"
    harbor = _covering(extract_quotes(text), text, "The harbor stays open")
    assert harbor.text == "The harbor stays open all winter" and harbor.speaker == "Joana Pires"


def test_a_paragraph_opening_single_quotation_may_hold_double_marks() -> None:
    # Written for this test.
    text = "‘We want the “best” deal for the fishermen,’ Mayor Joana Pires said, calling the rival plan “a disgrace”.\n"
    quotes = extract_quotes(text)
    deal = _covering(quotes, text, "deal for the fishermen")
    assert deal.speaker == "Joana Pires" and "disgrace" not in deal.text


def test_a_paragraph_opening_straight_single_quotation_may_hold_double_marks() -> None:
    # Written for this test.
    text = "'We want the \"best\" deal for the fishermen,' Mayor Joana Pires said in Aveiro.\n"
    deal = _covering(extract_quotes(text), text, "deal for the fishermen")
    assert deal.speaker == "Joana Pires" and deal.kind == "direct"


def test_a_quotation_after_the_frame_of_a_partly_quoted_statement_goes_on() -> None:
    # Written for this test.
    text = ("\"I admire the engineering\" of the harbor plan, Mr. Rui Costa said. "
            "\"It is more detailed than the last one. But I have serious concerns about the cost.\"\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "serious concerns about the cost").speaker == "Rui Costa"


def test_a_time_phrase_after_the_cue_of_a_quotation_is_no_content() -> None:
    # Written for this test.
    text = "“We pray for the fishermen of Braga tonight,” Mayor Joana Pires tweeted the day after the storm hit the port.\n"
    pray = _covering(extract_quotes(text), text, "We pray for the fishermen")
    assert pray.cue == "tweeted" and pray.speaker == "Joana Pires" and "storm" not in pray.text


def test_a_short_scare_quote_in_straight_single_marks_closes_before_the_next_quotation() -> None:
    # Written for this test.
    text = "Mayor Joana Pires called the toll 'absurd' and said on Friday: 'We will appeal the ruling.'\n"
    quotes = extract_quotes(text)
    appeal = _covering(quotes, text, "We will appeal the ruling")
    assert "absurd" not in appeal.text and appeal.kind == "direct"


def test_the_topic_named_in_a_quotation_frame_is_reported_inside_the_quotation_span() -> None:
    # Written for this test.
    text = ("“They know how to use words,” said Mayor Joana Pires, speaking of the harbor board, "
            "“and they leave themselves room.”\n"
            "Lamenting the delays, Rui Costa told the council, “The ferry has waited three years.”\n")
    quotes = extract_quotes(text)
    board = [q for q in quotes if q.text == "the harbor board"]
    assert board and board[0].speaker == "Joana Pires"
    assert any(q.text == "the delays" for q in quotes)
    assert _covering(quotes, text, "leave themselves room").speaker == "Joana Pires"
    assert _covering(quotes, text, "The ferry has waited").speaker == "Rui Costa"
def test_a_saying_participle_set_off_by_a_dash_reports_the_main_clause_subject() -> None:
    # Written for this test.
    text = ("Mayor Joana Pires of Braga dismissed the harbor union's complaint about the new tolls — saying "
            "the union had refused the same offer last spring.\n")
    refused = _covering(extract_quotes(text), text, "the union had refused the same offer")
    assert refused.cue == "saying" and refused.speaker == "Joana Pires" and "dismissed" not in refused.text


def test_blasted_someone_for_something_is_a_rebuke_but_blasted_rock_is_not() -> None:
    # Written for this test.
    text = ("Mayor Joana Pires blasted the harbor council for its delays on the new pier.\n\n"
            "The quarry near Braga blasted rock all night.\n")
    quotes = extract_quotes(text)
    rebuke = _covering(quotes, text, "the harbor council for its delays")
    assert rebuke.cue == "blasted" and rebuke.speaker == "Joana Pires"
    assert not any("rock" in q.text for q in quotes)


def test_a_place_with_its_region_inside_the_subject() -> None:
    # Written for this test: "in Braga, Portugal," is one place inside the subject, not an appositive.
    text = "A woman in Braga, Portugal, told him the harbour levy would be dropped.\n"
    levy = _covering(extract_quotes(text), text, "the harbour levy would be dropped")
    assert text[levy.speaker_start:levy.speaker_end] == "A woman in Braga"


def test_a_when_or_after_clause_set_off_after_a_short_opening_ends_at_its_comma() -> None:
    # Written for this test: the clause interrupts a short subject or opening, so the main clause is no content.
    text = ("The mayor's standing, even after she criticized the harbor board of Braga, shows how little the "
            "council understood its voters.\n\n"
            "Now, after arguing that the ferry tolls were far too high, Rui Costa is asking the port to cut them.\n")
    quotes = extract_quotes(text)
    board = _covering(quotes, text, "the harbor board of Braga")
    assert "shows" not in board.text
    tolls = _covering(quotes, text, "the ferry tolls were far too high")
    assert "asking" not in tolls.text


def test_a_relative_clause_subject_reports_words_even_when_its_antecedent_is_unclear() -> None:
    # Written for this test: "which has warned" and "Silva and Costa, who suggested" speak, speaker unresolved;
    # "who has pledged to" reports a promise by the named antecedent.
    text = ("The dockers' union, which has repeatedly warned that the Braga pier is unsafe, met the mayor on Monday.\n\n"
            "Neither Rui Silva and Ana C. Costa, who suggested the ferry could be left to Lisbon, are wise choices.\n\n"
            "The council invited Mayor Joana Pires, who has pledged to close the old harbor by next spring.\n")
    quotes = extract_quotes(text)
    pier = _covering(quotes, text, "the Braga pier is unsafe")
    assert pier.speaker is None and "met the mayor" not in pier.text
    ferry = _covering(quotes, text, "the ferry could be left to Lisbon")
    assert ferry.speaker is None and "wise choices" not in ferry.text
    harbor = _covering(quotes, text, "to close the old harbor")
    assert harbor.cue == "pledged" and harbor.speaker == "Joana Pires"
def test_a_contracted_progressive_be_leaves_the_pronoun_as_subject() -> None:
    # Written for this test: "She’s now telling" is "she is now telling", the pronoun speaks.
    text = ("Mayor Joana Pires toured the harbor on Monday. She’s now telling fishermen the new pier will open "
            "in May.\n")
    pier = _covering(extract_quotes(text), text, "the new pier will open in May")
    assert pier.cue == "telling" and text[pier.speaker_start:pier.speaker_end] == "She"


def test_praising_and_touting_take_their_object_up_to_the_next_act() -> None:
    # Written for this test.
    text = ("Mayor Joana Pires is praising Rui Costa, who retired from the harbor board on Friday, as “a patient "
            "builder.”\n\n"
            "Ana Reis kept her lead in Braga by touting her record on ferries and pounding Costa on tolls.\n\n"
            "Councillor Paulo Lima spoke for an hour, praising the new pier as he promised more berths.\n")
    quotes = extract_quotes(text)
    costa = _covering(quotes, text, "who retired from the harbor board")
    assert costa.cue == "praising" and "a patient builder" in costa.text
    record = _covering(quotes, text, "her record on ferries")
    assert record.cue == "touting" and "pounding" not in record.text
    pier = _covering(quotes, text, "the new pier")
    assert pier.cue == "praising" and "promised" not in pier.text


def test_threatened_to_is_speech_only_when_someone_threatens() -> None:
    # Written for this test.
    text = ("Mayor Joana Pires threatened to close the harbor to cruise ships on Friday night at the council meeting.\n\n"
            "The ferry dispute threatened to derail the port budget for the whole year.\n\n"
            "The fishermen’s union in Braga backed the plan, while Councillor Rui Costa has threatened to block it "
            "in a vote.\n")
    quotes = extract_quotes(text)
    harbor = _covering(quotes, text, "to close the harbor to cruise ships")
    assert harbor.cue == "threatened" and harbor.speaker == "Joana Pires" and "council meeting" not in harbor.text
    assert not any("derail" in q.text for q in quotes)
    assert not any(q.cue == "threatened" and "backed the plan" in q.text for q in quotes)
    assert _covering(quotes, text, "to block it").cue == "threatened"


def test_remarking_reports_what_the_main_clause_subject_remarked() -> None:
    # Written for this test.
    text = "Mayor Joana Pires opened the fish market on Monday, remarking that the harbor had never been busier.\n"
    busier = _covering(extract_quotes(text), text, "the harbor had never been busier")
    assert busier.cue == "remarking" and busier.speaker == "Joana Pires"


def test_a_filing_alleging_that_reports_the_claim_without_guessing_a_speaker() -> None:
    # Written for this test.
    text = ("Fishermen in Braga filed a lawsuit in 2019 alleging that the port authority had dumped silt in the "
            "river.\n\nThe lawsuit alleging fraud was dropped.\n")
    quotes = extract_quotes(text)
    silt = _covering(quotes, text, "the port authority had dumped silt")
    assert silt.cue == "alleging" and "filed a lawsuit" not in silt.text
    assert not any(q.text == "fraud" for q in quotes)


def test_disclosed_reports_what_was_disclosed_but_not_an_amount_or_recipient() -> None:
    # Written for this test.
    text = ("The harbor board of Braga disclosed its payments to three dredging firms over the last decade.\n\n"
            "Councillor Rui Costa disclosed that the ferry contract had been signed in secret.\n\n"
            "Residents of the old town disclose little about their fishing quotas.\n")
    quotes = extract_quotes(text)
    payments = _covering(quotes, text, "its payments to three dredging firms")
    assert payments.cue == "disclosed"
    secret = _covering(quotes, text, "the ferry contract had been signed in secret")
    assert secret.cue == "disclosed" and secret.speaker == "Rui Costa"
    assert not any("fishing quotas" in q.text for q in quotes)
# Robustness: malformed or gigantic input (articles are capped at 200,000 characters at ingest) must not
# crash extraction, and every quote it returns must point into the text exactly. Inputs written for these tests.
_ROBUST_CHARS = 200_000


def _filled(unit: str, n: int = _ROBUST_CHARS) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _assert_offsets_valid(text: str, quotes: list[ExtractedQuote]) -> None:
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.text
        assert (q.speaker_start is None) == (q.speaker_end is None)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize("text", [
    "", "a", "“", '"', "'", "``", "\x00", " \n\t\r" * 50, "\u200b\u202e\ufeff",
    "Smith said “yes.”\r\nJones said “no.”\r\n",
    "Smith\tsaid\t“yes,”\tand\x00left. \U0001F600 “\U0001F44D,” he said.",
    "قال الرئيس «لا» \u202e“نعم” said Ana Reis. Путин said “да”.",
    "“He said ‘she said “they said ‘no’”’,” Ana Reis said.",
    "“A, ” said B, “C, ” said D, “E",
])
def test_odd_small_inputs_do_not_crash_and_offsets_hold(text: str) -> None:
    # Written for this test.
    _assert_offsets_valid(text, extract_quotes(text))


@pytest.mark.parametrize("unit", [
    ".", "“", "”", '"', "'", "‘", "’", "«", "»", "„", "``", "''",  # runs of one mark (a run of dots was quadratic)
    "“We will win the vote and more, he said.\n",  # paragraphs each opening a quotation never closed (quadratic)
    '"We will win the vote and more, he said.\n',
    "\t“A”",  # quotation marks with no space anywhere before them (a scan to the last space per mark)
    "said, ", "said ", "Said said ", "John Smith ", "a — ", "Smith said: ", "the man who said ",
    "Smith\u200b said\u200b “\u200bno\u200b.” ", "Smith said \x00“yes\x00.” ",
])
def test_gigantic_runs_of_one_pattern_are_extracted_without_error(unit: str) -> None:
    # Written for this test.
    text = _filled(unit)
    quotes = extract_quotes(text)
    _assert_offsets_valid(text, quotes)
    assert len(quotes) <= len(text) // 2


@pytest.mark.parametrize("unit,quoted,lost", [
    ("“Yes,” Ana Reis said. ", "Yes,", 0),  # one huge paragraph of short quotes (a scan of its sentences per quote)
    ("“Yes,” Ana Reis said.\r\n", "Yes,", 0),
    ("Ana Reis\tsaid\t“yes.”\t", "yes.", 0),
    # no sentence boundary anywhere (an emoji opens each): cut into 2,500-character pieces, quotes at the cuts may merge
    ("😀 Ana Reis said “👍 yes 🎉.” ", "👍 yes 🎉.", 2000 // 40),
])
def test_a_huge_article_of_short_quotes_keeps_its_quotes(unit: str, quoted: str, lost: int) -> None:
    # Written for this test: each repetition is a quotation with its speaker; they are found, with the speaker.
    text = _filled(unit, 2000 * len(unit))
    quotes = extract_quotes(text)
    _assert_offsets_valid(text, quotes)
    assert 2000 - lost <= len([q for q in quotes if q.text == quoted]) <= 2000
    assert {q.speaker for q in quotes} == {"Ana Reis"}


def test_many_paragraphs_opening_quotations_that_never_close_are_each_read_alone() -> None:
    # Written for this test: no quotation runs on across paragraphs that never close it.
    text = _filled("“We will win the vote and more, he said.\n", _ROBUST_CHARS)
    quotes = extract_quotes(text)
    _assert_offsets_valid(text, quotes)
    assert all("\n" not in q.text for q in quotes)
    assert len(quotes) <= text.count("\n") + 1


@pytest.mark.parametrize("text,content,speaker", [
    ("Mayor Rui Tavares pointed to the drop in river traffic as proof that the toll works.",
     "the drop in river traffic as proof that the toll works", "Rui Tavares"),
    ("Rui Tavares brushed off the defeat, pointing to his record on housing in Braga.",
     "his record on housing in Braga", "Rui Tavares"),
    # a purpose infinitive after the object is not what is pointed to
    ("Rui Tavares points to Lopes' council votes on fishing to court the coastal vote.",
     "Lopes' council votes on fishing", "Rui Tavares"),
])
def test_pointing_to_evidence_is_reported_speech(text: str, content: str, speaker: str) -> None:
    # Written for this test.
    quotes = [q for q in extract_quotes(text) if q.cue.startswith("point")]
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "“It comes in this side and leaves by that one,” Rui Tavares said, pointing to his left ear and then his right.",
    "Rui Tavares smiled and pointed to a woman in the crowd near the stage.",
    "Rui Tavares has long pointed to his record on housing.",
])
def test_pointing_at_something_in_sight_or_a_stock_line_is_not_reported(text: str) -> None:
    # Written for this test: a gesture, or a line argued over time rather than said on one occasion.
    assert not [q for q in extract_quotes(text) if q.cue.startswith("point")]
@pytest.mark.parametrize("text,speaker", [
    ("The next month, Rui Lopes said that the bridge would close in May.", "Rui Lopes"),
    ("That same night, Rui Lopes told reporters that the bridge would close in May.", "Rui Lopes"),
    ("Back in 2009 and 2010, Rui Lopes expressed doubts about the bridge.", "Rui Lopes"),
])
def test_a_time_phrase_opening_the_sentence_leaves_the_speaker_after_it(text: str, speaker: str) -> None:
    # Written for this test: "The next month," / "Back in 2009," is when, not who, and the name after it speaks.
    quotes = extract_quotes(text)
    quotes = [q for q in quotes if q.kind == "indirect"]
    assert quotes and all(q.speaker == speaker for q in quotes)
    assert all(text[q.speaker_start:q.speaker_end].endswith("Lopes") for q in quotes)


def test_a_town_and_its_state_in_an_opening_phrase_are_skipped_to_the_speaker() -> None:
    # Written for this test: "in Braga, Md.," is one place; the mayor after it speaks.
    text = "The day before, at a rally in Braga, Md., Mayor Rui Lopes was blunt, claiming that the port had failed."
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Rui Lopes"]
    assert "the port had failed" in quotes[0].text


@pytest.mark.parametrize("opener", [
    "Shortly afterward", "Soon thereafter", "Just hours later", "Not a full day later", "Within hours",
    "A day after the vote", "Twenty minutes into the debate",
])
def test_a_span_of_time_opening_the_sentence_leaves_the_speaker_after_it(opener: str) -> None:
    # Written for this test: how long after, not who; the councillor after the comma speaks.
    text = f"{opener}, Rui Lopes said he would resign from the council."
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Rui Lopes"]
    assert quotes[0].text == "he would resign from the council"


@pytest.mark.parametrize("opener", ["Throughout the campaign", "Inside the hall", "Alongside the union", "Here in Braga"])
def test_a_place_or_span_phrase_opening_the_sentence_is_not_the_speaker(opener: str) -> None:
    # Written for this test: "Inside the hall," says where; the mayor after it speaks.
    text = f"{opener}, Mayor Rui Lopes told reporters that the port would reopen in May."
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Rui Lopes"]
    assert text[quotes[0].speaker_start:quotes[0].speaker_end].endswith("Rui Lopes")
@pytest.mark.parametrize("text,quoted", [
    ("The mayor's office sent an email to voters stating, “Braga Votes for a New Bridge.”", "Braga Votes for a New Bridge."),
    ("Her rivals went after Rita Moura, with one of their ads asking, “Can Moura run the port?”", "Can Moura run the port?"),
])
def test_a_participle_with_its_comma_introduces_a_quotation_whose_speaker_is_unsure(text: str, quoted: str) -> None:
    # Written for this test: the quotation is found, and nobody is guessed as its speaker.
    quotes = [q for q in extract_quotes(text) if q.text == quoted]
    assert len(quotes) == 1
    assert quotes[0].speaker is None


def test_a_crowd_cry_of_several_words_is_quoted_speech_with_nobody_named() -> None:
    # Written for this test: the chanted words are found, no speaker is guessed; a lone word is not taken.
    text = ("The Braga mayor was greeted with loud chants of “Four more years!” as she walked in.\n\n"
            "Councillors answered with shouts of “no” when the port plan came up.\n")
    quotes = extract_quotes(text)
    chant = [q for q in quotes if q.text == "Four more years!"]
    assert len(chant) == 1 and chant[0].speaker is None
    assert not [q for q in quotes if q.text == "no"]


def test_a_name_inside_the_subjects_relative_clause_does_not_speak() -> None:
    # Written for this test: the voters speak, not the candidate they backed.
    text = ("Voters who backed Ana Costa said, “We are tired of waiting.”\n\n"
            "Fishermen who met Costa said the harbour levy was unfair.\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "We are tired of waiting").speaker is None
    assert _covering(quotes, text, "the harbour levy was unfair").speaker is None


@pytest.mark.parametrize("text,quoted,mention", [
    ("The council fell silent, and when the mayor rose to speak, a fisherman shouted, “Open the harbour!”",
     "Open the harbour!", "a fisherman"),
    ("The hall had been quiet for an hour, when a young delegate yelled “Count the votes again!”",
     "Count the votes again!", "a young delegate"),
    ("Although the two sides met twice, a diplomat who attended the talks in Geneva said on Monday, “Both sides want a deal.”",
     "Both sides want a deal.", "a diplomat"),
])
def test_a_quotation_after_an_opening_clause_or_a_who_clause_keeps_its_unnamed_speaker(text: str, quoted: str, mention: str) -> None:
    # Written for this test: the quotation is found and its speaker phrase located; nobody is named.
    quote = _covering(extract_quotes(text), text, quoted)
    assert quote.speaker is None
    assert text[quote.speaker_start:quote.speaker_end].lower() == mention


def test_reported_speech_of_a_subject_with_a_who_clause() -> None:
    # Written for this test: the diplomat speaks, not the minister named inside the who-clause.
    text = ("Foreign Minister Ana Reis arrived late.\n\n"
            "A diplomat who briefed Reis told reporters that the two sides remained far apart.\n")
    quote = _covering(extract_quotes(text), text, "the two sides remained far apart")
    assert quote.speaker is None
    assert text[quote.speaker_start:quote.speaker_end] == "A diplomat"


def test_a_name_in_an_opening_asked_phrase_is_not_the_antecedent_of_she() -> None:
    # Written for this test: "she" is the senator who answers, not the aide she was asked about.
    text = ("Senator Rita Moura sat beside Ana Costa at the hearing.\n\n"
            "Asked on Tuesday about Costa, Moura said “I have never read those emails,” she said.\n")
    quote = _covering(extract_quotes(text), text, "I have never read those emails")
    assert quote.speaker == "Rita Moura"


@pytest.mark.parametrize("text,quoted", [
    ("Dockers marched to the port carrying signs saying, “No deal without us.”", "No deal without us."),
    ("One woman held up a placard which read “Bridges not walls” and waved it at the cameras.", "Bridges not walls"),
    ("The mayor's office sent an email to voters stating, “Braga will vote in May.”", "Braga will vote in May."),
])
def test_words_a_sign_or_message_reads_are_quoted_with_nobody_named(text: str, quoted: str) -> None:
    # Written for this test: what a sign or a message reads is found; no speaker is guessed for it.
    quote = _covering(extract_quotes(text), text, quoted)
    assert quote.kind == "direct" and quote.speaker is None


@pytest.mark.parametrize("text,content,speaker", [
    ("Senator Ana Reis, a Democrat on the budget committee, advocates a tax on imported steel.",
     "a tax on imported steel", "Ana Reis"),
    ("Mayor Rui Lopes would advocate building a second bridge over the river.",
     "building a second bridge over the river", "Rui Lopes"),
])
def test_a_cue_that_is_also_a_noun_is_a_verb_after_an_appositive_or_a_modal(text: str, content: str, speaker: str) -> None:
    # Written for this test: "advocates" after the subject's appositive, "advocate" after "would", are verbs.
    quote = _covering(extract_quotes(text), text, content)
    assert quote.speaker == speaker


def test_advocates_as_a_plural_noun_report_nothing() -> None:
    # Written for this test: "advocates" here are people, not a verb of saying.
    text = "The advocates of the new bridge, mostly fishermen, gathered at the port on Sunday."
    assert extract_quotes(text) == []


def test_a_cue_coordinated_inside_a_who_clause_belongs_to_the_who() -> None:
    # Written for this test: the woman who answered the door speaks, not the canvasser who talked to her.
    text = "Tom Lee visited Ana Reis, who answered her door on Sunday and said she would vote for Costa.\n"
    quote = _covering(extract_quotes(text), text, "she would vote for Costa")
    assert quote.speaker == "Ana Reis"
    assert text[quote.speaker_start:quote.speaker_end] == "who"


@pytest.mark.parametrize("text,speaker", [
    ("Turkish President Kemal Ali Doğanay spoke on Friday. Doganay said the museum would reopen in June.",
     "Kemal Ali Doğanay"),
    ("Prime Minister Zoran Marković met the envoy. Markovic said the border would stay open.", "Zoran Marković"),
])
def test_a_surname_written_without_its_accent_is_the_same_person(text: str, speaker: str) -> None:
    # Written for this test: one person, whichever way the article spells the surname the second time.
    quote = extract_quotes(text)[0]
    assert quote.speaker == speaker


@pytest.mark.parametrize("opener", ["On Wednesday", "This Wednesday", "Earlier today", "On Monday evening"])
def test_a_time_phrase_without_its_comma_before_a_titled_speaker(opener: str) -> None:
    # Written for this test: the time phrase is not part of the speaker, whose title and country are kept.
    text = f"{opener} Greek Foreign Minister Eleni Kostas said approval by the council was needed."
    quote = _covering(extract_quotes(text), text, "approval by the council was needed")
    assert (quote.speaker, quote.speaker_title, quote.speaker_affiliation) == ("Eleni Kostas", "Foreign Minister", "Greece")
    assert text[quote.speaker_start:quote.speaker_end] == "Greek Foreign Minister Eleni Kostas"


def test_a_dash_aside_between_the_cue_and_the_quotation_is_skipped() -> None:
    # Written for this test: the aside says where the words were reported; the quotation is the minister's.
    text = ("Foreign Minister Ana Reis spoke on Monday.\n\n"
            "On Wednesday, Reis said — as reported by the Daily Herald — “The port will reopen in May.”\n")
    quotes = extract_quotes(text)
    quote = _covering(quotes, text, "The port will reopen in May.")
    assert quote.speaker == "Ana Reis"
    assert not [q for q in quotes if "Daily Herald" in q.text]


def test_an_attribution_inside_parentheses_starts_at_the_opening_mark() -> None:
    # Written for this test: the speaker phrase starts after "(", and the closing mark is not said.
    text = ("Few historians agree (Ana Reis, who wrote the standard history of the port, once said, "
            "“It was built twice.”). Others disagree.\n\n"
            "Mayor Rui Lopes spoke first. (On Monday he said he would close the harbour.)\n")
    quotes = extract_quotes(text)
    first = _covering(quotes, text, "It was built twice.")
    assert first.speaker == "Ana Reis"
    second = _covering(quotes, text, "he would close the harbour")
    assert second.speaker == "Rui Lopes" and not second.text.endswith(")")


@pytest.mark.parametrize("text,speaker,title,affiliation", [
    ("UN Secretary-General Ana Reis said the ceasefire must hold.", "Ana Reis", "Secretary-General", "United Nations"),
    ("NATO Secretary General Rui Lopes said the alliance would respond.", "Rui Lopes", "Secretary General", "NATO"),
    ("EU foreign policy chief Eva Lind said sanctions would follow.", "Eva Lind", "foreign policy chief", "European Union"),
    ("Kremlin spokesman Ivan Petrov told reporters the talks were useful.", "Ivan Petrov", "spokesman", "Russia"),
])
def test_an_organisation_or_institution_before_the_title_is_the_affiliation(text: str, speaker: str, title: str,
                                                                            affiliation: str) -> None:
    # Written for this test: "UN Secretary-General X" is X, Secretary-General, of the United Nations.
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.speaker_title, quote.speaker_affiliation) == (speaker, title, affiliation)


def test_an_organisation_opening_a_title_case_headline_makes_no_person() -> None:
    # Written for this test: "UN Report Finds" is no one's name.
    text = "UN Report Finds Gaps Growing.\n\nLater, he said the report was accurate.\n"
    assert all(q.speaker is None for q in extract_quotes(text))


def test_a_no_break_space_is_a_space_and_the_quote_keeps_it() -> None:
    # Written for this test: a no-break space between the closing mark and the inverted frame.
    text = ("Ana Reis spoke on Friday.\n\n"
            "“If anyone wonders why the harbour is not finished, the delays in this report are the reason,”"
            "\xa0added Ana Reis.\n\nThe council\xa0met later.\n")
    quote = _covering(extract_quotes(text), text, "the delays in this report")
    assert quote.speaker == "Ana Reis" and quote.kind == "direct"
    assert quote.text == text[quote.start:quote.end]


@pytest.mark.parametrize("text,phrase,cue,speaker", [
    ("The mayor spoke for an hour.\n\n“We will not give up on the harbour,” came the reply from Ana Reis.\n",
     "We will not give up", "came", "Ana Reis"),
    ("Protesters marched downtown. “No more cuts,” read one sign. “Save our schools,” was another.\n",
     "Save our schools", "was", None),
    ("Prices keep rising. “By winter we will all be paying in euros,” is one common saying in the port.\n",
     "paying in euros", "is", None),
    ("Rui Lopes held a rally.\n\n“If a protester starts shouting, please do not touch the protester,” begins a "
     "recorded message that precedes all of his rallies.\n", "please do not touch", "begins", None),
])
def test_a_frame_after_the_quotation_may_open_with_its_verb(text: str, phrase: str, cue: str, speaker: str | None) -> None:
    # Written for this test: '“…,” came the reply from X', '“…,” was another', '“…” is one common saying', '“…,” begins a message'.
    quote = _covering(extract_quotes(text), text, phrase)
    assert (quote.kind, quote.cue, quote.speaker) == ("direct", cue, speaker)
    assert "read one" not in quote.text


@pytest.mark.parametrize("text,phrase,cue,mention", [
    ("“He is confused,” Rui Lopes said as the heckler yelled: “You are wrong!”\n", "You are wrong!", "yelled", "the heckler"),
    ("Rui Lopes steered the boat past the ferry as his friends jeered, “Goodbye, sailor!”\n", "Goodbye, sailor!", "jeered",
     "his friends"),
    ("Smiling through her speech, Ana Reis drew cheers as she thanked her home town and then boomed, “Today you proved "
     "there is no place like home.”\n", "no place like home", "boomed", "she"),
])
def test_the_frame_of_a_quotation_may_be_a_clause_inside_the_sentence(text: str, phrase: str, cue: str, mention: str) -> None:
    # Written for this test: the cue's subject opens a clause after "as" or shares it through "and then".
    quote = _covering(extract_quotes(text), text, phrase)
    assert (quote.kind, quote.cue, text[quote.speaker_start:quote.speaker_end]) == ("direct", cue, mention)
@pytest.mark.parametrize("text,speaker,content", [
    ("Rui Lopes went on to criticize the council for its failure to fund the harbour.", "Rui Lopes",
     "the council for its failure to fund the harbour"),
    ("Advisers to Ana Reis are quick to point out that she has won the last two contests.", "Advisers to Ana Reis",
     "that she has won the last two contests"),
    ("Ana Reis then went on to explain what she likes about the new port.", "Ana Reis", "what she likes about the new port"),
])
def test_a_frame_of_going_on_or_haste_before_any_cue_keeps_its_subject(text: str, speaker: str, content: str) -> None:
    # Written for this test: "went on to criticize", "are quick to point out": the frame's subject speaks.
    quote = _covering(extract_quotes(text), text, content)
    assert quote.speaker == speaker



@pytest.mark.parametrize("text,content", [
    ('"The storms prove once again that the harbour needs a wall," Rui Lopes says in the spot titled "Danger," '
     'warning against allowing any more boats in from the north.', "against allowing any more boats in from the north"),
    ("“Where I sit now, I think it would make things worse,” Rui Lopes said, while arguing the city should hire "
     "more harbour pilots.", "the city should hire more harbour pilots"),
])
def test_a_participle_after_a_quotation_frame_shares_its_speaker(text: str, content: str) -> None:
    # Written for this test: a title quoted inside the frame, or "while" before the participle, leaves the
    # frame's speaker the participle's.
    assert _covering(extract_quotes(text), text, content).speaker == "Rui Lopes"


@pytest.mark.parametrize("text,content", [
    ("“I think the harbour plan is the best we have, but it has no chance,” Ana Reis said on the radio show "
     "“Morning Talk,” adding, “Its problem is that nobody wants to pay for it.”", "Its problem is that nobody wants"),
    ("''We have started all those talks,'' Ana Reis said, adding of the mayor, ''He cares about the port.''",
     "He cares about the port."),
])
def test_a_sentence_opening_with_a_quotation_has_its_frame_speaker_as_subject(text: str, content: str) -> None:
    # Written for this test: the subject a later participle shares is the frame's speaker, not the quotation's
    # first words ("I", "We").
    assert _covering(extract_quotes(text), text, content).speaker == "Ana Reis"


@pytest.mark.parametrize("text,content,speaker", [
    ("The harbour deal was first reported by the Gazette.", "The harbour deal", "Gazette"),
    ("Her resignation was confirmed by the Port Authority, which she led for ten years.", "Her resignation",
     "Port Authority"),
])
def test_a_passive_report_with_its_source_reports_the_subject(text: str, content: str, speaker: str) -> None:
    # Written for this test: "X was first reported by Y": X is what Y reported.
    quote = _covering(extract_quotes(text), text, content)
    assert quote.text == content and quote.speaker == speaker


@pytest.mark.parametrize("text", [
    "Judge Ana Reis was confirmed by the Senate in May.",
    "It was reported by the Gazette that the harbour would close.",
])
def test_a_vote_or_an_empty_subject_is_no_passive_report(text: str) -> None:
    # Written for this test: a nominee confirmed by a vote, and "It was reported", report no subject.
    assert all(not q.text.startswith(("Judge", "It")) for q in extract_quotes(text))


@pytest.mark.parametrize("text,content", [
    ("Ana Reis also claims she alone was fined for the spill.", "she alone was fined for the spill"),
    ("Rui Lopes often calls out the harbour board for its delays.", "the harbour board for its delays"),
    ("Labor leaders point out that Rui Lopes could draw many union voters.", "that Rui Lopes could draw many union voters"),
    ("The union points out that the council removed the mayor of Braga, Portugal, from its board in May after he "
     "suggested that the port be sold.", "that the council removed the mayor of Braga, Portugal, from its board in May "
     "after he suggested that the port be sold"),
])
def test_a_noun_like_cue_after_an_adverb_or_with_out_is_a_verb(text: str, content: str) -> None:
    # Written for this test: "also claims", "often calls out", "point out that" are verbs; a subordinate
    # "after he suggested" goes on with the same report.
    assert _covering(extract_quotes(text), text, content).text == content


@pytest.mark.parametrize("text", [
    "These are also states where Rui Lopes is poised to do well.",
    "The union also points out some figures:\n\nThe wage is low and the hours are long.\n",
])
def test_an_adverb_before_a_noun_or_a_colon_list_reports_nothing(text: str) -> None:
    # Written for this test: "are also states" is a noun; what "points out …:" introduces follows the colon.
    assert not any(q.cue in ("states", "points") for q in extract_quotes(text))


@pytest.mark.parametrize("text,content,speaker", [
    ("Rui Lopes is questioning whether Ana Reis would have attended the harbour opening.",
     "whether Ana Reis would have attended the harbour opening", "Rui Lopes"),
    ("The port fared badly after she left, leading some to question whether she deserved the credit.",
     "whether she deserved the credit", None),
])
def test_a_doubt_voiced_with_question_whether_is_reported(text: str, content: str, speaker: str | None) -> None:
    # Written for this test: "is questioning whether …", "leading some to question whether …": a doubt voiced.
    quote = _covering(extract_quotes(text), text, content)
    assert quote.text == content and quote.speaker == speaker


@pytest.mark.parametrize("text,content,speaker", [
    ("Attorney General Ana Reis is confirming that the harbour trust is not registered as a charity.",
     "the harbour trust is not registered as a charity", "Ana Reis"),
    ("Rui Lopes spoke for an hour on Monday, denying that he had ever met the envoy.",
     "he had ever met the envoy", "Rui Lopes"),
    ("Mayor Ana Reis is reaffirming that the harbour inquiry is free of outside influence.",
     "the harbour inquiry is free of outside influence", "Ana Reis"),
])
def test_progressives_and_participles_of_clause_cues_report(text: str, content: str, speaker: str) -> None:
    # Written for this test: "is confirming that …", ", denying that …", "is reaffirming that …".
    quote = _covering(extract_quotes(text), text, content)
    assert quote.text == content and quote.speaker == speaker


@pytest.mark.parametrize("text,content,speaker", [
    ("Rui Lopes has been criticized for offering vague answers on the harbour plan.",
     "Rui Lopes has been criticized for offering vague answers on the harbour plan", None),
    ("Ana Reis was praised by the dock workers for keeping the port open, even in the storm.",
     "Ana Reis was praised by the dock workers for keeping the port open", "dock workers"),
])
def test_a_passive_rebuke_or_praise_reports_the_one_judged_and_the_reason(text: str, content: str,
                                                                         speaker: str | None) -> None:
    # Written for this test: "X has been criticized (by Y) for Z": X and Z are what was said, Y the source.
    quote = _covering(extract_quotes(text), text, content)
    assert quote.text == content
    assert (text[quote.speaker_start:quote.speaker_end] if quote.speaker_start is not None else None) in (
        None if speaker is None else "the " + speaker, speaker)


@pytest.mark.parametrize("text,content", [
    ("Ana Reis will come on the show to talk about the harbour and how it is changing the town.",
     "the harbour and how it is changing the town"),
    ("Rui Lopes was more eager to speak about the budget than about the port.", "the budget"),
])
def test_an_infinitive_talk_about_reports_its_topic(text: str, content: str) -> None:
    # Written for this test: "to talk about X", "to speak about X": X is the topic to be spoken of.
    assert _covering(extract_quotes(text), text, content).text == content


@pytest.mark.parametrize("text,content,speaker", [
    ("Ana Reis discussed the harbour plan with a radio host on Monday.", "the harbour plan", "Ana Reis"),
    ("Rui Lopes would not discuss whether he hoped for a cabinet post.", "whether he hoped for a cabinet post",
     "Rui Lopes"),
])
def test_a_topic_discussed_is_reported_without_its_partner(text: str, content: str, speaker: str) -> None:
    # Written for this test: "discussed X with Y": X is the topic spoken of, Y only the partner.
    quote = _covering(extract_quotes(text), text, content)
    assert quote.text == content and quote.speaker == speaker


def test_a_verb_joined_in_a_which_clause_has_no_speaker_of_the_sentence() -> None:
    # Written for this test: "a book, which explored A and discussed B": the book, not the sentence's subject.
    text = ("Ana Reis recalled the mayor praising an old history, which explored the fall of the port and "
            "discussed how the town could recover.")
    assert all(q.speaker != "Ana Reis" for q in extract_quotes(text) if "town could recover" in q.text)


@pytest.mark.parametrize("text,content", [
    ("At the very least, Rui Lopes has yet to explain why the harbour fees should be kept.",
     "why the harbour fees should be kept"),
    ("In an email, Ana Reis had to explain to the mayor that she could not send the memo.",
     "she could not send the memo"),
])
def test_an_infinitive_explain_with_a_clause_reports_it(text: str, content: str) -> None:
    # Written for this test: "has yet to explain why …", "had to explain to X that …": what is to be explained.
    assert _covering(extract_quotes(text), text, content).text.endswith(content)


def test_an_infinitive_explain_with_a_bare_object_reports_nothing() -> None:
    # Written for this test: "trying to explain the difference": an attempt, not a report.
    text = "Ana Reis got trapped trying to explain the difference between the two plans."
    assert all(q.cue != "explain" for q in extract_quotes(text))


@pytest.mark.parametrize("text,content", [
    ("Rui Lopes kept refusing to concede that the dock workers were unlikely to vote for him.",
     "the dock workers were unlikely to vote for him"),
    ("The council is voting again, as its members continue to warn that the harbour deal was a mistake.",
     "the harbour deal was a mistake"),
])
def test_an_infinitive_clause_cue_with_that_reports_its_clause(text: str, content: str) -> None:
    # Written for this test: "refusing to concede that …", "continue to warn that …".
    assert _covering(extract_quotes(text), text, content).text == content


@pytest.mark.parametrize("text", [
    "That is not to suggest that the harbour plan is making people poorer.",
    "This story has been updated to note that the mayor posted the plan online.",
])
def test_the_writers_own_infinitive_note_reports_nothing(text: str) -> None:
    # Written for this test: "not to suggest that", "updated to note that": the writer's hedge or note.
    assert extract_quotes(text) == []


def test_a_report_of_a_bare_pronoun_or_a_topics_list_is_not_kept() -> None:
    # Written for this test: "that" and "it" tell a reader nothing; "Topics discussed included" describes topics.
    text = ("Mayor Rui Lopes met the council. “We are still discussing that,” he said, and Lopes repeated it.\n\n"
            "Topics discussed included the harbour levy and the bridge.\n\n"
            "Lopes discussed the fishing quotas with the fishermen.\n")
    quotes = extract_quotes(text)
    assert not [q for q in quotes if q.text.strip(" .,") in ("that", "it")]
    assert not [q for q in quotes if q.text.startswith("included")]
    assert _covering(quotes, text, "the fishing quotas").speaker == "Rui Lopes"
@pytest.mark.parametrize("text,content", [
    ("The ministry denies that the fire was arson and goes to great lengths to suppress the reports.",
     "the fire was arson"),
    ("Rui Lopes continues to insist that he will stay in the race and refuses to answer questions about money.",
     "he will stay in the race"),
    ("Ana Reis spoke on Monday, warning voters that the new tax could hurt the town and implying that the mayor lied.",
     "the new tax could hurt the town"),
])
def test_the_speakers_next_act_in_the_cues_form_ends_the_clause(text: str, content: str) -> None:
    # Written for this test: "denies that A was B and goes …", "warning that A and implying that …": the next act.
    assert _covering(extract_quotes(text), text, content).text == content


def test_a_verb_in_the_contents_own_tense_stays_in_the_clause() -> None:
    # Written for this test: "says he is proud and expects to …": the clause goes on with the same subject.
    text = "Rui Lopes says he is proud of his record and expects to win the port vote."
    assert _covering(extract_quotes(text), text, "he is proud").text.endswith("win the port vote")


@pytest.mark.parametrize("text,content", [
    ("Ana Reis and Rui Lopes cited the number at last week's harbour forum watched by many people.", "the number"),
    ("Rui Lopes repeated his view at a town hall in Braga on the same day.", "his view"),
    ("Reis leans on her uncle, mentioning him in almost every speech to the dock workers.", "him"),
    ("Ana Reis was a lobbyist for a port firm, but she doesn’t mention the firm on the campaign trail.", "the firm"),
])
def test_a_short_objects_occasion_is_not_part_of_it(text: str, content: str) -> None:
    # Written for this test: "cited the number at last week's forum", "mentioning him in almost every speech".
    assert _covering(extract_quotes(text), text, content).text == content


def test_what_follows_the_campaign_trail_colon_is_kept() -> None:
    # Written for this test: "boasts about them on the campaign trail: A, B and C": the list names them.
    text = "Rui Lopes boasts about them on the campaign trail: the port deal, the ferry and the new bridge."
    assert all(q.text != "them" for q in extract_quotes(text))
@pytest.mark.parametrize("text,content", [
    ("Her aides say it's too soon to plan a harbour campaign but noted that Reis won two hard races.",
     "it's too soon to plan a harbour campaign"),
    ("The Lopes campaign hit back on Monday, saying she's fine at speeches but suggesting that the docks need more.",
     "she's fine at speeches"),
])
def test_a_that_further_on_belongs_to_a_second_verb_not_the_first(text: str, content: str) -> None:
    # Written for this test: "say A but noted that B", "saying she's A but suggesting that B": the first verb
    # reports A, the "that" later on opens what the second verb reports.
    assert _covering(extract_quotes(text), text, content).text == content


def test_a_participle_joined_by_but_shares_the_speaker() -> None:
    # Written for this test: "saying A but suggesting B": one speaker for both.
    text = ("Ana Reis went after her rival on Monday, saying he's a good talker "
            "but suggesting that talk will not fix the ferry.")
    assert [q.speaker for q in extract_quotes(text)] == ["Ana Reis", "Ana Reis"]


@pytest.mark.parametrize("text,speaker", [
    ("Rui Lopes continued to question whether the harbour deal would survive the winter.", "Rui Lopes"),
    ("Ana Reis has lately started asking the ferry crews to sign a new petition.", "Ana Reis"),
])
def test_the_subject_of_an_aspect_frame_speaks(text: str, speaker: str) -> None:
    # Written for this test: "continued to question whether …", "started asking X to …": the frame's subject speaks.
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text,content,speaker", [
    ("Ana Reis joked that, on a windy day, the old ferry is faster than the new bridge.",
     "on a windy day, the old ferry is faster than the new bridge", "Ana Reis"),  # the whole that-clause
    ("Rui Lopes protested that the harbour board was being unfair to the fishermen.",
     "the harbour board was being unfair to the fishermen", "Rui Lopes"),
    ("Some councillors stood outside, grousing that the new fees were far too high.",
     "the new fees were far too high", None),
])
def test_a_verb_of_saying_in_a_manner_reports_its_that_clause(text: str, content: str, speaker: str | None) -> None:
    # Written for this test: "joked that …", "protested that …", "grousing that …".
    q = _covering(extract_quotes(text), text, content)
    assert q.text == content and q.speaker == speaker


def test_a_manner_noun_before_that_reports_nothing() -> None:
    # Written for this test: "the jokes that …": a noun with a relative clause.
    text = "At the harbour dinner, the mayor's jokes that his staff had written fell flat with the crowd."
    assert all("staff had written" not in q.text for q in extract_quotes(text))


@pytest.mark.parametrize("text,content", [
    ("Not only did she like the harbour plan, Ana Reis concluded that the ferry fees should be cut.",
     "the ferry fees should be cut"),
    ("The harbour fund came under scrutiny in May, when it was revealed that two clerks had moved its savings abroad.",
     "two clerks had moved its savings abroad"),
])
def test_a_past_verb_of_saying_with_that_reports_its_clause_without_a_subject(text: str, content: str) -> None:
    # Written for this test: "… concluded that …", "when it was revealed that …": the clause is reported even when
    # no speaker is found.
    assert _covering(extract_quotes(text), text, content).text == content


@pytest.mark.parametrize("text", [
    "It should be noted that the ferry timetable changes every spring.",
    "The clerk who revealed that the ferry accounts were missing has since moved to Lisbon.",
])
def test_a_passive_note_or_a_relative_reveal_in_the_subject_reports_no_clause(text: str) -> None:
    # Written for this test: the writer's "it should be noted that"; "who revealed that A has since moved": A's end unseen.
    assert extract_quotes(text) == []


@pytest.mark.parametrize("cue", ["denied", "denies that", "confirmed", "revealed that"])
def test_a_line_break_right_after_a_cue_does_not_lose_the_article(cue: str) -> None:
    # Written for this test: the odd break used to raise, and the whole article returned nothing.
    text = f"Mayor Rui Lopes {cue}\nthe port was closed.\n\nAna Reis said the ferry would run again.\n"
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "the ferry would run again").speaker == "Ana Reis"


def test_a_hard_wrapped_file_reads_like_the_same_text_unwrapped() -> None:
    # Written for this test: a plain-text file wrapped at about 70 columns, with one blank line between paragraphs.
    unwrapped = ("Harbour Minister Ana Reis said on Monday that the talks with the fishermen would resume next "
                 "week, and added that the ministry was ready to compromise on the quotas. Mayor Rui Lopes "
                 "denied that the council had changed its position on the new bridge.\n\n"
                 "“We remain open to talks with every group that uses the harbour, large or small,” Lopes told "
                 "reporters after the meeting in the town hall.\n")
    import textwrap
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in unwrapped.strip().split("\n\n")) + "\n"
    assert "\n" in wrapped.split("\n\n")[0]
    flat = [(q.start, q.end, q.speaker) for q in extract_quotes(unwrapped)]
    quotes = extract_quotes(wrapped)
    assert [(q.start, q.end, q.speaker) for q in quotes] == flat  # textwrap only swaps spaces for breaks
    assert all(wrapped[q.start:q.end] == q.text for q in quotes)
    assert {q.speaker for q in quotes} == {"Ana Reis", "Rui Lopes"}


def test_many_closing_parentheses_are_stripped_from_content_only_when_unopened() -> None:
    # Written for this test: the aside's closing marks are left out, the content's own pair is kept.
    text = "Mayor Rui Lopes spoke. (On Monday he said the bridge (the old one) would close" + ")" * 2000 + ".\n"
    quote = _covering(extract_quotes(text), text, "the bridge")
    assert quote.text == "the bridge (the old one) would close"


@pytest.mark.parametrize("text,content", [
    ("Ana Reis says that the port was closed to ships and workers on Monday.",
     "the port was closed to ships and workers on Monday"),
    ("Harbour chief Ana Reis went on to stress that the port would reopen in May.", "the port would reopen in May"),
])
def test_plural_nouns_after_and_are_no_second_act_and_stress_is_a_verb_after_to(text: str, content: str) -> None:
    # Written for this test: "workers on Monday" is a noun phrase, not the speaker's next act; "to stress that" reports.
    assert _covering(extract_quotes(text), text, content).text == content


@pytest.mark.parametrize("text", [
    "It was noted that the harbour had closed early that year.",
    "As was noted that spring, the Braga council voted twice on the bridge.",
    "Ana Reis mused that night about the harbour and its ferries.",
])
def test_the_writers_aside_or_a_demonstrative_that_reports_nothing(text: str) -> None:
    # Written for this test: "it was noted that" is the writer's aside; "that spring", "that night" are times.
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text,topic", [
    ("Foreign Minister Ana Reis discussed the problems with the new bridge.", "the problems with the new bridge"),
    ("Foreign Minister Ana Reis discussed the harbour with her counterpart from Vigo.", "the harbour"),
    ("Foreign Minister Ana Reis discussed trade with Rui Lopes on Monday.", "trade"),
])
def test_a_topic_discussed_ends_before_the_person_it_was_discussed_with(text: str, topic: str) -> None:
    # Written for this test: "with" ends the topic only when a person follows it.
    assert _covering(extract_quotes(text), text, topic).text == topic


def test_a_sentence_may_open_with_an_accented_capital() -> None:
    # Written for this test: "Çelik added" opens a sentence of its own, with its own report.
    text = "Foreign Minister Ana Çelik said the port would reopen. Çelik added that the ferry would run.\n"
    quotes = extract_quotes(text)
    assert [(q.speaker, q.text) for q in quotes] == [("Ana Çelik", "the port would reopen"),
                                                     ("Ana Çelik", "the ferry would run")]


def test_quoted_sentences_closing_the_paragraph_of_an_attribution_are_its_speakers() -> None:
    # Written for this test: the quotation opens a new sentence after the attribution, in the same paragraph.
    text = ("Trade Minister Lina Okafor told reporters in Lagos that the tariff plan would stay. "
            "“We will not let our ports be flooded with cheap steel. The plan protects our workers.”\n\n"
            "Talks resume next week.\n")
    quotes = extract_quotes(text)
    words = _covering(quotes, text, "We will not let our ports be flooded")
    assert words.kind == "direct" and words.speaker == "Lina Okafor"
    assert words.text.endswith("protects our workers.")


@pytest.mark.parametrize("text", [
    # Written for this test: somebody else acts in a sentence between the attribution and the quotation.
    ("“The harbour is ours,” Mayor Tomas Berg said at the pier. Deputy Mayor Ines Holm shook her head. "
     "“Nobody owns the sea, and nobody ever will.”\n"),
    # Written for this test: the last attribution sits in a clause opened by "after".
    ("Envoy Pavel Rusu thanked the host, after Minister Dana Ilie told reporters that the talks had gone well. "
     "“We leave with a real agreement in hand.”\n"),
])
def test_quoted_sentences_after_another_actor_or_a_subordinate_attribution_are_not_inherited(text: str) -> None:
    quotes = extract_quotes(text)
    tail = text.rstrip("\n”")[-20:]
    assert not [q for q in quotes if tail in q.text and q.speaker in ("Tomas Berg", "Dana Ilie")]


@pytest.mark.parametrize("text, said", [
    # Written for this test: an adverb sits between an unnamed group and its "say".
    ("But 12 percent of registered dock workers still say they were never consulted about the new locks.\n",
     "they were never consulted about the new locks"),
    # Written for this test: "has since said" after a coordinated verb.
    ("The ferry company backed the toll at first but has since said it now wants the bridge rebuilt.\n",
     "it now wants the bridge rebuilt"),
])
def test_an_adverb_between_a_subject_and_its_verb_of_saying_keeps_the_report(text: str, said: str) -> None:
    assert _covering(extract_quotes(text), text, said).text == said


@pytest.mark.parametrize("text, claimed", [
    # Written for this test: a document or body as subject, then a noun-like verb form and its clause.
    ("The new lawsuit claims that the port authority hid the survey from the council.\n",
     "the port authority hid the survey from the council"),
    ("The Norwegian ministry claims Berg runs a network of shell firms in the north.\n",
     "Berg runs a network of shell firms in the north"),
    # Written for this test: a second clause after a comma and "it" ends the first content.
    ("The audit notes the agency wasted 4,000 euros on lunches, it lists the staff involved, and it says the "
     "money was never repaid.\n", "the agency wasted 4,000 euros on lunches"),
])
def test_a_noun_like_verb_after_a_determined_noun_reports_its_clause(text: str, claimed: str) -> None:
    assert _covering(extract_quotes(text), text, claimed).text == claimed


@pytest.mark.parametrize("text", [
    # Written for this test: the same forms as nouns, or a verb that says nothing.
    "The mayor rejected government claims that the vote was rigged.\n",
    "The fever claims the lives of thousands of children every year.\n",
])
def test_a_noun_like_form_that_is_a_noun_or_no_speech_reports_nothing(text: str) -> None:
    assert extract_quotes(text) == []
@pytest.mark.parametrize("text, words", [
    # Written for this test: verbs and nouns of shouting next to a quotation, the sentence going on after it.
    ("Dock workers at the gate chanted “Open the port” at the passing ministers.", "Open the port"),
    ("The mayor waved from the balcony, mouthing “thank you” toward the square.", "thank you"),
    ("The governor kept control of the hall, alternately shouting “Sit down” and “Let her talk.”", "Sit down"),
    ("The rally closed with hundreds of farmers and traders chanting \"Fair prices now\" and \"No more tolls.\"",
     "Fair prices now"),
    ("There were constant calls of “Save the ferry” as the minister walked by.", "Save the ferry"),
    ("Her speech drew loud jeers and “Resign!” chants from the back rows.", "Resign!"),
    ("Fans filled the square, and the band had them cheer for “Mayor Ana Reis.” Few stayed for the vote.", "Mayor Ana Reis."),
])
def test_shouted_words_are_direct_quotes_with_no_guessed_speaker(text: str, words: str) -> None:
    quote = _covering(extract_quotes(text), text, words)
    assert quote.kind == "direct" and quote.text == words and quote.speaker is None


def test_shouted_words_do_not_take_over_a_quotation_used_as_a_subject() -> None:
    # Written for this test: the quotation is the subject of its own verb, nobody's cry.
    text = "Protesters who chanted “Close the mine” were arrested, the police said.\n"
    assert not [q for q in extract_quotes(text) if q.text == "Close the mine"]


@pytest.mark.parametrize("text, words, speaker", [
    # Written for this test: the quotation names words its speaker used; the sentence goes on after it.
    ("Mayor Ana Reis has used the phrase “harbour first” often in her speeches, and her rivals mock it.",
     "harbour first", "Ana Reis"),
    ("In a short answer, Governor Rui Lopes said “ferries” six times and left the stage.", "ferries", "Rui Lopes"),
])
def test_a_quotation_naming_the_words_used_is_a_direct_quote(text: str, words: str, speaker: str) -> None:
    quote = _covering(extract_quotes(text), text, words)
    assert quote.kind == "direct" and quote.text == words and quote.speaker == speaker


def test_a_quotation_after_the_words_that_is_a_verb_is_no_named_phrase() -> None:
    # Written for this test: "said the words “sink” the plan" reports a claim, the quoted word its verb.
    text = "Mayor Ana Reis said the words “sink” the plan, and the council agreed.\n"
    assert not [q for q in extract_quotes(text) if q.text == "sink"]


def test_a_time_alone_after_the_cue_is_no_reported_content() -> None:
    # Written for this test: "wrote a few years earlier" tells when; the words are the quotation.
    text = "As the columnist Mara Lind wrote a few years earlier, “Nobody ever built a harbour with speeches.”\n"
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Mara Lind")]
    assert quotes[0].text.startswith("Nobody ever built")


@pytest.mark.parametrize("frame", ["The columnist Mara Lind had written: ", "Mara Lind has written, "])
def test_has_written_frames_a_quotation_with_its_subject_as_speaker(frame: str) -> None:
    # Written for this test.
    text = frame + "“Nobody ever built a harbour with speeches.”\n"
    quote = _covering(extract_quotes(text), text, "Nobody ever built")
    assert (quote.cue, quote.speaker) == ("written", "Mara Lind")


def test_an_appositive_between_the_subject_and_a_verb_of_manner_keeps_the_speaker() -> None:
    # Written for this test.
    text = "Rui Lopes, the harbour chief, joked that the ferries would outlive them all.\n"
    quote = _covering(extract_quotes(text), text, "the ferries would outlive")
    assert (quote.cue, quote.speaker) == ("joked", "Rui Lopes")


def test_a_passive_report_with_a_day_before_its_source() -> None:
    # Written for this test: "was reported Monday by X" as well as "was reported by X".
    text = "The closure of the northern port was reported Monday by the Harbour Gazette, citing two officials.\n"
    quote = _covering(extract_quotes(text), text, "The closure of the northern port")
    assert quote.cue == "reported" and "Harbour Gazette" in text[quote.speaker_start:quote.speaker_end]


def test_each_quoted_sentence_goes_on_with_the_attribution_right_before_it() -> None:
    # Written for this test: two speakers in one paragraph, each followed by a quoted sentence.
    text = ("Foreign Minister Sergei Lavrov said Moscow was ready to talk. “We are open to dialogue.” "
            "Ukrainian Foreign Minister Dmytro Kuleba said the offer was a trick. “Nobody in Kyiv believes a word of it.”\n")
    quotes = extract_quotes(text)
    assert _covering(quotes, text, "We are open to dialogue").speaker == "Sergei Lavrov"
    assert _covering(quotes, text, "Nobody in Kyiv believes").speaker == "Dmytro Kuleba"
    assert _covering(quotes, text, "the offer was a trick").speaker == "Dmytro Kuleba"


@pytest.mark.parametrize("text", [
    # Written for this test: another subject later in the attribution's sentence.
    "French President Emmanuel Macron said he would call Putin, but German Chancellor Olaf Scholz disagreed. "
    "“We must stand together against this aggression.”\n",
    "Secretary of State Antony Blinken told reporters the ceasefire was holding, a claim Hamas rejected. "
    "“The occupation is still bombing Gaza every day.”\n",
    # Written for this test: a source or an asker is not the one quoted next.
    "According to Reuters, Iranian negotiators rejected the proposal. “We will never negotiate under pressure.”\n",
    "Reporter Jane Doe asked French President Emmanuel Macron whether the call was wise. "
    "“We must keep every channel open.”\n",
])
def test_a_quoted_sentence_is_not_inherited_past_another_clause_a_source_or_a_question(text: str) -> None:
    quoted = text.rsplit("“", 1)[1][:20]
    assert not [q for q in extract_quotes(text) if quoted in q.text and q.speaker is not None]


@pytest.mark.parametrize("between", ["Then Dmytro Kuleba took the floor.", "Kuleba shook his head."])
def test_someone_else_named_between_two_quotations_takes_the_second_from_the_first_speaker(between: str) -> None:
    # Written for this test.
    text = (f"“The sanctions are illegal,” Foreign Minister Sergei Lavrov said at the summit. {between} "
            "“Russia started this war and Russia can end it.”\n")
    assert not [q for q in extract_quotes(text) if "Russia started" in q.text and q.speaker == "Sergei Lavrov"]


@pytest.mark.parametrize("group", ["Supporters", "Relatives", "Allies"])
def test_people_named_by_whom_they_belong_to_are_not_that_person(group: str) -> None:
    # Written for this test: "Supporters of X chanted", "Allies of X said" quote the group, not X.
    text = (f"{group} of President Recep Tayyip Erdoğan chanted “Long live the republic” outside the palace. "
            f"{group} of Prime Minister Ana Sousa said the vote was rigged.\n")
    quotes = extract_quotes(text)
    assert quotes and all(q.speaker is None for q in quotes)


def test_shouted_words_take_the_speaker_only_from_a_subject_right_before_the_verb() -> None:
    # Written for this test: the chant's subject is "the crowd", not the president named earlier in the clause.
    text = "As President Ana Sousa arrived at the summit, the crowd chanted “No more war!”\n"
    quote = _covering(extract_quotes(text), text, "No more war")
    assert quote.speaker is None


@pytest.mark.parametrize(("text", "phrase"), [
    # Written for this test: "once" opening a clause is no count of how often the word was said.
    ("Foreign Minister Penny Wong said “ceasefire” once the hostages are released.\n", "once the hostages"),
    # Written for this test: the words used sit inside another speaker's report.
    ("Secretary Antony Blinken complained that Foreign Minister Sergei Lavrov said “Nazis” twice during the session.\n",
     "twice during the session"),
])
def test_a_quoted_word_with_a_clause_or_a_report_around_it_keeps_its_context(text: str, phrase: str) -> None:
    assert any(phrase in q.text for q in extract_quotes(text))


@pytest.mark.parametrize("text", ["Lavrov said, that", "Lavrov said\u2028!", "Lavrov said \x0c.",
                                  "The talks failed;\u2028according to Reuters, nobody came."])
def test_odd_spaces_and_truncated_reports_do_not_break_extraction(text: str) -> None:
    # Written for this test: inputs that once raised IndexError and lost the whole article.
    for quote in extract_quotes(text):
        assert text[quote.start:quote.end] == quote.text


def test_has_written_needs_a_named_subject() -> None:
    # Written for this test: "A letter had written" names no speaker.
    text = "A letter had written: “Nobody ever built a harbour with speeches.”\n"
    assert all(q.speaker is None and q.cue != "written" for q in extract_quotes(text))
