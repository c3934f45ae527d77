"""The TokenStore contract suite, unchanged, on a Redis Cluster and through Sentinel."""

from __future__ import annotations

from test_store_contract import *  # noqa: F403 -- the contract, run with this store_case
