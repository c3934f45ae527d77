"""Wix Events: the seeded events and ticket tiers, reservations, the hosted checkout, RSVPs.

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
