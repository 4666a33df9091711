"""The state: documents in memory and in SQLite, transactions, accounts and their keys, ids."""
