"""Placement: placement groups, Dedicated Hosts, and where each instance runs."""
