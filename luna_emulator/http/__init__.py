"""The HTTP layer: a short pipeline of single-purpose steps (``layer.py`` runs them).

| step | module |
| --- | --- |
| faults (latency, drop, changed answer) | ``faults.py`` |
| the vendor media type and ``version=`` | ``media.py`` |
| Basic or cookie authentication | ``auth.py`` |
| body: read or streamed, parsed, validated | ``body.py`` |
| ``limit``/``offset`` paging | ``paging.py`` |
| response validation (tests) | ``validation.py`` |
| serialization | ``serialize.py`` |

The block list is ``blocklist.py`` and routing ``spec_index.py``; the rules run behind
``Backend.handle``.
"""

from .faults import DropConnection, Fault
from .layer import HttpLayer

__all__ = ["DropConnection", "Fault", "HttpLayer"]
