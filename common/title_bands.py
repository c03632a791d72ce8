"""The shape of a title signature: ``BANDS`` bands of ``BAND_WIDTH`` hex characters.

The classifier writes signatures in this shape (``pipelines/classification/signature.py``);
the archive indexes each band (``archive/schema.py``) and looks candidates up
by band (``archive/dedupe.py``), so all three read it from here.
"""

BANDS = 8
BAND_WIDTH = 8
