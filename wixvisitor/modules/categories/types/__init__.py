# File generated from @wix/categories 1.0.223 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/categories``, one file per module.

``from wixvisitor.modules.categories.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
