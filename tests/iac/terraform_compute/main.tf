# The compute stack the Terraform proof applies against localec2 (tests/iac/test_terraform.py):
# in the default VPC (found by `data "aws_vpc" { default = true }`), an imported key pair,
# security groups with inline rules and a rule naming another group, an instance from
# `data "aws_ami"` with user data in a spread placement group, a launch template and an
# instance launched from it, an EBS volume attached to the instance and a snapshot of it, an
# Elastic IP on the instance, and a one-time spot instance request.
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

variable "region" {
  type    = string
  default = "us-east-1"
}

# The test applies and plans with the provider asking STS at the endpoint for the account,
# and destroys with those calls skipped: the provider works either way.
variable "skip_sts" {
  type    = bool
  default = false
}

provider "aws" {
  region     = var.region
  access_key = var.access_key
  secret_key = var.secret_key

  skip_credentials_validation = var.skip_sts
  skip_requesting_account_id  = var.skip_sts
  skip_metadata_api_check     = true
  skip_region_validation      = true

  endpoints {
    ec2 = var.endpoint
    sts = var.endpoint
  }
}

data "aws_vpc" "default" {
  default = true
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

resource "aws_key_pair" "deployer" {
  key_name   = "deployer"
  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC8M7VxDeSntuKUFPCPCm6bJREmVh0eRJohR/V1sdcJI7fu5aqxwEWAmJwNkqkN//mi5m2eE8q7oCBlEzJTSq3z0GZZG1FgzO0zWm0tG37EwevlYclsxU3T0N+awzO18OXiAapXLZTSc9/IXlye0hh4Pw5mx0hnp2/4DW9F5dtwl6qOQ1Peg7hmtO8/XQYUNfcCve++p9Pu9Oz4xGh5lPNoqdWvg631ZguTGhzQlGDt6/RPBGTWCCl+MPsS+f6J5JyyEOjcW+vhrl1Getslc/bHr6+J5bm/IGDt49tI5xqfviQ2wfC1MKrdNX0iBoAb00t8cE5vr3pNiyEgVN1Lpbgh deployer"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "app servers"
  vpc_id      = data.aws_vpc.default.id

  ingress {
    description = "http"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "databases"
  vpc_id      = data.aws_vpc.default.id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_app" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.app.id
  from_port                    = 5432
  to_port                      = 5432
  ip_protocol                  = "tcp"
  description                  = "postgres from the app servers"
}

resource "aws_placement_group" "spread" {
  name     = "app-spread"
  strategy = "spread"
}

resource "aws_instance" "app" {
  ami                    = data.aws_ami.al2023.id
  instance_type          = "t3.micro"
  key_name               = aws_key_pair.deployer.key_name
  vpc_security_group_ids = [aws_security_group.app.id]
  placement_group        = aws_placement_group.spread.name
  user_data              = "#!/bin/sh\necho hello > /tmp/hello\n"

  tags = {
    Name = "app"
  }
}

resource "aws_launch_template" "worker" {
  name                   = "worker"
  image_id               = data.aws_ami.al2023.id
  instance_type          = "m5.large"
  key_name               = aws_key_pair.deployer.key_name
  vpc_security_group_ids = [aws_security_group.app.id]

  tag_specifications {
    resource_type = "instance"
    tags = {
      Role = "worker"
    }
  }
}

resource "aws_instance" "worker" {
  launch_template {
    id      = aws_launch_template.worker.id
    version = "$Latest"
  }

  tags = {
    Name = "worker"
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = aws_instance.app.availability_zone
  size              = 8
  type              = "gp3"

  tags = {
    Name = "data"
  }
}

resource "aws_volume_attachment" "data" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.data.id
  instance_id = aws_instance.app.id
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_volume_attachment.data.volume_id

  tags = {
    Name = "data"
  }
}

resource "aws_eip" "app" {
  domain   = "vpc"
  instance = aws_instance.app.id
}

resource "aws_spot_instance_request" "batch" {
  ami                  = data.aws_ami.al2023.id
  instance_type        = "m5.large"
  spot_price           = "0.50"
  spot_type            = "one-time"
  wait_for_fulfillment = true

  tags = {
    Name = "batch"
  }
}

output "app_instance_id" {
  value = aws_instance.app.id
}
