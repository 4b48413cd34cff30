"""The quantity family: number words and figures (``numbers``), amounts with their scale
and approximation (``amounts``), units and currencies (``units``), and the extractor that
ties each amount to what it counts (``extractor``)."""
