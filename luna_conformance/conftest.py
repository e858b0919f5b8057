# a source checkout without the package installed: the plugin (installed, it is loaded
# through its pytest11 entry point under this same name, and this line is a no-op)
pytest_plugins = ["luna_conformance.plugin"]
