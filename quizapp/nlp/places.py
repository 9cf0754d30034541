"""Which place names are countries: "the country" is never a city, and "the city" never a country."""

from __future__ import annotations

import functools

import pycountry

# Names news copy uses that the ISO standard spells otherwise or does not list: "Russia" (the Russian
# Federation), the nations of the UK, and older names still in print.
COMMON_COUNTRY_NAMES = frozenset({
    "britain", "great britain", "uk", "united kingdom", "england", "scotland", "wales", "northern ireland",
    "russia", "turkey", "america", "holland", "ivory coast", "burma", "macedonia", "palestine", "kosovo",
    "the us", "the uk", "usa", "us", "czech republic", "east timor", "swaziland", "zaire",
})  # fmt: skip


@functools.cache
def is_country(name: str) -> bool:
    """ "Indonesia", "Russia", "the UK": a country; "Jakarta", "Texas": not."""
    if name.lower() in COMMON_COUNTRY_NAMES:
        return True
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


# Peoples whose name does not begin as their country's does: "the Dutch", "the French".
IRREGULAR_PEOPLES = frozenset({
    "dutch", "french", "welsh", "irish", "danish", "british", "britons", "brits", "scots", "scottish", "english",
    "kiwis", "aussies", "swiss", "filipino", "filipinos", "argentine", "argentines",
})  # fmt: skip
STEM = 3  # "Braz-ilians" of Brazil, "Swe-des" of Sweden


@functools.cache
def country_stems() -> frozenset[str]:
    names = [c.name for c in pycountry.countries] + [getattr(c, "common_name", c.name) for c in pycountry.countries]
    return frozenset(n[:STEM].lower() for n in [*names, *COMMON_COUNTRY_NAMES])


def names_a_people(word: str) -> bool:
    """ "Brazilians", "Swedes", "Dutch": a people of a country; not "Corinthians", a club the model took for one."""
    lower = word.lower()
    return lower in IRREGULAR_PEOPLES or lower[:STEM] in country_stems()
