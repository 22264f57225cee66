"""``khabar extract``: one text or JSON lines in, analysis JSON out."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.support import SEED_000, SEEDS, run

SENTENCE = "تشير سيول إلى أن بيونغ يانغ أرسلت نحو 15 ألف عنصر إلى الجبهة."
RESULT_KEYS = ["published", "sentences", "debris", "quantities", "dates", "entities", "claims"]


def test_extract_file_prints_indented_json_with_arabic_as_is() -> None:
    result = run("extract", str(SEEDS / SEED_000), "--published", "2025-09-03")
    assert result.exit_code == 0
    assert result.stdout.startswith('{\n  "published": "2025-09-03T00:00:00",\n')
    assert list(json.loads(result.stdout)) == RESULT_KEYS
    assert "\\u" not in result.stdout


def test_extract_reads_stdin_by_default() -> None:
    from click.testing import CliRunner

    from khabar.cli import main

    result = CliRunner().invoke(main, ["extract"], input=SENTENCE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["published"] is None


def test_extract_published_with_offset() -> None:
    from click.testing import CliRunner

    from khabar.cli import main

    args = ["extract", "-", "--published", "2025-09-03T10:00:00+03:00"]
    result = CliRunner().invoke(main, args, input=SENTENCE)
    assert json.loads(result.stdout)["published"] == "2025-09-03T10:00:00+03:00"


def test_bad_published_is_a_usage_error() -> None:
    result = run("extract", str(SEEDS / SEED_000), "--published", "أمس")
    assert result.exit_code == 2
    assert "Invalid value for '--published': 'أمس' is not a date" in result.stderr


def test_jsonl_writes_one_compact_result_a_line(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    records = [{"text": SENTENCE, "published": "2025-09-03"}, {"text": SENTENCE}]
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    result = run("extract", "--jsonl", str(lines))
    assert result.exit_code == 0
    outputs = result.stdout.splitlines()
    assert [json.loads(o)["published"] for o in outputs] == ["2025-09-03T00:00:00", None]
    assert all("\n" not in o and ": " in o for o in outputs)


def test_jsonl_bad_lines_are_reported_skipped_and_exit_1(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        "\n".join(
            [
                json.dumps({"text": SENTENCE}, ensure_ascii=False),
                "{not json",
                json.dumps(["a list"]),
                json.dumps({"text": SENTENCE, "published": "البارحة"}, ensure_ascii=False),
                json.dumps({"text": SENTENCE}, ensure_ascii=False),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = run("extract", "--jsonl", str(lines))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr.splitlines() == [
        f"{lines}:2: not JSON (Expecting property name enclosed in double quotes)",
        f'{lines}:3: expected an object with a "text" string',
        f"{lines}:4: 'البارحة' is not a date: use YYYY-MM-DD or an ISO datetime "
        "such as 2025-09-03T10:00:00+03:00",
    ]
