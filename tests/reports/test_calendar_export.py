"""The .ics writer: parsed back with icalendar and checked field by field."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kim_desktop.reports import calendar_export
from kim_desktop.reports.calendar_export import CalendarEntry, calendar_bytes, entry_uid, write_calendar

SPRING = dt.date(2026, 3, 29)  # clocks go 02:00 -> 03:00
AUTUMN = dt.date(2026, 10, 25)  # clocks go 03:00 -> 02:00
NAMES = "Aylin Demirtaş, Mohammad Al-Hassan"


def entry(uid_source: str = "a1", day: dt.date = dt.date(2026, 12, 2), start: dt.time = dt.time(9),
          end: dt.time = dt.time(12), **fields: str) -> CalendarEntry:
    values = {"summary": "Sprechstunde Hennef", "location": "Rathaus Hennef, Raum 2.14",
              "description": "", "kind": "office-hours", "names": ""}
    values.update(fields)
    return CalendarEntry(uid_source=uid_source, day=day, start=start, end=end, **values)  # type: ignore[arg-type]


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def events_by_uid(data: bytes) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in parse(data).events}


def unfolded(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n ", "")


def test_calendar_header_and_event_fields() -> None:
    item = entry(description="Bitte Ausweis mitbringen", kind="appointment")
    calendar = parse(calendar_bytes([item], calendar_name="Termine Hennef"))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == calendar_export.PRODID
    assert str(calendar["X-WR-CALNAME"]) == "Termine Hennef"
    [event] = calendar.events
    assert event["SUMMARY"] == "Sprechstunde Hennef"
    assert event["LOCATION"] == "Rathaus Hennef, Raum 2.14"
    assert event["DESCRIPTION"] == "Bitte Ausweis mitbringen"
    assert event["SEQUENCE"] == 0
    assert event[calendar_export.KIND_PROPERTY] == "appointment"
    assert event["DTSTART"].dt == dt.datetime(2026, 12, 2, 9, tzinfo=calendar_export.BERLIN)
    assert event["DTEND"].dt == dt.datetime(2026, 12, 2, 12, tzinfo=calendar_export.BERLIN)
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event["DTEND"].params["TZID"] == "Europe/Berlin"


def test_dtstamp_is_utc_and_current() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = calendar_bytes([entry()])
    after = dt.datetime.now(dt.UTC)
    [event] = parse(data).events
    stamp = event["DTSTAMP"].dt
    assert stamp.utcoffset() == dt.timedelta(0)
    assert before <= stamp <= after
    assert re.search(r"^DTSTAMP:\d{8}T\d{6}Z\r$", data.decode(), re.MULTILINE)


def test_vtimezone_for_berlin_covers_the_entries() -> None:
    calendar = parse(calendar_bytes([entry(day=dt.date(2026, 12, 30)), entry("b", day=dt.date(2027, 1, 4))]))
    [timezone] = calendar.timezones
    assert timezone.tz_name == "Europe/Berlin"
    assert calendar.get_missing_tzids() == set()
    assert timezone.walk("DAYLIGHT") and timezone.walk("STANDARD")
    # icalendar's own reading of the VTIMEZONE gives Berlin's offsets
    zone = timezone.to_tz()
    assert dt.datetime(2027, 7, 1, 12, tzinfo=zone).utcoffset() == dt.timedelta(hours=2)
    assert dt.datetime(2027, 1, 4, 12, tzinfo=zone).utcoffset() == dt.timedelta(hours=1)
    assert dt.datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset() == dt.timedelta(hours=2)
    assert dt.datetime(2027, 3, 28, 4, tzinfo=zone).utcoffset() == dt.timedelta(hours=2)


def test_empty_calendar_is_still_valid() -> None:
    calendar = parse(calendar_bytes([]))
    assert calendar.events == []
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Berlin"]


def test_uid_stable_across_exports_and_distinct_per_source() -> None:
    sources = ["0b8e1c7e-4a51-4d1b-9b5e-2f6c1b7a9d00", "office:dev-1:2026-12-02:09:00",
               "office:dev-1:2026-12-02:14:00", "office:dev-2:2026-12-02:09:00"]
    first = events_by_uid(calendar_bytes([entry(source) for source in sources]))
    # a later export with changed text and another order keeps the UIDs
    changed = [entry(source, summary="geändert") for source in reversed(sources)]
    second = events_by_uid(calendar_bytes(changed))
    assert set(first) == set(second) == {entry_uid(source) for source in sources}
    assert len(first) == len(sources)
    assert all(uid.endswith("@kim-desktop") for uid in first)
    assert parse(calendar_bytes([entry()]))["UID"] == parse(calendar_bytes([entry("x")]))["UID"]


def test_uid_is_pinned() -> None:
    # uuid5 of a fixed namespace: changing it would duplicate every event already in Outlook
    assert entry_uid("office:dev-1:2026-12-02:09:00") == "4597a286-863f-5778-a552-6e37356a9ce5@kim-desktop"
    assert str(uuid.uuid5(calendar_export.UID_NAMESPACE, "x")) + "@kim-desktop" == entry_uid("x")


def test_duplicate_uid_sources_are_refused() -> None:
    with pytest.raises(ValueError, match="uid_source"):
        calendar_bytes([entry("same"), entry("same", start=dt.time(14), end=dt.time(15))])


@pytest.mark.parametrize(("day", "offset"), [(SPRING, 2), (AUTUMN, 1)])
def test_office_hours_on_daylight_saving_days(day: dt.date, offset: int) -> None:
    [event] = parse(calendar_bytes([entry(day=day)])).events
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert (start.hour, start.minute, end.hour, end.minute) == (9, 0, 12, 0)
    assert start.utcoffset() == end.utcoffset() == dt.timedelta(hours=offset)
    assert start.astimezone(dt.UTC).hour == 9 - offset
    assert "DTSTART;TZID=Europe/Berlin:" + day.strftime("%Y%m%d") + "T090000" in unfolded(
        calendar_bytes([entry(day=day)]))


def test_nonexistent_spring_time_moves_to_the_real_instant() -> None:
    # 02:30 on 29.03.2026 does not exist; RFC 5545 reads it with the offset before the gap
    data = calendar_bytes([entry(day=SPRING, start=dt.time(2, 30), end=dt.time(4))])
    [event] = parse(data).events
    assert "DTSTART;TZID=Europe/Berlin:20260329T033000" in unfolded(data)
    assert event["DTSTART"].dt.astimezone(dt.UTC) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
    assert event["DTEND"].dt.astimezone(dt.UTC) == dt.datetime(2026, 3, 29, 2, tzinfo=dt.UTC)


def test_entry_entirely_in_the_gap_never_ends_before_it_starts() -> None:
    data = calendar_bytes([entry(day=SPRING, start=dt.time(2, 45), end=dt.time(3))])
    [event] = parse(data).events
    assert event["DTEND"].dt >= event["DTSTART"].dt
    assert (event["DTSTART"].dt.hour, event["DTSTART"].dt.minute) == (3, 45)


def test_ambiguous_autumn_time_is_the_first_occurrence() -> None:
    [event] = parse(calendar_bytes([entry(day=AUTUMN, start=dt.time(2, 30), end=dt.time(3, 30))])).events
    assert event["DTSTART"].dt.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)
    assert event["DTEND"].dt.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 2, 30, tzinfo=dt.UTC)


def _all_values(calendar: icalendar.Calendar) -> str:
    return "\n".join(str(value) for component in calendar.walk()
                     for _name, value in component.property_items())


def test_no_names_by_default() -> None:
    data = calendar_bytes([entry(names=NAMES, kind="appointment", summary="Beratung")])
    text = unfolded(data)
    for name in ("Aylin", "Demirtaş", "Mohammad", "Al-Hassan"):
        assert name not in text
        assert name not in _all_values(parse(data))
    [event] = parse(data).events
    assert event["SUMMARY"] == "Beratung"
    assert "CLASS" not in event


def test_names_in_summary_with_names() -> None:
    data = calendar_bytes([entry(names=NAMES, kind="appointment", summary="Beratung"),
                           entry("b", start=dt.time(13), end=dt.time(14), summary="intern")],
                          with_names=True)
    by_start = {event["DTSTART"].dt.hour: event for event in parse(data).events}
    assert by_start[9]["SUMMARY"] == f"Beratung – {NAMES}"
    assert by_start[13]["SUMMARY"] == "intern"
    for field in ("LOCATION", "DESCRIPTION"):
        assert NAMES not in str(by_start[9].get(field, ""))


def test_special_characters_round_trip() -> None:
    summary = "Sprechstunde; Königswinter, Bad Honnef"
    location = "Rathaus Bad Honnef, Raum 1.03; Eingang Straße"
    description = "Dolmetscherin: Arabisch; Übergabe, Akte\nZweite Zeile äöüß ÄÖÜ\n\\ Ende"
    data = calendar_bytes([entry(summary=summary, location=location, description=description)])
    [event] = parse(data).events
    assert (event["SUMMARY"], event["LOCATION"], event["DESCRIPTION"]) == (summary, location, description)
    assert "Straße" in data.decode("utf-8")


def test_control_characters_are_cleaned() -> None:
    data = calendar_bytes([entry(description="a\r\nb\rc\x00d\x1be\tf\x7f")])
    [event] = parse(data).events
    assert event["DESCRIPTION"] == "a\nb\ncde\tf"


@given(text=st.text(max_size=300), name=st.text(max_size=40),
       day=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)),
       start=st.times(), length=st.integers(1, 600))
@settings(max_examples=150, deadline=None)
def test_any_input_gives_a_parsable_valid_file(text: str, name: str, day: dt.date, start: dt.time,
                                               length: int) -> None:
    start = start.replace(second=0, microsecond=0)
    end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=length)).time()
    if end <= start:
        end = dt.time(23, 59)
        if end <= start:
            return
    item = entry(day=day, start=start, end=end, summary=text, location=text, description=text, names=name)
    data = calendar_bytes([item], with_names=True, calendar_name=text or "KIM Desktop")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line)
    calendar = parse(data)
    [event] = calendar.events
    if calendar_export.clean_text(text):
        assert event["DESCRIPTION"] == calendar_export.clean_text(text)
        assert event["LOCATION"] == calendar_export.clean_text(text)
    one_line = " ".join(calendar_export.clean_text(text).split())
    assert calendar.calendar_name == (one_line or "KIM Desktop")
    parts = [part for part in (calendar_export.clean_text(text), calendar_export.clean_text(name)) if part]
    assert str(event.get("SUMMARY", "")) == " – ".join(parts)
    assert event["DTEND"].dt >= event["DTSTART"].dt
    assert event["DTSTART"].dt == calendar_export.berlin_time(day, start)
    assert calendar.get_missing_tzids() == set()


def test_entry_validation() -> None:
    with pytest.raises(ValueError):
        entry(start=dt.time(12), end=dt.time(9))
    with pytest.raises(ValueError):
        entry(start=dt.time(9), end=dt.time(9))
    with pytest.raises(ValueError):
        entry(kind="holiday")
    with pytest.raises(ValueError):
        entry("")
    with pytest.raises(ValueError):
        entry(start=dt.time(9, tzinfo=dt.UTC))


def test_write_calendar_is_atomic_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "kalender.ics"
    target.write_bytes(b"old")
    assert write_calendar(target, [entry()], with_names=True) == target
    assert parse(target.read_bytes()).events[0]["SUMMARY"] == "Sprechstunde Hennef"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kalender.ics"]
    assert target.stat().st_mode & 0o077 == 0


def test_write_calendar_failure_leaves_old_file_and_no_temp(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kalender.ics"
    target.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr("kim_desktop.storage.atomic.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk gone"):
        write_calendar(target, [entry()])
    assert target.read_bytes() == b"old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kalender.ics"]
