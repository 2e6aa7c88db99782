"""The Arrow schema of the Parquet output, generated from the Pydantic models (needs pyarrow).

One row per article: scalar fields are columns, `source` and `metadata` are
structs, and people, organisations, quotes, budgets and task lists are lists
of structs, exactly as in the JSON output, so a JSON article and its Parquet
row hold the same values. `Budget.amount` (an int or a float in JSON) is a
float64: every amount up to 2**53 won is exact. Error records have their own
schema (`ERROR_SCHEMA`) and file.

    python -m schemas.arrow      # print both schemas
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, Union

import pyarrow as pa
from pydantic import BaseModel

from schemas.models import Article, ErrorRecord

_SCALARS: dict[object, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of one model field's annotation.

    >>> arrow_type(list[str])
    ListType(list<item: string>)
    >>> arrow_type(int | None)
    DataType(int64)
    >>> arrow_type(float | int)
    DataType(double)
    >>> arrow_type(typing.Annotated[str, "checked"] | None)
    DataType(string)
    """
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:  # validators and metadata say nothing about the stored type
        return arrow_type(typing.get_args(annotation)[0])
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (Union, types.UnionType):
        if set(args) == {float, int}:
            return pa.float64()
        if len(args) == 1:
            return arrow_type(args[0])  # X | None: Arrow fields are nullable anyway
        raise TypeError(f"no Arrow type for the union {annotation}")
    if origin is Literal:
        kinds = {type(a) for a in args}
        if len(kinds) != 1:
            raise TypeError(f"no Arrow type for {annotation}")
        return _SCALARS[kinds.pop()]
    if origin is list:
        return pa.list_(arrow_type(args[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(model_fields(annotation))
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no Arrow type for {annotation}")


def model_fields(model: type[BaseModel]) -> list[pa.Field]:
    """One Arrow field per model field, in the model's order, with its description as metadata."""
    fields = []
    for name, info in model.model_fields.items():
        metadata = {"description": info.description} if info.description else None
        fields.append(pa.field(name, arrow_type(info.annotation), metadata=metadata))
    return fields


def model_schema(model: type[BaseModel]) -> pa.Schema:
    return pa.schema(model_fields(model))


ARTICLE_SCHEMA = model_schema(Article)
ERROR_SCHEMA = model_schema(ErrorRecord)


if __name__ == "__main__":
    print("# articles-*.parquet\n" + ARTICLE_SCHEMA.to_string(show_field_metadata=False))
    print("\n# errors.parquet\n" + ERROR_SCHEMA.to_string(show_field_metadata=False))
