"""The window's words for the core's problems.

The core raises and records codes + parameters (MailMergeError, RunStopped.problem, row reason codes) with an English
sentence written for the command line ("run the same command with --resume"). Where that sentence would send a
window user to a terminal, this table gives the window's own sentence for the same code, with the same parameters,
through tr(). Every other code keeps the core's sentence, which is already face-neutral."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mailmerge.base.errors import MailMergeError, Problem, list_separator
from mailmerge.base.events import RunStopped
from ui.i18n import core_sentence, finding_sentence, shown_time

if TYPE_CHECKING:
    from mailmerge.compose.preflight import Finding

CONTEXT = "wording"
APP_FOLDER = str(Path(__file__).resolve().parent.parent) + os.sep  # where the app itself is installed
ACCOUNTS = "Send → Accounts…"
# Problems of a saved account the window fixes: where one is shown, the account's editor (or, to sign in again, the
# Accounts dialog) is offered; {fix} in the sentence names the button that opens it.
FIXED_IN_THE_EDITOR = frozenset({
    "account.no_password", "account.no_host", "account.ses_incomplete", "account.tencent_incomplete",
    "oauth.not_configured",
})
FIXED_BY_SIGNING_IN = frozenset({"oauth.signin_expired"})
OPEN_THE_ACCOUNT = "“Open the account…”"  # the Send step's button

# code -> the window's sentence; {params} are the core's parameters of that code, plus {accounts} (the menu path)
# and {fix} (the button that opens the account).
WINDOW_SENTENCES: dict[str, str] = {
    "account.no_password": "No password is saved for “{name}”. Click {fix}, type the password and save.",
    "account.no_host": "Account “{name}” needs a server name. Click {fix} and type it under Server (ask your mail "
    "administrator).",
    "account.unknown": "There is no saved account called “{name}”. Choose another one under “Send through”, or add "
    "it in {accounts}.",
    "account.ses_incomplete": "Account “{name}” needs the access key ID and the region. Click {fix} and fill them "
    "in.",
    "account.tencent_incomplete": "Account “{name}” needs the SecretId, the region and a verified sender address. "
    "Click {fix} and fill them in.",
    "account.choose": "Several accounts are saved. Choose one under “Send through”.",
    "oauth.not_configured": "Account “{name}” is not set up for sign-in. Click {fix}, enter the sign-in client ID, "
    "save, and sign in.",
    "oauth.signin_expired": "{lapsed} Click “Sign in” in {accounts} to sign in again.",
    "preset.unknown": "There is no provider called “{key}”. Choose one of the providers listed in {accounts}.",
    "engine.cancelled": "Sending was cancelled. Messages already on their way were finished; the rest stay waiting: "
    "press “Send to everyone” to send to them. Nobody gets a message twice.",
    "engine.unreachable": "Sending stopped: the server could not be reached in {attempts} tries in a row.{answer} "
    "Check the server name, the port and the internet connection. The rest stay waiting: press “Send to everyone” "
    "once the server answers again.",
    "engine.throttled_stop": "Sending stopped: the server asked to slow down {times} times in a row without "
    "accepting a message (its answer: {raw}). The rest stay waiting: press “Send to everyone” later.",
    "engine.server_trouble": "Sending stopped: the server would not take messages in {attempts} tries in a row. "
    "{reason}{answer} The rest stay waiting: press “Send to everyone” later.",
    "journal.disk_full": "The disk holding the send record {path} is full, so sending stopped. Free some space, "
    "then press “Send to everyone” to go on: rows that were being sent at that moment are listed as unknown.",
    "journal.other_campaign": "The send record {path} belongs to a different spreadsheet or message. Open the "
    "spreadsheet and message it was made for.",
    "journal.damaged": "The send record {path} is damaged ({error}). Keep it for reference and check its report "
    "before sending again.",
    "journal.missing": "Nothing has been sent for this spreadsheet yet, so there is no record at {path}.",
    "journal.interrupted": "The app stopped while this message was being sent, so it may or may not have arrived. "
    "Check with the recipient, then use “Retry not sent” if it needs sending again.",
    "template.syntax": "There is a mistake on {place}: {reason}. The line is: “{text}”. Check that every {{{{ has a "
    "matching }}}} and every {{% if %}} an {{% endif %}}.",
    "template.unknown_field": "Row {row}: the message uses the field “{field}” ({place}), but the spreadsheet has no "
    "such column. {closest}Fix the name in the message or rename the column.",
    "template.unknown_fields": "{described}",
    "unsubscribe.link_without_address": "The message uses the Unsubscribe link, but no unsubscribe address or "
    "link is set, so it would be empty. Set one for the account in {accounts}, or type one under Unsubscribe in "
    "the Message step.",
    "unsubscribe.missing": "This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo "
    "expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account in "
    "{accounts}, or type “none” under Unsubscribe in the Message step for mail people cannot opt out of.",
    "imap.not_configured": "Account “{name}” has no mailbox server for reading replies. Open it in {accounts} and "
    "fill in Mailbox server (IMAP).",
    "imap.oauth_unsupported": "Account “{name}” signs in through the browser, which reading the mailbox does not "
    "support yet. Use an app password for the account instead ({accounts}).",
    "imap.no_user": "Account “{name}” has no login name for its mailbox. Open it in {accounts} and fill in Login.",
    "contacts.ambiguous_encoding": "Mail Merge can't tell which text encoding {file} uses. Under “Encoding”, "
    "choose the one in which the names read correctly.",
    "changed": "Row {row} changed or moved in the spreadsheet since this send started, so it was not sent: it could "
    "be a different person now. Check the report before sending to it.",
    "engine.row_changed": "Row {row} changed in the spreadsheet since this send started, so it was not sent: it "
    "could be a different person now. Check the report before sending to it.",
    "engine.row_gone": "Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. "
    "Check the report before sending again.",
    "engine.late": "Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. "
    "If it should still go, empty its send-at cell and send it again.",
    "smtp.relay_denied": "The server refuses to pass mail on to other addresses (relay access denied), so no row "
    "can be sent through it. It probably needs a login (a saved account with its user name and password), or "
    "this is not your provider's sending server. Server's answer: {text}",
}
# The confirmation's words for rows the plan leaves out (the journal keeps them as problems "plan.<reason>").
_LEFT_OUT_CONTEXT = "ConfirmSend"


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _place(header: object, body_line: object) -> str:
    """Where a template problem is, as the Message step shows the message: a header field or a body line."""
    if isinstance(header, str):
        return _translate("the {header} line").format(header=header)
    if isinstance(body_line, int):
        return _translate("line {line} of the message").format(line=body_line)
    return _translate("the message")


def _closest(suggestion: object) -> str:
    return _translate("The closest column is “{column}”. ").format(column=suggestion) if suggestion else ""


def _unknown_fields(params: Mapping[str, object]) -> str:
    fields, suggestions = params["fields"], params["suggestions"]
    headers, body_lines = params["headers"], params["body_lines"]
    if not (isinstance(fields, tuple) and isinstance(suggestions, tuple) and isinstance(headers, tuple)
            and isinstance(body_lines, tuple)):
        raise KeyError("fields")  # not the parameters this code carries: the core's sentence is shown
    items = [
        _translate("“{field}” on {place}").format(field=field, place=_place(header, line))
        + (_translate(" (closest column: “{column}”)").format(column=close) if close else "")
        for field, close, header, line in zip(fields, suggestions, headers, body_lines, strict=True)
    ]
    if len(items) == 1:
        return _translate("The message uses the field {item}, but the spreadsheet has no such column. Fix the name "
                          "in the message or rename the column.").format(item=items[0])
    return _translate("The message uses {n} fields the spreadsheet has no column for: {items}. Fix the names in "
                      "the message or rename the columns.").format(n=len(items), items="; ".join(items))


def _window_params(code: str, params: Mapping[str, object]) -> dict[str, object]:
    """The core's parameters plus what the window's sentence for `code` is built from."""
    derived: dict[str, object] = {"accounts": _translate(ACCOUNTS), "fix": _translate(OPEN_THE_ACCOUNT),
                                  **{key: core_sentence(value) if isinstance(value, Problem) else value
                                     for key, value in params.items()}}
    if code in ("template.syntax", "template.unknown_field"):
        derived["place"] = _place(params.get("header"), params.get("body_line"))
        derived["closest"] = _closest(params.get("suggestion"))
    if code == "template.unknown_fields":
        derived["described"] = _unknown_fields(params)
    return derived


def words(code: str, params: Mapping[str, object], fallback: str) -> str:
    """The window's sentence for `code` with `params`, or `fallback` (the core's sentence) when the window needs
    no other words, or the parameters it would need are missing. A path inside the app's own folder (the sample
    campaign's files) is named by its file name only: it is nothing the user chose or can change. A problem
    among the parameters (a sentence inside the sentence) is worded by the window too."""
    params = {name: _worded_param(value) for name, value in params.items()}
    own = {value: Path(value).name for value in params.values()
           if isinstance(value, str) and value.startswith(APP_FOLDER)}
    sentence = WINDOW_SENTENCES.get(code)
    if sentence is not None:
        try:
            return _translate(sentence).format(**_window_params(code, {k: own.get(v, v) if isinstance(v, str) else v
                                                                        for k, v in params.items()}))
        except (KeyError, IndexError):  # e.g. the damaged-file variant of a code that has no {name}
            pass
    for path, name in own.items():
        fallback = fallback.replace(path, name)
    return fallback


def _worded_param(value: object) -> object:
    if isinstance(value, Problem):
        return problem_words(value)
    if isinstance(value, datetime):
        return shown_time(value)
    if isinstance(value, tuple) and value and all(isinstance(item, Problem) for item in value):
        return list_separator(value).join(problem_words(item) for item in value if isinstance(item, Problem))
    return value


def finding_words(finding: Finding) -> str:
    """A Check finding as the window says it (without "Row 4: " when it is about a row: the row is shown beside
    it)."""
    return words(finding.code, finding.params, finding_sentence(finding))


def problem_words(problem: Problem) -> str:
    if problem.code.startswith("plan."):
        left_out = left_out_words(problem.code.removeprefix("plan."), problem.params)
        if left_out:
            return left_out
    return words(problem.code, problem.params, core_sentence(_local_moments(problem)))


def _local_moments(problem: Problem) -> Problem:
    """The problem with every moment in it (a late row's time, when a wait ends) written the window's way."""
    params = {name: shown_time(value) if isinstance(value, datetime)
              else _local_moments(value) if isinstance(value, Problem) else value
              for name, value in problem.params.items()}
    return Problem(problem.code, problem.template, params)


def left_out_words(reason: str, params: Mapping[str, object]) -> str:
    """Why the plan leaves a row out (a plan.Reason value), in the window's words; "" where the core's sentence
    serves."""
    params = {name: _worded_param(value) for name, value in params.items()}
    translate = QCoreApplication.translate
    match reason:
        case "earlier_run":
            return translate(_LEFT_OUT_CONTEXT, "{address} already got another version of this message through "
                             "{account}.").format(address=params.get("address"), account=params.get("account"))
        case "excluded":
            return translate(_LEFT_OUT_CONTEXT, "Left out of this send by you in the Contacts step.")
        case "invalid":
            return translate(_LEFT_OUT_CONTEXT, "Not sent because of a problem in the row (see Check): {problem}"
                             ).format(problem=params.get("problem", ""))
        case "suppressed":
            return translate(_LEFT_OUT_CONTEXT, "{address} is on the suppression list ({why}).").format(
                address=params.get("address"), why=params.get("why"))
        case "duplicate":
            return translate(_LEFT_OUT_CONTEXT, "Same address as row {row}, which gets the message.").format(
                row=params.get("first_row"))
        case _:
            return ""


def account_fix(exc: BaseException) -> str | None:
    """How the window fixes this problem: "edit" the account, "sign_in" again, or None (not an account's)."""
    if isinstance(exc, MailMergeError):
        if exc.code in FIXED_IN_THE_EDITOR:
            return "edit"
        if exc.code in FIXED_BY_SIGNING_IN:
            return "sign_in"
    return None


def problem_text(exc: BaseException, fix: str | None = None) -> str:
    """The plain sentence for an expected problem; anything else is a bug and goes to the crash dialog. `fix`: the
    button that opens the account where the sentence is shown (the Send step's “Open the account…” if None)."""
    if not isinstance(exc, MailMergeError):
        raise exc
    if fix is not None:
        return words(exc.code, {**exc.params, "fix": fix}, str(exc))
    return problem_words(exc.problem)


def stop_text(stopped: RunStopped) -> str:
    return problem_words(stopped.problem) if stopped.problem is not None else stopped.reason


def row_reason(code: str, row: int, reason: str, problem: Problem | None = None) -> str:
    """A row's reason (failed, skipped, unknown, retrying; a sent row's note) as the window says it: from its
    problem (code + parameters) in the window's language; a reason recorded without one (a journal of an older
    version) as it was stored, unless the window has its own sentence for the code."""
    if problem is not None:
        try:
            return problem_words(problem)
        except (KeyError, IndexError, ValueError, AttributeError):  # stored parameters that do not fit
            return reason
    return words(code, {"row": row}, reason)
