"""Word lists for the language core, kept apart from the logic that uses them."""

from __future__ import annotations

# Lemma of a reporting verb -> the past tense used when the statement is asked about.
REPORTING_VERBS: dict[str, str] = {
    "say": "said", "tell": "said", "state": "stated", "add": "said", "mention": "mentioned",
    "warn": "warned", "claim": "claimed", "deny": "denied", "insist": "insisted", "argue": "argued",
    "emphasise": "emphasised", "emphasize": "emphasized", "stress": "stressed", "explain": "explained",
    "note": "noted", "predict": "predicted", "suggest": "suggested", "acknowledge": "acknowledged",
    "admit": "admitted", "announce": "announced", "confirm": "confirmed", "reply": "replied",
    "respond": "responded", "write": "wrote", "joke": "joked", "promise": "promised", "pledge": "pledged",
    "accuse": "accused", "blame": "blamed", "hail": "hailed", "praise": "praised", "describe": "described",
    "call": "called", "refer": "referred", "assert": "asserted", "allege": "alleged", "maintain": "maintained",
    "observe": "observed", "comment": "commented", "remark": "remarked", "reveal": "revealed",
    "declare": "declared", "vow": "vowed", "speculate": "speculated", "estimate": "estimated",
    "forecast": "forecast", "caution": "cautioned", "cite": "cited", "question": "questioned",
    "intimate": "intimated", "imply": "implied", "contend": "contended", "concede": "conceded",
    "reiterate": "reiterated", "disclose": "disclosed", "indicate": "indicated", "report": "reported",
    "urge": "urged", "complain": "complained", "agree": "agreed", "recall": "recalled", "boast": "boasted",
    "counter": "countered", "retort": "retorted", "conclude": "concluded", "point": "pointed",
    "voice": "voiced", "ask": "asked", "demand": "demanded", "propose": "proposed", "believe": "believed",
}

# Verbs that report only with a clause ("X agreed that ..."), never with a plain object
# ("X agreed a deal", "X called a meeting", "X pointed the way").
CLAUSE_ONLY_VERBS = frozenset({
    "agree", "believe", "ask", "report", "indicate", "estimate", "comment", "remark", "observe",
    "reply", "respond", "add", "announce", "mention", "confirm", "reveal", "disclose", "note", "state",
    "say", "tell", "write", "speculate", "maintain", "recall", "propose", "promise", "pledge", "vow",
    "demand", "argue", "insist", "joke", "counter", "retort", "point", "explain", "admit", "concede",
    "claim", "allege", "declare", "suggest", "predict", "warn", "assert", "reiterate", "complain",
})

# Verbs whose object is what was said about something: "praised X as", "accused X of".
OBJECT_VERBS = frozenset({
    "accuse", "blame", "hail", "praise", "describe", "call", "refer", "cite", "question", "deny",
    "voice", "urge", "imply", "intimate", "caution", "emphasise", "emphasize", "stress", "forecast",
})

# "pointed out that", "pointed to": particles that make a reporting verb.
PARTICLE_VERBS = {"point": frozenset({"out", "to"})}

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."})
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "mrs.", "ms.", "dame", "lady"})

# Head nouns of titles held by one named person ("the chancellor", "Russian President").
ROLE_NOUNS = frozenset({
    "president", "leader", "chancellor", "secretary", "minister", "premier", "governor", "chief",
    "executive", "chairman", "chairwoman", "chair", "director", "manager", "coach", "boss", "head",
    "founder", "commissioner", "mayor", "king", "queen", "prince", "princess", "ambassador",
    "general", "captain", "editor", "correspondent", "economist", "analyst", "assistant", "adviser",
    "advisor", "deputy", "senator", "spokesman", "spokeswoman", "spokesperson", "chairperson",
    "attorney", "judge", "prosecutor", "officer", "inspector", "owner", "partner", "presenter",
    "producer", "singer", "actor", "actress", "star", "striker", "player", "champion", "skipper",
    "author", "writer", "professor", "counterpart", "treasurer", "mp", "secretary-general",
    "archbishop", "bishop", "rabbi", "magistrate", "reverend", "pope", "cardinal", "sheikh", "colonel",
    "sergeant", "justice", "lords", "midfielder", "defender", "goalkeeper", "winger", "rapper",
    "guitarist", "drummer", "designer", "chef", "comedian", "novelist", "playwright", "architect",
    "artist", "musician", "composer", "lawyer", "barrister", "solicitor", "doctor", "scientist",
    "researcher", "consultant", "strategist", "investor", "entrepreneur", "banker", "broker", "trader",
    "referee", "umpire", "jockey", "trainer", "athlete", "sprinter", "cyclist", "boxer", "golfer",
    "batsman", "bowler", "fly-half", "scrum-half", "full-back",
})
# Role heads that name no particular office, so they fit any more specific title.
GENERIC_ROLE_HEADS = frozenset({"leader", "head", "chief", "boss"})
# Nouns naming an unnamed person: the speaker is a group, never a person to choose between.
UNNAMED_PERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "source", "official", "aide", "insider", "dealer",
    "analyst", "economist", "expert", "observer", "critic", "witness", "resident", "member",
})

PERSONAL_PRONOUNS = {"he": "male", "she": "female"}
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})

# Words that mark a capitalised name as a company, team, party or event, never a person.
NON_PERSON_NAME_WORDS = frozenset({
    "limited", "ltd", "plc", "inc", "corp", "group", "research", "holdings", "television", "tv", "radio",
    "news", "sport", "sports", "town", "city", "united", "rovers", "county", "club", "council", "party",
    "dem", "dems", "hurricane", "storm", "typhoon", "cyclone", "street", "road", "square", "airport",
    "university", "college", "school", "hospital", "bank", "fund", "association", "federation", "union",
    "institute", "foundation", "committee", "commission", "agency", "ministry", "department", "office",
    "records", "studios", "pictures", "films", "music", "games", "online", "com", "motors", "airways",
})
