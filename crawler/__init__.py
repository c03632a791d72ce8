"""jpllm-watch: the Scrapy project (settings, items, spiders, commands)."""
