"""The reviewer web page (server-rendered, mounted by the service at ``/ui``): see ``serving.ui.app``."""

from serving.ui.app import build_ui

__all__ = ["build_ui"]
