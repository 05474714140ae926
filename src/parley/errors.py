"""One error tree for Parley, with stable codes and messages that say what to do.

    ParleyError                      base; every error a user can cause is one of these
    ├── ConfigError       (P1xx)     bad settings file, bad environment value, bad flag
    ├── InputError        (P2xx)     an input that cannot be read or holds no article
    │   ├── EmptyInput                 P201 the file or page is empty
    │   ├── BinaryInput                P202 the file is not text
    │   ├── MalformedRecord            P203 a JSON line, feed item or WARC record is broken
    │   ├── FetchError                 P204 a URL could not be fetched
    │   └── NoArticleText              P205 an HTML page holds no article text
    ├── DataFileError     (P3xx)     a packaged or user data file (actors, issues) is malformed
    ├── PipelineError     (P4xx)     stages that do not fit together
    ├── StoreError        (P5xx)     the database cannot be opened, migrated or written
    ├── EvalError         (P6xx)     gold data missing or in the wrong format
    └── QueryError        (P7xx)     a filter, date or cursor that cannot be understood

Each error carries ``code``, ``message`` and ``hint``; ``str(error)`` gives all three on one line,
which is what the CLI prints (never a traceback for user errors).
"""

from __future__ import annotations


class ParleyError(Exception):
    code = "P000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message} [{self.code}]{hint}"


class ConfigError(ParleyError):
    code = "P100"
    hint = "check the settings file, PARLEY_* environment variables and flags"


class InputError(ParleyError):
    code = "P200"
    hint = "fix or remove this input; the rest of the batch goes on"


class EmptyInput(InputError):
    code = "P201"
    hint = "the input has no text; remove it or check how it was saved"


class BinaryInput(InputError):
    code = "P202"
    hint = "Parley reads text, HTML, JSON lines, RSS/Atom and WARC; this looks like something else"


class MalformedRecord(InputError):
    code = "P203"
    hint = "fix the record at the line named; the other records were read"


class FetchError(InputError):
    code = "P204"
    hint = "check the address and that the server is reachable, then run the same command again"


class NoArticleText(InputError):
    code = "P205"
    hint = "the page has no article body Parley can find; save the article text instead"


class DataFileError(ParleyError):
    code = "P300"
    hint = "fix the data file at the place named; see docs/actors.md for the format"


class PipelineError(ParleyError):
    code = "P400"
    hint = "put a stage that produces the missing layer before the stage that requires it"


class StoreError(ParleyError):
    code = "P500"
    hint = "check the --db path or PARLEY_DB URL and that the file is writable"


class EvalError(ParleyError):
    code = "P600"
    hint = "point the command at a folder in PolNeAR/PLV format (see docs/evaluation.md)"


class QueryError(ParleyError):
    code = "P700"
    hint = "check the filter values: dates are YYYY-MM-DD, cursors come from the previous page"
