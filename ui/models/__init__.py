"""Table models: one QAbstractTableModel per table, data() O(1) so 100k rows scroll smoothly."""
