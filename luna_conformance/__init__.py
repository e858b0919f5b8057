"""The luna-rest-kit conformance suite: verifies a Luna Network HSM 7 appliance, or the
embedded emulator, against ``openapi/luna.yaml``.

Run it with ``tox -e conformance`` (embedded emulator) or
``pytest luna_conformance --luna-url https://hsm:8443 --luna-ca server.pem`` (an appliance).
"""
