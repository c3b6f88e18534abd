import copy
import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

torch.manual_seed(0)

WORLD_SIZE = 2


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def grad_of(module):
    return module.weight.grad.flatten().tolist()


def two_backward_passes(ddp, x, first_without_sync):
    ddp.zero_grad()
    if first_without_sync:
        with ddp.no_sync():  # (1)!
            ddp(x).sum().backward()
    else:
        ddp(x).sum().backward()
    first = grad_of(ddp.module)
    ddp(x).sum().backward()
    return f"{first} -> {grad_of(ddp.module)}"


def worker(rank, port):
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    dist.init_process_group("gloo", rank=rank, world_size=WORLD_SIZE)

    torch.manual_seed(rank)  # (2)!
    model = nn.Linear(2, 1, bias=False)
    before = [round(v, 4) for v in model.weight.flatten().tolist()]
    ddp = DDP(model)  # (3)!
    after = [round(v, 4) for v in model.weight.flatten().tolist()]

    x = torch.full((2, 2), float(rank + 1))  # (4)!
    plain = copy.deepcopy(model)
    plain(x).sum().backward()  # (5)!
    ddp(x).sum().backward()
    row = {"weights": f"{before} before DDP(), {after} after",
           "one": f"local gradient {grad_of(plain)}, DDP gradient {grad_of(ddp.module)}"}

    row["no_sync"] = two_backward_passes(ddp, x, first_without_sync=True)
    row["synced"] = two_backward_passes(ddp, x, first_without_sync=False)

    rows = [None] * WORLD_SIZE
    dist.all_gather_object(rows, row)  # (6)!
    if rank == 0:
        titles = {"weights": "weights:",
                  "one": "one backward pass, rank 0 fed ones, rank 1 fed twos:",
                  "no_sync": "two backward passes, the first inside no_sync():",
                  "synced": "two backward passes, both synced:"}
        for key, title in titles.items():
            print(title)
            for r in range(WORLD_SIZE):
                print(f"  rank {r}: {rows[r][key]}")
    dist.barrier()
    dist.destroy_process_group()


if __name__ == "__main__":
    mp.spawn(worker, args=(free_port(),), nprocs=WORLD_SIZE)
