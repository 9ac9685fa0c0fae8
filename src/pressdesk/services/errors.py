"""Errors services raise; each message is one sentence naming the record or file."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of the errors a use case reports to a person."""


class NotFoundError(ServiceError):
    """A record named by id or uid does not exist."""


class InvalidInputError(ServiceError):
    """An argument or input file cannot be used."""


class ConflictError(ServiceError):
    """Somebody else changed the record since it was read."""
