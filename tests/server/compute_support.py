"""Helpers shared by the instance tests: catalog images and launching."""

from __future__ import annotations


def catalog_image(client, architecture: str = "x86_64") -> str:
    """The id of the region's Amazon Linux 2023 image for `architecture`."""
    return client.describe_images(
        Owners=["amazon"],
        Filters=[
            {"Name": "architecture", "Values": [architecture]},
            {"Name": "name", "Values": ["al2023-*"]},
        ],
    )["Images"][0]["ImageId"]


def launch(client, count: int = 1, **kwargs) -> list[dict]:
    """Launch `count` t3.micro instances of the catalog image; returns them as answered."""
    params = {
        "ImageId": catalog_image(client),
        "MinCount": count,
        "MaxCount": count,
        "InstanceType": "t3.micro",
        **kwargs,
    }
    return client.run_instances(**params)["Instances"]


def described(client, **kwargs) -> list[dict]:
    """Every instance DescribeInstances returns, flattened across reservations."""
    return [i for r in client.describe_instances(**kwargs)["Reservations"] for i in r["Instances"]]
