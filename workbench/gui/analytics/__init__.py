"""The Analytics pane (pane.py), its charts (drawing.py) and the weekly PDF (weekly_pdf.py)."""
