"""Word lists for naming speakers: titles, roles, anonymous sources, nationalities."""

from __future__ import annotations

from storyline.extract.lexicon import PERSON_TITLES

# Titles and offices, lower-cased head words of a role description ("the French leader").
TITLES = frozenset("""
president leader premier chancellor minister secretary spokesman spokeswoman spokesperson
ambassador envoy king queen pope governor senator mayor chief head candidate nominee
congressman congresswoman representative lawmaker general commander director chairman
chairwoman chair ceo founder prosecutor judge attorney businessman businesswoman counterpart
monarch prince princess emperor dictator strongman official adviser advisor aide
""".split())
# Titles that make "leader" mean the same office.
HEADS = frozenset({"president", "premier", "chancellor", "prime", "king", "queen", "leader",
                   "monarch", "emperor", "dictator", "strongman"})
# Titles of a country's diplomat: "the Chinese ambassador" is "China's UN envoy".
DIPLOMATS = frozenset({"ambassador", "envoy"})
# Words in front of a name that are not part of it ("President Emmanuel Macron").
HONORIFICS = frozenset("""
mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady gen gen. sen sen. rep rep. gov gov. prof prof.
president prime minister chancellor secretary king queen pope governor senator mayor
""".split()) | PERSON_TITLES  # and the abbreviated ranks ("Capt.", "Sgt.", "Supt.")
# Head nouns of unnamed sources: kept as descriptions, ``anonymous``.
ANONYMOUS_HEADS = frozenset("""
source sources official officials diplomat diplomats aide aides insider insiders person people
analyst analysts expert experts observer observers critic critics resident residents witness
witnesses spokesman spokeswoman spokesperson someone somebody member members adviser advisers
advisor advisors staffer staffers employee employees colleague colleagues ally allies supporter
supporters
""".split())
# Nouns for groups of people that "they" may stand for (lemmas), besides the heads above.
PEOPLE = frozenset("""
people voter lawmaker leader protester activist resident citizen worker parent student
teacher doctor scientist researcher economist lawyer scholar investor executive banker
officer police authority organizer organiser candidate delegate republican democrat
conservative liberal progressive donor volunteer veteran farmer family group opposition local
troop soldier peacekeeper rebel militant insurgent fighter guerrilla separatist islamist
fan supporter campaigner critic opponent observer shareholder member customer consumer
""".split())
# Head nouns (lemmas) of works that report findings: what a study "found" or "shows" is a
# statement of it even when it is a noun phrase ("the review found significant weight loss").
FINDING_SOURCES = frozenset("""
study research review survey report analysis trial experiment poll data finding evidence
paper investigation audit assessment estimate census
""".split())
# Occupations whose holder is quoted ("a reporter for X called it “chaos”"), lemmas.
# Checked on PolNeAR train (the subjects of quoting verbs that named no speaker).
OCCUPATIONS = frozenset("""
reporter journalist correspondent columnist commentator pundit writer author editor
strategist pollster consultant narrator host anchor professor historian reviewer investigator
""".split())
# Callings and ranks a person is described by, besides titles, role heads, occupations and
# the nouns above ("Tom Roe, abbot of the temple ... the abbot said"), lemmas.
CALLINGS = frozenset("""
abbot monk nun priest bishop archbishop cardinal imam cleric rabbi pastor vicar preacher
player forward defender striker champion athlete olympian winner veteran actor actress singer
artist director novelist poet economist lawyer attorney doctor surgeon scientist researcher
professor teacher magistrate inspector detective superintendent sergeant lieutenant colonel major
entrepreneur businessman businesswoman investor banker analyst engineer architect
politician statesman stateswoman campaigner
""".split())
# Besides people and occasions of speech, what is quoted as saying something ("the ad calls
# X “...”", "the campaign called it “...”"), lemmas. Checked on PolNeAR train.
QUOTED_BODIES = frozenset("ad email campaign".split())
# Parts of a body that speak for it ("the press office of the Russian Foreign Intelligence
# Service"): the statement is the body's.
BODY_PARTS = frozenset("office ministry department service bureau spokesman spokeswoman spokesperson "
                       "press statement agency".split())
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
# Nouns that say a person's gender when they describe them ("his mother, Ann Roe",
# "Roe, the congressman"): f or m.
GENDERED_NOUNS = {
    **dict.fromkeys("""mother wife daughter sister grandmother granddaughter aunt niece woman
    girl girlfriend widow bride mom mum stepmother congresswoman chairwoman spokeswoman
    businesswoman actress queen princess duchess empress""".split(), "f"),
    **dict.fromkeys("""father husband son brother grandfather grandson uncle nephew man boy
    boyfriend widower groom dad stepfather congressman chairman spokesman businessman actor
    king prince duke emperor""".split(), "m"),
}
PLURAL = frozenset({"they", "them", "their"})
NEUTER = frozenset({"it", "its"})

# Nationality and country words to one key, for matching roles ("French" ~ "France").
_COUNTRY_WORDS = {
    "france": "french", "us": "us", "u.s.": "us", "usa": "us", "american": "us",
    "america": "us", "united states": "us", "washington": "us", "russia": "russian",
    "russian": "russian", "moscow": "russian", "kremlin": "russian", "britain": "uk",
    "british": "uk", "uk": "uk", "u.k.": "uk", "united kingdom": "uk", "england": "uk",
    "german": "german", "germany": "german", "ukraine": "ukrainian", "ukrainian": "ukrainian",
    "kyiv": "ukrainian", "kiev": "ukrainian", "italy": "italian", "italian": "italian",
    "china": "chinese", "chinese": "chinese", "beijing": "chinese", "japan": "japanese",
    "japanese": "japanese", "canada": "canadian", "canadian": "canadian", "spain": "spanish",
    "spanish": "spanish", "poland": "polish", "polish": "polish", "finland": "finnish",
    "finnish": "finnish", "turkey": "turkish", "turkish": "turkish", "iran": "iranian",
    "iranian": "iranian", "israel": "israeli", "israeli": "israeli", "india": "indian",
    "indian": "indian", "mexico": "mexican", "mexican": "mexican", "brazil": "brazilian",
    "brazilian": "brazilian", "australia": "australian", "australian": "australian",
    "north korea": "north korean", "north korean": "north korean", "south korea": "south korean",
    "south korean": "south korean", "syria": "syrian", "syrian": "syrian", "saudi": "saudi",
    "saudi arabia": "saudi", "european": "eu", "eu": "eu", "nato": "nato",
    "dutch": "dutch", "netherlands": "dutch", "belgian": "belgian", "belgium": "belgian",
    "swedish": "swedish", "sweden": "swedish", "norwegian": "norwegian", "norway": "norwegian",
    "danish": "danish", "denmark": "danish", "greek": "greek", "greece": "greek",
    "hungarian": "hungarian", "hungary": "hungarian", "estonian": "estonian",
    "latvian": "latvian", "lithuanian": "lithuanian", "egyptian": "egyptian", "egypt": "egyptian",
    "palestinian": "palestinian", "irish": "irish", "ireland": "irish", "swiss": "swiss",
    "austrian": "austrian", "austria": "austrian", "portuguese": "portuguese",
    "portugal": "portuguese", "czech": "czech", "romanian": "romanian", "romania": "romanian",
    "belarusian": "belarusian", "belarus": "belarusian", "georgian": "georgian",
    "pakistani": "pakistani", "pakistan": "pakistani", "afghan": "afghan",
    "afghanistan": "afghan", "iraqi": "iraqi", "iraq": "iraqi", "korean": "korean",
}


_COUNTRY_WORDS.update({value: value for value in list(_COUNTRY_WORDS.values())})


def country_key(words: str) -> str | None:
    """The country a nationality or country word names ("French", "France" -> "french")."""
    return _COUNTRY_WORDS.get(words.lower())
