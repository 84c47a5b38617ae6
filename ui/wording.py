"""The window's words for the core's problems.

The core raises and records codes + parameters (MailMergeError, RunStopped.problem, row reason codes) with an English
sentence written for the command line ("run the same command with --resume"). Where that sentence would send a
window user to a terminal, this table gives the window's own sentence for the same code, with the same parameters,
through tr(). Every other code keeps the core's sentence, which is already face-neutral."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.base.events import RunStopped

CONTEXT = "wording"
ACCOUNTS = "Send → Accounts…"

# code -> the window's sentence; {params} are the core's parameters of that code (plus {accounts}, the menu path).
WINDOW_SENTENCES: dict[str, str] = {
    "account.no_password": "No password is saved for “{name}”. Open the account in {accounts}, type the password "
    "and save.",
    "account.no_host": "Account “{name}” needs a server name. Type it under Server (ask your mail administrator).",
    "account.unknown": "There is no saved account called “{name}”. Choose another one under “Send through”, or add "
    "it in {accounts}.",
    "account.ses_incomplete": "Account “{name}” needs the access key ID and the region. Open it in {accounts} and "
    "fill them in.",
    "account.tencent_incomplete": "Account “{name}” needs the SecretId, the region and a verified sender address. "
    "Open it in {accounts} and fill them in.",
    "account.choose": "Several accounts are saved. Choose one under “Send through”.",
    "oauth.not_configured": "Account “{name}” is not set up for sign-in. Open it in {accounts}, enter the sign-in "
    "client ID and sign in.",
    "oauth.signin_expired": "The sign-in for account “{name}” {why}. Open {accounts} and click “Sign in” again.",
    "preset.unknown": "There is no provider called “{key}”. Choose one of the providers listed in {accounts}.",
    "engine.cancelled": "Sending was cancelled after {sent} messages. The rest stay waiting: press “Send to "
    "everyone” to send to them. Nobody gets a message twice.",
    "engine.unreachable": "Sending stopped: the server could not be reached in {attempts} attempts. Check the "
    "server name, the port and the internet connection. The rest stay waiting: press “Send to everyone” once the "
    "server answers again.",
    "journal.disk_full": "The disk holding the send record {path} is full, so sending stopped. Free some space, "
    "then press “Send to everyone” to go on: rows that were being sent at that moment are listed as unknown.",
    "journal.other_campaign": "The send record {path} belongs to a different spreadsheet or message. Open the "
    "spreadsheet and message it was made for.",
    "journal.damaged": "The send record {path} is damaged ({error}). Keep it for reference and check its report "
    "before sending again.",
    "journal.missing": "Nothing has been sent for this spreadsheet yet, so there is no record at {path}.",
    "journal.interrupted": "The app stopped while this message was being sent, so it may or may not have arrived. "
    "Check with the recipient, then use “Retry not sent” if it needs sending again.",
    "changed": "Row {row} changed or moved in the spreadsheet since this send started, so it was not sent: it could "
    "be a different person now. Check the report before sending to it.",
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def words(code: str, params: Mapping[str, object], fallback: str) -> str:
    """The window's sentence for `code` with `params`, or `fallback` (the core's sentence) when the window needs
    no other words, or the parameters it would need are missing."""
    sentence = WINDOW_SENTENCES.get(code)
    if sentence is None:
        return fallback
    try:
        return _translate(sentence).format(**{"accounts": _translate(ACCOUNTS), **params})
    except (KeyError, IndexError):  # e.g. the damaged-file variant of a code that has no {name}
        return fallback


def problem_words(problem: Problem) -> str:
    return words(problem.code, problem.params, problem.message())


def problem_text(exc: BaseException) -> str:
    """The plain sentence for an expected problem; anything else is a bug and goes to the crash dialog."""
    if not isinstance(exc, MailMergeError):
        raise exc
    return problem_words(exc.problem)


def stop_text(stopped: RunStopped) -> str:
    return problem_words(stopped.problem) if stopped.problem is not None else stopped.reason


def row_reason(code: str, row: int, reason: str) -> str:
    """A row's reason (failed, skipped, unknown) as the window says it."""
    return words(code, {"row": row}, reason)
