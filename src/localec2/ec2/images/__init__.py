"""Images: the public catalog, the account's own, and those shared with it."""
