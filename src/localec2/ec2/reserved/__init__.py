"""Reserved Instances: the offerings catalogue, reservations bought, Marketplace listings
and modifications."""
