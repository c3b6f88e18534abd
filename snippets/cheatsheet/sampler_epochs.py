import torch
from torch.utils.data import DistributedSampler, TensorDataset

torch.manual_seed(0)

dataset = TensorDataset(torch.arange(8))
for rank in range(2):
    sampler = DistributedSampler(dataset, num_replicas=2, rank=rank)  # (1)!
    orders = []
    for epoch in range(3):
        sampler.set_epoch(epoch)
        orders.append(list(sampler))
    print(f"rank {rank}, set_epoch(epoch):  {orders}")

sampler = DistributedSampler(dataset, num_replicas=2, rank=0)
print(f"rank 0, set_epoch never called: {[list(sampler) for epoch in range(3)]}")
