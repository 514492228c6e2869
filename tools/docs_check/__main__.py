from tools.docs_check.cli import main

raise SystemExit(main())
