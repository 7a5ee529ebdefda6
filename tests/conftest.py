from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# "default" keeps the README's test command quick; "deep" is for a longer hunt:
#   HYPOTHESIS_PROFILE=deep pytest
settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "deep", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
