import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(p=0.5))
x = torch.randn(8, 4)
linear, bn, dropout = model


def normalise(h, mean, var):
    return (h - mean) / torch.sqrt(var + bn.eps) * bn.weight + bn.bias


for mode in ("train", "eval"):
    getattr(model, mode)()  # (1)!
    before = bn.running_mean.clone()
    first, second = model(x), model(x)
    changed = not torch.equal(before, bn.running_mean)
    with torch.no_grad():
        h = linear(x)
        batch_stats = normalise(h, h.mean(0), h.var(0, unbiased=False))  # (2)!
        running_stats = normalise(h, bn.running_mean, bn.running_var)  # (3)!
        out = bn(h)
    print(f"model.{mode}(): model.training={model.training}, Dropout.training={dropout.training}")
    print("  two passes on the same input agree:       ", torch.equal(first, second))
    print("  BatchNorm running_mean changed:           ", changed)
    print(
        "  BatchNorm used the batch's statistics:    ", torch.allclose(out, batch_stats, atol=1e-6)
    )
    print(
        "  BatchNorm used running_mean, running_var: ",
        torch.allclose(out, running_stats, atol=1e-6),
    )
    zeros = int((first == 0).sum())
    print("  zeros in the output:                      ", zeros, "of", first.numel())
