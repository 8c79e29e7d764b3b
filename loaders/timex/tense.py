"""Whether a date expression's sentence speaks of the past or the future, from nearby verbs."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Final

from loaders import settings

from .. import regexes as rx
from .lexicon import word_set

FUTURE_AUX: Final = word_set("future_aux")
MODALS: Final = word_set("modal_future")
FUTURE_WORDS: Final = word_set("future_words")
NEED_TO: Final = word_set("future_words_need_to")
FUTURE_NOUNS: Final = word_set("future_nouns")
PLANNED_VERBS: Final = word_set("future_nouns_keep_before")  # "plans to meet": the plan is of the meeting
PAST_AUX: Final = word_set("past_aux")
PERFECT_AUX: Final = word_set("perfect_aux")
PAST_DO: Final = word_set("past_do")  # "did meet", "didn't visit": the bare verb after it has no tense of its own
BETWEEN_DO: Final = word_set("past_do_between")  # "did not", "did finally": words between "did" and its verb
PRESENT_AUX: Final = word_set("present_aux")
BE_FORMS: Final = word_set("be_forms")
RECALL_WORDS: Final = word_set("recall_words")  # "it is to be recalled that": no tense of what follows
_RECALL_AUX: Final = frozenset("is was will would should may must can to be".split())
SKIPPABLE: Final = word_set("aux_skippable")
IRREGULAR_PAST: Final = word_set("irregular_past")
INVARIANT_PAST: Final = word_set("invariant_past")  # "he set out": the bare form after he, she, it is a past
_SINGULAR: Final = frozenset(("he", "she", "it"))
PARTICIPLES: Final = word_set("participles")
NOT_VERBS: Final = word_set("not_verbs_ed")
_PARTICIPLE_PREPOSITIONS: Final = frozenset("on at by to in with for upon".split())  # "focused on", "aimed at"
NOUNS_AFTER_TO: Final = word_set("nouns_after_to")  # "swept to power in August": "to" a preposition, no plan
ABBREVIATIONS: Final = word_set("sentence_abbreviations")
FUTURE_ADJECTIVES: Final = word_set("future_adjectives")
DETERMINERS: Final = word_set("determiners")
QUANTIFIERS: Final = word_set("quantifiers")
CLAUSE_OPENERS: Final = word_set("clause_openers")
FUNCTION_WORDS: Final = word_set("function_words")
NOT_AFTER_TO: Final = frozenset(
    "the a an his her its their our my your this that these those some all any each every more most".split()
)
REPORTING: Final = word_set("reporting_present")
SHIFT_VERBS: Final = word_set("shift_verbs")
SCHEDULE_VERBS: Final = word_set("schedule_verbs")
SUBJECTS: Final = word_set("subject_pronouns")
PAST_ADJECTIVES: Final = word_set("past_adjectives")
GLAD_WORDS: Final = word_set("glad_words")  # "was pleased to", "were able to": the infinitive takes the past
NOT_PRESENT_VERBS: Final = word_set("not_present_verbs_s")
WEEKDAYS: Final = word_set("weekdays")
TOKEN: Final = rx.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|['’][a-z]+|\d+(?:[.,:]\d+)*|[^\w\s]")
# TOKEN defines the tokens; tokens() reads them without the regex (the same tokens, tests/test_tense_tokens.py).
CLAUSE_PUNCT: Final = frozenset(",;:—–()")

Cue = tuple[int, bool]  # (sign: -1 past, +1 future; near_only: counts only close to the date)
Scan = tuple[int, int, "int | None", int]  # (distance, sign, first finite sign, token index) of one side's cue
ENDERS: Final = frozenset(".!?")
AUX_CHAIN = SKIPPABLE | PERFECT_AUX | BE_FORMS
# A tense cue is one of these words, or a word in 'll, a past form in -ed, a present verb after a pronoun.
CUE_WORDS: Final = (
    FUTURE_AUX | MODALS | FUTURE_WORDS | FUTURE_ADJECTIVES | SHIFT_VERBS | PAST_AUX | PAST_ADJECTIVES | PERFECT_AUX
) | (IRREGULAR_PAST | PARTICIPLES | PRESENT_AUX | SCHEDULE_VERBS | {"to"})


class Sentences:
    """The tokens of a text, their sentences and their tense cues, computed once per text and only as needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words, self.starts, self._ends = tokens(text.replace("’", "'"))  # the tokens, ’ written '
        # lower-cased in one call: tokens hold no space, and lower() never makes one
        self.lower = " ".join(self.words).lower().split(" ") if self.words else []
        self._masked = bytearray(len(self.words))
        self._is_word: list[bool] | None = None  # the three below are read when first asked for
        self._cues: list[Cue | None] | None = None
        self._breaks: list[int] | None = None

    @property
    def is_word(self) -> list[bool]:
        if self._is_word is None:
            self._is_word = [len(w) > 1 or w.isalnum() or w == "'" for w in self.words]  # punctuation: one char
        return self._is_word

    @property
    def cues(self) -> list[Cue | None]:
        """The tense cue of each token: "met" (-1, False), "will" (1, False), "to hold" (1, True); else None."""
        if self._cues is None:
            self._cues = self._read_cues()
        return self._cues

    def _read_cues(self) -> list[Cue | None]:
        out: list[Cue | None] = [None] * len(self.words)
        lower, masked = self.lower, self._masked
        for i, w in enumerate(lower):
            if (
                w in CUE_WORDS
                or w.endswith("'ll")
                or (w.endswith("ed") and len(w) > 4)  # a past form
                or (w.endswith("s") and i and lower[i - 1] in SUBJECTS)  # a present verb
                or (w in INVARIANT_PAST and i and lower[i - 1] in _SINGULAR)  # "he set out": a past
            ) and not masked[i]:
                out[i] = self._cue(i)
        return out

    @property
    def breaks(self) -> list[int]:
        """Indices of the tokens that begin a sentence, the first one aside."""
        if self._breaks is None:
            self._breaks = self._read_breaks()
        return self._breaks

    def _read_breaks(self) -> list[int]:
        last = len(self.words) - 1
        after_mark = {i + 1 for i, w in enumerate(self.words) if i < last and w in ENDERS}
        return sorted(i for i in after_mark | self._after_newline() if self._boundary_before(i))

    def _after_newline(self) -> set[int]:
        out, n, pos = set(), len(self.starts), self.text.find("\n")
        while pos >= 0:
            i = bisect_right(self.starts, pos)
            if 0 < i < n:
                out.add(i)
            pos = self.text.find("\n", pos + 1)
        return out

    def _boundary_before(self, i: int) -> bool:
        if "\n" in self.text[self._ends[i - 1] : self.starts[i]]:
            return True
        prev = self.words[i - 1]
        if prev in ("!", "?"):
            return True
        if prev != "." or i < 2:
            return False
        word = self.lower[i - 2]
        nxt = self.words[i]
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        return nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"'“‘"

    def sentence(self, i: int) -> tuple[int, int]:
        """The token range [lo, hi) of the sentence holding token i."""
        breaks = self.breaks
        k = bisect_right(breaks, i)
        return (breaks[k - 1] if k else 0), (breaks[k] if k < len(breaks) else len(self.words))

    def cue_between(self, start: int, end: int) -> bool:
        """Whether a tense cue stands between two character offsets."""
        first, last = self.token_range(start, end)
        return any(self.cues[first:last])

    def mask(self, start: int, end: int) -> None:
        """Words inside a temporal expression ("next" in "next month") are no tense cues."""
        first, last = self.token_range(start, end)
        self._masked[first:last] = b"\x01" * (last - first)
        if self._cues is not None:
            self._cues[first:last] = [None] * (last - first)

    def _cue(self, i: int) -> Cue | None:
        w = self.lower[i]
        if self._recall_formula(i):
            return None  # "It is to be recalled that in May 2020 ... arrived": the tense is that of what follows
        if w in INVARIANT_PAST and i and self.lower[i - 1] in _SINGULAR and self._next_word(i) != "to":
            return -1, False  # "in September of that year he set out a plan": not "he sets out" (nor "set to")
        if w in MODALS and self.words[i][0].isupper() and self.sentence(i)[0] != i:
            return None  # "Mrs May", "Theresa May": a name inside a sentence, no modal
        if w in FUTURE_WORDS and self.words[i][0].isupper() and self.sentence(i)[0] != i and not self._title_case(i):
            return None  # "Minister of Economy, Planning and Cooperation": a name's word, no plan
        if w in FUTURE_AUX or w.endswith("'ll") or w in MODALS:
            return 1, False
        if w == "to":
            return self._infinitive(i)
        if w in FUTURE_WORDS:
            return self._future_word(i, w)
        if w in FUTURE_ADJECTIVES and ((i and self.lower[i - 1] in DETERMINERS) or self._next_word(i) in ("for", "to")):
            return 1, False  # "the planned visit", "proposed for June"
        if w in SHIFT_VERBS and self._shifted(i):
            return 1, False  # "postponed until March", "pushed back to June": a new, later date
        if w in PAST_AUX or w in PAST_ADJECTIVES:
            return -1, False  # "was", "the latest talks in Vladivostok"
        if w in PERFECT_AUX:
            return (-1, False) if self._participle_follows(i) else None
        if self._past_form(i) or w in PARTICIPLES:
            return self._participle_group(i, w in PARTICIPLES)
        if w in PRESENT_AUX or self._present_verb(i) or self._schedule_verb(i):
            return None if self._after_past_do(i) else (1, True)  # "the summit is in December", "talks begin
            # Monday": scheduled (not "they did meet in May": the past "did" tells it)
        return None

    def _after_past_do(self, i: int) -> bool:
        """A bare verb after "did" ("did meet", "did not visit", "didn't finally hold"), three words between at most."""
        j = i - 1
        while j >= max(0, i - 3) and (self.lower[j] in BETWEEN_DO or self.lower[j] in SUBJECTS):
            j -= 1
        return j >= 0 and self.lower[j] in PAST_DO

    def _title_case(self, i: int) -> bool:
        """Whether the sentence of token i is in title case, as headlines are (most of its words capitalized)."""
        lo, hi = self.sentence(i)
        words = [w for w in self.words[lo:hi] if w.isalpha() and len(w) > 3]
        return len(words) > 1 and sum(w[0].isupper() for w in words) * 2 > len(words)

    def _recall_formula(self, i: int) -> bool:
        """A word of "is to be recalled", "will be remembered", "should be recalled": a formula of the press that
        recalls the past, no tense of its own."""
        for j in range(i, min(i + 4, len(self.words))):
            if self.lower[j] in RECALL_WORDS:
                return j > 0 and self.lower[j - 1] == "be"
            if self.lower[j] not in _RECALL_AUX:
                return False
        return False

    def _schedule_verb(self, i: int) -> bool:
        """ "talks begin Monday", "the fiscal year starts in April"; not "the visit", "Putin's visit"."""
        if self.lower[i] not in SCHEDULE_VERBS or not self.words[i].islower() or i == 0:
            return False
        if self._masked[i - 1]:
            return self._verb_after_date(i)  # not "her September visit": a noun after a date
        before = self.lower[i - 1]
        if i > 1 and (self._masked[i - 2] or self.lower[i - 2] in DETERMINERS) and not self.lower[i].endswith("s") \
                and self.words[i - 1].isalpha() and self.words[i - 1].islower() and not before.endswith("s"):
            return False  # "the Jan. 5 state visit", "an official visit": a date or an article, a singular word and
            # a verb's plural form are one noun
        if before == "'" and i > 1 and self.lower[i - 2].endswith("s") and self.starts[i - 1] == self._ends[i - 2]:
            return False  # "Albares' visit", "the ministers' talks": a possessive, as "Putin's visit"
        return (before not in DETERMINERS and not before.endswith("'s") and before not in FUNCTION_WORDS
                and not (before in QUANTIFIERS or before.isdigit()))  # "the two heads met": a noun

    def _verb_after_date(self, i: int) -> bool:
        """ "the accord signed Monday takes effect": a verb after a date, unless a determiner or a possessive stands
        before the date ("her September visit", "the June vote opens")."""
        j = i - 1
        while j > 0 and self._masked[j - 1]:
            j -= 1
        if j == 0:
            return False  # "Monday starts": the date opens the sentence, read as a noun's modifier
        before = self.lower[j - 1]
        return self.words[i].endswith("s") and not (
            before in DETERMINERS or before in FUNCTION_WORDS or before.endswith("'s") or before in ("'", "s")
        )

    def _present_verb(self, i: int) -> bool:
        """ "that ends", "he leaves": a verb in the present after a pronoun (reporting verbs aside)."""
        w = self.lower[i]
        if not (w.endswith("s") and not w.endswith("ss") and self.words[i].islower()):
            return False
        if w in DETERMINERS or w in FUNCTION_WORDS or w in NOT_PRESENT_VERBS:
            return False  # "that its October sales", "it perhaps": no verb
        return i > 0 and self.lower[i - 1] in SUBJECTS and w not in REPORTING

    def _shifted(self, i: int) -> bool:
        following = self.lower[i + 1 : i + 5]
        return any(w in ("until", "till", "to", "back") for w in following)

    def _next_word(self, i: int) -> str:
        return self.lower[i + 1] if i + 1 < len(self.words) else ""

    def _infinitive(self, i: int) -> Cue | None:
        """ "to hold", "to be held": a future cue; strong after "going", "due", "set", "plan"..."""
        if i + 1 >= len(self.words):
            return None
        nxt = self.words[i + 1]
        if not nxt.isalpha() or not nxt.islower() or nxt in NOT_AFTER_TO or nxt in NOUNS_AFTER_TO \
                or nxt.endswith("ing"):
            return None
        before = self.lower[i - 1] if i else ""
        if before in FUTURE_NOUNS and self._as_noun(i - 1) and nxt.lower() not in PLANNED_VERBS:
            return None  # "discussed a plan to expand trade with Abe on Monday": what the plan is, no tense
        if before in GLAD_WORDS and self._past_be_before(i - 1):
            return -1, False  # "I was very pleased to travel to Stormont on 5 February": what was done, not a plan
        return 1, before not in FUTURE_WORDS

    def _as_noun(self, i: int) -> bool:
        """A future word that is a noun here: after a determiner or a possessive ("a plan", "their hopes") or right
        after a past verb ("discussed plans to")."""
        if i == 0:
            return False
        before = self.lower[i - 1]
        return (before in DETERMINERS or before.endswith("'s") or before in ("'", "s")
                or self._past_form(i - 1) and before not in PAST_AUX)

    def _past_be_before(self, i: int) -> bool:
        """Whether "was" or "were" stands before token i, adverbs between ("was very pleased", "were also able")."""
        j = i - 1
        while j >= 0 and (self.lower[j] in SKIPPABLE or self.lower[j] in ("very", "so", "most", "particularly")):
            j -= 1
        return j >= 0 and self.lower[j] in ("was", "were")

    def _future_word(self, i: int, w: str) -> Cue | None:
        if w in FUTURE_NOUNS and self._as_noun(i) and not (self._next_word(i) == "to" and i + 2 < len(self.words)
                                                            and self.lower[i + 2] in PLANNED_VERBS):
            return None  # "discussed a plan to expand trade": the object of the clause's verb, no tense of its own
        nxt = self._next_word(i)
        if w in NEED_TO and nxt not in ("to", "for", "in", "on"):
            return None
        if w == "due" and nxt == "to" and not self._infinitive(i + 1):
            return None  # "due to heavy snow"
        return 1, False

    def _past_form(self, i: int) -> bool:
        tok = self.words[i]
        w = self.lower[i]
        if w in IRREGULAR_PAST:
            return True
        return tok.islower() and w.endswith("ed") and len(w) > 4 and w not in NOT_VERBS

    def _participle_follows(self, i: int) -> bool:
        for j in range(i + 1, min(i + 4, len(self.words))):
            if self._past_form(j) or self.lower[j] in PARTICIPLES:
                return True
            if self.lower[j] not in SKIPPABLE:
                return False
        return False

    def _participle_group(self, i: int, bare_participle: bool) -> Cue | None:
        """A past form read with its auxiliaries: "will be held" future, "is held" none, "has met" past."""
        j = i - 1
        while j >= 0 and self.lower[j] in SKIPPABLE:
            j -= 1
        aux = self.lower[j] if j >= 0 else ""
        if aux in BE_FORMS:
            k = j - 1
            while k >= 0 and self.lower[k] in AUX_CHAIN:
                if self.lower[k] in PERFECT_AUX:
                    return -1, False
                k -= 1
            before = self.lower[k] if k >= 0 else ""
            if before in FUTURE_AUX or before in MODALS or before == "to" or before.endswith("'ll"):
                return 1, False
            return None
        if aux in PRESENT_AUX:
            return None
        if bare_participle and aux not in PAST_AUX and aux not in PERFECT_AUX:
            return None
        return -1, False

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices of the first token at or after `start` and one past the last token before `end`."""
        return bisect_left(self.starts, start), bisect_right(self.starts, end - 1)

    def direction(self, start: int, end: int) -> tuple[int, int]:
        """(near, sentence) tense of the expression at [start, end): -1 past, +1 future, 0 unknown.

        near: the closest tense cue within a few words ("met in December", "will meet on Monday");
        sentence: the closest finite verb anywhere in the sentence, a weaker hint.
        """
        if not self.words:
            return 0, 0
        first, last = self.token_range(start, end)
        first = min(first, len(self.words) - 1)
        lo, hi = self.sentence(first)
        if first and self.lower[first - 1] == "since":
            return -1, -1
        if first and self.lower[first - 1] == "for" and self._bare_weekday(first, last):
            return 1, 1  # "called a meeting for Thursday": the day aimed at, whatever the tense of the call
        left = self._scan(first - 1, -1, lo, hi, stop_at_comma=False)
        right = self._scan(last, 1, lo, hi, stop_at_comma=left[2] is not None or left[1] != 0)
        near = self._pick(left, right)
        if near > 0 and first and self.lower[first - 1] == "after" and self.lower[first].endswith("'s"):
            at = self._picked(left, right)[3]
            if at >= 0 and self.lower[at] in PRESENT_AUX:
                near = -1  # "the city is calm after Friday's attack": a state after the day's event, which is over
        return near, self._sentence_tense(first, last, lo, hi)

    def _bare_weekday(self, first: int, last: int) -> bool:
        """The expression is one weekday name alone: "Thursday", not "Thursday's" nor "Thursday night"."""
        if last - first != 1 or self.lower[first] not in WEEKDAYS:
            return False
        return last >= len(self.words) or self.lower[last] not in ("'s", "'", "s")

    def _scan(self, i: int, step: int, lo: int, hi: int, stop_at_comma: bool) -> Scan:
        """(distance, sign) of the nearest decisive cue going one way, the sign of the first finite cue, and
        the index of the decisive cue (-1: none).

        Going right, the first finite cue is not needed: the scan ends with the decisive cue.
        """
        near, far = settings.DATE_INFINITIVE_WINDOW, settings.DATE_TENSE_WINDOW
        lower, is_word, cues = self.lower, self.is_word, self.cues
        dist, found, finite, at = 0, (0, 0), None, -1
        while lo <= i < hi:
            w = lower[i]
            if (step > 0 and w in CLAUSE_OPENERS) or (stop_at_comma and self._comma(i)):
                break
            if is_word[i]:
                c = cues[i]
                if c and step > 0 and c[1] and w in PRESENT_AUX and self._next_word(i) in DETERMINERS:
                    c = None  # "the Jan 3-5 visit is his first": the date's noun is the subject, told as now
                if c and step > 0 and stop_at_comma and self._reduced_relative(i):
                    c = None  # "by August in the search for markets untouched by the crisis": no verb of the date
                if c or w not in FUNCTION_WORDS:
                    dist += 1  # words between a cue and the date, function words apart
                if c:
                    if not c[1] and finite is None:
                        finite = c[0]
                    if found == (0, 0):
                        if dist <= (near if c[1] else far) and not (step > 0 and w == "to"):
                            found, at = (dist, c[0]), i
                        elif c[1] and step < 0:
                            break  # "sought to smooth the way for a summit on Jan. 22": verbs beyond govern no date
                    if found != (0, 0) and (finite is not None or step > 0):
                        break  # nothing left to learn
            i += step
        return found[0], found[1], finite, at

    def _reduced_relative(self, i: int) -> bool:
        """A regular past participle right after a common noun ("markets untouched by", "the plans announced"):
        it describes the noun, it is no verb of the clause. Read only right of a date whose clause verb came
        before it."""
        w = self.lower[i]
        if w in IRREGULAR_PAST or not self._past_form(i) or i == 0:
            return False
        if self._masked[i - 1]:  # "will convene a conference on 22 September focused on ...": the date's noun
            return self._next_word(i) in _PARTICIPLE_PREPOSITIONS  # described (not "on Friday discussed ties")
        before, lower_before = self.words[i - 1], self.lower[i - 1]
        if not (before.isalpha() and before.islower()) or lower_before in SUBJECTS:
            return False
        return lower_before not in AUX_CHAIN | PAST_AUX | PRESENT_AUX | FUTURE_AUX | MODALS | FUNCTION_WORDS

    def _comma(self, i: int) -> bool:
        """A clause break: after a verb was seen on the left, the right scan stops at it."""
        return self.words[i] in CLAUSE_PUNCT or self.lower[i] in ("and", "or")

    @staticmethod
    def _picked(left: Scan, right: Scan) -> Scan:
        """The scan whose cue decides: the nearer one, the left one on a tie."""
        return left if left[1] and (not right[1] or left[0] <= right[0]) else right

    @classmethod
    def _pick(cls, left: Scan, right: Scan) -> int:
        return cls._picked(left, right)[1]

    def _sentence_tense(self, first: int, last: int, lo: int, hi: int) -> int:
        """The nearest finite past or future cue of the sentence, at any distance."""
        is_word, cues = self.is_word, self.cues
        for d in range(1, len(self.words)):
            i, j = first - d, last - 1 + d
            if lo <= i < hi and is_word[i]:
                c = cues[i]
                if c and not c[1]:
                    return c[0]
            if lo <= j < hi and is_word[j]:
                c = cues[j]
                if c and not c[1]:
                    return c[0]
            if i < lo and j >= hi:
                return 0
        return 0


def tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens of TOKEN in `text`, with where each begins and ends: what re.finditer(TOKEN) gives, read without
    the regex (several times faster). Tokens never cross white space, and a run of ASCII letters is one token."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for chunk in text.split():
        at = text.find(chunk, pos)  # only white space stands before it
        pos = at + len(chunk)
        if chunk.isascii() and chunk.isalpha():
            words.append(chunk)
            starts.append(at)
            ends.append(pos)
        else:
            _chunk_tokens(chunk, at, words, starts, ends)
    return words, starts, ends


def _chunk_tokens(text: str, offset: int, words: list[str], starts: list[int], ends: list[int]) -> None:
    """The tokens of a text without white space, read character by character (offsets moved by `offset`)."""
    n = len(text)
    i = 0
    while i < n:
        c = ord(text[i])
        if _ascii_letter(c):  # [A-Za-z]+(?:['’][A-Za-z]+)*
            j = _letters_end(text, i + 1, n)
            while j + 1 < n and ord(text[j]) in _APOSTROPHES and _ascii_letter(ord(text[j + 1])):
                j = _letters_end(text, j + 2, n)
        elif c in _APOSTROPHES and i + 1 < n and 97 <= ord(text[i + 1]) <= 122:  # ['’][a-z]+
            j = i + 2
            while j < n and 97 <= ord(text[j]) <= 122:
                j += 1
        elif text[i].isdecimal():  # \d+(?:[.,:]\d+)*
            j = _digits_end(text, i + 1, n)
            while j + 1 < n and ord(text[j]) in _NUMBER_JOINS and text[j + 1].isdecimal():
                j = _digits_end(text, j + 2, n)
        elif text[i].isalnum() or c == 95:  # \w that begins no token
            i += 1
            continue
        else:  # [^\w\s]
            j = i + 1
        words.append(text[i:j])
        starts.append(i + offset)
        ends.append(j + offset)
        i = j


_APOSTROPHES: Final = frozenset((39, 8217))  # ' ’
_NUMBER_JOINS: Final = frozenset((44, 46, 58))  # , . :


def _ascii_letter(c: int) -> bool:
    return 65 <= c <= 90 or 97 <= c <= 122


def _letters_end(text: str, j: int, n: int) -> int:
    while j < n and _ascii_letter(ord(text[j])):
        j += 1
    return j


def _digits_end(text: str, j: int, n: int) -> int:
    while j < n and text[j].isdecimal():
        j += 1
    return j
