import collections

import torch
from torch.utils.data import DistributedSampler

torch.manual_seed(0)

dataset = list(range(10))
counts = collections.Counter()
for rank in range(4):
    indices = list(DistributedSampler(dataset, num_replicas=4, rank=rank, shuffle=False))
    counts.update(indices)
    print(f"rank {rank} gets {indices}")

print("seen twice in one epoch:", sorted(i for i, n in counts.items() if n > 1))
