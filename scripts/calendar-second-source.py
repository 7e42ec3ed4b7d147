#!/usr/bin/env python3
"""Writes the second source for the calendar audit: every day of 2026 and 2027 in the main export
markets, as the Python `holidays` package (an implementation independent of date-holidays) sees it.

Run once, then commit the output: `python3 scripts/calendar-second-source.py`
(needs `pip install holidays==0.105`; CI only reads the checked-in JSON, never runs this).
Only exceptions are listed, so the file stays small: the package's weekend, its public holidays
with their names, its weekend working days (China's 调休) and its half days.
"""
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
    names = {d.isoformat(): n for d, n in sorted(public.items()) if d.year in YEARS}
    return {
        "weekend": sorted(d + 1 for d in public.weekend),  # ISO weekdays, 1 = Monday
        "holidays": names,
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
# One country a line: small diffs when the package is upgraded.
lines = [f"  {json.dumps(c)}: {json.dumps(v, ensure_ascii=False)}" for c, v in data["countries"].items()]
head = {k: v for k, v in data.items() if k != "countries"}
text = json.dumps(head, ensure_ascii=False)[:-1] + ',\n "countries": {\n' + ",\n".join(lines) + "\n }\n}\n"
OUT.write_text(text, encoding="utf-8")
print(f"wrote {OUT} ({len(MARKETS)} countries, holidays {holidays.__version__})")
