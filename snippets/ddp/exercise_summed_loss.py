import torch

torch.manual_seed(0)

world_size = 2
w = torch.randn(3, requires_grad=True)
x, y = torch.randn(4, 3), torch.randn(4)


def gradient(reduce, xs, ys):
    w.grad = None
    reduce((xs @ w - ys) ** 2).backward()
    return w.grad.clone()


for reduce in (torch.sum, torch.mean):
    shards = zip(x.chunk(world_size), y.chunk(world_size), strict=True)
    local = [gradient(reduce, xs, ys) for xs, ys in shards]
    averaged = sum(g / world_size for g in local)
    whole = gradient(reduce, x, y)
    ratio = [round(r, 4) for r in (averaged / whole).tolist()]
    print(f"loss {reduce.__name__}: averaged gradient / one process on all 4 samples = {ratio}")
