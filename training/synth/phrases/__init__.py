"""Phrase banks for the generator, merged from independently written modules.

Each bank was written separately (and again, by other hands, in the ``*_more`` and
``*_extra`` modules) so that the same end use or red flag appears in many independent
phrasings. The ``*_fourth`` modules were written later, again independently, to widen the
phrasing of red flags (often told over two or three sentences, or only through concrete facts),
of indirect military, surveillance and WMD end uses, of civil end uses that sound risky out of
context, and of short neutral form fragments ("Terms DAP Aarhus.", "12 cartons."). The ``*_fifth``
modules, again independent, tell each red flag mostly through concrete facts (a restaurant's staff on
the visa list for an acceptance test, a barcode check that orders the finest resolution), and add
neutral notes that touch a flag's topic harmlessly (a forwarder that only books the freight, an
installation declined because the buyer's own certified technicians did the last four). The ``*_sixth``
modules, again independent, bury a flag in one clause of a sentence full of ordinary facts, or let the
applicant state it in its own favourable framing, and add packed neutral sentences of the same shape. The
``*_seventh`` modules, again independent, tell flags (and neutral notes of the same shapes) as quoted emails
and chat lines, second-hand and hedged reports, the buyer's own questions, non-native or telegraphic notes and
dated logs, a third or more of them as one faint detail in routine text.
"""

from training.synth.phrases.civil_fourth import CIVIL_FOURTH as _CIVIL_FOURTH
from training.synth.phrases.end_use import END_USE as _END_USE
from training.synth.phrases.end_use_fourth import END_USE_FOURTH as _END_USE_FOURTH
from training.synth.phrases.end_use_more import END_USE_MORE as _END_USE_MORE
from training.synth.phrases.items import ITEMS
from training.synth.phrases.notes import NEUTRAL as _NEUTRAL
from training.synth.phrases.notes import RED_FLAGS as _RED_FLAGS
from training.synth.phrases.notes_extra import RED_FLAGS_EXTRA as _RED_FLAGS_EXTRA
from training.synth.phrases.notes_more import NEUTRAL_MORE as _NEUTRAL_MORE
from training.synth.phrases.notes_more import RED_FLAGS_MORE as _RED_FLAGS_MORE
from training.synth.phrases.neutral_fifth import NEUTRAL_FIFTH as _NEUTRAL_FIFTH
from training.synth.phrases.neutral_fourth import NEUTRAL_FOURTH as _NEUTRAL_FOURTH
from training.synth.phrases.red_flags_fifth_a import RED_FLAGS_FIFTH_A as _RED_FLAGS_FIFTH_A
from training.synth.phrases.red_flags_fifth_b import RED_FLAGS_FIFTH_B as _RED_FLAGS_FIFTH_B
from training.synth.phrases.red_flags_fourth_a import RED_FLAGS_FOURTH_A as _RED_FLAGS_FOURTH_A
from training.synth.phrases.red_flags_fourth_b import RED_FLAGS_FOURTH_B as _RED_FLAGS_FOURTH_B
from training.synth.phrases.neutral_sixth import NEUTRAL_SIXTH as _NEUTRAL_SIXTH
from training.synth.phrases.red_flags_sixth_a import RED_FLAGS_SIXTH_A as _RED_FLAGS_SIXTH_A
from training.synth.phrases.red_flags_sixth_b import RED_FLAGS_SIXTH_B as _RED_FLAGS_SIXTH_B
from training.synth.phrases.neutral_seventh import NEUTRAL_SEVENTH as _NEUTRAL_SEVENTH
from training.synth.phrases.red_flags_seventh_a import RED_FLAGS_SEVENTH_A as _RED_FLAGS_SEVENTH_A
from training.synth.phrases.red_flags_seventh_b import RED_FLAGS_SEVENTH_B as _RED_FLAGS_SEVENTH_B
from training.synth.phrases.red_flags_seventh_c import RED_FLAGS_SEVENTH_C as _RED_FLAGS_SEVENTH_C


def _merge(*banks: dict) -> dict:
    out: dict = {}
    for bank in banks:
        for key, value in bank.items():
            if isinstance(value, dict):
                out[key] = _merge(out.get(key, {}), value)
            else:
                out[key] = list(dict.fromkeys([*out.get(key, []), *value]))
    return out


#: Each writing round's banks, in the order they were written. A round is one set of independent
#: writers, so holding a round out is the nearest generated data comes to phrasing by writers never seen.
_ROUNDS: tuple[tuple[str, dict[str, tuple[dict, ...]]], ...] = (
    ("first", {"red_flags": (_RED_FLAGS,), "neutral": (_NEUTRAL,), "end_use": (_END_USE,)}),
    ("more", {"red_flags": (_RED_FLAGS_MORE,), "neutral": (_NEUTRAL_MORE,), "end_use": (_END_USE_MORE,)}),
    ("extra", {"red_flags": (_RED_FLAGS_EXTRA,)}),
    ("fourth", {"red_flags": (_RED_FLAGS_FOURTH_A, _RED_FLAGS_FOURTH_B), "neutral": (_NEUTRAL_FOURTH,),
                "end_use": (_END_USE_FOURTH, {"civil": _CIVIL_FOURTH})}),
    ("fifth", {"red_flags": (_RED_FLAGS_FIFTH_A, _RED_FLAGS_FIFTH_B), "neutral": (_NEUTRAL_FIFTH,)}),
    ("sixth", {"red_flags": (_RED_FLAGS_SIXTH_A, _RED_FLAGS_SIXTH_B), "neutral": (_NEUTRAL_SIXTH,)}),
    ("seventh", {"red_flags": (_RED_FLAGS_SEVENTH_A, _RED_FLAGS_SEVENTH_B, _RED_FLAGS_SEVENTH_C),
                 "neutral": (_NEUTRAL_SEVENTH,)}),
)


def _banks(kind: str) -> list[dict]:
    return [bank for _, kinds in _ROUNDS for bank in kinds.get(kind, ())]


def _templates(bank) -> list[str]:
    return [t for v in bank.values() for t in _templates(v)] if isinstance(bank, dict) else list(bank)


END_USE: dict[str, dict[str, list[str]]] = _merge(*_banks("end_use"))
RED_FLAGS: dict[str, list[str]] = _merge(*_banks("red_flags"))
NEUTRAL: dict[str, list[str]] = _merge(*_banks("neutral"))


def _writing_round() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, kinds in _ROUNDS:
        for bank in (b for banks in kinds.values() for b in banks):
            for template in _templates(bank):
                out.setdefault(template, name)
    return out


#: Template -> the writing round that wrote it first.
WRITING_ROUND: dict[str, str] = _writing_round()

__all__ = ["END_USE", "ITEMS", "NEUTRAL", "RED_FLAGS", "WRITING_ROUND"]
