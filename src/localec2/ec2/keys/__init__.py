"""Key pairs: creating and importing them, SSH key formats, fingerprints."""
