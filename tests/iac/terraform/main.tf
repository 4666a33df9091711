# The stack the Terraform proof applies against localec2 (tests/iac/test_terraform.py).
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

  # localec2 answers EC2 only: no STS, no metadata service, no region list.
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  endpoints {
    ec2 = var.endpoint
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

# A rule naming another group: aws_security_group_rule, since the newer
# aws_vpc_security_group_ingress_rule compares the referenced group's owner with the
# provider's account id, which it only learns from STS (not answered by localec2 yet).
resource "aws_security_group_rule" "db_from_web" {
  type                     = "ingress"
  security_group_id        = aws_security_group.db.id
  source_security_group_id = aws_security_group.web.id
  protocol                 = "tcp"
  from_port                = 5432
  to_port                  = 5432
  description              = "postgres from web"
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


output "vpc_id" {
  value = aws_vpc.main.id
}

output "instance_id" {
  value = aws_instance.web.id
}
