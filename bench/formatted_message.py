"""How much does a message from the formatted editor cost to build, compared with a Markdown one?

The editor's template is HTML with CSS inlined and pictures as data: addresses; every row renders it with Jinja,
makes the plain-text part from the HTML, and turns the pictures into cid: parts (each picture encoded once, not per
row). The reference, measured in the same run on the same rows: the same letter as a Markdown template.

    .venv/bin/python bench/formatted_message.py [--rows 5000] [--picture-kb 300]

Target: a formatted message (with its picture) builds in at most 3x the time of the Markdown one. Exit status 0
when met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mailmerge.compose.campaign import open_campaign
from mailmerge.compose.html_mail import mail_document
from mailmerge.compose.inline_images import data_uri

TARGET_RATIO = 3.0
HEADERS = "From: Office <office@example.com>\nSubject: Your membership {{ member_id }}\n\n"
MARKDOWN = ("Dear {{ name }},\n\nThank you for being a member since **{{ joined }}**.\n\n- Member number: "
            "{{ member_id }}\n- Balance: {{ amount }}\n\nSee [the member page](https://example.com/members).\n\n"
            "Kind regards,  \nThe office\n")


def fragment(picture: bytes) -> str:
    return ('<p>Dear {{ name or "member" }},</p><p>Thank you for being a member since <b>{{ joined }}</b>.</p>'
            "<ul><li>Member number: {{ member_id }}</li><li>Balance: {{ amount }}</li></ul>"
            '{% if amount|trim %}<p>Please settle your balance.</p>{% endif %}'
            '<p>See <a href="https://example.com/members">the member page</a>.</p>'
            f'<p>Kind regards,<br>The office</p><p><img src="{data_uri("image/png", picture)}" alt="Logo"></p>')


def per_message_us(contacts: Path, template: Path, rows: int, repeat: int) -> float:
    campaign = open_campaign(contacts, template)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for row in range(1, rows + 1):
            campaign.build(row)
        best = min(best, time.perf_counter() - start)
    return best / rows * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--picture-kb", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mm-bench-formatted-"))
    lines = ["email,name,member_id,joined,amount"]
    lines += [f"m{i}@example.com,Member {i},{i:06d},2023-01-{i % 28 + 1:02d},{i * 7 % 1000}" for i in range(args.rows)]
    contacts = work / "contacts.csv"
    contacts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    markdown = work / "letter.md"
    markdown.write_text(HEADERS + MARKDOWN, encoding="utf-8")
    formatted = work / "letter.html"
    formatted.write_text(HEADERS + mail_document(fragment(os.urandom(args.picture_kb * 1024))), encoding="utf-8")
    reference = per_message_us(contacts, markdown, args.rows, args.repeat)
    ours = per_message_us(contacts, formatted, args.rows, args.repeat)
    ratio = ours / reference
    print(f"markdown template:  {reference:8.1f} µs/message")
    print(f"formatted template: {ours:8.1f} µs/message (with a {args.picture_kb} KB picture)")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET_RATIO}x)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
