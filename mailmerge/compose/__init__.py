"""Turning one row into one message: addresses, the template, the message bytes, the checks before sending."""
