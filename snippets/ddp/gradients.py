import copy
import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP

torch.manual_seed(0)

WORLD_SIZE = 2


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def counting_allreduce(counter, bucket):
    counter["calls"] += 1
    return allreduce_hook(None, bucket)  # (1)!


def grad_of(module):
    return module.weight.grad.flatten().tolist()


def two_backward_passes(ddp, x, counter, first_without_sync):
    ddp.zero_grad()
    counter["calls"] = 0
    if first_without_sync:
        with ddp.no_sync():  # (2)!
            ddp(x).sum().backward()
    else:
        ddp(x).sum().backward()
    first = grad_of(ddp.module)
    ddp(x).sum().backward()
    return f"{first} -> {grad_of(ddp.module)}, all-reduce calls: {counter['calls']}"


def worker(rank, port):
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    dist.init_process_group("gloo", rank=rank, world_size=WORLD_SIZE)

    torch.manual_seed(rank)  # (3)!
    model = nn.Linear(2, 1, bias=False)
    before = [round(v, 4) for v in model.weight.flatten().tolist()]
    ddp = DDP(model)  # (4)!
    after = [round(v, 4) for v in model.weight.flatten().tolist()]

    x = torch.full((2, 2), float(rank + 1))  # (5)!
    plain = copy.deepcopy(model)
    plain(x).sum().backward()  # (6)!
    ddp(x).sum().backward()
    row = {"weights": f"{before} before DDP(), {after} after",
           "one": f"local gradient {grad_of(plain)}, DDP gradient {grad_of(ddp.module)}"}

    counted = DDP(copy.deepcopy(model))
    counter = {"calls": 0}
    counted.register_comm_hook(counter, counting_allreduce)
    row["no_sync"] = two_backward_passes(counted, x, counter, first_without_sync=True)
    row["synced"] = two_backward_passes(counted, x, counter, first_without_sync=False)

    rows = [None] * WORLD_SIZE
    dist.all_gather_object(rows, row)  # (7)!
    if rank == 0:
        titles = {"weights": "weights:",
                  "one": "one backward pass, rank 0 fed ones, rank 1 fed twos:",
                  "no_sync": "two backward passes, the first inside no_sync():",
                  "synced": "two backward passes, both synced:"}
        for key, title in titles.items():
            print(title)
            for r in range(WORLD_SIZE):
                print(f"  rank {r}: {rows[r][key]}")
    dist.destroy_process_group()


if __name__ == "__main__":
    mp.spawn(worker, args=(free_port(),), nprocs=WORLD_SIZE)
