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
