"""Stage 1, the page: bytes to decoded text, page furniture out, and the metadata
(headline, outlet, writers, date) read around the article.
"""
