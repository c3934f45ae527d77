# File generated from @wix/bookings 1.0.1696 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/bookings``, one file per module.

``from wixvisitor.modules.bookings.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
