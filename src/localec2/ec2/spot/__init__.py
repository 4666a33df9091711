"""Spot Instances: the Spot price, Spot Instance requests and their instances, the data
feed subscription."""
