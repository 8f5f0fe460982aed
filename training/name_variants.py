"""Realistic spellings of listed names, and look-alike names of other parties.

* :func:`variant` writes a listed name the way an applicant might: another case, other
  punctuation, another (or no) legal suffix, another word order, a typo or two, another
  romanisation, diacritics added or removed, generic words abbreviated or expanded.
* :func:`near_miss` writes a *different* party's name that shares the listed name's generic
  words (``Shenzhen Huawei Technology`` -> ``Shenzhen Lantor Technology``).
* :func:`random_company`, :func:`random_person` and :func:`generic_company` make unlisted
  parties.

Used by the synthetic generator and by ``benchmarks/screening_eval.py``. Deterministic for
a given ``random.Random``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

KINDS = (
    "case",
    "punctuation",
    "legal_suffix",
    "word_order",
    "typo",
    "transliteration",
    "diacritics",
    "abbreviation",
)

SUFFIXES = (
    "Co., Ltd.", "Co. Ltd", "Company Limited", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.",
    "Inc.", "Corp.", "Corporation", "GmbH", "OOO", "JSC", "PJSC", "AO", "Sp. z o.o.",
    "Ltd. Şti.", "A.Ş.", "FZE", "FZCO", "FZ-LLC", "S.A.", "S.A. de C.V.",
    "S. de R.L. de C.V.", "Pvt. Ltd.", "Private Limited", "Pte. Ltd.", "Sdn. Bhd.", "B.V.",
    "AG", "S.r.l.", "SARL", "PLC", "Ltda.",
)
PREFIXES = ("OOO", "LLC", "JSC", "AO", "ZAO", "PAO", "OAO", "Limited Liability Company",
            "Joint Stock Company", "PT")
_MORE_FORMS = (
    "Obshchestvo s Ogranichennoi Otvetstvennostyu",
    "Obshchestvo s Ogranichennoy Otvetstvennostyu",
    "Aktsionernoe Obshchestvo", "Joint-Stock Company", "Closed Joint Stock Company",
    "Open Joint Stock Company", "Public Joint Stock Company", "Company", "Incorporated",
    "Co.", "CJSC", "OJSC", "Pty Ltd", "Pte Ltd", "Sdn Bhd", "S.A.S.", "S.p.A.", "N.V.",
    "Ltd Sti", "Limited Sirketi", "Co Ltd", "Pvt Ltd", "Oy", "Oyj", "AB", "A/S", "SAS", "SRL",
    "LLP", "LP", "Limited Liability Partnership", "GmbH & Co. KG", "GmbH & Co KG",
    "Private Joint Stock Company", "Closed Joint-Stock Company", "Sociedad Anonima",
    "Sociedad Anonima de Capital Variable",
)


def _form_regex(form: str) -> str:
    out = re.escape(form).replace(r"\ ", r"\s*").replace(r"\.", r"\.?").replace(r"\-", r"[-\s]?")
    return out.replace(",", ",?")


_FORMS = sorted(set(SUFFIXES + PREFIXES + _MORE_FORMS), key=len, reverse=True)
_ALT = "|".join(_form_regex(f) for f in _FORMS)
_SUFFIX_RE = re.compile(rf"(?:[\s,]+(?:{_ALT}))+[\s.,]*$", re.I)
_PREFIX_RE = re.compile(rf"^\s*(?:{_ALT})[\s,]+(?=\S)", re.I)

ABBREVIATIONS = {
    "Corporation": "Corp", "International": "Intl", "Technology": "Tech",
    "Technologies": "Tech", "Manufacturing": "Mfg", "Engineering": "Eng", "Group": "Grp",
    "Development": "Dev", "Brothers": "Bros", "Services": "Svcs", "National": "Natl",
    "Association": "Assn", "Department": "Dept", "University": "Univ", "Institute": "Inst",
    "Equipment": "Equip", "Chemical": "Chem", "Pharmaceutical": "Pharma",
    "Pharmaceuticals": "Pharma", "Research": "Res", "Machinery": "Mach", "Trading": "Trdg",
    "Management": "Mgmt", "Holdings": "Hldgs", "Center": "Ctr", "Centre": "Ctr",
    "Laboratories": "Labs", "Systems": "Sys", "Telecommunications": "Telecom",
    "Scientific": "Sci", "Government": "Govt", "Administration": "Admin",
    "General": "Gen", "Company": "Co", "Limited": "Ltd",
}
_EXPANSIONS = {v: k for k, v in ABBREVIATIONS.items()}

# (pattern, replacement) romanisation swaps; one occurrence is changed at a time
_TRANSLIT = (
    (r"kh", "h"), (r"ph", "f"), (r"(?<=[bcdfghjklmnprstvz])u", "ou"), (r"ou", "u"),
    (r"ov\b", "off"), (r"ev\b", "eff"), (r"iy\b", "y"), (r"(?<![iy])y\b", "iy"), (r"ii\b", "iy"),
    (r"i\b", "y"), (r"\bya", "ia"), (r"\bia", "ya"), (r"\byu", "iu"), (r"\byu", "ju"),
    (r"ya\b", "ia"), (r"\bw", "v"), (r"\bv", "w"), (r"ee", "i"), (r"q", "k"), (r"\bzh", "j"),
    (r"\bch", "tch"), (r"ks", "x"), (r"x", "ks"), (r"\bal-", "el-"), (r"\bel-", "al-"),
    (r"\bal-", "al "), (r"\bal\s", "al-"), (r"sh", "sch"), (r"ts", "tz"), (r"\bc(?=[aoru])", "k"),
    (r"ai\b", "ay"), (r"ei\b", "ey"), (r"ey\b", "ei"), (r"\bj", "dzh"), (r"oo", "u"),
    (r"([bdfgklmnprstz])\1", r"\1"), (r"\bye", "e"), (r"\be(?=[vk])", "ye"),
)
_SAME_NAMES = (
    ("Mohammed", "Mohammad", "Muhammad", "Mohamed", "Muhammed", "Mohamad"),
    ("Ahmed", "Ahmad"), ("Mahmoud", "Mahmud", "Mahmood"),
    ("Hussein", "Hossein", "Husayn", "Hussain", "Husain"), ("Hassan", "Hasan"),
    ("Youssef", "Yusuf", "Yousef", "Yousif"), ("Abdel", "Abdul", "Abdal"),
    ("Seyed", "Seyyed", "Sayed", "Sayyid"), ("Gholam", "Qolam", "Golam"),
    ("Javad", "Jawad"), ("Kazem", "Kazim", "Kadhim"), ("Aleksandr", "Alexander", "Alexandr"),
    ("Sergey", "Sergei", "Sergej"), ("Nikolay", "Nikolai"), ("Dmitriy", "Dmitry", "Dmitri"),
    ("Yevgeny", "Evgeny", "Evgeniy", "Yevgeniy"), ("Yuri", "Yury", "Yuriy", "Iouri"),
    ("Andrey", "Andrei"), ("Alexey", "Aleksei", "Alexei", "Aleksey"), ("Mikhail", "Michail"),
    ("Fyodor", "Fedor"), ("Pyotr", "Petr"), ("Natalya", "Natalia"), ("Tatyana", "Tatiana"),
    ("Yulia", "Julia", "Yuliya"), ("Xu", "Hsu"), ("Tekhnologii", "Tekhnologiya"),
)
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ACCENTS = {"a": "áàäâ", "e": "éèëê", "i": "íïı", "o": "óöô", "u": "úü", "c": "çč",
            "s": "şš", "n": "ñ", "g": "ğ", "z": "ž", "y": "ý"}

GENERIC = frozenset("""
technology technologies tech trading trade company co corporation corp international intl
group industrial industries industry electronics electronic engineering shipping bank
institute research scientific science development management services service systems
system equipment import export logistics holding holdings investment energy oil gas
petroleum chemical chemicals machinery manufacturing plant factory center centre design
bureau state national general limited ltd llc inc jsc ooo ao pjsc gmbh sa the of and for
al el abu bin ibn de la del foundation association global china chinese russian iran iranian
shenzhen beijing shanghai guangzhou hong kong moscow tehran dubai istanbul hangzhou wuhan
tianjin chengdu saint petersburg novosibirsk aviation aerospace marine construction
telecommunications communications communication digital network software solutions
precision instruments components materials metal metals steel power electric
""".split())

_STEM_HEADS = ("Nor", "Alt", "Vel", "Tran", "Kor", "Pan", "Tek", "Meta", "Omni", "Astr",
               "Bel", "Cor", "Dyn", "Flex", "Gal", "Hydr", "Max", "Nov", "Opt", "Petr",
               "Quan", "Ros", "Sol", "Terr", "Vit", "Xen", "Zen", "Lum", "Sig", "Ard",
               "Bor", "Cal", "Dor", "Ev", "Fen", "Gor", "Kal", "Lin", "Mar", "Ver")
_STEM_TAILS = ("vex", "aris", "ora", "ix", "tron", "ica", "ex", "on", "ium", "tek", "lan",
               "dex", "gen", "link", "star", "ford", "well", "ton", "ant", "ova", "ar",
               "ello", "ando", "ites", "ura", "eon", "ax", "im", "ost", "ada")
_WORDS = ("Blue River", "Golden Bridge", "Silver Star", "Eastern Pearl", "Pacific Rim",
          "Grand Ocean", "Red Lion", "Green Valley", "Northern Light", "Summit", "Harbor",
          "Crescent", "Falcon", "Phoenix", "Cedar", "Atlas", "Orion", "Meridian", "Keystone",
          "Horizon", "Sunrise", "Everest", "Lotus", "Jade", "Crown", "Anchor", "Compass")
_ACTIVITIES = ("Trading", "Technology", "Electronics", "Logistics", "Engineering",
               "Industrial", "Machinery", "Import Export", "Shipping", "Components",
               "Solutions", "Systems", "Holdings", "International", "Group", "Instruments",
               "Materials", "Automation", "Precision", "Energy", "Chemicals", "Aviation")
_PLACES = ("Shenzhen", "Dubai", "Moscow", "Istanbul", "Mumbai", "Tehran", "Hamburg", "Milan",
           "Singapore", "Hong Kong", "Shanghai", "Almaty", "Tashkent", "Minsk", "Yerevan",
           "Karachi", "Kuala Lumpur", "Bangkok", "Lyon", "Rotterdam", "Houston", "Toronto")
_GENERIC_HEADS = ("China", "Global", "International", "General", "United", "National",
                  "Eastern", "Asia", "Euro", "Universal", "Advanced", "Modern", "Royal",
                  "Golden", "New", "First", "Star", "Pacific", "Atlantic", "Central")
FIRST_NAMES = (
    "John", "Michael", "David", "Peter", "Anna", "Maria", "Thomas", "James", "Robert",
    "Laura", "Sarah", "Daniel", "Mark", "Paul", "Susan", "Karen", "Emma", "Lucas", "Hans",
    "Klaus", "Pierre", "Jean", "Marco", "Giulia", "Carlos", "Juan", "Luis", "Ana", "Sofia",
    "Ivan", "Sergei", "Andrei", "Dmitri", "Olga", "Natalia", "Pavel", "Yuri", "Mikhail",
    "Tatiana", "Wei", "Jun", "Hui", "Ming", "Xiaoping", "Jian", "Yan", "Lei", "Fang",
    "Ahmed", "Omar", "Khalid", "Fatima", "Ali", "Hassan", "Reza", "Mehdi", "Samir", "Karim",
    "Rahul", "Priya", "Amit", "Sanjay", "Anil", "Deepak", "Mehmet", "Mustafa", "Emre", "Ayse",
    "Kenji", "Hiroshi", "Min-jun", "Ji-woo", "Duc", "Linh", "Oleksandr", "Bogdan", "Piotr",
)
LAST_NAMES = (
    "Smith", "Johnson", "Brown", "Miller", "Wilson", "Taylor", "Anderson", "Thompson",
    "Martin", "Garcia", "Rodriguez", "Lopez", "Gonzalez", "Schmidt", "Mueller", "Schneider",
    "Fischer", "Weber", "Rossi", "Bianchi", "Dupont", "Moreau", "Ivanov", "Petrov",
    "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Wang", "Zhang", "Liu", "Chen", "Yang",
    "Huang", "Zhao", "Wu", "Zhou", "Sun", "Khan", "Hussain", "Rahman", "Hosseini", "Karimi",
    "Moradi", "Rezaei", "Sharma", "Patel", "Singh", "Gupta", "Yilmaz", "Kaya", "Demir",
    "Sahin", "Nguyen", "Tran", "Kim", "Park", "Lee", "Tanaka", "Suzuki", "Sato", "Kowalski",
    "Nowak", "Novak", "Horvat", "Jensen", "Larsen", "Svensson", "Virtanen", "Papadopoulos",
    "Silva", "Santos", "Costa", "Haddad", "Mansour", "Nasser", "Tahir", "Bakr", "Osman",
)


def _match_case(template: str, word: str, context: str = "") -> str:
    """``word`` in the case of ``template`` (a word, or a few letters of ``context``)."""
    if (context or template).isupper() and len(context or template) > 1:
        return word.upper()
    if not template[:1].isalpha():
        return word[:1].upper() + word[1:].lower()
    if template.islower() or not template[:1].isupper():
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def _word_at(name: str, i: int) -> str:
    start = len(re.match(r".*?(\w*)$", name[:i], re.S).group(1))
    return name[i - start :].split()[0] if name[i - start :].split() else ""


def _is_person(name: str) -> bool:
    """``LAST, First`` or ``Last, First Middle``: how the list writes individuals."""
    head, sep, tail = name.partition(",")
    return (
        bool(sep) and 0 < len(head.split()) <= 3 and 0 < len(tail.split()) <= 3
        and not _SUFFIX_RE.search(name)
    )


def _core_span(name: str) -> tuple[int, int]:
    """Where the name proper lies, between a legal-form prefix and suffix."""
    prefix, suffix = _PREFIX_RE.search(name), _SUFFIX_RE.search(name)
    return (prefix.end() if prefix else 0, suffix.start() if suffix else len(name))


def _case(rng: random.Random, name: str) -> str | None:
    options = {name.upper(), name.lower(), name.title(), " ".join(w.capitalize() for w in name.split())}
    options.discard(name)
    return rng.choice(sorted(options)) if options else None


def _punctuation(rng: random.Random, name: str) -> str | None:
    options = [
        re.sub(r"\s+", " ", re.sub(r"[.,'\"()]", "", name)).strip(),
        re.sub(r"\s+", " ", re.sub(r"[^\w\s&]", " ", name)).strip(),
        re.sub(r"\s*&\s*", " and ", name) if "&" in name else re.sub(r"\band\b", "&", name, flags=re.I),
        name.replace("-", " ") if "-" in name else re.sub(r"(\w) (\w)", r"\1-\2", name, count=1),
        re.sub(r"\s+(?=(?:Ltd|LLC|Inc|Co|GmbH|S\.?A)\b)", ", ", name, count=1, flags=re.I),
    ]
    options = [o for o in dict.fromkeys(options) if o and o != name]
    return rng.choice(options) if options else None


def _legal_suffix(rng: random.Random, name: str) -> str | None:
    if _is_person(name):
        return None
    if m := _PREFIX_RE.search(name):
        core = name[m.end():]
        if rng.random() < 0.5:
            return core
        return f"{core} {rng.choice(SUFFIXES)}" if rng.random() < 0.6 else f"{rng.choice(PREFIXES)} {core}"
    if m := _SUFFIX_RE.search(name):
        core = name[: m.start()]
        old = m.group(0).strip(" ,.").lower()
        if rng.random() < 0.4:
            return core
        choices = [s for s in SUFFIXES if s.lower().strip(".") != old]
        return f"{core}{rng.choice([' ', ', '])}{rng.choice(choices)}"
    return f"{name} {rng.choice(SUFFIXES)}" if rng.random() < 0.8 else f"{rng.choice(PREFIXES)} {name}"


def _word_order(rng: random.Random, name: str) -> str | None:
    if _is_person(name):
        last, _, first = name.partition(",")
        return f"{first.strip()} {last.strip()}"
    if m := _PREFIX_RE.search(name):
        return f"{name[m.end():]} {m.group(0).strip(' ,')}"
    core = name[: m.start()] if (m := _SUFFIX_RE.search(name)) else name
    words = core.split()
    if len(words) < 2:
        return None
    i = rng.randrange(len(words) - 1)
    words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words) + name[len(core):]


def _keyboard_neighbours(char: str) -> list[str]:
    for row in _KEYBOARD:
        if (at := row.find(char.lower())) >= 0:
            return [row[j] for j in (at - 1, at + 1) if 0 <= j < len(row)]
    return []


def _typo(rng: random.Random, name: str) -> str | None:
    chars = list(name)
    # one slip; a second one only in longer names (slips come per letter typed)
    slips = 2 if sum(c.isalpha() for c in name) >= 12 and rng.random() < 0.4 else 1
    for _ in range(slips):
        letters = [i for i, c in enumerate(chars) if c.isalpha()]
        if len(letters) < 4:
            return None
        i = rng.choice(letters)
        c = chars[i]
        near = _keyboard_neighbours(c)
        op = rng.choice(("sub", "del", "ins", "swap"))
        if op == "sub" and near:
            chars[i] = _match_case(c, rng.choice(near)) if c.isupper() else rng.choice(near)
        elif op == "del":
            del chars[i]
        elif op == "ins":
            chars.insert(i, c)
        elif i + 1 < len(chars) and chars[i + 1].isalpha() and chars[i + 1] != c:
            chars[i], chars[i + 1] = chars[i + 1], c
        else:
            del chars[i]
    out = "".join(chars)
    return out if out != name else None


def _transliteration(rng: random.Random, name: str) -> str | None:
    options: list[Callable[[], str]] = []
    lo, hi = _core_span(name)
    for group in _SAME_NAMES:
        for word in group:
            if m := re.search(rf"\b{word}\b", name, re.I):
                other = rng.choice([w for w in group if w.lower() != word.lower()])
                new = name[: m.start()] + _match_case(m.group(0), other) + name[m.end() :]
                options.append(lambda new=new: new)
    for pattern, repl in _TRANSLIT:
        found = [
            m for m in re.finditer(pattern, name, re.I)
            if lo <= m.start() < hi
            and len(word := re.sub(r"[^a-z]", "", _word_at(name, m.start()).lower())) >= 3
            and word not in GENERIC
        ]
        if found:
            def swap(found: list[re.Match] = found, repl: str = repl) -> str:
                m = rng.choice(found)
                new = _match_case(m.group(0), m.expand(repl), _word_at(name, m.start()))
                return name[: m.start()] + new + name[m.end() :]

            options.append(swap)
    rng.shuffle(options)
    for make in options:
        out = make()
        if out.lower() != name.lower():
            return out
    return None


def _diacritics(rng: random.Random, name: str) -> str | None:
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if stripped != name and rng.random() < 0.7:
        return stripped
    spots = [i for i, c in enumerate(name) if c.lower() in _ACCENTS]
    if not spots:
        return None
    chars = list(name)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 2, 3)))):
        accented = rng.choice(_ACCENTS[chars[i].lower()])
        chars[i] = accented.upper() if chars[i].isupper() and accented != "ı" else accented
    return "".join(chars)


def _abbreviation(rng: random.Random, name: str) -> str | None:
    table = {**ABBREVIATIONS, **_EXPANSIONS}
    found = [
        m for m in re.finditer(r"\b[A-Za-z]+\.?(?![\w'])", name)  # not Dev't
        if m.group(0).rstrip(".").capitalize() in table
    ]
    lo, hi = _core_span(name)
    found = [m for m in found if lo <= m.start() < hi] or found
    if not found:
        return None
    m = rng.choice(found)
    word = m.group(0).rstrip(".")
    new = _match_case(word, table[word.capitalize()])
    if new.capitalize() in _EXPANSIONS:  # abbreviated: sometimes with a full stop
        new += "." if rng.random() < 0.3 and not m.group(0).endswith(".") else ""
        return name[: m.start()] + new + name[m.start() + len(word):]
    return name[: m.start()] + new + name[m.end():]


_APPLY: dict[str, Callable[[random.Random, str], str | None]] = {
    "case": _case, "punctuation": _punctuation, "legal_suffix": _legal_suffix,
    "word_order": _word_order, "typo": _typo, "transliteration": _transliteration,
    "diacritics": _diacritics, "abbreviation": _abbreviation,
}


def variant(rng: random.Random, name: str, kind: str | None = None) -> str:
    """``name`` as an applicant might write it. ``kind`` is one of :data:`KINDS`; ``None``
    applies one random applicable kind, sometimes two. Returns ``name`` unchanged when the
    kind does not apply (a typo in a three-letter name, an abbreviation with nothing to
    abbreviate)."""
    if kind is not None:
        if kind not in _APPLY:
            raise ValueError(f"unknown variation kind {kind!r}; expected one of {KINDS}")
        return _APPLY[kind](rng, name) or name
    kinds = list(KINDS)
    rng.shuffle(kinds)
    out, applied = name, 0
    for k in kinds:
        new = _APPLY[k](rng, out)
        if new and new != out:
            out, applied = new, applied + 1
            if applied >= 2 or rng.random() < 0.65:
                break
    return out


def _replacement(rng: random.Random, old: str, person: bool) -> str:
    for _ in range(50):
        if person:
            new = rng.choice(LAST_NAMES + FIRST_NAMES)
        elif rng.random() < 0.6:
            new = rng.choice(_STEM_HEADS) + rng.choice(_STEM_TAILS)
        else:
            new = rng.choice(_WORDS).split()[-1]
        if Levenshtein.distance(new.lower(), old.lower()) >= 3 and new.lower()[:3] != old.lower()[:3]:
            return new
    return "Zentrovax"


def _bare(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


def near_miss(rng: random.Random, name: str, *, person: bool | None = None) -> str:
    """A different party's plausible name sharing the generic words of ``name``: its
    distinctive word(s) replaced (at least one; about half of them when there are many).
    ``person`` (default: guessed from a ``LAST, First`` form) draws replacements from
    personal names."""
    words = name.split()
    legal = _SUFFIX_RE.search(name)
    legal_start = len(name[: legal.start()].split()) if legal else len(words)
    prefix = _PREFIX_RE.search(name)
    prefix_end = len(prefix.group(0).split()) if prefix else 0
    body = range(prefix_end, legal_start)
    depth, bracketed = 0, set()  # bracketed words are optional parts of a name: kept
    for i, w in enumerate(words):
        depth += w.count("(") + w.count("[")
        if depth > 0:
            bracketed.add(i)
        depth -= w.count(")") + w.count("]")
    distinctive = [
        i for i in body
        if _bare(words[i]) not in GENERIC and len(_bare(words[i])) > 1 and i not in bracketed
    ]
    person = _is_person(name) if person is None else person
    if distinctive:
        count = max(1, len(distinctive) // 2) if len(distinctive) > 2 else 1
        for i in rng.sample(distinctive, count):
            lead, word, trail = re.match(r"^(\W*)(.*?)(\W*)$", words[i]).groups()
            words[i] = lead + _match_case(word, _replacement(rng, _bare(word), person)) + trail
    elif len(body) > 0:
        i = rng.choice(list(body))
        pool = [a for a in _ACTIVITIES + _GENERIC_HEADS if " " not in a and a.lower() != _bare(words[i])]
        words[i] = _match_case(words[i], rng.choice(pool))
    else:
        words.insert(0, rng.choice(_STEM_HEADS) + rng.choice(_STEM_TAILS))
    return " ".join(words)


def random_company(rng: random.Random) -> str:
    """An unlisted-looking company name (``Shenzhen Norvex Electronics Co., Ltd.``)."""
    if rng.random() < 0.6:
        stem = rng.choice(_STEM_HEADS) + rng.choice(_STEM_TAILS)
    else:
        stem = rng.choice(_WORDS)
    parts = [stem, rng.choice(_ACTIVITIES)]
    if rng.random() < 0.35:
        parts.insert(0, rng.choice(_PLACES))
    if rng.random() < 0.85:
        parts.append(rng.choice(SUFFIXES))
    return " ".join(parts)


def random_person(rng: random.Random) -> str:
    """An individual's name: given name(s) and family name, in either order."""
    given = rng.choice(FIRST_NAMES)
    if rng.random() < 0.5:
        given += " " + rng.choice(FIRST_NAMES)
    family = rng.choice(LAST_NAMES)
    return f"{family.upper()}, {given}" if rng.random() < 0.3 else f"{given} {family}"


def generic_company(rng: random.Random) -> str:
    """A name made only of generic words (``China Trading Co``, ``Global Technology Ltd``)."""
    words = [rng.choice(_GENERIC_HEADS), rng.choice(_ACTIVITIES)]
    if rng.random() < 0.3:
        words.append(rng.choice([a for a in _ACTIVITIES if a != words[1]]))
    return " ".join(words + [rng.choice(SUFFIXES + ("Co", "Company"))])
