"""Saved accounts, their secrets in the system keyring, and sign-in (OAuth2)."""
