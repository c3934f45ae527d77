"""A griffe extension: the package's docstrings, written for ``help()``, read well as Markdown.

The docstrings use reStructuredText roles (:class:`~wixvisitor.Tokens`), double-backtick
literals and ``>>>`` examples. Markdown would show the roles as is and the examples as
nested block quotes, so before mkdocstrings renders a docstring this extension turns roles
and double backticks into inline code and each run of ``>>>`` / ``...`` lines into a
``pycon`` code block. The source docstrings stay as they are.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj|const):`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")
_PROMPT = re.compile(r"^(\s*)(>>>|\.\.\.)( |$)")
_DOCTEST_DIRECTIVE = re.compile(r"\s*# doctest:.*$")


def _short(match: re.Match[str]) -> str:
    # `~pkg.Name` shows as `Name`, as Sphinx does.
    target = match.group(1)
    return f"`{target.rsplit('.', 1)[-1] if '~' in match.group(0) else target}`"


def markdown(text: str) -> str:
    """The docstring ``text`` with roles, literals and examples in Markdown."""
    out: list[str] = []
    in_example = False
    for line in text.splitlines():
        if _PROMPT.match(line):
            if not in_example:
                out.extend(["", "```pycon"])
                in_example = True
            line = _DOCTEST_DIRECTIVE.sub("", line)  # for doctest, not for the reader
            out.append(line.strip() if line.strip() in {">>>", "..."} else line.lstrip())
            continue
        if in_example:
            out.extend(["```", ""])
            in_example = False
        if line.rstrip().endswith("::"):  # reST's literal-block marker; the block is indented
            line = line.rstrip()[:-1] if line.strip() != "::" else ""
        out.append(_LITERAL.sub(r"`\1`", _ROLE.sub(_short, line)))
    if in_example:
        out.append("```")
    return "\n".join(out)


class PlainDocstrings(griffe.Extension):
    """Rewrite every docstring griffe loads into Markdown (see the module docstring)."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Convert ``obj``'s docstring, if it has one."""
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
