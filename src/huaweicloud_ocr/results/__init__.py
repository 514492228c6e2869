"""Results people can use (issue 15, in progress), built on the generated models or saved JSON,
never on the network: a saved answer is re-read without calling (or paying for) the service.

    from huaweicloud_ocr.results.text import text_of
    from huaweicloud_ocr.results.passport import cross_check, mrz_of
    from huaweicloud_ocr.results.tables import tables_of

Modules so far: `text` (plain text in reading order from the quadrilaterals, with spans that
map text back to words and locations; "label: value" text for ID cards, passports, licences and
plates), `tables` (General Table and Smart Document Recognizer tables as a grid with
merged cells resolved: rows, CSV, Markdown, HTML with rowspan/colspan) and `passport` (the
machine-readable zone as ICAO 9303 TD3: fields, dates, every check digit, and a cross-check
against the printed fields), `keyvalues` (Smart Document Recognizer key-values as a read-only
mapping with exact and normalised look-up) and `confidence` (what falls under a threshold, what
passes, and what has no score at all).
"""
