import socket

import torch
import torch.distributed as dist
import torch.distributed.nn
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))  # (1)!
        return s.getsockname()[1]


def train(rank, world_size, port):
    use_cuda = torch.cuda.is_available()
    device = torch.device(f"cuda:{rank}" if use_cuda else "cpu")
    if use_cuda:
        torch.cuda.set_device(device)
    backend = "nccl" if use_cuda else "gloo"  # (2)!
    dist.init_process_group(
        backend, init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    fit(rank, world_size, device)
    dist.barrier()
    dist.destroy_process_group()


def fit(rank, world_size, device):
    torch.manual_seed(0)  # (3)!
    x = torch.randn(256, 8)
    y = x @ torch.randn(8, 1) + 0.1 * torch.randn(256, 1)
    dataset = TensorDataset(x, y)
    sampler = DistributedSampler(dataset)  # (4)!
    loader = DataLoader(dataset, batch_size=32, sampler=sampler)

    model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1)).to(device)
    model = DistributedDataParallel(model, device_ids=[rank] if device.type == "cuda" else None)
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    if rank == 0:  # (5)!
        backend = dist.get_backend()
        print(f"backend {backend}, world size {world_size}, {len(loader)} batches per rank")

    for epoch in range(3):
        sampler.set_epoch(epoch)  # (6)!
        model.train()
        total = torch.zeros((), device=device)
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            optimizer.zero_grad()  # (7)!
            loss = loss_fn(model(xb), yb)
            loss.backward()  # (8)!
            optimizer.step()  # (9)!
            total += loss.detach()
        dist.all_reduce(total)  # (10)!
        if rank == 0:
            print(f"epoch {epoch}: loss {total.item() / (world_size * len(loader)):.4f}")

    flat = torch.cat([p.detach().flatten() for p in model.parameters()])
    copies = [torch.empty_like(flat) for _ in range(world_size)]
    dist.all_gather(copies, flat)  # (11)!
    if rank == 0:
        print("same parameters on every rank:", all(torch.equal(flat, c) for c in copies))


if __name__ == "__main__":
    torch.manual_seed(0)
    world_size = torch.cuda.device_count() if torch.cuda.is_available() else 2
    mp.spawn(train, args=(world_size, free_port()), nprocs=world_size)  # (12)!
