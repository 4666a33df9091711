"""STS at localec2's endpoint: who the caller is, and temporary credentials (issue 9).

`principals` names callers as AWS does (the account's root, an assumed role's session);
`actions` answers GetCallerIdentity, GetSessionToken and AssumeRole. The credentials live in
the store beside the long-term keys (`state/accounts.py`); `server/auth.py` accepts them.
STS knows nothing of EC2 (an import contract says so).
"""
