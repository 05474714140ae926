"""Uses of cue words that report nothing: "pledged delegates", "adding to her lead", "showed up", "a talk show"."""

from __future__ import annotations

import re

_ADD_FORMS = frozenset("add adds added adding".split())

# Cue forms that say nothing when these words follow them.
_NOT_SAYING_AFTER = {
    "showed": (" up ", " up.", " up,", " off "),
    "shows": (" up ", " up.", " up,", " off "),
    "show": (" up ", " up.", " up,", " off "),
    "found": (" itself", " himself", " herself", " themselves", " ways", " time"),
    "reported": (" from ",),  # "Ana Ruiz reported from Oslo": a byline
}

_SHOW_FORMS = frozenset("show shows".split())
# Words that make "show" the noun ("a talk show", "the hit TV show").
_SHOW_KIND = re.compile(r"\b(?:talk|TV|reality|radio|awards?|game|morning|news|cooking|hit|comedy|television|cable|"
                        r"trade|road|late-night|variety)\s+$")
_THAT_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?that\s")


def says_nothing(text: str, verb: str, cs: int, ce: int, lo: int) -> bool:
    """Whether the cue word ``verb`` at ``cs``-``ce`` (its sentence opening at ``lo``) is used in a sense that
    reports nothing: a participle adjective, "add to" (increase), a particle verb, or the noun "show"."""
    if verb == "pledged" and text.startswith(" delegate", ce):
        return True  # "270 pledged delegates": the delegates bound to a candidate, no pledge made here
    if verb in _ADD_FORMS and text.startswith(" to ", ce):
        return True  # "adding to her lead": to increase, not to say more
    if verb in _NOT_SAYING_AFTER and text.startswith(_NOT_SAYING_AFTER[verb], ce):
        return True  # "showed up", "found itself", "reported from Washington"
    if not verb.startswith("show") or verb.split(None, 1)[0] not in _SHOW_FORMS:
        return False
    if text.startswith("Show ", cs) and cs > lo and text[cs - 2 : cs - 1] != "s":
        return True  # "The Daily Show" (while "New Polls Show …" is a headline's verb)
    return _SHOW_KIND.search(text, max(lo, cs - 14), cs) is not None and _THAT_NEXT.match(text, ce) is None
