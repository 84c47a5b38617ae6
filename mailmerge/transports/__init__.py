"""Ways to hand a finished message to a provider. Each one implements `base.Transport`."""
