"""The `diplobrief` command as a user runs it (a subprocess, a fresh DATABASE_URL, no network)."""
from __future__ import annotations

import json
import os
import subprocess
import sys



def run(args: list[str], tmp_path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DIPLOBRIEF_", "DATABASE_URL"))}
    environment.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}", "HOME": str(tmp_path)}, **env)
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120
    )


def test_ingest_twice_then_ask_latest_as_json(tmp_path, seed_path):
    for _ in range(2):
        result = run(["ingest", str(seed_path)], tmp_path, DIPLOBRIEF_LOAD_SAMPLE="false")
        assert result.returncode == 0, result.stderr
    assert "1 already stored" in result.stdout
    result = run(["ask", "latest China Russia", "--json"], tmp_path, DIPLOBRIEF_LOAD_SAMPLE="false")
    reply = json.loads(result.stdout)
    assert [i["headline"] for i in reply["items"]] == ["China calls for intensified strategic coordination with Russia"]
    assert reply["thread"]
    follow = run(["ask", "--thread", reply["thread"], "what did Lavrov say?", "--json"], tmp_path, DIPLOBRIEF_LOAD_SAMPLE="false")
    answer = json.loads(follow.stdout)
    shown = json.dumps(answer, ensure_ascii=False)
    assert answer["thread"] == reply["thread"]
    assert "Russia firmly adheres to the one-China principle" in shown


def test_first_run_answers_from_the_bundled_sample(tmp_path):
    result = run(["ask", "latest China Russia"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "China calls for intensified strategic coordination with Russia" in result.stdout
    assert "Plataforma" in result.stdout


def test_quotes_json_offsets_index_the_file_text(tmp_path, seed_path):
    result = run(["quotes", str(seed_path), "--json"], tmp_path)
    line = json.loads(result.stdout.splitlines()[0])
    text = seed_path.read_text(encoding="utf-8")
    assert line["file"] == str(seed_path)
    speakers = [q["speaker"] for q in line["quotes"]]
    assert speakers.count("Wang Yi") == 7 and speakers.count("Sergei Lavrov") == 3
    for quote in line["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        assert quote["kind"] in {"direct", "indirect", "mixed"}
    he = next(q for q in line["quotes"] if "one-China principle" in q["text"])
    assert text[he["speaker_start"]:he["speaker_end"]] == "he"


def test_summarize_json_gives_verbatim_sentences_in_order(tmp_path, seed_path):
    result = run(["summarize", str(seed_path), "--json", "--algorithm", "lexrank", "--sentences", "2"], tmp_path)
    line = json.loads(result.stdout)
    text = seed_path.read_text(encoding="utf-8")
    assert len(line["sentences"]) == 2
    positions = [text.index(s) for s in line["sentences"]]
    assert positions == sorted(positions)
    bad = run(["summarize", str(seed_path), "--algorithm", "magic"], tmp_path)
    assert bad.returncode == 2 and "lexrank" in bad.stderr


def test_bad_inputs_are_one_line_each_and_the_rest_is_stored(tmp_path, seed_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 40)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Brasília and Lisbon talks\n\nThe ministers met in Brasília, officials said, and praised the café diplomacy of São Tomé.".encode("latin-1"))
    result = run(["ingest", str(empty), str(junk), str(latin), str(seed_path), str(tmp_path / "missing.txt")], tmp_path,
                 DIPLOBRIEF_LOAD_SAMPLE="false")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout and "3 failed" in result.stdout
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "junk.html", "missing.txt"):
        assert sum(name in line for line in result.stderr.splitlines()) == 1, result.stderr


def test_a_bad_setting_is_one_clear_line(tmp_path):
    result = run(["ask", "help"], tmp_path, DIPLOBRIEF_TIMEZONE="Mars/Olympus")
    assert result.returncode == 2
    assert "DIPLOBRIEF_TIMEZONE" in result.stderr and "Traceback" not in result.stderr


def test_run_without_platform_tokens_says_what_to_set(tmp_path):
    result = run(["run"], tmp_path)
    assert result.returncode == 2 and "SLACK_BOT_TOKEN" in result.stderr and "DISCORD_TOKEN" in result.stderr


def test_quotes_and_summarize_skip_a_binary_file_with_one_line(tmp_path, seed_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    for command in ("quotes", "summarize"):
        result = run([command, str(junk), str(seed_path), "--json"], tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert [line for line in result.stderr.splitlines() if line.strip()] == [line for line in result.stderr.splitlines() if "junk.bin" in line]
        assert json.loads(result.stdout.splitlines()[0])["file"] == str(seed_path)


def test_quotes_of_a_file_not_in_utf8_say_so_in_one_line_and_still_answer(tmp_path):
    # Written for this test: Latin-1 bytes, so offsets cannot be into a UTF-8 decoding.
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Foreign Minister Ana Sousa said the talks in Brasília had failed.\n".encode("latin-1"))
    result = run(["quotes", str(latin), "--json"], tmp_path)
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if line.strip()] == [
        line for line in result.stderr.splitlines() if "latin1.txt" in line and "not valid UTF-8" in line]
    quote = json.loads(result.stdout)["quotes"][0]
    assert quote["speaker"] == "Ana Sousa" and "Brasília" in quote["text"]


def test_an_unknown_thread_is_said_plainly(tmp_path):
    result = run(["ask", "--thread", "t-no-such-thread", "what did Lavrov say?"], tmp_path)
    assert result.returncode == 1 and "No conversation has the thread id 't-no-such-thread'" in result.stdout


def test_a_database_that_does_not_answer_is_one_line(tmp_path):
    result = run(["ask", "help"], tmp_path, DATABASE_URL="postgresql://nobody@127.0.0.1:9/none")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Cannot open the database" in result.stderr and len(result.stderr.strip().splitlines()) <= 3
