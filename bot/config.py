"""Typed settings, read once from the environment and a `.env` file."""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values


DEFAULT_CONTACT = "https://github.com/diplobrief/diplobrief"


class SettingsError(ValueError):
    """A setting has a bad value; the message is one line naming it."""


def default_data_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(Path(env.get("HOME", str(Path.home()))) / ".local" / "share")
    return Path(base) / "diplobrief"


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[,\s]+", value) if part.strip())


def _bool(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise SettingsError(f"{name}={value!r} is not a yes/no value (use true or false)")


def _int(name: str, value: str, minimum: int = 0) -> int:
    try:
        number = int(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r} is not a whole number") from None
    if number < minimum:
        raise SettingsError(f"{name}={value!r} must be at least {minimum}")
    return number


def _float(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r} is not a number") from None
    if number < 0:
        raise SettingsError(f"{name}={value!r} must not be negative")
    return number


def _timezone(name: str, value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"{name}={value!r} is not an IANA timezone such as Europe/Lisbon or UTC") from None
    return value


def _hhmm(name: str, value: str) -> str:
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value.strip())
    if not match:
        raise SettingsError(f"{name}={value!r} is not a time of day like 08:00")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _database_url(name: str, value: str) -> str:
    if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", value):
        raise SettingsError(f"{name}={value!r} must start with sqlite:/// or postgresql://")
    if value.startswith("postgresql://") or value.startswith("postgres://"):
        # SQLAlchemy's default PostgreSQL driver is psycopg2; we ship psycopg 3.
        value = "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    data_dir: Path
    timezone: str = "UTC"
    contact: str = DEFAULT_CONTACT
    feeds: tuple[str, ...] = ()  # empty: the bundled default feed list
    load_sample: bool = True
    digest_time: str = "08:00"
    digest_size: int = 8
    digest_window_hours: int = 24
    digest_post_when_empty: bool = True
    conversation_days: int = 14
    per_host_delay: float = 1.0
    feed_interval_minutes: int = 30  # how often `diplobrief run` fetches the feeds; 0 = never
    http_timeout: float = 15.0
    admins: tuple[str, ...] = ()
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_host: str = "0.0.0.0"
    slack_port: int = 3000
    slack_admins: tuple[str, ...] = ()
    discord_token: str | None = None
    discord_application_id: str | None = None
    discord_api_url: str | None = None
    discord_gateway_url: str | None = None
    discord_admins: tuple[str, ...] = ()
    log_level: str = "INFO"
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, dotenv_path: str | os.PathLike | None = None) -> Settings:
        """Settings from `env` (default: os.environ over the `.env` file in the working directory)."""
        if env is None:
            merged = {k: v for k, v in dotenv_values(dotenv_path or ".env").items() if v is not None}
            merged.update(os.environ)
        else:
            merged = dict(env)
        return cls._from_mapping(merged)

    @classmethod
    def _from_mapping(cls, env: Mapping[str, str]) -> Settings:
        def get(name: str) -> str | None:
            value = env.get(name)
            return value.strip() if value is not None and value.strip() != "" else None

        data_dir = Path(get("DIPLOBRIEF_DATA_DIR") or default_data_dir(env))
        database_url = _database_url("DATABASE_URL", get("DATABASE_URL") or f"sqlite:///{data_dir / 'diplobrief.sqlite3'}")
        level = (get("LOG_LEVEL") or "INFO").upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise SettingsError(f"LOG_LEVEL={level!r} must be one of DEBUG, INFO, WARNING, ERROR")
        values = dict(
            database_url=database_url,
            data_dir=data_dir,
            timezone=_timezone("DIPLOBRIEF_TIMEZONE", get("DIPLOBRIEF_TIMEZONE") or "UTC"),
            contact=get("DIPLOBRIEF_CONTACT") or DEFAULT_CONTACT,
            feeds=_split_list(get("DIPLOBRIEF_FEEDS") or ""),
            load_sample=_bool("DIPLOBRIEF_LOAD_SAMPLE", get("DIPLOBRIEF_LOAD_SAMPLE") or "true"),
            digest_time=_hhmm("DIPLOBRIEF_DIGEST_TIME", get("DIPLOBRIEF_DIGEST_TIME") or "08:00"),
            digest_size=_int("DIPLOBRIEF_DIGEST_SIZE", get("DIPLOBRIEF_DIGEST_SIZE") or "8", minimum=1),
            digest_window_hours=_int("DIPLOBRIEF_DIGEST_WINDOW_HOURS", get("DIPLOBRIEF_DIGEST_WINDOW_HOURS") or "24", minimum=1),
            digest_post_when_empty=_bool("DIPLOBRIEF_DIGEST_POST_WHEN_EMPTY", get("DIPLOBRIEF_DIGEST_POST_WHEN_EMPTY") or "true"),
            conversation_days=_int("DIPLOBRIEF_CONVERSATION_DAYS", get("DIPLOBRIEF_CONVERSATION_DAYS") or "14", minimum=1),
            feed_interval_minutes=_int("DIPLOBRIEF_FEED_INTERVAL_MINUTES", get("DIPLOBRIEF_FEED_INTERVAL_MINUTES") or "30"),
            per_host_delay=_float("DIPLOBRIEF_PER_HOST_DELAY", get("DIPLOBRIEF_PER_HOST_DELAY") or "1.0"),
            http_timeout=_float("DIPLOBRIEF_HTTP_TIMEOUT", get("DIPLOBRIEF_HTTP_TIMEOUT") or "15"),
            admins=_split_list(get("DIPLOBRIEF_ADMINS") or ""),
            slack_bot_token=get("SLACK_BOT_TOKEN"),
            slack_app_token=get("SLACK_APP_TOKEN"),
            slack_signing_secret=get("SLACK_SIGNING_SECRET"),
            slack_api_url=get("SLACK_API_URL") or "https://slack.com/api/",
            slack_host=get("SLACK_HOST") or "0.0.0.0",
            slack_port=_int("SLACK_PORT", get("SLACK_PORT") or "3000", minimum=1),
            slack_admins=_split_list(get("SLACK_ADMINS") or ""),
            discord_token=get("DISCORD_TOKEN"),
            discord_application_id=get("DISCORD_APPLICATION_ID"),
            discord_api_url=get("DISCORD_API_URL"),
            discord_gateway_url=get("DISCORD_GATEWAY_URL"),
            discord_admins=_split_list(get("DISCORD_ADMINS") or ""),
            log_level=level,
        )
        return cls(**values)

    def admins_for(self, platform: str) -> tuple[str, ...]:
        specific = {"slack": self.slack_admins, "discord": self.discord_admins}.get(platform, ())
        return self.admins + specific
