"""A tiny Django project: a storefront whose cart follows the visitor (see ../serve.py)."""
