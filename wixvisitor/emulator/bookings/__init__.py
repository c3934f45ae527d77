"""Wix Bookings: the seeded services, their time slots, and the visitors' bookings.

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
