"""The README's two commands stay true: CI runs the second one word for word."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("```sh") + 1
    return lines[start : lines.index("```", start)]


def test_readme_opens_with_two_commands() -> None:
    demo, tests = _readme_commands()
    assert demo.endswith("caseapp --demo")
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _readme_commands()[1] in ci_lines
