"""Audit store of decisions and feedback."""
