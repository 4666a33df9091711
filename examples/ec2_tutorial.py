"""boto's EC2 tutorial (`ec2_tut.rst`), run with `boto` against an embedded localec2.

Each step is shown as the tutorial shows it, as an interactive session: the statement after
`>>>`, then what Python prints for it. Run it with `scripts/tutorial`.
"""

from __future__ import annotations

import os
import sys

from localec2.embedded import LocalEC2

# The tutorial, statement by statement, in its section order. `<ami-image-id>` and the
# instance ids become real values found along the way.
TUTORIAL = [
    (
        "Creating a Connection",
        [
            "from boto.ec2.connection import EC2Connection",
            "conn = EC2Connection(ACCESS_KEY, SECRET_KEY)",
            "conn = EC2Connection()",
            "import boto",
            "conn = boto.connect_ec2()",
            "conn",
        ],
    ),
    (
        "Launching Instances",
        [
            "images = conn.get_all_images(owners=['amazon'], filters={'architecture': 'x86_64'})",
            "image_id = images[0].id",
            "reservation = conn.run_instances(image_id)",
            "reservation",
            "reservation.instances",
            "conn.create_key_pair('myKey')",
            "conn.create_security_group('public-facing', 'Public facing servers')",
            "r2 = conn.run_instances(image_id, key_name='myKey', instance_type='c1.xlarge', "
            "security_groups=['public-facing'])",
            "instance = r2.instances[0]",
            "instance.instance_type, instance.key_name, [g.name for g in instance.groups]",
            "arm_image = conn.get_all_images(owners=['amazon'], filters={'architecture': 'arm64'})[0]",
            "try:\n    conn.run_instances(arm_image.id, instance_type='m1.small')\n"
            "except boto.exception.EC2ResponseError as e:\n    print(e.error_code, '-', e.error_message)",
        ],
    ),
    (
        "Stopping Instances",
        [
            "ids = [reservation.instances[0].id, r2.instances[0].id]",
            "conn.stop_instances(instance_ids=ids)",
            "conn.stop_instances(instance_ids=ids, force=True)",
            "[(i.id == ids[0] or i.id == ids[1], i.state) for i in conn.get_only_instances(ids)]",
        ],
    ),
    (
        "Terminating Instances",
        [
            "conn.terminate_instances(instance_ids=ids)",
            "[i.state for i in conn.get_only_instances(ids)]",
        ],
    ),
    (
        "Security Groups",
        [
            "rs = conn.get_all_security_groups()",
            "print(rs)",
            "sg = [g for g in rs if g.name == 'default'][0]",
            "sg.name",
            "sg.rules",
            "web = conn.create_security_group('apache', 'Our Apache Group')",
            "web",
            "web.authorize('tcp', 80, 80, '0.0.0.0/0')",
            "app = conn.create_security_group('appserver', 'The application tier')",
            "app.authorize(src_group=web)",
            "app.rules",
            "web.authorize(ip_protocol='tcp', from_port=22, to_port=22, cidr_ip='192.168.1.130/32')",
            "web.rules",
            "web.revoke('tcp', 22, 22, cidr_ip='192.168.1.130/32')",
            "web.rules",
            "conn.get_all_security_groups(groupnames=['apache'])[0].rules",
        ],
    ),
]


def run_statement(source: str, namespace: dict) -> None:
    print(
        "\n".join(
            (">>> " if i == 0 else "... ") + line for i, line in enumerate(source.splitlines())
        )
    )
    try:
        code = compile(source, "<tutorial>", "eval")
    except SyntaxError:
        exec(compile(source, "<tutorial>", "exec"), namespace)
        return
    result = eval(code, namespace)
    if result is not None:
        print(repr(result))


def main() -> int:
    with LocalEC2(in_memory=True) as endpoint:
        # What `eval "$(localec2 env)"` sets for a standalone endpoint.
        os.environ.update(
            AWS_ACCESS_KEY_ID=endpoint.access_key_id,
            AWS_SECRET_ACCESS_KEY=endpoint.secret_access_key,
            AWS_ENDPOINT_URL_EC2=endpoint.endpoint_url,
            AWS_DEFAULT_REGION=endpoint.region,
        )
        print(f"# localec2 listening on {endpoint.endpoint_url}, region {endpoint.region}")
        namespace = {"ACCESS_KEY": endpoint.access_key_id, "SECRET_KEY": endpoint.secret_access_key}
        for title, statements in TUTORIAL:
            print(f"\n# {title}\n# {'-' * len(title)}")
            for statement in statements:
                run_statement(statement, namespace)
    return 0


if __name__ == "__main__":
    sys.exit(main())
