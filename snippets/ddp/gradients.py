import contextlib
import copy
import os
import socket

import torch
import torch.distributed as dist
import torch.distributed.nn
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

torch.manual_seed(0)

WORLD_SIZE = 2
CASES = [(True, True), (True, False), (False, True), (False, False)]
STAGES = [
    "before DDP()",
    "after DDP()",
    "forward 1 sees",
    "forward 1 leaves",
    "forward 2 sees",
    "forward 2 leaves",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def grad_of(module):
    return module.weight.grad.flatten().tolist()


def maybe_no_sync(ddp, inside):
    return ddp.no_sync() if inside else contextlib.nullcontext()


def place(inside):
    return "inside" if inside else "outside"


def two_passes(ddp, x, forward_inside, backward_inside):
    ddp.zero_grad()
    with maybe_no_sync(ddp, forward_inside):  # (1)!
        loss = ddp(x).sum()
    with maybe_no_sync(ddp, backward_inside):
        loss.backward()
    first = grad_of(ddp.module)
    ddp(x).sum().backward()
    return f"{first} -> {grad_of(ddp.module)}"


def running_means(rank):
    bn = nn.BatchNorm1d(1)
    x = torch.full((2, 1), float(rank + 1))
    bn(x)  # (2)!
    means = [bn.running_mean.item()]
    ddp = DDP(bn)
    means.append(bn.running_mean.item())
    bn.register_forward_pre_hook(lambda m, args: means.append(m.running_mean.item()))  # (3)!
    for _ in range(2):
        ddp(x).sum().backward()
        means.append(bn.running_mean.item())
    return [round(mean, 4) for mean in means]


def worker(rank, port):
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    dist.init_process_group("gloo", rank=rank, world_size=WORLD_SIZE)
    compare(rank)
    dist.barrier()
    dist.destroy_process_group()


def compare(rank):
    torch.manual_seed(rank)  # (4)!
    model = nn.Linear(2, 1, bias=False)
    before = [round(v, 4) for v in model.weight.flatten().tolist()]
    ddp = DDP(model)  # (5)!
    after = [round(v, 4) for v in model.weight.flatten().tolist()]

    x = torch.full((2, 2), float(rank + 1))  # (6)!
    plain = copy.deepcopy(model)
    plain(x).sum().backward()  # (7)!
    ddp(x).sum().backward()
    row = {
        "weights": f"{before} before DDP(), {after} after",
        "one": f"local gradient {grad_of(plain)}, DDP gradient {grad_of(ddp.module)}",
        "buffers": running_means(rank),
    }
    row["passes"] = [two_passes(ddp, x, forward, backward) for forward, backward in CASES]

    rows = [None] * WORLD_SIZE
    dist.all_gather_object(rows, row)  # (8)!
    if rank == 0:
        titles = {
            "weights": "weights:",
            "one": "one backward pass, rank 0 fed ones, rank 1 fed twos:",
        }
        for key, title in titles.items():
            print(title)
            for r in range(WORLD_SIZE):
                print(f"  rank {r}: {rows[r][key]}")
        print("BatchNorm running_mean, rank 0 fed ones, rank 1 fed twos:")
        print(f"  {'':<19}rank 0  rank 1")
        for stage, r0, r1 in zip(STAGES, rows[0]["buffers"], rows[1]["buffers"], strict=True):
            print(f"  {stage:<19}{r0:<8}{r1}")
        print("two passes; where the first pass ran, relative to no_sync():")
        print(f"  forward  backward  {'rank 0':<26}rank 1")
        for (forward, backward), r0, r1 in zip(
            CASES, rows[0]["passes"], rows[1]["passes"], strict=True
        ):
            print(f"  {place(forward):<9}{place(backward):<10}{r0:<26}{r1}")


if __name__ == "__main__":
    mp.spawn(worker, args=(free_port(),), nprocs=WORLD_SIZE)
