"""Update the English translation from the sources, or check that it is up to date.

    .venv/bin/python build_scripts/update_translations.py          # lupdate -> .ts, lrelease -> .qm
    .venv/bin/python build_scripts/update_translations.py --check  # exit 1 if anything is out of date

German is the source language. pyside6-lupdate reads every .py file under kim_desktop/:
`self.tr("…")`, `QCoreApplication.translate(ctx, "…")` and our `QT_TRANSLATE_NOOP(ctx, "…")`
marker (kim_desktop/i18n_marks.py) outside ui/. Existing translations are kept, messages that
no longer occur in the sources are dropped (-no-obsolete). Translate new messages in
resources/translations/kim_en.ts (pyside6-linguist or by hand), then run this script again to
build kim_en.qm.

--check fails when
  - lupdate would add, change or drop messages (it runs on a temporary copy of the .ts),
  - a message in the .ts is unfinished, untranslated or obsolete,
  - a literal tr()/translate()/QT_TRANSLATE_NOOP() call found by a Python AST scan is missing
    from lupdate's output, or tr()/QT_TRANSLATE_NOOP() is given a non-literal text
    (lupdate cannot extract those),
  - a translation lacks a placeholder (%1, {path}), an HTML tag, an '&' accelerator or the
    leading/trailing whitespace of its source,
  - lrelease fails, or its output differs from the committed kim_en.qm.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kim_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "kim_en.ts"
QM = TRANSLATIONS / "kim_en.qm"
SOURCE_LANGUAGE = "de_DE"
TARGET_LANGUAGE = "en_GB"
# Calls whose (context, text) lupdate extracts. translate() with a non-literal text is a run-time
# lookup of a string marked elsewhere with QT_TRANSLATE_NOOP, so only tr and the marker must be literal.
MUST_BE_LITERAL = {"tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_]\w*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one entry, or the numerus forms
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def tool(name: str) -> str:
    """A PySide6 tool from the running Python's environment (bin/ or Scripts/)."""
    executable = Path(sys.executable)
    folders = [executable.parent, executable.parent / "Scripts", executable.parent / "bin"]
    scripts = sysconfig.get_path("scripts")
    if scripts:
        folders.append(Path(scripts))
    for folder in folders:
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    raise SystemExit(f"{name} not found next to {sys.executable}; install PySide6 into this environment")


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace")


def lupdate(ts: Path) -> subprocess.CompletedProcess[str]:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    return run([tool("pyside6-lupdate"), *files, "-source-language", SOURCE_LANGUAGE,
                "-target-language", TARGET_LANGUAGE, "-no-obsolete", "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> subprocess.CompletedProcess[str]:
    return run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)])


def read_ts(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts: tuple[str, ...] = ("",)
                state = "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
                state = translation.get("type", "")
            messages.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                    texts, state))
    return messages


def python_messages() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every literal translation call, by a scan independent of lupdate, and the
    calls lupdate cannot extract (non-literal text in tr() or QT_TRANSLATE_NOOP())."""
    found: set[tuple[str, str]] = set()
    problems: list[str] = []

    def literal(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def visit(node: ast.AST, cls: str | None, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name, path)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                where = f"{path.relative_to(ROOT)}:{child.lineno}"
                if name in ("tr", "QT_TR_NOOP") and child.args:
                    text = literal(child.args[0])
                    if text is not None and cls is not None:
                        found.add((cls, text))
                    else:
                        problems.append(f"{where}: {name}() needs a literal text inside a class: "
                                        f"{ast.unparse(child)}")
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(child.args) >= 2:
                    context, text = literal(child.args[0]), literal(child.args[1])
                    if context is not None and text is not None:
                        found.add((context, text))
                    elif name in MUST_BE_LITERAL:
                        problems.append(f"{where}: {name}() needs literal arguments: {ast.unparse(child)}")
            visit(child, cls, path)

    for path in source_files():
        visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), None, path)
    return found, problems


def untranslated(messages: list[Message]) -> list[str]:
    return [f"{m.context}: {m.source!r} ({m.state or 'empty'})" for m in messages
            if m.state in ("unfinished", "vanished", "obsolete")
            or not all(t.strip() for t in m.translations)]


def accelerators(text: str) -> int:
    """How many '&' mark a shortcut letter ('&&' is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def markup(text: str) -> dict[str, list[str]]:
    """What a translation must keep from its source."""
    return {"placeholders": sorted(PLACEHOLDER.findall(text)), "HTML tags": sorted(HTML_TAG.findall(text)),
            "'&' accelerators": ["&"] * accelerators(text),
            "surrounding whitespace": [text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]]}


def invalid(messages: list[Message]) -> list[str]:
    """Translations that do not keep the placeholders, tags, accelerators or outer whitespace of their source.
    (lrelease -fail-on-invalid does not catch these reliably.)"""
    problems = []
    for m in messages:
        wanted = markup(m.source)
        for text in m.translations:
            if not text:
                continue
            got = markup(text)
            problems += [f"{m.context}: {m.source!r} -> {text!r}: {what} {wanted[what]} != {got[what]}"
                         for what in wanted if wanted[what] != got[what]]
    return problems


def check() -> list[str]:
    """Everything that is out of date, as readable lines; empty when all is in order."""
    if not TS.is_file():
        return [f"{TS.relative_to(ROOT)} is missing: run build_scripts/update_translations.py"]
    problems: list[str] = []
    committed = read_ts(TS)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / TS.name
        shutil.copyfile(TS, fresh_ts)
        result = lupdate(fresh_ts)
        if result.returncode != 0:
            return [f"lupdate failed: {result.stderr.strip() or result.stdout.strip()}"]
        fresh = read_ts(fresh_ts)
        before, after = {m.key for m in committed}, {m.key for m in fresh}
        problems += [f"new or changed in the sources, not in the .ts: {c}: {s!r}"
                     for c, s, _ in sorted(after - before)]
        problems += [f"in the .ts, no longer in the sources: {c}: {s!r}"
                     for c, s, _ in sorted(before - after)]
        problems += [f"not translated: {line}" for line in untranslated(committed)]
        problems += [f"translation does not match its source: {line}" for line in invalid(committed)]

        found, unextractable = python_messages()
        extracted = {(m.context, m.source) for m in fresh}
        problems += [f"lupdate did not extract {c}: {s!r}" for c, s in sorted(found - extracted)]
        problems += unextractable

        fresh_qm = Path(tmp) / QM.name
        result = lrelease(TS, fresh_qm)
        if result.returncode != 0:
            problems.append(f"lrelease failed: {(result.stderr or result.stdout).strip()}")
        elif not QM.is_file():
            problems.append(f"{QM.relative_to(ROOT)} is missing")
        elif fresh_qm.read_bytes() != QM.read_bytes():
            problems.append(f"{QM.relative_to(ROOT)} is not built from the current {TS.name}")
    return problems


def update() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    result = lupdate(TS)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        return result.returncode
    found, unextractable = python_messages()
    extracted = {(m.context, m.source) for m in read_ts(TS)}
    for context, text in sorted(found - extracted):
        print(f"warning: lupdate did not extract {context}: {text!r}", file=sys.stderr)
    for line in unextractable:
        print(f"warning: {line}", file=sys.stderr)
    result = lrelease(TS, QM)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        return result.returncode
    for line in invalid(read_ts(TS)):
        print(f"warning: translation does not match its source: {line}", file=sys.stderr)
    missing = untranslated(read_ts(TS))
    if missing:
        print(f"{len(missing)} message(s) still to translate in {TS.relative_to(ROOT)}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the .ts or .qm is out of date or incomplete")
    args = parser.parse_args(argv)
    if not args.check:
        return update()
    problems = check()
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print("translations out of date: run .venv/bin/python build_scripts/update_translations.py "
              "and translate the new messages", file=sys.stderr)
        return 1
    print(f"translations up to date: {len(read_ts(TS))} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
