"""Country names, alternative spellings, capitals, demonyms and provinces, from the countryinfo
package.

Used to tell that "US", "U.S." and "The United States" are one actor, that "Washington"
acting as a subject is the US government, and that "Afghan" points at Afghanistan.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


class Gazetteer(NamedTuple):
    names: dict[str, str]  # lower-cased name or alternative spelling -> canonical country name
    demonym_of: dict[str, str]  # canonical country name -> its demonym
    capitals: dict[str, str]  # lower-cased capital -> canonical country name
    demonyms: dict[str, str]  # lower-cased demonym -> canonical country name
    provinces: dict[str, str]  # lower-cased province or region -> its one country


# Where the package has two entries for one country, the name in current news use wins.
PREFERRED_NAMES = {"Burma": "Myanmar", "Palestine, State of": "Palestine"}
# Spellings news English uses that the package lacks.
EXTRA_SPELLINGS = {
    "Britain": "United Kingdom",
    "America": "United States",
    "Türkiye": "Turkey",
    "Turkiye": "Turkey",
}


def _key(text: str) -> str:
    """Case, dots and "the" do not matter: "Democratic Republic of Congo", "U.S."."""
    return " ".join(w for w in text.replace(".", "").lower().split() if w != "the")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    from countryinfo import all_countries

    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    demonym_of: dict[str, str] = {}
    provinces: dict[str, set[str]] = {}
    infos = [country.info() for country in all_countries()]
    # Where territories share a demonym or spelling ("American"), the most populous wins.
    infos.sort(key=lambda info: -(info.get("population") or 0))
    for info in infos:
        name = info.get("name")
        if not name:
            continue
        name = PREFERRED_NAMES.get(name, name)
        spellings = [info["name"], name, *(info.get("altSpellings") or [])]
        for spelling in spellings:
            names.setdefault(_key(spelling), name)
        capital = info.get("capital") or []
        for city in [capital] if isinstance(capital, str) else capital:
            # "Washington D.C." is written "Washington" in running text.
            capitals.setdefault(_key(city.replace(" D.C.", "")), name)
        for province in info.get("provinces") or []:
            # "Adis Abeba (Addis Ababa)": both spellings
            for part in province.replace(")", "").split(" ("):
                provinces.setdefault(_key(part), set()).add(name)
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym:
            demonyms.setdefault(_key(demonym), name)
            demonym_of.setdefault(name, demonym)
    for spelling, name in EXTRA_SPELLINGS.items():
        names.setdefault(_key(spelling), name)
    # A region two countries share a name for ("Punjab", "Amazonas") says no country.
    unique = {key: next(iter(owners)) for key, owners in provinces.items() if len(owners) == 1}
    return Gazetteer(names, demonym_of, capitals, demonyms, unique)


@lru_cache(maxsize=8192)  # asked for the same few names over and over
def country(text: str) -> str | None:
    """The canonical country a name or abbreviation stands for ("U.S." -> "United States")."""
    key = _key(text)
    if len(key) <= 3 and not text.replace(".", "").isupper():
        return None  # "it", "no" are words; "IT", "NO" may be codes
    return gazetteer().names.get(key)


@lru_cache(maxsize=8192)  # asked for the same few names over and over
def country_of_capital(text: str) -> str | None:
    return gazetteer().capitals.get(_key(text))


@lru_cache(maxsize=8192)  # asked for the same few names over and over
def country_of_demonym(text: str) -> str | None:
    """'Afghan' -> 'Afghanistan'; plural demonyms ('Americans') too."""
    key = _key(text)
    demonyms = gazetteer().demonyms
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=8192)  # asked for the same few names over and over
def country_of_province(text: str) -> str | None:
    """'Khyber Pakhtunkhwa' -> 'Pakistan': a province or region only one country has."""
    key = _key(text)
    return gazetteer().provinces.get(key) if len(key) > 3 else None


def demonym(country_name: str) -> str:
    """'United States' -> 'American'; the name itself when none is known."""
    return gazetteer().demonym_of.get(country_name, country_name)


@lru_cache(maxsize=8192)  # asked for the same few names over and over
def demonym_country(text: str) -> str | None:
    """The country behind a demonym or a country-name modifier, if any."""
    return country_of_demonym(text) or country(text)
