"""The weekly digest, its Slack delivery, and the scheduler that runs crawls and digests."""
