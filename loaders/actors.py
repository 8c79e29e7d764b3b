"""Find the people named in a text and resolve each to one canonical person with country and office."""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Final

from . import regexes as rx
from . import scan
from .vocab import Person, Term, Vocab, load

FAMILY_NAME_FIRST: Final = frozenset({"China", "Taiwan", "South Korea", "North Korea", "Hong Kong"})
# where a Chinese name of three words ("Lee Hsien Loong", "Goh Chok Tong", "Heng Swee Keat") is family name first,
# beside names written given name first ("Lawrence Wong", "Vivian Balakrishnan", two words)
_CHINESE_NAMES_OF_THREE: Final = frozenset({"Singapore"})
# Where a person is called by the given name, the first word ("Anwar" for Anwar Ibrahim, "Prayuth" for Prayuth
# Chan-o-cha, "Abiy" for Abiy Ahmed): Malay names have a father's name, not a family name; Thai custom uses the given
# name, as Lao custom does ("Khamchen" for Khamchen Vongphosy in VNA's and KPL's reports); Ethiopian and Eritrean names
# are given name and father's name. Foreign papers write the last word too.
GIVEN_NAME_CALLED: Final = frozenset({"Malaysia", "Brunei", "Indonesia", "Thailand", "Ethiopia", "Eritrea", "Laos"})
# Sikh names end in a name all men ("Singh") or all women ("Kaur") of the faith bear: the given name tells them apart
# ("Manmohan" for Manmohan Singh, "Rajnath" for Rajnath Singh) in Indian and foreign papers alike
GIVEN_NAME_SURNAMES: Final = frozenset({"Singh", "Kaur"})
# a capital that opens a word of a name, also with its marks ("Ingrida Šimonytė", "Zuzana Čaputová")
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # capitals of Latin scripts
_UPPER = UPPER
# "al-Sisi"; initials before the next word are part of the name ("S. Jaishankar", "S. M. Krishna", "S.M. Krishna")
_NAME_TOKEN = (rf"(?:(?:al|el)-)?(?:[A-Z]\.(?:\s?[A-Z]\.){{0,2}}(?=\s+[A-Z][a-z])"
               rf"|[{_UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*|[A-Z]\.)")
# a later word of a name: a middle initial before the next word is one ("George W. Bush"), not a name's end
_NEXT_TOKEN = (r"(?!(?:Will|Shall|To|On|In|At|For|With|And|Of|The|Host|Hosts|Meet|Meets|Holds|Visits|Says|Said|Prime|"
               r"Foreign|Minister|President)\b)"  # a headline's words in title case and the next title end a name
               rf"(?:(?:al|el)-)?(?:[A-Z]\.(?=\s+[A-Z][a-z])|[{_UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*|[A-Z]\.)")
_PARTICLES: Final = frozenset({"bin", "al", "de", "da", "van", "von", "der", "la", "le", "du", "dos", "das", "el"})
# "Al" before a family name is no word of its own (a name of six words: "Mohammed bin Abdulaziz bin Saleh Al Khulaifi")
_PARTICLE = rf"(?:{'|'.join(sorted(_PARTICLES))}|Al|El)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NEXT_TOKEN}){{0,4}}"
_SURNAME: Final = rx.compile(r"[A-Z][a-z][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
_MONTH_ABBREVIATIONS: Final = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DAY_AFTER: Final = rx.compile(r"\.?,?\s*\d")  # "Jun 5", "Jan. 12"
_NEXT_NAME: Final = rx.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]")
_NOT_NAME: Final = frozenset(
    """The A An And Or But On In At Of For To From With By As If When While After Before During Said Says
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms
    Dr He She They It This That These Those His Her Their We I""".split()
)


@dataclass(unsafe_hash=True)
class Mention:
    """A person named at text[start:end]."""

    start: int
    end: int
    person: str  # canonical name
    country: str | None
    role: str | None  # the office the text gives, or the one the people data knows
    titled: bool = False  # the text gave the office ("Foreign Minister Fumio Kishida")


def _fold_table() -> dict[int, str]:
    """Each Latin letter with a mark, as its bare letter: one character for one, so that offsets stay."""
    table = {ord(a): b for a, b in zip("ıłŁøØđĐħĦ", "ilLoOdDhH", strict=True)}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        bare = unicodedata.normalize("NFKD", chr(code))[:1]
        if code not in table and bare.isascii() and bare.isalpha() and bare != chr(code):
            table[code] = bare
    return table


_FOLD: Final = _fold_table()


def fold(text: str) -> str:
    """The text with its letters' marks dropped, of the same length: "Mevlüt Cavuşoğlu" -> "Mevlut Cavusoglu"; names
    are found and looked up so, whichever way the text or the people data writes them."""
    return text if text.isascii() else text.translate(_FOLD)


_CAPS_WORD: Final = rx.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]*[A-Z](?![\w'’-])(?=\s+[A-Z][a-z])")


def name_case(text: str) -> str:
    """The text with family names written in capitals before the given name ("Prime Minister KISHIDA Fumio", "Mr.
    LEE Jae-myung", as Japan's and Korea's foreign ministries write them) as names are written, when the people data
    knows that family name; of the same length, so that offsets hold ("NATO Secretary" stays)."""
    if not _CAPS_WORD.search(text) and not _CAPS_AFTER.search(text):
        return text
    surnames = index().by_surname
    text = _CAPS_WORD.sub(lambda m: cased if (cased := m[0][0] + m[0][1:].lower()) in surnames else m[0], text)
    return _CAPS_AFTER.sub(lambda m: m[1] + cased if (cased := m[2][0] + m[2][1:].lower()) in surnames else m[0], text)


# a family name in capitals after the given name, as French and West African official pages write names ("Macky SALL",
# "Foreign Minister Aïssata Tall SALL", "President Emmanuel MACRON"): after a word in lower case but its first letter
_CAPS_AFTER: Final = rx.compile(r"(?<![\w'’-])([A-Z][^\W\d_A-Z]+\s+)([A-Z][A-Z'’-]*[A-Z])(?![\w'’-])")


class Folded(dict):  # type: ignore[type-arg]
    """A dict of names whose keys are looked up and stored without marks (see fold)."""

    def __getitem__(self, key: str) -> Any:
        return super().__getitem__(fold(key))

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(fold(key), value)

    def __contains__(self, key: object) -> bool:
        return super().__contains__(fold(key) if isinstance(key, str) else key)

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(fold(key), default)

    def setdefault(self, key: str, default: Any = None) -> Any:
        return super().setdefault(fold(key), default)


@dataclass
class ActorIndex:
    """The people data arranged for lookup, plus people learned from the text (role patterns); names are keyed
    without their letters' marks (fold)."""

    vocab: Vocab
    by_name: dict[str, Person] = field(default_factory=Folded)
    by_surname: dict[str, list[Person]] = field(default_factory=Folded)
    by_given: dict[str, list[Person]] = field(default_factory=Folded)
    adjectives: dict[str, str] = field(default_factory=dict)  # "Russian" -> "Russia"
    titles: dict[str, str] = field(default_factory=dict)  # "Foreign Minister" -> "foreign_minister"


_PATRONYMIC: Final = rx.compile(r"(?<![\w-])(?:bin|bint|ibn|ben)\s+$")
_NAMED_SON: Final = rx.compile(r"(?<![\w-])[A-Z][\w'’-]+\s+(?:bin|bint|ibn)\s+$")
_SUFFIXES: Final = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# a Korean given name as romanized, two syllables joined by a hyphen, the second in lower case ("Choi Jong-moon", "Ban
# Ki-moon"): the family name before it is the one the person is called by alone, whatever the country read
_KOREAN_GIVEN: Final = rx.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
_ARTICLE: Final = rx.compile(r"^(?:al|el|ad|as|ash|at|ar)-(?=[A-Z])")  # "el-Sisi": written "Sisi" too


def surname(p: Person, article: bool = False) -> str:
    """The name a person is called by alone: the last ("Abe"), the first where the family name comes first
    ("Xi"), without "Jr." ("Marcos") or an Arabic article ("el-Sisi": "Sisi"; with `article`, as written)."""
    parts = [w for w in p.name.split() if w not in _SUFFIXES] or p.name.split()
    first = p.country in FAMILY_NAME_FIRST or p.country in _CHINESE_NAMES_OF_THREE and len(parts) == 3 and all(
        w.isalpha() and len(w) > 1 for w in parts) or (  # (not "S. R. Nathan": initials, then the name)
        p.country is None and len(parts) == 2 and _KOREAN_GIVEN.fullmatch(parts[1]) is not None)
    word = parts[0] if first and len(parts) > 1 else parts[-1]
    return word if article else _ARTICLE.sub("", word)


def given_name(p: Person) -> str | None:
    """The given name a person is also called by alone, where that is the custom of the person's country: only after
    the full name in the same article ("Abdullah" or "Hassan" alone could be many)."""
    words = p.name.split()
    called = p.country in GIVEN_NAME_CALLED or words[-1] in GIVEN_NAME_SURNAMES
    if not called or len(words) < 2 or not _SURNAME.fullmatch(words[0]):
        return None
    return words[0]


@lru_cache(maxsize=1)
def index() -> ActorIndex:
    vocab = load()
    idx = ActorIndex(vocab)
    for p in vocab.people:
        for form in [p.name, *p.aliases]:
            idx.by_name[form] = p
        for form in [p.name, *p.aliases]:
            for other in [*_hyphen_forms(form), *_particle_forms(form), *_fatherless_forms(form),
                          *_dotless_end(form), *_initials_forms(form)]:
                idx.by_name.setdefault(other, p)
            for other in [form, *_particle_forms(form)]:
                for joined in _joined_given(other):
                    idx.by_name.setdefault(joined, p)
        idx.by_given.setdefault(p.name.split()[0], []).append(p)
    for p in vocab.people:
        key = surname(p)
        if key != surname(p, article=True) and key[:1].isupper() and key in idx.by_given:
            key = surname(p, article=True)  # "Faisal" alone is Prince Faisal bin Farhan, not Saud al-Faisal
        idx.by_surname.setdefault(key, []).append(p)
        for other in _surname_spellings(p):  # "Pashinian" of Nikol Pashinian, an alias of Nikol Pashinyan
            if p not in idx.by_surname.get(other, []):
                idx.by_surname.setdefault(other, []).append(p)
    for c in vocab.countries:
        for adj in c.adjectives:
            idx.adjectives[adj] = c.name
        for form in (c.name, *c.aliases):
            idx.adjectives[f"{form}'s"] = c.name
            idx.adjectives[f"{form}’s"] = c.name
    for role, titles in vocab.words["titles"].items():
        for t in titles:
            idx.titles[t] = role
    return idx


def _surname_spellings(p: Person) -> list[str]:
    """The family name as the person's aliases spell it otherwise, the given names the same ("Nikol Pashinian" of
    Nikol Pashinyan, "Viktor Yuschenko"): a spelling of the same word, not a father's or another name of an alias."""
    words = p.name.split()
    if len(words) < 2 or surname(p) != words[-1]:
        return []
    return [form[-1] for form in (a.split() for a in p.aliases)
            if len(form) == len(words) and form[:-1] == words[:-1] and form[-1] != words[-1]
            and fold(form[-1]) != fold(words[-1]) and _alike(words[-1], form[-1])]


def spelling(text: str, m: Mention) -> str | None:
    """The name of a known person as the text writes it ("Subrahmanyam Jaishankar", "Børge Brende", "Hossein
    Amirabdollahian"; the people data's name when the text writes that but for dots and marks), when it is one of the
    person's names of two words or more, written as names are (not "KISHIDA Fumio"), and a spelling of the people
    data's name rather than another name: its initials spelled out, or its letters nearly the same; not a formal name
    beside a familiar one ("Elizabeth Truss" for Liz Truss, "Michael R. Pompeo") nor a middle initial the name leaves
    out ("Antony J. Blinken"); else None."""
    form = " ".join(text[m.start:m.end].split())
    words = form.split()
    if len(words) < 2 or any(w.isupper() and sum(c.isalpha() for c in w) > 1 and w not in _SUFFIXES for w in words):
        return None
    if words[0] in _styles() or words[0] in _GIVEN_ABBREVIATIONS or honorifics_at(words, 0):
        return None  # "Sheikh Salem Abdullah Al-Jaber Al-Sabah", "Md. Abdul Hamid": a style before the name
    p = index().by_name.get(form)
    if p is None or p.name != m.person:
        return None
    written, known = _name_parts(form), _name_parts(p.name)
    if _alnum("".join(written)) == _alnum("".join(known)) and _marks(form) <= _marks(p.name):
        return p.name  # "S Jaishankar", "Amirabdollahian", "Jonas Gahr Store": the data's name but for dots, hyphens
    return form if _same_name(written, known) else None


@lru_cache(maxsize=1)
def _styles() -> frozenset[str]:
    """Styles before a name, as written (data/meeting_words.json's name_styles): "Sheikh", "Dr.", "Sir Keir Starmer"."""
    return frozenset(load().words["name_styles"])


def _marks(name: str) -> int:
    """How many letters of a name carry marks ("Børge": one)."""
    return sum(a != b for a, b in zip(name, fold(name), strict=True))


def _name_parts(name: str) -> list[str]:
    """The words of a name without marks, case or dots; an initial is a word of one letter ("Chan-o-cha" is none)."""
    return fold(name).lower().replace(".", " ").split()


def _alnum(text: str) -> str:
    """The letters and digits of a text, nothing else."""
    return "".join(c for c in text if c.isalnum())


def _same_name(written: list[str], known: list[str]) -> bool:
    """Whether a written name spells the known one: word by word, an initial for a word of that letter ("S.
    Jaishankar", "Subrahmanyam Jaishankar"); else the same initials and nearly the same other letters."""
    from difflib import SequenceMatcher

    if len(written) == len(known) and all(w == v or (min(len(w), len(v)) == 1 and w[0] == v[0])
                                          for w, v in zip(written, known, strict=True)):
        return True
    if sorted(w for w in written if len(w) == 1) != sorted(w for w in known if len(w) == 1):
        return False  # a middle initial the other leaves out ("Antony J. Blinken")
    a, b = (_alnum("".join(w for w in n if len(w) > 1)) for n in (written, known))
    return SequenceMatcher(None, a, b).ratio() >= 0.85


def written_names(text: str, people: Iterable[Mention]) -> dict[str, str]:
    """The fullest spelling the text gives each known person it names in full (see spelling): the most words, then
    the most letters ("Subrahmanyam Jaishankar" over "S. Jaishankar"), the first on a tie."""
    out: dict[str, str] = {}
    for m in people:
        form = spelling(text, m)
        old = out.get(m.person)
        if form and (old is None or (len(form.split()), _letters(form)) > (len(old.split()), _letters(old))):
            out[m.person] = form
    return out


def _letters(form: str) -> int:
    """How many letters a written name has."""
    return sum(c.isalpha() for c in form)


def _hyphen_forms(form: str) -> list[str]:
    """"Bilawal Bhutto Zardari" is also written "Bilawal Bhutto-Zardari", and "Jean-Yves Le Drian" "Jean Yves Le
    Drian": a double surname or given name with a hyphen or a space."""
    words = form.split()
    out = [form.replace("-", " ")] if "-" in form and all(w[:1].isupper() for w in form.replace("-", " ").split()) \
        else []
    if len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper() and "-" not in form:
        out.append(" ".join(words[:-2] + [f"{words[-2]}-{words[-1]}"]))
    return out


def _joined_given(form: str) -> list[str]:
    """"Abdel Fattah el-Sisi" is also written "Abdel-Fattah el-Sisi": the two words of a given name joined by a
    hyphen, before a surname (three words or more, the first two capitalised)."""
    words = form.split()
    if len(words) < 3 or "-" in words[0] or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return []
    return [" ".join([f"{words[0]}-{words[1]}", *words[2:]])]


_PARTICLE_CASES: Final = {"bin": "Bin", "bint": "Bint", "ibn": "Ibn", "Al": "al", "del": "Del", "dela": "Dela",
                           "de": "De", "van": "Van", "von": "Von", "der": "Der", "da": "Da", "dos": "Dos"}


def _particle_forms(form: str) -> list[str]:
    """"Tamim bin Hamad Al Thani" is also written "Tamim Bin Hamad Al Thani" and "Tamim bin Hamad al Thani";
    "Albert del Rosario" "Albert Del Rosario" (a surname's particle, capitalised when it is written alone)."""
    words = form.split()
    if not any(w in _PARTICLE_CASES or w[:3] in _HYPHEN_PARTICLES for w in words[1:]):
        return []
    return [" ".join(_PARTICLE_CASES.get(w, _HYPHEN_PARTICLES.get(w[:3], w[:3]) + w[3:]) if i else w
                     for i, w in enumerate(words))]


_INITIAL: Final = rx.compile(r"[A-Z]\.")


def _initials_forms(form: str) -> list[str]:
    """"A. K. Abdul Momen" is also written "A K Abdul Momen" (South Asian papers' style): the initials before the
    names without their dots ("A.K." and "AK" are found as they are)."""
    words = form.split()
    lead = next((i for i, w in enumerate(words) if not _INITIAL.fullmatch(w)), len(words))
    if not lead or lead == len(words):
        return []
    return [" ".join([*(w[0] for w in words[:lead]), *words[lead:]])]


def _dotless_end(form: str) -> list[str]:
    """"Tommy E. Remengesau Jr.", "Ferdinand R. Marcos Jr.": a name whose last word ends in a dot is found without
    it (a name is matched between word boundaries, and there is none after the dot before a space)."""
    return [form[:-1]] if form.endswith(".") and " " in form else []


def _fatherless_forms(form: str) -> list[str]:
    """"Salman bin Hamad Al Khalifa" is also written "Salman Hamad Al Khalifa" (Malaysian and Indonesian papers'
    style): the name without the "bin" before the father's name, when a family name follows it."""
    words = form.split()
    kept = [w for w in words if w.lower() not in ("bin", "ibn", "bint")]
    return [" ".join(kept)] if 3 <= len(kept) < len(words) else []


# "Mishal al-Ahmad al-Jaber al-Sabah" is also written "Mishal Al-Ahmad Al-Jaber Al-Sabah" (Gulf agencies' style)
_HYPHEN_PARTICLES: Final = {"al-": "Al-", "Al-": "al-", "el-": "El-", "El-": "el-"}


FORMER: Final = ("former", "ex-", "then-")  # matched in any case before a title
# "then-President Jalal Talabani": the office held at the time told, read as a former one for the article's own
# time (its role "former_..."), but one who met then
_THEN_TITLED: Final = rx.compile(r"(?i:\bthen-)\s*(?:[\w'’.-]+\s+){1,4}$")


def told_then(text: str, start: int) -> bool:
    """Whether the person named at `start` of `text` is told with a title of that time ("then-President X", "then-US
    president X"): in office at the meeting told, whatever the article's own time."""
    return _THEN_TITLED.search(text, max(0, start - 60), start) is not None



@dataclass(frozen=True)
class Patterns:
    """The three name patterns, each with the words one of its matches must begin with."""

    role: re.Pattern[str]  # "Foreign Minister Taro Kono", "Russian President Putin"
    names: scan.LiteralWords  # full names and aliases of the people data
    surnames: scan.LiteralWords  # "Abe", "Lavrov"
    starts: dict[str, scan.Starts]
    kinds: scan.Kinds  # the three starts found in one scan


# the ministry a civil servant's title names before the name: "Permanent Secretary, Ministry of Foreign Affairs, X",
# "Principal Secretary for Foreign Affairs of Kenya, Dr X"
# the ministry or the affairs of an office told between its title and the name: "Deputy Minister, Ministry of Foreign
# Affairs X", "Minister of State at the Ministry of Foreign Affairs HE Dr. X"; the affairs of an envoy or a minister
# of state: "Special Envoy for Hostage Affairs HE X" (not a portfolio: "Minister for European Affairs of France")
_MINISTRY: Final = (r"(?:,?\s+(?:(?:(?:at|in)\s+)?(?:the\s+)?Ministry\s+)?(?:of|for)\s+(?:Foreign|External)\s+"
                    r"Affairs(?=[\s,]),?"
                    r"|(?:(?<=Envoy)|(?<=Representative)|(?<=of\sState))\s+for\s+(?:[A-Z][a-z]+\s+){1,2}Affairs(?=\s))?")
# the styles a name may carry after its title: "Mr.", "Dr", "HE Dr.", "H.E.", "HH Sheikh" (His Excellency, His
# Highness), also written out, as government releases do: "the Senegalese President, His Excellency Macky Sall", "the
# Senegalese Foreign Minister, Her Excellency, Aissata Tall Sall", "President of the Republic of Ghana, His Excellency";
# and "Md." (Mohammad, as Bangladesh's releases abbreviate it): "Bangladesh's foreign secretary Md. Jashim Uddin"
_STYLES: Final = (r"(?:(?:His|Her)\s+Excellency,?\s+)?(?:(?:Mr|Mrs|Ms|Dr|HE|HH|HRH|H\.\s?[EH]|Md)\.?\s+){0,2}"
                  r"(?:(?:(?:Lt|Maj|Brig)\.?\s*-?\s*)?(?:Gen|Adm|Col)\.\s+)?")  # a rank abbreviated with its dot:
# "Prime Minister Gen. Prayut Chan-ocha" (not a "Gen" of the data: Japan's Gen Nakatani is written without the dot)


def _modifiers(idx: ActorIndex) -> str:
    """The words that may stand before a title, each not where it opens a title of its own ("Permanent Secretary for
    Foreign Affairs" is no "Secretary for Foreign Affairs" modified)."""
    out = []
    for mod in idx.vocab.words["title_modifiers"]:
        own = sorted({t.split(" ", 1)[1] for t in idx.titles if t.startswith(mod + " ")})
        out.append(rf"{re.escape(mod)}(?!\s+(?:{scan.trie(own)})\b)" if own else re.escape(mod))
    return "|".join(out)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    idx = index()
    adj = scan.trie(list(idx.adjectives))
    title = scan.trie(list(idx.titles))
    countries = scan.trie([f for c in idx.vocab.countries for f in (c.name, *c.aliases)])
    modifier = _modifiers(idx)  # "Japanese Senior Deputy Foreign Minister X"
    role = rx.compile(
        rf"(?P<former>\b(?i:{'|'.join(FORMER)})\s*)?(?:(?P<adj>{adj})\s+(?:(?:{modifier})\s+)?"
        rf"(?:(?:{title})\s+and\s+(?:(?:{modifier})\s+)?)?)?"  # "Ethiopian Deputy PM and Foreign Minister X"
        rf"\b(?P<title>{title}){_MINISTRY}(?:\s+to\s+(?:the\s+)?(?:{countries})"  # "Ambassador to China X"
        rf"|\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<of>{countries}))?,?\s+{_STYLES}"
        rf"(?P<name>{_NAME})"  # "the Foreign Minister of Senegal, Mr. Sidiki Kaba"
    )
    names = scan.LiteralWords(list(idx.by_name))  # without marks, found in the folded text
    words = [s for s in idx.by_surname if _SURNAME.fullmatch(s)]  # "Xi", "Abe", not "II"
    surnames = scan.LiteralWords(words, not_before="-")
    starts = {"role": scan.Starts([fold(w) for w in [*idx.adjectives, *idx.titles]], any_case=FORMER),
              "names": scan.Starts(list(idx.by_name)), "surnames": scan.Starts(words)}
    return Patterns(role, names, surnames, starts, scan.Kinds(starts))


STORY_CHARS = 600  # a text this long names the countries of the people it tells of


class Positions:
    """Where in an article each name pattern may match, found once for the whole text and then used
    sentence by sentence."""

    def __init__(self, text: str) -> None:
        self.at = patterns().kinds.positions(fold(name_case(text)))
        self.text = text
        self._named: dict[str | None, bool] = {}

    def names_country(self, country: str | None) -> bool:
        """Whether the article names the country (its name, another form of it, its adjective or capital), or no
        country at all, or is too short to name those it tells of: a person of the data is known by the surname
        alone only in a story of their country ("Bashir" in a story of India and Pakistan is not Sudan's)."""
        if country not in self._named:
            forms = _country_forms()
            if "" not in self._named:  # whether any country is named, in a text long enough to name them
                self._named[""] = len(self.text) >= STORY_CHARS and any(
                    f in self.text for fs in forms.values() for f in fs)
            self._named[country] = (country is None or not self._named[""]
                                    or any(f in self.text for f in forms.get(country, ())))
        return self._named[country]

    def tells(self, country: str | None) -> bool:
        """Whether the article names the country itself (its name, another form of it, its adjective or capital)."""
        return country is not None and any(f in self.text for f in _country_forms().get(country, ()))

    def within(self, kind: str, start: int, end: int) -> list[int]:
        """The positions in [start, end), relative to start."""
        at = self.at[kind]
        return [p - start for p in at[bisect_left(at, start):bisect_left(at, end)]]


# the article whose people are being read: a name two people in office then share is the one of the country it names
_ARTICLE_AT: ContextVar[Positions | None] = ContextVar("_ARTICLE_AT", default=None)


def find(text: str, when: tuple[date, date] | None = None, known: dict[str, Person] | None = None,
         where: Positions | None = None, offset: int = 0) -> list[Mention]:
    """People named in `text`; `known` collects the people of the article so that later surnames resolve to them.

    `text` may be one sentence of an article at `offset`, `where` the article's Positions: the mentions then
    carry offsets into the article."""
    token = _ARTICLE_AT.set(where)
    try:
        return _find(text, when, known, where, offset)
    finally:
        _ARTICLE_AT.reset(token)


def _find(text: str, when: tuple[date, date] | None, known: dict[str, Person] | None, where: Positions | None,
          offset: int) -> list[Mention]:
    idx = index()
    known = Folded() if known is None else known
    pats = patterns()
    text = name_case(text)
    bare = fold(text)  # names and surnames are found without marks ("Cavuşoğlu" is "Cavusoglu" of the data)

    def candidates(kind: str) -> list[int]:
        return where.within(kind, offset, offset + len(text)) if where else pats.starts[kind].positions(bare)

    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in scan.finditer_at(pats.role, text, candidates("role")):
        ment = _from_role(m, idx, when, known)
        if ment:
            found.append(ment)
            taken.append((m.start("name"), _name_end(text, m, ment)))
    if "Minister " in text:
        for m in _portfolio_titles().finditer(text):  # "Chadian Minister of Economy, Planning and ... Abakar"
            if not _overlaps(m.start("name"), m.end("name"), taken):
                ment = _portfolio_minister(m, idx, when, known)
                if ment:
                    found.append(ment)
                    taken.append((ment.start, ment.end))
    for m in scan.finditer_at(pats.names, bare, candidates("names")):
        if _PATRONYMIC.search(text, max(0, m.start() - 6), m.start()):
            continue  # "Prince Abdulaziz bin Salman bin Abdulaziz" is not King Salman bin Abdulaziz
        if not _overlaps(m.start(), m.end(), taken):
            p = idx.by_name[m.group(0)]
            known.setdefault(surname(p), p)
            known.setdefault(m.group(0).split()[-1], p)  # "Zelenskyy" after "Volodymyr Zelenskyy"
            role = _role_of(p, when)
            said = _apposed_role(text, m.start())  # "the foreign secretary, James Cleverly"
            titled = said is not None and any(t.role == said for t in p.terms)
            role = said if titled else role
            country = _country_of(p, role, when)
            if not titled and (_named_envoy(text, m.end(), said) or _envoy_before().search(
                    text, max(0, m.start() - 60), m.start())) and _out_of_office(p, when):
                role, country = "ambassador", None  # "Zlatko Lagumdzija, the UN envoy": a former minister, no side
            found.append(Mention(m.start(), m.end(), p.name, country, role, titled=titled))
            taken.append((m.start(), m.end()))
    if "minister" in text or "secretary" in text or "president" in text:  # "defence minister, José Azeredo Lopes"
        for m in _lower_titled().finditer(text):  # "Russia's deputy foreign minister Vladimir Titov"
            if not _overlaps(m.start("name"), m.end("name"), taken):
                country = idx.adjectives.get(m.group("adj") or "") or _country_named(m.group("of"))
                title = m.group("title") if m.group("title") in idx.titles else m.group("title").lower()
                ment = _titled(m.group("name"), m.start("name"), title, country, False, idx, when, known, m.string)
                if ment:
                    found.append(ment)
                    taken.append((ment.start, ment.end))
    if _PLURAL_HINT.search(text):
        found += _plural(text, idx, when, known, taken)  # "Foreign Ministers A of Uruguay and B of Argentina"
    for m in _counterpart_names().finditer(text):  # "his Venezuelan counterpart Nicolas Maduro"
        if not _overlaps(m.start("name"), m.end("name"), taken):
            ment = _counterpart(m, found, idx, when, known)
            if ment:
                found.append(ment)
                taken.append((ment.start, ment.end))
    for m in _role_references().finditer(text):  # "the Chinese president", "the prime minister"
        if not _overlaps(m.start(), m.end(), taken):
            ment = _referred(m, idx, when, known)
            if ment:
                found.append(ment)
                taken.append((ment.start, ment.end))
    if "Prince " in text or "Sheikh" in text:
        for m in _HONORED_GIVEN.finditer(text):  # "Prince Mohammed", after "Prince Mohammed bin Salman"
            person = _given_known(m.group(1), known)
            if person is not None and not _overlaps(m.start(1), m.end(1), taken):
                role = _role_of(person, when)
                found.append(Mention(m.start(1), m.end(1), person.name, _country_of(person, role, when), role))
                taken.append((m.start(1), m.end(1)))
    if "-" in text:
        for ment in _paired_surnames(text, idx, when, known, taken):  # "the Modi-Xi summit", "Kono-Lavrov talks"
            found.append(ment)
            taken.append((ment.start, ment.end))
    if ", " in text:
        for ment in _postposed(text, idx, when, known, taken):  # "Vladimir Norov, the acting Uzbek foreign minister"
            found.append(ment)
            taken.append((ment.start, ment.end))
    if where is not None and ("'s " in text or "’s " in text):
        for ment in _of_country(text, where, offset, known, taken):  # "Pakistan's Salman Bashir"
            found.append(ment)
            taken.append((ment.start, ment.end))
    for p in list(known.values()):
        if given := given_name(p):
            known.setdefault(given, p)  # "Anwar" after "Anwar Ibrahim"
    extra = [k for k in known if k not in idx.by_surname and _surname_like(k)]  # "Zelenskyy", "Kozuki"
    short: list[Iterable[re.Match[str]]] = [scan.finditer_at(pats.surnames, bare, candidates("surnames"))]
    if extra:
        short.append(scan.at_word_start(_learned(tuple(fold(k) for k in extra)), bare))
    for matches in short:
        for m in matches:
            if _overlaps(m.start(), m.end(), taken) or _next_name(text, m.end()) or _after_name(text, m.start()):
                continue  # "Kim Yong Chol" is not Kim Jong Un, nor "Lu Kang" Kang Kyung-wha
            if _double_surname(bare, m.start(), idx, known):
                continue  # "Viktorija Čmilytė-Nielsen" is not Holger K. Nielsen
            if _NAMED_SON.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Abdulaziz bin Salman": a son of a Salman, not "bin Salman", the crown prince
            hit = _by_surname(m.group(0), idx, when, known)
            if hit and m.group(0) not in known and (_another_given(text, m.start(), hit, idx) or (
                    (said := _title_before(text, m.start(), idx)) in _CABINET_ROLES
                    and not _held_alike(hit, str(said)))):
                continue  # "Gen. Omar Suleiman" is not Lebanon's Michel Suleiman, "Minister Yadav" not Nepal's
                # president Ram Baran Yadav
            if hit and m.group(0) not in known and where is not None and not where.names_country(hit.country):
                continue  # "Bashir" in a story of India and Pakistan is not Sudan's president
            if hit:
                role = _role_of(hit, when)
                found.append(Mention(m.start(), m.end(), hit.name, _country_of(hit, role, when), role))
                taken.append((m.start(), m.end()))
    if "@" in text:
        for ment in _handles(text, idx, when, known, taken):  # "Viceminister @AbukeviciusM met w/ @MarcinOciepa"
            found.append(ment)
            taken.append((ment.start, ment.end))
    if "ounterpart" in text:  # "Foreign Minister (FM) Qureshi held a meeting with his Afghan counterpart Salahuddin
        _late_counterparts(text, found, taken, idx, when, known)  # Rabbani": the one whose counterpart, found late
    found = sorted((x for x in found if not _deceased(text, x.start, x.end) and not _GOVERNMENT_OF.match(text, x.end)),
                   key=lambda x: x.start)
    found = _listed_ministers(text, found)
    return [_moved(x, offset) for x in found] if offset else found


# a social-media handle written in capitals by words, a name's initial beside the surname or not: "@MarcinOciepa",
# "@AbukeviciusM", "@MBuhari", "@NAkufoAddo" (not an outlet's "@IrnaEnglish": no one known by its words)
_HANDLE: Final = rx.compile(r"(?<![\w@.])@([A-Z][A-Za-z]*[a-z][A-Za-z]*)\b")
_HANDLE_WORD: Final = rx.compile(r"[A-Z][a-z]+|[A-Z](?![a-z])")


def _handles(text: str, idx: ActorIndex, when: tuple[date, date] | None, known: dict[str, Person],
             taken: list[tuple[int, int]]) -> list[Mention]:
    """People an embedded post names by their handles ("Viceminister @AbukeviciusM met w/ Viceminister
    @MarcinOciepa"): the person whose full name the handle's words spell, else whose surname its longest run of
    words spells ("Akufo-Addo" of "@NAkufoAddo"), one the article named before or the data knows, an initial beside
    it the given name's."""
    out = []
    for m in _HANDLE.finditer(text):
        if _overlaps(m.start(1), m.end(1), taken):
            continue
        words = _HANDLE_WORD.findall(m.group(1))
        person = _handle_person(words, idx, when, known)
        if person is not None:
            role = _role_of(person, when)
            out.append(Mention(m.start(1), m.end(1), person.name, _country_of(person, role, when), role))
    return out


def _handle_person(words: list[str], idx: ActorIndex, when: tuple[date, date] | None,
                   known: dict[str, Person]) -> Person | None:
    """The person a handle's words name (see _handles)."""
    full = fold(" ".join(words))
    if full in idx.by_name:
        return idx.by_name[full]
    long = [w for w in words if len(w) > 1]
    initials = [w for w in words if len(w) == 1]
    for n in range(len(long), 0, -1):
        for i in range(len(long) - n + 1):
            for name in ("-".join(long[i:i + n]), " ".join(long[i:i + n])):
                if name in known or name in idx.by_surname:
                    person = _by_surname(name, idx, when, known)
                    if person is None or person.name in (" ".join(long), "-".join(long)):
                        return person
                    given = person.name.split()[0]
                    rest = [w for w in long if w not in long[i:i + n]]
                    if all(given.startswith(x) for x in initials) and all(w in person.name for w in rest):
                        return person
    return None


# "Australia's Prime Minister Anthony Albanese, Foreign Minister Penny Wong, Trade Minister Don Farrell, and
# Industry Minister Ed Husic": a minister listed after one of a country told, his title alone between
_LISTED_MINISTER: Final = rx.compile(r",\s+(?:and\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary)\s+$")


def _listed_ministers(text: str, found: list[Mention]) -> list[Mention]:
    """Ministers of no country known, listed by their titles right after someone of a country: of that country (the
    country told once for the whole list)."""
    out: list[Mention] = []
    for x in found:
        before = out[-1] if out else None
        if (x.titled and x.country is None and before is not None and before.titled and before.country
                and _LISTED_MINISTER.fullmatch(text, before.end, x.start)):
            x = Mention(x.start, x.end, x.person, before.country, x.role, x.titled)
        out.append(x)
    return out


_BODIES: Final = frozenset({  # words of the names of bodies, firms and papers, not of people
    "Party", "Ministry", "Council", "Committee", "Commission", "Congress", "Parliament", "Assembly", "Court",
    "Army", "Navy", "Force", "Forces", "Guard", "Bank", "Agency", "Office", "Group", "Company", "Corp", "Airlines",
    "University", "Institute", "Times", "Post", "News", "Daily", "Herald", "Tribune", "Journal", "Press", "Review",
    "Television", "Radio", "Network", "Union", "Front", "Alliance", "League", "Movement", "Federation", "Republic",
    "Kingdom", "State", "States", "Government", "Cabinet", "Embassy", "Mission", "Service", "Services", "Exchange",
    "Market", "Fund", "Foundation", "Centre", "Center", "Road", "Belt", "Sea", "Ocean", "River", "Strait", "Island",
    "Islands", "Airport", "Port", "Palace", "House", "Hall", "Square", "Street", "Summit", "Forum", "Games", "Cup",
    "Hotel", "Club"})


@lru_cache(maxsize=1)
def _possessed_names() -> re.Pattern[str]:
    countries = scan.trie([f for c in index().vocab.countries for f in (c.name, *c.aliases)])
    return rx.compile(rf"\b(?P<of>{countries})['’]s\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{1,2}})\b(?!['’]s|-)")


def _of_country(text: str, where: Positions, offset: int, known: dict[str, Person],
                taken: list[tuple[int, int]]) -> list[Mention]:
    """People named after their country's possessive, as officials often are ("The talks between Pakistan's Salman
    Bashir and India's Nirupama Rao"): a name of two or three words whose last word the article uses alone too
    ("Rao and Bashir"), not a newspaper ("Pakistan's Daily Times"). The office is the one the article told before
    without a name for that country ("Pakistan's foreign secretary hosted ..."), if one."""
    out = []
    for m in _possessed_names().finditer(text):
        name, country = m.group("name"), _country_named(m.group("of"))
        if (country is None or _overlaps(m.start("name"), m.end("name"), taken) or name in index().by_name
                or any(w in _title_words() or w in _HONORIFICS or w in _BODIES for w in name.split())):
            continue  # not "Ethiopia's Prime Minister", "India's Mr Modi", "China's Communist Party"
        alone = [w for w in (name.split()[-1], name.split()[0])  # "Rao", or "Zhang" of "Zhang Yesui"
                 if len(re.findall(rf"\b{re.escape(w)}\b", where.text)) > where.text.count(name)]
        if not alone:
            continue
        last = alone[0]
        roles = [r for c, r in offices(where.text[:offset + m.start()]) if c == country and r]
        person = known.get(last) if known.get(last) and known[last].country == country else None
        if person is None:
            person = Person(name, country, terms=[Term(roles[-1], "read from the text", None, None)] if roles else [])
            known.setdefault(last, person)
        role = person.terms[0].role if person.terms else None
        out.append(Mention(m.start("name"), m.end("name"), person.name, country, role, titled=bool(roles)))
    return out


_LATE: Final = rx.compile(  # "the late Vietnamese President Ho Chi Minh", "late founding leader Kim Il-sung"
    r"(?<![\w-])late\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|last|this|next|in|on|at|that|night|morning|"
    r"afternoon|evening)\b)(?:[\w.'’-]+\s+){0,4}$")


_GOVERNMENT_OF: Final = rx.compile(  # "the Albanese government", "the Biden administration's policy", "Modi-led"
    r"(?:['’]s)?(?:\s+(?:government|administration|govt|cabinet|regime|era)\b|-(?:led|backed|era)\b)")


# "condolences on the passing of the Gulf nation's former president, Sheikh Khalifa", "the death of Queen Elizabeth"
# (not "the death of Modi's mother": the name of another's kin)
_DIED: Final = rx.compile(r"\b(?:passing(?:\s+away)?|death|demise|funeral)\s+of\s+(?:[\w.'’-]+\s+){0,8}"
                          r"(?:[a-z][\w'’-]*,\s+)?$")


def _deceased(text: str, at: int, end: int | None = None) -> bool:
    """A person named dead ("the late President Ho Chi Minh", "the passing of ... Sheikh Khalifa") meets no one:
    no participant of a meeting."""
    if "late " in text and _LATE.search(text, max(0, at - 60), at) is not None:
        return True
    return (_DIED.search(text, max(0, at - 120), at) is not None
            and not (end is not None and text.startswith(("'s", "’s"), end)))


_PREV_WORD: Final = rx.compile(r"([A-Z][a-z]+)\s$")
_SON_OF: Final = frozenset({"Bin", "Ibn", "Bint"})
_HONORIFICS: Final = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gen", "Prof", "Sir", "Dame", "Lord", "Madam"})


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, tuple[str, ...]]:
    return {c.name: tuple(f for f in (c.name, *c.aliases, *c.adjectives, c.capital) if f) for c in load().countries}


_PAIRED: Final = rx.compile(r"(?<![\w-])([A-Z][a-z][\w'’]*)[-–]([A-Z][a-z][\w'’]*)(?![\w-])")


def _paired_surnames(text: str, idx: ActorIndex, when: tuple[date, date] | None, known: dict[str, Person],
                     taken: list[tuple[int, int]]) -> list[Mention]:
    """Both people of "Modi-Xi", "Kono-Lavrov": two surnames joined by a dash, each someone of the article or of
    the data (not "Jae-in", not "Guinea-Bissau")."""
    out = []
    for m in _PAIRED.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        first, second = (_by_surname(m.group(i), idx, when, known) for i in (1, 2))
        if first is None or second is None or first is second:
            continue
        for i, hit in ((1, first), (2, second)):
            role = _role_of(hit, when)
            out.append(Mention(m.start(i), m.end(i), hit.name, _country_of(hit, role, when), role))
    return out


def _next_name(text: str, end: int) -> bool:
    """Whether a capitalized word that may be a name goes on from `end` ("Kim Yong Chol"), not a headline's word in
    title case ("Modi To Meet Xi Jinping")."""
    m = _NEXT_NAME.match(text, end)
    if m is None:
        return False
    word = _FIRST_WORD.match(text, m.end() - 2)
    return word is None or (word.group(0) not in _NOT_NAME and word.group(0) not in _headline_words())


def _name_end(text: str, m: re.Match[str], ment: Mention) -> int:
    """Where a name after a title ends: the whole match, unless a headline's word cuts it ("PM Modi To Meet Xi
    Jinping": "Xi Jinping" is someone else)."""
    rest = text[ment.end:m.end("name")].split()
    return ment.end if any(w.rstrip(",.:;") in _headline_words() for w in rest) else max(ment.end, m.end("name"))


_FIRST_WORD: Final = rx.compile(r"[A-Z][\w'’-]*")


def _after_name(text: str, at: int) -> bool:
    """Whether a surname follows another capitalized word that is no title, within a sentence: a given name of
    someone else ("spokesman Lu Kang"); not "Mr Abe", not "Then Abe" at a sentence's start."""
    if at < 3 or text[at - 1] != " " or not text[at - 2].islower():
        return False
    m = _PREV_WORD.search(text, max(0, at - 20), at)
    if m is None or m.group(1) in _HONORIFICS or m.group(1) in _title_words() or m.group(1) in _SON_OF:
        return False  # "Bin Salman" is one name: a son's, not someone else's given name
    if m.group(1).lower() in _calendar_words():
        return False  # "On Saturday Howard is expected to", "In March Putin visited": a date, no given name
    before = text[:m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'(—–-\n"


def _another_given(text: str, at: int, p: Person, idx: ActorIndex) -> bool:
    """Whether a surname follows a given name of the people data that is none of the person's own, also at a
    sentence's start or after an abbreviation ("Omar Suleiman met", "Gen. Omar Suleiman": not Michel Suleiman)."""
    m = _PREV_WORD.search(text, max(0, at - 20), at)
    if m is None or m.group(1) in _HONORIFICS or m.group(1) in _title_words() or m.group(1) in _SON_OF:
        return False
    word = fold(m.group(1))
    if word not in idx.by_given:
        return False
    return not any(_alike(fold(f.split()[0]), word) for f in (p.name, *p.aliases))


@lru_cache(maxsize=1)
def _titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted(index().titles, key=len, reverse=True))


def _title_before(text: str, at: int, idx: ActorIndex) -> str | None:
    """The office of the title written right before a name ("Home Minister", not "Minister" of "Prime Minister")."""
    before = text[max(0, at - 45):at]
    for t in _titles_longest_first():
        if before.endswith(t + " ") and (len(before) == len(t) + 1 or not before[-len(t) - 2].isalnum()):
            return idx.titles[t]
    return None


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Weekday and month names, lower-cased: a date before a surname, not a given name."""
    from .timex.lexicon import words

    w = words()
    return frozenset(n.lower() for n in (*w["weekdays"], *w["months"]))


_BEFORE_HYPHEN: Final = rx.compile(r"\b[A-Z][a-z'’]{3,}-$")  # not a particle: "Al-Sisi"


def _double_surname(bare: str, at: int, idx: ActorIndex, known: dict[str, Person]) -> bool:
    """Whether a surname is the second part of a double-barrelled one ("Čmilytė-Nielsen"), its first part no one's
    surname (not "Modi-Xi", two people)."""
    m = _BEFORE_HYPHEN.search(bare, max(0, at - 30), at)
    return m is not None and (first := m.group(0)[:-1]) not in idx.by_surname and first not in known


def _apposed_role(text: str, at: int) -> str | None:
    """The office a title in lower case gives a name set off after it by a comma ("Brazil's foreign minister, Mauro
    Vieira", "the South Korean president, Moon Jae-in")."""
    if text[at - 2:at] != ", ":
        return None
    m = _apposition().search(text, max(0, at - 45), at)
    return index().titles.get(m.group(1)) or _lower_titles().get(m.group(1)) if m else None


def _postposed(text: str, idx: ActorIndex, when: tuple[date, date] | None, known: dict[str, Person],
               taken: list[tuple[int, int]]) -> list[Mention]:
    """Someone outside the people data named before the office a comma sets off ("Vladimir Norov, the acting Uzbek
    foreign minister", "Jeenbek Kulubaev, Kyrgyzstan's foreign minister"): a person of that country and office."""
    out = []
    for m in _postposed_role().finditer(text):
        name, start = m.group("name"), m.start("name")
        if _overlaps(start, m.end("name"), taken) or name.split()[0] in _NOT_NAME or name in idx.by_name:
            continue
        if all(w in _title_words() or w in idx.adjectives or w in _COURT_TITLES for w in name.split()):
            continue  # "Kuwaiti Crown Prince, Saudi foreign minister discuss ...": two offices, no one named
        country = idx.adjectives.get(m.group("adj") or "") or _country_named(m.group("of"))
        title = m.group("title").lower()
        role = _lower_titles()[title]
        role = title_role(next((t for t in idx.titles if t.lower() == title), title), country) or role
        person = known.get(name) or Person(name, country, terms=[Term(role, title, None, None, "read from the text")])
        known.setdefault(name, person)
        known.setdefault(surname(person), person)
        out.append(Mention(start, start + len(name), person.name, country, role, titled=True))
    return out


@lru_cache(maxsize=1)
def _postposed_role() -> re.Pattern[str]:
    idx = index()
    countries = [c.name for c in idx.vocab.countries]
    return rx.compile(
        rf"(?<![\w.’'-])(?P<name>[A-Z][\w’'-]+(?:\s+(?:{_PARTICLE}\s+)?[A-Z][\w’'-]+){{1,3}}),\s+(?:the\s+)?"
        rf"(?:(?:acting|new|incoming|then|visiting|current)\s+)?"
        rf"(?:(?P<adj>{scan.trie(list(idx.adjectives))})\s+|(?P<of>{scan.trie(countries)})['’]s\s+)"
        rf"(?P<title>(?i:{scan.trie(list(_lower_titles()))}))\b"
        r"(?!\s+[A-Z])")  # in capitals too ("X, Japan's Special Envoy for Horn of Africa"), not the title of the next
    # one named ("A, Japanese Foreign Minister Taro Kono", "the Indian capital, New Delhi, Indian Foreign Minister")


@lru_cache(maxsize=1)
def _lower_titled() -> re.Pattern[str]:
    """A title in lower case after its country, the name right after it ("Russia's deputy foreign minister Vladimir
    Titov", "Norwegian state secretary Tore Hattrem"), as British and Pacific papers write it."""
    idx = index()
    countries = [c.name for c in idx.vocab.countries]
    return rx.compile(
        rf"(?<![\w-])(?:(?P<adj>{scan.trie(list(idx.adjectives))})\s+|(?P<of>{scan.trie(countries)})['’]s\s+)"
        rf"(?:(?:acting|new|incoming|then|visiting|current)\s+)?(?P<title>(?i:{scan.trie(list(_lower_titles()))})),?\s+"
        rf"{_STYLES}(?P<name>{_NAME})")


@lru_cache(maxsize=1)
def _lower_titles() -> dict[str, str]:
    return {t.lower(): role for t, role in index().titles.items() if t.lower() != t and len(t) > 3}


def lower_titles() -> dict[str, str]:
    """The titles written in lower case ("foreign secretary"), each with its role."""
    return _lower_titles()


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern[str]:
    return rx.compile(rf"\b({scan.trie(list(_lower_titles()))}),\s+$")


# whom a meeting word is with, named after the word: "received Valentina Matviyenko, the chairperson of ...", "met with
# North Korea's General Kim Yong-chol, who ...", "a meeting between Matt Pottinger, a senior director ..."
_OBJECT_NAME: Final = rx.compile(
    r"\s*(?:(?:(?:in|at|on)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|today|yesterday)\s+){0,2}?"
    r"(?:with\s+|to\s+|on\s+|between\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:at|in|of|for|from|by|near|during|was|is|were|will|be|been|held|took|place|since|than|as|like|after|"
    r"before|including|such|when|while|who|which|that|and|or)\b)[\w'’-]+\s+){0,4}?"
    r"(?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,3})"
    r"(?=\s*(?:[,.;]|$|\s+(?:and|who|in|on|at|for)\b))")


_OBJECT_GROUP: Final = rx.compile(r"(?:\s+(?!(?:at|in|of|for|from|by|near|during)\b)[\w'’-]+){0,8}?\s+"
                                   r"(?P<group>delegations?|envoys|officials|negotiators)\b")


def unknown_object(text: str, at: int, named: list[tuple[int, int]]) -> str | None:
    """The name of someone outside the people data whom the meeting word ending at text[at] is with, if the words
    right after it name one (not a person found, a country, a title or a body): the one met is then not guessed."""
    if (d := _OBJECT_GROUP.match(text, at)) and not _overlaps(d.start(), d.end(), named):
        return d.group("group")  # "met with the North Korean high-level delegation": a delegation, not its leader
    m = _OBJECT_NAME.match(text, at)
    if m is None or _overlaps(m.start("name"), m.end("name"), named):
        return None
    idx = index()
    words = m.group("name").split()
    while words and (words[0] in _title_words() or words[0] in _HONORIFICS or words[0] in _COURT_TITLES
                     or honorifics_at(words, 0)):
        words = words[max(1, honorifics_at(words, 0)):]  # "General Kim Yong-chol", "Sheikh Abdullah", "Tan Sri X"
    places_words = {w for c in idx.vocab.countries for f in (c.name, *c.aliases) for w in f.split()}
    if len(words) < 2 or any(w in _BODIES or w in places_words or w in idx.adjectives or w in _title_words()
                             or w in _CALENDAR_WORDS for w in words):
        return None
    return " ".join(words)


_COURT_TITLES: Final = frozenset({"Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Crown",
                                  "His", "Her", "Majesty", "Highness", "Excellency"})
_CALENDAR_WORDS: Final = frozenset({"January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
                                    "Thursday", "Friday", "Saturday", "Sunday"})


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of every title ("General", "Secretary", "Prince"): what may stand before a surname."""
    return frozenset(w for t in index().titles for w in t.split())


@lru_cache(maxsize=4096)
def _surname_like(word: str) -> bool:
    return _SURNAME.fullmatch(word) is not None


@lru_cache(maxsize=256)
def _learned(names: tuple[str, ...]) -> re.Pattern[str]:
    """Surnames learned from the article's text ("Zelenskyy"), as one pattern."""
    return rx.compile(rf"(?:{scan.trie(list(names))})\b(?!-)")  # at a word start: scan.at_word_start


def _moved(m: Mention, offset: int) -> Mention:
    return Mention(m.start + offset, m.end + offset, m.person, m.country, m.role, m.titled)


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def _from_role(m: re.Match[str], idx: ActorIndex, when: tuple[date, date] | None,
               known: dict[str, Person]) -> Mention | None:
    country = idx.adjectives.get(m.group("adj") or "") or _country_named(m.group("of"))
    found = _titled(m.group("name"), m.start("name"), m.group("title"), country, bool(m.group("former")), idx, when,
                    known, m.string)
    if found is not None and not country and m.group("title").lower() == "leader" and _PARTY_BEFORE.search(
            m.string, max(0, m.start("title") - 40), m.start("title")):
        known_person = idx.by_name.get(found.person)  # "Christian Democrat leader Merkel", "opposition leader
        role = _role_of(known_person, when) if known_person else None  # Starmer": a party's leader, no office
        return Mention(found.start, found.end, found.person, found.country, role)
    if found is not None and not country and _FIRM_BEFORE.search(m.string, max(0, m.start("title") - 40),
                                                                 m.start("title")):
        known_person = idx.by_name.get(found.person)  # "Adani Group Chairman Gautam Adani", "Samsung Electronics
        role = _role_of(known_person, when) if known_person else None  # President X": a firm's office, no country's
        return Mention(found.start, found.end, found.person, known_person.country if known_person else None, role)
    return found


@lru_cache(maxsize=1)
def _portfolio_titles() -> re.Pattern[str]:
    """"Minister of Transport Anthony Loke", "Chadian Minister of Economy, Planning and International Cooperation
    Mahamat Assouyouti Abakar", "Minister for International Development and the Pacific, Pat Conroy": a minister's
    title with a portfolio of several words, the name after it."""
    idx = index()
    word = scan.trie(idx.vocab.words["portfolio_words"])
    return rx.compile(
        rf"(?:(?P<adj>{scan.trie(list(idx.adjectives))})\s+)?"
        rf"(?:(?:{scan.trie([*idx.vocab.words['title_modifiers'], 'Coordinating'])})\s+)?"
        rf"(?P<mod>(?:Deputy|Vice|Assistant)\s+(?:Foreign\s+)?)?"  # "Assistant Foreign Minister for Asian Affairs"
        rf"\bMinister\s+(?:of|for)\s+(?:the\s+)?"  # not "Secretary for Foreign Affairs": a vice minister in some
        rf"(?P<portfolio>(?:{word})\b(?:(?:,\s+|\s+and\s+(?:the\s+)?|\s+&\s+|\s+)(?:{word})\b)*),?\s+"
        rf"(?:of\s+(?P<of>{scan.trie([f for c in idx.vocab.countries for f in (c.name, *c.aliases)])})\s+)?"
        # ("Minister for European Affairs of France Thierry Repentin": the country said after the portfolio)
        rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<name>{_NAME})")


def _portfolio_minister(m: re.Match[str], idx: ActorIndex, when: tuple[date, date] | None,
                        known: dict[str, Person]) -> Mention | None:
    """The person a portfolio title names: a foreign minister when the portfolio is foreign affairs or relations,
    a vice minister for a deputy, else a minister."""
    portfolio = m.group("portfolio").split()
    foreign = bool({"Foreign", "External"} & set(portfolio))
    title = ("Deputy Minister" if m.group("mod") else "Minister for Foreign Affairs" if foreign else "Minister")
    country = idx.adjectives.get(m.group("adj") or "") or _country_named(m.group("of"))
    return _titled(m.group("name"), m.start("name"), title, country, False, idx, when, known, m.string)


_FIRM_BEFORE: Final = rx.compile(r"\b(?:Group|Company|Co\.|Corp\.?|Corporation|Holdings|Industries|Inc\.?|Ltd\.?|"
                                  r"Limited|Conglomerate|Enterprises|Motors|Electronics|Airlines|Airways)\s+$")
_PARTY_BEFORE: Final = rx.compile(
    r"\b(?:opposition|Opposition|party|Party|Democrat|Democratic|Democrats|Labour|Labor|Conservative|Conservatives|Republican|"
    r"Liberal|Liberals|Socialist|Socialists|Tory|Green|Greens|coalition|parliamentary|majority|minority|rebel|"
    r"union|Union|bloc|faction)\s+$")


def _titled(text: str, at: int, title: str, country: str | None, former: bool, idx: ActorIndex,
            when: tuple[date, date] | None, known: dict[str, Person], m_string: str = "") -> Mention | None:
    """The person a name after a title is (`text` at offset `at` of `m_string`), of the country the title's words
    say. A month's abbreviation is a name's word unless a day follows it ("Defence Minister Dong Jun", "Foreign
    Minister Jan Lipavsky"; not "President Putin Jun 5")."""
    words = text.split()
    lead = 0
    while lead < len(words) - 1:
        if words[lead] in idx.titles or words[lead] in _NAME_HONORIFICS:
            lead += 1  # "the PM of Vietnam, PM Chinh": the title said again before the name; "Emir Sheikh Tamim"
        elif styled := honorifics_at(words, lead):
            if lead + styled == len(words) and m_string:  # the honorifics took the name's place in the pattern
                words = words + _words_after(m_string, at + len(text))
            if lead + styled >= len(words):
                break
            lead += styled  # "Foreign Minister Dato Seri Setia Awang Haji Erywan Yusof", "Minister Alhaji X"
        elif lead < len(words) - 2 and words[lead:lead + 2] in (["H", "E"], ["H.", "E."]):
            lead += 2  # "President H E Md. Abdul Hamid", "H. E. Mr Md Abdul Hamid": His Excellency
        elif words[lead] in _GIVEN_ABBREVIATIONS and words[lead + 1][:1].isupper():
            lead += 1  # "Md." (Mohammad): the people data name him "Abdul Hamid"
        else:
            break
    said = " ".join(w for w in words[:lead] if w in idx.titles)
    if said and title.lower() == "leader":  # "the country's No. 2 leader, Premier Li Qiang": the office said at the
        title = said  # name is his, not the word of rank before it
    dated = _DAY_AFTER.match(m_string, at + len(text)) is not None if m_string else False
    if lead and m_string:
        words = _honored_name_rest(words, lead, m_string, at + len(text), idx)
    tokens = _name_words([t for i, t in enumerate(words[lead:], lead) if t not in _NOT_NAME
                          or (t in _MONTH_ABBREVIATIONS and not (dated and i == len(words) - 1))])
    if tokens and _GOVERNMENT_OF.match(tokens[0], len(tokens[0].split("-")[0])):
        return None  # "PM Modi-led National Democratic Alliance": a body named after the person, no one present
    if not tokens or tokens[0] != words[lead] or _another_title(tokens[0], idx):
        return None  # "Saudi Crown Prince, Deputy Prime Minister and ...": a list of titles, no name
    name = " ".join(_trim_name(tokens))
    role = title_role(title, country)
    person: Person | None = (idx.by_name.get(name) or _known_prefix(name, idx) or _known_suffix(name, idx)
                             or _partial(name, role, country, idx, when, known))
    spelled = None
    if person is None:
        blocked = len(name.split()) == 1 and role in _CABINET_ROLES and name in idx.by_surname and not any(
            _held_alike(q, role) for q in idx.by_surname[name])
        if (len(name.split()) < 2 and not blocked) or name.split()[-1] in _ORG_WORDS:
            return None  # "the official Xinhua News Agency": no one (but "Vice Foreign Minister Mori": a minister
            # outside the data, not the data's Mori who only led)
        if not former and _another_holds(name, role, country, idx, when):
            spelled = _holder_spelled(name, role, country, idx, when)
            if spelled is None:
                return None  # "Aide to Russian President Yuri Ushakov", "the 19th-century Mexican president Benito
                # Juárez": the office the data knows another holder of then is not this one's
    if person is None and spelled is None:
        person = Person(name, country, terms=[Term(role, title, None, None, "read from the text")])
        known.setdefault(surname(person), person)  # "Liu" of "Chinese Vice Premier Liu Guozhong": the family name
    else:
        person = person or spelled  # "Libyan leader Moamer Kadhafi": the office's holder, his name spelled otherwise
        assert person is not None
        known.setdefault(surname(person), person)
        known.setdefault(name.split()[-1], person)
        if country is None and person.country:  # "Foreign Secretary S. Jaishankar": India's, a top civil servant
            role = title_role(title, person.country)
        if title == "Minister" and role == "minister" and _role_of(person, when) == "foreign_minister":
            role = "foreign_minister"  # "External affairs Minister Mr. Pranab Mukherjee": the bare title of his office
    if former:
        role = "former_" + role
    start = at + len(" ".join(words[:lead])) + (1 if lead else 0)
    end = start + len(name)
    return Mention(start, end, person.name, _country_of(person, role, when, country) or country, role,
                   titled=True)


_LEADING_ROLES: Final = frozenset({"head_of_state", "head_of_government", "foreign_minister"})


def _another_holds(name: str, role: str, country: str | None, idx: ActorIndex, when: tuple[date, date] | None) -> bool:
    """Whether the people data knows who held a country's leading office at the time and no word of the name read
    after its title is of his names (not "Kasym Tokayev" of Kassym-Jomart Tokayev: another spelling of him)."""
    if when is None or country is None or role not in _LEADING_ROLES:
        return False
    told = set(_name_parts(name))
    holders = [p for p in idx.vocab.people for t in p.terms
               if t.role == role and (t.country or p.country) == country and _term_overlaps(t, when)]
    return bool(holders) and not any(told & {w for f in (p.name, *p.aliases) for w in _name_parts(f)}
                                     for p in holders)


def _holder_spelled(name: str, role: str, country: str | None, idx: ActorIndex,
                    when: tuple[date, date] | None) -> Person | None:
    """The one holder of a country's leading office at the time whose family name the name's last word spells
    otherwise, as agencies transliterate Arabic, Russian or Persian names each its own way ("Moamer Kadhafi" for
    Muammar Gaddafi, "Nursultan Nazarbaev" for Nazarbayev): a spelling close to one of his names' words, where no
    word of the name is one of his (_another_holds)."""
    if when is None or country is None or role not in _LEADING_ROLES:
        return None
    told = _name_parts(name)
    if len(told) < 2 or len(told[-1]) < 5:
        return None
    holders = {p.name: p for p in idx.vocab.people for t in p.terms
               if t.role == role and (t.country or p.country) == country and _term_overlaps(t, when)}
    close = [p for p in holders.values()
             if any(len(w) >= 5 and difflib.SequenceMatcher(None, told[-1], w).ratio() >= SPELLING_RATIO
                    for f in (p.name, *p.aliases) for w in _name_parts(f))]
    return close[0] if len(close) == 1 else None


# how alike two spellings of one family name are at least (difflib's ratio): "kadhafi" and "gadhafi" .857,
# "nazarbaev" and "nazarbayev" .947; "ushakov" and "putin" 0
SPELLING_RATIO: Final = 0.8

_NAME_MORE: Final = rx.compile(rf"\s+({_NEXT_TOKEN})")


def _words_after(text: str, pos: int, most: int = 4) -> list[str]:
    """The words of a name that follow `pos` (see _NAME_MORE), at most `most`."""
    more: list[str] = []
    while len(more) < most and (nx := _NAME_MORE.match(text, pos)):
        more.append(nx.group(1))
        pos = nx.end()
    return more


def _honored_name_rest(words: list[str], lead: int, text: str, pos: int, idx: ActorIndex) -> list[str]:
    """The words of a name cut short because honorifics took its place in the pattern ("Crown Prince of Kuwait HH
    Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah"): the words after it too, when the longer name is someone known."""
    more = list(words)
    for _ in range(lead):
        nx = _NAME_MORE.match(text, pos)
        if nx is None:
            break
        more.append(nx.group(1))
        pos = nx.end()
        name = " ".join(more[lead:])
        if name in idx.by_name or _known_prefix(name, idx) is not None:
            return more
    return words


_PLURAL_HINT: Final = rx.compile(r"[a-z]s\s+(?:[A-Z][a-z]+\s+){1,3}(?:of\s+[A-Z][\w ]+?,?\s+)?and\s+[A-Z]")
_ORG_WORDS: Final = frozenset(
    """Agency Agencies News Ministry Office Council Committee Commission Party Times Daily Herald Journal Television
    TV Radio Network Service Services Palace Residence University Institute Company Corporation Group Airport Hotel
    Center Centre Square Embassy Consulate Forum Summit""".split())  # not surnames ("Hall", "House", "Bank")
_NAME_HONORIFICS: Final = frozenset({"Sheikh", "Shaikh", "Sheikha", "Prince", "Princess", "Sayyid", "HH", "HRH", "H.E.",
                                     "HE", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr"})  # "Mr. Sidiki Kaba"


@lru_cache(maxsize=1)
def _honorific_phrases() -> tuple[tuple[str, ...], ...]:
    """The name honorifics of the data ("Tan Sri", "Datuk Seri", "Alhaji"), as tuples of words, longest first."""
    phrases = {tuple(p.split()) for p in index().vocab.words["name_honorifics"]}
    return tuple(sorted(phrases, key=len, reverse=True))


def honorifics_at(words: list[str], at: int) -> int:
    """How many of the words from `at` are honorifics standing before a name, one after another ("Tan Sri Dato'
    Seri Haji Muhyiddin": 5); 0 when none."""
    n = at
    while n < len(words):
        step = next((len(p) for p in _honorific_phrases() if tuple(words[n:n + len(p)]) == p), 0)
        if not step:
            break
        n += step
    return n - at


_GIVEN_ABBREVIATIONS: Final = frozenset({"Md.", "Md", "Mohd.", "Mohd"})  # "Md. Abdul Hamid" is Abdul Hamid's name


_HONORED_GIVEN: Final = rx.compile(  # "Prince Mohammed", not "Prince Mohammed bin Salman"
    r"\b(?:Prince|Princess|Sheikh|Sheikha|Shaikh)\s+([A-Z][a-z]+)\b(?!\s+(?:[Bb]in|[A-Z]))")


def _given_known(given: str, known: dict[str, Person]) -> Person | None:
    """The one person of the article so far with this given name, as the data or any of its spellings the person is
    known by writes it ("Sheikh Mohammed" after "Sheikh Mohammed bin Zayed Al Nahyan", the data's Mohamed)."""
    people = {p.name: p for p in known.values() if given in _givens(p)}
    return next(iter(people.values())) if len(people) == 1 else None


def _givens(p: Person) -> set[str]:
    """The first words of a person's name and of the aliases of two words or more, styles left out."""
    styles = {*_COURT_TITLES, *_HONORIFICS}
    out = {p.given}
    for form in p.aliases:
        words = [w for w in form.split() if w not in styles]
        if len(words) >= 2:
            out.add(words[0])
    return out


def _another_title(word: str, idx: ActorIndex) -> bool:
    return word in _title_words() or word in idx.vocab.words["title_modifiers"] or word in ("Deputy", "Vice")


def _known_prefix(name: str, idx: ActorIndex) -> Person | None:
    """The known person whose name the longer one read begins with ("Tamim Bin Hamad Bin Khalifa": Tamim bin Hamad
    Al Thani, by his alias "Tamim bin Hamad"); two words at least."""
    words = name.split()
    for n in range(len(words) - 1, 1, -1):
        person = idx.by_name.get(" ".join(words[:n]))
        if person is not None:
            return person
    return None


def _known_suffix(name: str, idx: ActorIndex) -> Person | None:
    """The known person whose name of two words at least the longer one read ends with ("Muhammad Shehbaz Sharif":
    Shehbaz Sharif)."""
    words = name.split()
    return next((p for n in range(1, len(words) - 1)  # not after "bin": "Abdulaziz bin Salman bin Abdulaziz"
                 if words[n - 1] not in _PARTICLES and (p := idx.by_name.get(" ".join(words[n:]))) is not None),
                None)


@lru_cache(maxsize=1)
def _plural_titles() -> re.Pattern[str]:
    """"Foreign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina", "Presidents A and B"."""
    idx = index()
    countries = scan.trie([f for c in idx.vocab.countries for f in (c.name, *c.aliases)])
    def one(n: str) -> str:
        return rf"(?P<{n}>{_NAME})(?:\s+of\s+(?:the\s+)?(?P<o{n}>{countries}))?"

    return rx.compile(rf"\b(?:(?P<adj>{scan.trie(list(idx.adjectives))})\s+)?"
                           rf"(?P<title>{scan.trie(list(idx.titles))})s\s+{one('a')},?\s+and\s+{one('b')}")


def _plural(text: str, idx: ActorIndex, when: tuple[date, date] | None, known: dict[str, Person],
            taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for m in _plural_titles().finditer(text):
        for n, o in (("a", "oa"), ("b", "ob")):
            if _overlaps(m.start(n), m.end(n), taken):
                continue
            country = _country_named(m.group(o)) or (idx.adjectives.get(m.group("adj") or "") if n == "a" else None)
            ment = _titled(m.group(n), m.start(n), m.group("title"), country, False, idx, when, known)
            if ment:
                out.append(ment)
                taken.append((ment.start, ment.end))
    return out


@lru_cache(maxsize=1)
def _counterpart_names() -> re.Pattern[str]:
    idx = index()
    words = scan.trie([f for w in idx.vocab.words["counterpart"] for f in (w, w.title())])  # "his Ghanaian Counterpart"
    countries = scan.trie([f for c in idx.vocab.countries for f in (c.name, *c.aliases)])
    return rx.compile(rf"\b(?:his|her|their)\s+(?:(?P<adj>{scan.trie(list(idx.adjectives))})\s+(?:{words})|"
                      rf"(?:{words})\s+(?:from|of)\s+(?:the\s+)?(?P<of>{countries})),?\s+(?P<name>{_NAME})")


def _late_counterparts(text: str, found: list[Mention], taken: list[tuple[int, int]], idx: ActorIndex,
                       when: tuple[date, date] | None, known: dict[str, Person]) -> None:
    """Counterparts of someone found only by surname, after the counterparts were read."""
    for m in _counterpart_names().finditer(text):
        if not _overlaps(m.start("name"), m.end("name"), taken):
            ment = _counterpart(m, sorted(found, key=lambda x: x.start), idx, when, known)
            if ment:
                found.append(ment)
                taken.append((ment.start, ment.end))


def _counterpart(m: re.Match[str], before: list[Mention], idx: ActorIndex, when: tuple[date, date] | None,
                 known: dict[str, Person]) -> Mention | None:
    """The person named as someone's counterpart: of the country the adjective says, in the office of the person
    told just before ("President Gustavo Petro met his Venezuelan counterpart Nicolas Maduro")."""
    tokens = _name_words([t for t in m.group("name").split() if t not in _NOT_NAME])
    if len(tokens) < 2 or tokens[0] != m.group("name").split()[0]:
        return None
    name = " ".join(_trim_name(tokens))
    if name.split()[-1] in _title_words():
        return None  # "his American counterpart, US Secretary of State John Kerry": a title, the name after it
    country = idx.adjectives.get(m.group("adj") or "") or _country_named(m.group("of"))  # "counterpart from Colombia"
    subject = [x for x in before if x.end <= m.start() and x.role]
    role = subject[-1].role.removeprefix("former_") if subject and subject[-1].role else None
    person = idx.by_name.get(name) or _partial(name, role or "", country, idx, when, known)
    if person is None:
        if role is None:
            return None
        person = Person(name, country, terms=[Term(role, "counterpart", None, None, "read from the text")])
    known.setdefault(surname(person), person)
    known.setdefault(name.split()[-1], person)
    held = role or _role_of(person, when)
    return Mention(m.start("name"), m.start("name") + len(name), person.name,
                   _country_of(person, held, when, country) or country, held, titled=role is not None)


# monarchs' titles, written in title case for the one the article tells of ("The King and the visiting minister")
MONARCHS: Final = ("King", "Queen", "Emperor", "Sultan", "Emir")
PRINCES: Final = ("prince", "Prince")  # "The prince meets with Xi later Friday": the crown prince the article named
REFERRED_ROLES: Final = ("head_of_state", "head_of_government", "crown_prince", "vice_president", "foreign_minister",
                          "party_leader")


@lru_cache(maxsize=1)
def _role_references() -> re.Pattern[str]:
    """"the Chinese president", "the prime minister", "the Russian foreign minister": no name after them."""
    titles = {t.lower() for t, role in index().titles.items() if role in REFERRED_ROLES}
    titles |= {t for t, role in index().titles.items() if role in REFERRED_ROLES and t.isupper()}  # "the ... PM"
    titles |= {t for t, role in index().titles.items() if role in REFERRED_ROLES and " " in t}  # "Foreign Minister"
    titles |= {*MONARCHS, *PRINCES}  # "The King": the one of the article; "the prince": its crown prince
    adjectives = list(index().adjectives)
    possessive = [a for a in adjectives if a.endswith(("'s", "’s"))]  # "Saudi Arabia's crown prince"
    adjectives += [c.name for c in index().vocab.countries]  # a country's name before the title: "the Bangladesh PM"
    # the title, then its country: "the President of Guatemala", "the Prime Minister of the Republic of India"
    of_titles = sorted({t for t, role in index().titles.items() if role in REFERRED_ROLES and t[:1].isupper()
                        and not t.isupper()})
    countries = [n for c in index().vocab.countries for n in (c.name, *c.aliases)]
    return rx.compile(rf"(?:\b[Tt]he\s+(?:visiting\s+)?(?:(?P<adj>{scan.trie(adjectives)})\s+)?|"
                      rf"\b(?P<poss>{scan.trie(possessive)})\s+)(?P<title>{scan.trie(sorted(titles))})\b(?!['’]s)"
                      rf"(?![\w-]|['’]?,?\s+[A-Z]|\s+of\b)|\b[Tt]he\s+(?:head|chief)\s+of\s+(?:the\s+)?"
                      rf"(?P<ministry>{scan.trie(adjectives)})\s+(?:{scan.trie(_FOREIGN_MINISTRIES)})\b(?!,?\s+[A-Z])"
                      rf"|\b[Tt]he\s+(?P<of_title>{scan.trie(of_titles)})\s+of\s+(?:the\s+(?:Republic\s+of\s+)?)?"
                      rf"(?P<of>{scan.trie(countries)})\b(?!['’]s|,?\s+[A-Z]|\s+[A-Z])")


# the body a foreign minister heads, by which an article may tell of the office: "the head of the Polish Foreign
# Ministry", "the head of Lithuanian diplomacy"
_FOREIGN_MINISTRIES: Final = ["Foreign Ministry", "foreign ministry", "Ministry of Foreign Affairs", "diplomacy",
                              "Foreign Office", "MFA"]


def _referred(m: re.Match[str], idx: ActorIndex, when: tuple[date, date] | None,
              known: dict[str, Person]) -> Mention | None:
    """The one person of the article so far who holds the office a definite title names, of the adjective's
    country ("the Chinese president": Xi, after "Chinese President Xi Jinping"); none when two could be meant."""
    if m.group("ministry"):  # "the head of the Polish Foreign Ministry": its foreign minister
        title, side = "foreign minister", m.group("ministry")
    elif m.group("of_title"):  # "the President of Guatemala": the one of the article who is
        title, side = m.group("of_title").lower(), m.group("of")
    elif m.group("title").lower() != m.group("title") and not m.group("title").isupper():
        title, side = m.group("title").lower(), m.group("adj") or m.group("poss")
        if side is None and m.group("title") not in (*MONARCHS, *PRINCES):
            return None  # "The Foreign Minister" alone: the outlet's own (read as the subject's office, not here)
    else:
        title, side = m.group("title").lower(), m.group("adj") or m.group("poss")
    role = next((r for t, r in idx.titles.items() if t.lower() == title), None)
    country = idx.adjectives.get(side or "") or _country_named(side)

    monarch = title.title() in MONARCHS  # "the King" is no president: the office by its very title
    prince = title == "prince"  # "the prince": a crown prince, whose title ends so

    def held(t: Term) -> bool:  # that office, also by its title of another role (Iran's president heads its government)
        by_title = t.title.lower() == title and t.role in REFERRED_ROLES
        body = t.country in load().bodies  # "the president" is no UN Secretary-General: a body's head by his title
        return ((t.role == role and not monarch and not prince and not body or by_title
                 or prince and t.role == "crown_prince")
                and (when is None or _term_overlaps(t, when)))
    fits = {p.name: p for p in known.values()
            if any(held(t) for t in p.terms) and (country is None or p.serves(country))}
    if len(fits) != 1:
        return None
    person = next(iter(fits.values()))
    role = next((t.role for t in person.terms if held(t)), role)
    return Mention(m.start(), m.end(), person.name, _country_of(person, role, when, country), role)


@lru_cache(maxsize=1)
def _offices() -> re.Pattern[str]:
    idx = index()
    names = [n for c in idx.vocab.countries for n in (c.name, *c.aliases)]
    titles = sorted({*idx.titles, *_lower_titles()})
    return rx.compile(rf"(?:\b(?P<of>{scan.trie(names)})['’]s|\b(?P<adj>{scan.trie(list(idx.adjectives))}))\s+"
                      rf"(?P<title>{scan.trie(titles)}|counterparts?)\b(?!['’]s|,?\s+[A-Z])")


@lru_cache(maxsize=1)
def _paired_offices() -> re.Pattern[str]:
    """"the Iranian and Omani foreign ministers", "Japanese, Chinese and Korean leaders": one office of each of the
    countries whose adjectives stand before a plural title (of those who meet for their countries, not "officials");
    not when the names follow ("the Russian and Ukrainian Foreign Ministers Lavrov and Kuleba": read as named)."""
    idx = index()
    adj = scan.trie(list(idx.adjectives))
    ranks = {t: r for t, r in {**idx.titles, **_lower_titles()}.items() if r not in ("official", "ambassador")}
    firsts = sorted({t.split()[0] for t in ranks if len(t.split()) == 2} - {"Prime", "prime", "Vice", "vice"})
    return rx.compile(rf"\b(?P<a1>{adj})(?:,\s+(?P<a2>{adj}))?,?\s+and\s+(?P<a3>{adj})\s+"
                      rf"(?:(?P<t0>{scan.trie(firsts)})\s+and\s+)?"  # "Foreign and Defence Ministers": two offices
                      rf"(?P<t1>{scan.trie(sorted(ranks))}|counterpart)s?\b(?!['’]s|,?\s+[A-Z])")


def offices(text: str) -> list[tuple[str, str | None]]:
    """The offices `text` tells of by country and title without a name, as (country, role): "Pakistan's foreign
    secretary", "the Indian defence minister", each of "the Iranian and Omani foreign ministers"; "his Indian
    counterpart" holds the office told just before."""
    return [(c, r) for _, c, r in offices_at(text)]


def offices_at(text: str) -> list[tuple[int, str, str | None]]:
    """The offices of `offices`, each with where its country's word begins in `text`."""
    found: list[tuple[int, str, str | None]] = []
    for m in _offices().finditer(text):
        country = index().adjectives.get(m.group("adj") or "") or _country_named(m.group("of"))
        if country is None:
            continue
        title = m.group("title")
        role = (found[-1][2] if found else None) if title.startswith("counterpart") else title_role(title, country)
        found.append((m.start(), country, role))
    if " and " in text:
        for m in _paired_offices().finditer(text):
            titles = [m.group("t1")]
            if m.group("t0"):  # "the Australian and Indonesian Foreign and Defence Ministers": each country's both
                titles.append(f"{m.group('t0')} {m.group('t1').split()[-1]}")
            for key in ("a1", "a2", "a3"):
                country = index().adjectives.get(m.group(key) or "")
                if country is None:
                    continue
                if titles == ["counterpart"]:  # "his Armenian and Azerbaijani counterparts": the office told before
                    before = [r for at, _, r in found if at < m.start()]
                    found.append((m.start(key), country, before[-1] if before else None))
                    continue
                found += [(m.start(key), country, title_role(t, country)) for t in titles if _is_title(t)]
    # ("his Armenian and Azerbaijani counterparts": one "Azerbaijani", not that of each regex)
    return sorted(dict.fromkeys(found), key=lambda x: x[0])


def _is_title(title: str) -> bool:
    return title in index().titles or title in _lower_titles()


def title_role(title: str, country: str | None) -> str:
    """The office a title names, in that country where it names another ("India's Foreign Secretary": the top
    civil servant of its foreign ministry, vice-ministerial)."""
    by_country = index().vocab.words["title_roles_by_country"].get(title, {})
    return by_country.get(country) or index().titles.get(title) or _lower_titles()[title]


def _country_named(form: str | None) -> str | None:
    """The country of a name or another form of it ("Turkey", "the Republic of Korea")."""
    if not form:
        return None
    return next((c.name for c in index().vocab.countries if form == c.name or form in c.aliases), None)


def _name_words(tokens: list[str]) -> list[str]:
    """The words of a name up to the first that is no name ("Foreign Minister Holds Bilateral Talks": a headline in
    title case, where every word has a capital)."""
    stop = _headline_words()
    for i, t in enumerate(tokens):
        if t.rstrip(",.:;") in stop:
            return tokens[:i]
    return tokens


@lru_cache(maxsize=1)
def _headline_words() -> frozenset[str]:
    return frozenset(load().words.get("headline_words", []))


def _trim_name(tokens: list[str]) -> list[str]:
    """Drop trailing tokens that begin the next phrase ("Putin Tuesday" is handled by _NOT_NAME)."""
    out: list[str] = []
    for t in tokens:
        if t.endswith(("'s", "’s")):
            out.append(t[:-2])
            break
        out.append(t)
    kept, names = [], 0  # four names at most, "da" and "bin" between them not counted ("Luiz Inacio Lula da Silva")
    for i, t in enumerate(out):
        if names == 4:
            break
        kept.append(t)
        names += t.lower() not in _PARTICLES or i + 1 == len(out)  # "Saleh Al Khulaifi", "Lula Da Silva"
    while kept and kept[-1] in _PARTICLES:
        kept.pop()  # "Qaboos bin" of "Qaboos bin Said": a particle ends no name
    return kept


def _fathers_name(name: str, q: Person) -> bool:
    """Whether a known name ends a longer one after a particle: a father's name ("Abdulaziz bin Salman bin
    Abdulaziz" is not Salman bin Abdulaziz)."""
    return any(name.endswith(" " + f) and name[:-len(f) - 1].split()[-1] in _PARTICLES for f in (q.name, *q.aliases))


def _fathers_only(word: str, q: Person) -> bool:
    """Whether a word stands in a person's names only right after "bin", "ibn" or "bint": the father's name ("Salman"
    of Mohammed bin Salman is King Salman, his father), not a name he is called by alone."""
    forms = [f.split() for f in (q.name, *q.aliases)]
    told = [(i, f) for f in forms for i, w in enumerate(f) if w == word]
    return bool(told) and all(i and f[i - 1].lower() in ("bin", "ibn", "bint") for i, f in told)


def _partial(name: str, role: str, country: str | None, idx: ActorIndex, when: tuple[date, date] | None,
             known: dict[str, Person]) -> Person | None:
    """A known person from part of the name after a title: the surname or the given name alone ("Russian
    President Vladimir", "King Salman"), or the first and last words of a longer name or alias ("Recep Erdogan",
    "President Kaguta Museveni" of Yoweri Kaguta Museveni)."""
    parts = name.split()
    if len(parts) == 1 and parts[0] in known and known[parts[0]].serves(country) \
            and not _fathers_only(parts[0], known[parts[0]]):
        return known[parts[0]]  # (not "King Salman" after "Mohammed bin Salman": his father's name)
    if len(parts) == 1:
        cands = idx.by_surname.get(parts[0], []) + idx.by_given.get(parts[0], [])
    else:
        cands = [q for q in idx.by_surname.get(parts[-1], []) + idx.by_surname.get(parts[0], [])
                 if any(_first_and_last(parts, form.split()) for form in (q.name, *q.aliases))]
    cands = list({id(q): q for q in cands if q.serves(country) and not _fathers_name(name, q)
                  and not (len(parts) == 1 and _fathers_only(parts[0], q))}.values())
    with_role = [q for q in cands if any(t.role == role for t in q.terms)]
    if len(parts) == 1 and role in _CABINET_ROLES:  # "Minister Yadav" is not Nepal's former president Ram Baran
        cands = [q for q in cands if _held_alike(q, role)]  # Yadav, "Ambassador Kim" not Kim Jong Un, "Vice FM Choi"
        # not a former foreign minister Choi: a title below a leader's names none of those who held no office alike
    found = _pick(with_role, when) or (_pick(cands, when) if len(parts) > 1 or not with_role else None)
    return found or (_spelled_otherwise(parts, role, country, idx, when) if len(parts) == 2 else None)


# the offices below a head of state or government a title names: their holders are not the leaders of the data,
# and a minister's title names no one who was only a deputy or an envoy, nor these a minister
_MINISTERS: Final = frozenset({"minister", "foreign_minister"})
_OFFICIALS: Final = frozenset({"vice_minister", "ambassador", "official"})
_CABINET_ROLES: Final = _MINISTERS | _OFFICIALS


def _held_alike(p: Person, role: str) -> bool:
    """Whether a person held an office of the kind of a cabinet title's role (a minister's, a deputy's, an envoy's)."""
    alike = _MINISTERS if role in _MINISTERS else _OFFICIALS
    return any(t.role in alike for t in p.terms)


def _first_and_last(parts: list[str], words: list[str]) -> bool:
    """Whether a name's words hold the first and the last word of `parts`, in either order ("Kaguta Museveni" of
    "Yoweri Kaguta Museveni", "KISHIDA Fumio"), one word said twice as often ("Abdulaziz bin Salman bin Abdulaziz" is
    not "Sultan bin Abdulaziz"), with the same father's name where both tell one ("Maktoum bin Mohammed Al Maktoum" is
    not Maktoum bin Rashid Al Maktoum)."""
    if parts[0] not in words or parts[-1] not in words:
        return False
    if len(words) > 2 and any(w not in words and w not in _PARTICLES and len(w.rstrip(".")) > 1
                              for w in parts[1:-1]):
        return False  # "Ram Krishna Yadav" is not Ram Baran Yadav: another middle name, another man (not "Baron
        # Divavesi Waqa", "Hishammuddin Tun Hussein": a middle name the data's two words leave out)
    if parts[0] == parts[-1] and words.count(parts[0]) < 2:
        return False
    told, known = _father(parts), _father(words)
    return told is None or known is None or told == known


def _father(words: list[str]) -> str | None:
    """The word after the first "bin"/"ibn"/"bint" of a name: the father's name."""
    at = next((i for i, w in enumerate(words[:-1]) if w.lower() in ("bin", "ibn", "bint")), None)
    return None if at is None else words[at + 1]


def _spelled_otherwise(parts: list[str], role: str, country: str | None, idx: ActorIndex,
                       when: tuple[date, date] | None) -> Person | None:
    """A known holder of the office whose name the text spells otherwise in one of its two words ("Secretary of
    State Anthony Blinken", "Eritrean President Isaias Afeworki"): the other word the same, this one alike."""
    given, last = parts
    cands = []
    for q in {id(q): q for q in idx.by_surname.get(last, []) + idx.by_given.get(given, [])}.values():
        if not q.serves(country) or not any(t.role == role for t in q.terms):
            continue
        forms = [f.split() for f in (q.name, *q.aliases)]
        if any(len(f) >= 2 and ((f[-1] == last and _alike(f[0], given)) or (f[0] == given and _alike(f[-1], last)))
               for f in forms):
            cands.append(q)
    return _pick(cands, when) if when else (cands[0] if len(cands) == 1 else None)


def _alike(known: str, told: str) -> bool:
    """Two spellings of one name: most letters alike ("Anthony"/"Antony", "Afeworki"/"Afwerki"), or, in a short
    name, one letter in its place told otherwise ("Taj Bunnag" of Tej Bunnag)."""
    from difflib import SequenceMatcher

    if SequenceMatcher(None, known, told).ratio() >= 0.8:
        return True
    if len(known) != len(told) or len(known) < 3 or known[0] != told[0]:
        return False
    return sum(a != b for a, b in zip(known, told, strict=True)) == 1


def _by_surname(word: str, idx: ActorIndex, when: tuple[date, date] | None, known: dict[str, Person],
                country: str | None = None) -> Person | None:
    if word in known:
        return known[word]
    if word in idx.vocab.words["common_word_surnames"]:
        return None  # "May", "Moon": only after the full name or a title
    cands = [p for p in idx.by_surname.get(word, []) if p.serves(country)]
    return _pick(cands, when)


def _pick(cands: list[Person], when: tuple[date, date] | None) -> Person | None:
    """The one person the name can be: the one in office at the time, else the one of the country the article
    names ("His Majesty King Abdullah" in a story of Jordan, in 2008 when Saudi Arabia also had a King Abdullah)."""
    if when and len(cands) > 1:
        cands = [p for p in cands if any(_term_overlaps(t, when) for t in p.terms)]
    where = _ARTICLE_AT.get()
    if len(cands) > 1 and where is not None:
        told = [p for p in cands if where.tells(p.country)]
        cands = told if len(told) == 1 else cands
    return cands[0] if len(cands) == 1 else None


def _envoy_office(which: str) -> str:
    """An envoy's office, in any case, as a pattern: data/meeting_words.json's envoy_offices, its qualifiers ("special")
    and the offices of `which` ("after_a_name", "before_a_name")."""
    words = load().words["envoy_offices"]
    return rf"(?:(?:{scan.trie(words['qualifiers'])})\s+)?(?:{scan.trie(words[which])})"


@lru_cache(maxsize=1)
def _envoy_after() -> re.Pattern[str]:
    """"X, the UN special envoy,", "X, now the EU's representative": an office after the name that is no country's."""
    return rx.compile(r",\s+(?:now\s+|currently\s+)?(?:the|a|an)\s+(?:[\w.’'-]+\s+){0,3}?"
                      + _envoy_office("after_a_name") + r"\b", re.I)


@lru_cache(maxsize=1)
def _envoy_before() -> re.Pattern[str]:
    """"the EU's envoy in Norway Helen Clark", "the EU’s ambassador to Norway, Helen Clark": an envoy's office before
    the name, with the place of the posting."""
    return rx.compile(r"\b" + _envoy_office("before_a_name") + r"\s+(?:(?:to|in|for|at)\s+(?:the\s+)?"
                      r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s*)?,?\s+$", re.I)


def _named_envoy(text: str, end: int, said: str | None) -> bool:
    """An envoy's office told beside a name: before it ("the UN envoy, X") or after it ("X, the UN envoy")."""
    return said == "ambassador" or _envoy_after().match(text, end) is not None


def _out_of_office(p: Person, when: tuple[date, date] | None) -> bool:
    """The article's time is known and none of the person's offices of the data covers it (a former minister)."""
    return when is not None and not any(_term_overlaps(t, when) for t in p.terms)


def _term_overlaps(t: Term, when: tuple[date, date]) -> bool:
    return (t.start is None or t.start <= when[1]) and (t.end is None or when[0] <= t.end)


def _country_of(p: Person, role: str | None, when: tuple[date, date] | None, said: str | None = None) -> str | None:
    """The country of the office held: the one the text says ("Polish Prime Minister Donald Tusk"), else the one
    of the terms in that role at the time (Tusk was also the European Council's president), else the person's."""
    if said and p.serves(said):
        return said
    office = (role or "").removeprefix("former_")
    terms = [t for t in p.terms if t.role == office and (when is None or _term_overlaps(t, when))]
    countries = {t.country for t in terms if t.country}
    return countries.pop() if len(countries) == 1 else p.country


def _role_of(p: Person, when: tuple[date, date] | None) -> str | None:
    """The office held at the time, else the latest one (Kishida: prime minister after foreign minister): the one
    left last (Manmohan Singh: prime minister 2004-2014, foreign minister for a year of it)."""
    terms = [t for t in p.terms if when is None or _term_overlaps(t, when)] or p.terms
    latest = max(terms, key=lambda t: (t.end or date.max, t.start or date.min), default=None)
    return latest.role if latest else None
