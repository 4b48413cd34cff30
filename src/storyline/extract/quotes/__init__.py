"""The quote family: quotation marks (``marks``), speech cues and reported clauses
(``cues``), speakers and their words (``speakers``, ``speaker_lexicon``), the extractor
that makes statements (``extractor``) and the one that dates them (``dates``)."""
