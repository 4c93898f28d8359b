"""Quarterly progress reports (季度工作进展情况): the content once, then one writer per format.

`content.build` turns what `tracker status` computed for a quarter's last day
into a `QuarterReport` of finished text and numbers; `markdown`, `html`,
`docx` and `xlsx` only lay it out.
"""
