"""Running a send: the engine, the journal, the suppression list, reports, and the campaign workspace."""
