"""examples/dependent/ is a project of its own (it depends on the built wheel): .ci/run tests
it in a fresh environment, not aseanrok's suite."""

collect_ignore = ["dependent"]
