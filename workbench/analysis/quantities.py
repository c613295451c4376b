"""How many: the count on a victims' phrase, how exact it is, and the words that say so.

Digits ("38", "4,500", "1.7 million"), number words through ``text_to_num`` ("Forty two",
"a dozen"), ranges ("between 8 and 11", "40-45", "16 to 19"), approximations read off the
words before the number ("at least", "more than", "as high as"), size words without a number
("scores", "several", "a number of"), one victim ("a porter", "one guard") and none ("no
casualties", "did not harm any").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from text_to_num import text2num

from . import docindex
from . import lexicon_casualties as lex


@dataclass(frozen=True)
class Quantity:
    count: int | None
    low: int | None
    high: int | None
    approx: str
    tokens: tuple[int, ...]  # token indices of the quantity words

    def as_figure(self) -> dict:
        """The quantity in a casualty record's fields."""
        return dict(count=self.count, count_low=self.low, count_high=self.high, approx=self.approx)


def quantity(victim: Token, people: Token | None, *, definite_one: bool = False) -> Quantity | None:
    """The count on the victims' phrase headed by ``victim`` (``people`` the noun naming who),
    or None when the phrase has no size. ``definite_one``: "the officer" counts one."""
    nouns = [n for n in dict.fromkeys((victim, people)) if n is not None]
    zero = _zero(nouns)
    if zero is not None:
        return zero
    heads = _amount_heads(victim, nouns)
    if not heads:
        return _sizeless(victim, people, nouns, definite_one)
    head = heads[0]
    doc = victim.doc
    words = sorted(_amount_words(head, {n.i for n in nouns if n is not head}))
    # Approximation words hang anywhere in the parse ("as/advmod many/amod as/quantmod 400"):
    # they are read off the surface, right before the first number (or size word).
    first_number = next(
        (i for i in words if doc[i].like_num), next((i for i in words if _is_amount(doc[i])), head.i)
    )
    approx, lead = _approx_before(doc, first_number)
    words = sorted(set(words) | set(range(first_number - lead, first_number)))
    numbers = _numbers(doc, [i for i in words if i >= first_number])
    if not numbers:
        if head.lower_ in lex.NUMBER_OF_NOUNS and _unspecified(head):
            return Quantity(None, None, None, "unquantified", tuple(words))
        return Quantity(None, None, None, "vague", tuple(words))
    if len(numbers) >= 2 and _range_between(doc, numbers):
        (low, _), (high, _) = numbers[0], numbers[1]
        return Quantity(None, min(low, high), max(low, high), approx or "about", tuple(words))
    return Quantity(numbers[0][0], None, None, approx or "exact", tuple(words))


# Dependencies that hold the words of one amount together: "more/amod than/quantmod 100",
# "40/nummod -/punct 45/prep", "between/quantmod 8 and/cc 11/conj".
_AMOUNT_DEPS = frozenset("quantmod compound nummod conj cc advmod amod punct prep pobj det".split())


def _amount_words(head: Token, excluded: set[int]) -> set[int]:
    """``head`` and the amount words hanging from it, walked down the parse."""
    found = {head.i}
    stack = [head]
    while stack:
        for child in stack.pop().children:
            if child.i in excluded or child.i in found:
                continue
            if child.dep_ == "conj" and abs(child.i - head.i) > 3:
                continue  # "eight of one nation and three of another": two amounts, not a range
            if child.dep_ in _AMOUNT_DEPS and _part_of_amount(child):
                found.add(child.i)
                stack.append(child)
    return found


def is_amount(token: Token) -> bool:
    """A word that can state a size: a number, "scores", "several", "a dozen"."""
    return _is_amount(token)


def _is_amount(token: Token) -> bool:
    word = token.lower_
    return (
        (token.like_num and not _is_ordinal_or_year(token))
        or word in lex.VAGUE_QUANTITIES
        or word in lex.NUMBER_NOUNS
    )


def _is_ordinal_or_year(token: Token) -> bool:
    """ "6th", and the ordinal words spaCy also takes for numbers: "a sixth man" is one man."""
    return bool(re.fullmatch(r"\d+(st|nd|rd|th)|first|second|third|[a-z-]+th", token.lower_))


def _part_of_amount(token: Token) -> bool:
    """Words kept in a quantity's span: numbers, size words, "and"/"-" of a range, "of"."""
    word = token.lower_
    return (
        token.like_num
        or _is_amount(token)
        or word in lex.VAGUE_DETERMINERS
        or word in lex.RANGE_WORDS
        or word in lex.NUMBER_OF_NOUNS
        or word in lex.UNSPECIFIED_WORDS
        or word in {"of", "between", "a", "an"}
        or any(word in phrase for phrase in lex.APPROX_BEFORE)
    )


def _amount_heads(victim: Token, nouns: list[Token]) -> list[Token]:
    """The words giving the phrase's size: the victim itself ("killed 16", "scores were hurt"),
    what governs it ("17 of the injured", "a number of villagers"), or its modifiers."""
    heads = []
    if _is_amount(victim) or victim.lower_ in lex.VAGUE_DETERMINERS or victim.lower_ in lex.NUMBER_OF_NOUNS:
        heads.append(victim)
    own = any(c.dep_ == "nummod" and _is_amount(c) for c in victim.children)
    if victim.dep_ == "pobj" and victim.head.lower_ == "of" and not own:  # "eight of [the 21 dead]": 21
        governor = victim.head.head
        if _is_amount(governor) or governor.lower_ in lex.VAGUE_DETERMINERS:
            heads.append(governor)  # "most of the dead", "17 of the injured", "some of the hostages"
        elif governor.lower_ in lex.NUMBER_OF_NOUNS:
            heads.append(governor)  # "a number of villagers", "an undisclosed number of raiders"
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in {"nummod", "amod", "quantmod", "det", "advmod", "compound"} and (
                _is_amount(child)
                or (child.lower_ in {"some"} and child.dep_ == "det")
                or (child.lower_ == "more" and any(_is_amount(g) for g in child.children))  # "many more"
            ):
                heads.append(child)
    # "how many guards were hurt" asks; "a count of casualties" refers: neither states a size.
    return [h for h in heads if not _asks_or_refers(h)]


def _asks_or_refers(head: Token) -> bool:
    if any(c.lower_ in {"how", "what"} for c in head.children):
        return True
    return head.lower_ in lex.NUMBER_OF_NOUNS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that", "what", "which"} for c in head.children
    )


def _zero(nouns: list[Token]) -> Quantity | None:
    """ "no casualties", "none of the guards", "did not harm any of the crew": a count of 0."""
    for noun in nouns:
        if noun.lower_ in lex.ZERO_DETERMINERS:
            return Quantity(0, None, None, "exact", (noun.i,))
        if noun.lower_ in lex.LOSS_NOUNS and done_without(noun):
            return Quantity(0, None, None, "exact", (noun.head.i,))  # "without casualties"
        for child in noun.children:
            if child.dep_ == "det" and child.lower_ in lex.ZERO_DETERMINERS:
                return Quantity(0, None, None, "exact", (child.i,))
            if child.dep_ == "det" and child.lower_ in lex.ANY_WORDS and _negated(noun):
                return Quantity(0, None, None, "exact", (child.i,))
        if noun.lower_ in lex.ANY_WORDS and _negated(noun):
            return Quantity(0, None, None, "exact", (noun.i,))
        # "not a single soldier", "not one civilian": "not", then nothing but "a single" or
        # "one" before the noun; not "no more than five", "not two but three".
        # "There was not a single civilian casualty": the "not" on the copula, describing words between.
        words = [noun, *(c for c in noun.children if c.dep_ == "nummod")]
        if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
            words.append(noun.head)
        for word in words:
            negation = next(
                (c for c in word.children if c.dep_ == "neg" and c.lower_ in lex.NOT_WORDS and c.i < noun.i),
                None,
            )
            if negation is not None and all(
                t.lower_ in lex.SINGLE_WORDS or (t.head.i == noun.i and t.dep_ in {"amod", "compound"})
                for t in noun.doc[negation.i + 1 : noun.i]
            ):
                return Quantity(0, None, None, "exact", (negation.i,))
    return None


def done_without(token: Token) -> bool:
    """ "was repulsed without (any) casualties": the object of "without" on a past event; not a
    generic "cannot win without losses"."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in lex.WITHOUT_WORDS
        and token.head.head.tag_ in {"VBD", "VBN"}
    )


def _negated(token: Token) -> bool:
    """Whether the clause holding ``token`` is negated or denied."""
    head = token
    for _ in range(4):
        if done_without(head):
            return True  # "repulsed without any casualties"
        if head.dep_ in {"pobj", "prep"}:
            head = head.head
            continue
        head = head.head
        if any(c.dep_ == "neg" for c in head.children):
            return True
        if head.lemma_.lower() in lex.NEGATING_VERBS:
            return True
        if head.pos_ in {"VERB", "AUX"} and head.dep_ not in {"ccomp", "conj"}:
            return head.head.lemma_.lower() in lex.NEGATING_VERBS
    return False


def _sizeless(victim: Token, people: Token | None, nouns: list[Token], definite_one: bool) -> Quantity | None:
    """A phrase with no number: one victim ("a porter", "the guard"), or nothing."""
    if victim.lower_ in lex.LOSS_NOUNS:
        return Quantity(None, None, None, "unquantified", ())
    noun = people if people is not None else victim
    if noun.lemma_.lower() in lex.COLLECTIVE_NOUNS:
        return None  # "the family fled": a family is not one person
    if noun.lower_ in lex.ANOTHER_WORDS:
        return Quantity(1, None, None, "exact", (noun.i,))  # "another was still missing"
    if noun.tag_ in {"NN", "NNP"} or noun.lower_ in {"one"}:
        article = [c for c in noun.children if c.dep_ in {"det", "nummod"} and c.lower_ in lex.ONE_WORDS]
        if article:
            return Quantity(1, None, None, "exact", (article[0].i,))
        definite = [c for c in noun.children if c.dep_ == "det" and c.lower_ in lex.SINGLE_DETERMINERS]
        definite += [c for c in noun.children if c.dep_ == "poss"]  # "her brother", "a farmer's son"
        if definite and definite_one:
            return Quantity(1, None, None, "exact", (definite[0].i,))
    return None


def _unspecified(head: Token) -> bool:
    return any(c.lower_ in lex.UNSPECIFIED_WORDS for c in head.children)


# Longest first, so that "no fewer than" wins over a shorter phrase ending the same way.
_APPROX_LONGEST_FIRST = sorted(lex.APPROX_BEFORE.items(), key=lambda item: -len(item[0]))


def _approx_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """ "at least", "more than", "up to" ... right before a number: (approx, its length)."""
    lowers = docindex.index(doc).lowers
    for words, approx in _APPROX_LONGEST_FIRST:
        n = len(words)
        if start - n >= 0 and tuple(lowers[start - n : start]) == words:
            return approx, n
    if start >= 1 and lowers[start - 1] == "between":
        return "about", 1
    if start >= 2 and lowers[start - 1] in {"a", "an"}:
        approx, n = _approx_before(doc, start - 1)  # "about a dozen", "nearly a dozen"
        return (approx, n + 1) if approx else (None, 0)
    return None, 0


def _range_between(doc: Doc, numbers: list[tuple[int, int]]) -> bool:
    """Two numbers with only range words between them: "40-45", "between 8 and 11"."""
    (_, first_end), (_, second_start) = numbers[0], numbers[1]
    between = doc[first_end + 1 : second_start]
    return bool(len(between)) and all(t.lower_ in lex.RANGE_WORDS for t in between)


def _numbers(doc: Doc, indices: list[int]) -> list[tuple[int, int]]:
    """The numbers among the tokens, with where each ends: "38", "4,500", "thirty-five",
    "Forty two", "two million", "a dozen". Only adjacent words make one number."""
    values: list[tuple[int, int]] = []
    run: list[Token] = []

    def flush() -> None:
        if run:
            value = _to_int([t.lower_ for t in run])
            if value is not None:
                values.append((value, run[-1].i))
            run.clear()

    for i in indices:
        token = doc[i]
        word = token.lower_
        if (
            run
            and i != run[-1].i + 1
            and not (i == run[-1].i + 2 and _hyphenated_number(doc, run[-1], i - 1))
        ):
            flush()
        if word in lex.NUMBER_NOUNS:
            multiplier = lex.NUMBER_NOUNS[word]
            base = _to_int([t.lower_ for t in run]) if run else None
            values.append(((base or 1) * multiplier, i))
            run.clear()
        elif token.like_num and not _is_ordinal_or_year(token):
            if run and _is_digits(run[-1].lower_) and _is_digits(word):
                flush()  # "40 45" from "40-45" is two numbers, never 4045
            run.append(token)
        elif word in {"-", "–"} and run and _hyphenated_number(doc, run[-1], i):
            continue  # "Thirty-one": one number written in two words
        elif word == "-" and run and i == run[-1].i + 1:
            flush()
        else:
            flush()
    flush()
    return values


_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset("one two three four five six seven eight nine".split())


def _hyphenated_number(doc: Doc, before: Token, hyphen: int) -> bool:
    """ "thirty - one": a tens word, a hyphen, a unit word."""
    after = hyphen + 1
    return before.lower_ in _TENS and after < len(doc) and doc[after].lower_ in _UNITS


def _is_digits(word: str) -> bool:
    return bool(re.fullmatch(r"[\d,.]+", word))


def _to_int(words: list[str]) -> int | None:
    text = " ".join(words)
    digits = text.replace(",", "").replace(" ", "")
    if re.fullmatch(r"\d+", digits):
        return int(digits)
    found = re.fullmatch(r"(\d+(?:\.\d+)?)(thousand|million|billion)", digits)
    if found:
        number, scale = found.groups()
        return int(float(number) * {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}[scale])
    try:
        return text2num(text.replace("-", " - ").replace(" - ", "-"), "en")
    except ValueError:
        return None
