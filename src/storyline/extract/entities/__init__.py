"""The entity family: names found in an article (``mentions``), what they refer to within it
(``reference``: forms of one name, titles, short names), the place gazetteer and role
words, and the extractor that groups mentions into the article's entities (``extractor``)."""
