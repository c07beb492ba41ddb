"""The `diplobrief` command: chat, ask, ingest, summarize, quotes, digest, run."""
from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from adapters.console import ConsoleAdapter, ConsoleDelivery, render
from bot.config import Settings, SettingsError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="DiploBrief: briefings on diplomatic news.")
out = Console()
err = Console(stderr=True, soft_wrap=True)  # error lines stay one line, whatever the terminal width


def load_settings() -> Settings:
    try:
        settings = Settings.load()
    except SettingsError as error:
        err.print(f"[red]Configuration error:[/red] {error}")
        raise typer.Exit(2) from None
    logging.basicConfig(level=settings.log_level, format="diplobrief: %(levelname)s %(message)s", stream=sys.stderr)
    for noisy in ("httpx", "trafilatura", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # discord.py warns about voice support at every start; DiploBrief never uses voice.
    logging.getLogger("discord.client").addFilter(lambda record: "voice will NOT be supported" not in record.getMessage())
    return settings


async def open_core(settings: Settings, load_sample: bool = True):
    from sqlalchemy.exc import SQLAlchemyError

    from bot.app import DiploBrief

    try:
        return await DiploBrief.open(settings, load_sample=load_sample)
    except SQLAlchemyError as error:
        first_line = str(error.orig if getattr(error, "orig", None) else error).strip().splitlines()[0]
        err.print(f"[red]Cannot open the database (DATABASE_URL={settings.database_url}):[/red] {first_line}", markup=True)
        raise typer.Exit(2) from None


def read_text(path: Path) -> str:
    """A file's text as decoded from UTF-8 (offsets are into exactly this string); other encodings fall back.

    Raises ValueError (one line) for binary content."""
    from bot.ingest.drafts import IngestError
    from bot.ingest.text import check_not_binary, decode_bytes

    data = path.read_bytes()
    try:
        check_not_binary(data)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            # offsets are into the text as decoded: say so when that is not UTF-8
            err.print(f"{path}: not valid UTF-8 (byte {error.start}); read with a fallback encoding, offsets refer to "
                      "that text", markup=False)
            return decode_bytes(data)
    except IngestError as error:
        raise ValueError(str(error)) from None


@app.command()
def ask(
    text: Annotated[str, typer.Argument(help='What to ask, e.g. "latest China Russia".')],
    as_json: Annotated[bool, typer.Option("--json", help="Print the reply object as JSON (with its thread id).")] = False,
    thread: Annotated[Optional[str], typer.Option("--thread", help="Ask in the thread of an earlier reply.")] = None,
) -> None:
    """Send one message and print the reply."""
    settings = load_settings()

    async def main():
        core = await open_core(settings)
        try:
            return await ConsoleAdapter(core).send(text, thread=thread)
        finally:
            await core.close()

    reply = asyncio.run(main())
    if as_json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False))
    else:
        out.print(render(reply))
        if reply.thread and reply.items:
            out.print(f"[dim]Ask a follow-up in this thread: diplobrief ask --thread {reply.thread} \"…\"[/dim]")
    if reply.kind == "error":  # scripts can tell a refused or unreadable request from an answer
        raise typer.Exit(1)


@app.command()
def chat() -> None:
    """Interactive chat. '> question' asks in the thread of the last answer; ':thread ID' enters a thread, ':main' leaves it."""
    settings = load_settings()
    asyncio.run(_chat(settings))


async def _chat(settings: Settings) -> None:
    core = await open_core(settings)
    adapter = ConsoleAdapter(core)
    core.register_delivery(ConsoleDelivery(out))
    await core.start_scheduler()
    out.print("[bold]DiploBrief[/bold] — type 'help', or Ctrl-D to leave. '> question' follows up on the last answer.")
    thread: str | None = None
    try:
        while True:
            prompt = f"[{thread}] > " if thread else "> "
            try:
                line = await asyncio.to_thread(input, prompt)
            except (EOFError, KeyboardInterrupt):
                break
            line = line.strip()
            if not line:
                continue
            if line in {":quit", ":q", "exit", "quit"}:
                break
            if line.startswith(":thread"):
                thread = line.split(maxsplit=1)[1] if " " in line else adapter.last_thread
                continue
            if line == ":main":
                thread = None
                continue
            target = thread
            if line.startswith(">"):
                line, target = line[1:].strip(), thread or adapter.last_thread
            out.print(render(await adapter.send(line, thread=target)))
    finally:
        await core.close()


@app.command("ingest")
def ingest_command(
    targets: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, page or feed URLs.")] = None,
    feeds: Annotated[bool, typer.Option("--feeds", help="Fetch the configured feeds (DIPLOBRIEF_FEEDS, sources, or the bundled list).")] = False,
) -> None:
    """Ingest articles: extracted, cleaned, deduplicated, analysed and stored."""
    settings = load_settings()
    if not targets and not feeds:
        err.print("Nothing to ingest: give files, directories or URLs, or --feeds.")
        raise typer.Exit(2)

    async def main():
        core = await open_core(settings, load_sample=False)  # the user is bringing their own articles
        try:
            wanted = list(targets or []) + (await core.feed_urls() if feeds else [])
            with Progress(
                TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=err, transient=True, disable=not err.is_terminal,
            ) as progress:  # fmt: skip
                task = progress.add_task("Ingesting", total=len(wanted))
                report = await core.ingest(
                    wanted, on_progress=lambda p: progress.update(task, completed=p.done, total=max(p.total, 1), description=p.target[-50:])
                )
            return report
        finally:
            await core.close()

    report = asyncio.run(main())
    # One line per input, never wrapped, so the output can be grepped.
    out.print(f"Ingested: {report.line()}.", soft_wrap=True)
    for url, reason in report.duplicates[:20]:
        out.print(f"  already stored: {url} ({reason})", soft_wrap=True, markup=False)
    # Each failure was logged as one line on stderr as it happened.
    if report.failures and not report.added and not report.duplicates:
        raise typer.Exit(1)


@app.command()
def reprocess() -> None:
    """Recompute summaries, countries and quotes of every stored article."""
    settings = load_settings()

    async def main():
        core = await open_core(settings)
        try:
            return await core.reprocess()
        finally:
            await core.close()

    out.print(f"Re-processed {asyncio.run(main())} articles.")


@app.command()
def summarize(
    files: Annotated[list[Path], typer.Argument(help="Text files to summarize.", exists=True, dir_okay=False)],
    algorithm: Annotated[Optional[str], typer.Option("--algorithm", "-a", help="lexrank, textrank, luhn, lsa, edmundson, kl, sumbasic, reduction, or the default.")] = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=1, help="How many sentences.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line per file.")] = False,
) -> None:
    """Summarize files offline: sentences chosen verbatim from the text, in document order."""
    from summaries import summarize as run_summary

    failed = False
    for path in files:
        try:
            text = read_text(path)
        except ValueError as error:  # binary or undecodable: one line, the other files go on
            err.print(f"{path}: {error}", markup=False)
            failed = True
            continue
        try:
            chosen = run_summary(text, sentences, algorithm=algorithm)
        except ValueError as error:
            err.print(f"{error}")
            raise typer.Exit(2) from None
        if as_json:
            print(json.dumps({"file": str(path), "sentences": chosen}, ensure_ascii=False))
        else:
            out.print(f"[bold]{path}[/bold]")
            for sentence in chosen:
                out.print(f"  {sentence}")
    if failed:
        raise typer.Exit(1)


@app.command()
def quotes(
    files: Annotated[list[Path], typer.Argument(help="Text files.", exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line per file.")] = False,
) -> None:
    """Who said what in each file: quotes with resolved speakers and character offsets."""
    from bot.quotes import extract_quotes

    failed = False
    for path in files:
        try:
            found = extract_quotes(read_text(path))
        except ValueError as error:  # binary or undecodable: one line, the other files go on
            err.print(f"{path}: {error}", markup=False)
            failed = True
            continue
        if as_json:
            print(json.dumps({"file": str(path), "quotes": [q.to_json() for q in found]}, ensure_ascii=False))
        else:
            out.print(f"[bold]{path}[/bold]")
            for quote in found:
                who = quote.speaker or "unattributed"
                out.print(f"  [{quote.kind}] {who}: {quote.text}", markup=False)
    if failed:
        raise typer.Exit(1)


@app.command()
def digest(topics: Annotated[Optional[list[str]], typer.Argument(help="Countries, organisations or keywords.")] = None) -> None:
    """Print a digest of the last day's top stories now."""
    ask(" ".join(["digest", *(topics or [])]), as_json=False, thread=None)


@app.command()
def run() -> None:
    """Run the bot: Slack and/or Discord (whichever is configured) and the digest scheduler."""
    settings = load_settings()
    from adapters.discord import DiscordStartupError, check_discord_settings, run_discord
    from adapters.slack import check_slack_settings, run_slack, slack_configured
    from adapters.slack.app import SlackConfigError

    runners = []
    problems: list[str] = []
    if slack_configured(settings):
        problems += check_slack_settings(settings)
        runners.append(run_slack)
    if settings.discord_token:
        problems += check_discord_settings(settings)
        runners.append(run_discord)
    if problems:
        for problem in problems:
            err.print(f"[red]{problem}[/red]")
        raise typer.Exit(2)
    if not runners:
        err.print("Neither Slack nor Discord is configured: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (see README 'Install in Slack') "
                  "or DISCORD_TOKEN (see 'Install in Discord'). For the terminal, use 'diplobrief chat'.")  # fmt: skip
        raise typer.Exit(2)

    async def main():
        core = await open_core(settings)
        try:
            await core.start_scheduler()
            await asyncio.gather(core.poll_feeds(), *(runner(core, settings) for runner in runners))
        finally:
            await core.close()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    except (DiscordStartupError, SlackConfigError) as error:
        err.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    except Exception as error:  # e.g. the platform unreachable: one line, details at DEBUG
        logging.getLogger("diplobrief").debug("run failed", exc_info=True)
        err.print(f"[red]Stopped: {type(error).__name__}: {error}[/red] (LOG_LEVEL=DEBUG shows details)")
        raise typer.Exit(1) from None


@app.command("discord-invite")
def discord_invite(
    application_id: Annotated[Optional[str], typer.Option("--application-id", help="Defaults to DISCORD_APPLICATION_ID.")] = None,
) -> None:
    """Print the URL that invites the bot to a Discord server, with exactly the permissions it needs."""
    settings = load_settings()
    from adapters.discord import invite_url

    app_id = application_id or settings.discord_application_id
    if not app_id:
        err.print("Set DISCORD_APPLICATION_ID (Discord Developer Portal → your app → General Information → Application ID) or pass --application-id.")
        raise typer.Exit(2)
    print(invite_url(app_id))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
