"""Word lists for the language core, kept apart from the logic that uses them."""

from __future__ import annotations

HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.", "prof", "prof.",
})  # fmt: skip
# Letters after a name: an office or an honour, not part of the name ("Guy Mansfield QC").
POST_NOMINALS = frozenset({"qc", "kc", "mp", "msp", "mep", "obe", "cbe", "mbe", "kbe", "dbe", "jr", "sr", "phd"})
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "mrs.", "ms.", "dame", "lady"})

# Head nouns of titles held by one named person ("the chancellor", "Russian President").
ROLE_NOUNS = frozenset({
    "president", "leader", "chancellor", "secretary", "minister", "premier", "governor", "chief", "executive",
    "chairman", "chairwoman", "chair", "director", "manager", "coach", "boss", "head", "founder", "commissioner",
    "mayor", "king", "queen", "prince", "princess", "ambassador", "general", "captain", "editor", "correspondent",
    "economist", "analyst", "assistant", "adviser", "advisor", "deputy", "senator", "spokesman", "spokeswoman",
    "spokesperson", "chairperson", "attorney", "judge", "prosecutor", "officer", "inspector", "owner", "partner",
    "presenter", "producer", "singer", "actor", "actress", "star", "striker", "player", "champion", "skipper",
    "author", "writer", "professor", "counterpart", "treasurer", "mp", "secretary-general", "archbishop", "bishop",
    "rabbi", "magistrate", "reverend", "pope", "cardinal", "sheikh", "colonel", "sergeant", "justice", "lords",
    "midfielder", "defender", "goalkeeper", "winger", "rapper", "guitarist", "drummer", "designer", "chef",
    "comedian", "novelist", "playwright", "architect", "artist", "musician", "composer", "lawyer", "barrister",
    "solicitor", "doctor", "scientist", "researcher", "consultant", "strategist", "investor", "entrepreneur",
    "banker", "broker", "trader", "referee", "umpire", "jockey", "trainer", "athlete", "sprinter", "cyclist",
    "boxer", "golfer", "batsman", "bowler", "fly-half", "dj", "host", "anchor", "reporter", "journalist",
    "columnist", "critic", "scrum-half", "full-back", "ceo", "cfo", "cto", "coo",
    "constable", "detective", "superintendent", "commander", "lieutenant", "admiral", "brigadier", "corporal",
    "sheriff", "marshal",  # ranks of the police and the forces: "Assistant Chief Constable David Warcup"
})  # fmt: skip
# Offices that head a country or a body: a generic "leader" or "boss" may be any of them.
HEADS_OF = frozenset({
    "president", "premier", "chairman", "chairwoman", "chair", "chancellor", "minister", "secretary", "governor",
    "mayor", "director", "executive", "manager", "commissioner", "king", "queen",
})  # fmt: skip
# Role heads that name no particular office, so they fit any more specific title.
GENERIC_ROLE_HEADS = frozenset({"leader", "head", "chief", "boss"})
# Nouns naming an unnamed person: the speaker is a group, never a person to choose between.
UNNAMED_PERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "source", "official", "aide", "insider", "dealer", "analyst",
    "economist", "expert", "observer", "critic", "witness", "resident", "member"
})  # fmt: skip

PERSONAL_PRONOUNS = {"he": "male", "she": "female"}
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})

# Words that mark a capitalised name as a company, team, party or event, never a person.
NON_PERSON_NAME_WORDS = frozenset({
    "limited", "ltd", "plc", "inc", "corp", "group", "research", "holdings", "television", "tv", "radio", "news",
    "sport", "sports", "town", "city", "united", "rovers", "county", "club", "council", "party", "dem", "dems",
    "hurricane", "storm", "typhoon", "cyclone", "street", "road", "square", "airport", "university", "college",
    "school", "hospital", "bank", "fund", "association", "federation", "union", "institute", "foundation",
    "committee", "commission", "agency", "ministry", "department", "office", "records", "studios", "pictures",
    "films", "music", "games", "online", "com", "motors", "airways", "aid", "action", "trust", "watch", "relief",
    "concern",  # "Age Concern"
})  # fmt: skip

# Nouns that say a person's sex: "the woman" is never the man just named.
FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "daughter", "wife", "sister", "widow", "actress", "lady", "queen",
                          "grandmother", "aunt", "niece", "princess", "waitress"})  # fmt: skip
MALE_NOUNS = frozenset({"man", "boy", "father", "son", "husband", "brother", "widower", "actor", "king", "grandfather",
                        "uncle", "nephew", "prince", "businessman", "sportsman"})  # fmt: skip

# Endings of nouns for people ("councillor", "holder", "novelist"): a name after one is still a person.
# Everyday nouns for a person, beside the titles of ROLE_NOUNS: what "his" or "her" may be bound to in a sentence.
PEOPLE_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "child", "baby", "teenager", "priest", "mother", "father", "son", "daughter",
    "wife", "husband", "brother", "sister", "patient", "victim", "student", "pupil", "teacher", "soldier",
    "officer", "nurse", "doctor", "fan", "friend", "partner", "widow", "suspect", "prisoner", "detainee",
})  # fmt: skip
PERSON_NOUN_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "eer", "ess", "ive", "ee", "ar")

# Adverbs that lean on the sentences around them; a standalone statement drops them.
# Adverbs that only link a sentence to the one before; a standalone statement drops them. Words that
# change what is claimed ("already", "still", "again", "only", "even") stay.
CONTEXT_ADVERBS = frozenset({
    "also", "elsewhere", "subsequently", "similarly", "meanwhile", "however", "moreover", "furthermore",
    "therefore", "thus", "interestingly", "specifically", "additionally", "likewise", "nevertheless",
    "nonetheless", "indeed", "separately", "besides", "conversely", "consequently", "accordingly", "hence",
})  # fmt: skip
# A fact is stated, not judged: sentences with these words are the writer's view, left out of true/false
# and fill-in. Words of uncertainty may stay, kept verbatim in the statement ("could face fines").
OPINION_WORDS = frozenset({
    "surely", "arguably", "undoubtedly", "hopefully", "obviously", "unfortunately", "sadly", "luckily",
    "fortunately", "interestingly", "remarkably", "shockingly", "amazingly", "frankly", "imagine",
    # manner adverbs of praise or blame: "stubbornly clinging to their status", "rightly proud"
    "stubbornly", "rightly", "wrongly", "wisely", "foolishly", "brilliantly", "superbly", "bravely", "cleverly",
    "boldly", "desperately", "mercifully", "thankfully", "ironically", "curiously", "oddly", "strangely",
})  # fmt: skip
OPINION_MODALS = frozenset({"should", "ought"})
UNCERTAIN_WORDS = frozenset({
    "perhaps", "possibly", "probably", "likely", "unlikely", "apparently", "reportedly", "allegedly",
    "supposedly", "presumably", "seemingly", "maybe", "rumoured", "rumored", "speculation", "believed",
    "thought", "expected",
})  # fmt: skip
UNCERTAIN_MODALS = frozenset({"may", "might", "could"})
UNCERTAIN_VERBS = frozenset({"seem", "appear", "suggest", "hope", "fear", "speculate", "guess", "doubt"})
# Nouns that name one thing whatever the article: "the world", "the internet"; and times ("the year").
UNIQUE_REFERENTS = frozenset({
    "world", "internet", "web", "sun", "moon", "earth", "public", "past", "future", "present", "weekend",
    "year", "month", "week", "day", "time", "moment", "end", "start", "beginning", "middle", "first", "last",
    "dollar", "euro", "pound", "yen", "economy", "environment", "media", "press", "police", "army", "navy",
    "summer", "winter", "spring", "autumn", "season", "net", "weather", "market", "stock",
    "government", "parliament", "cabinet",
})  # fmt: skip
# Heads that a noun before them makes a kind rather than a thing named before: "the music industry", "the oil
# price"; but "the spyware tool", "the radio technology" are a tool and a technology the article described.
KIND_HEADS = frozenset({
    "industry", "market", "sector", "price", "prices", "rate", "rates", "economy", "trade", "business", "system",
    "service", "services", "network", "law", "laws", "policy", "tax", "taxes", "season", "league",
    "sales", "figures", "growth", "levels", "level", "charts", "chart", "world",
})  # fmt: skip
# Heads of definite descriptions and the entity labels of what they may stand for ("the firm" -> an ORG).
_ORGANISATIONS = frozenset({"ORG"})
_PLACES = frozenset({"GPE"})
_WORKS = frozenset({"WORK_OF_ART", "PRODUCT"})
DESCRIPTION_KINDS = {
    **dict.fromkeys((
        "company", "firm", "group", "business", "retailer", "bank", "airline", "carrier", "operator", "maker",
        "manufacturer", "giant", "broadcaster", "network", "channel", "studio", "label", "publisher", "club",
        "band", "union", "agency", "watchdog", "regulator", "corporation", "chain", "supermarket", "insurer",
        "lender", "developer", "distributor", "conglomerate", "brewer", "carmaker", "charity", "exchange", "bourse",
        "organisation", "consortium",
    ), _ORGANISATIONS),
    "party": frozenset({"ORG", "NORP"}),
    **dict.fromkeys(("country", "nation", "city", "town", "capital", "state", "province", "island"), _PLACES),
    **dict.fromkeys(("film", "movie", "album", "book", "show", "series", "single", "song", "novel", "musical",
                     "console", "device", "handset", "phone", "game"), _WORKS),
    **dict.fromkeys(("festival", "tournament", "championship", "ceremony", "awards", "event"), frozenset({"EVENT"})),
}  # fmt: skip
# "It's clear that X": hedges whose clause can stand alone without changing what is claimed.
HEDGE_ADJECTIVES = frozenset({"clear", "evident", "obvious", "certain", "true", "apparent"})
# Pronouns that leave a standalone statement with a reader asking "who?" or "what?".
DANGLING_PRONOUNS = frozenset({
    "it", "they", "them", "this", "these", "those", "that", "him", "her", "us", "we", "i", "you", "me", "my", "our",
    "your", "such", "there", "its", "their", "his", "he", "she", "one", "ones", "itself", "themselves", "herself",
    "himself", "whose", "who", "which", "here", "theirs", "ours"
})  # fmt: skip

# Background lists for false statements when the article names too few of a kind.
COUNTRIES = (
    "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "China", "Denmark", "Egypt", "Finland",
    "France", "Germany", "Greece", "India", "Indonesia", "Iran", "Ireland", "Israel", "Italy", "Japan", "Kenya",
    "Mexico", "Netherlands", "Nigeria", "Norway", "Pakistan", "Poland", "Portugal", "Russia", "Saudi Arabia",
    "Scotland", "South Africa", "South Korea", "Spain", "Sweden", "Switzerland", "Turkey", "Ukraine", "Wales",
    "North Korea", "England", "Iraq", "Syria", "Vietnam", "Thailand"
)  # fmt: skip

# NORP names that are a faith or a party, not a nationality: one may contain another ("Catholics" are
# "Christians"), so a swap among them need not be false.
FAITHS_AND_PARTIES = frozenset({
    "christian", "catholic", "protestant", "anglican", "orthodox", "evangelical", "muslim", "islamic", "sunni",
    "shia", "shiite", "jew", "jewish", "semitic", "hindu", "sikh", "buddhist", "tory", "tories", "conservative",
    "labour", "liberal", "democrat", "democratic", "republican", "socialist", "communist", "nationalist",
    "unionist", "loyalist", "green", "marxist", "maoist", "islamist", "zionist",
})  # fmt: skip

# Words that make a title another office: "shadow chancellor" is not "the chancellor".
OFFICE_MODIFIERS = frozenset({"shadow", "former", "deputy", "vice", "assistant", "acting", "ex", "junior", "interim"})

# Standalone facts (facts.py): words that decide what a restated sentence may keep or blank.
NEGATIVE_WORDS = frozenset({
    "no", "not", "never", "nothing", "none", "nobody", "neither", "nor", "either", "without", "hardly", "n't",
    "cannot"
})  # fmt: skip
MEASURES = frozenset({
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "seat", "storey", "mile",
    "metre", "meter", "kilometre", "km", "foot", "inch", "page", "part", "man", "woman", "member", "point",
    "game", "match", "set", "round", "stage", "goal", "nation", "state", "country", "bedroom", "door", "track",
})  # fmt: skip
VAGUE_QUANTITIES = frozenset({
    "many", "several", "few", "some", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "tens",
    "countless", "numerous"
})  # fmt: skip
# Pronouns a restated sentence may keep when it names what they stand for earlier: a person, one thing or
# several ("Eminem ... his label", "Sideways ... honours it has won", "Phones ... their anniversary").
BOUND_PRONOUNS = {
    "his": "person", "her": "person", "him": "person", "himself": "person", "herself": "person",
    "its": "thing", "it": "thing", "itself": "thing",
    "their": "things", "them": "things", "they": "things", "themselves": "things",
}  # fmt: skip
CONTEXT_ADJECTIVES = frozenset({"similar", "such", "aforementioned", "latter", "subsequent", "opposite"})
SUBJECT_CONTEXT_ADJECTIVES = frozenset({"other", "another", "further", "same"})
# Words a number or name entity may start with that belong to the sentence, not the answer.
SLOT_LEADERS = frozenset({
    "the", "about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "under", "more",
    "less", "than", "up", "to", "much", "just", "only", "an", "a", "record"
})  # fmt: skip

# "The government": of the country a story is about, or of the UK in a British paper's story on no other.
NATIONAL_BODIES = frozenset({"government", "parliament", "cabinet", "economy"})
HOME_COUNTRIES = frozenset({"UK", "Britain", "Great Britain", "United Kingdom", "England", "Scotland", "Wales"})
# Countries and unions by their names in news copy: "the England squad" is one squad, "the London gallery" one of many.
COUNTRY_NAMES = frozenset(COUNTRIES) | HOME_COUNTRIES | frozenset({
    "US", "USA", "U.S.", "America", "United States", "EU", "European Union", "Europe", "Northern Ireland",
    "Afghanistan", "Zimbabwe", "Cuba", "Chile", "Colombia", "Peru", "Venezuela", "New Zealand",
    "Singapore", "Malaysia", "Philippines", "Taiwan", "Hong Kong", "Sri Lanka", "Bangladesh", "Nepal", "Libya",
    "Sudan", "Ethiopia", "Ghana", "Uganda", "Zambia", "Lebanon", "Jordan", "Kuwait", "Qatar", "Yemen", "Serbia",
    "Croatia", "Bosnia", "Kosovo", "Romania", "Bulgaria", "Hungary", "Czech Republic", "Slovakia", "Belarus",
    "Georgia", "Armenia", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Iceland", "Luxembourg", "Morocco",
    "Algeria", "Tunisia", "Palestine", "Gaza",
})  # fmt: skip
