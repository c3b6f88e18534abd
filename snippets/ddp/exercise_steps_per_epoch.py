import torch
from torch.utils.data import DataLoader, DistributedSampler

torch.manual_seed(0)

dataset = list(range(8))
print("one process:", len(DataLoader(dataset, batch_size=2)), "steps per epoch")

loaders = [
    DataLoader(dataset, batch_size=2, sampler=DistributedSampler(dataset, num_replicas=2, rank=r))
    for r in range(2)
]
print("two ranks:", [len(loader) for loader in loaders], "steps per epoch")
for step, (batch0, batch1) in enumerate(zip(*loaders, strict=True)):
    print(f"step {step}: rank 0 trains on {batch0.tolist()}, rank 1 on {batch1.tolist()}")
