#!/usr/bin/env python3
"""Writes the second source for the calendar audit: every day of 2026 and 2027 in the main export
markets, as the Python `holidays` package (an implementation independent of date-holidays) sees it.

Run once, then commit the output: `python3 scripts/calendar-second-source.py`
(needs `pip install holidays==0.105`; CI only reads the checked-in JSON, never runs this).
Only closed days are listed (weekend per the package's own weekend, public holidays, minus its
weekend working days), plus half days with their names, so the file stays small.
"""
import datetime
import json
import pathlib

import holidays

MARKETS = (
    "CN HK TW JP KR VN TH MY SG ID PH IN PK BD LK AE SA QA KW OM BH IR IQ TR IL EG MA DZ TN NG KE "
    "ET TZ ZA MZ AO GH KZ UZ KG RU UA PL CZ HU RO DE FR IT ES PT NL BE GB IE SE CY GR US CA MX BR "
    "AR CL CO PE AU NZ"
).split()
YEARS = (2026, 2027)
OUT = pathlib.Path(__file__).resolve().parent.parent / "test/fixtures/calendar-second-source.json"


def country(code):
    public = holidays.country_holidays(code, years=YEARS)
    cls = type(public)
    half = (
        holidays.country_holidays(code, years=YEARS, categories=("half_day",))
        if "half_day" in getattr(cls, "supported_categories", ())
        else {}
    )
    workdays = set(getattr(public, "weekend_workdays", set()))
    closed, names = [], {}
    day = datetime.date(YEARS[0], 1, 1)
    while day.year <= YEARS[-1]:
        is_weekend = day.weekday() in public.weekend and day not in workdays
        if is_weekend or day in public:
            closed.append(day.isoformat())
        if day in public:
            names[day.isoformat()] = public.get(day)
        day += datetime.timedelta(days=1)
    return {
        "weekend": sorted(d + 1 for d in public.weekend),  # ISO weekdays, 1 = Monday
        "closed": closed,
        "names": names,
        "workingWeekends": sorted(d.isoformat() for d in workdays if d.year in YEARS),
        "halfDays": {d.isoformat(): n for d, n in sorted(half.items()) if d.year in YEARS},
    }


data = {
    "source": "python-holidays",
    "version": holidays.__version__,
    "years": list(YEARS),
    "countries": {code: country(code) for code in MARKETS},
}
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {OUT} ({len(MARKETS)} countries, holidays {holidays.__version__})")
