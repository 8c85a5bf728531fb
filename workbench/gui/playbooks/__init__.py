"""Playbooks in the GUI: the import dialog (preview, per-item choice) and the export dialog,
both from the main window's File menu."""
