"""Slack adapter: `run_slack(core, settings)` for `diplobrief run`, `check_slack_settings(settings)` for clear setup errors."""
from __future__ import annotations

from typing import Any

from adapters.slack.app import SlackAdapter, SlackConfigError, serve_forever
from adapters.slack.poster import SlackPoster

__all__ = ["SlackAdapter", "SlackConfigError", "SlackPoster", "check_slack_settings", "run_slack", "slack_configured"]

_APPS = "api.slack.com/apps → your app"
_APP_TOKEN_HELP = f"{_APPS} → Basic Information → App-Level Tokens (scope connections:write)"


def slack_configured(settings: Any) -> bool:
    """True when any Slack variable is set, i.e. the user means to run the Slack adapter."""
    return any(getattr(settings, name, None) for name in ("slack_bot_token", "slack_app_token", "slack_signing_secret"))


def check_slack_settings(settings: Any) -> list[str]:
    """One line per problem, naming the variable and where to get its value; [] when Slack can start."""
    errors: list[str] = []
    bot_token = settings.slack_bot_token or ""
    app_token = settings.slack_app_token or ""
    if not bot_token:
        errors.append(f"SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from {_APPS} → OAuth & Permissions")
    elif not bot_token.startswith("xoxb-"):
        errors.append(f"SLACK_BOT_TOKEN must start with xoxb- (the Bot User OAuth Token from {_APPS} → OAuth & Permissions)")
    if app_token and not app_token.startswith("xapp-"):
        errors.append(f"SLACK_APP_TOKEN must start with xapp- (an App-Level Token from {_APP_TOKEN_HELP})")
    if not app_token and not settings.slack_signing_secret:
        errors.append(
            f"SLACK_APP_TOKEN is not set: for Socket Mode create an App-Level Token at {_APP_TOKEN_HELP}; "
            f"or set SLACK_SIGNING_SECRET for HTTP mode ({_APPS} → Basic Information → App Credentials)"
        )
    api_url = settings.slack_api_url or ""
    if not api_url.startswith(("http://", "https://")):
        errors.append(f"SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (got {api_url!r})")
    return errors


async def run_slack(core: Any, settings: Any) -> None:
    """Run until cancelled. Raises SlackConfigError (one line per problem) when the settings cannot work."""
    errors = check_slack_settings(settings)
    if errors:
        raise SlackConfigError("\n".join(errors))
    await serve_forever(SlackAdapter(core, settings))
