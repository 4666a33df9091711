"""The HTTP side: the ASGI app, SigV4 authentication, and one request from bytes to answer."""
