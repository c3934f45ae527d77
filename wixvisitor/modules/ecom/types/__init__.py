# File generated from @wix/ecom 1.0.2509 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/ecom``, one file per module.

``from wixvisitor.modules.ecom.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
