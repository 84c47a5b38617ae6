"""A tiny real PNG for tests that put a picture in a message."""

import base64

LOGO_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
LOGO_URI = "data:image/png;base64," + base64.b64encode(LOGO_PNG).decode()
