"""One article read from plain text, as the reading tests of each stop ask for it."""
from pantau.extract import extract_article
from pantau.model import RawArticle


def extract_text(text, published=None):
    """The extraction of `text` as a whole article, with `published` as its page's date when given."""
    return extract_article(RawArticle("case.txt", "0" * 64, "", text, published_hint=published))
