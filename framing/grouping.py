"""Group keys: which field of a statement a comparison row stands for, dates by period.

A key is a statement field (``actor``, ``source``, ``lang``, ``doc``,
``kind``) or its document's ``date``, by day, or by a period: ``date:week``
(ISO weeks, ``2022-W01``), ``date:month`` (``2022-01``), ``date:year``. A
date is read from its ISO beginning (``2022-01-06``, ``2022-01-06T10:30Z``,
``2022-01``); a statement whose document has no date, or one that does not
read as a date, is grouped as ``undated``, never dropped.

>>> check_by("actor,date:week")
('actor', 'date:week')
>>> group_key(Statement("d", "src", "en", "eu", "", "direct", 0, 1, "x", date="2022-01-06"), ("actor", "date:week"))
('eu', '2022-W01')
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Sequence

from framing.errors import UsageError
from framing.model import Statement

#: The statement fields a comparison may group by.
FIELDS = ("actor", "source", "lang", "doc", "kind", "date")
#: The periods a date may be grouped by (``date`` alone is ``date:day``).
PERIODS = ("day", "week", "month", "year")
GROUP_KEYS = FIELDS
UNDATED = "undated"
_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def check_by(by: Sequence[str] | str) -> tuple[str, ...]:
    """Validated group keys (a non-empty sequence of fields, ``date:PERIOD`` too, no repeats)."""
    if isinstance(by, str):
        by = [part.strip() for part in by.split(",")]
    keys = tuple(by)
    if not keys:
        raise UsageError(f"--by needs at least one key; choose from: {', '.join(FIELDS)}")
    for key in keys:
        field, _, period = key.partition(":")
        if field not in FIELDS or (period and (field != "date" or period not in PERIODS)):
            raise UsageError(f"unknown --by key {key!r}; choose from: {', '.join(FIELDS)} "
                             f"(date by {'|'.join(PERIODS)}: date:week)")
    if len({key.partition(":")[0] for key in keys}) != len(keys):
        raise UsageError(f"--by repeats a key: {','.join(keys)}")
    return keys


def with_period(keys: Sequence[str], period: str | None) -> tuple[str, ...]:
    """``keys`` with ``date`` grouped by ``period`` (``--period``); None leaves them as they are.

    >>> with_period(("actor", "date"), "month")
    ('actor', 'date:month')
    """
    if period is None:
        return tuple(keys)
    if period not in PERIODS:
        raise UsageError(f"unknown --period {period!r}; choose from: {', '.join(PERIODS)}")
    if "date" not in keys:
        raise UsageError("--period groups dates: give date among the --by keys, e.g. --by actor,date")
    return tuple(f"date:{period}" if key == "date" else key for key in keys)


def trend_keys(keys: Sequence[str], period: str | None) -> tuple[str, ...]:
    """The keys of a figure over time: ``keys`` with a date key (added last when missing), by ``period``
    (default week).

    >>> trend_keys(("actor",), None)
    ('actor', 'date:week')
    """
    keys = tuple(keys) if any(k.startswith("date") for k in keys) else (*keys, "date")
    if "date" in keys:
        return with_period(keys, period or "week")
    if period is not None:
        raise UsageError(f"--period {period} and --by {','.join(keys)} both give the date's period: give one")
    return keys


def is_dated(keys: Sequence[str]) -> bool:
    """Whether a key groups by date (its rows then run in time order)."""
    return any(key.startswith("date") for key in keys)


def group_key(statement: Statement, keys: Sequence[str]) -> tuple[str, ...]:
    """The row of ``statement`` under ``keys``."""
    return tuple(_value(statement, key) for key in keys)


def _value(statement: Statement, key: str) -> str:
    if not key.startswith("date"):
        return getattr(statement, key)
    return period_of(statement.date, key.partition(":")[2] or "day")


@lru_cache(maxsize=1 << 12)
def period_of(date: str, period: str) -> str:
    """The period a date falls in: ``2022-01-06`` by week is ``2022-W01``; :data:`UNDATED` when no date reads.

    >>> [period_of("2022-01-06", p) for p in PERIODS], period_of("", "week"), period_of("2021-W52", "day")
    (['2022-01-06', '2022-W01', '2022-01', '2022'], 'undated', 'undated')
    """
    m = _DATE.match(date.strip())
    if m is None:
        return UNDATED
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if period in ("month", "year") and 1 <= month <= 12:
        return f"{year:04d}-{month:02d}" if period == "month" else f"{year:04d}"
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return UNDATED
    if period == "week":
        iso = when.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return when.isoformat()
