pytest_plugins = ["conformance.plugin", "conformance.recording", "conformance.cckm.plugin"]
