"""Topic-free knowledge for finding actors: titles, role nouns, countries, given names, word lists.

Everything here serves any news topic: it names kinds of office and of organization, the
world's countries, and common English words, never the people or issues of a corpus.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.ingest.dateline import MONTHS as MONTH_NUMBERS
from briefing.word_frequency import zipf as english_zipf

# Honorifics: a name after them is a person; they are kept in aliases ("Mr Calloway").
# Titles of peers, who are known by a title and a name, often with a place: "Lord Ashby of Harwick"
PEERAGE_TITLES = frozenset("lord lady baroness baron viscount viscountess earl countess marquess duke duchess".split())
# Titles of royals, who are known by a title and a given name ("Prince Tom"), like peers by title and name
ROYAL_TITLES = frozenset("king queen prince princess emperor empress pope".split())
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady baroness baron rev mx".split())
# Those of them written before a family name, never a given name ("Mr Reed" is Tom Reed, not Reed
# Harwick); "Sir" and "Dame" go before a given name ("Dame Ann"), a peer's title before a title name
SURNAME_HONORIFICS = frozenset("mr mrs ms miss dr prof mx".split())

# Words of a capitalised title before a name ("First Vice Foreign Minister", "New York State
# Comptroller"): ranks, offices and the departments that qualify them.
TITLE_WORDS = frozenset("""
president vice prime minister premier chancellor secretary speaker chairman chairwoman chair
senator sen rep representative governor gov mayor judge justice king queen prince princess emperor
empress pope ambassador envoy chief executive officer director commissioner general gen admiral adm
colonel col lieutenant lt captain capt major maj sergeant sgt commander cmdr rev reverend bishop
archbishop cardinal sheikh crown state foreign defence defense finance interior home health trade
education economy energy environment culture unification overseas affairs shadow acting deputy first
second leader opposition attorney solicitor counsel supreme chief-executive co-chairman co-chair
secretary-general under-secretary party house majority minority whip treasury exchequer justice
labor labour security national international industry transport agriculture communications
spokesman spokeswoman spokesperson inspector superintendent constable detective marshal mp mep qc
supt insp det dj
""".split())
# Words before an office that make it another one, a closed class: the shadow chancellor is not the
# chancellor, the deputy prime minister not the prime minister, the ex-minister no minister now.
OTHER_OFFICE = frozenset("deputy vice former ex shadow acting assistant junior under interim".split())

# a player's place in a team game: the body named before it in a player's title ("Harwick lock
# Tom Reed", "Tarvel United striker") is a team; "captain" and "coach" head a country's side too, and
# "manager" a firm's staff, so they are no such sign
PLAYING_POSITIONS = frozenset("""striker goalkeeper keeper midfielder defender winger forward batsman
bowler spinner wicketkeeper all-rounder hooker prop lock flanker fly-half scrum-half full-back centre wing
quarterback pitcher catcher linebacker shortstop centre-back left-back right-back wing-back half-back
outside-half stand-off back-rower playmaker paceman seamer leg-spinner off-spinner""".split())

# Nouns that head a role ("parliament speaker", "telecoms firm", "specialist"); a phrase before
# or after a name gives it a role only when it contains one of these (a playing position among them).
ROLE_HEADS = PLAYING_POSITIONS | frozenset("""
novelist architect historian nurse pilot soldier magistrate coroner constable juror plaintiff holder
president minister premier chancellor secretary speaker leader chairman chairwoman chair co-chairman
co-chair spokesman spokeswoman spokesperson ambassador envoy diplomat official officials governor
mayor senator congressman congresswoman representative lawmaker legislator mp mep mps pm deputy judge
justice prosecutor attorney lawyer counsel barrister solicitor advocate professor lecturer researcher
specialist expert analyst economist scholar fellow director executive ceo cfo coo chief officer
manager founder co-founder boss head editor correspondent journalist reporter columnist author writer
commentator broadcaster presenter host coordinator co-ordinator adviser advisor aide strategist
supremo commissioner general admiral colonel commander king queen prince princess emperor pope
bishop archbishop cardinal donor backer businessman businesswoman entrepreneur tycoon investor banker
witness defendant whistleblower whistle-blower controller comptroller auditor accountant treasurer
member candidate activist campaigner student teacher doctor surgeon scientist engineer player coach
captain actor actress singer producer star musician artist designer owner
chairperson vice-president vice-chairman negotiator mediator monarch ruler dictator general-secretary agent
secretary-general partner consultant veteran politician inspector detective spokesperson backbencher
referee umpire jockey sprinter
champion medallist medalist athlete runner hurdler swimmer cyclist boxer golfer skater driver
administrator moderator developer programmer hacker blogger pundit rapper pupil predecessor successor
peer servant frontman guitarist drummer bassist composer conductor dancer ballerina comedian
photographer playwright poet reverend councillor impresario contestant lord
seed finalist semi-finalist runner-up qualifier
trainer skipper winner legend worker guru dj djs
psychologist psychiatrist criminologist sociologist anthropologist archaeologist biologist zoologist
ecologist geologist seismologist meteorologist climatologist epidemiologist virologist neurologist
cardiologist oncologist radiologist pathologist toxicologist pharmacologist dermatologist physicist
astronomer mathematician statistician physician paediatrician pediatrician obstetrician optician
technician electrician magician dietitian nutritionist therapist dentist pharmacist veterinarian
pianist violinist cellist saxophonist choreographer cinematographer biographer cartographer
philosopher theologian linguist lobbyist publicist
jumper vaulter thrower heptathlete decathlete triathlete rower sailor fencer wrestler gymnast skier
marathoner caddie racer motorcyclist canoeist kayaker
screenwriter filmmaker songwriter vocalist frontwoman keyboardist lyricist
entertainer comedienne supermodel chef critic billionaire magnate mogul heiress socialite
vice-captain linesman selector
promoter physio physiotherapist olympian paralympian quarter-finalist debutant titleholder assistant creator
sergeant corporal lieutenant brigadier superintendent firefighter paramedic medic warden sheriff
investigator criminalist vicar imam rabbi cleric chaplain registrar
ombudsman headteacher headmaster headmistress vice-chancellor tutor counsellor anaesthetist midwife
psychotherapist alderman farmer employee bodyguard technocrat
""".split()) | frozenset("""
firm company group operator carrier maker giant bank network agency newspaper broadcaster insurer
retailer airline manufacturer regulator watchdog union party broker brokerage fund publisher outlet
band orchestra choir
""".split())
# The role nouns above that head an organization's description ("the company said"), not a person's.
ORGANIZATION_ROLE_HEADS = frozenset("""
firm company group operator carrier maker giant bank network agency newspaper insurer retailer
airline manufacturer regulator watchdog union party broker fund publisher outlet
provider supplier vendor developer lender consultancy charity court tribunal committee panel body
bloc alliance coalition federation association organisation organization institute university
ministry department government administration junta regime military army force police council
authority commission parliament legislature assembly opposition movement militia presidency office
conglomerate subsidiary startup start-up exchange service broadcaster channel station
brokerage think-tank thinktank supermarket brewer distributor utility website marque
band orchestra choir
""".split())
# Measured (s30-actors) and left out: "organiser" among the people's roles (a plural before a body's
# name, "spokesman for organisers Harwick Events", then read as a person's title, and the spokesman
# lost his role) and club, label, chain, venture, studio among the bodies' kinds (a plural of the
# story's own matter, "Hollywood studios", made a body of a name beside it an actor and its matter
# no issue): each cost topics held back from fitting an actor or a role, and gained none.
# "planemaker", "carmaker", "drugmaker": a maker of something heads an organization's description.
MAKER_SUFFIX = "maker"

# Lower-case words that never belong in a role phrase: a backward walk from a name stops there.
ROLE_STOPS = frozenset("""
a an the this that these those his her its their our my your and or but nor as at by for from in
into of on onto to with without within about after before between during over under than then
who whom whose which what when where while if because since although though so yet also
is was are were be been being am has had have having do does did will would shall should can
could may might must not no said says say told tells tell added adds asked asks met meet meets
remain remains remained off past against across through around beside
saw see sees took take gave give made make led lead won win sent send sold left became become
called call named urged it he she they we i you him them us me one all both each some any
many several few other such much neither either
whether how why very more most just only even still already again here there now
ahead including include includes included despite following like unlike alongside along together against amid among
towards toward behind beyond beside besides across around near through throughout via upon until
however meanwhile moreover furthermore nevertheless nonetheless instead indeed perhaps often
whereas otherwise therefore thus hence besides
yesterday today tomorrow tonight earlier later recently previously
""".split())

# Words that head an organization's name ("Ministry of Fisheries", "Sunday Courier").
# Followers of a political creed, a closed class: "the Liberal Democrats", "the Republicans" and
# "the Socialists" are parties, each the "... Party" named by the creed's adjective.
PARTY_CREEDS = frozenset("""
democrat republican conservative liberal labour socialist communist nationalist unionist green
libertarian populist federalist separatist loyalist royalist monarchist progressive
""".split())
# Adjectives of a party's name that differ from its followers' noun, and the nicknames of parties
# that English-language news uses as often as their names.
PARTY_ADJECTIVES = {"democratic": "democrat"}
PARTY_NICKNAMES = {"tory": "conservative", "tories": "conservative", "lib dem": "liberal democrat",
                   "lib dems": "liberal democrat", "dems": "democrat", "gop": "republican",
                   "grand old party": "republican"}
# What the followers are called, which names their party ("the Tories", "the Social Democrats").
PARTY_FOLLOWERS = frozenset(f"{m}s" for m in PARTY_CREEDS if m != "labour") | {"tories", "dems"}

ORG_HEADS = frozenset("""
ministry department office party university college institute institutes institution commission
committee council agency company corporation corp inc incorporated ltd plc llc group bank association union
court tribunal news times post journal telegraph herald guardian tribune press network foundation
fund organisation organization assembly parliament congress senate cabinet treasury army navy
force forces police authority board federation league club airlines airways motors holdings
communications technologies systems industries nations reserve exchange centre center service
services school academy society alliance coalition movement front bureau administration government
commission corporation broadcasting television radio channel magazine review observer mail express
survey ratings lines programme program presidency secretariat panel chamber junta regime command bloc
co hospital infirmary laboratory laboratories united research unit trust confederation consortium guild
studios brigade regiment battalion syndicate cooperative co-operative orchestra forum watch
""".split()) | PARTY_FOLLOWERS
# Kinship nouns (a closed class): in an apposition they say a person ("X, the son of …"), though
# they are no title before a name ("Son Heung-min").
KINSHIP = frozenset("""son daughter father mother brother sister husband wife widow widower nephew niece
uncle aunt cousin grandson granddaughter grandfather grandmother stepson stepdaughter fiancee fiance
""".split())
# Common nouns written as acronyms ("digital TV", "a new PC"): things, never actors.
THING_ACRONYMS = frozenset("tv tvs pc pcs dvd dvds cd cds mp3 gdp gnp atm atms sms gps usb lcd hdtv iptv voip "
                           "dsl adsl pda pdas suv suvs ceo ceos cfo cfos hiv dna rna vat id ids".split())

# Of those, the words that end an organization's name without saying what kind it is
# ("Harwick United", "Tarrow Research", "Tarvel Rights Watch"): never given as its role.
UNTYPED_ORG_HEADS = frozenset({"united", "research", "watch"})
# ... and those that say it in another form ("Harwick Airways" is an airline)
ORG_HEAD_TYPES = {"airways": "airline", "airlines": "airline", "motors": "company", "industries": "company",
                  "technologies": "company", "systems": "company", "communications": "company",
                  "laboratories": "laboratory", "institutes": "institute", "forces": "force",
                  "ratings": "ratings agency",
                  **dict.fromkeys(PARTY_FOLLOWERS, "party")}

# Words that end a news outlet's name ("Coast News", "The Valley Times", "Daily Ledger").
OUTLET_HEADS = frozenset("""
news times journal telegraph herald guardian tribune observer magazine gazette chronicle
""".split())
# ... and words that end an outlet's name as often as another's: a postal service ("Harwick Post",
# "Royal Mail"), a card firm or a film ("Tarvel Express"), a publisher ("University Press"), a sea
# ("Tarvel Channel"), a technology ("Digital Audio Broadcasting"): an outlet's only where its reports
# cite it as one, a paper's day or time of issue opens it ("Sunday Express", "Evening Post") or a
# news agency's name ("BBC Radio"). Of those, the words of a broadcaster, which one not cited still is.
BROADCAST_HEADS = frozenset("channel broadcasting television radio".split())
WEAK_OUTLET_HEADS = frozenset("post mail express press".split()) | BROADCAST_HEADS
ISSUE_WORDS = frozenset("daily sunday evening morning weekly".split())
# ... and those also English surnames, a person's after a given name ("Jim Press", "Emily Post")
OUTLET_SURNAMES = frozenset({"press", "post"})

# The world's news agencies and the broadcasters that report most international news, by the names
# they are cited under: outlets, like the names OUTLET_HEADS ends ("told the BBC", "Reuters reported").
NEWS_AGENCIES = frozenset("""BBC CNN Reuters AP AFP UPI Bloomberg Xinhua Yonhap Kyodo NHK Interfax TASS ANSA EFE
PTI ITV NPR CNBC""".split()) | {"Associated Press", "Agence France-Presse", "Agence France Presse", "Press Association",
                                  "Al Jazeera", "Sky News", "Fox News", "Dow Jones"}

# The main bodies states form among themselves, by the names and acronyms news writes them with:
# what such a body is in any story ("United Nations" had been a "nations").
INTERNATIONAL_ORGANIZATIONS = frozenset("""UN NATO WTO IMF WHO OPEC ASEAN OECD IAEA UNESCO UNICEF UNHCR
Interpol Nato Opec Asean Unesco Unicef""".split()) | {
    "United Nations", "World Bank", "World Trade Organization", "World Trade Organisation",
    "International Monetary Fund", "World Health Organization", "World Health Organisation",
    "African Union", "Arab League", "International Atomic Energy Agency", "International Criminal Court",
    "International Court of Justice", "Council of Europe", "Commonwealth"}
INTERNATIONAL_ROLE = "international organization"
# A union of states the country list holds, so that its adjectives and acronym read as an affiliation
# ("EU ministers", "European officials"), but which is a body of states, not a country: shown as one.
UNIONS_OF_STATES = {"European Union": "union of European states"}

# The departments of the UK's government named "Office", not "Department" or "Ministry", which their
# names alone would show: what such a body is in any story ("Home Office" had been an "office").
GOVERNMENT_OFFICES = frozenset({"Home Office", "Foreign Office", "Foreign and Commonwealth Office", "Cabinet Office",
                                "Northern Ireland Office", "Scotland Office", "Wales Office", "Welsh Office",
                                "Scottish Office", "Office of the Deputy Prime Minister"})
GOVERNMENT_DEPARTMENT_ROLE = "government department"

# Capitalised modifiers that stand before an organization's name but are no part of it
# ("Former Soviet Union" keeps all; "Acting Transport Department" is the department): only time words.
TEMPORAL_MODIFIERS = frozenset("former ex then outgoing incoming acting interim".split())

# Titles written after a name ("Alan Price MP", "Sam Ortiz Jr"); any other title word after a
# given name is a surname ("Ruth Judge", "Ben Major").
POST_NOMINALS = frozenset("mp mep msp mla qc kc jr sr obe mbe cbe kbe phd esq".split())

# Words that end a company's legal name ("Veltrion Co.", "Northwind Holdings"): the company
# without them is the same actor.
CORPORATE_SUFFIXES = frozenset("co inc incorporated corp corporation company ltd limited plc llc ag sa nv gmbh holdings".split())
# Words that say a company's line of business after its own name ("Northwind Insurance Services",
# "Veltrion Auto", "Tarrow Bank"): named without them, it is the same company.
LINE_OF_BUSINESS = frozenset("""
insurance services service group technologies technology systems solutions industries enterprises
motors motor auto automotive airlines airways bank banking capital partners software pharmaceuticals
energy media networks communications telecom entertainment international worldwide global
films pictures records publishing publications hotels foods stores
oil gas gold steel mining resources financial management
aviation aerospace brewery breweries chemicals electronics logistics securities investments properties
pharmaceutical engineering construction shipping tobacco
""".split())

# Of those, and beside them, the words that name a trade ("Harwick Tobacco", "Tarvel Pharmaceuticals",
# "Dalby Steel"): a company ending its name on one is in that trade, where "Group", "Services" or
# "International" say no more than that it is a company. Some take another form as a role ("Harwick
# Records" is a record label).
TRADE_ENDINGS = frozenset("""
insurance software pharmaceuticals pharmaceutical pharma biotech energy media telecom telecoms
entertainment films pictures records publishing hotels foods stores oil gas gold steel mining
aviation aerospace brewery breweries chemicals electronics logistics securities investments
properties engineering construction shipping tobacco banking drinks beverages textiles retail
""".split())
TRADE_ROLES = {"records": "record label", "films": "film company", "pictures": "film company",
               "hotels": "hotel group", "stores": "retailer", "brewery": "brewer", "breweries": "brewer",
               "securities": "securities firm", "investments": "investment firm", "foods": "food company",
               "retail": "retailer", "drinks": "drinks company", "beverages": "drinks company"}

# Nouns of a numbered unit of an organization ("District 14", "Local 100", "Lodge 12").
ORG_UNITS = frozenset("district local lodge chapter branch division unit precinct ward".split())

# Words that head a place's name ("Northern Cape Province", "Coral Sea"): not actors.
PLACE_HEADS = frozenset("""
prison jail gaol
province county city state district region street road avenue square island islands sea ocean
river lake mountain mountains valley bay gulf strait peninsula coast desert border airport station
park hall palace castle bridge tower hotel lodge stadium village town capital prefecture st rd ave
sound fjord inlet harbour harbor canal cape plateau basin glacier reef falls heights hills plains
forest delta dam fault temple pagoda mosque cathedral monastery shrine museum monument memorial
arena
""".split())

# Points of the compass and region words that open a place's name ("East Riding", "North Shore",
# "Upper Valley", "Greater Harrowfield"): a name opening so, never titled and without a given name, is a
# place rather than a person (a closed class of English).
COMPASS_WORDS = frozenset("""
north south east west northern southern eastern western central upper lower greater
north-east north-west south-east south-west northeast northwest southeast southwest
""".split())

# Words that head the name of an event, a prize or a document ("Carling Cup", "Australian Open",
# "Harwick Protocol"): not actors.
EVENT_HEADS = frozenset("""
cup championship championships open games olympics award awards prize trophy festival series final
finals tournament marathon derby grand prix summit conference war revolution plan act bill
book novel album film movie song expo
treaty protocol accord accords agreement convention charter pact declaration constitution directive
""".split())

# Nouns of a made thing or a work, and the kinds of work a review names ("the single Harwick Road",
# "web browser Tarvel", "comedy Tarvel Days"): written right before a name, they say it is a
# product or a work, which is what a story is about, not who acts in it (a closed class of English).
PRODUCT_NOUNS = frozenset("""
software browser program programme application handset device gadget computer laptop console camera
jukebox toolbar virus worm trojan format disc chip processor technology
film movie album song book novel sitcom musical comedy drama thriller documentary cartoon soap opera
series sequel trilogy franchise blockbuster
""".split()) | {"operating system"}

MONTHS = frozenset(MONTH_NUMBERS)     # names and abbreviations
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Days a calendar names, like the weekdays: feasts and holidays are times, not actors ("Christmas said")
DAY_NAMES = WEEKDAYS | frozenset("christmas easter ramadan eid diwali hanukkah thanksgiving passover halloween".split())

# Words that never name anyone on their own, whatever their capital: auxiliaries, pronouns,
# determiners, conjunctions and prepositions (a closed class of English). A title's first word
# ("the single Do They Know ...") is written with a capital mid-sentence, yet is no name. Words of
# these classes that are also surnames or given names ("May", "Will", "Long") are not listed.
NEVER_A_NAME = frozenset("""do does did is are was were be been am have has had they them it its he
she we you i me us this that these those what which who whom whose and or but nor the an of to in
on at by for with from as than""".split())

# Particles inside names ("Anke von der Heide", "Ana Lucia da Rocha").
NAME_PARTICLES = frozenset("von van der den de da das do dos du di del della la le bin ibn al el ter".split())

# Irregular past forms of common English verbs, a closed class: like "-ed" words, they end a noun
# phrase ("the storm | struck", "the savers | lost", "the military | overthrew").
IRREGULAR_PAST = frozenset("""arose awoke bore beat became began bent bet bit bled blew broke brought
built burnt bought caught chose clung came cost crept dealt dug dove drew dreamt drank drove ate fell
fed felt fought found fled flung flew forbade forgot forgave froze got gave went ground grew hung
heard hid held hurt kept knelt knew laid led leant leapt learnt left lent lay lit lost made meant met
paid proved quit ran rang rose saw sought sold sent shook shone shot showed shrank shut sang sank
sat slept slid spoke sped spent spun split spread sprang stood stole stuck stung stank strode struck
strove swore swept swam swung took taught tore told thought threw thrust understood woke wore wove
wept won wound wrote withdrew overtook undertook overcame upheld overthrew""".split())
# English past participles in -en or -n that differ from the past ("written", "taken", "shown"): a
# verb's form, used before a noun as an adjective ("a written answer"), never a noun's head.
IRREGULAR_PARTICIPLES = frozenset("""arisen awoken beaten bitten blown broken chosen done driven drawn
eaten fallen flown forbidden forgiven forgotten frozen given gone grown hidden known proven ridden
risen seen shaken shown spoken stolen sworn taken thrown torn undertaken withdrawn woken worn written
overtaken overthrown""".split())
# Past forms the same as the present, or as a noun ("a tax cut"): verbs only where nothing else
# could stand after a noun phrase
PLAIN_FORM_PAST = frozenset("cut hit put set".split())
# Verbs that attribute speech or a claim to a speaker; used in every tense a report uses.
SAY_VERBS = frozenset("""
said says say saying told tells tell telling added adds adding asked asks noted notes noting
mentioned mentions stressed stresses emphasized emphasised emphasizes emphasises insisted insists
declared declares continued continues explained explains argued argues warned warns replied
replies claimed claims wrote writes urged urges acknowledged acknowledges admitted admits
answered answers commented comments remarked remarks observed observes recalled recalls
responded responds suggested suggests stated states announced announces described describes
conceded concedes predicted predicts cautioned cautions countered counters agreed agrees
maintained maintains contended contends testified testifies confirmed confirms denied denies
reiterated reiterates affirmed affirms underlined underlines highlighted highlights pointed
reckoned believes believed thinks thought pressed reaffirmed reaffirms describing calling
urging noting stressing insisting warning arguing claiming telling explaining declaring
""".split())

# English given names and the short forms written for them whose letters are not the long form's
# in order ("Dave" for David, "Mike" for Michael, "Bill" for William): a closed class of common
# usage, read beside the rule that finds a short form by its letters ("Kostas", "Konstantinos").
SHORT_GIVEN_NAMES = {
    "dave": "david", "mike": "michael", "mick": "michael", "andy": "andrew", "nick": "nicholas",
    "tom": "thomas", "tommy": "thomas", "bill": "william", "billy": "william", "will": "william",
    "bob": "robert", "bobby": "robert", "jim": "james", "jimmy": "james", "tony": "anthony",
    "steve": "stephen", "ted": "edward", "eddie": "edward", "ed": "edward", "harry": "henry",
    "jack": "john", "johnny": "john", "dick": "richard", "rick": "richard", "ricky": "richard",
    "sandy": "alexander", "jerry": "gerald", "gerry": "gerald", "larry": "lawrence", "peggy": "margaret",
    "maggie": "margaret", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
    "kate": "katherine", "kathy": "katherine", "sue": "susan", "jenny": "jennifer", "chuck": "charles",
    "charlie": "charles", "danny": "daniel", "terry": "terence", "pat": "patrick", "nell": "helen",
}
# Common given names, so that "Susan Young" or "Peter Long" (both common words) read as names.
# First names of a census (first_names.txt says whose), only for reading two common words as a
# name ("Sandy Banks"); GIVEN_NAMES, which also say a lone word is no alias, stay hand-picked.
FIRST_NAMES = frozenset(word for line in (Path(__file__).with_name("first_names.txt")
                                          .read_text(encoding="utf-8").splitlines())
                        if not line.startswith("#") for word in line.split())
GIVEN_NAMES = frozenset("""
aaron adam adrian ahmed alan albert alex alexander alexandra alfred ali alice alison alyssa amanda
amy andrea andrew andy angela angus ann anna anne anthony antonio arthur ashley barbara barry ben
benjamin bernard bernie bert beth betty bill billy bob bobby boris brian bruce carl carlos carol
caroline catherine charles charlie charlotte chris christina christine christopher claire clare
clifford colin craig cynthia dan daniel danny dave david dean deborah dennis derek diana diane
donald doug douglas duncan ed eddie edward elizabeth ellen emily emma eric erik frank fred
frederick gary geoff geoffrey george gerald gordon graham greg gregory harold harriet harry heather
helen henry hillary howard hugh ian isabel jack jackie jacob james jamie jan jane janet jason jean
jeff jeffrey jennifer jenny jeremy jerry jessica jill jim jimmy joan joe john johnny jon jonathan
joseph josh joyce judith judy julia julian julie justin karen kate katherine kathleen keith ken
kenneth kevin kim larry laura lawrence lee leo leslie liam linda lisa liz louis louise lucy luke
malcolm margaret maria marie mark martin mary matt matthew max megan melanie michael michelle mike
nancy natalie neil nicholas nick nicola nigel norman oliver pamela pat patricia patrick paul peter
philip phil rachel ralph ray raymond rebecca richard rick rob robert robin roger ronald rose ross
ruth ryan sally sam samuel sandra sarah scott sean sharon simon sophie stephen steve steven stuart
sue susan thomas tim timothy tom tommy tony tracy victoria vincent walter wayne william willie yvonne
abdul ahmad alain angela carlos emmanuel francois françois giorgia hans helmut jacques javier jose
josé juan klaus luis luiz manuel marco mario mohammed muhammad olaf pedro pierre recep sergei
vladimir wolfgang yuri ursula jean-luc jean-claude jean-pierre narendra shinzo fumio
rupert hugo giles rory toby oscar felix ellie chloe grace hannah holly kirsty lauren molly zoe
abigail agnes alicia amber april audrey beatrice bonnie brenda camilla carla cheryl christina
clara colleen courtney dawn debbie denise diane donna doreen dorothy edith eileen elaine eleanor
elsie esther eva evelyn faye fiona florence frances gail georgina gillian gloria gwen harriet
hazel heidi imogen irene iris jacqueline janice jasmine jean jenna joanne jodie josephine joy
june karen katie kay kerry kirsten kylie leah lesley lillian lindsay lorna lorraine lynn mandy
marilyn marion martha maureen maxine melissa mildred miriam monica muriel naomi nina nora olive
olivia paula pauline penny phoebe polly priscilla rita roberta rosemary roxanne ruby sheila shirley
sonia stella sylvia tamsin tanya teresa theresa tina tracey ursula valerie vanessa vera veronica
wendy yasmin alistair ally angus archie arnold barney basil bertie bradley brendan cameron cecil
clive conor damian damien darren declan dennis dominic dylan edmund elliot ernest ethan euan
fergus finlay francis freddie gareth gavin gerry glen glenn gordon grant gus hamish harvey herbert
horace ivan jake jared jeremy jerome jesse joel jonah jordan kieran kyle lance leon lewis lionel
lloyd marcus mario martyn maurice miles mitchell morgan nathan neville niall nigel noel oscar owen
percy quentin reggie rhys ricky robbie rodney roland ronnie roy rufus russell seamus sebastian
shane sidney spencer stanley terence terry theo trevor tristan troy vernon victor warren wesley
""".split())

# Lower-case words that start a sentence but are no name ("During", "Such"), beyond the
# frequency test below.
COMMON_THRESHOLD = 3.0   # zipf; below this a word is rare enough to be a name part (Weiran, Okafor)
SENTENCE_START_THRESHOLD = 3.5   # zipf; a sentence-initial word this common is read as a plain word


# Memos of pure functions of one word or name. `functools.cache` keeps results in a plain dict,
# which the garbage collector need not walk entry by entry as it must `lru_cache`'s linked
# nodes (tens of thousands over a corpus, walked at every full collection); each memo is emptied
# when it outgrows this many entries, so that a long session stays bounded (`trim_word_caches`).
WORD_CACHE_LIMIT = 100_000
_WORD_CACHES: list = []


def word_cache(function):
    """`functools.cache` for a pure function of one string, registered for `trim_word_caches`."""
    cached = cache(function)
    _WORD_CACHES.append(cached)
    return cached


def trim_word_caches() -> None:
    """Empty the word memos that have outgrown `WORD_CACHE_LIMIT` (results are unchanged)."""
    for cached in _WORD_CACHES:
        if cached.cache_info().currsize > WORD_CACHE_LIMIT:
            cached.cache_clear()


@word_cache
def zipf(word: str) -> float:
    """How common `word` is in English (wordfreq's Zipf scale, 0 = unknown, 7 = "the")."""
    return english_zipf(word.lower().replace("-", "").replace("’", "'"))


FOLDED_OUT = re.compile(r"[\s\-‐‑.’'‘]+")


@word_cache
def fold(text: str) -> str:
    """A matching key: no accents, no case, no spaces, hyphens or dots ("Ryu Hyeon-chul" = "Ryu Hyeon Chul")."""
    if text.isascii():           # no accents to take off
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return FOLDED_OUT.sub("", plain).casefold()


# The world's larger cities of several words that open on a place's word ("Port Haldane", "San
# Quendro"), by their `fold` keys: city_names.txt says whose list, and which names it leaves out
CITY_KEYS = frozenset(fold(line) for line in (Path(__file__).with_name("city_names.txt")
                                              .read_text(encoding="utf-8").splitlines())
                      if line and not line.startswith("#"))


@dataclass(frozen=True, repr=False)
class Country:
    """A state by its name, the words for its people, and its other names."""

    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]      # other names and the capital, used as a metonym ("Paris said")


# name | demonyms | aliases (other names, capital). The world's states and a few territories.
_COUNTRY_TABLE = """
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnian|Bosnia,Sarajevo
Botswana|Botswanan|Gaborone
Brazil|Brazilian|Brasilia,Brasília
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa
Chile|Chilean|Santiago
China|Chinese|Beijing,People's Republic of China,PRC
Colombia|Colombian|Bogota,Bogotá
Congo|Congolese|Democratic Republic of Congo,DR Congo,DRC,Kinshasa
Costa Rica|Costa Rican|San Jose
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Czechia,Prague
Denmark|Danish,Dane|Copenhagen
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French,Frenchman|Paris
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|Guatemala City
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi,Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish,Irishman|Republic of Ireland,Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome
Ivory Coast|Ivorian|Cote d'Ivoire,Côte d'Ivoire,Abidjan
Jamaica|Jamaican|Kingston
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kosovo|Kosovan,Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao,Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish|
Malaysia|Malaysian|Kuala Lumpur
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar|Burmese|Burma,Naypyidaw
Namibia|Namibian|Windhoek
Nepal|Nepalese,Nepali|Kathmandu
Netherlands|Dutch,Dutchman|Holland,The Hague,Amsterdam
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea|North Korean|DPRK,Pyongyang,Democratic People's Republic of Korea
North Macedonia|Macedonian|Macedonia,Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Palestinian territories,Gaza,West Bank,Ramallah
Panama|Panamanian|Panama City
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Russian Federation,Moscow,Kremlin
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Singapore|Singaporean|
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria,Johannesburg,Cape Town
South Korea|South Korean|Korea,Republic of Korea,ROK,S. Korea,Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish,Spaniard|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish,Swede|Stockholm
Switzerland|Swiss|Bern,Berne
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma,Dar es Salaam
Thailand|Thai|Bangkok
Tunisia|Tunisian|Tunis
Turkey|Turkish,Turk|Türkiye,Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv,Kiev
United Arab Emirates|Emirati|UAE,Abu Dhabi,Dubai
United Kingdom|British,Briton|UK,U.K.,Britain,Great Britain,London
United States|American,US,U.S.|US,U.S.,USA,U.S.A.,America,United States of America,Washington
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
Scotland|Scottish,Scots,Scot|Edinburgh
Wales|Welsh,Welshman|Cardiff
England|English|
Northern Ireland|Northern Irish|Belfast
European Union|European|EU
Africa|African|
Europe||
Asia|Asian|
"""
# Continents and world regions: read for affiliations ("African leaders"), never actors themselves.
CONTINENTS = frozenset("Africa Europe Asia Oceania Antarctica".split()) | {"North America", "South America",
                                                                           "Latin America", "Middle East"}

# Regions that are named like countries but whose demonyms say nothing about an affiliation.
_WEAK_DEMONYMS = frozenset({"European", "African", "Asian", "English"})
# Words naming a people or a region's people, that are never an actor's name on their own, and
# the adjectives of the world's religions, a closed class ("his Jewish beliefs", "Muslim voters").
PEOPLE_WORDS = _WEAK_DEMONYMS | {"Arab", "Nordic", "Scandinavian"} | frozenset(
    "Jewish Muslim Christian Catholic Protestant Anglican Evangelical Orthodox Hindu Sikh Buddhist Islamic "
    "Sunni Shia Shiite".split())


def _load_countries() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    by_name: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    for line in _COUNTRY_TABLE.strip().splitlines():
        name, demonyms, aliases = line.split("|")
        country = Country(name, tuple(d for d in demonyms.split(",") if d),
                          tuple(a for a in aliases.split(",") if a))
        for alias in (name, *country.aliases):
            by_name[alias] = country
        for demonym in country.demonyms:
            if demonym not in _WEAK_DEMONYMS:
                by_demonym.setdefault(demonym, country)
    # "Korean" alone (no North/South) reads as the southern state, as news usage does
    by_demonym.setdefault("Korean", by_name["South Korea"])
    by_name_folded = {fold(k): v for k, v in by_name.items()}
    return by_name, by_demonym, by_name_folded


COUNTRIES, DEMONYMS, _COUNTRIES_FOLDED = _load_countries()
# Longest first, so that "South Korean" wins over "Korean" in a regex alternation.
COUNTRY_WORDS = sorted(set(COUNTRIES) | set(DEMONYMS), key=len, reverse=True)


def country_of(text: str) -> Country | None:
    """The country a name, alias or capital stands for."""
    return COUNTRIES.get(text) or _COUNTRIES_FOLDED.get(fold(text))


def demonym_country(text: str) -> Country | None:
    return DEMONYMS.get(text)


def is_common_word(word: str, threshold: float = COMMON_THRESHOLD) -> bool:
    """A word frequent enough in English that, capitalised, it proves nothing about a name."""
    return word.lower() not in GIVEN_NAMES and zipf(word) >= threshold

# Lower-case words that may qualify a role further from its head ("former parliament speaker",
# "fellow board member"); one other lower-case word right before the head is always allowed.
ROLE_MODIFIERS = frozenset("""
former ex deputy acting vice first second third senior junior chief top then outgoing incoming
interim shadow assistant associate executive general foreign prime lead leading veteran fellow
retired current incumbent state federal national international regional local party opposition independent
managing financial political parliamentary legal military economic defence defense home health
finance trade education justice interior environment energy security policy election campaign
board parliament government cabinet senior principal special permanent honorary founding
longtime long-time one-time onetime disgraced jailed embattled elected
affairs constitutional rural consumer social culture transport communities pensions science technology
sport media housing agriculture industry business treasury
""".split())
# Words that end a role phrase after a name ("Lena Marsh, a specialist at …, said"); a full stop
# ends it, but not an initial's ("vice-president of Harwick J. Tarvel").
ROLE_PHRASE_END = re.compile(r"[,;:()\[\]\"“”]|(?<!\b[A-Z])\.(?:\s|$)|\s[-–—]\s|\s(?:who|which|whose|that|and|but|said|says|told|tells|"
                             r"added|adds|warned|argued|insisted|explained|claimed|noted)\s")
