"""The offline demo: sample responses served from 127.0.0.1."""
