import torch
from torch.utils.data import DistributedSampler

torch.manual_seed(0)

dataset = list(range(8))
shares = []
for rank in range(2):
    sampler = DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=True, seed=rank)
    shares.append(set(sampler))
    print(f"rank {rank} gets {list(sampler)}")

print("seen by both ranks:", sorted(shares[0] & shares[1]))
print("seen by no rank:", sorted(set(dataset) - shares[0] - shares[1]))
