"""EC2 actions, one module per resource family; each registers itself with `registry.action`."""
