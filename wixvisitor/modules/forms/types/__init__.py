# File generated from @wix/forms 1.0.520 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``@wix/forms``, one file per module.

``from wixvisitor.modules.forms.types.<module> import <Type>``: the request,
answer and entity shapes each method of the module takes and returns.
"""
