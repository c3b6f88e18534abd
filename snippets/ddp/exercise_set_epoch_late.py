import torch
from torch.utils.data import DataLoader, DistributedSampler

torch.manual_seed(0)

dataset = list(range(8))
sampler = DistributedSampler(dataset, num_replicas=2, rank=0, shuffle=True, seed=0)
loader = DataLoader(dataset, batch_size=2, sampler=sampler)

for epoch in range(3):
    seen = [index for batch in loader for index in batch.tolist()]
    print(f"epoch {epoch}: rank 0 gets {seen}")
    sampler.set_epoch(epoch)
