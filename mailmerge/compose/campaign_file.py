"""Campaign files (`*.mailmerge.json`): what the user saves with Ctrl+S. No Qt, no secrets.

Format (version 2), UTF-8 JSON:
    {
      "format": "mailmerge-campaign", "version": 2,
      "contacts": {"path": "contacts.xlsx", "sheet": "Sheet1" | null, "header_row": 1 | null,
                   "excluded_rows": [4, 17]},  # 1-based data rows the user left out of the send

      "mapping": {"email": "email", "name": "name" | null, "cc": null, "bcc": null, "attachments": null,
                  "send_at": null},
      "message": {"format": "markdown" | "html" | "text", "template": "From: ...\\nSubject: ...\\n\\nbody"},
      "account": "Office SMTP" | null,          # null: the built-in outbox
      "settings": {"connections": 4}            # free-form sending settings, never a password
    }
`contacts.path` is stored relative to the campaign file when it lies beside or below it, so a folder can be moved.
Version 1 files (no excluded_rows) open as they are. A version 1 app refuses a version 2 file ("saved by a newer
version") instead of opening it and sending to the rows the user left out.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailmerge.base.errors import UnusableInputError
from mailmerge.sheets.mapping import MAPPING_ROLES

FORMAT = "mailmerge-campaign"
VERSION = 2
SUFFIX = ".mailmerge.json"
BODY_FORMATS = ("markdown", "html", "text")


@dataclass
class CampaignDocument:
    contacts_path: Path | None = None
    sheet: str | None = None
    header_row: int | None = None
    mapping: dict[str, str | None] = field(default_factory=dict)
    body_format: str = "markdown"
    template_text: str = ""
    account: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    excluded_rows: frozenset[int] = frozenset()


def save_campaign(doc: CampaignDocument, path: Path) -> None:
    # Write beside, then replace: a crash mid-save never leaves half a file.
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(document_to_json(doc, base=path.parent) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def document_to_json(doc: CampaignDocument, *, base: Path | None = None) -> str:
    """The campaign as JSON; the spreadsheet's path is relative to `base` when it lies beside or below it."""
    contacts = None
    if doc.contacts_path is not None:
        contacts = str(_relative_if_inside(doc.contacts_path, base) if base else doc.contacts_path.resolve())
    data = {
        "format": FORMAT,
        "version": VERSION,
        "contacts": {"path": contacts, "sheet": doc.sheet, "header_row": doc.header_row,
                     "excluded_rows": sorted(doc.excluded_rows)},
        "mapping": {name: doc.mapping.get(name) for name in MAPPING_ROLES},
        "message": {"format": doc.body_format, "template": doc.template_text},
        "account": doc.account,
        "settings": doc.settings,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def load_campaign(path: Path) -> CampaignDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UnusableInputError(
            "campaign.unreadable", "Could not open the campaign file {file}: {error}. Check that it still exists.",
            file=str(path), error=exc.strerror or exc,
        ) from exc
    except UnicodeDecodeError as exc:
        raise _not_a_campaign(path) from exc
    return document_from_json(text, base=path.parent, name=path)


def document_from_json(text: str, *, base: Path, name: Path | None = None) -> CampaignDocument:
    """A campaign from its JSON; a relative spreadsheet path is taken from `base`. `name` is the file shown in
    error messages."""
    shown = name or base
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _not_a_campaign(shown) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _not_a_campaign(shown)
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise UnusableInputError(
            "campaign.newer_version",
            "The campaign file {file} was saved by a newer version of Mail Merge. Update the app to open it.",
            file=str(shown),
        )
    contacts = data.get("contacts") or {}
    message = data.get("message") or {}
    body_format = message.get("format", "markdown")
    if body_format not in BODY_FORMATS:
        raise _not_a_campaign(shown)
    raw_path = contacts.get("path")
    return CampaignDocument(
        contacts_path=(base / raw_path) if raw_path else None,
        sheet=contacts.get("sheet"),
        header_row=contacts.get("header_row"),
        mapping={name: (data.get("mapping") or {}).get(name) for name in MAPPING_ROLES},
        body_format=body_format,
        template_text=str(message.get("template", "")),
        account=data.get("account"),
        settings=dict(data.get("settings") or {}),
        excluded_rows=_excluded_rows(contacts.get("excluded_rows"), shown),
    )


def _excluded_rows(value: object, path: Path) -> frozenset[int]:
    if value is None:
        return frozenset()  # a version 1 file: nobody left out
    if not isinstance(value, list) or not all(isinstance(r, int) and not isinstance(r, bool) and r >= 1
                                              for r in value):
        raise _not_a_campaign(path)
    return frozenset(value)


def _not_a_campaign(path: Path) -> UnusableInputError:
    return UnusableInputError(
        "campaign.invalid",
        "{file} is not a Mail Merge campaign file. Open a file saved with File → Save campaign.",
        file=str(path),
    )


def _relative_if_inside(target: Path, folder: Path) -> Path:
    try:
        return target.resolve().relative_to(folder.resolve())
    except ValueError:
        return target.resolve()
