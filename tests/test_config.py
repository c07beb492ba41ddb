from __future__ import annotations

import pytest

from bot.config import Settings, SettingsError


def test_defaults_need_no_configuration(tmp_path):
    settings = Settings.load(env={"HOME": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path}/.local/share/diplobrief/diplobrief.sqlite3"
    assert settings.timezone == "UTC" and settings.digest_time == "08:00"


def test_postgres_urls_use_psycopg3():
    settings = Settings.load(env={"DATABASE_URL": "postgresql://u@db/x"})
    assert settings.database_url == "postgresql+psycopg://u@db/x"


@pytest.mark.parametrize(
    "name, value",
    [
        ("DATABASE_URL", "mysql://x"),
        ("DIPLOBRIEF_TIMEZONE", "Mars/Olympus"),
        ("DIPLOBRIEF_DIGEST_TIME", "25:00"),
        ("DIPLOBRIEF_DIGEST_SIZE", "many"),
        ("DIPLOBRIEF_LOAD_SAMPLE", "perhaps"),
        ("SLACK_PORT", "-1"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_setting(name, value):
    with pytest.raises(SettingsError) as error:
        Settings.load(env={name: value})
    assert name in str(error.value) and "\n" not in str(error.value)


def test_dotenv_file_is_read_and_environment_wins(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    env_file.write_text("DIPLOBRIEF_TIMEZONE=Asia/Shanghai\nDIPLOBRIEF_DIGEST_TIME=07:15\n")
    monkeypatch.setenv("DIPLOBRIEF_DIGEST_TIME", "06:45")
    settings = Settings.load(dotenv_path=env_file)
    assert settings.timezone == "Asia/Shanghai" and settings.digest_time == "06:45"
