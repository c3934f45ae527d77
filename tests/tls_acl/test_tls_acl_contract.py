"""The TokenStore contract suite, unchanged, as an ACL user limited to the prefix, over TLS."""

from __future__ import annotations

from test_store_contract import *  # noqa: F403 -- the contract, run with this store_case
