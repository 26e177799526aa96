"""The case detail (Überblick, Ziele, Einwilligungen, Beratungen, Protokoll) and the case dialogs."""

from kim_desktop.ui.case_detail.widget import CaseDetailView

__all__ = ["CaseDetailView"]
