pytest_plugins = ["conformance.plugin", "conformance.recording"]
