"""Every figure of the reports is computed here once; pages, CSV, XLSX and the API all call these."""
