# The stack the Terraform proof applies against localec2 (tests/iac/test_terraform.py): a VPC
# with DNS hostnames, subnets in two zones, an internet gateway, public and private route
# tables (routes to the gateway, a NAT gateway and a peering connection; associations), a
# network ACL, DHCP options, an ENI with a fixed address, security groups and rules, an
# instance, a peering connection to the default VPC, a partition placement group, a launch
# template and a Dedicated Host; and who the caller is (STS).
# The provider talks only to the endpoint the test passes: never to a real AWS endpoint.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "endpoint" {
  type = string
}

variable "access_key" {
  type = string
}

variable "secret_key" {
  type      = string
  sensitive = true
}

variable "https_description" {
  type    = string
  default = "https"
}

variable "region" {
  type    = string
  default = "us-east-1"
}

provider "aws" {
  region     = var.region
  access_key = var.access_key
  secret_key = var.secret_key

  # localec2 answers EC2 and STS (the provider asks STS who the caller is, and its account):
  # no metadata service, no region list.
  skip_metadata_api_check = true
  skip_region_validation  = true

  endpoints {
    ec2 = var.endpoint
    sts = var.endpoint
  }
}

data "aws_availability_zones" "here" {
  state = "available"
}

data "aws_ami" "al2023" {
  owners      = ["amazon"]
  most_recent = true
  filter {
    name   = "name"
    values = ["al2023-ami-*"]
  }
  filter {
    name   = "architecture"
    values = ["x86_64"]
  }
}

resource "aws_vpc" "main" {
  cidr_block           = "10.42.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name = "iac-proof"
  }
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.42.1.0/24"
  availability_zone = data.aws_availability_zones.here.names[0]
  tags = {
    Name = "iac-proof-a"
  }
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.42.2.0/24"
  availability_zone = data.aws_availability_zones.here.names[1]
  tags = {
    Name = "iac-proof-b"
  }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
  tags = {
    Name = "iac-proof"
  }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }

  tags = {
    Name = "public"
  }
}

resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
  tags = {
    Name = "private"
  }
}

resource "aws_route" "private_out" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main.id
}

resource "aws_route" "to_default_vpc" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = data.aws_vpc.default.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.to_default.id
}

resource "aws_route_table_association" "b" {
  subnet_id      = aws_subnet.b.id
  route_table_id = aws_route_table.private.id
}


resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.a.id
  depends_on    = [aws_internet_gateway.main]
}

resource "aws_network_acl" "private" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.b.id]

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = aws_vpc.main.cidr_block
    from_port  = 0
    to_port    = 65535
  }

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_vpc_dhcp_options" "main" {
  domain_name         = "iac.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
}

resource "aws_vpc_dhcp_options_association" "main" {
  vpc_id          = aws_vpc.main.id
  dhcp_options_id = aws_vpc_dhcp_options.main.id
}

resource "aws_network_interface" "fixed" {
  subnet_id       = aws_subnet.b.id
  private_ips     = ["10.42.2.50"]
  security_groups = [aws_security_group.db.id]
}

data "aws_vpc" "default" {
  default = true
}

resource "aws_vpc_peering_connection" "to_default" {
  vpc_id      = aws_vpc.main.id
  peer_vpc_id = data.aws_vpc.default.id
  auto_accept = true
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web tier"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = var.https_description
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name = "web"
  }
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Database tier"
  vpc_id      = aws_vpc.main.id
}

# A rule naming another group: aws_vpc_security_group_ingress_rule compares the referenced
# group's owner with the provider's account id, which it learns from STS.
resource "aws_vpc_security_group_ingress_rule" "db_from_web" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.web.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "postgres from web"
}

resource "aws_vpc_security_group_ingress_rule" "db_ssh" {
  security_group_id = aws_security_group.db.id
  cidr_ipv4         = aws_vpc.main.cidr_block
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  description       = "ssh inside the VPC"
}

resource "aws_vpc_security_group_egress_rule" "db_out" {
  security_group_id = aws_security_group.db.id
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}

# m5.large, not a burstable t3: for a T instance the provider reads its credit
# specification (DescribeInstanceCreditSpecifications), which localec2 does not answer yet.
resource "aws_instance" "web" {
  ami                    = data.aws_ami.al2023.id
  instance_type          = "m5.large"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.web.id]
  tags = {
    Name = "iac-proof-web"
  }
}

# Placement, a launch template and a Dedicated Host: each reads back as applied.
resource "aws_placement_group" "partitions" {
  name            = "iac-proof-partitions"
  strategy        = "partition"
  partition_count = 3
  tags = {
    Name = "iac-proof"
  }
}

resource "aws_launch_template" "web" {
  name          = "iac-proof-web"
  image_id      = data.aws_ami.al2023.id
  instance_type = "t3.micro"
  user_data     = base64encode("#!/bin/sh\necho launched\n")
  metadata_options {
    http_tokens = "required"
  }
  placement {
    group_name = aws_placement_group.partitions.name
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      Name = "from-template"
    }
  }
}

resource "aws_ec2_host" "c5" {
  instance_type     = "c5.large"
  availability_zone = data.aws_availability_zones.here.names[0]
  auto_placement    = "on"
}

# Who the provider is, by STS's GetCallerIdentity at the endpoint.
data "aws_caller_identity" "me" {}

output "caller" {
  value = data.aws_caller_identity.me
}

output "vpc_id" {
  value = aws_vpc.main.id
}

output "instance_id" {
  value = aws_instance.web.id
}
