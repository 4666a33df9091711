"""EC2 itself: the resource kinds, their documents, and the rules EC2 applies to them."""
