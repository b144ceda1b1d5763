"""The yearly overview (årsoversigt): one set of figures, rendered as HTML, XLSX and PPTX."""
