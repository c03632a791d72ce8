"""The scheduler: the schedule as jobs, one crawl process per crawl, the APScheduler loop and the digest job."""
