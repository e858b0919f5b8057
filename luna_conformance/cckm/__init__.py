"""The conformance suite for a CipherTrust Manager (CCKM): the Luna-keys API of
``openapi/cckm.yaml``, in the same three layers as the appliance's (schema-driven per
operation, stateful chains over the spec's links, the document's workflows), under the
same safety tiers. ``plugin.py`` holds its options (``--cckm-url`` ...) and the target;
without ``--cckm-url`` (and without ``--luna-url``) it runs against an embedded emulator
serving CCKM beside its appliance."""

__all__: list[str] = []
