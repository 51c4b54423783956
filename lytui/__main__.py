from lytui.cli import main

raise SystemExit(main())
