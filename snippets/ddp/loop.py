import os
import socket

import torch
import torch.distributed as dist
import torch.distributed.nn
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

torch.manual_seed(0)

WORLD_SIZE = 2
EPOCHS = 3


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_dataset():
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(8, 3, generator=generator)
    y = x @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3
    return TensorDataset(x, y)


def make_training(model):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    return optimizer, scheduler


def flat(model):
    return torch.cat([p.detach().flatten() for p in model.parameters()])


def worker(rank, port):
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    dist.init_process_group("gloo", rank=rank, world_size=WORLD_SIZE)
    train(rank)
    dist.barrier()
    dist.destroy_process_group()


def train(rank):
    dataset = make_dataset()
    sampler = DistributedSampler(dataset, shuffle=True, seed=0)  # (1)!
    loader = DataLoader(dataset, batch_size=2, sampler=sampler)
    forgetful = DistributedSampler(dataset, shuffle=True, seed=0)  # (2)!
    torch.manual_seed(0)
    model = DDP(nn.Linear(3, 1))
    optimizer, scheduler = make_training(model)  # (3)!

    log = []
    for epoch in range(EPOCHS):
        sampler.set_epoch(epoch)
        for x, y in loader:
            optimizer.zero_grad()  # (4)!
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            optimizer.step()
        log.append(
            {
                "seen": list(sampler),
                "stale": list(forgetful),
                "lr": scheduler.get_last_lr()[0],
                "params": flat(model),
            }
        )
        scheduler.step()

    logs = [None] * WORLD_SIZE
    dist.all_gather_object(logs, log)
    if rank == 0:
        print("epoch  rank 0 gets    rank 1 gets    lr r0   lr r1    sum r0   sum r1   equal")
        for epoch, (r0, r1) in enumerate(zip(*logs, strict=True)):
            print(
                f"{epoch:<7}{r0['seen']!s:<15}{r1['seen']!s:<15}{r0['lr']:<8g}{r1['lr']:<9g}"
                f"{r0['params'].sum():<9.4f}{r1['params'].sum():<9.4f}"
                f"{torch.equal(r0['params'], r1['params'])}"  # (5)!
            )
        print("without set_epoch():")
        for epoch, (r0, r1) in enumerate(zip(*logs, strict=True)):
            print(f"{epoch:<7}{r0['stale']!s:<15}{r1['stale']}")

        torch.manual_seed(0)
        single = nn.Linear(3, 1)  # (6)!
        optimizer, scheduler = make_training(single)
        x_all, y_all = dataset.tensors
        for r0, r1 in zip(*logs, strict=True):
            for start in range(0, len(r0["seen"]), 2):
                batch = r0["seen"][start : start + 2] + r1["seen"][start : start + 2]
                optimizer.zero_grad()
                nn.functional.mse_loss(single(x_all[batch]), y_all[batch]).backward()
                optimizer.step()
            scheduler.step()
        ddp_params = logs[0][-1]["params"]
        print(
            f"one process, batches of 4: sum {flat(single).sum():.4f}, "
            f"matches DDP: {torch.allclose(flat(single), ddp_params, rtol=0, atol=1e-6)}"
        )


if __name__ == "__main__":
    mp.spawn(worker, args=(free_port(),), nprocs=WORLD_SIZE)
