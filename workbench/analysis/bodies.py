"""Names grown into the bodies they stand for, and those bodies' identity and kind.

"French troops", "Chile's military", "the Peruvian government", "Chadian rebels", "US-led
coalition", "Arab League troops", "Bakr's forces", "the Biden administration", "Lakeside
TV": the model tags the name; the actor is the body it heads. A country's forces are one
actor per branch (its police, its military, its paramilitaries); its government is the
country itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon
from .gazetteer import country_of_capital, demonym, demonym_country
from .known_actors import ALLIANCES

_ARMED_NOUNS = frozenset().union(*lexicon.ARMED_FAMILIES.values())


def extend(span: Span) -> Span:
    """Grow a name into the body it stands for: a country or demonym into its force, its
    government or a rebel group of its people ("French troops", "Chile's military", "the
    Peruvian government", "Chadian rebels"), a country or alliance into the coalition or forces
    it leads ("US-led coalition", "AU-led forces", "Arab League troops"), a leader into the forces
    or government named after him ("Bakr's forces", "the Biden administration"), a place
    into the facility named after it ("Talvik airport"), a name into the broadcaster it heads
    ("Lakeside TV"), a name into the people around it ("the Haddad family", "Okonjo supporters").
    The grown span is labelled ORG (FAC for a facility, NORP for people): what the first rule of
    ``_GROWTH_RULES`` that grows it makes of it."""
    if span.label_ not in lexicon.ACTOR_LABELS:
        return span
    grown = next((g for rule in _GROWTH_RULES if (g := rule(span)) is not None), None)
    return grown if grown is not None else span


def _after(span: Span) -> Token | None:
    return span.doc[span.end] if span.end < len(span.doc) else None


def _national(span: Span) -> bool:
    """A country or its people: "France", "French"."""
    return span.label_ in {"GPE", "NORP"}


def _alliance(span: Span) -> bool:
    """An alliance of states: "NATO", "the African Union"."""
    return span.label_ == "ORG" and span.text.lower() in ALLIANCES


def _numbered_unit(span: Span) -> Span | None:
    """ "the 4th Armoured Division": the unit with its number."""
    doc = span.doc
    numbered = span.label_ == "ORG" and span.start > 0 and doc[span.start - 1].ent_type_ == "ORDINAL"
    if numbered and span[-1].lower_ in lexicon.UNIT_NOUNS:
        return Span(doc, span.start - 1, span.end, label="ORG")
    return None


def _broadcaster(span: Span) -> Span | None:
    """ "Lakeside TV", "Tigray TV": the broadcaster the name heads."""
    after = _after(span)
    if (
        after is not None
        and after.text in lexicon.MEDIA_SUFFIXES
        and span.label_ in {"GPE", "LOC", "FAC", "ORG", "PERSON"}
        and (after.text != "News" or span.label_ == "ORG")
    ):
        return Span(span.doc, span.start, span.end + 1, label="ORG")
    return None


def _led(span: Span) -> Span | None:
    """ "US-led coalition", "AU-led forces": the body the name leads."""
    led = _led_body(span)
    return Span(span.doc, span.start, led.i + 1, label="ORG") if led is not None else None


def _force_next(span: Span) -> Span | None:
    """ "a French military convoy": a country's or alliance's force named right after it."""
    after = _after(span)
    if (
        (_national(span) or _alliance(span))
        and after is not None
        and (after.lower_ in lexicon.FORCE_NOUNS or force_noun(after))
    ):
        return Span(span.doc, span.start, span.end + 1, label="ORG")
    return None


def _governed_body(span: Span) -> Span | None:
    """ "Chadian security forces", "Chile's military", "Bakr's forces", "the Haddad family":
    the body named by the noun the name modifies."""
    head = _governing_noun(span)
    label = _body_label(span, head) if head is not None else None
    if head is None or label is None:
        return None
    return Span(span.doc, span.start, head.i + 1, label=label)


def _body_label(span: Span, head: Token) -> str | None:
    """What a name and the noun it modifies make together: a body (ORG), people around it
    (NORP), or nothing of the sort (None)."""
    noun, label = head.lower_, span.label_
    national, alliance = _national(span), _alliance(span)
    if (national or alliance) and (noun in lexicon.FORCE_NOUNS or force_noun(head)):
        return "ORG"
    if national and noun in lexicon.FORCE_UNIT_NOUNS:
        return "ORG"
    if (
        national
        and noun in lexicon.SERVICE_NOUNS
        and any(t.lower_ in lexicon.SERVICE_MODIFIERS for t in span.doc[span.end : head.i])
    ):
        return "ORG"  # "Egyptian intelligence services"
    if label in {"PERSON", "ORG", "NORP"} and noun in lexicon.FOLLOWER_NOUNS and head.i == span.end:
        return "NORP"  # "the Haddad family"
    if national and (noun in _ARMED_NOUNS or noun in lexicon.GOVERNMENT_NOUNS | lexicon.MINISTRY_NOUNS):
        return "ORG"
    if label == "NORP" and noun in lexicon.PEOPLE_NOUNS:
        return "NORP"
    if label == "PERSON" and (
        noun in lexicon.FORCE_NOUNS or noun in lexicon.GOVERNMENT_NOUNS or force_noun(head)
    ):
        return "ORG"
    return None


def _facility(span: Span) -> Span | None:
    """ "Talvik airport": the facility named after a place."""
    after = _after(span)
    if after is not None and after.lower_ in lexicon.FACILITY_NOUNS and span.label_ in {"GPE", "LOC"}:
        return Span(span.doc, span.start, span.end + 1, label="FAC")
    return None


# The ways ``extend`` grows a name, asked in order.
_GROWTH_RULES = (_numbered_unit, _broadcaster, _led, _force_next, _governed_body, _facility)


def national_owner(span: Span) -> Span | None:
    """ "Ghanaian" in the model's one entity "Ghanaian Army", "Kenyan National Police": a
    country's force written as a name, with no word in between but institutional ones."""
    if span.label_ != "ORG" or len(span) < 2:
        return None
    if not (force_noun(span[-1]) or span[-1].lower_ in lexicon.FORCE_NOUNS | lexicon.FORCE_UNIT_NOUNS):
        return None
    for n in range(len(span) - 1, 0, -1):
        owner = span[:n]
        if demonym_country(owner.text):
            middle = [t.lower_ for t in span[n:-1]]
            if all(w in lexicon.STATE_FORCE_WORDS for w in middle):
                return Span(span.doc, span.start, span.start + n, label="NORP")
            return None
    return None


def force_noun(token: Token) -> bool:
    return token.lower_ in lexicon.POLICE_NOUNS or token.lower_ in lexicon.MILITARY_NOUNS


def _governing_noun(span: Span) -> Token | None:
    """The noun a name modifies right after it, a few modifiers apart: "Chadian" in "Chadian
    security forces", "Chile" in "Chile's military", "Bakr" in "Bakr's forces"."""
    doc = span.doc
    root = span.root
    head = root.head
    if (
        root.dep_ not in {"compound", "amod", "nmod", "poss"}
        or head.i < span.end
        or head.pos_
        not in {
            "NOUN",
            "PROPN",
        }
    ):
        after = doc[span.end] if span.end < len(doc) else None
        # The parser sometimes hangs "army" off the verb: "Chadian army spokesman".
        if after is not None and after.lower_ in lexicon.FORCE_NOUNS and span.label_ in {"GPE", "NORP"}:
            return after
        return None
    gap = [t for t in doc[span.end : head.i] if not (t.tag_ == "POS" or t.is_punct and t.text in {"'", "’"})]
    if len(gap) > 3 or not all(span.end <= t.head.i <= head.i for t in gap):
        return None
    if any(t.ent_type_ in {"PERSON", "GPE", "ORG"} and t.pos_ == "PROPN" for t in gap):
        return None  # "Mali's Gao militia" is the militia of Gao, not of Mali
    return head


def _led_body(span: Span) -> Token | None:
    """ "coalition" in "US-led coalition", "forces" in "AU-led forces"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text not in {"-", "–"}:
        return None
    participle = doc[span.end + 1]
    if participle.lower_ != "led":
        return None
    for token in doc[span.end + 2 : min(len(doc), span.end + 5)]:
        if token.lower_ in {"coalition", "alliance"} or token.lower_ in lexicon.FORCE_NOUNS:
            return token
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.ent_type_:
            return None
    return None


def identity(owner: Span, grown: Span) -> tuple[str | None, str | None]:
    """Canonical name (None: as written) and kind of a grown name. A country's forces are one
    actor per branch ("Chadian police", "Chadian forces"); its government is the country itself."""
    noun = grown[-1]
    word = noun.lower_
    text = " ".join(owner.text.split()).removesuffix("'s").removesuffix("’s")
    origin = (demonym_country(text) or country_of_capital(text)) if owner.label_ in {"GPE", "NORP"} else None
    people = demonym(origin) if origin else text
    if noun.text in lexicon.MEDIA_SUFFIXES and grown.end == owner.end + 1:
        return None, "media"
    if word in lexicon.UNIT_NOUNS and grown.start < owner.start:
        return None, "state_force"  # a numbered unit
    if word in {"coalition", "alliance"}:
        return f"{people}-led coalition", "state_force"
    if owner.label_ == "PERSON":
        if word in lexicon.GOVERNMENT_NOUNS:
            return None, "government"
        return f"{text.split()[-1]} forces", "state_force"
    if word in lexicon.POLICE_NOUNS or any(t.lower_ in lexicon.POLICE_NOUNS for t in grown[len(owner) :]):
        return f"{people} police", "state_force"
    if any(t.lower_ in {"paramilitary", "paramilitaries"} for t in grown[len(owner) :]):
        return f"{people} paramilitary forces", "state_force"  # not the army: "Kenyan paramilitary personnel"
    if any(t.lower_ == "intelligence" for t in grown[len(owner) :]):
        return f"{people} intelligence services", "state_force"  # "Egyptian intelligence services"
    if (
        word in lexicon.FORCE_NOUNS
        or word in lexicon.MILITARY_NOUNS
        or word in lexicon.FORCE_UNIT_NOUNS
        or word in lexicon.SERVICE_NOUNS
    ):
        if owner.label_ == "ORG":
            return None, "state_force"  # "Arab League troops", "NATO forces"
        return f"{people} forces", "state_force"
    if word in _ARMED_NOUNS:
        return None, "armed_group"
    if word in lexicon.GOVERNMENT_NOUNS and origin:
        return origin, "government"
    return None, "government"
