"""Shared value types every layer uses: errors (codes + parameters), outcomes, events, the outgoing message."""
