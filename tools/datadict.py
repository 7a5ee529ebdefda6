"""Write docs/data.md, the data dictionary, from the attrs model.

    python tools/datadict.py            # rewrite docs/data.md
    python tools/datadict.py --check    # exit 1 if docs/data.md is out of date

Every field of every record class needs a line in FIELDS below; the test suite fails when one
is missing or when docs/data.md differs from what this script writes.
"""

from __future__ import annotations

import re
import sys
import typing
from pathlib import Path

import attrs

from aseanrok.dataset import COLLECTIONS
from aseanrok.model import (
    Chair,
    Citation,
    Claim,
    Earmark,
    Lapse,
    Meaning,
    PartyDate,
    Role,
    Variant,
)

NESTED = [Citation, Variant, Claim, Meaning, Role, Chair, Lapse, PartyDate, Earmark]

# meaning and unit of each field, by class and field name ("*" applies to every class)
FIELDS: dict[str, dict[str, str]] = {
    "*": {
        "id": "Stable identifier, a lowercase slug unique across the whole dataset.",
        "citations": "Where the fact stands: at least one Citation.",
        "note": "What the value is, where it was read and how it was worked out, in a few words.",
        "name": "Name as the sources give it.",
        "acronym": "Acronym as the sources spell it correctly (variants elsewhere).",
        "kind": "Kind of record (a short lowercase word, e.g. `agreement`, `flagship`).",
        "city": "City as written, only where a source states it.",
        "country": "Country, only where a source states it ('Republic of Korea', 'Lao PDR'…).",
        "names": "Other attested names, in any language (Variants with `lang`).",
        "inferred": "Fields whose values no source states outright; the note says how.",
        "purpose": "What it is for, as a source states it (in the data's words).",
        "claims": "Every value of a field the sources disagree on (Claims, one preferred).",
    },
    "Citation": {
        "source_id": "Id of the source document (see `sources`).",
        "locator": "Section (`III.6`), paragraph or row (`para 17`), or a short phrase on a page.",
        "quote": "The five documents only: a verbatim quote of at most 300 characters.",
    },
    "Source": {
        "title": "Title of the document (a description where it has none).",
        "publisher": "Who published it (and who carried it).",
        "published": "Publication date, at its precision; None where the page shows none.",
        "kind": "`web` for a public page; `policy`, `factsheet` or `news` for the five documents.",
        "url": "Address (required for a page: exactly as stored).",
        "language": "BCP 47 tag of the text (`en`, `ko`, `id`…).",
        "via": "The database or outlet it was taken from.",
        "note": "How relative dates in the text are resolved.",
    },
    "Variant": {
        "value": "The attested form (a name or a spelling).",
        "lang": "BCP 47 tag of the language of the form (`en` by default, `ko` for Hangul).",
        "rank": "`preferred`, `normal` (default) or `deprecated` (e.g. a misspelling).",
        "reason": "Why a variant is deprecated.",
    },
    "Claim": {
        "field": "Name of the field the claim is about (`when`, `city`, `annual`…).",
        "value": "The value a source states, in the data's text form ('2009-06-01', '5 USD').",
        "rank": "`preferred` (the field's value), `normal` or `deprecated` (with a reason).",
        "reason": "Why a claim is deprecated (a slip, a schedule, a later correction).",
    },
    "Meaning": {
        "expansion": "The expansion as written.",
        "alternatives": "Other attested wordings of the same meaning (Variants).",
        "refers_to": "Id of the record the acronym names, where there is one.",
    },
    "Acronym": {
        "meanings": "One Meaning per distinct thing the acronym names (ACCC has two).",
        "variants": "Other attested spellings of the acronym (MKFC for MKCF: deprecated).",
    },
    "Summit": {
        "series": "`asean-rok` (numbered), `commemorative` or `mekong-rok`.",
        "number": "Ordinal within its series ('the 8th ASEAN-ROK Summit' is 8).",
        "venue": "Building or venue, where stated.",
        "virtual": "True for a summit held by video conference.",
        "asean_chair": "The country chairing ASEAN that year.",
        "chair": "Id of the person who chaired the meeting (people).",
        "rok_leader": "Id of the ROK president or prime minister who attended (people).",
        "raised_to": "Id of the partnership level established there.",
        "when": "Date or EDTF interval at the precision stated ('2014-12-11/2014-12-12').",
        "commemorative": "True for the summits the sources call Commemorative Summits.",
        "anniversary": "Anniversary of dialogue relations the summit marked, where stated.",
        "documents": "Ids of the agreements and documents adopted or signed there.",
    },
    "MeetingSeries": {
        "level": "`ministerial`, `senior-officials` or `officials` (the leaders meet at summits).",
        "sector": "What it deals with, a slug (`foreign-affairs`, `economy`, `transport`…).",
        "track": "`asean-rok`, or `mekong-rok` for the Mekong-ROK track.",
        "parent": "Id of the series it reports to (an FTA committee to the economic ministers).",
        "established": "When it was set up, where stated.",
        "first_held": "Date of its first meeting, as a source states it.",
        "ended": "When it was wound up or replaced by another series, where stated.",
        "recurrence": "How often it meets ('annual'), where stated.",
        "lapses": "Years a source says it did not meet (Lapse).",
    },
    "Meeting": {
        "series": "Id of its series (meeting_series).",
        "number": "Ordinal within its series, where stated (else marked inferred).",
        "when": "Date or EDTF interval at the precision stated ('2016-07-25/2016-07-26').",
        "venue": "Building or venue, where stated.",
        "virtual": "True: held by video (then no city); False: held in a place; None: unstated.",
        "chairs": "The chair or co-chairs (Chair: country, person id, name as written).",
        "rok_head": "Id of the person who led the ROK delegation (people).",
        "rok_head_name": "That person's name as the source writes it.",
        "rok_head_title": "That person's office as the source writes it.",
        "documents": "Ids of the agreements and documents adopted or signed there.",
    },
    "Chair": {
        "country": "The chairing country.",
        "person": "Id of the person who chaired (people), where known.",
        "name": "The chair's name as the source writes it.",
    },
    "Lapse": {
        "year": "A year in which, as a source states, the series did not meet.",
        "note": "Why, where stated.",
    },
    "Commitment": {
        "kind": "`target` (a figure to reach) or `pledge` (something other than fund money).",
        "subject": "What the figure counts, in a line.",
        "indicator": "Id of the statistics' indicator the figure can be held against.",
        "amount": "The figure: an int, a decimal string or Money.",
        "unit": "`USD`, `people`, `trainees`…",
        "per_year": "True for a yearly figure ('USD 300 billion a year').",
        "approximate": "True when the source hedges.",
        "by": "Date by which it is to be met, where stated.",
        "period": "Years it covers, where stated ('2020/2025').",
        "made": "When it was set or pledged.",
        "made_at": "Id of the summit or meeting where it was made.",
        "made_by": "Id of the person who made it (people).",
    },
    "Merge": {
        "id": "An id a former data version published for a record found twice.",
        "merged_into": "Id of the record kept; `get()` of the old id answers it.",
        "since": "The data version that merged it.",
        "note": "What the two records were.",
    },
    "PartyDate": {
        "party": "The party (a country, or 'ASEAN').",
        "date": "Its own date, at its precision.",
        "rank": "`preferred`, `normal` (default) or `deprecated` where sources disagree.",
        "reason": "Why a date is deprecated.",
    },
    "PartnershipLevel": {
        "track": "`asean-rok`, or `mekong-rok` for the Mekong-ROK track.",
        "place": "City where the level was reached.",
        "since": "Date the level was reached, at its precision.",
        "summit": "Id of the summit where it was reached, if any.",
    },
    "Fund": {
        "names": "Every attested full name (Variants, one preferred).",
        "variants": "Attested spellings of the acronym other than `acronym`.",
        "established": "When the fund was launched or established.",
        "established_by": "Who established it, where stated.",
        "purpose": "What it funds, where stated.",
        "merged_into": "Id of the fund it was merged into.",
        "merged": "When it was merged.",
    },
    "FundVolume": {
        "id": "Identifier (`volume-akcf-2015`; a pledged one ends in `-pledged`).",
        "fund": "Id of the fund.",
        "year": "Year the annual volume is for (an int).",
        "annual": "Annual volume (Money, whole units, in the currency the source states).",
        "kind": "`contribution` (money put in) or `pledged` (a target).",
        "as_written": "The fund's acronym as the sentence writes it (e.g. 'BMCF').",
        "earmarks": "Parts of the volume set aside for a purpose (Earmark).",
    },
    "Earmark": {
        "purpose": "What the part is set aside for, in the data's words.",
        "annual": "The part's yearly amount (Money).",
    },
    "Pledge": {
        "pledged_by": "Id of the person who pledged.",
        "date": "When it was pledged.",
        "summit": "Id of the summit where it was pledged.",
        "total": "Total amount (Money; approximate when hedged).",
        "total_estimated": "True when the source marks the total '(est.)'.",
        "first_year": "First year of the pledge period (resolved; see note).",
        "last_year": "Last year of the pledge period.",
        "volumes": "Ids of the annual volumes it sets, one per fund (in `fund_volumes`).",
    },
    "Project": {
        "budget": "Budget (Money, whole units), where stated; a sum two share is held by one.",
        "budget_in": "Id of the project whose budget holds this one's money (no `budget` then).",
        "start_year": "First year, where stated (an int).",
        "end_year": "Last year, where stated; a project without both is never 'active'.",
        "line_of_effort": "Number (1-8) of the KASI line of effort it is named under.",
        "fund": "Id of the fund that finances it, where stated.",
    },
    "Agreement": {
        "signed": "Date of signature, where the source says signed.",
        "adopted": "Date of adoption, where the source says adopted.",
        "in_force": "Date it entered into force (for all, or the first parties), where stated.",
        "period": "Years a plan of action covers, as an interval ('2011/2015').",
        "place": "City where it was signed or adopted.",
        "parties": "Who is party to it, where stated.",
        "meeting": "Id of the summit or meeting where it was adopted or signed.",
        "under": "Id of the agreement it is concluded under (an FTA agreement's framework).",
        "amends": "Ids of the agreements a protocol amends.",
        "accedes_to": "Id of the agreement an accession joins.",
        "signed_by_party": "Each party's own date of signature where parties differ (PartyDate).",
        "in_force_by_party": "Each party's own date of entry into force (PartyDate).",
    },
    "Institution": {
        "established": "When it was established.",
        "first_held": "When a meeting series or dialogue was first held.",
        "recurrence": "How often it meets ('annual'), where stated.",
        "priority_areas": "Priority areas (ADMM-Plus has seven).",
        "names": "Other attested names (Variants).",
    },
    "Event": {
        "when": "Date or EDTF interval of the happening, at its precision.",
        "title": "What happened, in a line.",
        "category": "EventCategory value: `summit`, `signature`, `launch`, `election`…",
        "refs": "Ids of the records it concerns.",
        "place": "City where it happened, where stated.",
    },
    "Statistic": {
        "indicator": "What is measured; the same indicator at two dates is two records.",
        "label": "The figure in words.",
        "value": "An int, a decimal string ('5.7'), a fraction ('1/4') or Money.",
        "upper": "Upper bound when the source gives a range ('one-quarter to one-third').",
        "unit": "`percent`, `rank`, `people`, `count`, `share`, `seats`, `years`, `days`, `USD`.",
        "approximate": "True when the source hedges ('around', 'roughly', 'approximately').",
        "qualifier": "The hedge word as written ('around', 'over').",
        "period": "The year, month or span of years the figure describes ('2024', '2016/2020').",
        "as_of": "When it stood: the data date, else the source's date; None if undated.",
        "change_percent": "Change in per cent, where stated (a decimal string).",
        "change_from": "What the change is measured from.",
        "basis": "Whose counting it follows (`korea-customs`, `asean-stats`…); bases never mix.",
        "rank": "`normal`, or `deprecated` for a figure printed by mistake (with the reason).",
        "reason": "Why a figure is deprecated.",
    },
    "LineOfEffort": {
        "id": "Identifier (`kasi-line-1` to `kasi-line-8`).",
        "number": "Number 1-8 as in KASI section III.",
        "title": "Heading, verbatim.",
        "actions": "Each 'the ROK will' item under it, verbatim.",
    },
    "PriorityArea": {"name": "Priority area as listed in KASI section III."},
    "Vision": {"name": "Key vision of the ROK's Indo-Pacific Strategy."},
    "Role": {
        "title": "Title of the role.",
        "organization": "Organisation or country the role is in.",
        "as_of": "Date the source describes the role at (its publication date unless stated).",
        "former": "True for a role the person held before ('previously served as').",
        "note": "How the role or its date was read.",
    },
    "Person": {"roles": "Roles as of each source's date (Role)."},
    "Tenure": {
        "office": "The office: `akc-secretary-general`, `rok-ambassador-to-asean`…",
        "holder": "Who held it, as a name (a country for `country-coordinator`).",
        "person": "Id of the person (people), where the holder is one.",
        "number": "Ordinal of the holder in the office ('the 5th Secretary-General').",
        "start": "First day in office, at its precision.",
        "end": "Last day in office; None when unknown or still in office.",
        "in_office": "A date a source shows the holder in office, where the start is unknown.",
    },
}


def _type(tp: object) -> str:
    text = re.sub(r"aseanrok\.records\.[a-z_]+\.", "", str(tp).replace("typing.", ""))
    text = text.replace("aseanrok.quantity.", "")
    for long, short in (
        ("aseanrok.dates.", ""),
        ("aseanrok.money.", ""),
        ("decimal.", ""),
        ("fractions.", ""),
        ("<class '", ""),
        ("'>", ""),
        ("NoneType", "None"),
    ):
        text = text.replace(long, short)
    text = text.replace("Union[int, Decimal, Fraction, Money, None]", "Optional[Quantity]")
    text = text.replace("Union[int, Decimal, Fraction, Money]", "Quantity")
    # Optional[X] rather than X | None: a pipe would split the Markdown table cell
    if text.startswith("Union[") and text.endswith(", None]"):
        text = f"Optional[{text[len('Union[') : -len(', None]')]}]"
    if text.endswith(" | None"):
        text = f"Optional[{text[: -len(' | None')]}]"
    return text


def describe(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    own = FIELDS.get(cls.__name__, {})
    lines = ["| field | type | default | meaning |", "|---|---|---|---|"]
    for f in attrs.fields(cls):
        meaning = own.get(f.name) or FIELDS["*"].get(f.name)
        if meaning is None:
            raise KeyError(f"no description for {cls.__name__}.{f.name} in tools/datadict.py")
        default = "required" if f.default is attrs.NOTHING else f"`{f.default!r}`"
        if isinstance(f.default, tuple) and not f.default:
            default = "`()`"
        lines.append(f"| `{f.name}` | `{_type(hints[f.name])}` | {default} | {meaning} |")
    return lines


def render() -> str:
    out = [
        "# Data dictionary",
        "",
        "<!-- generated by tools/datadict.py from the attrs model; do not edit by hand -->",
        "",
        "The data lives in `src/aseanrok/data/`, one JSON file per collection: a list of records",
        "whose keys are the field names below, in this order, with fields equal to their default",
        "left out. Dates are EDTF level-0 strings at their precision (`1997`, `1989-11`,",
        '`2004-11-30`) and intervals `start/end`; money is `{"amount": <int>, "currency":',
        '"USD", "approximate": true}` in whole units; decimals and fractions are strings',
        '(`"5.7"`, `"1/3"`). Every record that states a fact carries `citations`.',
        "",
        "## Collections",
        "",
        "| file | record | |",
        "|---|---|---|",
    ]
    for name, cls in COLLECTIONS.items():
        doc = (cls.__doc__ or "").strip().splitlines()[0]
        out.append(f"| `{name}.json` | [`{cls.__name__}`](#{cls.__name__.lower()}) | {doc} |")
    for cls in [*COLLECTIONS.values(), *NESTED]:
        out += ["", f"## {cls.__name__}", "", (cls.__doc__ or "").strip().splitlines()[0], ""]
        out += describe(cls)
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    from _generated import write_or_check  # beside this script (docs/hooks.py imports it)

    target = Path(__file__).resolve().parent.parent / "docs" / "data.md"
    return write_or_check({target: render()}, argv, "python tools/datadict.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
