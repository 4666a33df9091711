"""Security groups: the groups, their rules, and the `IpPermissions` view of them."""
