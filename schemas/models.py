"""The output contract of `extract` as Pydantic v2 models.

Field names follow ../shared/SPEC.md: fields may be added, none renamed.
Every entity that points into the article carries ``start``/``end`` offsets
into ``Article.text`` (Python ``str`` indices) and a ``text`` equal to
``Article.text[start:end]``.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_safe(value: str) -> str:
    """A string JSON can carry: a file name's undecodable bytes (PEP 383 surrogates) as \\xNN.

    Other lone surrogates (a JSON "\\ud800" escape) become U+FFFD.

    >>> json_safe("기사\\udcb1.txt"), json_safe("a\\ud800b")
    ('기사\\\\xb1.txt', 'a\ufffdb')
    """
    if not _SURROGATE.search(value):
        return value

    def shown(match: re.Match[str]) -> str:
        point = ord(match[0])
        return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else "\ufffd"

    return _SURROGATE.sub(shown, value)


# Names and messages that come from outside (file names, record ids): always serialisable.
SafeStr = Annotated[str, AfterValidator(json_safe)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of ``Article.text``: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Mention(Span):
    """Where an entity is named (``name``) or referred back to (``reference``: 이 시장, 그는)."""

    kind: Literal["name", "reference"] = "name"


class Source(_Model):
    path: SafeStr | None = None
    format: Literal["text", "html"]
    encoding: str | None = None
    sha256: str | None = None
    url: SafeStr | None = None
    id: SafeStr | None = None


class Reporter(_Model):
    name: str
    email: str | None = None


class Metadata(_Model):
    headline: str | None = None
    section: str | None = None
    subheadings: list[str] = Field(default_factory=list)
    outlet: str | None = None
    reporters: list[Reporter] = Field(default_factory=list)
    published_at: str | None = Field(default=None, description="ISO 8601, +09:00 when the page gives a time")
    updated_at: str | None = None
    url: str | None = None
    language: str | None = None


class Person(_Model):
    name: str
    title: str | None = None
    organization: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Organization(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = Field(default=None, description="government, company, school, party, media, …")
    mentions: list[Mention] = Field(default_factory=list)


class Quote(Span):
    kind: Literal["direct", "indirect"] = "direct"
    speakers: list[str] = Field(default_factory=list)
    verb: str | None = None


class Budget(Span):
    amount: float | int
    currency: str = Field(default="KRW", description="ISO 4217 code")
    label: str | None = None
    period: str | None = Field(default=None, description="years the sentence gives, e.g. 2022-2030")
    qualifier: str | None = Field(default=None, description="약, 최대, 총, 여, …")
    range_id: int | None = Field(default=None, description="amounts written as one range share an id")


class TaskItem(Span):
    pass


class TaskList(_Model):
    heading: str | None = None
    declared_count: int | None = None
    marker: str | None = None
    items: list[TaskItem] = Field(default_factory=list)


class Article(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    metadata: Metadata = Field(default_factory=Metadata)
    text: str = ""
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    budgets: list[Budget] = Field(default_factory=list)
    task_lists: list[TaskList] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ErrorRecord(_Model):
    """What a batch writes in place of an article for an input that failed."""

    schema_version: str = SCHEMA_VERSION
    error: str = Field(description="error kind, e.g. binary, undecodable, too_large, not_found")
    message: SafeStr
    source: Source | None = None
    path: SafeStr | None = None
