"""EBS: volumes, snapshots, and their limits."""
