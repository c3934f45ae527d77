"""A faithful local Wix: OAuth visitor tokens, the current cart and product search.

Run it in tests, examples and offline development the way moto stands in
for AWS. It answers ``POST /oauth2/token`` (grants ``anonymous`` and
``refresh_token``, JSON or form, camelCase or snake_case),
``GET /ecom/v1/carts/current``, ``POST /ecom/v1/carts/current/add-to-cart``
and ``POST /stores/v3/products/search``, in Wix's shapes, and can be driven
from Python or, through the ``/_emulator/`` admin endpoints, from anything
that speaks HTTP. It depends on aiohttp and attrs only.

>>> async def demo() -> None:
...     async with Emulator() as emu:
...         emu.fail_next(1, 503, retry_after=1)  # the next token call fails
...         emu.advance(4 * 3600)  # every access token issued so far expires
...         print(emu.stats.as_dict())
"""

from ._app import create_app
from ._catalog import PRODUCTS, STORES_APP_ID
from ._server import Emulator, serve
from ._state import EmulatorStats

__all__ = [
    "PRODUCTS",
    "STORES_APP_ID",
    "Emulator",
    "EmulatorStats",
    "create_app",
    "serve",
]
