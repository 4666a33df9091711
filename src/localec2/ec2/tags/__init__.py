"""Tags: the rules, `TagSpecifications`, and where each kind keeps its tags."""
