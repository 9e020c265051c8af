"""Project exceptions. Each message says what went wrong and what to do about it.

The CLI turns any `HrcqaError` into one line on stderr and exit code 2; the app shows it as a
message. Anything else escaping is a bug.
"""

from __future__ import annotations


class HrcqaError(Exception):
    """Base class for errors a user can cause and fix."""


class CorpusError(HrcqaError):
    """A corpus file is missing, empty, not UTF-8 text, or has no recognisable statements."""


class ConfigError(HrcqaError):
    """A configuration value is invalid."""


class IndexError_(HrcqaError):
    """Base for index problems (named with a trailing underscore to avoid the builtin)."""


class IndexMissingError(IndexError_):
    """No index exists where one was expected."""


class StaleIndexError(IndexError_):
    """The index was built from another corpus, model or chunking configuration."""


class CorruptIndexError(IndexError_):
    """An index file is truncated, unreadable or inconsistent with the manifest."""


class IndexWriteError(IndexError_):
    """The index directory cannot be written (e.g. read-only)."""


class QueryError(HrcqaError):
    """A query or its options are invalid (empty, k < 1, unknown speaker or kind)."""


class ModelError(HrcqaError):
    """The embedding model cannot be loaded."""
