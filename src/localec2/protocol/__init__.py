"""The EC2 Query protocol: requests in (`query`), XML out (`xml`)."""
