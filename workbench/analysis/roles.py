"""What a name's place in the parse says about it: a location ("in Tessit"), a source ("X
said", "told Reuters"), an actor acting ("Chile accused", "Norwegian officials", "Iran-backed").

Functions of a spaCy Span; they read the parse and the word lists, nothing else.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon, lexicon_claims
from .gazetteer import country
from .known_actors import ALLIANCES


def previous_word(span: Span):
    i = span.start - 1
    doc = span.doc
    while i >= 0 and doc[i].lower_ in lexicon.DETERMINERS:
        i -= 1
    return doc[i] if i >= 0 else None


def locative(span: Span) -> str | None:
    """The word that puts the name in a place role, if any: a locative preposition
    ("in", "from"), "to" after a verb of movement, or an attack or flight that targets it
    ("offensive on X", "attacking X", "fled X and Y")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "fled Nyala and Zalingei": the first conjunct's role
    head = root.head
    verb = head.head
    if root.dep_ == "pobj":
        word = head.lower_
        if word in lexicon.LOCATIVE_PREPOSITIONS:
            return word
        if word == "to" and verb.lemma_.lower() in lexicon.MOVEMENT_VERBS:
            return word
        if word in {"on", "against"}:
            # "assault on X", also when the parser hangs "on X" off "launched"
            objects = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            if any(t.lemma_.lower() in lexicon.ATTACK_WORDS for t in objects):
                return word
    if root.dep_ == "dobj" and head.lemma_.lower() in lexicon.ATTACK_WORDS | lexicon.MOVEMENT_VERBS:
        return head.lower_
    return None


def apposition_noun(span: Span) -> str | None:
    """The head noun of an apposition right after the name: ", (a|the) [modifiers] NOUN"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for token in doc[span.end + 1 : min(len(doc), span.end + 6)]:
        word = token.lower_
        if token.dep_ in {"compound", "amod", "nmod"} and token.head.i > token.i:
            continue  # "a district official": "district" only modifies the head noun
        if word in lexicon.PERSON_ROLES or word in lexicon.PLACE_NOUNS:
            return word
        if token.is_punct or token.pos_ in {"VERB", "AUX", "PRON", "ADP"}:
            return None
    return None


def apposition_head(span: Span) -> str | None:
    """The head noun of an apposition to the name, by the parse: "Nova Press, a local news agency"."""
    token = apposition_token(span)
    return token.lower_ if token is not None else None


def apposition_token(span: Span) -> Token | None:
    """The head token of an apposition to the name, if any."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None  # an apposition follows a comma
    for token in doc[span.end + 1 : min(len(doc), span.end + 8)]:
        if token.dep_ == "appos" and span.start <= token.head.i < span.end:
            return token
    return None


def media_apposition(span: Span) -> bool:
    """ "Nova Press, a local news agency", "X, a daily": an outlet; "X, a local medical network"
    or "X, the UN refugee agency" is not: a word that names other bodies too is an outlet's only
    with a word of the news before it."""
    head = apposition_token(span)
    if head is None or head.lower_ not in lexicon.MEDIA_CUES:
        return False
    if head.lower_ not in lexicon.AMBIGUOUS_MEDIA_CUES:
        return True
    return any(c.lower_ in lexicon.MEDIA_MODIFIERS for c in head.children if c.dep_ in {"amod", "compound"})


def speaks(span: Span) -> bool:
    """The subject of a verb of saying: "X said", and "the X agency said" (the body it names)."""
    root = span.root
    if root.dep_ == "compound" and root.head.i >= span.end and root.head.dep_ in {"nsubj", "nsubjpass"}:
        root = root.head
    verb = root.head.lemma_.lower()
    return root.dep_ in {"nsubj", "nsubjpass"} and (
        verb in lexicon.SPEECH_VERBS
        or verb in lexicon_claims.REPORTING_VERBS
        or verb in lexicon_claims.DENIAL_VERBS
    )


def told(span: Span) -> bool:
    """ "told Reuters", "told the Sentinel": a one-word name that a source talks to is an outlet
    (people told something are named in full or by title)."""
    root = span.root
    if root.dep_ not in {"dobj", "dative"} or root.head.lemma_.lower() != "tell" or span.label_ == "PERSON":
        return False
    if len(span) > 2 or span.label_ in lexicon.PLACE_LABELS and country(span.text):
        return False
    return not any(c.dep_ in {"compound", "amod"} and c.i < span.start for c in root.children)


def titled_source(span: Span) -> bool:
    """ "according to The Herald": a capitalised "The" inside a sentence belongs to a title, and a
    titled name that is a source is a publication."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "The" or doc[span.start - 1].is_sent_start:
        return False
    root = span.root
    head = root.head
    return (
        (root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")
        or told(span)
        or speaks(span)
    )


def acts(span: Span) -> bool:
    """The name stands for someone acting rather than for a location: the subject of a verb,
    the agent of a passive, the possessor of something other than geography, the modifier of an
    official, a strike or a force ("Norwegian officials", "a Turkish strike"), the object of a verb
    of politics ("accused Belgium"), a party to talks or war ("talks with Venezuela"), the one that
    leads or backs ("Iran-backed")."""
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text in {"-", "–"}
        and doc[span.end + 1].lower_ in lexicon.STATE_PARTICIPLES
    ):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Chile, Peru and the UK insist": the first's role
    dep, head = root.dep_, root.head
    lemma = head.lemma_.lower()
    geography = lexicon.PLACE_NOUNS | lexicon.GEOGRAPHY_NOUNS | lexicon.FACILITY_NOUNS
    if dep == "nsubj":
        return True
    if dep == "nsubjpass":
        return lemma not in lexicon.ATTACK_WORDS | lexicon.MOVEMENT_VERBS | {
            "hit",
            "affect",
            "rock",
            "strike",
        }
    if dep == "pobj":
        if head.dep_ == "agent":
            return True
        if head.lower_ in {"for", "of"} and head.head.lemma_.lower() in lexicon.PERSON_ROLES:
            return True  # "a spokesman for the embassy", "the presidents of Russia and the US"
        return head.lower_ in lexicon.RELATION_PREPOSITIONS and head.head.lower_ not in geography
    if dep == "poss":
        return head.lower_ not in geography
    if dep in {"compound", "amod", "nmod"} and head.i >= span.end:
        return lemma in lexicon.STATE_ACTION_NOUNS or lemma in lexicon.ATTACK_WORDS
    if dep == "dobj":
        return lemma in lexicon.POLITICAL_VERBS
    return False


def alliance_in_arms(span: Span) -> bool:
    """ "NATO bombing raids", "NATO warplanes bombed": an alliance acting as a military force."""
    if span.text.lower() not in ALLIANCES:
        return False
    root = span.root
    head = root.head
    military = lexicon.ATTACK_WORDS | {
        "warplane",
        "jet",
        "aircraft",
        "airstrike",
        "strike",
        "bombing",
    }
    if root.dep_ in {"compound", "amod", "nmod"} and head.i >= span.end:
        return head.lemma_.lower() in military
    return root.dep_ == "nsubj" and head.lemma_.lower() in lexicon.ATTACK_WORDS | {"bomb", "hit", "kill"}


def armed_context(span: Span) -> str | None:
    """What says a name is an armed group, besides a noun after it: "fighters of X", "militants
    from X" (the noun it belongs to), "X claimed responsibility" ("responsibility")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"of", "from"}:
        return head.head.lower_ if head.head.lower_ in lexicon.ARMED_GROUP_NOUNS else None
    claims = root.dep_ == "nsubj" and head.lemma_.lower() in {"claim", "admit"}
    if claims and any(c.dep_ == "dobj" and c.lower_ == "responsibility" for c in head.children):
        return "responsibility"
    return None


def dateline(span: Span) -> bool:
    """ "JUBA (Reuters) -", "QUETTA, Pakistan": a name in capitals opening a line, before the
    outlet in brackets, a comma or a dash: the place the report was filed from."""
    doc = span.doc
    if not span.text.isupper() or span.end >= len(doc) or doc[span.end].text not in {"(", ",", "-", "–", "—"}:
        return False
    return span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space
