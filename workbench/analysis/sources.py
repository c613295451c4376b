"""Sources: who a statement is attributed to.

The source's head word is the reporting verb's subject (or the subject it shares, or an
inverted "said X"). It is identified as an actor named in the text, a pronoun or role noun
that refers back to one, an unnamed source (with the actor it belongs to, when the text
says), the media, or a document. Chains are kept: "CNN, citing two officials, revealed" has
the officials as the source and CNN as ``via``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Claim
from . import cues, docindex, lexicon, lexicon_casualties, lexicon_claims
from .actors import headed_kind

if TYPE_CHECKING:
    from .claim_context import ClaimContext

# "members of", "spokesman for", "officials from", "sources in" a group.
AFFILIATION_PREPOSITIONS = frozenset("of for from with at in within".split())


@dataclass(frozen=True)
class Source:
    """Who a claim is attributed to, as resolved."""

    name: str | None
    type: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    via: str | None = None


def _dateline(token: Token) -> bool:
    """ "BAGHDAD (Reuters) -", "SANA'A, Yemen –": a place in capitals opening a story, not its
    subject."""
    doc = token.doc
    if not (token.is_upper and len(token.text) >= 3):
        return False
    opening = token.i == 0 or "\n" in doc[token.i - 1].text or doc[token.i - 1].is_space
    marks = {"-", "–", "—", "(", ":", ","}
    return opening and any(t.text in marks for t in doc[token.i + 1 : token.i + 5])


def subject(ctx: ClaimContext, verb: Token) -> Token | None:
    """The source's head word: the verb's subject, the subject it shares with the verb it
    hangs off ("..., saying ..."), the inverted subject ("said X"), or, where the parse
    went astray over parentheses, the sentence's first noun phrase."""
    nearest = cues.nearest_subject(verb)
    if nearest is not None:
        return _parsed_subject(ctx, verb, nearest)
    found = _named_after(ctx, verb)
    if found is not None:
        return found
    ancestor = cues.reporting_ancestor(verb)
    if ancestor is not None:
        return subject(ctx, ancestor)  # "X said ..., adding that ...": X
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.tag_ in {"VBG", "VBD"}:
        return verb.head  # "a video showing ...", and the parser's "The envoy called on ..."
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded
    if verb.dep_ in {"conj", "xcomp"} or (verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG"):
        head = verb.head
        if head is not verb and head.pos_ in {"VERB", "AUX"}:
            return _shared_subject(ctx, verb, head)
    return _subject_before_commas(verb)


def _parsed_subject(ctx: ClaimContext, verb: Token, nearest: Token) -> Token | None:
    """The subject the parser found, unless it is a dateline or a quantifier it took for one."""
    capitals = all(w.is_upper or not w.is_alpha for w in verb.doc[nearest.left_edge.i : nearest.i + 1])
    if capitals and _dateline(nearest.left_edge):
        # The parser took the dateline for the subject: the subject is the phrase before the verb.
        chunks = [c for c in docindex.noun_chunks(verb.sent) if nearest.i < c.root.i < verb.i]
        return chunks[-1].root if chunks else None
    if nearest.lower_ in lexicon_claims.QUANTIFIER_WORDS and nearest.i < verb.i:
        # "6,000 fled, most of them towards the city, the UN office said": the parser gave the
        # verb the quantifier for a subject and hung the office on the town.
        named = _post_posed_source(ctx, verb, nearest)
        if named is not None:
            return named
    return nearest


def _named_after(ctx: ClaimContext, verb: Token) -> Token | None:
    """A speaker named after the verb: "declared Fahim Dashti", an inverted "said X"; not
    whom the verb addresses or targets ("telling AFP that", "accused X")."""
    addressed = verb.lemma_.lower() in lexicon_claims.ADDRESSEE_VERBS  # "telling AFP that"
    targets = addressed or verb.lemma_.lower() in lexicon_claims.TARGET_VERBS
    for child in verb.children:
        if (
            child.dep_ in {"oprd", "dobj", "attr"}
            and child.i > verb.i
            and not (targets and child.dep_ == "dobj")
            and (child.i in ctx.entity_at or child.pos_ in {"PROPN", "PRON"})
        ):
            return child  # "declared Fahim Dashti"
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        following is not None
        and following.i in ctx.entity_at
        and not targets
        # "said dozens of people were treated": the reported clause's subject, not an inverted one
        and not any(a.dep_ == "ccomp" and a.head == verb for a in following.ancestors)
    ):
        return ctx.doc[max(ctx.mention_tokens(following))]
    return None


def _shared_subject(ctx: ClaimContext, verb: Token, head: Token) -> Token | None:
    """The subject of the verb this one hangs off: "..., saying ...", "confirmed ... but said
    ...", "appeared to show"."""
    found = subject(ctx, head)
    if found is not None and _joined_to_the_report(verb, head, found):
        # "said none of its units had flown ... and accused X": the parser joined
        # "accused" to the reported clause; its subject is the one who said it.
        above = next((a for a in head.ancestors if cues.is_reporting(a)), None)
        if above is not None:
            return subject(ctx, above)
    return found


def _joined_to_the_report(verb: Token, head: Token, found: Token) -> bool:
    """Whether a reporting verb joined to a reported clause belongs to the one who reported it:
    the clause's subject is a quantifier ("none of its units", "no one"), or the clause is told
    in the past perfect and the verb in the plain past ("told X that no one had been detained and
    called the reports baseless")."""
    if not cues.is_reporting(verb):
        return False
    if found.lower_ in lexicon_claims.QUANTIFIER_WORDS or (
        found.lower_ == "one" and any(c.lower_ == "no" for c in found.children)
    ):
        return True
    backshifted = any(c.lower_ == "had" and c.dep_ in {"aux", "auxpass"} for c in head.children)
    plain = verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return backshifted and plain


def _subject_before_commas(verb: Token) -> Token | None:
    """Over "CNN, citing two officials, who spoke ..., revealed" the parser loses the subject:
    the sentence's first noun phrase, when a comma comes right before the verb."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    chunks = [
        c for c in docindex.noun_chunks(verb.sent) if c.end <= verb.i and c.root.dep_ not in {"pobj", "dobj"}
    ]
    return chunks[0].root if chunks and verb.doc[verb.i - 1].text == "," else None


def _post_posed_source(ctx: ClaimContext, verb: Token, before: Token) -> Token | None:
    """The source phrase that ends right before the verb, after a comma and after ``before``
    (a parenthetical acronym skipped): ", the U.N. Office for ... Affairs (OCHA) said"."""
    doc = verb.doc
    i = verb.i - 1
    if i > 0 and doc[i].text == ")":
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    if i <= before.i:
        return None
    head = doc[i]
    # Up from the last word to the phrase's head: "Affairs" -> "Coordination" -> "Office".
    while head.dep_ in {"pobj", "prep", "compound"} and before.i < head.head.i < head.i:
        head = head.head
    edge = head.left_edge.i
    if head.i <= before.i or edge == 0 or doc[edge - 1].text != "," or not is_source(ctx, head):
        return None
    return head


def _stranded_subject(verb: Token) -> Token | None:
    """ "... the fall of the bridge; insurgents have often claimed ...": a noun right before a
    conjoined verb's auxiliaries that the parser hung elsewhere is that verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ == "VBG":
        return None
    doc = verb.doc
    first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg", "advmod"}])
    noun = doc[first - 1] if first > 1 else None
    if (
        noun is None
        or noun.pos_ not in {"NOUN", "PROPN"}
        or noun.dep_ not in {"conj", "appos", "pobj", "dobj"}
    ):
        return None
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if before is not None and (before.is_punct or before.dep_ == "cc") else None


def source_of(ctx: ClaimContext, verb: Token) -> Source | None:
    found = sources_of(ctx, verb)
    return found[0] if found else None


def sources_of(ctx: ClaimContext, verb: Token) -> list[Source]:
    """Who a reporting verb attributes its statement to: one source, or one per conjoined
    subject ("Kenya and Uganda say ...", "Both the navy and fishermen reported ...")."""
    if cues.passive(verb):
        source = _passive_source(ctx, verb)
        return [source] if source is not None else []
    quoted = _quoted_as_saying(ctx, verb)
    if quoted is not None:
        return [quoted]
    head = subject(ctx, verb)
    if head is None:
        return []
    if head.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        head = verb.head  # "the Observatory, which says it ..."
    if head.lower_ == "it" and head.dep_ == "nsubjpass":
        return [Source(None, "unattributed")]  # "it was reported that ..."
    if verb.lemma_.lower() in lexicon_claims.WEAK_CUES and not is_source(ctx, head):
        return []  # "a drought that underlines the crisis"
    condition = cues.conditional(verb)
    if condition is not None and not _fits_condition(ctx, condition, head):
        return []  # "the army thinks" reports, "the bomb hit" does not; "he saw" only of a witness
    source = identify(ctx, head, phrase(head))
    cited = _cited(verb)
    if cited is not None:
        # "CNN, citing two officials, revealed": the officials speak, CNN relays.
        citing = cited.head
        holder = citing.head if citing.dep_ in {"acl", "advcl"} else None
        if (
            head.i == cited.i
            and holder is not None
            and holder.pos_ in {"NOUN", "PROPN"}
            and holder.i < citing.i
        ):
            # The parser hung "revealed" on the officials: the relay is what "citing" hangs on.
            source = identify(ctx, holder, phrase(holder))
        relay = source.name or source.text
        return [replace(identify(ctx, cited, phrase(cited)), via=relay)]
    outlet = _told_outlet(ctx, verb)
    found = [replace(source, via=outlet) if outlet is not None else source]
    if head.pos_ != "PRON":
        # "Chile, Peru and the EU insist ...": each of them says it.
        for other in head.conjuncts:
            if other.i > head.i and not is_source(ctx, other):
                # "the paramilitary Rapid Support Forces": the parser heads the phrase with its
                # adjective and hangs the name on it.
                other = next((c for c in other.children if c.dep_ == "appos" and is_source(ctx, c)), other)
            if other.i > head.i and is_source(ctx, other):
                found.append(replace(identify(ctx, other, phrase(other)), via=outlet))
    return found


def _quoted_as_saying(ctx: ClaimContext, verb: Token) -> Source | None:
    """ "Interfax cited the military as saying ...": the military speaks, via Interfax; "the
    president was quoted as saying ...": the president."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    citing = verb.head.head
    children = list(citing.children)
    quoted = next((c for c in children if c.dep_ == "dobj"), None)
    relay = next((c for c in children if c.dep_ == "nsubj"), None) if quoted is not None else None
    quoted = quoted or next((c for c in children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if quoted is None:
        return None
    source = identify(ctx, quoted, phrase(quoted))
    if relay is not None:
        outlet = identify(ctx, relay, phrase(relay))
        source = replace(source, via=outlet.name or outlet.text)
    return source


def _fits_condition(ctx: ClaimContext, condition: str, head: Token) -> bool:
    lemma = head.lemma_.lower()
    if condition == "showing":
        return lemma in lexicon_claims.VISUAL_NOUNS or lemma in lexicon_claims.DOCUMENT_NOUNS
    if head.lower_ in {"i", "we", "you", "me", "us"}:
        return False
    if condition == "belief":
        verb = head.head
        negated = any(c.dep_ == "neg" for c in verb.children)
        institution = ctx.kind.get(ctx.actor_at.get(head.i)) in lexicon_claims.GROUP_KINDS
        return is_source(ctx, head) and (negated or institution or lemma in lexicon_claims.EXPERT_NOUNS)
    # Perception: a witness or a reporter, or a pronoun standing for one.
    if lemma in lexicon_claims.WITNESS_NOUNS:
        return True
    if head.pos_ == "PRON":
        earlier = antecedent(ctx, head)
        return earlier is not None and earlier.type == "media"
    return False


def _passive_source(ctx: ClaimContext, verb: Token) -> Source | None:
    """ "have been accused by rights groups": the agent; "X was quoted as saying": X; "is said
    to", "were reported", "it was reported that": nobody named (unattributed)."""
    agent = next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None
    )
    if agent is not None:
        return identify(ctx, agent, phrase(agent))
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.lemma_.lower() in lexicon_claims.CITING_VERBS and subject is not None:
        return identify(ctx, subject, phrase(subject))  # "the president was quoted as saying"
    if cues.hearsay(verb) or any(
        c.dep_ in {"ccomp", "xcomp", "oprd"} or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    ):
        return Source(None, "unattributed")  # "it was reported that", "was praised as brave"
    return None


def is_source(ctx: ClaimContext, head: Token) -> bool:
    """A word that can name who speaks: an actor, a person, a group, a pronoun, an official or
    a document; not an event or a thing."""
    if head.i in ctx.actor_at or head.pos_ in {"PROPN", "PRON"}:
        return True
    lemma = head.lemma_.lower()
    return (
        noun_class(head) is not None
        or lemma in lexicon_claims.GROUP_NOUNS
        or lemma in lexicon.PERSON_ROLES
        or head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
    )


def _cited(verb: Token) -> Token | None:
    """The object of "citing"/"quoting" between a subject and its reporting verb."""
    sent = verb.sent
    for token in sent:
        if token.i >= verb.i:
            break
        if token.lemma_.lower() in lexicon_claims.CITING_VERBS and token.tag_ == "VBG":
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


def _told_outlet(ctx: ClaimContext, verb: Token) -> str | None:
    """ "X told Reuters": the outlet the statement went through."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and child.i in ctx.actor_at:
            name = ctx.actor_at[child.i]
            if ctx.kind.get(name) == "media":
                return name
    return None


def phrase(head: Token) -> list[Token]:
    """The words naming a source: its noun phrase up to the head, plus "of/for/from X" and
    a clause saying it is unnamed; not a trailing place ("residents in the area")."""
    doc = head.doc
    left = min((t.i for t in head.subtree if t.i <= head.i), default=head.i)
    end = head.i + 1
    for child in head.rights:
        text = " ".join(t.lower_ for t in child.subtree)
        if child.is_punct:
            continue
        if child.dep_ in {"compound", "flat"}:
            end = max(end, child.i + 1)
        elif child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            at_institution = (
                child.lower_ == "at"
                and pobj is not None
                and pobj.lemma_.lower() in lexicon.INSTITUTION_FACILITIES
            )
            if pobj is not None and (is_group(pobj) or at_institution):  # "a nurse at the district hospital"
                end = max(end, max(t.i for t in child.subtree) + 1)
        elif child.dep_ in {"relcl", "acl", "appos"} and any(
            m in text for m in lexicon_claims.ANONYMITY_MARKERS + lexicon_claims.ALIAS_MARKERS
        ):
            end = max(end, max(t.i for t in child.subtree) + 1)
        else:
            break
    return list(doc[left:end])


def is_group(token: Token) -> bool:
    return token.ent_type_ in {"ORG", "NORP", "GPE"} or token.lemma_.lower() in lexicon_claims.GROUP_NOUNS


def noun_class(head: Token) -> str | None:
    lemma = head.lower_ if head.lower_ == "media" else head.lemma_.lower()  # not "medium"
    modifiers = {c.lemma_.lower() for c in head.children if c.dep_ in {"compound", "amod"}}
    if lemma in lexicon_claims.MEDIA_NOUNS or (
        lemma in lexicon_claims.MEDIA_IF_NEWS and modifiers & lexicon_claims.NEWS_WORDS
    ):
        return "media"
    if lemma in lexicon_claims.DOCUMENT_NOUNS and modifiers & lexicon_claims.MEDIA_NOUNS:
        return "media"  # "local media reports"
    if lemma in lexicon_claims.DOCUMENT_NOUNS:
        return "document"
    if lemma in lexicon_claims.ANONYMOUS_NOUNS or head.lower_ in {"locals", "residents", "sources"}:
        return "anonymous"
    return None


def _person_after_of(ctx: ClaimContext, role: Token) -> Token | None:
    """ "The president of the local council, Jean-Claude Bahati, said": the parser hangs the
    name on the council; a person's name there is the role's holder."""
    for prep in (c for c in role.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for name in (c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                kind = ctx.kind.get(ctx.actor_at[name.i]) if name.i in ctx.actor_at else None
                if kind == "person" or (kind is None and name.ent_type_ == "PERSON"):
                    return name
    return None


@dataclass(frozen=True)
class _Naming:
    """A source's head word with the words that name it, and where those words stand."""

    head: Token
    tokens: list[Token]
    text: str
    start: int
    end: int

    @property
    def lemma(self) -> str:
        return self.head.lemma_.lower()

    @property
    def anonymous_marked(self) -> bool:
        """ "who spoke on condition of anonymity", "who asked not to be named"."""
        return any(m in self.text.lower() for m in lexicon_claims.ANONYMITY_MARKERS)

    def source(self, name: str | None, type: str) -> Source:
        return Source(name, type, text=self.text, start=self.start, end=self.end)

    def located(self, found: Source, **changes: str | None) -> Source:
        """A source found elsewhere, as these words name it."""
        return replace(found, text=self.text, start=self.start, end=self.end, **changes)


def _naming(ctx: ClaimContext, head: Token, words_of: list[Token]) -> _Naming:
    """The words naming the source: the phrase, and the whole name where the head is part of one
    ("Yahya Saree", not "Saree")."""
    mention = ctx.entity_at.get(head.i)
    if mention is not None:
        covered = docindex.tokens_starting_in(ctx.doc, mention.start, mention.end)
        words_of = sorted({*words_of, *covered}, key=lambda t: t.i)
    start, end = words_of[0].idx, words_of[-1].idx + len(words_of[-1])
    return _Naming(head, words_of, ctx.text[start:end], start, end)


# A rule of ``identify``: the source these words name, or None when the rule does not decide.
_Rule = Callable[["ClaimContext", _Naming], "Source | None"]


def _voice(ctx: ClaimContext, name: str) -> str:
    """The type of a source speaking as an actor: an outlet is the media, any other is named."""
    return "media" if ctx.kind.get(name) == "media" else "named"


def identify(ctx: ClaimContext, head: Token, words_of: list[Token]) -> Source:
    """Name and type of the source whose head word is ``head``: the first of the rules in
    ``_IDENTIFY_RULES`` that decides, else the words themselves as a group's name."""
    naming = _naming(ctx, head, words_of)
    found = _first(_IDENTIFY_RULES, ctx, naming)
    return found if found is not None else naming.source(group_name(naming.tokens, head), "named")


def _first(rules: Iterable[_Rule], ctx: ClaimContext, naming: _Naming) -> Source | None:
    """The source found by the first rule that decides."""
    return next((s for rule in rules if (s := rule(ctx, naming)) is not None), None)


def _appositive_name(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "The governor, Abdul Karim Wardak, said", "the rights group Amnesty International": the
    name set beside the description."""
    head = n.head
    a_role = n.lemma in lexicon.PERSON_ROLES
    named = next(
        (c for c in head.children if c.dep_ == "appos" and (c.i in ctx.actor_at or c.pos_ == "PROPN")), None
    )
    if named is None and a_role:
        named = _person_after_of(ctx, head)
    if not (
        named is not None
        # "the monitoring group Syrian Observatory ...": the name, even where the description
        # became an actor of its own
        and (head.i not in ctx.actor_at or (head.is_lower and named.i in ctx.actor_at))
        and (
            a_role  # "The governor, Abdul Karim Wardak, said", "navy officer Tomas Ruiz said"
            or named.i in ctx.actor_at
            # "the conflict monitor ACLED", "the rights group Amnesty International"
            or ((is_group(head) or noun_class(head) is not None) and definite(head))
        )
    ):
        return None
    if named.i in ctx.actor_at:
        return identify(ctx, named, phrase(named))
    name = [t for t in named.subtree if t.pos_ == "PROPN" and t.i <= named.i]
    return n.source(ctx.text[name[0].idx : named.idx + len(named)], "named")


def _unnamed_group(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "a local resistance group said": an unnamed group, perhaps of a named actor ("a Houthi
    group")."""
    head = n.head
    if not (is_group(head) and head.ent_type_ == "" and head.i not in ctx.actor_at and indefinite(head)):
        return None
    own = ctx.mention_tokens(head) | {head.i}
    return n.source(ctx.actor_in(t for t in n.tokens if t.i not in own), "anonymous")


def _possessing_body(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "the group's media office", "the ministry's press service": the body it belongs to."""
    head = n.head
    if not (head.is_lower and is_group(head)):
        return None
    possessors = [c for c in head.children if c.dep_ == "poss"]
    owner = ctx.actor_in(t for c in possessors for t in c.subtree)
    if owner is None and any(c.lemma_.lower() == "group" and definite(c) for c in possessors):
        owner = _last_actor_of_kind(ctx, head.idx, "armed_group", "organization")  # "the group's"
    if owner is not None and ctx.kind.get(owner) in lexicon_claims.GROUP_KINDS:
        return n.source(owner, _voice(ctx, owner))
    return None


def _reintroduced_person(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "the 52-year-old farmer said", "the mother of four said": the person just named."""
    if not _reintroduced(n.head, n.text):
        return None
    earlier = last_person(ctx, n.head.idx, _unlike(n.lemma))
    return n.located(earlier, via=None) if earlier is not None else None


def _named_actor(ctx: ClaimContext, n: _Naming) -> Source | None:
    """An actor of the story, unless a common noun for an unnamed source ("officials")."""
    head = n.head
    if head.i in ctx.actor_at and (n.lemma not in lexicon_claims.ANONYMOUS_NOUNS or head.text[:1].isupper()):
        return n.source(ctx.actor_at[head.i], _voice(ctx, ctx.actor_at[head.i]))
    return None


def _pronoun(ctx: ClaimContext, n: _Naming) -> Source | None:
    """A pronoun stands for whom it refers back to; failing that, for nobody named."""
    if n.head.pos_ != "PRON":
        return None
    earlier = antecedent(ctx, n.head)
    if earlier is not None:
        return n.located(earlier, via=None)
    role = _role_in_quote(ctx, n.head)
    if role is not None:
        return n.source(role, "named")  # “I spoke to the garrison commander and he told me”
    return n.source(None, "unattributed")


def _owning_actor(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "the rebel-run rescue service said"; "the official SUNA news agency reported": the
    actor whose body or outlet speaks."""
    head = n.head
    owner = ctx.actor_in(t for t in n.tokens if t.i != head.i)
    owned = any(c.dep_ == "poss" for c in head.children)  # "the group's media office"
    if owner is not None and (is_group(head) or _command_body(head)) and (definite(head) or owned):
        return n.source(owner, _voice(ctx, owner))
    return None


def _alias(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "a commander of the faction, who uses the alias Mordisco": the person the alias names."""
    alias = next(
        (
            ctx.actor_at[t.i]
            for t in n.tokens
            if t.i != n.head.i and ctx.kind.get(ctx.actor_at.get(t.i)) == "person"
        ),
        None,
    )
    return n.source(alias, "named") if alias is not None and not n.anonymous_marked else None


def _untagged_name(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "Physicians Across Frontiers said": a name the model missed."""
    name = _capitalised_name(n.head) if n.head.i not in ctx.actor_at else None
    return n.source(name, "named") if name is not None and not n.anonymous_marked else None


def _outlet_witness(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "an AFP photographer", "a Reuters witness": the outlet."""
    if n.lemma not in lexicon_claims.WITNESS_NOUNS:
        return None
    outlet = ctx.actor_in(n.tokens)
    return n.source(outlet, "media") if outlet is not None and ctx.kind.get(outlet) == "media" else None


def _media(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "Saudi-owned Al Arabiya television": the outlet named, else the last one named."""
    if noun_class(n.head) != "media":
        return None
    named = ctx.actor_in(n.tokens)
    return n.source(named or _last_actor_of_kind(ctx, n.head.idx, "media"), "media")


def _document(ctx: ClaimContext, n: _Naming) -> Source | None:
    """A statement, a report or a video: its issuer when named, else the document itself."""
    head = n.head
    if noun_class(head) != "document":
        return None
    owner = ctx.actor_in(t for t in n.tokens if t.i != head.i) or _issued_by(ctx, head)
    if owner is not None and n.lemma not in lexicon_claims.VISUAL_NOUNS:
        # "a statement from the ministry", "a report from the foreign ministry": the
        # issuer speaks; a video stays a document whoever posted it.
        return n.source(owner, _voice(ctx, owner))
    if owner is not None:
        return n.source(owner, "document")
    if (
        head.tag_ == "NNS"
        and n.lemma in lexicon_claims.BARE_REPORT_NOUNS
        and not any(c.dep_ in {"det", "poss"} for c in head.children)
    ):
        return n.source(None, "unattributed")  # "according to reports"
    if definite(head):
        # "the statement reads", "according to the report": the one already cited.
        earlier = _earlier_document(ctx, head)
        if earlier is not None:
            return n.located(earlier)
    return n.source(None, "document")


def _issued_by(ctx: ClaimContext, head: Token) -> str | None:
    """ "a statement circulated by X", "a post shared by the account of X": the actor named as
    the agent of the verb that put the document out."""
    for verb in head.children:
        if verb.dep_ not in {"acl", "relcl"} or verb.lemma_.lower() not in lexicon_claims.ISSUE_VERBS:
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            found = ctx.actor_in(t for p in agent.children if p.dep_ == "pobj" for t in p.subtree)
            if found is not None:
                return found
    return None


def _anonymous(ctx: ClaimContext, n: _Naming) -> Source | None:
    """An unnamed source ("officials", "a source, who spoke on condition of anonymity"): one
    named before, when the words say so, else unnamed with the group it belongs to."""
    if noun_class(n.head) != "anonymous" and not n.anonymous_marked:
        return None
    if not n.anonymous_marked:
        found = _first((_role_holder, _earlier_same_noun, _story_group), ctx, n)
        if found is not None:
            return found
    elif definite(n.head) and not _affiliation(ctx, n):
        # "The source, who asked not to be named, said": the source met before, still unnamed.
        found = _earlier_same_noun(ctx, n)
        if found is not None:
            return found
    return n.source(_affiliation(ctx, n), "anonymous")


def _role_holder(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "the spokesman said": the person introduced with that role."""
    head = n.head
    if n.lemma in lexicon.PERSON_ROLES and head.i > 0 and ctx.doc[head.i - 1].lower_ == "the":
        named = _person_with_role(ctx, head)
        if named is not None:
            return n.source(named, "named")
    return None


def _earlier_same_noun(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "the source said", "the official added": the source introduced with that noun."""
    earlier = _earlier_source(ctx, n.head) if definite(n.head) else None
    return n.located(earlier, via=None) if earlier is not None else None


def _short_name(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "The observatory said", "the committee added": the body named in full before, the last
    word of whose name this is."""
    head = n.head
    if head.tag_ != "NN" or not definite(head) or len(n.tokens) > 2:
        return None
    name = ctx.actor_for_noun(head.lower_)
    if name is None or ctx.kind.get(name) in {"person", "place"}:
        return None
    return n.source(name, _voice(ctx, name))


def _story_group(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "rebels said": the rebels of the story."""
    group = ctx.actor_for_noun(n.head.lower_) if _the_group_itself(n.head) else None
    return n.source(group, "named") if group is not None else None


def _affiliation(ctx: ClaimContext, n: _Naming) -> str | None:
    """ "sources in the Yemeni government": the group; "two US defense officials": the country;
    "a police source", "rebel officials": the story's police, its rebels. Not the words of "who
    spoke on condition of anonymity because the army ..."."""
    head = n.head
    clause = {t.i for w in n.tokens if w.dep_ in {"relcl", "acl"} and w.i != head.i for t in w.subtree}
    own = [t for t in n.tokens if t.i != head.i and t.i not in clause]
    return (
        _institution_at(ctx, head, own)
        or _group_in(own, head)
        # "a Fano commander in Gojjam": the group, not the place it is in
        or ctx.actor_in(t for t in own if ctx.kind.get(ctx.actor_at.get(t.i)) != "place")
        or _modifier_actor(ctx, head)
    )


def _modifier_actor(ctx: ClaimContext, head: Token) -> str | None:
    """ "a police source", "rebel officials": the story's actor a modifying noun stands for."""
    return next(
        (
            found
            for c in head.children
            if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ not in lexicon.UNAFFILIATED_MODIFIERS
            for found in [ctx.actor_for_noun(c.lower_)]
            if found is not None
        ),
        None,
    )


def _recent_group(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "the ministry said", after "Azerbaijan's defence ministry": the actor named so before."""
    head = n.head
    if not (is_group(head) and head.i not in ctx.actor_at and definite(head)):
        return None
    recent = _recent_actor_ending(ctx, head)
    return n.source(recent, "named") if recent is not None else None


def _group(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "the al-Qaeda-linked JNIM group": the actor named in it, else the group's own words."""
    if not is_group(n.head):
        return None
    return n.source(ctx.actor_in(n.tokens) or group_name(n.tokens, n.head), "named")


def _unnamed_person(ctx: ClaimContext, n: _Naming) -> Source | None:
    """ "a trader who escaped": nobody named; "a nurse at X hospital": X's, unnamed."""
    head = n.head
    if not (head.pos_ == "NOUN" and indefinite(head) and n.lemma in lexicon_casualties.PERSON_NOUNS):
        return None
    return n.source(_employer(ctx, n), "anonymous")


def _employer(ctx: ClaimContext, n: _Naming) -> str | None:
    """The body an unnamed person speaks for, named after "with", "at", "for": not a place they
    are merely in ("a trader in Djibo" speaks for himself; "a nurse at X hospital" for it)."""
    head = n.head
    attached = [
        t
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in lexicon_claims.AFFILIATION_PREPOSITIONS
        for t in c.subtree
    ]
    owner = ctx.actor_in(t for t in [*n.tokens, *attached] if t.i != head.i)
    at = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "at" for t in c.subtree]
    if ctx.kind.get(owner) == "place" and ctx.actor_in(at) != owner:
        owner = None
    names = [
        t
        for t in attached
        if t.pos_ == "PROPN" and t.i not in ctx.actor_at and t.ent_type_ not in {"GPE", "LOC", "FAC"}
    ]
    if owner is None and names and all(b.i == a.i + 1 for a, b in zip(names, names[1:], strict=False)):
        # a body the model did not tag: "a volunteer with the local Response Room"
        owner = ctx.text[names[0].idx : names[-1].idx + len(names[-1])]
    return owner


# The rules ``identify`` tries in order; the first that returns a source decides.
_IDENTIFY_RULES = (
    _appositive_name,
    _unnamed_group,
    _possessing_body,
    _reintroduced_person,
    _named_actor,
    _pronoun,
    _owning_actor,
    _alias,
    _untagged_name,
    _outlet_witness,
    _media,
    _document,
    _anonymous,
    _short_name,
    _recent_group,
    _group,
    _unnamed_person,
)


def _reintroduced(head: Token, words: str) -> bool:
    """A definite description of one person by age or family ("the 52-year-old farmer", "the
    47-year-old", "the father of three"): how news copy names again someone it has named."""
    if head.tag_ in {"NNS", "NNPS"} or head.pos_ not in {"NOUN", "ADJ"} or not definite(head):
        return False
    if lexicon_claims.AGE_DESCRIPTION.search(words):
        return True
    return head.lemma_.lower() in lexicon_claims.PARENT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in head.children
    )


def _unlike(lemma: str) -> str:
    """The gender a description rules out: a mother is no "male" speaker; "" when it says none."""
    if lemma in lexicon_claims.FEMALE_WORDS:
        return "male"
    return "female" if lemma in lexicon_claims.MALE_WORDS else ""


def _command_body(head: Token) -> bool:
    """A force's command speaking through its own body: "the army general staff", "the joint staff"."""
    return head.lemma_.lower() == "staff" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in lexicon_claims.COMMAND_STAFF_WORDS
        for c in head.children
    )


def indefinite(head: Token) -> bool:
    """ "a local resistance group", "local human rights groups", a headline's bare
    "resistance group says"."""
    dets = [c for c in head.children if c.dep_ in {"det", "poss"}]
    if not dets:
        return head.text.islower()
    return any(c.lower_ in {"a", "an", "some", "another", "several", "many"} for c in dets)


def _capitalised_name(head: Token) -> str | None:
    """A name the model did not tag, written in capitals around the head word ("Physicians
    Across Frontiers", "Friends of the Delta"): two words or more, not merely a sentence's first word."""
    doc = head.doc
    if not head.text[:1].isupper() or head.pos_ == "PRON":
        return None
    start = end = head.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 1
    if end == start or doc[start].is_sent_start and end - start < 2:
        return None
    return docindex.text(doc)[doc[start].idx : doc[end].idx + len(doc[end])]


def _the_group_itself(head: Token) -> bool:
    """ "rebels said", "the militants said": an armed side speaking as a whole, not "two rebels"
    or "a militant"."""
    return (
        head.tag_ in {"NNS", "NNPS"}
        and head.lower_ in lexicon.ARMED_GROUP_NOUNS | lexicon.FORCE_NOUNS
        and not any(
            c.dep_ in {"nummod", "quantmod"} or c.lower_ in {"some", "several", "many", "two"}
            for c in head.children
        )
    )


def _institution_at(ctx: ClaimContext, head: Token, own: list[Token]) -> str | None:
    """ "a doctor at the Regional Hospital", "a nurse at the district hospital": the institution
    the person works at (a hospital speaks through its staff), named or not."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "at"):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c in own):
            if place.lemma_.lower() in lexicon.INSTITUTION_FACILITIES:
                named = ctx.actor_in(t for t in place.subtree if t in own)
                if named is not None and ctx.kind.get(named) != "place":
                    return named  # "the Kessa Regional Hospital"
                return group_name(phrase(place), place)  # "the Tarsa district hospital", not Tarsa
    return None


def _group_in(words_of: list[Token], head: Token) -> str | None:
    """An unnamed-but-identified group in a source phrase: "members of the resistance front"."""
    for token in words_of:
        if (
            token.i != head.i
            and token.dep_ == "pobj"
            and is_group(token)
            and token.ent_type_ not in {"GPE", "LOC", "FAC"}
            and token.head.lower_ not in {"in", "near", "at"}  # "an officer in Kabul": a place
        ):
            return group_name(phrase(token), token)
    return None


def group_name(words_of: list[Token], head: Token) -> str:
    """The group's words as written, without a leading determiner: "resistance front",
    "Azerbaijan's defence ministry"."""
    words = [t for t in words_of if t.i <= head.i]
    possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if possessor is not None and words and possessor.i <= words[0].i:
        words = list(head.doc[possessor.left_edge.i : head.i + 1])
    while words and words[0].lower_ in lexicon.DETERMINERS:
        words.pop(0)
    if not words:
        return head.text
    return docindex.text(head.doc)[words[0].idx : head.idx + len(head)]


def definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)


def _recent_actor_ending(ctx: ClaimContext, head: Token) -> str | None:
    """The actor most recently mentioned under a name ending in ``head``'s word."""
    found = None
    for mention in ctx.mentions:
        if mention.start >= head.idx:
            break
        name = ctx.actor_of.get(mention)
        words = mention.text.lower().split()
        if name is not None and len(words) > 1 and words[-1] == head.lower_:
            found = name
    return found


def _last_actor_of_kind(ctx: ClaimContext, before: int, *kinds: str) -> str | None:
    """The actor of one of those kinds named last before ``before``, within the look-back."""
    for mention in reversed(ctx.mentions_between(before - LOOK_BACK, before)):
        name = ctx.actor_of.get(mention)
        if name is not None and ctx.kind.get(name) in kinds:
            return name
    return None


def _person_with_role(ctx: ClaimContext, head: Token) -> str | None:
    """ "the spokesman said": the last person introduced with that role."""
    found = None
    for mention in ctx.mentions:
        if mention.start >= head.idx:
            break
        if mention.role == head.lower_ and mention in ctx.actor_of:
            found = ctx.actor_of[mention]
    return found


# How far back a pronoun or a definite source looks for what it stands for, in characters: a
# few paragraphs, as news copy names its speaker again when it has been longer.
LOOK_BACK = 5_000


def antecedent(ctx: ClaimContext, pronoun: Token) -> Source | None:
    """ "he said" -> the last single person who spoke, unless a person named since then acts in
    the text; "they said", "it said" -> the last group that spoke or acted."""
    word = pronoun.lower_
    before = pronoun.idx
    if word in lexicon_claims.PERSONAL_PRONOUNS:
        return last_person(ctx, before, "male" if word in lexicon_claims.FEMALE_WORDS else "female")
    claims = ctx.claims_before(before, LOOK_BACK)
    mentions = ctx.mentions_between(before - LOOK_BACK, before)
    if word in lexicon_claims.GROUP_PRONOUNS:
        plural = word != "it"
        spoke = [
            (c.speaker_start, Source(c.speaker, c.speaker_type))
            for c in claims
            if c.speaker_start is not None and c.speaker_start < before and _group_source(ctx, c, plural)
        ]
        spoke.sort(key=lambda s: s[0])
        acting = [
            (
                m.start,
                Source(ctx.actor_of[m], "media" if ctx.kind.get(ctx.actor_of[m]) == "media" else "named"),
            )
            for m in mentions
            if m.agent
            and ctx.kind.get(ctx.actor_of.get(m)) in lexicon_claims.GROUP_KINDS
            # a group acting inside someone's statement is not who "it" refers to
            and not any(c.start <= m.start < c.end for c in claims)
        ]
        candidates = spoke[-1:] + acting[-1:]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None
    return None


def last_person(ctx: ClaimContext, before: int, other: str) -> Source | None:
    """The single person a "he", "she" or a description ("the 52-year-old farmer") before
    ``before`` stands for: the last one who spoke, unless a person named since then acts in the
    text; never one of gender ``other`` ("female", "male", or "" for no such limit)."""
    claims = ctx.claims_before(before, LOOK_BACK)
    mentions = ctx.mentions_between(before - LOOK_BACK, before)
    # Inside a quote, "he" is someone the quoted speaker talks about, not the speaker.
    quoting = {c.speaker for c in claims if c.quote and c.start <= before < c.end}
    spoke = [
        (c.speaker_start, Source(c.speaker, c.speaker_type))
        for c in claims
        if c.speaker_start is not None
        and c.speaker_start < before
        and _singular_person(ctx, c)
        and _gender(ctx, c.speaker) != other
        and c.speaker not in quoting
    ]
    spoke.sort(key=lambda s: s[0])
    people = [
        m
        for m in mentions
        if m.label == "PERSON"
        and not m.credited  # the byline's reporter is no one the story quotes
        and m in ctx.actor_of
        and _gender(ctx, ctx.actor_of[m]) != other
        and ctx.actor_of[m] not in quoting
    ]
    # A person the reporter introduces after the last speaker ("I met Jawad at the camp. He
    # ...") takes over; one named inside someone's statement does not.
    narrated = [
        (m.start, Source(ctx.actor_of[m], "named"))
        for m in people
        if not any(
            min(c.start, c.cue_start) <= m.start < max(c.end, c.cue_end, c.speaker_end or 0) for c in claims
        )
    ]
    if spoke and narrated and narrated[-1][0] > spoke[-1][0]:
        return narrated[-1][1]
    if spoke:
        return spoke[-1][1]
    return Source(ctx.actor_of[people[-1]], "named") if people else None


def _role_in_quote(ctx: ClaimContext, pronoun: Token) -> str | None:
    """Inside a quote, the person a "he" or "she" stands for may be one the quoted speaker has
    just named by role ("the garrison commander in the north"): that role's words."""
    if pronoun.lower_ not in lexicon_claims.PERSONAL_PRONOUNS:
        return None
    quote = next(
        (c for c in ctx.claims_before(pronoun.idx, LOOK_BACK) if c.quote and c.start <= pronoun.idx < c.end),
        None,
    )
    if quote is None:
        return None
    roles = [
        t
        for t in docindex.tokens_starting_in(ctx.doc, quote.start, pronoun.idx)
        if t.lemma_.lower() in lexicon.PERSON_ROLES and t.pos_ in {"NOUN", "PROPN"}
    ]
    if not roles:
        return None
    return group_name(phrase(roles[-1]), roles[-1])


def _gender(ctx: ClaimContext, name: str | None) -> str | None:
    """ "female", "male" or None, from the words next to the person's mentions ("his wife Leila",
    "Mr. Osei", "Tamer, a father of three") and the pronouns their claims were made with."""
    if name is None:
        return None
    votes = dict(_named_gender(ctx).get(name, {"female": 0, "male": 0}))
    # The pronouns the person's statements were made with, counted as claims are added.
    for claim in ctx.claims[ctx.pronouns_counted :]:
        if claim.speaker is not None and claim.speaker_text:
            said = ctx.pronoun_votes.setdefault(claim.speaker, {"female": 0, "male": 0})
            word = claim.speaker_text.lower()
            said["female"] += word in {"she", "her"}
            said["male"] += word in {"he", "him"}
    ctx.pronouns_counted = len(ctx.claims)
    said = ctx.pronoun_votes.get(name, {"female": 0, "male": 0})
    votes = {key: votes[key] + said[key] for key in votes}
    if votes["female"] == votes["male"]:
        return None
    return "female" if votes["female"] > votes["male"] else "male"


def _named_gender(ctx: ClaimContext) -> dict[str, dict[str, int]]:
    """Per person, the gendered words next to their mentions; counted once per document."""
    if ctx.genders is None:
        ctx.genders = {}
        lowers = docindex.index(ctx.doc).lowers
        female = lexicon_claims.FEMALE_WORDS - {"her", "she"}
        male = lexicon_claims.MALE_WORDS - {"his", "he", "him"}
        for mention in ctx.mentions:
            name = ctx.actor_of.get(mention)
            if name is None or mention.label != "PERSON":
                continue
            first = docindex.token_ending_after(ctx.doc, mention.start).i
            last = docindex.token_ending_after(ctx.doc, mention.end - 1).i
            before = [w.rstrip(".") for w in lowers[max(0, first - 2) : first]]  # "his wife NAME"
            after = [w.rstrip(".") for w in lowers[last + 1 : last + 7]]
            votes = ctx.genders.setdefault(name, {"female": 0, "male": 0})
            votes["female"] += sum(w in female for w in before)
            votes["male"] += sum(w in male for w in before)
            owned = False
            for word, following in zip(after, after[1:] + [""], strict=True):
                if owned:  # "NAME lost her son": the son's gender is not hers
                    owned = False
                    continue
                if word in {"her", "his"} and (following in female or following in male):
                    votes["female" if word == "her" else "male"] += 1
                    owned = True
                    continue
                votes["female"] += word in female
                votes["male"] += word in male
    return ctx.genders


def _group_source(ctx: ClaimContext, claim: Claim, plural: bool) -> bool:
    """A claim whose source a group pronoun can stand for: a group, an outlet, a document, or
    (for "they") unnamed people ("residents said ... they added")."""
    if claim.speaker is not None and ctx.kind.get(claim.speaker) in lexicon_claims.GROUP_KINDS:
        return True
    # A body named by its institution's words, with no actor of its own: "the police headquarters".
    if (
        claim.speaker is not None
        and claim.speaker not in ctx.kind
        and claim.speaker_type == "named"
        and headed_kind(claim.speaker.lower().split()) in lexicon_claims.GROUP_KINDS
    ):
        return True
    if claim.speaker_type in {"media", "document"}:
        return True
    if plural and claim.speaker_type in {"anonymous", "named"}:
        # "residents said ... they added", "the militants said ... they added"
        span = docindex.char_span(ctx.doc, claim.speaker_start, claim.speaker_end)
        return span is not None and span.root.tag_ in {"NNS", "NNPS"}
    return False


def _earlier_document(ctx: ClaimContext, head: Token) -> Source | None:
    """The source of the last claim made through a document of the same kind: "... said in a
    statement. The statement reads: ...", "according to a report from X ... The report said"."""
    lemma = head.lemma_.lower()
    lemmas = docindex.index(ctx.doc).lemmas
    for claim in reversed(ctx.claims_before(head.idx, LOOK_BACK)):
        if claim.cue_start >= head.idx:
            continue
        sent = docindex.token_ending_after(ctx.doc, claim.cue_start).sent
        if lemma in lemmas[sent.start : sent.end] and claim.speaker_type != "unattributed":
            return Source(claim.speaker, claim.speaker_type, via=claim.via)
    return _document_issuer(ctx, head)


def _document_issuer(ctx: ClaimContext, head: Token) -> Source | None:
    """ "a statement signed by the spokesman ... The statement said": the issuer named where the
    document was first mentioned ("issued by X", "from X", "X's statement")."""
    doc, lemma = ctx.doc, head.lemma_.lower()
    if lemma in lexicon_claims.VISUAL_NOUNS:
        return None  # a video stays a document whoever posted it
    lemmas = docindex.index(doc).lemmas
    written = lexicon_claims.DOCUMENT_NOUNS - lexicon_claims.VISUAL_NOUNS
    first = docindex.token_ending_after(doc, max(0, head.idx - LOOK_BACK)).i
    for i in range(head.i - 1, first - 1, -1):
        # the same document, or another word for it ("a communique ... the text said")
        if lemmas[i] != lemma and not (lemma in written and lemmas[i] in written):
            continue
        earlier = doc[i]
        owners = [c for c in earlier.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if earlier.dep_ == "pobj" and earlier.head.lower_ == "in" and cues.is_reporting(earlier.head.head):
            # "In a communique posted online, the group denied ...": the one who spoke in it
            owners += [c for c in earlier.head.head.children if c.dep_ == "nsubj"]
        if earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in lexicon_claims.ISSUE_VERBS:
            owners += [c for c in earlier.head.children if c.dep_ == "nsubj"]  # "X issued a statement"
        for child in earlier.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                owners += [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "acl":  # "a statement signed by the spokesman"
                agents = [a for a in child.children if a.dep_ == "agent"]
                owners += [g for agent in agents for g in agent.children if g.dep_ == "pobj"]
        for owner in owners:
            found = identify(ctx, owner, phrase(owner))
            if found.name is not None:  # every owner above stands where a source stands
                return replace(found, text=None, start=None, end=None)
    return None


def _earlier_source(ctx: ClaimContext, head: Token) -> Source | None:
    """ "the source said", "the official added": the last source introduced with that noun."""
    lemma = head.lemma_.lower()
    for claim in reversed(ctx.claims_before(head.idx, LOOK_BACK)):
        if claim.speaker_start is None or claim.speaker_start >= head.idx or claim.speaker_text is None:
            continue
        span = docindex.char_span(ctx.doc, claim.speaker_start, claim.speaker_end)
        if span is not None and span.root.i != head.i and span.root.lemma_.lower() == lemma:
            return Source(claim.speaker, claim.speaker_type, via=claim.via)
    return None


def _singular_person(ctx: ClaimContext, claim: Claim) -> bool:
    if claim.speaker_type == "named":
        return ctx.kind.get(claim.speaker) == "person"
    if claim.speaker_type == "media" and claim.speaker_start is not None:
        # "An AFP photographer reported ... he heard ...": the outlet's witness.
        span = docindex.char_span(ctx.doc, claim.speaker_start, claim.speaker_end)
        return span is not None and span.root.lemma_.lower() in lexicon_claims.WITNESS_NOUNS
    if claim.speaker_type != "anonymous":
        return False
    span = docindex.char_span(ctx.doc, claim.speaker_start, claim.speaker_end)
    return (
        span is not None
        and span.root.tag_ == "NN"
        and span.root.lemma_.lower() in lexicon_claims.ANONYMOUS_NOUNS
    )
