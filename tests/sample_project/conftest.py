"""Run by run.sh, where ocr_sample_app is installed; the repository's own test run (where it is
not) skips this directory instead of failing to import it."""

import importlib.util

collect_ignore_glob = [] if importlib.util.find_spec("ocr_sample_app") else ["*"]
