"""What the components of one crawl share through Scrapy's crawler: its archive connection.

Spiders, middlewares, extensions and pipelines all reach the archive through
here, so the archive itself stays free of Scrapy.
"""
