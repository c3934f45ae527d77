# File generated from @wix/events 1.0.852 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/events``, one file per module.

``from wixvisitor.modules.events.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
