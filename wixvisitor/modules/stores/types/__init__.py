# File generated from @wix/stores 1.0.918 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/stores``, one file per module.

``from wixvisitor.modules.stores.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
