# File generated from @wix/redirects 1.0.129 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/redirects``, one file per module.

``from wixvisitor.modules.redirects.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
