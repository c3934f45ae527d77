# File generated from @wix/members 1.0.519 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/members``, one file per module.

``from wixvisitor.modules.members.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
