"""One undo model for the app and the command line.

A write that people can undo records an undo step in its own transaction
(:func:`.steps.record_step`): for each record it touched, the touched fields before and
after. :mod:`.apply` undoes a step (the fields go back to ``before``) or redoes it (to
``after``), refusing when somebody changed those fields since. Imports and other changes
that cannot be undone record a step with no entries, so undo stops there.
"""
