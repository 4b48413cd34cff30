"""Word lists shared by several extractors, defined once: verbs of speaking, occasions of
speech, number words, month and weekday names. (Lists that only one family uses stay with
it: titles in speaker_lexicon, time units in timex.lexicon.)"""

from __future__ import annotations

from storyline.clean.dates import MONTHS as MONTH_NUMBERS

# Verbs that report speech or a stated position, by lemma. Their participle and -ing
# forms share the lemma. Tuned on the seed gold and PolNeAR train/dev cue lists.
SPEECH_VERBS = frozenset("""
say tell note insist warn state add urge reiterate confirm complain indicate suggest assert
emphasize emphasise specify declare remark reaffirm mention explain claim argue announce
acknowledge admit deny write report stress predict promise pledge vow threaten estimate
recall respond reply answer ask tweet post observe contend maintain concede caution hint
signal disclose reveal allege testify agree disagree underline underscore
believe think expect hope fear worry conclude find show accuse describe comment
continue propose recommend demand order advise announce boast counter quip joke
predict charge lament acknowledge inform assure reassure brief repeat vow proclaim
yell shout chant scream exclaim read
suspect share clarify swear instruct speculate regret request protest confess forecast
anticipate confide object restate reckon
""".split())
# The written forms of the commonest of them, for a look at the word after a name
# ("Trump said") before lemmas are trusted.
SPEECH_VERB_FORMS = frozenset("""
said says say told tells added adds asked asks stated insisted argued noted warned claimed
declared wrote announced replied urged explained stressed complained according
""".split())
# Third-person forms of speech verbs that the tagger may take for nouns after a comma
# ("..., states Slayton.", "..., notes Roe."); never a word of who spoke.
POSTPOSED_VERB_FORMS = frozenset("says states notes writes adds argues explains insists warns claims".split())
# Verbs of an occasion of speech, by lemma: a statement is dated by a time that modifies
# one ("speaking on Friday, she said", "a statement released Monday", "On Monday the
# minister spoke to farmers. She said ..."). Not every verb of SPEECH_VERBS: "boasted
# sales in 2024", "found in 2019" say when something was so, not when anyone spoke.
SPEECH_EVENT_VERBS = frozenset("""
say tell speak talk address testify brief announce state declare write tweet post release
issue publish interview respond reply answer ask comment add explain
""".split())
# Verbs of speaking whose object is the listener ("told “Face the Nation”", "briefed
# reporters"), never the words said.
ADDRESSEE_VERBS = frozenset("tell inform brief assure reassure ask address".split())
# Nouns for an occasion of speech ("Macron in his speech", "in an address on Wednesday").
SPEECH_OCCASIONS = frozenset("""
speech interview statement remark letter address tweet post email conference briefing
meeting debate hearing testimony appearance message video broadcast call rally response
op-ed column editorial
""".split())

# Titles written in front of a person's name, abbreviated or not ("Mr.", "Rep.", "Supt",
# "Dr"): the name after one is a person's.
PERSON_TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madame monsieur mme mme. prof prof.
rep rep. sen sen. gov gov. supt supt. det det. sgt sgt. insp insp. cllr cllr. rev rev. fr fr.
lt lt. col col. capt capt. cmdr cmdr. adm adm. gen gen. atty atty. judge
maj maj. cpl cpl. pvt pvt. hon hon. brig brig.
inspector sergeant lieutenant detective constable superintendent colonel corporal
""".split())

# Services people post and write on: bodies, never people ("Twitter said", "on Instagram").
PLATFORMS = frozenset("""
facebook twitter instagram whatsapp telegram tiktok youtube linkedin snapchat reddit
pinterest bluesky wechat weibo messenger flipboard threads
""".split())
# Words a page's share buttons or a sentence's start capitalise that name no one.
NOT_NAMES = frozenset("email e-mail print share tweet sms".split())
# Diseases the model takes for names ("Covid cases rose"): not people, not bodies.
DISEASES = frozenset("""
covid covid-19 coronavirus sars mers ebola mpox monkeypox zika hiv aids influenza flu
measles polio cholera malaria dengue tuberculosis omicron delta
""".split())

# Words of the names every country gives its institutions ("the Senate", "the General
# Assembly", "the Supreme Court", "the Ministry of Health"): such a name alone says no
# country, the article does.
INSTITUTION_WORDS = frozenset("""
senate house parliament assembly general national supreme high federal constitutional court
courts congress council cabinet ministry department government legislature representatives
commons lords police army navy air force military electoral commission treasury office
central bank of the and for state justice health finance defence defense interior foreign
affairs education
""".split())

# Number words up to nineteen and the tens, by value.
NUMBER_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
NUMBER_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

# Month names and their abbreviations ("sept"), lower-cased, with their numbers: the
# cleaner's list (the cleaner reads dates before any extractor runs).
MONTHS: dict[str, int] = MONTH_NUMBERS
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

# Honorifics that say a person's gender ("Mrs Howard", "Mr Howard"): two people where an
# article has both.
FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. miss lady dame madam".split())
MALE_HONORIFICS = frozenset("mr mr. sir lord".split())
# Honorifics only a person's name takes ("Mr Cable", "Dr Roe"; not "Miss World", "Lord of the
# Rings", "General Motors").
PERSONAL_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame".split())


def honorific_gender(word: str) -> str | None:
    """"f" for a female honorific ("Mrs", "Ms."), "m" for a male one ("Mr", "Sir"), else None."""
    lower = word.lower()
    return "f" if lower in FEMALE_HONORIFICS else "m" if lower in MALE_HONORIFICS else None
