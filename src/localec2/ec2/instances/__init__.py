"""Instances: launching, the state clock, attributes, status, their addresses and parts."""
