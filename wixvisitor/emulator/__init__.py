"""A faithful local Wix: visitor and member tokens, the current cart, checkout and products.

Run it in tests, examples and offline development the way moto stands in
for AWS. It answers ``POST /oauth2/token`` (grants ``anonymous``,
``refresh_token`` and ``authorization_code``, JSON or form, camelCase or
snake_case), the eCommerce current cart (get, add, update quantities, remove
lines, estimate totals, delete, create checkout), Catalog V3 products (search,
query, count, get by id or slug) or, with ``catalog="V1"``, Catalog V1 products and
collections (``stores/catalog_v1_routes.py``), redirect sessions with their hosted pages,
and member login, in Wix's shapes and the way the official JS SDK sends them:
reads as ``GET`` with the payload in the query (``common/reads.py``), and CORS for
pages on other origins (``common/cors.py``). Where Wix does not document a behaviour,
the handler's docstring says what the emulator chose. Any other Wix API answers 501
``NOT_EMULATED`` naming the official method (``common/not_emulated.py``). Drive it from Python or,
through the ``/_emulator/`` admin endpoints, from anything that speaks HTTP.
It depends on aiohttp and attrs only.

Inside, one subpackage per Wix area, each holding its routes, state and seed data:
``identity`` (OAuth), ``members``, ``ecom``, ``stores``, ``bookings`` and ``redirects``,
with what they share in ``common``; ``_app.py`` mounts them (each area's ``add_routes``).

>>> async def demo() -> None:
...     async with Emulator() as emu:
...         emu.fail_next(1, 503, retry_after=1)  # the next token call fails
...         emu.advance(4 * 3600)  # every access token issued so far expires
...         print(emu.stats.as_dict())
"""

from ._app import create_app
from ._server import Emulator, serve
from ._state import EmulatorStats
from .stores.catalog import PRODUCTS, STORES_APP_ID

__all__ = [
    "PRODUCTS",
    "STORES_APP_ID",
    "Emulator",
    "EmulatorStats",
    "create_app",
    "serve",
]
