"""Results people can use, built on the generated models or saved JSON, never on the network: a
saved answer (`to_dict()`, a batch line's `result`) is re-read without calling, or paying for,
the service again.

    from huaweicloud_ocr.results.text import text_of
    from huaweicloud_ocr.results.tables import tables_of
    from huaweicloud_ocr.results.passport import cross_check, mrz_of

Modules, each documenting its rules and the choices it makes where the API documents leave a
meaning open:

* `text`: plain text in reading order from the quadrilaterals (lines, words, columns, turned
  pages), spans that map the text back to words and locations, and "label: value" text for ID
  cards, passports, licences and plates;
* `document`: Markdown and HTML of Smart Document Recognizer and General Table answers, layout
  blocks in layout order, every word placed once;
* `tables`: General Table and Smart Document Recognizer tables as a grid with merged cells
  resolved: rows, CSV, Markdown, HTML with rowspan/colspan, and pandas/Excel behind extras;
* `excel`: the Base64 workbooks that `return_excel` asks for, checked and saved;
* `keyvalues`: Smart Document Recognizer key-values as a mapping with exact and normalised
  look-up;
* `identity`: ID, passport and licence dates as `datetime.date`, read by the `x-date`
  annotations of openapi.yaml; masked or partial values reported, never guessed;
* `passport`: the machine-readable zone as ICAO 9303 TD3, every check digit, and a cross-check
  against the printed fields;
* `confidence`: what falls under a threshold, what passes, and what has no score at all;
* `locations`: every quadrilateral of an answer (words, cells, layout blocks, portraits,
  plates, ID text locations), what the overlays and hOCR export draw on.
"""
