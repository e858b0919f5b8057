"""Reading the packaged OpenAPI documents (luna.yaml, cckm.yaml): one loader for both."""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["METHODS", "document_path", "document_sha256", "load_document"]

METHODS = ("get", "put", "post", "patch", "delete")


def document_path(name: str) -> Path:
    """Path of a document of this package (inside the installed package or the tree)."""
    return Path(str(resources.files("luna_spec").joinpath(name)))


def document_sha256(name: str) -> str:
    return hashlib.sha256(document_path(name).read_bytes()).hexdigest()


# libyaml's parser when PyYAML has it (about ten times faster on luna.yaml); the same
# safe constructors either way (tests/test_spec.py compares the two)
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=SafeLoader)  # noqa: S506 (a safe loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return data


def load_document(name: str) -> dict[str, Any]:
    """The parsed document. Cached: treat it as read-only."""
    return _load(str(document_path(name)))
