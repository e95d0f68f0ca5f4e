"""Reading the structure of an .ics file: components, properties, parameters, raw values.

A small line reader of RFC 5545 content lines (unfolding, quoted parameters, BEGIN/END
nesting) that is about ten times faster than building icalendar's full object tree, which
keeps a 10,000-event import well inside its time budget. Values stay raw text here; the
event reader turns the few it uses into dates, rules and text, and hands time zone
definitions (VTIMEZONE) to icalendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caseapp.errors import InvalidInput

MAX_ICS_BYTES = 50 * 1024 * 1024
NOTHING_IMPORTED = "intet blev importeret"

_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_UNESCAPE = re.compile(r"\\([\\;,nN])")
_FOLD = re.compile(r"\n[ \t]")


def refuse(problem: str) -> InvalidInput:
    """The one sentence an import is refused with: the problem, and that nothing was written."""
    return InvalidInput(f"{problem}; {NOTHING_IMPORTED}.")


def refuse_event(number: int, problem: str) -> InvalidInput:
    return refuse(f"Begivenhed nr. {number} i kalenderfilen {problem}")


@dataclass(slots=True)
class Prop:
    """One content line: NAME;PARAM=value:value, the name and parameter names upper case."""

    name: str
    params: dict[str, str]
    value: str

    @property
    def text(self) -> str:
        """The value as TEXT, its backslash escapes undone."""
        return unescape(self.value)


@dataclass(slots=True)
class Component:
    name: str
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0
    by_name: dict[str, list[Prop]] = field(default_factory=dict)

    def add(self, prop: Prop) -> None:
        self.props.append(prop)
        self.by_name.setdefault(prop.name, []).append(prop)

    def first(self, name: str) -> Prop | None:
        found = self.by_name.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Prop]:
        return self.by_name.get(name, [])

    def has(self, name: str) -> bool:
        return name in self.by_name

    def walk(self, name: str) -> list[Component]:
        found = [self] if self.name == name else []
        for child in self.children:
            found.extend(child.walk(name))
        return found


@dataclass(slots=True)
class CalendarFile:
    """The calendars of a file, and its unfolded lines (to hand a VTIMEZONE to icalendar)."""

    calendars: list[Component]
    lines: list[str]

    def walk(self, name: str) -> list[Component]:
        return [c for calendar in self.calendars for c in calendar.walk(name)]

    def source_text(self, component: Component) -> str:
        return "\r\n".join(self.lines[component.first_line : component.last_line + 1]) + "\r\n"


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    if "\\\\" in value:  # an escaped backslash: the careful way
        return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
    return (value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
            .replace("\\;", ";"))


def decode(data: bytes) -> str:
    """The file's text; InvalidInput when it is too large, empty or not text."""
    if not isinstance(data, bytes | bytearray):
        raise TypeError("the calendar must be given as bytes")
    if len(data) > MAX_ICS_BYTES:
        raise refuse(f"Kalenderfilen er for stor (højst {MAX_ICS_BYTES // (1024 * 1024)} MB)")
    if not data.strip():
        raise refuse("Kalenderfilen er tom")
    if b"\x00" in data:
        raise refuse("Filen er ikke en kalenderfil (.ics)")
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        return bytes(data).decode("cp1252", errors="replace")


def read_file(data: bytes) -> CalendarFile:
    """The calendars of an .ics file; InvalidInput (one sentence) when it is not one."""
    text = decode(data)
    if not text.lstrip()[:15].upper() == "BEGIN:VCALENDAR":
        raise refuse("Filen er ikke en kalenderfil (.ics)")
    if not text.rstrip()[-13:].upper() == "END:VCALENDAR":
        raise refuse("Kalenderfilen er ufuldstændig (den slutter for tidligt)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = _FOLD.sub("", text.lstrip()).split("\n")
    return CalendarFile(_components(lines), lines)


def _not_icalendar() -> InvalidInput:
    return refuse("Kalenderfilen følger ikke iCalendar-formatet og kan ikke læses")


def _components(lines: list[str]) -> list[Component]:
    roots: list[Component] = []
    stack: list[Component] = []
    current: Component | None = None
    match = _LINE.match
    for number, line in enumerate(lines):
        if not line or line.isspace():
            continue
        if current is not None and line[0] in "Xx" and _ignored(line):
            continue
        found = match(line)
        prop = _prop(found) if found is not None else split_line(line)
        if prop.name == "BEGIN":
            component = Component(prop.value.strip().upper(), first_line=number)
            (current.children if current is not None else roots).append(component)
            stack.append(component)
            current = component
        elif prop.name == "END":
            if current is None or current.name != prop.value.strip().upper():
                raise _not_icalendar()
            stack.pop().last_line = number
            current = stack[-1] if stack else None
        elif current is not None:
            current.props.append(prop)
            same = current.by_name.get(prop.name)
            if same is None:
                current.by_name[prop.name] = [prop]
            else:
                same.append(prop)
        else:
            raise _not_icalendar()
    if stack or not roots or any(r.name != "VCALENDAR" for r in roots):
        raise _not_icalendar()
    return roots


# NAME, then ;PARAM=value parts (quoted values may hold ; and :), then : and the value
_LINE = re.compile(r'([A-Za-z0-9-]+)((?:;(?:[^";:]|"[^"]*")*)*):(.*)', re.S)


def _prop(found: re.Match[str]) -> Prop:
    raw, params, value = found.groups()
    name = _NAMES.get(raw)
    if name is None:
        name = raw.upper()
        if len(_NAMES) < 4096:  # property names repeat; values never get here
            _NAMES[raw] = name
    return Prop(name, _params(params[1:]) if params else {}, value)


def _ignored(line: str) -> bool:
    """Other programs' own properties (X-MICROSOFT-CDO-…, X-ALT-DESC): never read, not kept."""
    return line[:2].upper() == "X-" and not line[:10].upper().startswith(("X-CASEAPP-", "X-WR-"))


def split_line(line: str) -> Prop:
    """NAME;PARAM=a;PARAM="b:c":value as a Prop; InvalidInput when it is no content line."""
    colon = line.find(":")
    semi = line.find(";")
    if colon <= 0:
        raise _not_icalendar()
    if semi == -1 or semi > colon:
        return Prop(_name(line[:colon]), {}, line[colon + 1 :])
    head_end = colon if '"' not in line[:colon] else _value_colon(line)
    name = _name(line[:semi])
    return Prop(name, _params(line[semi + 1 : head_end]), line[head_end + 1 :])


_NAMES: dict[str, str] = {}


def _name(text: str) -> str:
    known = _NAMES.get(text)
    if known is not None:
        return known
    name = text.strip()
    if not _NAME.match(name):
        raise _not_icalendar()
    if len(_NAMES) < 4096:  # property names repeat; values never get here
        _NAMES[text] = name.upper()
    return name.upper()


def _value_colon(line: str) -> int:
    """The colon that starts the value: the first one outside quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    raise _not_icalendar()


def _params(text: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in _split_outside_quotes(text, ";"):
        key, equals, value = part.partition("=")
        if not equals or not key.strip():
            raise _not_icalendar()
        params[key.strip().upper()] = value.strip().replace('"', "")
    return params


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts
