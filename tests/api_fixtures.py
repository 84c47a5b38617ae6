"""A real local HTTP server for API transport tests: each request is recorded and answered by a test-supplied
function, so the tests see exactly what went over the wire."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> dict[str, object]:
        loaded = json.loads(self.body)
        assert isinstance(loaded, dict)
        return loaded


Responder = Callable[[RecordedRequest], tuple[int, dict[str, object]]]


@dataclass
class JsonApiServer:
    responder: Responder
    requests: list[RecordedRequest] = field(default_factory=list)
    port: int = 0

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"


def _handler_for(server: JsonApiServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            request = RecordedRequest(
                self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length)
            )
            server.requests.append(request)
            status, payload = server.responder(request)
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
            pass

    return Handler


ServerT = TypeVar("ServerT", bound=JsonApiServer)


def serve_json_api(api: ServerT) -> Iterator[ServerT]:
    """Run `api` on 127.0.0.1, port 0, for the duration of a fixture."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(api))
    api.port = httpd.server_address[1]
    # A short poll interval keeps shutdown (each fixture teardown) quick.
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
