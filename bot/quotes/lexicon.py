"""Word lists for attribution: cue verbs, titles, role nouns, honorifics.

Kept as data so that rules elsewhere stay short; all lookups are lower-case.
"""
from __future__ import annotations

import re

# Verbs that introduce a clause of reported speech ("X said (that) ...", "..., X said.").
_CLAUSE_CUES = """
say said says | tell told tells | add added adds | note noted notes | stress stressed stresses |
warn warned warns | stated states | emphasize emphasized emphasizes emphasise emphasised emphasises |
reiterate reiterated reiterates | affirm affirmed affirms | reaffirm reaffirmed reaffirms |
write wrote writes | tweet tweeted tweets | argue argued argues | claim claimed claims |
announce announced announces | explain explained explains | declare declared declares |
insist insisted insists | acknowledge acknowledged acknowledges | admit admitted admits |
suggest suggested suggests | recall recalled recalls | predict predicted predicts |
promise promised promises | vow vowed vows | contend contended contends | maintain maintained maintains |
assert asserted asserts | concede conceded concedes | confirm confirmed confirms |
reply replied replies | respond responded responds | complain complained complains |
caution cautioned cautions | observe observed observes | remark remarked remarks |
comment commented comments | deny denied denies | agree agreed agrees | report reported reports |
testify testified testifies | underline underlined underlines | underscore underscored underscores |
point pointed points | mention mentioned mentions | boast boasted boasts | conclude concluded concludes |
allege alleged alleges | reveal revealed reveals | recount recounted recounts | counter countered counters |
lament lamented laments | hint hinted hints | insist insisted insists | charge charged charges |
assured assures | threaten threatened threatens | disclose disclosed discloses
"""
# Verbs whose object is the content itself ("X urged restraint", "X called for a ceasefire").
_OBJECT_CUES = """
urge urged urges | express expressed expresses | advocate advocated advocates |
pledge pledged pledges | call called calls | condemn condemned condemns |
accuse accused accuses | criticize criticized criticizes criticise criticised |
praise praised praises | demand demanded demands | propose proposed proposes | blame blamed blames |
recommend recommended recommends |
describe described describes | denounce denounced denounces | tout touted touts | cite cited cites |
talked talks | spoke speaks | referred refers
"""
# Verbs of judging whose object is what was said about it ("blasted the plan as reckless",
# "questioned his judgment", "mocked Rubio for …"): content is the object phrase.
_JUDGING_CUES = """slam slammed slams | question questioned questions | mocked mocks |
ridicule ridiculed ridicules | lambaste lambasted lambastes | decry decried decries | deride derided derides |
blast blasted blasts"""  # only "blasted X for Y" / "as Y": reported.py skips "blasted rock"
# Verbs that attribute a quote that precedes them ("“…?” she asked.") but rarely a clause.
_QUOTE_ONLY_CUES = """ask asked asks | continue continued continues | joke joked jokes | quip quipped quips |
exclaim exclaimed | scold scolded scolds | shout shouted shouts | yell yelled yells | chant chanted chants |
sing sang sings | laugh laughed laughs | read reads | retort retorted retorts | muse mused muses |
scoff scoffed scoffs | snap snapped snaps | cry cried cries | plead pleaded pleads | wonder wondered wonders |
scream screamed screams | jeer jeered jeers | holler hollered hollers | bellow bellowed bellows"""
# Participles that attach speech to the subject of the main clause ("..., saying that ...").
PARTICIPLE_CUES = frozenset("""saying adding noting arguing insisting warning claiming stressing explaining asserting
    stating suggesting promising vowing telling urging tweeting writing asking accusing describing declaring
    announcing acknowledging pledging chanting emphasizing emphasising reiterating calling predicting
    complaining charging recalling conceding admitting insisting boasting demanding citing pointing
    slamming questioning mocking denouncing ridiculing decrying recommending proposing criticizing criticising
    blasting praising touting threatening remarking alleging confirming denying revealing reporting disclosing
    reaffirming affirming assuring maintaining contending lamenting countering hinting recounting
    testifying""".split())
# Participles that introduce a quotation (", shouting “…”"), not a plain object ("shouting profanities"); a few
# take a that-clause too ("joking that …", see nouns._manner_that).
QUOTE_PARTICIPLES = frozenset("shouting yelling singing joking quipping exclaiming interjecting screaming jeering".split())


def _forms(block: str) -> frozenset[str]:
    return frozenset(w for w in block.replace("|", " ").split())


CLAUSE_CUES = _forms(_CLAUSE_CUES)
JUDGING_CUES = _forms(_JUDGING_CUES) | frozenset("""denounce denounced denounces denouncing tout touted touts cite cited
    cites citing slamming questioning mocking ridiculing decrying""".split())
OBJECT_CUES = _forms(_OBJECT_CUES) | _forms(_JUDGING_CUES)
QUOTE_CUES = CLAUSE_CUES | OBJECT_CUES | _forms(_QUOTE_ONLY_CUES) | PARTICIPLE_CUES | QUOTE_PARTICIPLES
# Verbs whose object is the topic or the words themselves, whatever follows: "did not mention Trump",
# "talking about the economy", "condemned the attack", "repeated his claim". ("blasted X for Y" is left
# out: whether X, Y or both were said varies too much.)
_TOPIC_CUES = """mention mentioned mentions mentioning | repeat repeated repeats repeating |
condemn condemned condemns condemning | discuss discussed discusses discussing"""
# The same with a particle naming the topic: "talking about jobs", "spoke of his brother", "commented on the ruling".
_TOPIC_PARTICLE_CUES = {"talk talked talks talking": ("about", "of", "up"), "speak spoke speaks speaking": ("about", "of"),
                        "comment commented comments commenting": ("on", "about"),
                        # "Lopes has raised questions about Reis’s budget": the doubt voiced is about the topic
                        "raise raised raises raising": ("questions about", "new questions about")}
TOPIC_CUES = _forms(_TOPIC_CUES) | frozenset(w for forms in _TOPIC_PARTICLE_CUES for w in forms.split())
PARTICIPLE_CUES = PARTICIPLE_CUES | frozenset(w for w in TOPIC_CUES if w.endswith("ing"))  # "…, he said, mentioning X"
# Clause cues that also take a short noun phrase as what was said: "denied the charges", "confirmed his
# participation", "acknowledged the mistake", "revealed her plans", "explained its importance".
SHORT_OBJECT_CUES = frozenset("""deny denied denies confirm confirmed confirms acknowledge acknowledged acknowledges
    reveal revealed reveals explain explained explains""".split())
# Particles some cues need: "point out/to", "call for/on".
CUE_PARTICLES = {"point": ("out", "to"), "pointed": ("out", "to"), "points": ("out", "to"), "pointing": ("out", "to"),
                 "call": ("for", "on", "out"), "called": ("for", "on", "out"), "calls": ("for", "on", "out"),
                 "calling": ("for", "on", "out"),
                 "talked": ("about",), "talks": ("about",), "spoke": ("about",), "speaks": ("about",),
                 "referred": ("to",), "refers": ("to",)}
# Cues only with their particle: "spoke about the economy", never "after Rubio spoke".
PARTICLE_ONLY = frozenset("talked talks spoke speaks referred refers".split())
CUE_PARTICLES.update({w: particles for forms, particles in _TOPIC_PARTICLE_CUES.items() for w in forms.split()})
PARTICLE_ONLY = PARTICLE_ONLY | frozenset(w for forms in _TOPIC_PARTICLE_CUES for w in forms.split() if w not in CLAUSE_CUES)

# Between subject and cue: "has said", "also told", "later wrote".
AUXILIARIES = frozenset("""also has had have again later earlier previously repeatedly then recently once
    further further, already still would will had further publicly privately separately
    reportedly similarly likewise subsequently""".split())

PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}

# Title words (case-insensitive) that may stand before a name: "Chinese Foreign Minister Wang Yi".
TITLE_WORDS = frozenset("""
president vice prime minister foreign defense defence finance interior trade economy commerce deputy director-general
secretary state general secretary-general under assistant spokesperson spokesman spokeswoman ambassador
envoy special chancellor king queen prince princess emperor crown premier sen. senator rep.
representative congressman congresswoman assemblyman assemblywoman assemblymember gov. governor mayor chairman chairwoman chair director chief
executive ceo head leader commissioner high representative attorney justice judge mr. mrs. ms. dr.
prof. professor gen. lt. col. adm. admiral colonel lieutenant captain capt. sgt. sergeant officer
press first lady former acting incoming outgoing then-president then minister's speaker majority
minority whip party candidate nominee democratic republican labour conservative national security
adviser advisor counselor councillor pope cardinal archbishop bishop rev. sheikh emir crown-prince
supreme ayatollah sultan president-elect vice-president foreign-minister army navy air force
ministry's ministers state's homeland health education energy environment justice agriculture
transport labor interior treasury veterans affairs housing culture information oversight committee
senior top official
""".split())
# Case-sensitive: chess titles before a name ("IM Dorsa Derakhshani"), post-nominal letters after it.
CHESS_TITLES = frozenset("GM IM FM CM WGM WIM WFM WCM".split())
POST_NOMINALS = frozenset("QC KC SC MP MEP MSP MLA TD OBE CBE MBE KBE DBE GBE CH OM PC FRS PhD".split())
HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                    "king": "m", "queen": "f", "prince": "m", "princess": "f", "sir": "m",
                    "lady": "f", "congressman": "m", "congresswoman": "f", "spokesman": "m",
                    "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}

# Role nouns that refer back to a person by title ("the minister" -> the last Foreign Minister).
ROLE_NOUNS = {
    "minister": "minister", "president": "president", "premier": "premier", "chancellor": "chancellor",
    "secretary": "secretary", "spokesperson": "spokes", "spokesman": "spokes", "spokeswoman": "spokes",
    "ambassador": "ambassador", "envoy": "envoy", "senator": "sen", "governor": "gov", "mayor": "mayor",
    "chairman": "chair", "chairwoman": "chair", "king": "king", "queen": "queen", "pope": "pope",
    "prime minister": "prime minister", "foreign minister": "foreign minister",
    "secretary-general": "secretary-general", "candidate": "candidate", "nominee": "nominee",
}
# Institutions that speak as themselves, with the country they stand for.
INSTITUTIONS = {
    "kremlin": ("Kremlin", "Russia"), "white house": ("White House", "United States"),
    "pentagon": ("Pentagon", "United States"), "state department": ("State Department", "United States"),
    "elysee": ("Élysée", "France"), "élysée": ("Élysée", "France"), "downing street": ("Downing Street", "United Kingdom"),
    "vatican": ("Vatican", "Holy See"), "quai d'orsay": ("Quai d'Orsay", "France"),
}

# Capitalised words that never form part of a person's name.
NOT_NAME = frozenset("""
the a an and or of for in on at to by with from but yet so as if this that these those it its
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan. feb. mar. apr. aug. sept. sep. oct. nov. dec.
today yesterday tonight however meanwhile also still asked speaking noting adding according
party committee conference ministry department house news university times post council union
court bureau agency association republic partnership group bank fund organization organisation
company inc. corp. center centre institute office campaign government administration parliament
congress senate assembly commission forum summit year years day week era agreement treaty
foundation network channel tv radio daily weekly journal magazine press agency's initiative
summit alliance coalition movement federation league army navy police border states kingdom
community society service services project board authority survey rescue fire team club museum hospital
school college airlines airport station tribunal corporation forces force guard district county
intelligence one
nations world affairs central national international global new related work people's
""".split())

DETERMINERS = frozenset("the a an one another two three four several many some most both each his her their its our".split())
CONJUNCTIONS = frozenset("but and yet so still however meanwhile now also instead separately later earlier indeed".split())
# A subject phrase containing these is a clause, not a speaker.
CLAUSE_WORDS = frozenset("""that which who whom whose when where while because if although though since unless
    is are was were be been being am do does did will would can could should may might must shall
    not n't never there here what why how said says told""".split())
PREPOSITIONS = frozenset("""in on at during after before for with by from since under over to as while like
    unlike despite through about among amid against into onto upon via per following asked speaking
    responding referring writing""".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night earlier later week month year weekend recently""".split())

# 'Ana "Nina" Rocha', 'Rui “The Hammer” Costa': a quoted nickname between a first name and a surname
NICKNAME_IN_NAME = re.compile(r"\b([A-Z][\w.\-]*\s)[“\"][A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*)?[”\"](?=\s[A-Z][a-z])")
WORD_RE = re.compile(r"[\w’'.\-]+")

# Common given names with a clear gender, for "he"/"she" when no honorific or title says it.
# Deliberately small: a name missing here leaves the gender unknown, which never blocks a match.
_MALE_NAMES = """john james robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
    ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank
    alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle
    walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
    dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent
    russell elijah louis bobby philip johnny barack bernie mitt mike ted marco jeb rand chris newt bill rudy reince
    mitch harry vladimir sergei sergey dmitry xi boris emmanuel francois recep benjamin bashar
    ali mohammed muhammad ahmed hassan hamid shinzo narendra justin nicolas jair tim jake antony lloyd jens olaf
    rishi keir volodymyr dmitri yevgeny mahmoud fumio cyril josep """.split()
_FEMALE_NAMES = """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
    rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
    janice alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
    marie diana brittany natalie isabella charlotte rose alexis kayla hillary melania ivanka chelsea nikki condoleezza
    madeleine nancy elizabeth theresa jane marine federica ursula kamala huma donna debbie loretta sheryl
    annalena kaja liz penny kristalina ngozi giorgia""".split()
NAME_GENDER = {**{n: "m" for n in _MALE_NAMES}, **{n: "f" for n in _FEMALE_NAMES}}

# Nouns for a person the article may not name ("the head of ...", "his sister", "one of the victims"):
# as a clause subject they stand between a later "he"/"she" and any earlier name.
PERSON_NOUNS = frozenset("""head chief sister brother mother father wife husband son daughter aunt uncle
    cousin grandmother grandfather widow victim prosecutor lawyer attorney judge spokesman spokeswoman
    spokesperson official officer minister president director manager doctor physician nurse researcher
    scientist author co-author professor student man woman boy girl player coach captain leader member
    witness resident teacher friend partner colleague neighbour neighbor mayor governor senator candidate
    actor actress singer survivor owner founder worker employee analyst expert activist journalist reporter
    editor writer lecturer chairman chairwoman secretary ambassador envoy commander soldier pilot driver
    passenger patient defendant suspect accused plaintiff complainant investigator detective inspector
    agent mother-in-law girlfriend boyfriend fiancé fiancée child teenager director-general ceo founder
    co-founder developer co-developer engineer aide adviser advisor farmer priest pastor bishop imam rabbi monk nun
    administrator superintendent sheriff chancellor premier king queen prince princess diplomat negotiator
    commissioner consul general admiral lawmaker legislator economist strategist historian scholar""".split())

# "-ed" words that are adjectives before a name, not verbs ("retired general X").
ED_ADJECTIVES = frozenset("""retired elected united unnamed named concerned alleged renowned respected
    detained jailed exiled appointed designated indicted accused embattled unidentified anonymous
    self-described so-called limited""".split())

# "that" as a demonstrative before a time ("that night", "that spring"), not a that-clause
THAT_TIME = r"(?:day|night|morning|afternoon|evening|week|weekend|month|year|spring|summer|fall|autumn|winter|time)\b"
