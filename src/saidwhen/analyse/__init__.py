"""analyse stage: sentences, parse, quotes, speakers and entities of an article.

    analyse_article(article, settings) -> Analysis          one article, in this process
    analyse_articles(articles, settings) -> Iterator[Analysis]   many, on ``settings.workers`` processes
    raw_quotes(paths) -> Iterator[dict]                      ``saidwhen quotes --raw``: plain .txt files

spaCy is loaded lazily (first call) and nothing spaCy-typed leaves this package.
"""

from __future__ import annotations

from saidwhen.analyse.pipeline import analyse_article, analyse_articles, analyse_text, raw_quotes

__all__ = ["analyse_article", "analyse_articles", "analyse_text", "raw_quotes"]
