"""localec2: a local EC2-compatible endpoint (EC2 Query API, SigV4, persistent)."""

__version__ = "0.1.0"
