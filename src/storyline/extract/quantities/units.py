"""What a number is measured in: currencies (ISO 4217) and physical units (ISO/SI symbols).

``Unit.symbol`` is what a record's ``unit`` holds: an ISO 4217 code for money ("EUR"), an
SI or ISO 80000 symbol otherwise ("km", "kg", "km²", "°C"); ``factor`` converts a value
in this unit to ``base`` (SI base or derived unit, or the currency's main unit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry


@dataclass(frozen=True, slots=True)
class Unit:
    symbol: str
    kind: str
    factor: float | None = 1.0
    base: str | None = None


def _money(code: str, factor: float = 1.0) -> Unit:
    return Unit(code, "money", factor, code)


ISO_CURRENCIES: frozenset[str] = frozenset(currency.alpha_3 for currency in pycountry.currencies)

# Written before the amount. "$" alone is read as USD, "¥" as JPY: the common readings.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "Mex$": "MXN", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR", "₽": "RUB", "₴": "UAH",
    "₩": "KRW", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB",
}

# Written after the amount, lower-cased; a name that needs its adjective comes with it.
CURRENCY_NAMES: dict[str, Unit] = {
    **{name: _money("USD") for name in ("dollar", "dollars", "us dollars", "u.s. dollars",
                                         "american dollars")},
    **{name: _money("EUR") for name in ("euro", "euros")},
    **{name: _money("GBP") for name in ("pound", "pounds", "pounds sterling", "sterling",
                                         "british pounds")},
    **{name: _money(code) for code, names in {
        "AUD": ("australian dollars",), "CAD": ("canadian dollars",),
        "HKD": ("hong kong dollars",), "NZD": ("new zealand dollars",),
        "JPY": ("yen",), "CNY": ("yuan", "renminbi"), "CHF": ("swiss francs",),
        "RUB": ("rouble", "roubles", "ruble", "rubles"),
        "UAH": ("hryvnia", "hryvnias", "hryvnas", "hryvnya"), "INR": ("rupee", "rupees"),
        "TRY": ("lira", "liras", "turkish lira"), "PLN": ("zloty", "zlotys", "zlotes"),
        "ILS": ("shekel", "shekels"), "ZAR": ("rand",), "SEK": ("kronor", "swedish kronor"),
        "NOK": ("norwegian kroner",), "DKK": ("danish kroner",), "HUF": ("forint", "forints"),
        "CZK": ("koruna", "korunas"), "SAR": ("riyal", "riyals"), "AED": ("dirham", "dirhams"),
        "MXN": ("mexican pesos",), "BRL": ("reais", "brazilian reais"),
    }.items() for name in names},
    **{name: _money("USD", 0.01) for name in ("cent", "cents")},
    **{name: _money("GBP", 0.01) for name in ("pence", "p")},
}

_KM, _MI, _FT = 1e3, 1609.344, 0.3048
# Physical units by symbol (matched case-sensitively) and by name (lower-cased).
UNIT_SYMBOLS: dict[str, Unit] = {
    "km": Unit("km", "length", _KM, "m"), "m": Unit("m", "length", 1.0, "m"),
    "cm": Unit("cm", "length", 0.01, "m"), "mm": Unit("mm", "length", 0.001, "m"),
    "mi": Unit("mi", "length", _MI, "m"), "ft": Unit("ft", "length", _FT, "m"),
    "nmi": Unit("nmi", "length", 1852.0, "m"),
    "kg": Unit("kg", "mass", 1.0, "kg"), "g": Unit("g", "mass", 0.001, "kg"),
    "lb": Unit("lb", "mass", 0.45359237, "kg"), "lbs": Unit("lb", "mass", 0.45359237, "kg"),
    "km2": Unit("km²", "area", 1e6, "m²"), "km²": Unit("km²", "area", 1e6, "m²"),
    "sq km": Unit("km²", "area", 1e6, "m²"), "m2": Unit("m²", "area", 1.0, "m²"),
    "m²": Unit("m²", "area", 1.0, "m²"), "ha": Unit("ha", "area", 1e4, "m²"),
    "m3": Unit("m³", "volume", 1.0, "m³"), "m³": Unit("m³", "volume", 1.0, "m³"),
    "bcm": Unit("bcm", "volume", 1e9, "m³"), "bbl": Unit("bbl", "volume", 0.158987294928, "m³"),
    "kW": Unit("kW", "power", 1e3, "W"), "MW": Unit("MW", "power", 1e6, "W"),
    "GW": Unit("GW", "power", 1e9, "W"), "TW": Unit("TW", "power", 1e12, "W"),
    "kWh": Unit("kWh", "energy", 3.6e6, "J"), "MWh": Unit("MWh", "energy", 3.6e9, "J"),
    "GWh": Unit("GWh", "energy", 3.6e12, "J"), "TWh": Unit("TWh", "energy", 3.6e15, "J"),
    "km/h": Unit("km/h", "speed", 1 / 3.6, "m/s"), "kph": Unit("km/h", "speed", 1 / 3.6, "m/s"),
    "mph": Unit("mph", "speed", 0.44704, "m/s"),
    "°C": Unit("°C", "temperature", None, "K"), "°F": Unit("°F", "temperature", None, "K"),
}

_LENGTH_NAMES = {
    "km": ("kilometre", "kilometres", "kilometer", "kilometers"),
    "m": ("metre", "metres", "meter", "meters"), "cm": ("centimetre", "centimetres",
                                                     "centimeter", "centimeters"),
    "mm": ("millimetre", "millimetres", "millimeter", "millimeters"),
    "mi": ("mile", "miles"), "ft": ("foot", "feet"), "nmi": ("nautical mile", "nautical miles"),
    "kg": ("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    "g": ("gram", "grams", "gramme", "grammes"),
    "km2": ("square kilometre", "square kilometres", "square kilometer", "square kilometers"),
    "m2": ("square metre", "square metres", "square meter", "square meters"),
    "ha": ("hectare", "hectares"), "m3": ("cubic metre", "cubic metres", "cubic meter",
                                          "cubic meters"),
    "bcm": ("billion cubic metres", "billion cubic meters"), "bbl": ("barrel", "barrels"),
    "kW": ("kilowatt", "kilowatts"), "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"), "kWh": ("kilowatt-hour", "kilowatt-hours"),
    "MWh": ("megawatt-hour", "megawatt-hours"), "GWh": ("gigawatt-hour", "gigawatt-hours"),
    "TWh": ("terawatt-hour", "terawatt-hours"),
    "km/h": ("kilometres per hour", "kilometers per hour"), "mph": ("miles per hour",),
    "°C": ("degrees celsius", "degree celsius", "degrees centigrade"),
    "°F": ("degrees fahrenheit",),
}
UNIT_NAMES: dict[str, Unit] = {
    **{name: UNIT_SYMBOLS[symbol] for symbol, names in _LENGTH_NAMES.items() for name in names},
    **{name: Unit("t", "mass", 1e3, "kg") for name in ("tonne", "tonnes", "ton", "tons",
                                                       "metric tons", "metric tonnes")},
    **{name: Unit("sq mi", "area", _MI * _MI, "m²") for name in ("square mile", "square miles")},
    **{name: Unit("ac", "area", 4046.8564224, "m²") for name in ("acre", "acres")},
    **{name: Unit("L", "volume", 0.001, "m³") for name in ("litre", "litres", "liter", "liters")},
    **{name: Unit("gal", "volume", 0.003785411784, "m³") for name in ("gallon", "gallons")},
}

# Durations: ISO 80000-3 / UCUM symbols; a month and a year are the mean Gregorian ones.
DURATION_NAMES: dict[str, Unit] = {
    name: Unit(symbol, "duration", seconds, "s")
    for symbol, seconds, names in (
        ("s", 1.0, ("second", "seconds")), ("min", 60.0, ("minute", "minutes")),
        ("h", 3600.0, ("hour", "hours")), ("d", 86400.0, ("day", "days")),
        ("wk", 604800.0, ("week", "weeks")), ("mo", 2629746.0, ("month", "months")),
        ("a", 31556952.0, ("year", "years")), ("decade", 315569520.0, ("decade", "decades")),
    )
    for name in names
}

_SPACES = re.compile(r"\s+")


def currency_symbol(text: str) -> str | None:
    """The ISO 4217 code of a symbol or code written before an amount ("US$", "€", "EUR")."""
    if text in ISO_CURRENCIES:
        return text
    return CURRENCY_SYMBOLS.get(text)


def unit_after(text: str) -> Unit | None:
    """The unit named by words written after an amount ("euros", "km", "USD", "days")."""
    if text in ISO_CURRENCIES:
        return _money(text)
    if text in UNIT_SYMBOLS:
        return UNIT_SYMBOLS[text]
    lowered = _SPACES.sub(" ", text.lower())
    return (CURRENCY_NAMES.get(lowered) or UNIT_NAMES.get(lowered) or DURATION_NAMES.get(lowered)
            or UNIT_SYMBOLS.get(lowered))
